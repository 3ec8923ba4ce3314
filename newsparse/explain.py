"""How one article was read: every input line with the role the parser gave it, the profile
rule that matched, and the value it contributed; then the resulting record.

    explanation = explain_bytes(data, path="article.txt", options=Options())
    for line in explanation.lines:
        print(line.number, line.role, line.rule, line.text)

This is the data behind `newsparse explain`, the tool for writing and debugging profiles.
Line numbers count every line of the decoded text from 1, blank ones included, so they
match what an editor shows; blank lines have the role `blank` and no rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .decode import decode
from .layout import Claim
from .normalize import normalise_text, split_lines
from .pipeline import Options, parse_normalised, read_lines
from .record import Record

BLANK = "blank"


@dataclass(frozen=True, slots=True)
class ExplainedLine:
    """One input line: its role and rule, and where its value and date sit in `text`."""

    number: int
    role: str
    rule: str
    text: str
    value: str = ""
    span: tuple[int, int] | None = None  # the value's position in `text`, when it is a part of it
    date: dict[str, Any] | None = None  # iso, raw, span (in `text`), warnings
    authors: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "role": self.role,
            "rule": self.rule or None,
            "text": self.text,
            "value": self.value or None,
            "span": list(self.span) if self.span else None,
            "date": self.date,
            "authors": list(self.authors),
        }


@dataclass(frozen=True, slots=True)
class Explanation:
    path: str
    encoding: str
    profile: str
    language: str | None
    lines: tuple[ExplainedLine, ...]
    record: Record

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "encoding": self.encoding,
            "profile": self.profile,
            "language": self.language,
            "lines": [line.to_dict() for line in self.lines],
            "record": self.record.to_dict(),
        }


def explain_bytes(data: bytes, *, path: str, options: Options, encoding: str | None = None) -> Explanation:
    """Decode and explain one input's bytes (raises InputError when they cannot be decoded)."""
    decoded = decode(data, encoding)
    return explain_text(decoded.text, path=path, options=options, encoding=decoded.encoding)


def explain_text(text: str, *, path: str = "-", options: Options | None = None,
                 encoding: str = "utf-8") -> Explanation:
    """Explain one article's decoded text."""
    options = options or Options()
    normalised = normalise_text(text)
    reading = read_lines(normalised, options)
    record = parse_normalised(normalised, path=path, options=options, encoding=encoding)
    claims = {claim.line.number: claim for claim in reading.claims}
    lines = []
    for number, raw in enumerate(split_lines(normalised), start=1):
        claim = claims.get(number)
        lines.append(_explained(claim) if claim is not None else ExplainedLine(number, BLANK, "", raw.strip()))
    return Explanation(path, encoding, reading.profile.name, reading.profile.language, tuple(lines), record)


def _explained(claim: Claim) -> ExplainedLine:
    text = claim.line.text
    value = claim.value if claim.value != text else ""
    start = text.find(claim.value) if claim.value else -1
    span = (start, start + len(claim.value)) if start >= 0 and value else None
    date = None
    if claim.date is not None:
        date = {"iso": claim.date.iso, "raw": claim.date.raw, "span": _date_span(text, claim, max(start, 0)),
                "warnings": list(claim.date.warnings)}
    return ExplainedLine(claim.line.number, str(claim.role), claim.rule, text, value, span, date, claim.authors)


def _date_span(text: str, claim: Claim, offset: int) -> list[int] | None:
    """Where the date sits in the line: its span in the text that was searched (the label's
    value or the whole line), moved to the line; found by its text when that does not fit."""
    result = claim.date
    if result is None or not result.raw:
        return None
    if result.span is not None:
        start, end = result.span[0] + offset, result.span[1] + offset
        if text[start:end] == result.raw:
            return [start, end]
    found = text.find(result.raw)
    return [found, found + len(result.raw)] if found >= 0 else None

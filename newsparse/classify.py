"""Classify one line on its own: which rule of the profile, if any, recognises it.

This stage knows nothing of the lines around it; `layout.py` decides, with context, what
each cue means for the article (a date line before the headline, a short line in the
header, a headline inside a read-also section).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import regex

from .normalize import fold
from .profile import Profile, _label_key

_HASHTAG_LINE = regex.compile(r"^(?:#[\p{L}\p{N}_]+[\s,،]*){1,}$")
_HASHTAG = regex.compile(r"#([\p{L}\p{N}_]+)")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_BREADCRUMB_MAX_CHARS = 300


class Cue(StrEnum):
    LABEL = "label"
    BOILERPLATE = "boilerplate"
    PHOTO_CREDIT = "photo-credit"
    BREADCRUMB = "breadcrumb"
    HASHTAGS = "hashtags"
    BYLINE = "byline"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Line:
    """A non-empty input line, cleaned for output and folded for matching."""

    number: int
    text: str
    folded: str

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class Classified:
    """What one rule said of a line: the cue, the rule's name, and the value it carries."""

    line: Line
    cue: Cue
    rule: str
    kind: str | None = None  # label kind, for LABEL
    value: str = ""  # the text after a label, a byline's name, hashtags joined by spaces
    has_colon: bool = False


def make_line(number: int, text: str) -> Line:
    return Line(number, text, fold(text))


def classify(line: Line, profile: Profile) -> Classified:
    """The first rule that recognises the line, in a fixed order: labels, then chrome."""
    return (
        _as_label(line, profile)
        or _as_boilerplate(line, profile)
        or _as_hashtags(line, profile)
        or _as_byline(line, profile)
        or Classified(line, Cue.TEXT, "text")
    )


def _as_label(line: Line, profile: Profile) -> Classified | None:
    match = profile.label_pattern.match(line.folded)
    if match is None:
        return None
    word = " ".join(match.group("label").split())
    kind = profile.label_kinds.get(word)
    if kind is None:  # pragma: no cover - the pattern is built from the same keys
        return None
    has_colon = bool(match.group("sep") and ":" in match.group("sep"))
    value = value_after(line.text, line.folded, match.end())
    if not has_colon and value and kind not in profile.colon_optional:
        return None  # "Source code of …" is prose, not the "Source:" label
    return Classified(line, Cue.LABEL, f"label:{kind}:{word}", kind, value, has_colon)


def value_after(text: str, folded: str, folded_end: int) -> str:
    """The part of `text` after the first `folded_end` characters of its folded form."""
    if len(text) == len(folded):
        return text[folded_end:].strip(" :")
    consumed = 0
    for index, char in enumerate(text):
        if consumed >= folded_end:
            return text[index:].strip(" :")
        consumed += len(fold(char))
    return ""


def _as_boilerplate(line: Line, profile: Profile) -> Classified | None:
    key = _label_key(line.folded)
    if key in profile.boilerplate_lines:
        return Classified(line, Cue.BOILERPLATE, "boilerplate:line")
    if profile.boilerplate_pattern is not None and profile.boilerplate_pattern.search(line.folded):
        return Classified(line, Cue.BOILERPLATE, "boilerplate:pattern")
    if profile.photo_credit is not None and profile.photo_credit.search(line.folded):
        return Classified(line, Cue.PHOTO_CREDIT, "boilerplate:photo-credit")
    if len(line.folded) <= _BREADCRUMB_MAX_CHARS and profile.breadcrumb.search(line.folded):
        return Classified(line, Cue.BREADCRUMB, "boilerplate:breadcrumb")
    return None


def _as_hashtags(line: Line, profile: Profile) -> Classified | None:
    if profile.keywords.hashtags and line.text.startswith("#") and _HASHTAG_LINE.match(line.text):
        tags = ", ".join(_HASHTAG.findall(line.text))
        return Classified(line, Cue.HASHTAGS, "keywords:hashtags", "keywords", tags)
    return None


def _as_byline(line: Line, profile: Profile) -> Classified | None:
    for pattern in profile.bylines:
        match = pattern.match(line.text)
        if match:
            return Classified(line, Cue.BYLINE, f"byline:{pattern.pattern}", "author", match.group("name"))
    return None


def word_count(text: str) -> int:
    return len(_WORD.findall(text))

"""Validation rules for parsed records: is this article good enough to ship?

Each check is a small pure function `(Record, _Context) -> list[Failure]`; `Checker` runs
the ones the `Rules` enable, and is picklable so the batch runner can call it inside its
worker processes (only the small `Verdict` travels back). Checks that look across
records (duplicate ids) live in `Duplicates`, fed one verdict at a time in the parent.

Nothing here reads the clock: the upper end of the date range is given by the caller
(the CLI passes the reference date or today).

Check names (stable: reports and rules files use them), in the order they are reported:

    read        the input could be read and decoded (failures come from the batch runner)
    mojibake    no text field holds UTF-8 misread as Latin-1/Windows-1252/Windows-1256, or U+FFFD
    required    required fields are present and non-empty
    date        the date was understood and lies within the date range
    weekday     a weekday written in the text agrees with the date
    body        the body is long enough and is not mostly page chrome
    label-leak  no body paragraph starts with one of the profile's labels
    unparsed    no input line was left unclaimed by the parser
    duplicate   no other input of the dump has the same id
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from .classify import Cue, classify, make_line
from .dates.result import WEEKDAY_NAMES
from .errors import NewsparseError
from .normalize import fold
from .profile import BUILTIN_NAMES, Profile, load_profile, yaml_mapping
from .record import Record

CHECKS = ("read", "mojibake", "required", "date", "weekday", "body", "label-leak", "unparsed", "duplicate")
CHECK_HELP = {
    "read": "the input could be read and decoded",
    "required": "required fields are present and non-empty",
    "date": "the date was understood and lies within the date range",
    "weekday": "a weekday named in the text agrees with the date",
    "body": "the body is long enough and not mostly label/boilerplate lines",
    "unparsed": "no input line was left unclaimed by the parser",
    "label-leak": "no body paragraph starts with a label of the profile",
    "mojibake": "no mojibake (UTF-8 read as Latin-1/cp1252/cp1256) or U+FFFD in any text field",
    "duplicate": "no other input of the dump has the same id",
}
# Fields `require` may name, and how "present" is judged (non-empty after trimming).
REQUIRABLE = ("language", "headline", "deck", "date", "date_raw", "authors", "body", "sources", "keywords", "read_also")
DEFAULT_DATE_FROM = date(1990, 1, 1)


class RulesError(NewsparseError):
    """A rules file or option value that cannot be used; the message names the file and key."""


class Failure(NamedTuple):
    """One failed check of one input. `severity` orders the "worst examples" (higher is worse)."""

    check: str
    message: str
    severity: float = 1.0

    def to_dict(self) -> dict[str, str]:
        return {"check": self.check, "message": self.message}


class Verdict(NamedTuple):
    """What validating one input found: small, so it crosses process boundaries cheaply."""

    path: str
    id: str | None  # None when the input could not be read
    failures: tuple[Failure, ...]

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass(frozen=True, slots=True)
class Rules:
    """What `validate` checks, and how strictly. Built once per run (from options or a YAML file).

    `date_to` None means no upper bound: the CLI sets it to the reference date or today.
    """

    require: tuple[str, ...] = ("headline", "date", "body")
    date_from: date | None = DEFAULT_DATE_FROM
    date_to: date | None = None
    min_body_chars: int = 200
    max_boilerplate_ratio: float = 0.5
    allow_unparsed: bool = False
    skip: frozenset[str] = frozenset()
    max_failure_rate: float = 0.0

    def __post_init__(self) -> None:
        unknown = [name for name in self.require if name not in REQUIRABLE]
        if unknown:
            raise RulesError(f"require: unknown field {unknown[0]!r} (fields: {', '.join(REQUIRABLE)})")
        unknown = sorted(name for name in self.skip if name not in CHECKS)
        if unknown:
            raise RulesError(f"skip: unknown check {unknown[0]!r} (checks: {', '.join(CHECKS)})")
        if self.min_body_chars < 0:
            raise RulesError(f"min_body_chars: must be 0 or more, got {self.min_body_chars}")
        if not 0.0 <= self.max_boilerplate_ratio <= 1.0:
            raise RulesError(f"max_boilerplate_ratio: must be between 0 and 1, got {self.max_boilerplate_ratio}")
        if not 0.0 <= self.max_failure_rate <= 1.0:
            raise RulesError(f"max_failure_rate: must be between 0 and 1, got {self.max_failure_rate}")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise RulesError(f"date_range: {self.date_from} is after {self.date_to}")

    def enabled(self, check: str) -> bool:
        return check not in self.skip

    def with_overrides(self, **overrides: Any) -> Rules:
        """A copy with the given fields replaced; `None` values are ignored (an option not given)."""
        given = {key: value for key, value in overrides.items() if value is not None}
        return replace(self, **given) if given else self

    def to_dict(self) -> dict[str, Any]:
        return {
            "require": list(self.require),
            "date_range": format_date_range(self.date_from, self.date_to),
            "min_body_chars": self.min_body_chars,
            "max_boilerplate_ratio": self.max_boilerplate_ratio,
            "allow_unparsed": self.allow_unparsed,
            "skip": sorted(self.skip),
            "max_failure_rate": self.max_failure_rate,
        }


# ---- rules from text and files ----

def parse_require(value: str | Iterable[str]) -> tuple[str, ...]:
    """`headline,date,body` (or a list) → ('headline', 'date', 'body'); '' or 'none' → ()."""
    items = value.split(",") if isinstance(value, str) else list(value)
    names = [str(item).strip() for item in items if str(item).strip()]
    if names == ["none"]:
        return ()
    return tuple(dict.fromkeys(names))


def parse_date_range(text: str) -> tuple[date | None, date | None]:
    """`FROM..TO` with ISO dates; either side may be empty (`2000-01-01..`, `..2024-12-31`)."""
    if ".." not in text:
        raise RulesError(f"date_range: expected FROM..TO (e.g. 1990-01-01..2024-12-31), got {text!r}")
    start, end = (part.strip() for part in text.split("..", 1))
    return _iso_date(start, "date_range") if start else None, _iso_date(end, "date_range") if end else None


def format_date_range(start: date | None, end: date | None) -> str:
    return f"{start.isoformat() if start else ''}..{end.isoformat() if end else ''}"


def _iso_date(text: str, key: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise RulesError(f"{key}: {text!r} is not an ISO date (YYYY-MM-DD)") from None


_RULE_KEYS = ("require", "date_range", "min_body_chars", "max_boilerplate_ratio", "allow_unparsed", "skip",
              "max_failure_rate")


def rules_from_mapping(data: Mapping[str, Any], origin: str = "rules", base: Rules | None = None) -> Rules:
    """Rules from a mapping like a rules file holds; keys it leaves out keep `base`'s values."""
    base = base or Rules()
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in _RULE_KEYS:
            raise RulesError(f"{origin}: unknown key {key!r} (known: {', '.join(_RULE_KEYS)})")
        values.update(_rule_value(key, value, origin))
    try:
        return replace(base, **values)
    except RulesError as exc:
        raise RulesError(f"{origin}: {exc}") from None


def _rule_value(key: str, value: Any, origin: str) -> dict[str, Any]:
    def wrong(expected: str) -> RulesError:
        return RulesError(f"{origin}: key {key!r}: expected {expected}, got {value!r}")

    if key in ("require", "skip"):
        if not isinstance(value, str | list) or isinstance(value, list) and not all(
                isinstance(item, str) for item in value):
            raise wrong("a list of names or a comma-separated string")
        names = parse_require(value)
        return {"require": names} if key == "require" else {"skip": frozenset(names)}
    if key == "date_range":
        if isinstance(value, Mapping):
            unknown = set(value) - {"from", "to"}
            if unknown:
                raise wrong("FROM..TO or a mapping with 'from' and 'to'")
            start, end = value.get("from"), value.get("to")
            return {"date_from": _as_date(start, key, origin), "date_to": _as_date(end, key, origin)}
        if not isinstance(value, str):
            raise wrong("FROM..TO (e.g. 1990-01-01..2024-12-31)")
        try:
            start, end = parse_date_range(value)
        except RulesError as exc:
            raise RulesError(f"{origin}: {exc}") from None
        return {"date_from": start, "date_to": end}
    if key == "min_body_chars":
        if not isinstance(value, int) or isinstance(value, bool):
            raise wrong("a whole number of characters")
        return {key: value}
    if key in ("max_boilerplate_ratio", "max_failure_rate"):
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise wrong("a fraction between 0 and 1 (or a percentage like '5%')")
        try:
            return {key: parse_rate(value)}
        except ValueError:
            raise wrong("a fraction between 0 and 1 (or a percentage like '5%')") from None
    if not isinstance(value, bool):  # allow_unparsed
        raise wrong("true or false")
    return {key: value}


def _as_date(value: Any, key: str, origin: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return _iso_date(str(value), key)
    except RulesError as exc:
        raise RulesError(f"{origin}: {exc}") from None


def parse_rate(value: float | int | str) -> float:
    """0.05, '0.05' or '5%' → 0.05. Raises ValueError when it is not a number."""
    if isinstance(value, str):
        text = value.strip()
        rate = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    else:
        rate = float(value)
    if rate != rate:  # NaN
        raise ValueError("not a number")
    return rate


def load_rules(path: str | Path, base: Rules | None = None) -> Rules:
    """Rules from a YAML file (safe_load); errors name the file and the key."""
    origin = str(path)
    try:
        text = Path(path).read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"{origin}: cannot read: {exc}") from None
    data = yaml_mapping(text, origin, what="a rules file", error=RulesError)
    return rules_from_mapping(data, origin, base)


# ---- the checks ----

@dataclass(frozen=True, slots=True)
class _Context:
    rules: Rules
    profile: Profile | None  # the profile that parsed the record (None if unknown)


def check_required(record: Record, context: _Context) -> list[Failure]:
    missing = [name for name in context.rules.require if not _present(getattr(record, name))]
    if not missing:
        return []
    return [Failure("required", f"missing {', '.join(missing)}", float(len(missing)))]


def _present(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return bool(value)


# Warnings of the date engine that mean the date could not be turned into a day.
_DATE_WARNING = re.compile(r"^(?:date not understood|The date \d+-\d+-\d+ does not exist|The year \d+ is outside|"
                           r"The Hijri date could not|A relative date needs)")


def check_date(record: Record, context: _Context) -> list[Failure]:
    rules = context.rules
    if record.date is None:
        if record.date_raw:
            reasons = [warning for warning in record.warnings if _DATE_WARNING.match(warning)]
            detail = f" ({reasons[0]})" if reasons else ""
            return [Failure("date", f"date not understood: {record.date_raw!r}{detail}", 1.0)]
        return []
    try:
        day = date.fromisoformat(record.date[:10])
    except ValueError:
        return [Failure("date", f"date {record.date!r} is not ISO 8601", 1.0)]
    if rules.date_from and day < rules.date_from:
        days = (rules.date_from - day).days
        return [Failure("date", f"date {day} is before {rules.date_from}", 1.0 + days)]
    if rules.date_to and day > rules.date_to:
        days = (day - rules.date_to).days
        return [Failure("date", f"date {day} is after {rules.date_to}", 1.0 + days)]
    return []


# The parser's two weekday warnings: a weekday inside the date text, and "today, Monday, …"
# in the first paragraph (see dates/result.py and pipeline.py).
_WEEKDAY_WARNING = re.compile(r"^(?:The weekday in the text \(|first paragraph says today is (?:"
                              + "|".join(WEEKDAY_NAMES) + "))")


def check_weekday(record: Record, context: _Context) -> list[Failure]:
    found = [warning for warning in record.warnings if _WEEKDAY_WARNING.match(warning)]
    return [Failure("weekday", found[0], 1.0)] if found else []


def check_body(record: Record, context: _Context, chrome_chars: int = -1) -> list[Failure]:
    rules = context.rules
    length = len(record.body)
    if length < rules.min_body_chars:
        shortfall = 1.0 + (rules.min_body_chars - length) / max(rules.min_body_chars, 1)
        return [Failure("body", f"body has {length} characters, fewer than {rules.min_body_chars}", shortfall)]
    chrome = chrome_chars if chrome_chars >= 0 else body_chrome(record, context.profile)[1]
    total = length + sum(len(line) for line in record.boilerplate)
    if total and chrome / total > rules.max_boilerplate_ratio:
        ratio = chrome / total
        return [Failure("body", f"{ratio:.0%} of the article is label/boilerplate lines "
                                f"(at most {rules.max_boilerplate_ratio:.0%} allowed)", 1.0 + ratio)]
    return []


def check_unparsed(record: Record, context: _Context) -> list[Failure]:
    if context.rules.allow_unparsed or not record.unparsed:
        return []
    count = len(record.unparsed)
    first = _snippet(record.unparsed[0])
    more = f" and {count - 1} more" if count > 1 else ""
    return [Failure("unparsed", f"{count} unparsed line{'s' if count > 1 else ''}: {first!r}{more}", float(count))]


def check_label_leak(record: Record, context: _Context, leaks: list[str] | None = None) -> list[Failure]:
    if leaks is None:
        leaks, _ = body_chrome(record, context.profile)
    if not leaks:
        return []
    more = f" and {len(leaks) - 1} more" if len(leaks) > 1 else ""
    return [Failure("label-leak", f"label line in the body: {_snippet(leaks[0])!r}{more}", float(len(leaks)))]


def body_chrome(record: Record, profile: Profile | None) -> tuple[list[str], int]:
    """Body paragraphs that start with a label of the profile, and how many characters of the
    article (those paragraphs and the boilerplate lines) are labels or page chrome.

    The parser already classified every line: a body line was never boilerplate, a credit or
    hashtags (those go elsewhere), but a label line it could not use (a date label without a
    date, a byline that names no one, a navigation label with a value) falls through to the
    body. Only lines whose first word starts a label are classified again."""
    chrome = sum(len(line) for line in record.boilerplate)
    if profile is None or not record.body:
        return [], chrome
    leaks: list[str] = []
    first_words = profile.label_first_words
    for paragraph in record.body.split("\n\n"):
        words = fold(paragraph[:_FIRST_WORD_CHARS]).split(maxsplit=1)
        if words and words[0].rstrip(":-") in first_words \
                and classify(make_line(0, paragraph), profile).cue is Cue.LABEL:
            leaks.append(paragraph)
            chrome += len(paragraph)
    return leaks, chrome


_FIRST_WORD_CHARS = 40  # labels are short words: folding this much of a paragraph finds its first


# Mojibake: the characters UTF-8 bytes turn into when read as a single-byte code page.
# A UTF-8 continuation byte (0x80-0xBF) read as Latin-1 is a C1 control or one of ¡…¿;
# read as Windows-1252 it is one of the punctuation letters below.
_CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_CONT_LATIN = "\u0080-\u00bf" + _CP1252_HIGH
# Read as Windows-1256, Arabic lead bytes 0xD8-0xDB become ط ظ ع غ (0xC2/0xC3 of accented
# Latin letters become آ أ); continuation bytes become the symbols below. Characters that
# also follow an Arabic letter in real text (، ؛ ؟ « » … – — quotes, Persian letters,
# no-break space, ZWNJ/ZWJ) are left out, so real Arabic never matches.
_CONT_CP1256 = "€‚ƒ„†‡ˆ‰‹Œ•™›œ¢£¤¥¦§¨©¬®¯°±²³´µ¶·¸¹¼½¾"
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00df][{_CONT_LATIN}]"  # 2-byte sequences as Latin-1/cp1252: Ã© Ø§ Ù„
    f"|[\u00e0-\u00ef][{_CONT_LATIN}]{{2}}"  # 3-byte sequences: â€™ (’), â€œ (“)
    f"|[\u0622\u0623\u0637-\u063a][{_CONT_CP1256}]"  # as Windows-1256: ط§ظ„ (ال), أ© (é)
)
# Every sign above holds a continuation character: scanning for those first (one character
# class, which the regular-expression engine scans fast) skips clean text quickly.
_CONTINUATION = re.compile(f"[{_CONT_LATIN}{_CONT_CP1256}]")
_LATIN_LEADS = frozenset(chr(code) for code in range(0xC2, 0xF0))


def check_mojibake(record: Record, context: _Context) -> list[Failure]:
    text = _all_text(record)
    failures = []
    hits, arabic_page, first = mojibake_signs(text)
    if first is not None:
        # Both code pages turn "’" into "â€™"; the signs only one of them makes decide.
        read_as = "Windows-1256" if arabic_page * 2 > hits else "Latin-1/Windows-1252"
        where = _snippet(text[max(0, first.start() - 10): first.end() + 10])
        failures.append(Failure("mojibake", f"UTF-8 read as {read_as} ({hits} sign{'s' if hits > 1 else ''}, "
                                            f"e.g. {first[0]!r} in {where!r})", float(hits)))
    replacements = text.count("\ufffd")
    if replacements:
        failures.append(Failure("mojibake", f"{replacements} replacement character{'s' if replacements > 1 else ''}"
                                            " (U+FFFD): bytes were lost before parsing", float(replacements)))
    return failures


def mojibake_signs(text: str) -> tuple[int, int, re.Match[str] | None]:
    """How many mojibake signs `text` holds, how many of them only Windows-1256 makes, and the first."""
    hits = arabic_page = 0
    first = None
    end = 0  # signs do not overlap
    for candidate in _CONTINUATION.finditer(text):
        position = candidate.start()
        if position < end:
            continue
        for start in (position - 1, position - 2):
            match = _MOJIBAKE.match(text, start) if start >= end else None
            if match is not None and match.end() > position:
                hits += 1
                if match[0][0] not in _LATIN_LEADS:
                    arabic_page += 1
                first = first or match
                end = match.end()
                break
        if hits >= _SIGNS_BEFORE_BULK:  # a mojibake text: count the rest in one call, judge the page by the first
            rest = len(_MOJIBAKE.findall(text, end))
            return hits + rest, round(arabic_page * (hits + rest) / hits), first
    return hits, arabic_page, first


# Clean text is scanned for candidates (fast when there are few); once this many signs are
# found the text is mojibake throughout: one regular-expression call counts the rest, and the
# share of Windows-1256 signs among the first ones stands for the whole.
_SIGNS_BEFORE_BULK = 16


def _all_text(record: Record) -> str:
    parts = [record.headline or "", record.date_raw or "", record.body, *record.authors, *record.sources,
             *record.keywords, *record.unparsed]
    for item in record.read_also:
        parts.append(item.headline)
        parts.append(item.body)
    return "\n".join(parts)


def _snippet(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---- running them ----

class Checker:
    """Record → Verdict with the per-record checks the rules enable. Picklable (the batch
    runner calls it in its workers); profiles are looked up by name once and kept."""

    def __init__(self, rules: Rules, profile: Profile | None = None) -> None:
        self.rules = rules
        self.profile = profile  # a user profile given with --profile (else built-ins by name)
        self._needs_chrome = rules.enabled("body") or rules.enabled("label-leak")

    def __call__(self, record: Record) -> Verdict:
        return Verdict(record.path, record.id, tuple(self.failures(record)))

    def failures(self, record: Record) -> list[Failure]:
        """The record's failed checks, in CHECKS order (a likely cause before its effects)."""
        rules = self.rules
        context = _Context(rules, self._profile(record.profile))
        failures: list[Failure] = []
        if rules.enabled("mojibake"):
            failures += check_mojibake(record, context)
        if rules.enabled("required"):
            failures += check_required(record, context)
        if rules.enabled("date"):
            failures += check_date(record, context)
        if rules.enabled("weekday"):
            failures += check_weekday(record, context)
        leaks, chrome = body_chrome(record, context.profile) if self._needs_chrome else ([], -1)
        if rules.enabled("body"):
            failures += check_body(record, context, chrome)
        if rules.enabled("label-leak"):
            failures += check_label_leak(record, context, leaks)
        if rules.enabled("unparsed"):
            failures += check_unparsed(record, context)
        return failures

    def _profile(self, name: str) -> Profile | None:
        if self.profile is not None and self.profile.name == name:
            return self.profile
        return _builtin(name)

    def __getstate__(self) -> dict[str, Any]:
        return {"rules": self.rules, "profile": self.profile}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["rules"], state["profile"])  # type: ignore[misc]


@functools.lru_cache(maxsize=16)
def _builtin(name: str) -> Profile | None:
    return load_profile(name) if name in BUILTIN_NAMES else None


def read_failure(path: str, reason: str) -> Verdict:
    """The verdict for an input that could not be read or decoded."""
    return Verdict(path, None, (Failure("read", reason, 1.0),))


@dataclass(slots=True)
class Duplicates:
    """Inputs with the same id, found one verdict at a time (memory: one entry per id).

    `see()` returns the failure for a repeat (naming the first input with that id); the
    groups, each with all its paths, are in `groups()` at the end."""

    first: dict[str, str] = field(default_factory=dict)
    repeats: dict[str, list[str]] = field(default_factory=dict)

    def see(self, record_id: str, path: str) -> Failure | None:
        first = self.first.get(record_id)
        if first is None:
            self.first[record_id] = path
            return None
        paths = self.repeats.setdefault(record_id, [first])
        paths.append(path)
        return Failure("duplicate", f"same id {record_id} as {first}", float(len(paths)))

    def groups(self) -> list[dict[str, Any]]:
        return [{"id": record_id, "paths": paths} for record_id, paths in self.repeats.items()]

    @property
    def count(self) -> int:
        """Inputs that repeat an earlier one (a group of three counts two)."""
        return sum(len(paths) - 1 for paths in self.repeats.values())


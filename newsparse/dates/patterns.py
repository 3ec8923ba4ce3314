"""Regular expressions of the date engine, built once per vocabulary from its folded word lists.

Every pattern runs on folded text (see folding.py): lower case, ASCII digits, one alef.
Group names are read by engine.py; a pattern that carries a time before and after the
date names the groups of the leading time with a `p` prefix.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
NOT_LETTER_AFTER = r"(?![^\W\d_])"
DAY = r"(?<![\d.:/])(?P<day>[0-3]?\d)(?!\d)"
YEAR = r"(?P<year>(?:1[89]|2[01])\d\d)(?![\d:])"
DATE_SEP = r"[\s,./-]{0,4}"
WEEKDAY_SEP = r"[\s,.\-]{0,4}"


def alternation(words: Iterable[str]) -> str:
    """A non-capturing alternation of folded `words`, longest first, inner spaces matching any run."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    if not unique:
        return r"(?!x)x"  # matches nothing
    escaped = (re.escape(w).replace(r"\ ", r"\s+") for w in unique)
    return "(?:" + "|".join(escaped) + ")"


def word(words: Iterable[str], name: str | None = None) -> str:
    """`alternation` guarded so that it only matches whole words; optionally a named group."""
    body = alternation(words)
    if name:
        body = f"(?P<{name}>{body})"
    return NOT_LETTER_BEFORE + body + NOT_LETTER_AFTER


@dataclass(frozen=True, slots=True)
class WordLists:
    """The folded words the patterns are built from (one list per vocabulary category)."""

    months: tuple[str, ...]
    hijri_months: tuple[str, ...]
    weekdays: tuple[str, ...]
    ordinals: tuple[str, ...]
    ampm: tuple[str, ...]
    zones: tuple[str, ...]
    era_markers: tuple[str, ...]
    hijri_markers: tuple[str, ...]
    connectors: tuple[str, ...]
    today_words: tuple[str, ...]
    rel_before: tuple[str, ...]
    rel_after: tuple[str, ...]
    rel_units: tuple[str, ...]
    rel_duals: tuple[str, ...]
    rel_numbers: tuple[str, ...]
    rel_days: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Patterns:
    """The compiled patterns of one vocabulary."""

    iso: re.Pattern[str]
    dmy: re.Pattern[str]
    mdy: re.Pattern[str]
    numeric: re.Pattern[str]
    hijri: re.Pattern[str]
    yearless: re.Pattern[str]
    relative_before: re.Pattern[str]
    relative_after: re.Pattern[str]
    day_word: re.Pattern[str]
    time: re.Pattern[str]
    weekday: re.Pattern[str]
    today_weekday: re.Pattern[str]
    month: re.Pattern[str]


def time_part(w: WordLists, p: str = "") -> str:
    """A clock time: 14:05, 14:05:09, 2:05 pm, 02:47 م, 14h34, 14h, 8 pm; then an optional zone."""
    ampm = alternation(w.ampm)
    zone_words = alternation(w.zones)
    clock = (
        rf"(?<![\d.:/])(?P<{p}hour>[01]?\d|2[0-3])"
        rf"(?:\s?(?::|h)\s?(?P<{p}minute>[0-5]\d)(?!\d)"
        rf"(?:\s?:\s?(?P<{p}second>[0-5]\d)(?:[.,]\d{{1,6}})?)?"
        rf"|\s?h{NOT_LETTER_AFTER}"
        rf"|(?=\s?{ampm}{NOT_LETTER_AFTER}))"
    )
    ampm_part = rf"(?:\s?(?P<{p}ampm>{ampm})(?:(?<=\.)|{NOT_LETTER_AFTER}))?"
    zone = (
        rf"(?:\s?\(?(?P<{p}zone>{NOT_LETTER_BEFORE}{zone_words}(?:\s?[+-]\s?\d{{1,2}}(?::?\d{{2}})?)?"
        rf"{NOT_LETTER_AFTER}|[+-](?:\d{{4}}|\d\d:\d\d)(?!\d)|z{NOT_LETTER_AFTER})\)?)?"
    )
    return clock + ampm_part + zone


def connector(w: WordLists) -> str:
    """What may stand between a date and its time: punctuation, "at", "à", "الساعة"…"""
    words = alternation(w.connectors)
    return rf"(?:\s*(?:[,;|/@•·-]|{NOT_LETTER_BEFORE}{words}{NOT_LETTER_AFTER})){{0,3}}\s*"


def _zone_only(w: WordLists) -> str:
    """A zone word after a date that has no time ("20th, February 2024 GMT"): kept in raw, not in iso."""
    return rf"(?:\s*[-,]?\s*\(?{word(w.zones, 'zoneonly')}\)?)"


def _weekday_prefix(w: WordLists) -> str:
    return rf"(?:{word(w.weekdays, 'weekday')}{WEEKDAY_SEP})?"


def _month(w: WordLists, name: str = "month", words: tuple[str, ...] | None = None) -> str:
    """A month name, or two of them paired: "شباط/فبراير", "فبراير (شباط)", "Feb."."""
    one = rf"{NOT_LETTER_BEFORE}{alternation(words or w.months)}{NOT_LETTER_AFTER}\.?"
    return rf"(?P<{name}>{one}(?:\s*[/(\\-]\s*{one}\s*\)?)?)"


def _tails(w: WordLists) -> tuple[str, str]:
    """(time before the date + connector, connector + time or zone after the date)."""
    conn = connector(w)
    before = rf"(?:{time_part(w, 'p')}{conn}(?=\d|{NOT_LETTER_BEFORE}\w))?"
    after = rf"(?:{conn}{time_part(w)}|{_zone_only(w)})?"
    return before, after


def build(w: WordLists) -> Patterns:
    """Compile every pattern for the word lists `w`."""
    before, after = _tails(w)
    weekday = _weekday_prefix(w)
    ordinal = rf"(?:\s?{alternation(w.ordinals)}{NOT_LETTER_AFTER})?"
    era = rf"(?:\s?{word(w.era_markers)}\.?)?"
    conn = connector(w)
    flags = 0
    iso = (
        rf"(?<![\d./-])(?P<year>\d{{4}})(?P<sep>[-/.])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?![\d/.-])"
        rf"(?:(?:t|{conn}){time_part(w)})?"
    )
    dmy = rf"{weekday}{before}{DAY}{ordinal}{DATE_SEP}(?:of\s+)?{_month(w)}{DATE_SEP}{YEAR}{era}{after}"
    mdy = rf"{weekday}{before}{_month(w)}{DATE_SEP}{DAY}{ordinal},?{DATE_SEP}{YEAR}{era}{after}"
    numeric = (
        rf"{weekday}{before}(?<![\d./-])(?P<first>[0-3]?\d)(?P<sep>[-/.])(?P<second_>[0-3]?\d)(?P=sep)"
        rf"(?P<year>\d{{4}}|\d\d)(?![\d]|[./-]\d){era}{after}"
    )
    hijri = (
        rf"{weekday}{DAY}{DATE_SEP}{_month(w, 'hmonth', w.hijri_months)}{DATE_SEP}"
        rf"(?P<year>1[34]\d\d)(?!\d)(?:\s?{word(w.hijri_markers)}\.?)?{after}"
    )
    yearless = (
        rf"{weekday}{before}(?:{DAY}{ordinal}{DATE_SEP}(?:of\s+)?{_month(w)}"
        rf"|{_month(w, 'month2')}\s?(?P<day2>[0-3]?\d)(?!\d){ordinal})"
        rf"(?![\s,./-]{{0,4}}\d{{4}}(?!\d)){after}"
    )
    number = rf"(?:\d{{1,3}}|{word(w.rel_numbers)})"
    relative_before = (
        rf"{word(w.rel_before, 'ago')}\s*(?:(?P<count>{number})\s*)?"
        rf"(?P<unit>{NOT_LETTER_BEFORE}{alternation(w.rel_units + w.rel_duals)}){NOT_LETTER_AFTER}(?!\s*\d)"
    )
    relative_after = (
        rf"(?P<count>(?<![\d.,:])\d{{1,3}}|{word(w.rel_numbers)})\s?"
        rf"(?P<unit>{alternation(w.rel_units)}){NOT_LETTER_AFTER}\.?\s*{word(w.rel_after, 'ago')}"
    )
    day_word = rf"{word(w.rel_days, 'dayword')}(?:{conn}{time_part(w)})?"
    today_weekday = rf"{word(w.today_words)}[\s,:(\-]{{0,4}}{word(w.weekdays, 'weekday')}"
    return Patterns(
        iso=re.compile(iso, flags),
        dmy=re.compile(dmy, flags),
        mdy=re.compile(mdy, flags),
        numeric=re.compile(numeric, flags),
        hijri=re.compile(hijri, flags),
        yearless=re.compile(yearless, flags),
        relative_before=re.compile(relative_before, flags),
        relative_after=re.compile(relative_after, flags),
        day_word=re.compile(day_word, flags),
        time=re.compile(time_part(w), flags),
        weekday=re.compile(word(w.weekdays, "weekday"), flags),
        today_weekday=re.compile(today_weekday, flags),
        month=re.compile(word(w.months), flags),
    )

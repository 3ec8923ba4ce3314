"""Finding and reading date expressions: the search order and the meaning of each pattern's groups.

Search order on a line: complete Gregorian dates (ISO, day-month-year, month-day-year,
numeric), then Hijri, then dates without a year, then relative expressions. Within a
family the leftmost match wins (the longest on a tie), so a line carrying a Hijri and a
Gregorian date gives the Gregorian one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from . import result as msg
from .clock import Clock, clock_from
from .folding import Folded, fold
from .hijri import to_gregorian
from .relative import ago, shifted_day
from .result import DateResult
from .vocabulary import DateVocabulary

Reference = datetime | date | None


@dataclass(frozen=True, slots=True)
class Query:
    """One call's settings."""

    vocabulary: DateVocabulary
    language: str | None
    reference: Reference
    dayfirst: bool
    lenient: bool


@dataclass(slots=True)
class Reading:
    """What a match says: a Gregorian day (or a ready ISO string), a time, and warnings."""

    day: date | None = None
    clock: Clock | None = None
    iso: str | None = None
    weekday: int | None = None
    warnings: list[str] = field(default_factory=list)


Reader = Callable[[re.Match[str], Query], Reading]


def _int(groups: Mapping[str, str | None], name: str) -> int:
    return int(groups[name] or 0)


def _make_day(year: int, month: int, day: int, reading: Reading) -> Reading:
    try:
        reading.day = date(year, month, day)
    except ValueError:
        reading.warnings.append(msg.no_such_date(year, month, day))
    return reading


def _month_number(text: str, query: Query, table_name: str = "months") -> tuple[int, bool]:
    """Month number of a (possibly paired) month text, and whether the paired names agree."""
    table: Mapping[str, int] = getattr(query.vocabulary.tables, table_name)
    names = [n.strip(" .()/\\-") for n in re.split(r"[/(\\)]|\s-\s|-", text)]
    numbers = [table[" ".join(n.split())] for n in names if " ".join(n.split()) in table]
    if not numbers:  # a name with inner punctuation; read the whole text
        return table.get(" ".join(text.strip(" .").split()), 0), True
    return numbers[0], len(set(numbers)) == 1


def _base(match: re.Match[str], query: Query) -> Reading:
    """Reading with the match's clock and weekday filled in."""
    groups = match.groupdict()
    tables = query.vocabulary.tables
    weekday_text = groups.get("weekday")
    weekday = tables.weekdays.get(" ".join(weekday_text.split())) if weekday_text else None
    return Reading(clock=clock_from(groups, tables.ampm, tables.zones), weekday=weekday)


def read_iso(match: re.Match[str], query: Query) -> Reading:
    g = match.groupdict()
    return _make_day(_int(g, "year"), _int(g, "month"), _int(g, "day"), _base(match, query))


def read_textual(match: re.Match[str], query: Query) -> Reading:
    """Day-month-year and month-day-year with a month name."""
    g = match.groupdict()
    reading = _base(match, query)
    month, agree = _month_number(g["month"], query)
    if not agree:
        reading.warnings.append(msg.MONTHS_DISAGREE)
    return _make_day(_int(g, "year"), month, _int(g, "day"), reading)


def read_numeric(match: re.Match[str], query: Query) -> Reading:
    """21-11-2025, 02/20/2024, 20.02.24: day-first unless a part says otherwise."""
    g = match.groupdict()
    first, second, year = _int(g, "first"), _int(g, "second_"), _int(g, "year")
    if len(g["year"] or "") == 2:
        year += 2000 if year < 70 else 1900
    dayfirst = query.dayfirst
    if first > 12 >= second:
        dayfirst = True
    elif second > 12 >= first:
        dayfirst = False
    day, month = (first, second) if dayfirst else (second, first)
    return _make_day(year, month, day, _base(match, query))


def read_hijri(match: re.Match[str], query: Query) -> Reading:
    g = match.groupdict()
    reading = _base(match, query)
    month, _ = _month_number(g["hmonth"], query, "hijri_months")
    converted = to_gregorian(_int(g, "year"), month, _int(g, "day"))
    if converted is None:
        reading.warnings.append(msg.BAD_HIJRI)
    reading.day = converted
    return reading


def read_yearless(match: re.Match[str], query: Query) -> Reading:
    g = match.groupdict()
    reading = _base(match, query)
    month, _ = _month_number(g["month"] or g["month2"], query)
    day = int(g["day"] or g["day2"])
    allow = query.vocabulary.allow_missing_year(query.language)
    if not allow or query.reference is None:
        reading.warnings.append(msg.NO_YEAR)
        return reading
    reading.warnings.append(msg.YEAR_FROM_REFERENCE)
    return _make_day(query.reference.year, month, day, reading)


def _count(text: str | None, query: Query) -> int:
    if not text:
        return 1
    text = " ".join(text.split())
    return int(text) if text.isdigit() else query.vocabulary.tables.numbers.get(text, 1)


def read_relative(match: re.Match[str], query: Query) -> Reading:
    """منذ 3 ساعات, قبل يومين, 3 hours ago, il y a 2 jours."""
    g = match.groupdict()
    tables = query.vocabulary.tables
    unit_text = " ".join(g["unit"].split())
    if unit_text in tables.duals:
        count, unit = 2, tables.duals[unit_text]
    else:
        count, unit = _count(g.get("count"), query), tables.units[unit_text]
    reading = Reading()
    if query.reference is None:
        reading.warnings.append(msg.NEEDS_REFERENCE)
    else:
        reading.iso = ago(count, unit, query.reference)
    return reading


def read_day_word(match: re.Match[str], query: Query) -> Reading:
    """أمس, yesterday, hier, aujourd'hui (optionally with a time)."""
    reading = _base(match, query)
    offset = query.vocabulary.tables.days[" ".join(match.group("dayword").split())]
    if query.reference is None:
        reading.warnings.append(msg.NEEDS_REFERENCE)
        reading.clock = None
    else:
        reading.day = shifted_day(offset, query.reference)
    return reading


def _first(patterns: list[re.Pattern[str]], text: str) -> re.Match[str] | None:
    """Leftmost match of any pattern; the longest on a tie."""
    best: re.Match[str] | None = None
    for pattern in patterns:
        found = pattern.search(text)
        if found and (best is None or (found.start(), -found.end()) < (best.start(), -best.end())):
            best = found
    return best


def _families(query: Query) -> list[tuple[list[re.Pattern[str]], Callable[[re.Pattern[str]], Reader]]]:
    p = query.vocabulary.patterns
    readers: dict[re.Pattern[str], Reader] = {
        p.iso: read_iso, p.dmy: read_textual, p.mdy: read_textual, p.numeric: read_numeric,
        p.hijri: read_hijri, p.yearless: read_yearless, p.relative_before: read_relative,
        p.relative_after: read_relative, p.day_word: read_day_word,
    }
    return [
        ([p.iso, p.dmy, p.mdy, p.numeric], readers.__getitem__),
        ([p.hijri], readers.__getitem__),
        ([p.yearless], readers.__getitem__),
        ([p.relative_before, p.relative_after, p.day_word], readers.__getitem__),
    ]


def find(text: str, query: Query) -> DateResult | None:
    """The first date expression of `text` (see the module docstring for the order)."""
    folded = fold(text)
    haystack = folded.text
    for patterns, reader_of in _families(query):
        match = _first(patterns, haystack)
        if match is None:
            continue
        if match.re is query.vocabulary.patterns.day_word and not _day_word_ok(match, query):
            continue
        reading = reader_of(match.re)(match, query)
        return _result(reading, match, folded, query)
    return None


def _day_word_ok(match: re.Match[str], query: Query) -> bool:
    """A bare "yesterday"/"أمس" is a date only in lenient mode; with a time it always is."""
    return query.lenient or match.group("hour") is not None


def _result(reading: Reading, match: re.Match[str], folded: Folded, query: Query) -> DateResult:
    start, end = _trimmed(folded.text, match.start(), match.end())
    span = folded.span(start, end)
    iso = reading.iso or _iso(reading)
    warnings = reading.warnings + _sanity(reading, query)
    return DateResult(iso, folded.original[span[0] : span[1]], tuple(warnings), span)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,;-/|":
        end -= 1
    while start < end and text[start] in " ,;-/|":
        start += 1
    return start, end


def _iso(reading: Reading) -> str | None:
    if reading.day is None:
        return None
    iso = reading.day.isoformat()
    clock = reading.clock
    if clock is None:
        return iso
    iso += f"T{clock.hour:02d}:{clock.minute:02d}"
    if clock.second is not None:
        iso += f":{clock.second:02d}"
    return iso + (clock.offset or "")


def _sanity(reading: Reading, query: Query) -> list[str]:
    """Weekday contradiction, date after the reference, year outside 1900-2100."""
    day = reading.day
    if day is None:
        return []
    out: list[str] = []
    if reading.weekday is not None and reading.weekday != day.weekday():
        out.append(msg.weekday_contradicts(reading.weekday, day.weekday()))
    reference = query.reference
    if reference is not None:
        ref_day = reference.date() if isinstance(reference, datetime) else reference
        if day > ref_day:
            out.append(msg.AFTER_REFERENCE)
    if not 1900 <= day.year <= 2100:
        out.append(msg.year_out_of_range(day.year))
    return out

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
from datetime import date, datetime, timedelta
from typing import NamedTuple

from . import result as msg
from .clock import Clock, clock_from, resolve_offset
from .folding import Folded, fold
from .hijri import to_gregorian
from .patterns import Patterns
from .relative import ago, shifted_day
from .result import DateResult
from .vocabulary import DateVocabulary

Reference = datetime | date | None
#: Years read as Hijri in numeric dates even without a marker (no news is dated 1300-1500 CE).
HIJRI_YEARS = (1300, 1500)


class Query(NamedTuple):
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


Groups = dict[str, str | None]
Reader = Callable[[Groups, Query], Reading]


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
    if text in table:
        return table[text], True
    names = [n.strip(" .()/\\-") for n in re.split(r"[/(\\)]|\s-\s|-", text)]
    numbers = [table[" ".join(n.split())] for n in names if " ".join(n.split()) in table]
    if not numbers:  # a name with inner punctuation; read the whole text
        return table.get(" ".join(text.strip(" .").split()), 0), True
    return numbers[0], len(set(numbers)) == 1


def _base(groups: Groups, query: Query) -> Reading:
    """Reading with the match's clock and weekday filled in."""
    tables = query.vocabulary.tables
    weekday_text = groups.get("weekday")
    weekday = tables.weekdays.get(" ".join(weekday_text.split())) if weekday_text else None
    return Reading(clock=clock_from(groups, tables.ampm, tables.zones), weekday=weekday)


def read_iso(g: Groups, query: Query) -> Reading:
    reading = _base(g, query)
    year, month, day = _int(g, "year"), _int(g, "month"), _int(g, "day")
    if _is_hijri_year(year, g):
        return _hijri_day(year, month, day, reading)
    return _make_day(year, month, day, reading)


def _is_hijri_year(year: int, g: Groups) -> bool:
    """A numeric date is Hijri when marked so ("٩/١١/١٤٤١هـ") or when its year can only be Hijri."""
    return g.get("hmark") is not None or HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1]


def _is_hijri_match(found: re.Match[str]) -> bool:
    year = int(found.group("year"))
    return found.group("hmark") is not None or HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1]


def _hijri_day(year: int, month: int, day: int, reading: Reading) -> Reading:
    """Convert with Umm al-Qura; a weekday stated beside it may move the result by one day.

    Countries that start months on moon sighting are often a day off the Umm al-Qura
    table ("Saturday 11 Ramadan 1434" was 20 July 2013, the table says the 19th).
    """
    converted = to_gregorian(year, month, day)
    if converted is None:
        reading.warnings.append(msg.BAD_HIJRI)
        return reading
    if reading.weekday is not None and converted.weekday() != reading.weekday:
        for shift in (1, -1):
            moved = converted + timedelta(days=shift)
            if moved.weekday() == reading.weekday:
                reading.warnings.append(msg.HIJRI_SHIFTED)
                converted = moved
                break
    reading.day = converted
    return reading


def read_textual(g: Groups, query: Query) -> Reading:
    """Day-month-year and month-day-year with a month name."""
    reading = _base(g, query)
    month, agree = _month_number(g["month"], query)
    if not agree:
        reading.warnings.append(msg.MONTHS_DISAGREE)
    return _make_day(_int(g, "year"), month, _int(g, "day"), reading)


def read_numeric(g: Groups, query: Query) -> Reading:
    """21-11-2025, 02/20/2024, 20.02.24: day-first unless a part says otherwise."""
    first, second, year = _int(g, "first"), _int(g, "second_"), _int(g, "year")
    if len(g["year"] or "") == 2:
        year += 2000 if year < 70 else 1900
    dayfirst = query.dayfirst
    if first > 12 >= second:
        dayfirst = True
    elif second > 12 >= first:
        dayfirst = False
    day, month = (first, second) if dayfirst else (second, first)
    if _is_hijri_year(year, g):
        return _hijri_day(year, second, first, _base(g, query))
    return _make_day(year, month, day, _base(g, query))


def read_hijri(g: Groups, query: Query) -> Reading:
    month, _ = _month_number(g["hmonth"] or "", query, "hijri_months")
    return _hijri_day(_int(g, "year"), month, _int(g, "day"), _base(g, query))


def read_yearless(g: Groups, query: Query) -> Reading:
    reading = _base(g, query)
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


def read_relative(g: Groups, query: Query) -> Reading:
    """منذ 3 ساعات, قبل يومين, 3 hours ago, il y a 2 jours."""
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


def read_day_word(g: Groups, query: Query) -> Reading:
    """أمس, yesterday, hier, aujourd'hui (optionally with a time)."""
    reading = _base(g, query)
    offset = query.vocabulary.tables.days[" ".join((g["dayword"] or "").split())]
    if query.reference is None:
        reading.warnings.append(msg.NEEDS_REFERENCE)
        reading.clock = None
    else:
        reading.day = shifted_day(offset, query.reference)
    return reading


_READERS: Mapping[str, Reader] = {
    "iso": read_iso,
    "dmy": read_textual,
    "mdy": read_textual,
    "numeric": read_numeric,
    "hijri": read_hijri,
    "yearless_dm": read_yearless,
    "yearless_md": read_yearless,
    "relative_before": read_relative,
    "relative_after": read_relative,
    "day_word": read_day_word,
}
_NO_PREFIX = frozenset({"relative_before", "relative_after", "day_word"})

#: How far before its month word a day-month-year date can start ("31st of ").
_BEFORE_MONTH = 16
#: How far before a date a time can start ("10:30 p.m. GMT - ").
_TIME_REACH = 40
#: How far before "ago" a relative expression can start ("three hours ").
_BEFORE_AGO = 24
_WEEKDAY_SEP = " ,.-"
#: How far before a date its weekday can start ("wednesday, ").
_WEEKDAY_REACH = 24

Family = list[tuple[str, re.Match[str] | None]]


def _search(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """`pattern.search`, skipping matches that begin with a letter glued to a letter before them."""
    end = len(text) if endpos is None else endpos
    while True:
        found = pattern.search(text, pos, end)
        if found is None:
            return None
        start = found.start()
        if start == 0 or not (text[start].isalpha() and text[start - 1].isalpha()):
            return found
        pos = start + 1


def _locate(text: str, p: Patterns, lenient: bool) -> tuple[str, re.Match[str]] | None:
    """The pattern name and match of the first date expression, family by family."""
    month_match = p.month.search(text)  # a gate: a letter glued before it does no harm
    month = month_match.start() if month_match else None
    gate = p.numeric_gate.search(text)
    if month is not None or gate is not None or p.digit.search(text) is not None:
        found = _dated(text, p, gate, month)
        if found is not None:
            return found
    ago = _search(p.ago, text)
    after = p.relative_after.search(text, max(0, ago.start() - _BEFORE_AGO)) if ago else None
    day_word = _search(p.day_word, text)
    if day_word is not None and not lenient and day_word.group("hour") is None:
        day_word = None  # a bare "yesterday" is prose, not a date line
    return _leftmost(
        [("relative_before", _search(p.relative_before, text)), ("relative_after", after), ("day_word", day_word)]
    )


def _dated(text: str, p: Patterns, gate: re.Match[str] | None, month: int | None) -> tuple[str, re.Match[str]] | None:
    """The first Gregorian, else Hijri, else year-less date (all need a digit).

    A numeric date that is Hijri ("7/3/1429 هـ") joins the Hijri family, so that the
    Gregorian date printed beside it wins.
    """
    near = month - _BEFORE_MONTH if month is not None and month > _BEFORE_MONTH else 0
    if gate is not None:
        begin = gate.start() - 3 if gate.start() > 3 else 0  # the gate is on the last digit of a year or day
        iso, hijri_iso = _split_hijri(p.iso, text, begin)
        numeric, hijri_numeric = _split_hijri(p.numeric, text, begin)
    else:
        iso = hijri_iso = numeric = hijri_numeric = None
    gregorian: Family = [("iso", iso), ("numeric", numeric)]
    if month is not None:
        dmy = p.dmy.search(text, near)
        gregorian.append(("dmy", dmy))
        if dmy is None or dmy.start("month") != month:  # else no month-first date can start earlier
            gregorian.append(("mdy", _search(p.mdy, text, month)))
    best = _leftmost(gregorian)
    if best is not None:
        return best
    hijri: Family = [("iso", hijri_iso), ("numeric", hijri_numeric)]
    hijri_month = _search(p.hijri_month, text)
    if hijri_month:
        hijri.append(("hijri", p.hijri.search(text, max(0, hijri_month.start() - _BEFORE_MONTH))))
    best = _leftmost(hijri)
    if best is not None or month is None:
        return best
    return _leftmost(
        [("yearless_dm", p.yearless_dm.search(text, near)), ("yearless_md", _search(p.yearless_md, text, month))]
    )


def _split_hijri(pattern: re.Pattern[str], text: str, pos: int) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """(first Gregorian match, first Hijri match) of a numeric pattern from `pos`."""
    hijri = None
    for _ in range(4):
        found = pattern.search(text, pos)
        if found is None or not _is_hijri_match(found):
            return found, hijri
        hijri = hijri or found
        pos = found.end()
    return None, hijri


def _leftmost(family: Family) -> tuple[str, re.Match[str]] | None:
    """Leftmost match of a family; the longest on a tie."""
    best: tuple[str, re.Match[str]] | None = None
    for name, found in family:
        if found is None:
            continue
        if best is None or (found.start(), -found.end()) < (best[1].start(), -best[1].end()):
            best = (name, found)
    return best


def find(text: str, query: Query) -> DateResult | None:
    """The first date expression of `text` (see the module docstring for the order)."""
    folded = fold(text)
    haystack = folded.text
    vocabulary = query.vocabulary
    located = _locate(haystack, vocabulary.patterns, query.lenient)
    if located is None:
        return None
    name, match = located
    groups = match.groupdict()
    start, end = match.start(), match.end()
    if name not in _NO_PREFIX:
        start = _extend(haystack, start, vocabulary, groups)
    reading = _READERS[name](groups, query)
    if reading.weekday is None and query.lenient and reading.day is not None:
        reading.weekday = _weekday_elsewhere(haystack, start, end, vocabulary)
    return _result(reading, start, end, folded, query)


def _weekday_elsewhere(text: str, start: int, end: int, vocabulary: DateVocabulary) -> int | None:
    """A weekday written elsewhere on a date line ("الثلاثاء 10 شعبان 1445 هـ الموافق 20 فبراير 2024")."""
    pattern = vocabulary.patterns.weekday
    found = _search(pattern, text, 0, start) if start else None
    found = found or (_search(pattern, text, end) if end < len(text) else None)
    if found is None:
        return None
    return vocabulary.tables.weekdays.get(" ".join(found.group("weekday").split()))


def _extend(text: str, start: int, vocabulary: DateVocabulary, groups: Groups) -> int:
    """Move `start` back over a time and/or a weekday written before the date; add their groups.

    Handles "Tuesday 20 …", "14:05, 20 …", "Wednesday, 10:30 pm - 21 …", "10:30 AM, Tuesday, Feb 20 …".
    """
    for _ in range(2):
        moved = _time_before(text, start, vocabulary.patterns, groups)
        moved = _weekday_before(text, moved, vocabulary, groups)
        if moved == start:
            break
        start = moved
    return start


def _time_before(text: str, start: int, patterns: Patterns, groups: Groups) -> int:
    if groups.get("hour") is not None or groups.get("phour") is not None:
        return start
    reach = max(0, start - _TIME_REACH)
    if not start or patterns.digit.search(text, reach, start) is None:
        return start
    tail = patterns.time_tail.search(text, reach, start)
    if tail is None:
        return start
    groups.update({k: v for k, v in tail.groupdict().items() if v is not None})
    return tail.start()


def _weekday_before(text: str, start: int, vocabulary: DateVocabulary, groups: Groups) -> int:
    """A weekday word right before `start` (separated by spaces, commas, dots or dashes)."""
    if groups.get("weekday") is not None or start == 0:
        return start
    window = start - _WEEKDAY_REACH if start > _WEEKDAY_REACH else 0
    head = text[window:start].rstrip(_WEEKDAY_SEP)
    if not head:
        return start
    word = head.rsplit(None, 1)[-1]
    if word not in vocabulary.tables.weekdays:
        return start
    groups["weekday"] = word
    return window + len(head) - len(word)


def _result(reading: Reading, start: int, end: int, folded: Folded, query: Query) -> DateResult:
    start, end = _trimmed(folded.text, start, end)
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
    offset = clock.offset
    if offset is not None and offset[0] not in "+-":  # a zone name: its offset on that day
        moment = datetime(reading.day.year, reading.day.month, reading.day.day, clock.hour, clock.minute)
        offset = resolve_offset(offset, moment)
    return iso + (offset or "")


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

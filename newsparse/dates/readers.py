"""Reading a match: what each pattern's groups mean as a Gregorian day, a time and warnings.

One reader per pattern family; `READERS` maps a pattern name of patterns.py to its reader.
Numeric and ISO dates whose year can only be Hijri, or that carry a Hijri marker, are
converted from Hijri.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple

from . import result as msg
from .clock import Clock, clock_from
from .hijri import solar_to_gregorian, to_gregorian
from .numerals import number
from .relative import ago, shifted_day
from .vocabulary import DateVocabulary

Reference = datetime | date | None
#: Years read as Hijri in numeric dates even without a marker (no news is dated 1300-1500 CE).
HIJRI_YEARS = (1300, 1500)


class Query(NamedTuple):
    """One call's settings."""

    vocabulary: DateVocabulary
    language: str | None
    reference: Reference
    dayfirst: bool | None  # None: the language's month-first default, not the caller's choice
    lenient: bool


@dataclass(slots=True, init=False)
class Reading:
    """What a match says: a Gregorian day (or a ready ISO string), a time, and warnings."""

    day: date | None
    clock: Clock | None
    iso: str | None
    weekday: int | None
    warnings: list[str]

    def __init__(self, clock: Clock | None = None, weekday: int | None = None) -> None:
        # written out: the generated __init__ (keywords, a default factory) costs twice as much
        self.day = None
        self.clock = clock
        self.iso = None
        self.weekday = weekday
        self.warnings = []


Groups = dict[str, str | None]
Reader = Callable[[Groups, Query], Reading]


def _int(groups: Mapping[str, str | None], name: str) -> int:
    return number(groups[name] or "0")


def _make_day(year: int, month: int, day: int, reading: Reading) -> Reading:
    try:
        reading.day = date(year, month, day)
    except ValueError:
        reading.warnings.append(msg.no_such_date(year, month, day))
    return reading


def _month_number(text: str, table: Mapping[str, int]) -> tuple[int, bool]:
    """Month number of a (possibly paired) month text, and whether the paired names agree."""
    month = table.get(text)
    if month is not None:
        return month, True
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
    return Reading(clock_from(groups, tables.ampm, tables.offsets), weekday)


def read_iso(g: Groups, query: Query) -> Reading:
    reading = _base(g, query)
    year, month, day = _int(g, "year"), _int(g, "month"), _int(g, "day")
    if _is_hijri_year(year, g):
        return _hijri_day(year, month, day, reading)
    return _make_day(year, month, day, reading)


def _is_hijri_year(year: int, g: Groups) -> bool:
    """A numeric date is Hijri when marked so ("٩/١١/١٤٤١هـ") or when its year can only be Hijri."""
    return g.get("hmark") is not None or HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1]


def is_hijri_match(found: re.Match[str]) -> bool:
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
    """Day-month-year, month-day-year and year-month-day with a month name."""
    reading = _base(g, query)
    month, agree = _month_number(g["month"], query.vocabulary.tables.months)
    if not agree:
        reading.warnings.append(msg.MONTHS_DISAGREE)
    year = _int(g, "year") or 2000 + _int(g, "year2")  # (a year of two digits: "9 janv. 26 à 18h40")
    return _make_day(year, month, _int(g, "day"), reading)


def read_numeric(g: Groups, query: Query) -> Reading:
    """21-11-2025, 02/20/2024, 20.02.24: day-first unless a part says otherwise, or the weekday printed beside it
    fits only the other order. Dots are day-first whatever the language: month-first dates are written with
    slashes ("10. 6. 2026" on an English page from Slovenia). Under a language's month-first default (the
    caller chose no order), a 24-hour clock after the date says day-first: North American sites, which write
    month-first, print their times with am or pm ("03/06/2027 6:02 PM"), and sites writing "11/06/26 16:30" or
    "10/04/2027 | 12:14" (Britain, Greece) write day-first."""
    first, second, year = _int(g, "first"), _int(g, "second_"), _int(g, "year")
    if len(g["year"] or "") == 2:
        year += 2000 if year < 70 else 1900
    dayfirst = query.dayfirst or g.get("sep") == "." \
        or (query.dayfirst is None and g.get("hour") is not None and g.get("ampm") is None)
    if first > 12 >= second:
        dayfirst = True
    elif second > 12 >= first:
        dayfirst = False
    day, month = (first, second) if dayfirst else (second, first)
    if _is_hijri_year(year, g):
        return _hijri_day(year, second, first, _base(g, query))
    reading = _base(g, query)
    if first != second and first <= 12 and second <= 12 and reading.weekday is not None \
            and _weekday_of(year, month, day) != reading.weekday == _weekday_of(year, day, month):
        day, month = month, day  # the weekday printed beside it says which: "Sunday, 12/09/2027" is 12 September
    return _make_day(year, month, day, reading)


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def read_hijri(g: Groups, query: Query) -> Reading:
    if g.get("smonth"):
        return _solar_hijri_day(g, query)
    month, _ = _month_number(g["hmonth"] or "", query.vocabulary.tables.hijri_months)
    return _hijri_day(_int(g, "year"), month, _int(g, "day"), _base(g, query))


def _solar_hijri_day(g: Groups, query: Query) -> Reading:
    """A date of the Iranian (Solar Hijri) calendar: "۱۲ آبان ۱۴۰۴" is 3 November 2025."""
    reading = _base(g, query)
    month, _ = _month_number(g["smonth"], query.vocabulary.tables.solar_hijri_months)
    converted = solar_to_gregorian(_int(g, "year"), month, _int(g, "day"))
    if converted is None:
        reading.warnings.append(msg.BAD_HIJRI)
        return reading
    return _make_day(converted.year, converted.month, converted.day, reading)


def read_yearless(g: Groups, query: Query) -> Reading:
    reading = _base(g, query)
    month, _ = _month_number(g["month"] or g["month2"], query.vocabulary.tables.months)
    day = number(g["day"] or g["day2"])
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


READERS: Mapping[str, Reader] = {
    "iso": read_iso,
    "dmy": read_textual,
    "mdy": read_textual,
    "ymd": read_textual,
    "numeric": read_numeric,
    "hijri": read_hijri,
    "yearless_dm": read_yearless,
    "yearless_md": read_yearless,
    "relative_before": read_relative,
    "relative_after": read_relative,
    "day_word": read_day_word,
}

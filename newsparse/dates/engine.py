"""Finding date expressions: the search order, the lead-in before a date, and the result.

Search order on a line: complete Gregorian dates (ISO, day-month-year, month-day-year, year-month-day,
numeric), then Hijri, then dates without a year, then relative expressions. Within a
family the leftmost match wins (the longest on a tie), so a line carrying a Hijri and a
Gregorian date gives the Gregorian one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime

from . import result as msg
from .clock import Clock, resolve_offset
from .folding import Folded
from .patterns import Patterns
from .readers import READERS, Groups, Query, Reading, is_hijri_match
from .result import DateResult, make_result
from .vocabulary import DateVocabulary

_NO_PREFIX = frozenset({"relative_before", "relative_after", "day_word"})
#: Gregorian dates with a year, which a Hijri date of the same day may follow.
_GREGORIAN = frozenset({"iso", "dmy", "mdy", "ymd", "numeric"})
#: The groups of a clock written after a date (patterns.time_part).
_CLOCK_GROUPS = ("hour", "minute", "second", "ampm", "zone")

#: "00".."99": hours, minutes and seconds are one or two digits in every pattern (formatting costs more).
_TWO_DIGITS = tuple(f"{n:02d}" for n in range(100))
#: How far before its month word a day-month-year date can start ("31st of ").
_BEFORE_MONTH = 16
#: How far before its month word a year-first date can start ("2027 m. ", "2027. ").
_YEAR_BEFORE_MONTH = 12
#: How far before a date a time can start ("10:30 p.m. GMT - ").
_TIME_REACH = 40
#: How far before "ago" a relative expression can start ("three hours ").
_BEFORE_AGO = 24
_WEEKDAY_SEP = " ,.-"
#: Trimmed from both ends of a date expression.
_TRIM = " ,;-/|"
#: How far before a date its weekday can start ("wednesday, ").
_WEEKDAY_REACH = 24

Match = re.Match[str]
Family = list[tuple[str, Match | None]]
#: How every ISO date begins (patterns.py): four digits and a separator.
_ISO_HEAD = re.compile(r"\d{4}[-/.]")


def search_guarded(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> re.Match[str] | None:
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


def holds(text: str, pieces: tuple[str, ...]) -> bool:
    """True when `text` contains one of `pieces` (a pattern's required texts, see patterns.pieces)."""
    for piece in pieces:  # noqa: SIM110 - a loop is faster than any() over a generator
        if piece in text:
            return True
    return False


def first_piece(text: str, pieces: tuple[str, ...]) -> int:
    """Index of the first of `pieces` in `text`, -1 when none is there."""
    first = -1
    for piece in pieces:
        at = text.find(piece)
        if at >= 0 and (first < 0 or at < first):
            first = at
    return first


def _locate(text: str, p: Patterns, lenient: bool) -> tuple[str, re.Match[str]] | None:
    """The pattern name and match of the first date expression, family by family.

    Every dated pattern holds a digit, and so does the time a day word needs outside
    lenient mode; word-led patterns are only searched when one of their words is there.
    """
    digit = p.digit.search(text)
    if digit is not None:
        found = _dated(text, p, digit.start())
        if found is not None:
            return found
    ago = search_guarded(p.ago, text) if holds(text, p.ago_pieces) else None
    after = p.relative_after.search(text, max(0, ago.start() - _BEFORE_AGO)) if ago else None
    timed = digit is not None or lenient  # outside lenient mode a day word needs a time
    day_word = search_guarded(p.day_word, text) if timed and holds(text, p.day_word_pieces) else None
    if day_word is not None and not lenient and day_word.group("hour") is None:
        day_word = None  # a bare "yesterday" is prose, not a date line
    before = search_guarded(p.relative_before, text) if holds(text, p.before_pieces) else None
    if before is None and after is None and day_word is None:
        return None
    return _leftmost(
        [
            ("relative_before", before),
            ("relative_after", after),
            ("day_word", day_word),
        ]
    )


def _dated(text: str, p: Patterns, digit: int) -> tuple[str, re.Match[str]] | None:
    """The first Gregorian, else Hijri, else year-less date; `digit` is where the first digit is.

    A numeric date that is Hijri ("7/3/1429 هـ") joins the Hijri family, so that the
    Gregorian date printed beside it wins. Every pattern that begins with a day, and every
    Hijri month word that follows one, is searched for from the first digit on.
    """
    month_match = p.month.search(text)  # a gate: a letter glued before it does no harm
    month = month_match.start() if month_match else None
    near = month - _BEFORE_MONTH if month is not None and month > _BEFORE_MONTH else 0
    # every ISO or numeric date has a separator the gate looks for; `in` is faster than a regex pass
    gate = p.numeric_gate.search(text, digit) if "-" in text or "/" in text or "." in text else None
    if gate is not None:
        iso, hijri_iso, numeric, hijri_numeric = _numeric_dates(text, p, gate.start())
    else:
        iso = hijri_iso = numeric = hijri_numeric = None
    dmy, mdy = _textual_dates(text, p, month, near, digit) if month is not None else (None, None)
    # a year-first date ("2027 Jul 25") has its year's digits before the month word
    ymd = p.ymd.search(text, max(0, month - _YEAR_BEFORE_MONTH)) if month is not None else None
    best = _leftmost([("iso", iso), ("numeric", numeric), ("dmy", dmy), ("mdy", mdy), ("ymd", ymd)])
    if best is not None:
        return best
    hijri: Family = [("iso", hijri_iso), ("numeric", hijri_numeric)]
    hijri_month = search_guarded(p.hijri_month, text, digit)
    if hijri_month:
        hijri.append(("hijri", p.hijri.search(text, max(0, hijri_month.start() - _BEFORE_MONTH))))
    best = _leftmost(hijri)
    if best is not None or month is None:
        return best
    return _leftmost(
        [
            ("yearless_dm", p.yearless_dm.search(text, max(near, digit))),
            ("yearless_md", search_guarded(p.yearless_md, text, month)),
        ]
    )


def _numeric_dates(text: str, p: Patterns, gate: int) -> tuple[Match | None, Match | None, Match | None, Match | None]:
    """(ISO, Hijri ISO, numeric, Hijri numeric) first matches from just before the numeric gate at `gate`.

    Only what can be the leftmost Gregorian date is searched for. The kind the gate looks like is
    searched first, and the other kind is skipped when it cannot start earlier: a numeric date holds
    a gate match from its first or second character, and an ISO date begins with `_ISO_HEAD`. (When
    a Gregorian date is found the Hijri ones are not used.)
    """
    begin = gate - 3 if gate > 3 else 0  # the gate is on the last digit of a year or day
    if gate >= 3 and text[gate + 1] in "-/." and text[gate - 3 : gate].isdigit():  # "2024-": ISO first
        iso, hijri_iso = _split_hijri(p.iso, text, begin)
        if iso is not None and iso.start() < gate - 1:
            return iso, hijri_iso, None, None
        numeric, hijri_numeric = _split_hijri(p.numeric, text, begin)
        return iso, hijri_iso, numeric, hijri_numeric
    numeric, hijri_numeric = _split_hijri(p.numeric, text, begin)
    if numeric is not None and _ISO_HEAD.search(text, begin, numeric.start() + 4) is None:
        return None, None, numeric, hijri_numeric
    iso, hijri_iso = _split_hijri(p.iso, text, begin)
    return iso, hijri_iso, numeric, hijri_numeric


def _textual_dates(text: str, p: Patterns, month: int, near: int, digit: int) -> tuple[Match | None, Match | None]:
    """The first day-month-year and month-day-year dates, each when it can be the leftmost date.

    `month` is where the first month word is, `digit` where the first digit is. A month-first
    date found right at `month` is before every day-month-year date when no digit (a day) is
    written between `near` and the month.
    """
    start = max(near, digit)  # day-month-year dates begin with a digit
    if digit > month or (digit < near and p.digit.search(text, near, month + 1) is None):
        mdy = search_guarded(p.mdy, text, month)
        if mdy is not None and mdy.start() == month:
            return None, mdy
        return p.dmy.search(text, start), mdy
    dmy = p.dmy.search(text, start)
    if dmy is not None and dmy.start("month") == month:  # no month-first date can start earlier
        return dmy, None
    return dmy, search_guarded(p.mdy, text, month)


def _split_hijri(pattern: re.Pattern[str], text: str, pos: int) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """(first Gregorian match, first Hijri match) of a numeric pattern from `pos`."""
    hijri = None
    for _ in range(4):
        found = pattern.search(text, pos)
        if found is None or not is_hijri_match(found):
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


#: A located date expression: the folded text, the name of the pattern that matched, and its match.
Located = tuple[Folded, str, re.Match[str]]


def locate(folded: Folded, vocabulary: DateVocabulary, lenient: bool) -> Located | None:
    """The first date expression of a folded text (see the module docstring for the order), not yet read."""
    found = _locate(folded.text, vocabulary.patterns, lenient)
    if found is None:
        return None
    return folded, found[0], found[1]


def read(located: Located, query: Query) -> DateResult:
    """The result for a located date expression: its lead-in, its reading, its ISO form and warnings."""
    folded, name, match = located
    haystack = folded.text
    vocabulary = query.vocabulary
    groups = match.groupdict()
    start, end = match.span()
    if name not in _NO_PREFIX:
        start = _extend(haystack, start, vocabulary, groups)
    if name in _GREGORIAN and groups.get("hour") is None and groups.get("phour") is None:
        end = _clock_after_hijri(haystack, end, vocabulary.patterns, groups)
    if groups.get("zone") is not None and vocabulary.tables.marked_zones:
        _zone_by_its_marks(folded, match, groups, vocabulary.tables.marked_zones)
    reading = READERS[name](groups, query)
    if reading.weekday is None and query.lenient and reading.day is not None:
        reading.weekday = _weekday_elsewhere(haystack, start, end, vocabulary)
    return _result(reading, start, end, folded, query)


def _clock_after_hijri(text: str, end: int, patterns: Patterns, groups: Groups) -> int:
    """Where a Hijri date of the same day ends when it follows the date at `end` and carries the clock.

    Arabic sites print the clock after both dates: "السبت 7 مارس 2026م الموافق 18 رمضان
    1447هـ - 11:45 مساءً", "16/07/2025 م الموافق 21/01/1447 هـ | 04:12 م". The clock's
    groups are added to `groups`; without a clock, or without a Hijri date, `end` is kept.
    """
    if end == len(text) or patterns.digit.search(text, end) is None:
        return end  # (the common case: nothing dated after the date)
    lead = patterns.connector.match(text, end)
    begin = lead.end()
    if begin == len(text) or not text[begin].isdigit():
        return end
    hijri = patterns.hijri.match(text, begin)
    if hijri is None:
        hijri = patterns.numeric.match(text, begin)
        if hijri is None or not is_hijri_match(hijri):
            return end
    if hijri.group("hour") is None:
        return end
    groups.update({key: hijri.group(key) for key in _CLOCK_GROUPS if hijri.group(key) is not None})
    return hijri.end()


def _zone_by_its_marks(folded: Folded, match: Match, groups: Groups, marked: Mapping[str, str]) -> None:
    """The zone's offset from its text as written when its marks tell it apart from a zone that folds the same:
    "بتوقيت عُمان" (Oman, its damma) folds to Amman's "بتوقيت عمّان" (the profile's `marked_zones`)."""
    start, end = match.span("zone")
    if folded.dropped or folded.index is not None:
        start, end = folded.span(start, end)
    offset = marked.get(" ".join(folded.original[start:end].split()))
    if offset is not None:
        groups["zone"] = offset


def _weekday_elsewhere(text: str, start: int, end: int, vocabulary: DateVocabulary) -> int | None:
    """A weekday written elsewhere on a date line ("الثلاثاء 10 شعبان 1445 هـ الموافق 20 فبراير 2024")."""
    pattern = vocabulary.patterns.weekday
    found = search_guarded(pattern, text, 0, start) if start else None
    found = found or (search_guarded(pattern, text, end) if end < len(text) else None)
    if found is None:
        return None
    return vocabulary.tables.weekdays.get(" ".join(found.group("weekday").split()))


def _extend(text: str, start: int, vocabulary: DateVocabulary, groups: Groups) -> int:
    """Move `start` back over a time and/or a weekday written before the date; add their groups.

    Handles "Tuesday 20 …", "14:05, 20 …", "Wednesday, 10:30 pm - 21 …", "10:30 AM, Tuesday, Feb 20 …":
    a time, then a weekday, then (only after a weekday) a time once more.
    """
    if not start:
        return start
    patterns = vocabulary.patterns
    timed = groups.get("hour") is not None or groups.get("phour") is not None
    moved = start if timed else _time_before(text, start, patterns, groups)
    if groups.get("weekday") is not None:
        return moved
    before_weekday = moved
    moved = _weekday_before(text, moved, vocabulary.tables.weekdays, groups)
    if moved == before_weekday or timed or groups.get("phour") is not None:
        return moved
    return _time_before(text, moved, patterns, groups)


def _time_before(text: str, start: int, patterns: Patterns, groups: Groups) -> int:
    """Where a time written right before `start` begins (its groups added as "p" groups), else `start`."""
    reach = max(0, start - _TIME_REACH)
    if not start or patterns.digit.search(text, reach, start) is None:
        return start
    tail = patterns.time_tail.search(text, reach, start)
    if tail is None:
        return start
    groups.update({k: v for k, v in tail.groupdict().items() if v is not None})
    return tail.start()


def _weekday_before(text: str, start: int, weekdays: Mapping[str, int], groups: Groups) -> int:
    """A weekday word right before `start` (separated by spaces, commas, dots or dashes)."""
    if start == 0:
        return start
    window = start - _WEEKDAY_REACH if start > _WEEKDAY_REACH else 0
    head = text[window:start].rstrip(_WEEKDAY_SEP)
    while head[-1:].isspace():  # a tab or other white space among the separators
        head = head[:-1].rstrip(_WEEKDAY_SEP)
    if not head:
        return start
    word = head.rsplit(None, 1)[-1]
    if word not in weekdays:
        return start
    groups["weekday"] = word
    return window + len(head) - len(word)


def _result(reading: Reading, start: int, end: int, folded: Folded, query: Query) -> DateResult:
    """The result: the expression trimmed and mapped back to the original text, its ISO form, warnings."""
    text = folded.text
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    while start < end and text[start] in _TRIM:
        start += 1
    if folded.dropped or folded.index is not None:
        start, end = folded.span(start, end)
    day = reading.day
    warnings = reading.warnings
    if day is None:
        iso = reading.iso or None
    else:
        iso = reading.iso or _iso(day, reading.clock)
        _sanity(day, reading.weekday, query.reference, warnings)
    return make_result(iso, folded.original[start:end], tuple(warnings), (start, end))


def _iso(day: date, clock: Clock | None) -> str:
    year = day.year
    # what day.isoformat() gives (a slow formatter for so short a text); it pads years below 1000
    iso = f"{year}-{_TWO_DIGITS[day.month]}-{_TWO_DIGITS[day.day]}" if year >= 1000 else day.isoformat()
    if clock is None:
        return iso
    hour, minute, second, offset = clock
    iso = f"{iso}T{_TWO_DIGITS[hour]}:{_TWO_DIGITS[minute]}"
    if second is not None:
        iso += ":" + _TWO_DIGITS[second]
    if not offset:
        return iso  # none stated, or an ambiguous one ("AST": Atlantic or Arabia)
    if offset[0] not in "+-":  # a zone name: its offset on that day
        offset = resolve_offset(offset, datetime(day.year, day.month, day.day, hour, minute))
    return iso + (offset or "")


def _sanity(day: date, weekday: int | None, reference: datetime | date | None, out: list[str]) -> None:
    """Add to `out`: weekday contradiction, date after the reference, year outside 1900-2100."""
    if weekday is not None and weekday != day.weekday():
        out.append(msg.weekday_contradicts(weekday, day.weekday()))
    if reference is not None:
        ref_day = reference.date() if isinstance(reference, datetime) else reference
        if day > ref_day:
            out.append(msg.AFTER_REFERENCE)
    if not 1900 <= day.year <= 2100:
        out.append(msg.year_out_of_range(day.year))

"""The date engine: every way news sites print a publication date, to ISO 8601.

    >>> parse_date("تاريخ النشر: ١٨ يناير ٢٠٢٣ - ٠٣:٢٧ GMT").iso
    '2023-01-18T03:27+00:00'

Nothing here reads the clock or the machine's time zone: missing parts are never filled
from "today", and relative dates need an explicit `reference`.
"""

from __future__ import annotations

from datetime import date, datetime

from . import result as msg
from .clock import clock_from
from .engine import Query, find
from .folding import fold
from .result import DateResult
from .vocabulary import DateVocabulary

__all__ = [
    "DateResult",
    "DateVocabulary",
    "parse_date",
    "parse_time",
    "search_date",
    "weekday_mentioned_today",
]


def _query(
    language: str | None,
    reference: datetime | date | None,
    dayfirst: bool | None,
    vocabulary: DateVocabulary | None,
    lenient: bool,
) -> Query:
    vocab = vocabulary or DateVocabulary.builtin()
    first = vocab.dayfirst(language) if dayfirst is None else dayfirst
    return Query(vocab, language, reference, first, lenient)


def search_date(
    text: str,
    *,
    language: str | None = None,
    reference: datetime | date | None = None,
    dayfirst: bool | None = None,
    vocabulary: DateVocabulary | None = None,
) -> DateResult | None:
    """The first date expression inside a line, or None when the line holds none.

    `raw`/`span` locate the expression in `text`. A bare "yesterday" is not taken as a date
    here (prose says it all the time); "yesterday 10:30" is.
    """
    return find(text, _query(language, reference, dayfirst, vocabulary, lenient=False))


def parse_date(
    text: str,
    *,
    language: str | None = None,
    reference: datetime | date | None = None,
    dayfirst: bool | None = None,
    vocabulary: DateVocabulary | None = None,
) -> DateResult:
    """Read `text`, which is mostly a date (labels, weekday and filler around it are fine)."""
    query = _query(language, reference, dayfirst, vocabulary, lenient=True)
    found = find(text, query)
    if found is not None:
        return _with_line_weekday(found, text, query.vocabulary)
    if parse_time(text, vocabulary=query.vocabulary) is not None:
        return DateResult(None, None, (msg.ONLY_TIME,))
    return DateResult(None, None, (msg.NO_DATE,))


def _with_line_weekday(found: DateResult, text: str, vocabulary: DateVocabulary) -> DateResult:
    """Check a weekday written elsewhere on the line ("الثلاثاء 10 شعبان 1445 هـ الموافق 20 فبراير 2024")."""
    if found.iso is None or found.span is None or any("weekday" in w for w in found.warnings):
        return found
    folded_raw = fold(found.raw or "").text
    if vocabulary.patterns.weekday.search(folded_raw):
        return found
    match = vocabulary.patterns.weekday.search(fold(text).text)
    if match is None:
        return found
    said = vocabulary.tables.weekdays[" ".join(match.group("weekday").split())]
    actual = date.fromisoformat(found.iso[:10]).weekday()
    if said == actual:
        return found
    return DateResult(found.iso, found.raw, (*found.warnings, msg.weekday_contradicts(said, actual)), found.span)


def parse_time(
    text: str, *, vocabulary: DateVocabulary | None = None
) -> tuple[int, int, int | None] | None:
    """(hour, minute, second or None) of the first clock time in `text` ("01:27", "02:47 م", "14h34")."""
    vocab = vocabulary or DateVocabulary.builtin()
    match = vocab.patterns.time.search(fold(text).text)
    if match is None:
        return None
    clock = clock_from(match.groupdict(), vocab.tables.ampm, vocab.tables.zones)
    if clock is None:
        return None
    return clock.hour, clock.minute, clock.second


def weekday_mentioned_today(
    text: str, *, language: str | None = None, vocabulary: DateVocabulary | None = None
) -> int | None:
    """The weekday (0 = Monday) the text says is today: "اليوم الثلاثاء", "ce mardi", "today (Tuesday)"."""
    vocab = vocabulary or DateVocabulary.builtin()
    match = vocab.patterns.today_weekday.search(fold(text).text)
    if match is None:
        return None
    return vocab.tables.weekdays[" ".join(match.group("weekday").split())]



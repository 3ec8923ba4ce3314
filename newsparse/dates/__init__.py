"""The date engine: every way news sites print a publication date, to ISO 8601.

    >>> parse_date("تاريخ النشر: ١٨ يناير ٢٠٢٣ - ٠٣:٢٧ GMT").iso
    '2023-01-18T03:27+00:00'

Nothing here reads the clock or the machine's time zone: missing parts are never filled
from "today", and relative dates need an explicit `reference`.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from . import result as msg
from .clock import Clock, clock_from
from .engine import first_piece, locate, read, search_guarded
from .folding import fold
from .readers import Query
from .result import DateResult
from .vocabulary import DateVocabulary

__all__ = [
    "DateResult",
    "DateVocabulary",
    "page_day_order",
    "parse_date",
    "parse_time",
    "search_date",
    "time_only",
    "weekday_mentioned_today",
]


# a numeric date with its year: "26/01/2026", "03-02-26" (not ISO's year first); its separators are compared, and
# what stands before it checked, in Python: a pattern opening with a look-behind scans a page twice as slowly
_DIGIT = "[0-9٠-٩۰-۹]"  # the digits pages write dates in, Western, Arabic-Indic and Persian (a class `\d` is slower)
_NUMERIC_DATE = re.compile(
    rf"({_DIGIT}{{1,2}})([/-])({_DIGIT}{{1,2}})([/-])(?:{_DIGIT}{{4}}|{_DIGIT}{{2}})(?!{_DIGIT}|[/-])")


def page_day_order(text: str) -> bool | None:
    """Whether the page writes its numeric dates day first (True) or month first (False), as its dates that can be
    read only one way say ("26/01/2026" beside "03/02/2026": a British council's page writes 3 February); None when
    none says, or they disagree. A page writes its dates one way, so its ambiguous ones follow the others."""
    day_first = month_first = False
    for match in _NUMERIC_DATE.finditer(text):
        start = match.start()
        if match.group(2) != match.group(4) or start and (text[start - 1].isdigit() or text[start - 1] in "/.-"):
            continue  # "03/02-2026" is no date; "2026-02-13" is ISO's, its year first
        first, second = int(match.group(1)), int(match.group(3))
        day_first = day_first or first > 12 >= second >= 1
        month_first = month_first or second > 12 >= first >= 1
    return day_first if day_first != month_first else None


#: Makes a `Query` without the Python-level __new__ of NamedTuple (a C call, several times cheaper).
_new_query = tuple.__new__


def _query(
    vocabulary: DateVocabulary,
    language: str | None,
    reference: datetime | date | None,
    dayfirst: bool | None,
    lenient: bool,
) -> Query:
    # a language's month-first default is None: a 24-hour clock beside a date may still say day-first (readers.py)
    first = (vocabulary.dayfirst(language) or None) if dayfirst is None else dayfirst
    return _new_query(Query, (vocabulary, language, reference, first, lenient))


#: parse_date's results without a date (immutable, so one of each serves every call).
_ONLY_TIME = DateResult(None, None, (msg.ONLY_TIME,))
_NO_DATE = DateResult(None, None, (msg.NO_DATE,))


@lru_cache(maxsize=1)
def _default_vocabulary() -> DateVocabulary:
    return DateVocabulary.builtin()


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
    vocab = vocabulary or _default_vocabulary()
    located = locate(fold(text), vocab, lenient=False)
    if located is None:
        return None
    return read(located, _query(vocab, language, reference, dayfirst, lenient=False))


def parse_date(
    text: str,
    *,
    language: str | None = None,
    reference: datetime | date | None = None,
    dayfirst: bool | None = None,
    vocabulary: DateVocabulary | None = None,
) -> DateResult:
    """Read `text`, which is mostly a date (labels, weekday and filler around it are fine)."""
    vocab = vocabulary or _default_vocabulary()
    folded = fold(text)
    located = locate(folded, vocab, lenient=True)
    if located is not None:
        return read(located, _query(vocab, language, reference, dayfirst, lenient=True))
    return _ONLY_TIME if _clock(folded.text, vocab) is not None else _NO_DATE


def parse_time(text: str, *, vocabulary: DateVocabulary | None = None) -> tuple[int, int, int | None] | None:
    """(hour, minute, second or None) of the first clock time in `text` ("01:27", "02:47 م", "14h34")."""
    vocab = vocabulary or _default_vocabulary()
    if vocab.patterns.digit.search(text) is None:  # folding makes no digit and removes none
        return None
    clock = _clock(fold(text).text, vocab)
    if clock is None:
        return None
    return clock.hour, clock.minute, clock.second


def time_only(text: str, *, vocabulary: DateVocabulary | None = None) -> bool:
    """True when `text` holds a clock time and no other digit: a time on a line of its own
    ("01:27", "10:30 ص", "02:47 PM GMT"), not a date with its time ("20/02/2024 10:30")."""
    vocab = vocabulary or _default_vocabulary()
    digit = vocab.patterns.digit
    if digit.search(text) is None:
        return False
    folded = fold(text).text
    match = vocab.patterns.time.search(folded)
    if match is None or digit.search(folded, 0, match.start()) or digit.search(folded, match.end()):
        return False
    return clock_from(match.groupdict(), vocab.tables.ampm, vocab.tables.offsets) is not None


def _clock(folded: str, vocabulary: DateVocabulary) -> Clock | None:
    """The first clock time of a folded text."""
    match = vocabulary.patterns.time.search(folded)
    if match is None:
        return None
    return clock_from(match.groupdict(), vocabulary.tables.ampm, vocabulary.tables.offsets)


def weekday_mentioned_today(
    text: str, *, language: str | None = None, vocabulary: DateVocabulary | None = None
) -> int | None:
    """The weekday (0 = Monday) the text says is today: "اليوم الثلاثاء", "ce mardi", "today (Tuesday)"."""
    vocab = vocabulary or _default_vocabulary()
    patterns = vocab.patterns
    folded = fold(text).text
    start = first_piece(folded, patterns.today_pieces)  # no match starts before a "today" word
    match = search_guarded(patterns.today_weekday, folded, start) if start >= 0 else None
    if match is None:
        return None
    return vocab.tables.weekdays[" ".join(match.group("weekday").split())]

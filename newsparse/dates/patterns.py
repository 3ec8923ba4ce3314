"""Regular expressions of the date engine, built once per vocabulary from its folded word lists.

Every pattern runs on folded text (see folding.py): lower case, ASCII digits, one alef.

Speed: Python's regex engine skips quickly over positions where a match cannot start
only when the pattern *begins* with a literal, a character class, or an alternation of
literals. So searched patterns begin with the digits or the words themselves, and the
"not glued to a digit before" checks are lookbehinds placed after the first character
(`\\d(?<![\\d.:/]\\d)`). The "not glued to a letter before" check of patterns that begin
with a word is done by the engine (`engine._search`). Optional lead-ins (a weekday or a
time written before the date) are found by the engine, backwards from the date's start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
NOT_LETTER_AFTER = r"(?![^\W\d_])"
#: One or two digits not glued to a digit, ':' or '/' before them, nor to a number's decimal point ("12.5"; a
#: month's abbreviation may end with a dot: "Aug.8,2027"), 1..39.
DAY_DIGITS = r"\d(?<![\d:/]\d)(?<!\d\.\d)\d?(?!\d)(?<![4-9]\d)"
DAY = rf"(?P<day>{DAY_DIGITS})"
#: A year after a month name. One more digit glued to it is a scraped counter, not part of
#: the year ("July 9th, 20220— This article…" is 9 July 2022 followed by "0" comments).
YEAR = r"(?P<year>(?:1[89]|2[01])\d\d)(?:\d(?!\d))?(?!\d|:\d)"
#: A year before its month name ("2027 Jul 25", Hungarian "2027. május 30."), not glued to a digit, a
#: number's point or a clock before it; its lookbehind comes after two digits, so the search skips fast.
# A year of two digits after a day and a month name, only with a time right after it: "9 janv. 26 à 18h40" (actu.fr),
# "9 Jan 26, 18:40"; without the time, "5 mai 12 …" may be a count
SHORT_YEAR = r"(?P<year2>\d\d)(?!\d)(?=\s*,?\s*(?:[^\W\d]{1,3}\s+)?\d{1,2}\s?[h:]\s?\d\d)"
YEAR_FIRST = r"(?P<year>(?:1[89]|2[01])(?<![\d.,:/]..)\d\d)(?!\d)"
DATE_SEP = r"[\s,./-]{0,4}"


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex matching any of the folded `words`, inner spaces matching any run.

    The words are merged into a prefix tree ("jan|january|june" -> "j(?:an(?:uary)?|une)"), so
    the regex engine checks each letter once instead of trying every word in turn.
    """
    return _alternation(frozenset(words))


@lru_cache(maxsize=256)
def _alternation(words: frozenset[str]) -> str:
    """`alternation` of a set of words; cached, as every pattern holding a time repeats the same lists."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return r"(?!x)x"  # matches nothing
    return "(?:" + _trie_regex(trie) + ")"


def _trie_regex(node: dict[str, dict]) -> str:
    """Regex of a prefix-tree node; longer continuations are tried before the word ends here."""
    branches = []
    for ch in sorted(k for k in node if k):
        token = r"\s+" if ch == " " else re.escape(ch)
        child = node[ch]
        rest = _trie_regex(child) if any(child) else ""
        several = sum(1 for k in child if k) > 1
        if "" in child and rest:
            branches.append(f"{token}(?:{rest})?")
        elif several:
            branches.append(f"{token}(?:{rest})")
        else:
            branches.append(token + rest)
    return "|".join(branches)


def word(words: Iterable[str], name: str | None = None, *, guard_before: bool = True) -> str:
    """`alternation` matching whole words only; optionally a named group.

    With `guard_before=False` the pattern begins with the words themselves (fast to
    search) and the caller must check that no letter comes right before the match.
    """
    body = alternation(words)
    if name:
        body = f"(?P<{name}>{body})"
    return (NOT_LETTER_BEFORE if guard_before else "") + body + NOT_LETTER_AFTER


@dataclass(frozen=True, slots=True)
class WordLists:
    """The folded words the patterns are built from (one list per vocabulary category)."""

    months: tuple[str, ...]
    hijri_months: tuple[str, ...]
    solar_hijri_months: tuple[str, ...]
    weekdays: tuple[str, ...]
    ordinals: tuple[str, ...]
    ampm: tuple[str, ...]
    zones: tuple[str, ...]
    era_markers: tuple[str, ...]
    hijri_markers: tuple[str, ...]
    connectors: tuple[str, ...]
    today_words: tuple[str, ...]
    year_words: tuple[str, ...]
    day_words: tuple[str, ...]
    year_marks: tuple[str, ...]
    rel_before: tuple[str, ...]
    rel_after: tuple[str, ...]
    rel_units: tuple[str, ...]
    rel_duals: tuple[str, ...]
    rel_numbers: tuple[str, ...]
    rel_days: tuple[str, ...]


#: The names of the compiled patterns.
_COMPILED = (
    "iso",
    "dmy",
    "mdy",
    "ymd",
    "numeric",
    "hijri",
    "yearless_dm",
    "yearless_md",
    "relative_before",
    "relative_after",
    "day_word",
    "time",
    "time_tail",
    "connector",
    "weekday",
    "today_weekday",
    "month",
    "hijri_month",
    "ago",
    "digit",
    "numeric_gate",
)


class Patterns:
    """The patterns of one vocabulary (see the module docstring for their shape).

    Each is compiled the first time it is used: a process reading a few articles never
    pays for the families its lines do not reach (Hijri, year-less, relative dates...).
    """

    __slots__ = (*_COMPILED, "sources", "today_pieces", "ago_pieces", "before_pieces", "day_word_pieces")

    iso: re.Pattern[str]
    dmy: re.Pattern[str]
    mdy: re.Pattern[str]
    ymd: re.Pattern[str]
    numeric: re.Pattern[str]
    hijri: re.Pattern[str]
    yearless_dm: re.Pattern[str]
    yearless_md: re.Pattern[str]
    relative_before: re.Pattern[str]
    relative_after: re.Pattern[str]
    day_word: re.Pattern[str]
    time: re.Pattern[str]
    time_tail: re.Pattern[str]
    connector: re.Pattern[str]
    weekday: re.Pattern[str]
    today_weekday: re.Pattern[str]
    month: re.Pattern[str]
    hijri_month: re.Pattern[str]
    ago: re.Pattern[str]
    digit: re.Pattern[str]
    numeric_gate: re.Pattern[str]
    #: name -> regex source of every pattern above.
    sources: Mapping[str, str]
    #: Plain texts one of which every match of a word-led pattern holds (see `pieces`).
    today_pieces: tuple[str, ...]
    ago_pieces: tuple[str, ...]
    before_pieces: tuple[str, ...]
    day_word_pieces: tuple[str, ...]

    def __init__(self, sources: Mapping[str, str], **pieces: tuple[str, ...]) -> None:
        if set(sources) != set(_COMPILED):
            raise ValueError(f"patterns: expected sources for {', '.join(_COMPILED)}")
        object.__setattr__(self, "sources", MappingProxyType(dict(sources)))
        for name, value in pieces.items():
            object.__setattr__(self, name, value)

    def __getattr__(self, name: str) -> re.Pattern[str]:
        """Compile a pattern on its first use (only called while its slot is still empty)."""
        if name not in _COMPILED:
            raise AttributeError(name)
        compiled = re.compile(self.sources[name])
        object.__setattr__(self, name, compiled)
        return compiled

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Patterns is immutable")


def pieces(words: Iterable[str]) -> tuple[str, ...]:
    """Texts that any match of `alternation(words)` contains: each word's first space-free part.

    Inner spaces match any run of white space, so only the part before the first space is
    certain to appear as written. A part holding a shorter part is left out (the shorter one
    is present whenever it is). No words, no pieces: such a pattern never matches.
    """
    firsts = {w.split(" ", 1)[0] for w in words}
    return tuple(sorted(f for f in firsts if not any(o != f and o in f for o in firsts)))


def time_part(w: WordLists, p: str = "", *, after_date: bool = False) -> str:
    """A clock time: 14:05, 14:05:09, 2:05 pm, 02:47 م, 14h34, 14h, 15 h 40 min, 8 pm; then an optional zone.

    A dot separates hours and minutes only when am/pm or a zone follows ("10.30 GMT",
    "3.30pm"), or `after_date` and a connector word ("17. september 2027 kl. 08.45"), when no
    digit, point or per cent sign follows the minutes: otherwise "10.30" is a number.
    """
    ampm = alternation(w.ampm)
    zone_words = alternation(w.zones)
    dot = rf"\.(?=[0-5]\d\s?(?:{ampm}|{zone_words}){NOT_LETTER_AFTER})"
    if after_date and w.connectors:  # the hour right after a connector word: "kl. 08", "at 9" (fixed-width looks)
        announced = "|".join(rf"(?<={re.escape(word)}{stop}\s{digits})" for word in w.connectors
                             for stop in ("", r"\.") for digits in (r"\d", r"\d\d"))
        dot = rf"(?:{dot}|(?:{announced})\.(?=[0-5]\d(?![\d.,%])))"
    clock = (
        # the hour's first digit follows no digit, unless a numeric date's year is glued to it ("13.10.202613:45")
        rf"(?P<{p}hour>\d(?:(?<![\d.:/]\d)|(?<=[./-](?:19|20)\d\d\d))\d?)(?<![3-9]\d)(?<!2[4-9])"
        rf"(?:(?:\s?(?::|h)\s?|{dot})(?P<{p}minute>[0-5]\d)(?!\d)"
        rf"(?:\s?:\s?(?P<{p}second>[0-5]\d)(?:[.,]\d{{1,6}})?|(?:(?<=h[0-5]\d)|(?<=h\s[0-5]\d))\s?min{NOT_LETTER_AFTER})?"
        rf"|\s?h{NOT_LETTER_AFTER}"
        rf"|(?=\s?{ampm}{NOT_LETTER_AFTER}))"
    )
    ampm_part = rf"(?:\s?(?P<{p}ampm>{ampm})(?:(?<=\.)|{NOT_LETTER_AFTER}))?"
    zone = (
        # an offset's digits end the zone even when a word is glued to them ("GMT+1Updated 2 hours ago")
        # (the zone's name in words before it, in its brackets or before them: "(Samoa Standard Time, UTC+13)",
        # "heure locale (UTC+11)")
        rf"(?:\s?(?:(?:\((?:[^\W\d_]+\s){{0,3}}[^\W\d_]+,\s?|(?:[^\W\d_]+\s){{1,2}}\()"
        rf"(?={zone_words}\s?[+-]\s?\d))?"
        rf"\(?(?P<{p}zone>{NOT_LETTER_BEFORE}{zone_words}(?:\s?[+-]\s?\d{{1,2}}(?::?\d{{2}})?(?!\d)"
        rf"|{NOT_LETTER_AFTER})|[+-](?:\d{{4}}|\d\d:\d\d)(?!\d)|z{NOT_LETTER_AFTER})\)?)?"
    )
    return clock + ampm_part + zone


def connector(w: WordLists) -> str:
    """What may stand between a date and its time: punctuation, "at", "à", "الساعة"…, and a weekday written
    after the date ("April 14, 2026, Tuesday @ 15:20", "January 21, 2026, Wednesday // 13:18")."""
    words = alternation((*w.connectors, *w.weekdays))
    return rf"(?:\s*(?:[,;:.|/@•·()\[\]-]|{NOT_LETTER_BEFORE}{words}{NOT_LETTER_AFTER})){{0,5}}\s*"


def _month(w: WordLists, name: str = "month", words: tuple[str, ...] | None = None, *, lead: bool = False) -> str:
    """A month name, or two of them paired: "شباط/فبراير", "فبراير (شباط)", "Feb."."""
    alt = alternation(words or w.months)
    first = ("" if lead else NOT_LETTER_BEFORE) + alt + NOT_LETTER_AFTER + r"\.?"
    other = NOT_LETTER_BEFORE + alt + NOT_LETTER_AFTER + r"\.?"
    return rf"(?P<{name}>{first}(?:\s*[/(\\-]\s*{other}\s*\)?)?)"


def _after(w: WordLists) -> str:
    """Connector + time (+ zone) after the date, or a zone word alone ("… 2024 GMT", kept in raw only)."""
    zone_only = rf"(?:\s*[-,]?\s*\(?{word(w.zones, 'zoneonly')}\)?)"
    return rf"(?:{connector(w)}{time_part(w, after_date=True)}|{zone_only})?"


def _relative(w: WordLists) -> tuple[str, str]:
    """("منذ 3 ساعات", "3 hours ago") patterns."""
    number = rf"(?:\d{{1,3}}|{word(w.rel_numbers)})"
    units = alternation(w.rel_units + w.rel_duals)
    before = (
        rf"{word(w.rel_before, 'ago', guard_before=False)}\s*(?:(?P<count>{number})\s*)?"
        rf"(?P<unit>{NOT_LETTER_BEFORE}{units}){NOT_LETTER_AFTER}(?!\s*\d)"
    )
    after = (
        rf"(?P<count>(?<![\d.,:])\d{{1,3}}|{word(w.rel_numbers)})\s?"
        rf"(?P<unit>{alternation(w.rel_units)}){NOT_LETTER_AFTER}\.?\s*{word(w.rel_after, 'ago')}"
    )
    return before, after


def build(w: WordLists) -> Patterns:
    """Compile every pattern for the word lists `w`."""
    after = _after(w)
    ordinal = rf"(?:\s?{alternation(w.ordinals)}{NOT_LETTER_AFTER})?"
    era = rf"(?:\s?{word(w.era_markers)}\.?)?"
    conn = connector(w)
    hijri_mark = rf"(?:\s?(?P<hmark>{word(w.hijri_markers)})\.?)?"
    iso = (
        r"(?P<year>\d(?<![\d./-]\d)\d{3})(?P<sep>[-/.])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?![\d/-]|\.\d)"
        rf"{hijri_mark}(?:(?:t|{conn}){time_part(w)})?"
    )
    numeric = (
        rf"(?P<first>{DAY_DIGITS})(?<![\d/.-]\d\d)\s?(?P<sep>[-/.])\s?(?P<second_>[0-3]?\d)\s?(?P=sep)\s?"
        rf"(?P<year>\d{{4}}(?=\d\d?:\d\d)|(?:\d{{4}}|\d\d)(?![\d]|[./-]\d)){hijri_mark}{era}{after}"
    )
    hijri_month = _month(w, "hmonth", w.hijri_months)
    if w.solar_hijri_months:  # the Iranian calendar's months, read by the same reader ("۱۲ آبان ۱۴۰۴")
        hijri_month = f"(?:{hijri_month}|{_month(w, 'smonth', w.solar_hijri_months)})"
    hijri = (
        rf"{DAY}{DATE_SEP}{hijri_month}{DATE_SEP}"
        rf"(?P<year>1[34]\d\d)(?!\d)(?:\s?{word(w.hijri_markers)}\.?)?{after}"
    )
    year_word = rf"(?:{word(w.year_words)}\s*)?"
    day_word = rf"(?:{word(w.day_words)}\s*)?"  # "25th of July", Maltese "27 ta’ Ġunju"
    year_mark = rf"(?:\s?{word(w.year_marks)})?"  # Lithuanian "2027 m. rugpjūčio 21 d."
    no_year = rf"(?![\s,./-]{{0,4}}{year_word}\d{{4}}(?!\d))"
    relative_before, relative_after = _relative(w)
    sources = {
        "iso": iso,
        "dmy": rf"{DAY}{ordinal}{DATE_SEP}{day_word}{_month(w)}{DATE_SEP}{year_word}(?:{YEAR}|{SHORT_YEAR})"
               rf"{era}{after}",
        "mdy": rf"{_month(w, lead=True)}{DATE_SEP}{DAY}{ordinal},?{DATE_SEP}{YEAR}{era}{after}",
        "ymd": rf"{YEAR_FIRST}{year_mark}\.?\s{{1,3}}{_month(w)}{DATE_SEP}{DAY}{ordinal}{era}{after}",
        "numeric": numeric,
        "hijri": hijri,
        "yearless_dm": rf"{DAY}{ordinal}{DATE_SEP}{day_word}{_month(w)}{no_year}{after}",
        "yearless_md": rf"{_month(w, lead=True)}\s?{DAY}{ordinal}{no_year}{after}",
        "relative_before": relative_before,
        "relative_after": relative_after,
        "day_word": rf"{word(w.rel_days, 'dayword', guard_before=False)}(?:{conn}{time_part(w)})?",
        "time": time_part(w),
        "time_tail": rf"{time_part(w, 'p')}{conn}\Z",
        "connector": conn,
        "weekday": word(w.weekdays, "weekday", guard_before=False),
        "today_weekday": rf"{word(w.today_words, guard_before=False)}[\s,:(\-]{{0,4}}{word(w.weekdays, 'weekday')}",
        "month": word(w.months, guard_before=False),
        "hijri_month": word((*w.hijri_months, *w.solar_hijri_months), guard_before=False),
        "ago": word(w.rel_after, guard_before=False),
        "digit": r"\d",
        # every ISO or numeric date holds this, from its year's last digit or its first part's last digit
        "numeric_gate": r"\d\s?([-/.])\s?\d\d?\s?\1\s?\d",
    }
    return Patterns(
        sources,
        today_pieces=pieces(w.today_words),
        ago_pieces=pieces(w.rel_after),
        before_pieces=pieces(w.rel_before),
        day_word_pieces=pieces(w.rel_days),
    )

"""The date engine's shortcuts give exactly what the plain, slow way gives."""

from __future__ import annotations

import re
from dataclasses import FrozenInstanceError

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.dates import DateResult, DateVocabulary
from newsparse.dates.engine import _dated, _leftmost, _split_hijri, holds, search_guarded
from newsparse.dates.folding import Folded, _changes, _fold_slow, _table, fold, fold_word
from newsparse.dates.patterns import Patterns
from newsparse.dates.result import make_result

_TABLE = _table()
_KEYS = "".join(sorted(chr(code) for code in _TABLE))


def _reference_fold(text: str) -> Folded:
    """Folding as one `str.translate` pass, then lower case (the definition `fold` must keep).

    ASCII text is only lower-cased (a tab in it stays a tab), as it always was.
    """
    translated = text if text.isascii() else text.translate(_TABLE)
    lowered = translated.lower()
    if len(lowered) != len(translated) or any(len(_TABLE.get(ord(ch)) or "") > 1 for ch in text):
        return _fold_slow(text, _TABLE)
    if len(translated) == len(text):
        return Folded(lowered, text)
    return Folded(lowered, text, tuple(i for i, ch in enumerate(text) if _TABLE.get(ord(ch), ch) is None))


def test_folded_forms_are_not_folded_again() -> None:
    changed = _changes()[0]
    assert all(ch not in changed for value in changed.values() if value for ch in value)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from(_KEYS), st.sampled_from("ابتثجحخدالمنهوي 0123456789:/-.,AaİßŉǅΣ"),
                                  st.characters()), max_size=60))
def test_fold_is_one_translate_pass(text: str) -> None:
    assert fold(text) == _reference_fold(text)


def test_folding_neither_makes_nor_removes_digits() -> None:
    """`parse_time` and the engine look for a digit before folding."""
    digit = re.compile(r"\d")
    for code, value in _TABLE.items():
        assert bool(digit.search(chr(code))) == bool(digit.search(value or "")), hex(code)


@pytest.mark.parametrize("languages", [("ar", "en"), ("en",), ("fr", "en"), ("ar",), ("fr",)])
def test_every_word_holds_one_of_its_pieces(languages: tuple[str, ...]) -> None:
    vocabulary = DateVocabulary.builtin(languages)
    lists = {
        "today_pieces": vocabulary.data.get("today_words", []),
        "ago_pieces": vocabulary.data.get("relative", {}).get("after", []),
        "before_pieces": vocabulary.data.get("relative", {}).get("before", []),
        "day_word_pieces": [w for ws in vocabulary.data.get("relative", {}).get("days", {}).values() for w in ws],
    }
    for name, words in lists.items():
        found = getattr(vocabulary.patterns, name)
        for word in words:
            folded = fold_word(word)
            assert holds(folded.replace(" ", "\t \n"), found), (name, word)


def test_make_result_is_the_dataclass() -> None:
    made = make_result("2024-02-20", "20 Feb 2024", ("w",), (3, 14))
    built = DateResult("2024-02-20", "20 Feb 2024", ("w",), (3, 14))
    assert (made, repr(made), hash(made), type(made)) == (built, repr(built), hash(built), type(built))
    with pytest.raises(FrozenInstanceError):
        made.iso = None  # type: ignore[misc]


#: The numeric gate as it was before it asked for two equal separators.
_WEAK_GATE = re.compile(r"\d\s?[-/.]\s?\d")


def _reference_dated(text: str, p: Patterns) -> tuple[str, re.Match[str]] | None:
    """`engine._dated` searching every family in full from the start of the line."""
    month_match = p.month.search(text)
    month = month_match.start() if month_match else None
    near = month - 16 if month is not None and month > 16 else 0
    gate = _WEAK_GATE.search(text)
    iso = hijri_iso = numeric = hijri_numeric = None
    if gate is not None:
        begin = max(0, gate.start() - 3)
        iso, hijri_iso = _split_hijri(p.iso, text, begin)
        numeric, hijri_numeric = _split_hijri(p.numeric, text, begin)
    gregorian = [("iso", iso), ("numeric", numeric)]
    if month is not None:
        gregorian += [("dmy", p.dmy.search(text, near)), ("mdy", search_guarded(p.mdy, text, month)),
                      ("ymd", p.ymd.search(text))]
    best = _leftmost(gregorian)
    if best is not None:
        return best
    hijri = [("iso", hijri_iso), ("numeric", hijri_numeric)]
    hijri_month = search_guarded(p.hijri_month, text)
    if hijri_month:
        hijri.append(("hijri", p.hijri.search(text, max(0, hijri_month.start() - 16))))
    best = _leftmost(hijri)
    if best is not None or month is None:
        return best
    dm, md = p.yearless_dm.search(text, near), search_guarded(p.yearless_md, text, month)
    return _leftmost([("yearless_dm", dm), ("yearless_md", md)])


#: What date-like test lines are made of, separated by single spaces.
_PIECES = (
    "2024-02-20 2024/02/20 1445-08-10 20/02/2024 20-02-24 02/20/2024 7/3/1429 13/3/2008 12.03.2024 2024.3.12 "
    "1429 هـ 2024 2024. m. 1445 20 3 12 31 Feb February Jun juin mars mai Aug. فبراير شباط شعبان رمضان جمادى الآخرة "
    "Tue mardi الثلاثاء 10:30 14h34 pm GMT +0300 at le الساعة of th er - / . , ( ) | T ١٨ ٢٠٢٣ ٠٣:٢٧"
)
_DATE_PIECES = st.sampled_from(_PIECES.split(" "))


def _assert_dated_as_full_search(text: str) -> None:
    patterns = DateVocabulary.builtin().patterns
    folded = fold(text).text
    digit = patterns.digit.search(folded)
    if digit is None:
        return
    found, expected = _dated(folded, patterns, digit.start()), _reference_dated(folded, patterns)
    assert (found and (found[0], found[1].span())) == (expected and (expected[0], expected[1].span())), text


@pytest.mark.parametrize(
    "text",
    [
        "mars 12 february 2024 jun 4, 2024",  # a day-month-year date before the first month-first one
        "1/2/3 2024-03-12 05/06/2024",  # an ISO date before the first numeric one
        "1234-1-2/3/2024 2024-01-02",  # a numeric date after an ISO-looking gate, before the ISO date
        "x 1/2/2024",  # the gate right at the first digit
        "x 12 رمضان 1445 هـ",  # a Hijri month word right after the first digit
    ],
)
def test_dated_search_on_lines_that_test_its_shortcuts(text: str) -> None:
    _assert_dated_as_full_search(text)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(_DATE_PIECES, st.sampled_from(["", " ", " ", ", ", " - ", "/", "  "])), max_size=10))
def test_dated_search_finds_what_a_full_search_finds(parts: list[tuple[str, str]]) -> None:
    """The gates and the search order of `_dated` skip only searches whose match could not come first."""
    _assert_dated_as_full_search("".join(piece + sep for piece, sep in parts))

"""The date engine's shortcuts give exactly what the plain, slow way gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.dates import DateVocabulary
from newsparse.dates.engine import holds
from newsparse.dates.folding import Folded, _changes, _fold_slow, _table, fold, fold_word

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

"""Folding: the matching form of a text, with a map back to the original positions.

Date patterns are compiled against folded words, and run on folded text, so that
"أبريل"/"ابريل"/"إبريل", "مساءً"/"مساءا", "Février"/"fevrier" and "٢٠٢٤"/"2024" all look
the same to them. Folding may drop characters (tatweel, diacritics, invisible marks), so a
`Folded` keeps, for each folded character, the index of the original character it came
from; `span()` turns a match span on the folded text back into a span on the original.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .numerals import DIGITS

_DROP = (
    "\u0640"  # tatweel
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658"
    "\u0659\u065a\u065b\u065c\u065d\u065e\u065f\u0670"  # Arabic diacritics, superscript alef
    "\u200b\u200c\u200d\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e"
    "\ufeff\u00ad"  # zero-width and bidi controls, BOM, soft hyphen
)
_LETTERS = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ئ": "ي", "ک": "ك", "ة": "ه",
    "ۀ": "ه", "ھ": "ه", "ؤ": "و", "گ": "ك",
    "،": ",", "؛": ";", "٫": ".", "٬": ",", "؍": "/", "\u066a": "%",
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ",
    "\t": " ", "\u3000": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u2019": "'", "\u2018": "'", "\u02bc": "'",
}


def _latin_base(ch: str) -> str | None:
    """The base letter of a precomposed accented Latin letter ('é' -> 'e'), else None."""
    decomposed = unicodedata.normalize("NFD", ch)
    if len(decomposed) > 1 and decomposed[0].isascii() and decomposed[0].isalpha():
        return decomposed[0]
    return None


@lru_cache(maxsize=1)
def _table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(ch): None for ch in _DROP}
    table.update({ord(k): v for k, v in _LETTERS.items()})
    table.update(DIGITS)
    for code in range(0x00C0, 0x0250):
        base = _latin_base(chr(code))
        if base is not None:
            table[code] = base
    for code in range(0x0300, 0x0370):  # combining marks of decomposed Latin text
        table[code] = None
    return table


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded text and, when folding changed lengths, the original index of each folded char."""

    text: str
    original: str
    index: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the folded text to the original text."""
        if self.index is None:
            return start, end
        orig_start = self.index[start]
        orig_end = self.index[end] if end < len(self.index) else len(self.original)
        # Characters dropped right after the span (tatweel of "هـ", a final diacritic) belong to it.
        return orig_start, orig_end

    def original_slice(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.original[a:b]


def fold_word(word: str) -> str:
    """Fold a vocabulary word the way texts are folded, and collapse its inner white space."""
    return " ".join(fold(word).text.split())


def fold(text: str) -> Folded:
    """Fold `text` for matching; see the module docstring."""
    table = _table()
    translated = text.translate(table)
    if len(translated) == len(text):
        lowered = translated.lower()
        if len(lowered) == len(text):
            return Folded(lowered, text)
    return _fold_slow(text, table)


def _fold_slow(text: str, table: dict[int, str | None]) -> Folded:
    """Character by character folding that records where each folded character came from."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        mapped = table.get(ord(ch), ch)
        if mapped is None:
            continue
        for out in mapped.lower():
            chars.append(out)
            index.append(i)
    return Folded("".join(chars), text, tuple(index))

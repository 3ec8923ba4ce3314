"""Folding: the matching form of a text, with a map back to the original positions.

Date patterns are compiled against folded words, and run on folded text, so that
"أبريل"/"ابريل"/"إبريل", "مساءً"/"مساءا", "Février"/"fevrier" and "٢٠٢٤"/"2024" all look
the same to them. Folding may drop characters (tatweel, diacritics, invisible marks), so a
`Folded` keeps, for each folded character, the index of the original character it came
from; `span()` turns a match span on the folded text back into a span on the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from .numerals import DIGITS

_DROP = (
    "\u0640"  # tatweel
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658"
    "\u0659\u065a\u065b\u065c\u065d\u065e\u065f\u0670"  # Arabic diacritics, superscript alef
    "\u200b\u200c\u200d\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e"
    "\ufeff\u00ad"  # zero-width and bidi controls, BOM, soft hyphen
    "日"  # the day's mark of a Chinese or Japanese date: "2027年5月2日"
)
_LETTERS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ی": "ي",
    "ئ": "ي",
    "ک": "ك",
    "ة": "ه",
    "ۀ": "ه",
    "ھ": "ه",
    "ؤ": "و",
    "گ": "ك",
    "،": ",",
    "؛": ";",
    "٫": ".",
    "٬": ",",
    "؍": "/",
    "\u066a": "%",
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\t": " ",
    "\u3000": " ",
    # the year and month marks of Chinese and Japanese dates (the day's is dropped): "2027年5月2日 16:20" reads as
    # "2027-5-2 16:20"
    "年": "-",
    "月": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
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
    for first, last in ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF)):  # Arabic presentation forms (PDF text)
        for code in range(first, last):
            shaped = _presentation_form(chr(code), table)
            if shaped is not None:
                table[code] = shaped
    return table


def _presentation_form(ch: str, table: dict[int, str | None]) -> str | None:
    """The folded letters of an Arabic presentation form ('ﻫ' -> 'ه', 'ﻻ' -> 'لا'), else None."""
    plain = unicodedata.normalize("NFKC", ch)
    if plain == ch or not plain.strip():
        return None
    folded = "".join(table.get(ord(c), c) or "" for c in plain if not c.isspace())
    return folded or None


@lru_cache(maxsize=1)
def _dropped_pattern() -> re.Pattern[str]:
    """Matches exactly the characters the folding table removes."""
    gone = "".join(re.escape(chr(code)) for code, value in _table().items() if value is None)
    return re.compile(f"[{gone}]")


class Folded(NamedTuple):
    """A folded text; `dropped` lists the original indexes of characters folding removed.

    `index` is used instead when folding changed lengths some other way (a lower-cased
    letter that became two): then it holds the original index of every folded character.
    """

    text: str
    original: str
    dropped: tuple[int, ...] = ()
    index: tuple[int, ...] | None = None

    def position(self, folded: int) -> int:
        """Original index of the folded character at `folded` (len(original) past the end)."""
        if self.index is not None:
            return self.index[folded] if folded < len(self.index) else len(self.original)
        position = folded
        for gone in self.dropped:
            if gone > position:
                break
            position += 1
        return position

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the folded text to the original text.

        Characters dropped right after the span (the tatweel of "هـ", a final diacritic)
        are part of it.
        """
        if not self.dropped and self.index is None:
            return start, end
        if self.index is not None and end > start:  # never cut a ligature ('ﻻ' -> 'لا') in two
            return self.position(start), max(self.index[end - 1] + 1, self.position(end))
        return self.position(start), self.position(end)

    def original_slice(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.original[a:b]


def fold_word(word: str) -> str:
    """Fold a vocabulary word the way texts are folded, and collapse its inner white space."""
    return " ".join(fold(word).text.split())


@lru_cache(maxsize=1)
def _changes() -> tuple[dict[str, str | None], re.Pattern[str], frozenset[str], frozenset[str]]:
    """The characters folding changes: their folded form, a pattern finding them, and which
    of them are dropped and which expand to several characters.

    No folded form holds a character that folding changes (tests check this), so replacing
    the changed characters one kind at a time gives what one `str.translate` pass gives,
    and `str.replace` scans much faster than `translate` looks characters up one by one.
    """
    changed = {chr(code): value for code, value in _table().items() if value != chr(code)}
    pattern = re.compile("[" + "".join(re.escape(ch) for ch in sorted(changed)) + "]")
    dropped = frozenset(ch for ch, value in changed.items() if value is None)
    expanding = frozenset(ch for ch, value in changed.items() if value is not None and len(value) > 1)
    return changed, pattern, dropped, expanding


#: Makes a `Folded` without the Python-level __new__ of NamedTuple: a C call, and fold runs on every searched line.
_new_folded = tuple.__new__


def fold(text: str) -> Folded:
    """Fold `text` for matching; see the module docstring."""
    if text.isascii():
        return _new_folded(Folded, (text.lower(), text, (), None))
    changed, pattern, dropping, expanding = _changes()
    present = set(pattern.findall(text))
    translated = text
    for ch in present:
        translated = translated.replace(ch, changed[ch] or "")
    lowered = translated.lower()
    if len(lowered) == len(translated) and present.isdisjoint(expanding):
        if present.isdisjoint(dropping):
            return _new_folded(Folded, (lowered, text, (), None))
        dropped = tuple(m.start() for m in _dropped_pattern().finditer(text))
        return _new_folded(Folded, (lowered, text, dropped, None))
    return _fold_slow(text, _table())


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
    return Folded("".join(chars), text, (), tuple(index))

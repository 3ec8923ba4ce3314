"""Bytes to text: the encodings scraped Arabic, English and French dumps really come in.

The cascade is deterministic, so the same bytes always decode the same way:
a byte-order mark wins (UTF-8, UTF-16); then strict UTF-8; then Windows-1256 when the
bytes read as Arabic in it, or as French with Arabic words in it (a Maghreb site's menu);
then Windows-1252 when they read as Latin-script text in it (a French page's legacy
encoding), or ISO-8859-15 when that text has none of Windows-1252's punctuation and reads
"c½ur" or "12 ¤" where Latin-9 has "cœur" and "12 €". Anything else is an error for that
file, never text with replacement characters silently put in: another code page must be
named with --encoding.

A detector such as charset-normalizer guesses among a hundred encodings, and on these
short texts guesses wrong (a French page with an Arabic menu as mac_latin2, Spanish as
cp1250).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from .errors import InputError
from .normalize import WORD

_BOMS = (  # UTF-32's first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# In Windows-1256 the Arabic letters sit in 0xC1-0xFE and 0x8A-0x9F, but French letters keep
# their Latin-1 places among them (à â ç è é ê ë î ï ô ù û ü, and × ÷): a Latin-1 French
# file would "decode" as Windows-1256 too. Text that really is Arabic has most of its high
# bytes on Arabic letters proper.
_CP1256_LATIN = frozenset({0xD7, 0xE0, 0xE2, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEE, 0xEF, 0xF4, 0xF7, 0xF9, 0xFB, 0xFC})
_CP1256_ARABIC = (frozenset(range(0xC1, 0xFF)) - _CP1256_LATIN) | frozenset(
    {0x81, 0x8A, 0x8D, 0x8E, 0x8F, 0x90, 0x98, 0x9F}
)
# Latin-1 Spanish, Portuguese or Italian puts its accented letters (á í ó ú ñ) on the same
# bytes, but one at a time inside a word of ASCII letters ("anunci\xf3", "ma\xf1ana"); Arabic
# letters come in runs, between spaces and punctuation.
_GLUED_TO_ASCII_LETTER = re.compile(rb"(?<=[A-Za-z])[\x80-\xff]|[\x80-\xff](?=[A-Za-z])")
_MAX_GLUED_SHARE = 0.25
# An Arabic word inside Latin text: a run of three bytes or more on Arabic letters ("ÇáäÓÎÉ" is "النسخة"); Latin-1
# letters on those bytes come one at a time inside Latin words
_CP1256_ARABIC_WORD = re.compile(b"[" + b"".join(re.escape(bytes([byte])) for byte in sorted(_CP1256_ARABIC)) + b"]{3}")
# An Arabic vowel mark after no Arabic letter: Latin-1's ó ú ñ read in Windows-1256
_STRAY_VOWEL_MARK = re.compile("(?<![\u0621-\u064a\u064b-\u0652])[\u064b-\u0652]")
# What French text in Windows-1256 may hold beyond ASCII and letters: its punctuation and signs.
_CP1256_SIGNS = frozenset("\xa0«»‘’‚“”„–—…•€°·©®™×÷§‹›£،؛؟")
_LETTERS_AND_MARKS = frozenset({"Lu", "Ll", "Lo", "Lm", "Lt", "Mn"})
# What Latin text in Windows-1252 may hold beyond ASCII and Latin letters: its punctuation, signs and the soft hyphen.
_CP1252_SIGNS = frozenset("\xa0\xad«»‘’‚“”„–—…•€°·©®™×÷§£¥¢¤¿¡ºª¹²³¼½¾µ¶¦¨´¸¯¬‹›†‡‰ˆ˜")
# In Latin text most letters beyond ASCII touch an ASCII letter ("é" in "Québec"); some stand alone ("à").
_MIN_LATIN_GLUED_SHARE = 0.5
# Latin-9's œ, Œ and € read in Windows-1252: "½", "¼", "¤" glued to letters, or "¤" after a number.
_LATIN9_MISREAD = re.compile(r"[^\W\d_][½¼]|[½¼][^\W\d_]|\d\s?¤")
# A character of UTF-8 beyond ASCII: a lead byte and its continuation bytes.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# bytes.translate deletion tables, so that the counts run in C.
_LOW_BYTES = bytes(range(0x80))
_NOT_CP1256_ARABIC = bytes(byte for byte in range(256) if byte not in _CP1256_ARABIC)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    note: str = ""  # what decoding had to do, for the record's warnings


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode one article's bytes, automatically unless `encoding` is forced."""
    if not data.strip():
        raise InputError("empty input")
    decoded = _decode(data, encoding)
    require_text(decoded.text)
    return decoded


def require_text(text: str) -> None:
    """Raise InputError for a text with no letter or digit: a byte-order mark alone, white
    space and control characters are no article (and would give an empty record)."""
    if WORD.search(text) is None:
        raise InputError("empty input" if not text.strip(_NO_TEXT) else "no text: no letter or digit in it")


_NO_TEXT = " \t\r\n\x0b\x0c\ufeff\u200b\u200e\u200f\xa0"


def _decode(data: bytes, encoding: str | None) -> Decoded:
    if encoding:
        return _decode_forced(data, encoding)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _utf8_sig(data) if name == "utf-8-sig" else Decoded(_strict(data, name), name)
    if b"\x00" in data:
        raise InputError("binary data (NUL bytes) without a UTF-16 byte-order mark")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if _cut_in_last_character(data, utf8_error):
        return Decoded(data[: utf8_error.start].decode("utf-8"), "utf-8", _TRUNCATED)
    if _looks_like_cp1256_arabic(data) or _latin_with_cp1256_arabic_words(data):
        return Decoded(_strict(data, "cp1256"), "cp1256")
    latin = _as_cp1252_latin(data)
    if latin is not None:
        if not any(0x80 <= byte <= 0x9F for byte in data) and _latin9_signs(latin):
            return Decoded(data.decode("iso8859-15"), "iso8859-15")  # "cœur", "12 €": a French page in Latin-9
        return Decoded(latin, "cp1252")
    raise InputError(
        f"not valid UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}), "
        "not Windows-1256 Arabic and not Windows-1252 Latin text; force one with --encoding"
    )


def _decode_forced(data: bytes, encoding: str) -> Decoded:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    if encoding.replace("_", "-").lower() in ("utf-8", "utf8", "utf-8-sig"):
        return _utf8_sig(data)
    return Decoded(_strict(data, encoding), encoding)


def _utf8_sig(data: bytes) -> Decoded:
    """UTF-8 with or without a BOM, strictly, but for a last character the scraper cut off."""
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8-sig")
    except UnicodeDecodeError as exc:
        if _cut_in_last_character(data, exc):
            return Decoded(data[: exc.start].decode("utf-8-sig"), "utf-8-sig", _TRUNCATED)
        raise InputError(f"cannot decode as utf-8-sig: {exc.reason} at offset {exc.start}") from None


_TRUNCATED = "the input ends in the middle of a character (cut off by the scraper?); that character was dropped"


def _cut_in_last_character(data: bytes, error: UnicodeDecodeError) -> bool:
    """A byte-capped scrape cuts UTF-8 text inside its last character: everything before it is
    valid UTF-8 with characters beyond ASCII, and only the final, incomplete sequence (at most
    3 bytes) fails."""
    if error.reason != "unexpected end of data" or len(data) - error.start > 3:
        return False
    if data[: error.start].isascii():
        return False  # no UTF-8 before it to go by: "café" in Latin-1 ends the same way
    try:
        data[: error.start].decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"cannot decode as {encoding}: {exc.reason} at offset {exc.start}") from None


def _looks_like_cp1256_arabic(data: bytes) -> bool:
    high = len(data.translate(None, _LOW_BYTES))
    if not high:
        return False
    if len(data.translate(None, _NOT_CP1256_ARABIC)) / high < 0.8:
        return False
    return len(_GLUED_TO_ASCII_LETTER.findall(data)) / high <= _MAX_GLUED_SHARE


def _as_cp1252_latin(data: bytes) -> str | None:
    """The text of Latin-script bytes in Windows-1252, the legacy encoding of French and English pages (Latin-1 plus
    ’ “ ” … – — € Œ on 0x80-0x9F), or None. Its letters beyond ASCII must come one at a time inside words of
    ASCII letters ("l’État", "Québec"), as in French, Spanish or German: the Cyrillic, Greek or Hebrew of other code
    pages read as runs of accented Latin letters there ("Ïðèâåò"). UTF-8 with a bad byte in it is refused, as its
    characters would read as "Ã©"."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None  # a byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    high = len(data.translate(None, _LOW_BYTES))
    if sum(len(found) for found in _UTF8_SEQUENCE.findall(data)) * 2 >= high:
        return None
    letters = [char for char in text if not char.isascii() and char.isalpha()]
    if any(char not in _CP1252_SIGNS and not (char.isalpha() and "LATIN" in unicodedata.name(char, ""))
           for char in set(text) if not char.isascii()):
        return None
    if letters and len(_GLUED_TO_ASCII_LETTER.findall(data)) < len(letters) * _MIN_LATIN_GLUED_SHARE:
        return None
    return text


def _latin9_signs(text: str) -> bool:
    """Windows-1252 text that is ISO-8859-15 (Latin-9): no byte on its punctuation (0x80-0x9F), and the signs that
    stand where Latin-9 has œ, Œ and € read inside words or after a number ("c½ur", "12 ¤")."""
    return _LATIN9_MISREAD.search(text) is not None


def _latin_with_cp1256_arabic_words(data: bytes) -> bool:
    """French (or English) text with Arabic words in it, in Windows-1256: a Maghreb site's "النسخة العربية" in its
    menu, a name in Arabic after its French ("Taazour (تآزر)"). The French letters keep their Latin-1 bytes there."""
    if _CP1256_ARABIC_WORD.search(data) is None:
        return False
    text = data.decode("cp1256")  # (every byte has a character in Windows-1256)
    return _STRAY_VOWEL_MARK.search(text) is None and all(  # no control character, no stray sign
        char.isascii() or char in _CP1256_SIGNS or unicodedata.category(char) in _LETTERS_AND_MARKS
        for char in set(text))

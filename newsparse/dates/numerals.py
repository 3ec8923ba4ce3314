"""Digit systems: Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII, and digit-free number words."""

from __future__ import annotations

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"

#: One-to-one translation of every non-ASCII digit we accept to its ASCII digit.
DIGITS: dict[int, str] = {ord(ch): str(value) for digits in (ARABIC_INDIC, PERSIAN) for value, ch in enumerate(digits)}


def ascii_digits(text: str) -> str:
    """Return `text` with Arabic-Indic and Persian digits replaced by ASCII digits (same length)."""
    return text.translate(DIGITS)


#: One- and two-digit ASCII numbers ("7", "07", "31") -> their value; a dict lookup costs a fraction of int().
_SMALL: dict[str, int] = {text: value for value in range(100) for text in (str(value), f"{value:02d}")}


def number(text: str) -> int:
    """int(text) for the digits of a date part (an hour, a day, a year…); short ASCII ones are looked up."""
    value = _SMALL.get(text)
    return int(text) if value is None else value

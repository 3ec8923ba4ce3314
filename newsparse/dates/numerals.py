"""Digit systems: Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII, and digit-free number words."""

from __future__ import annotations

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"

#: One-to-one translation of every non-ASCII digit we accept to its ASCII digit.
DIGITS: dict[int, str] = {ord(ch): str(value) for digits in (ARABIC_INDIC, PERSIAN) for value, ch in enumerate(digits)}


def ascii_digits(text: str) -> str:
    """Return `text` with Arabic-Indic and Persian digits replaced by ASCII digits (same length)."""
    return text.translate(DIGITS)

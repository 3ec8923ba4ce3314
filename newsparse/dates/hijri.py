"""Hijri (Umm al-Qura) dates to Gregorian, with the maintained `hijridate` library."""

from __future__ import annotations

from datetime import date

from hijridate import Hijri


def to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Hijri date, or None when it does not exist or is out of the table's range."""
    try:
        gregorian = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(gregorian.year, gregorian.month, gregorian.day)

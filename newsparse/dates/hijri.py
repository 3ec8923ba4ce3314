"""Hijri dates to Gregorian: the lunar calendar (Umm al-Qura) with the maintained `hijridate` library, the Iranian
solar one with `jdatetime`."""

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


def solar_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Solar Hijri (Iranian) date, or None when it does not exist."""
    import jdatetime  # (imported when first needed: few pages print such a date, and it costs 6 ms)

    try:
        gregorian = jdatetime.date(year, month, day).togregorian()
    except (ValueError, OverflowError):
        return None
    return date(gregorian.year, gregorian.month, gregorian.day)

"""Relative dates ("منذ 3 ساعات", "yesterday", "il y a 2 jours") resolved against a reference."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

_SECONDS = {"second": 1, "minute": 60, "hour": 3600}
_DAYS = {"day": 1, "week": 7}
_MONTHS = {"month": 1, "year": 12}


def as_datetime(reference: datetime | date) -> datetime | None:
    """A naive datetime for a datetime reference (its wall clock); None for a plain date."""
    if isinstance(reference, datetime):
        return reference if reference.tzinfo is None else reference.replace(tzinfo=None)
    return None


def as_date(reference: datetime | date) -> date:
    return reference.date() if isinstance(reference, datetime) else reference


def ago(count: int, unit: str, reference: datetime | date) -> str:
    """ISO of `count` `unit`s before `reference`: minute precision for clock units, else a date."""
    moment = as_datetime(reference)
    if unit in _SECONDS:
        seconds = count * _SECONDS[unit]
        if moment is not None:
            return _minutes_iso(moment - timedelta(seconds=seconds))
        return (as_date(reference) - timedelta(days=seconds // 86400)).isoformat()
    if unit in _DAYS:
        return (as_date(reference) - timedelta(days=count * _DAYS[unit])).isoformat()
    return _months_before(as_date(reference), count * _MONTHS[unit]).isoformat()


def _minutes_iso(moment: datetime) -> str:
    """`moment.strftime("%Y-%m-%dT%H:%M")`, which isoformat gives several times faster for four-digit years."""
    if moment.year >= 1000:
        return moment.isoformat(timespec="minutes")
    return moment.strftime("%Y-%m-%dT%H:%M")


def _months_before(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def shifted_day(offset: int, reference: datetime | date) -> date:
    """The reference's day moved by `offset` days (yesterday is -1)."""
    return as_date(reference) + timedelta(days=offset)

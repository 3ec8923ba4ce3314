"""Times of day and zones: the clock groups of a match turned into numbers and an offset."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .numerals import number

_OFFSET = re.compile(r"([+-])\s?(\d{1,2})(?::?(\d{2}))?$")


class Clock(NamedTuple):
    """A time of day; `offset` is '+HH:MM' or an IANA zone name when a zone was stated."""

    hour: int
    minute: int
    second: int | None = None
    offset: str | None = None


#: Makes a `Clock` without the Python-level __new__ of NamedTuple (a C call; one per date read).
_new_clock = tuple.__new__
#: The groups of a time written after the date, and of one written before it ("p" groups).
_AFTER = ("hour", "ampm", "minute", "second", "zone")
_BEFORE = ("phour", "pampm", "pminute", "psecond", "pzone")


def clock_from(
    groups: Mapping[str, str | None], ampm: Mapping[str, str], offsets: Callable[[str], str | None]
) -> Clock | None:
    """The time in the groups of a match: the time after the date if any, else the one before.

    `offsets` turns a zone text into an offset (`zone_reader` of the vocabulary's zones).
    """
    names = _AFTER
    hour_text = groups.get("hour")
    if hour_text is None:
        names = _BEFORE
        hour_text = groups.get("phour")
        if hour_text is None:
            return None
    _, ampm_name, minute_name, second_name, zone_name = names
    hour = number(hour_text)
    marker = groups.get(ampm_name)
    if marker is not None:
        hour = _twelve_hour(hour, marker, ampm)
    minute = groups.get(minute_name)
    second = groups.get(second_name)
    zone = groups.get(zone_name)
    if zone is None and names is _BEFORE:
        zone = groups.get("zoneonly")  # the time before the date, its zone after it: "06:12 PM May 15, 2024 IST"
    offset = offsets(zone) if zone else None
    return _new_clock(Clock, (hour, number(minute) if minute else 0, number(second) if second else None, offset))


_NIGHT_EVENING_FROM = 6


def _twelve_hour(hour: int, marker: str, ampm: Mapping[str, str]) -> int:
    """Apply an am/pm marker: 02:47 م -> 14, 12:30 am -> 0; hours above 12 are left alone.
    A night marker ("ليلاً") is evening from 6 to 11 and the small hours after midnight:
    10:05 ليلاً -> 22, 01:30 ليلاً -> 1, 12 ليلاً -> 0."""
    if hour > 12:
        return hour
    half = ampm.get(" ".join(marker.split()))
    if half == "night":
        half = "pm" if _NIGHT_EVENING_FROM <= hour < 12 else "am"
    if half == "pm" and hour < 12:
        return hour + 12
    if half == "am" and hour == 12:
        return 0
    return hour


def zone_offset(zone: str | None, zones: Mapping[str, str]) -> str | None:
    """'+HH:MM' (or an IANA zone name) for a zone text: a zone word, a word plus an offset
    ('gmt+3', 'utc+00'), '+0000', '+03:00', or 'z'."""
    if zone is None:
        return None
    known = zones.get(zone)
    if known is not None:
        return known
    zone = " ".join(zone.split())
    if zone == "z":
        return "+00:00"
    match = _OFFSET.search(zone)
    word = zone[: match.start()].strip() if match else zone
    base = 0
    if word:
        if word not in zones:
            return None
        if is_zone_name(zones[word]):
            return zones[word]  # resolved with the date, see `resolve_offset`
        base = _minutes(zones[word])
    if match:
        sign = -1 if match.group(1) == "-" else 1
        base += sign * (int(match.group(2)) * 60 + int(match.group(3) or 0))
    return _format(base)


def zone_reader(zones: Mapping[str, str]) -> Callable[[str], str | None]:
    """`zone_offset` over `zones`, remembered per zone text: the zones news sites print are few."""

    @lru_cache(maxsize=256)
    def offset(zone: str) -> str | None:
        return zone_offset(zone, zones)

    return offset


def _minutes(offset: str) -> int:
    sign = -1 if offset[0] == "-" else 1
    return sign * (int(offset[1:3]) * 60 + int(offset[4:6]))


def _format(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def is_zone_name(value: str) -> bool:
    """True for an IANA zone name this machine's tz database knows ('Asia/Beirut')."""
    return "/" in value and _zone(value) is not None


def resolve_offset(offset: str | None, moment: datetime) -> str | None:
    """'+HH:MM' for an offset or an IANA zone name at the wall-clock time `moment`."""
    if offset is None or offset[0] in "+-":
        return offset
    return _zone_offset_at(offset, moment)


@lru_cache(maxsize=256)
def _zone_offset_at(name: str, moment: datetime) -> str | None:
    """'+HH:MM' of the IANA zone `name` at the wall-clock time `moment` (the lines of an article share it)."""
    zone = _zone(name)
    delta = zone.utcoffset(moment) if zone else None
    if delta is None:
        return None
    return _format(int(delta.total_seconds()) // 60)

"""The result type of the date engine and the wording of its warnings (stable: tests assert it)."""

from __future__ import annotations

from dataclasses import dataclass, fields

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

NO_DATE = "No date found."
ONLY_TIME = "Only a time was found, no date."
NO_YEAR = "The date has no year."
YEAR_FROM_REFERENCE = "The year was taken from the reference date."
NEEDS_REFERENCE = "A relative date needs a reference date."
AFTER_REFERENCE = "The date is after the reference date."
BAD_HIJRI = "The Hijri date could not be converted."
HIJRI_SHIFTED = "The Hijri date was moved by one day to match the weekday."
MONTHS_DISAGREE = "The paired month names disagree; the first was used."


def weekday_contradicts(said: int, actual: int) -> str:
    """Warning for a weekday name that does not match the date."""
    return f"The weekday in the text ({WEEKDAY_NAMES[said]}) contradicts the date ({WEEKDAY_NAMES[actual]})."


def no_such_date(year: int, month: int, day: int) -> str:
    return f"The date {year:04d}-{month:02d}-{day:02d} does not exist."


def year_out_of_range(year: int) -> str:
    return f"The year {year} is outside 1900-2100."


@dataclass(frozen=True, slots=True)
class DateResult:
    """A publication date read from text.

    `iso` is the RECORD.md form ('YYYY-MM-DD', 'YYYY-MM-DDTHH:MM[:SS]', with '+HH:MM' when the
    text states a zone) or None; `raw` is the date text exactly as found, `span` its position
    in the searched text.
    """

    iso: str | None
    raw: str | None
    warnings: tuple[str, ...] = ()
    span: tuple[int, int] | None = None


#: The slot setters of DateResult's fields, in order (see `make_result`).
_SETTERS = tuple(DateResult.__dict__[field.name].__set__ for field in fields(DateResult))
_new_object = object.__new__


def make_result(iso: str | None, raw: str | None, warnings: tuple[str, ...], span: tuple[int, int]) -> DateResult:
    """`DateResult(iso, raw, warnings, span)`, made by filling its slots directly.

    The frozen dataclass __init__ goes through `object.__setattr__` for each field, which makes it
    about twice as slow; the engine builds one result per date it finds.
    """
    result = _new_object(DateResult)
    set_iso, set_raw, set_warnings, set_span = _SETTERS
    set_iso(result, iso)
    set_raw(result, raw)
    set_warnings(result, warnings)
    set_span(result, span)
    return result

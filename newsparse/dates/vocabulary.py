"""The date vocabulary: word lists loaded from YAML, validated, merged and compiled once.

A vocabulary is data (the packaged `newsparse/profiles/dates/<lang>.yaml` files, plus a
profile's `dates:` additions) turned into lookup tables and compiled patterns. Instances
are immutable; `builtin()` is cached per language tuple.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml

from .clock import is_zone_name, zone_reader
from .folding import fold_word
from .patterns import Patterns, WordLists, build

LANGUAGES: tuple[str, ...] = ("ar", "en", "fr")
UNITS: tuple[str, ...] = ("second", "minute", "hour", "day", "week", "month", "year")
_ZONE_OFFSET = re.compile(r"^[+-](?:0\d|1[0-4]):[0-5]\d$")

#: category -> (lowest key, highest key) for the mappings of numbered word lists.
_NUMBERED: dict[str, tuple[int, int]] = {"months": (1, 12), "hijri_months": (1, 12), "solar_hijri_months": (1, 12),
                                         "weekdays": (0, 6)}
_LISTS = ("ordinals", "am", "pm", "night", "era_markers", "hijri_markers", "connectors", "labels", "today_words",
          "zone_openings",
          "year_words", "day_words", "year_marks")
_FLAGS = ("dayfirst", "allow_missing_year")
_RELATIVE_KEYS = ("before", "after", "units", "dual", "numbers", "days")
_TOP_KEYS = frozenset({"language", "zones", "marked_zones", "relative", *_NUMBERED, *_LISTS, *_FLAGS})


def _words(value: Any, key: str) -> list[str]:
    """Validate a list of non-empty strings (a single string is accepted as a one-word list)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ValueError(f"dates.{key}: expected a list of words, got {value!r}")
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise ValueError(f"dates.{key}: expected a non-empty word, got {item!r}")
    return list(value)


def _int_key(raw: Any, key: str, low: int, high: int) -> int:
    try:
        number = int(raw)
    except (TypeError, ValueError):
        raise ValueError(f"dates.{key}: key {raw!r} is not a number from {low} to {high}") from None
    if not low <= number <= high or isinstance(raw, bool):
        raise ValueError(f"dates.{key}: key {raw!r} is not a number from {low} to {high}")
    return number


def _mapping(value: Any, key: str) -> Mapping[Any, Any]:
    if not isinstance(value, Mapping):
        raise ValueError(f"dates.{key}: expected a mapping, got {value!r}")
    return value


def _numbered(value: Any, key: str, low: int, high: int) -> dict[int, list[str]]:
    return {_int_key(k, key, low, high): _words(v, f"{key}.{k}") for k, v in _mapping(value, key).items()}


def _named(value: Any, key: str, names: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, words in _mapping(value, key).items():
        if name not in names:
            raise ValueError(f"dates.{key}: unknown key {name!r} (expected one of {', '.join(names)})")
        out[name] = _words(words, f"{key}.{name}")
    return out


def _zones(value: Any, key: str = "zones") -> dict[str, str]:
    out: dict[str, str] = {}
    for name, offset in _mapping(value, key).items():
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"dates.{key}: expected a zone word, got {name!r}")
        if key == "marked_zones":  # (matched as written, so a fixed offset: no zone name to resolve by date)
            if not isinstance(offset, str) or not _ZONE_OFFSET.match(offset):
                raise ValueError(f"dates.marked_zones.{name}: expected an offset like '+04:00', got {offset!r}")
        elif not isinstance(offset, str) or not (offset == "" or _ZONE_OFFSET.match(offset) or is_zone_name(offset)):
            raise ValueError(f"dates.{key}.{name}: expected an offset like '+03:00', a zone like 'Asia/Beirut' "
                             f"or '' (a zone whose offset is ambiguous), got {offset!r}")
        out[name] = offset
    return out


def _relative(value: Any) -> dict[str, Any]:
    data = _mapping(value, "relative")
    out: dict[str, Any] = {}
    for key, item in data.items():
        if key in ("before", "after"):
            out[key] = _words(item, f"relative.{key}")
        elif key in ("units", "dual"):
            out[key] = _named(item or {}, f"relative.{key}", UNITS)
        elif key == "numbers":
            out[key] = _numbered(item or {}, "relative.numbers", 0, 1000)
        elif key == "days":
            out[key] = _numbered(item or {}, "relative.days", -7, 7)
        else:
            raise ValueError(f"dates.relative: unknown key {key!r} (expected one of {', '.join(_RELATIVE_KEYS)})")
    return out


def validate(data: Any) -> dict[str, Any]:
    """Check a vocabulary mapping (YAML schema) and return it normalised; raise ValueError if bad."""
    data = _mapping(data, "")
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key not in _TOP_KEYS:
            raise ValueError(f"dates: unknown key {key!r} (expected one of {', '.join(sorted(_TOP_KEYS))})")
        if key in _NUMBERED:
            out[key] = _numbered(value or {}, key, *_NUMBERED[key])
        elif key in _LISTS:
            out[key] = _words(value or [], key)
        elif key in _FLAGS:
            if not isinstance(value, bool):
                raise ValueError(f"dates.{key}: expected true or false, got {value!r}")
            out[key] = value
        elif key in ("zones", "marked_zones"):
            out[key] = _zones(value or {}, key)
        elif key == "relative":
            out[key] = _relative(value or {})
        elif key == "language":
            if not isinstance(value, str):
                raise ValueError(f"dates.language: expected a language code, got {value!r}")
            out[key] = value
    return out


def _merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """Merge validated `extra` into a copy of `base`: lists are extended, mappings merged key by key."""
    merged = dict(base)
    for key, value in extra.items():
        old = merged.get(key)
        if isinstance(value, Mapping) and isinstance(old, Mapping):
            merged[key] = _merge(dict(old), value)
        elif isinstance(value, list) and isinstance(old, list):
            merged[key] = old + [v for v in value if v not in old]
        else:
            merged[key] = value
    return merged


def _lookup(table: Mapping[Any, list[str]], key: str) -> dict[str, Any]:
    """folded word -> value; a word given two different values is an error."""
    out: dict[str, Any] = {}
    for value, words in table.items():
        for w in words:
            folded = fold_word(w)
            if out.get(folded, value) != value:
                raise ValueError(f"dates.{key}: word {w!r} is given both {out[folded]!r} and {value!r}")
            out[folded] = value
    return out


def _folded(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(fold_word(w) for w in words)


@lru_cache(maxsize=8)
def _load_language(language: str) -> Mapping[str, Any]:
    path = resources.files("newsparse") / "profiles" / "dates" / f"{language}.yaml"
    with path.open(encoding="utf-8") as handle:
        return MappingProxyType(validate(yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))))


@dataclass(frozen=True, slots=True)
class Tables:
    """Folded word -> meaning, for reading what a pattern matched."""

    months: Mapping[str, int]
    hijri_months: Mapping[str, int]
    solar_hijri_months: Mapping[str, int]  # the Iranian calendar's ("۱۲ آبان ۱۴۰۴")
    weekdays: Mapping[str, int]
    ampm: Mapping[str, str]
    zones: Mapping[str, str]
    #: a zone as written, its marks kept (spaces collapsed) -> offset: "بتوقيت عُمان" is not "بتوقيت عمّان"
    marked_zones: Mapping[str, str]
    units: Mapping[str, str]
    duals: Mapping[str, str]
    numbers: Mapping[str, int]
    days: Mapping[str, int]
    #: zone text -> offset ('+HH:MM' or an IANA zone name), see clock.zone_offset; cached, so not data.
    offsets: Callable[[str], str | None] = field(compare=False, repr=False)


class DateVocabulary:
    """Immutable, compiled date vocabulary. Build with `builtin()` and `extended()`."""

    __slots__ = ("languages", "data", "defaults", "tables", "patterns", "labels", "connectors", "_by_language",
                 "_fallback")

    languages: tuple[str, ...]
    data: Mapping[str, Any]
    defaults: Mapping[str, tuple[bool, bool]]
    tables: Tables
    patterns: Patterns
    labels: tuple[str, ...]
    connectors: frozenset[str]  # folded words between a date and its time, or a name and a time ("at", "à")

    def __init__(self, data: Mapping[str, Any], defaults: Mapping[str, tuple[bool, bool]]) -> None:
        tables = _tables(data)
        words = _word_lists(data, tables)
        init = object.__setattr__
        init(self, "data", MappingProxyType(dict(data)))
        init(self, "defaults", MappingProxyType(dict(defaults)))
        init(self, "languages", tuple(defaults))
        init(self, "tables", tables)
        init(self, "patterns", build(words))
        init(self, "labels", tuple(data.get("labels", ())))
        init(self, "connectors", frozenset(fold_word(word) for word in data.get("connectors", ())))
        # a plain dict: `defaults` is read-only, and looking languages up in it costs more per call
        init(self, "_by_language", dict(defaults))
        init(self, "_fallback", next(iter(defaults.values()), (True, False)))

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("DateVocabulary is immutable")

    def __repr__(self) -> str:
        return f"DateVocabulary(languages={self.languages!r})"

    @classmethod
    def builtin(cls, languages: Sequence[str] = LANGUAGES) -> DateVocabulary:
        """The packaged vocabularies of `languages` merged (unknown codes are ignored), cached."""
        return _builtin(tuple(lang for lang in languages if lang in LANGUAGES) or LANGUAGES)

    def extended(self, data: Mapping[str, Any]) -> DateVocabulary:
        """A new vocabulary with a profile's `dates:` additions; ValueError names a bad key/value."""
        extra = validate(data)
        defaults = dict(self.defaults)
        if "dayfirst" in extra or "allow_missing_year" in extra:
            defaults = {
                lang: (extra.get("dayfirst", first), extra.get("allow_missing_year", allow))
                for lang, (first, allow) in defaults.items()
            }
        return DateVocabulary(_merge(dict(self.data), extra), defaults)

    def dayfirst(self, language: str | None) -> bool:
        """Default reading of ambiguous numeric dates for `language` (first language when unknown)."""
        return self._by_language.get(language, self._fallback)[0]

    def allow_missing_year(self, language: str | None) -> bool:
        return self._defaults(language)[1]

    def _defaults(self, language: str | None) -> tuple[bool, bool]:
        return self._by_language.get(language, self._fallback)


@lru_cache(maxsize=16)
def _builtin(languages: tuple[str, ...]) -> DateVocabulary:
    data: dict[str, Any] = {}
    defaults: dict[str, tuple[bool, bool]] = {}
    for lang in languages:
        part = _load_language(lang)
        defaults[lang] = (part.get("dayfirst", True), part.get("allow_missing_year", False))
        data = _merge(data, part)
    data.pop("dayfirst", None)
    data.pop("allow_missing_year", None)
    data.pop("language", None)
    return DateVocabulary(data, defaults)


def _tables(data: Mapping[str, Any]) -> Tables:
    relative = data.get("relative", {})
    ampm = {
        **{fold_word(w): "am" for w in data.get("am", [])},
        **{fold_word(w): "pm" for w in data.get("pm", [])},
        **{fold_word(w): "night" for w in data.get("night", [])},
    }
    zones = _with_other_openings({fold_word(name): offset for name, offset in data.get("zones", {}).items()},
                                 [fold_word(word) for word in data.get("zone_openings", [])])
    return Tables(
        months=_lookup(data.get("months", {}), "months"),
        hijri_months=_lookup(data.get("hijri_months", {}), "hijri_months"),
        solar_hijri_months=_lookup(data.get("solar_hijri_months", {}), "solar_hijri_months"),
        weekdays=_lookup(data.get("weekdays", {}), "weekdays"),
        ampm=ampm,
        zones=zones,
        marked_zones={" ".join(name.split()): offset for name, offset in data.get("marked_zones", {}).items()},
        units=_lookup(relative.get("units", {}), "relative.units"),
        duals=_lookup(relative.get("dual", {}), "relative.dual"),
        numbers=_lookup(relative.get("numbers", {}), "relative.numbers"),
        days=_lookup(relative.get("days", {}), "relative.days"),
        offsets=zone_reader(zones),
    )


def _with_other_openings(zones: dict[str, str], openings: list[str]) -> dict[str, str]:
    """`zones`, and each zone whose name opens with one of `openings` under every other opening too: "بتوقيت
    نواكشوط" is also read as "توقيت نواكشوط" (the words a site writes before a capital's name vary, its offset
    does not). A zone listed under that name already keeps its own offset."""
    if not openings:
        return zones
    spelled = dict(zones)
    for name, offset in zones.items():
        first, _, rest = name.partition(" ")
        if rest and first in openings:
            for other in openings:
                spelled.setdefault(f"{other} {rest}", offset)
    return spelled


def _word_lists(data: Mapping[str, Any], tables: Tables) -> WordLists:
    relative = data.get("relative", {})
    return WordLists(
        months=tuple(tables.months),
        hijri_months=tuple(tables.hijri_months),
        solar_hijri_months=tuple(tables.solar_hijri_months),
        weekdays=tuple(tables.weekdays),
        ordinals=_folded(data.get("ordinals", [])),
        ampm=tuple(tables.ampm),
        zones=tuple(tables.zones),
        era_markers=_folded(data.get("era_markers", [])),
        hijri_markers=_folded(data.get("hijri_markers", [])),
        connectors=_folded([*data.get("connectors", []), *data.get("labels", [])]),
        today_words=_folded(data.get("today_words", [])),
        year_words=_folded(data.get("year_words", [])),
        day_words=_folded(data.get("day_words", [])),
        year_marks=_folded(data.get("year_marks", [])),
        rel_before=_folded(relative.get("before", [])),
        rel_after=_folded(relative.get("after", [])),
        rel_units=tuple(tables.units),
        rel_duals=tuple(tables.duals),
        rel_numbers=tuple(tables.numbers),
        rel_days=tuple(tables.days),
    )

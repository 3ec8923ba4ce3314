"""The parsing pipeline, in the one place its stage order is written:

    decode → normalise → lines → choose profile → classify + lay out → assemble → Record
"""

from __future__ import annotations

import functools
import json
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from . import assemble
from .classify import Line, make_lines
from .dates import DateVocabulary, page_day_order, weekday_mentioned_today
from .dates.result import WEEKDAY_NAMES
from .decode import decode
from .layout import Claim, LayoutReader
from .normalize import clean_lines, normalise_text, tab_separated_menus, tab_separated_titles
from .profile import Profile, builtin_profiles, load_profile
from .record import Record, content_id
from .select import choose_profile


@dataclass(frozen=True, slots=True)
class Options:
    """Everything that changes how a text is parsed, fixed once per run."""

    profile: Profile | None = None
    reference: datetime | date | None = None
    dayfirst: bool | None = None


def parse_text(text: str, *, path: str | None = None, profile: str | Path | Profile | None = None,
               reference: datetime | date | None = None, encoding: str | None = None) -> Record:
    """Parse one article's text into a record. Pure: the same text gives the same record."""
    options = Options(_as_profile(profile), reference)
    return parse_normalised(normalise_text(text), path="-" if path is None else path, options=options,
                            encoding=encoding)


def parse_file(path: str | os.PathLike[str], *, profile: str | Path | Profile | None = None,
               encoding: str | None = None, reference: datetime | date | None = None) -> Record:
    """Read, decode and parse one article file (raises InputError when it cannot be read)."""
    options = Options(_as_profile(profile), reference)
    return parse_bytes(Path(path).read_bytes(), path=os.fspath(path), options=options, encoding=encoding)


def parse_bytes(data: bytes, *, path: str, options: Options, encoding: str | None = None) -> Record:
    """Decode and parse one input's bytes (what the batch runner calls for each input)."""
    decoded = decode(data, encoding)
    return parse_normalised(normalise_text(decoded.text), path=path, options=options, encoding=decoded.encoding,
                            note=decoded.note)


@dataclass(frozen=True, slots=True)
class Reading:
    """How one text was read: the profile chosen and every line's claim (for `explain`)."""

    profile: Profile
    vocabulary: DateVocabulary
    claims: list[Claim]


def read_lines(text: str, options: Options) -> Reading:
    """Stages up to the line roles: lines → profile → classify + lay out."""
    lines = content_lines(text)
    profile = options.profile or choose_profile(lines, builtin_profiles())
    vocabulary = _vocabulary(profile)
    dayfirst = page_day_order(text) if options.dayfirst is None else options.dayfirst
    claims = LayoutReader(profile, vocabulary, options.reference, dayfirst).read(
        lines, tab_menus=tab_separated_menus(text), tab_titles=tab_separated_titles(text))
    return Reading(profile, vocabulary, claims)


def parse_normalised(text: str, *, path: str, options: Options, encoding: str | None = None,
                     note: str = "") -> Record:
    reading = read_lines(text, options)
    profile, vocabulary = reading.profile, reading.vocabulary
    parts = assemble.Parts(reading.claims)
    found_date, warnings, dated = assemble.publication_date(parts, vocabulary, profile.print_issue_labels)
    keywords, keyword_warnings = assemble.keywords(parts, profile)
    warnings += keyword_warnings
    warnings += _date_warnings(found_date, parts.body, profile, vocabulary)
    if encoding and encoding not in ("utf-8", "utf-8-sig", "ascii"):
        warnings.append(f"decoded as {encoding}")
    if note:
        warnings.append(note)
    if parts.headline is None:
        warnings.append("no headline found")
    if not parts.body:
        warnings.append("no body paragraphs found")
    return Record(
        id=content_id(text),
        path=path,
        language=profile.language,
        profile=profile.name,
        headline=parts.headline,
        date=found_date.iso if found_date else None,
        date_raw=found_date.raw if found_date else None,
        authors=assemble.authors(parts),
        body="\n\n".join(parts.deck + parts.body if profile.deck_in_body else parts.body),
        sources=assemble.sources(parts, profile),
        keywords=keywords,
        read_also=assemble.read_also(parts),
        unparsed=tuple(parts.unparsed),
        warnings=tuple(warnings),
        boilerplate=assemble.chrome(parts, dated),
        deck="\n\n".join(parts.deck) or None,
    )


def content_lines(text: str) -> list[Line]:
    """The non-empty lines of a normalised text, cleaned, numbered from 1."""
    return make_lines(clean_lines(text))


def _as_profile(profile: str | Path | Profile | None) -> Profile | None:
    if profile is None or isinstance(profile, Profile):
        return profile
    return load_profile(profile)


def _vocabulary(profile: Profile) -> DateVocabulary:
    return _vocabulary_for(profile.dates_key)


@functools.lru_cache(maxsize=32)
def _vocabulary_for(dates_key: str) -> DateVocabulary:
    """The compiled date vocabulary of a profile's `dates:` settings, built once per process."""
    dates = json.loads(dates_key)
    language = dates.pop("language", None)
    vocabulary = DateVocabulary.builtin(tuple(dates.pop("languages", [language or "en"])))
    return vocabulary.extended(dates) if dates else vocabulary


def _date_warnings(found, body: list[str], profile: Profile, vocabulary: DateVocabulary) -> list[str]:
    if found is None:
        return ["no date found"]
    warnings = list(found.warnings)
    if found.iso is None:
        if not warnings:
            warnings.append(f"date not understood: {found.raw!r}")
        return warnings
    if body:
        today = weekday_mentioned_today(body[0], language=profile.language, vocabulary=vocabulary)
        actual = date.fromisoformat(found.iso[:10]).weekday()
        if today is not None and today != actual:
            warnings.append(
                f"first paragraph says today is {WEEKDAY_NAMES[today]} but the date {found.iso[:10]} "
                f"is a {WEEKDAY_NAMES[actual]}"
            )
    return warnings

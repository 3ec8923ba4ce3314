"""Rule profiles: YAML data in, one validated and compiled `Profile` out.

A profile file holds label words, byline patterns, boilerplate, keyword rules and date
words for a language or a site. It may `extends:` another profile (a built-in name or a
file path relative to it): lists are added to the parent's, mappings merged key by key,
scalars replaced; dotted keys listed under `replace:` replace the parent's value instead.
Everything is checked against `SCHEMA` at load, and every pattern compiled once.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple, TypeAlias

import regex
import yaml

from .alternation import Alternation
from .errors import ProfileError
from .glued import GluedChrome, glued_chrome
from .normalize import fold, letter_variant_pattern

Pattern: TypeAlias = "re.Pattern[str] | regex.Pattern[str]"
BUILTIN_NAMES = ("ar", "en", "fr")
# libyaml's safe loader when PyYAML was built with it (much faster); same safety either way.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
LABEL_KINDS = ("date", "updated", "source", "keywords", "read_also", "popular", "author", "navigation", "stop")

# Expected type of every key a profile may hold: a type, or a nested mapping of keys.
SCHEMA: dict[str, Any] = {
    "name": str,
    "extends": str,
    "replace": list,
    "description": str,
    "language": str,
    "detect": {"script": str, "words": list},
    "labels": {**{kind: list for kind in LABEL_KINDS}, "print_issue": list},
    "colon_optional": list,
    "bylines": list,
    "author_noise": list,
    "author_stop_words": list,
    "author_roles": list,
    "author_bio_roles": list,
    "author_bio_verbs": list,
    "author_bio_copulas": list,
    "author_box_heads": list,
    "closing_heads": list,
    "about_heads": list,
    "boilerplate": {"lines": list, "patterns": list, "photo_credit": list, "contains": list, "credit_endings": list,
                    "sentences": list, "date_line_fields": list, "address_words": list, "glued_buttons": list,
                    "glued_endings": list},
    "breadcrumb": {"home": list, "separators": list, "home_separators": list},
    "outlets": {"names": list, "wires": list, "words": list, "title_separators": list, "credit_words": list,
                "open_credit_words": list, "credit_closings": list, "republished_by": list, "own_report": list,
                "credit_sentences": list, "first_ran_in": list, "list_labels": list, "lowercase_names": list,
                "elided_articles": list,
                "institution_words": list, "jurisdiction_words": list, "unit_words": list},
    "keywords": {"delimiters": list, "function_words": list, "lexicon": list, "alphabetical": bool,
                 "hashtags": bool, "adjective_endings": list, "definite_article": str, "not_adjectives": list,
                 "name_links": list, "titles": list, "construct_heads": list, "tail_variants": dict, "pair_heads": list,
                 "adjective_shaped_nouns": list, "conjunction": str, "proclitics": dict,
                 "broken_plurals": list},
    "headline": {"min_words": int, "sections": list, "section_patterns": list, "tickers": list,
                 "tagline_words": list, "labels": list},
    "body": {"min_words": int, "sentence_end": str, "openers": list, "deck_in_body": bool, "date_sentences": list},
    "read_also": {"max_headline_words": int, "end": list},
    "comments": {"start": list, "heads": list},
    "dates": dict,
}


@dataclass(frozen=True, slots=True)
class KeywordRules:
    delimiters: regex.Pattern[str]
    function_words: frozenset[str]
    lexicon: frozenset[str]  # folded known multi-word tags
    alphabetical: bool
    hashtags: bool
    # per class of relational adjective: its endings, and the endings its noun needs (as written)
    # ... and whether the class is read only with the definite article (indefinite, it may be a name: "فوزي")
    adjective_endings: tuple[tuple[tuple[str, ...], tuple[str, ...], bool], ...] = ()
    definite_article: str = ""  # folded: an adjective agrees with its noun in having it or not
    not_adjectives: frozenset[str] = frozenset()  # folded words with those endings that are names
    name_links: frozenset[str] = frozenset()  # folded words that join a name's parts, never its last ("بن")
    titles: frozenset[str] = frozenset()  # folded titles a name follows in one tag ("الأمير", "الملك")
    construct_heads: frozenset[str] = frozenset()  # folded nouns that head a two-word tag ("وزارة الدفاع")
    pair_heads: frozenset[str] = frozenset()  # folded nouns that take two adjectives in a row ("العلاقات")
    adjective_shaped_nouns: frozenset[str] = frozenset()  # folded nouns that end like one ("الجالية")
    broken_plurals: frozenset[str] = frozenset()  # folded plurals that take a feminine adjective ("الحدود")
    conjunction: str = ""  # folded "and" glued to the word it joins ("و"): "والثقافة" goes on a tag
    # folded particle glued to a word's front -> what stands for it once cut, longest first ("لل" -> "ال")
    proclitics: Mapping[str, str] = field(default_factory=dict)
    # letter -> the letter it varies: a line that writes both puts the variants' tags in its tail ("ی" -> "ي")
    variant_letters: Mapping[str, str] = field(default_factory=dict)
    lexicon_starts: frozenset[str] = field(init=False)  # the first word of each lexicon tag
    # finds, in space-joined folded words, a word's particle (the longest first) and the three
    # letters or more after it
    proclitic_pattern: re.Pattern[str] | None = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lexicon_starts", frozenset(tag.split(" ", 1)[0] for tag in self.lexicon))
        particles = "|".join(map(re.escape, self.proclitics))  # longest first: the mapping is so ordered
        object.__setattr__(self, "proclitic_pattern",
                           re.compile(f" ({particles})([^ ]{{3,}})(?= )") if particles else None)


@dataclass(frozen=True, slots=True)
class Profile:
    """A compiled profile. Immutable and picklable (patterns pickle by source)."""

    name: str
    language: str | None
    script: str
    detect_words: frozenset[str]
    detect_words_utf8: frozenset[bytes]  # the same, encoded: Latin texts are counted from their bytes (select.py)
    label_pattern: re.Pattern[str]
    label_kinds: Mapping[str, str]
    label_first_words: frozenset[str]  # a line whose first word is not here is no label
    spaced_related_labels: tuple[str, ...]  # related labels of two words or more, longest first
    update_first_words: frozenset[str]  # the first word of each update label ("updated", "mis")
    colon_optional: frozenset[str]
    bylines: tuple[Pattern, ...]
    author_noise: Pattern | None
    author_stop_words: frozenset[str]  # words no name holds, as written (lower-cased)
    author_roles: re.Pattern[str] | None  # finds a writer's role word ("correspondent") in folded text
    author_bio_roles: re.Pattern[str] | None  # a role word opening a bio with no verb ("* كاتب وصحفي …")
    author_bio_verbs: re.Pattern[str] | None  # after a writer's name, what their bio says they do ("covers")
    author_bio_copulas: re.Pattern[str] | None  # after a writer's name, a bio's "is a" (then a role word)
    author_box_heads: frozenset[str]  # label keys of an author box's heading below the article: "About the author"
    closing_heads: frozenset[str]  # label keys of a press release's closing headings: "Media contacts"
    about_heads: tuple[str, ...]  # folded words opening the heading of an organisation's profile: "about "
    boilerplate_lines: frozenset[str]
    boilerplate_pattern: Alternation | None
    boilerplate_contains: re.Pattern[str] | None  # phrases that make a short line chrome wherever they stand
    photo_credit: Pattern | None
    credit_ending: Pattern | None  # a photo credit closing a caption, searched near the end of a line
    date_line_field: Pattern | None  # chrome closing a date line ("| 2 min read"), searched on its folded text
    boilerplate_sentences: Pattern | None  # the opening of a long line of chrome ("Copyright 2025 BBC. All rights …")
    address_words: frozenset[str]  # folded words of a postal address ("rue", "street"): a footer's address line
    glued_chrome: GluedChrome | None  # share buttons and notices a scraper glued to a paragraph
    glued_label: GluedLabel | None  # a date, source or keyword label glued to the end of another line
    breadcrumb: regex.Pattern[str]
    breadcrumb_home: tuple[str, ...]
    breadcrumb_separators: tuple[str, ...]  # folded, with a space on each side
    breadcrumb_hint: re.Pattern[str]  # finds those separators, for a cheap test before `breadcrumb`
    outlet_names: frozenset[str]
    wire_names: frozenset[str]  # news agencies, whose names are no ordinary word ("سانا", "KUNA")
    wire_ends: frozenset[str]  # the last word of each, for a cheap test before a pattern
    outlet_words: frozenset[str]
    outlet_ends: frozenset[str]  # the last word of each outlet name, folded: a cheap test before a credit line
    credit_words: tuple[str, ...]  # label keys, each with a space after: "avec ", "with inputs from "
    credit_words_most: int  # the most words of any of them: "Some information for this report came from" has 7
    open_credit_words: tuple[str, ...]  # label keys, each with a space after: "with reports from " (any outlet)
    source_list_labels: frozenset[str]  # label keys of source labels that say several follow: "sources"
    lowercase_names: frozenset[str]  # words that open an institution's name in lower case ("ministère")
    elided_articles: tuple[str, ...]  # as written: "l'" before a name credited after credit words
    institution_words: frozenset[str]  # folded words that open an office's name before "of": "ministry"
    unit_words: frozenset[str]  # folded words that close a unit's name after its body's and a comma: "division"
    jurisdiction_words: frozenset[str]  # folded words of a government's name before "of": "government", "city"
    credit_closings: tuple[str, ...]  # label keys, each with a space before: " contributed to this report"
    republished_by: tuple[str, ...]  # label keys, each with a space after: "this article was first published by "
    own_report: frozenset[str]  # label keys of the word that marks a site's own report after its name: "خاص"
    credit_sentences: tuple[Pattern, ...]  # a sentence that credits an outlet, its group "outlet" (the cleaned line)
    writer_in_outlet: Pattern | None  # a byline's writer and the quoted paper the article first ran in
    title_separators: tuple[str, ...]
    keywords: KeywordRules
    headline_min_words: int
    section_names: frozenset[str]  # label keys of section names printed above headlines
    section_pattern: Pattern | None  # the shape of a section's name ("أخبار البنوك"), matched on a line's key
    ticker_labels: frozenset[str]  # label keys of a news ticker's label ("Flash Info"): the line below is its item
    tagline_words: frozenset[str]  # words a site's tagline holds besides the outlet's kind ("l'actualité")
    headline_labels: frozenset[str]  # label keys of a title's label ("العنوان"): cut from the headline it opens
    print_issue_labels: frozenset[str]  # label keys of date labels that head a print issue's line ("العدد")
    body_min_words: int
    deck_in_body: bool  # the deck below the headline also opens the body (a French chapô)
    date_sentences: tuple[Pattern, ...]  # a sentence of chrome that dates the article, its group "date"
    paragraph_openers: re.Pattern[str] | None  # finds, at the start of folded text, an opening no title has ("وأضاف")
    sentence_end: Pattern
    read_also_max_headline_words: int
    read_also_end: frozenset[str]  # label keys of lines that close a list of related articles
    read_also_glued: re.Pattern[str] | None  # a related label of two words or more glued to a caseless word
    comments_start: Pattern | None  # a line below the body that opens the readers' comments
    comments_heads: frozenset[str]  # label keys of lines that open them once the article is over
    dates: Mapping[str, Any]
    dates_key: str  # `dates` as canonical JSON: a cache key for the compiled date vocabulary


def load_profile(name_or_path: str | Path) -> Profile:
    """Load a built-in profile by name or a user profile from a YAML file."""
    return _load_cached(str(name_or_path))


@functools.lru_cache(maxsize=64)
def _load_cached(name_or_path: str) -> Profile:
    data = _resolve(name_or_path, seen=())
    return compile_profile(data)


@functools.lru_cache(maxsize=1)
def builtin_profiles() -> tuple[Profile, ...]:
    return tuple(load_profile(name) for name in BUILTIN_NAMES)


def _resolve(name_or_path: str, seen: tuple[str, ...]) -> dict[str, Any]:
    """Read a profile and everything it extends, merged into one mapping."""
    origin, data = _read(name_or_path, seen)
    parent_ref = data.get("extends")
    if parent_ref is None:
        return data
    if not isinstance(parent_ref, str):
        raise ProfileError(f"{origin}: key 'extends': expected a profile name or file, got {parent_ref!r}")
    if not _is_builtin(parent_ref) and not Path(parent_ref).is_absolute() and Path(origin).exists():
        parent_ref = str(Path(origin).parent / parent_ref)
    parent = _resolve(parent_ref, seen + (origin,))
    merged = _merge(parent, data, replace=frozenset(data.get("replace", ())))
    merged.pop("extends", None)
    merged["name"] = data.get("name") or Path(origin).stem
    return merged


def yaml_mapping(text: str, origin: str, *, what: str, error: type[Exception]) -> dict[str, Any]:
    """A YAML document that must be a mapping (profiles, rules files), loaded safely.

    Errors name the file: "site.yaml: not valid YAML: …", "site.yaml: a profile is a mapping …".
    """
    try:
        data = yaml.load(text, Loader=_SAFE_LOADER)
    except yaml.YAMLError as exc:
        raise error(f"{origin}: not valid YAML: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise error(f"{origin}: {what} is a mapping of keys, got {type(data).__name__}")
    return data


def _is_builtin(ref: str) -> bool:
    return ref in BUILTIN_NAMES or ref == "base"


def _read(name_or_path: str, seen: tuple[str, ...]) -> tuple[str, dict[str, Any]]:
    if name_or_path in seen:
        raise ProfileError(f"{name_or_path}: 'extends' loops back on itself ({' -> '.join(seen)})")
    if _is_builtin(name_or_path):
        origin, data = _read_builtin(name_or_path)
        return origin, copy.deepcopy(data)  # merging must not change the cached mapping
    return _read_file(name_or_path)


@functools.lru_cache(maxsize=8)
def _read_builtin(name: str) -> tuple[str, dict[str, Any]]:
    """A built-in profile's validated mapping, read once (every language profile extends `base`)."""
    text = resources.files("newsparse.profiles").joinpath(f"{name}.yaml").read_text("utf-8")
    return _checked(text, f"built-in profile {name!r}", name)


def _read_file(name_or_path: str) -> tuple[str, dict[str, Any]]:
    path = Path(name_or_path)
    origin = str(path)
    if not path.is_file():
        known = ", ".join(BUILTIN_NAMES)
        raise ProfileError(f"{origin}: no such profile (built-in profiles: {known}; or give a YAML file)")
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{origin}: cannot read: {exc}") from None
    return _checked(text, origin, name_or_path)


def _checked(text: str, origin: str, name_or_path: str) -> tuple[str, dict[str, Any]]:
    data = yaml_mapping(text, origin, what="a profile", error=ProfileError)
    _validate(data, SCHEMA, origin, prefix="")
    language = data.get("language")
    if language is not None and not re.fullmatch(r"[a-z]{2}", language):
        # it is the record's `language`: an ISO 639-1 code, as the record schema says
        raise ProfileError(f"{origin}: key 'language': expected a two-letter ISO 639-1 code such as 'ar', "
                           f"got {language!r}")
    data.setdefault("name", Path(name_or_path).stem)
    return origin, data


def _validate(data: Mapping[str, Any], schema: Mapping[str, Any], origin: str, prefix: str) -> None:
    for key, value in data.items():
        where = f"{prefix}{key}"
        if key not in schema:
            raise ProfileError(f"{origin}: unknown key '{where}' (known: {', '.join(schema)})")
        expected = schema[key]
        if isinstance(expected, dict):
            if not isinstance(value, dict):
                raise ProfileError(f"{origin}: key '{where}': expected a mapping, got {value!r}")
            _validate(value, expected, origin, prefix=f"{where}.")
        elif expected is int and isinstance(value, bool) or not isinstance(value, expected):
            raise ProfileError(f"{origin}: key '{where}': expected {expected.__name__}, got {value!r}")
        elif expected is list:
            _validate_list(value, where, origin)
        elif where in _MAPPING_ITEMS:
            _validate_mapping(value, where, origin)


# What each entry of a free mapping must be: a test of (key, value), and what it expects.
_MAPPING_ITEMS: dict[str, tuple[Callable[[Any, Any], bool], str]] = {
    "keywords.proclitics": (lambda particle, replacement: isinstance(particle, str) and bool(particle)
                            and isinstance(replacement, str | None),
                            "particles, each to what stands for it once cut (لل: ال, ب: '')"),
    "keywords.tail_variants": (lambda variant, letter: all(isinstance(one, str) and len(one) == 1
                                                           for one in (variant, letter)),
                               "single letters, each to the one it varies (ی: ي)"),
}


def _validate_mapping(value: Mapping[Any, Any], where: str, origin: str) -> None:
    valid, expected = _MAPPING_ITEMS[where]
    if not all(valid(key, item) for key, item in value.items()):
        raise ProfileError(f"{origin}: key '{where}': expected {expected}, got {value!r}")


def _validate_list(items: list[Any], where: str, origin: str) -> None:
    if where == "keywords.adjective_endings":  # one {endings: [...], after: [...]} per agreement class
        for group in items:
            if not isinstance(group, dict) or set(group) - {"endings", "after", "definite"} \
                    or not group.get("endings") or not isinstance(group.get("definite", False), bool) \
                    or not all(isinstance(value, list) and all(isinstance(e, str) and e for e in value)
                               for key, value in group.items() if key != "definite"):
                raise ProfileError(f"{origin}: key '{where}': every item must be {{endings: [...], after: [...], "
                                   f"definite: true|false}}, got {group!r}")
        return
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise ProfileError(f"{origin}: key '{where}': every item must be a non-empty string, got {item!r}")
    if where in ("bylines", "author_noise", "comments.start", "headline.section_patterns", "outlets.credit_sentences",
                 "boilerplate.date_line_fields", "body.date_sentences") or where.startswith("boilerplate.p"):
        for item in items:
            try:
                compiled = _fastest_compile(item)  # as the profile will compile it; `re` caches the result
            except regex.error as exc:
                raise ProfileError(f"{origin}: key '{where}': bad regular expression {item!r}: {exc}") from None
            if where == "outlets.credit_sentences" and "outlet" not in compiled.groupindex:
                raise ProfileError(f"{origin}: key '{where}': {item!r} has no group named 'outlet'")
            if where == "body.date_sentences" and "date" not in compiled.groupindex:
                raise ProfileError(f"{origin}: key '{where}': {item!r} has no group named 'date'")


def _merge(parent: Mapping[str, Any], child: Mapping[str, Any], replace: frozenset[str],
           prefix: str = "") -> dict[str, Any]:
    merged = dict(parent)
    for key, value in child.items():
        dotted = f"{prefix}{key}"
        old = merged.get(key)
        if dotted in replace or old is None:
            merged[key] = value
        elif isinstance(old, dict) and isinstance(value, dict):
            merged[key] = _merge(old, value, replace, prefix=f"{dotted}.")
        elif isinstance(old, list) and isinstance(value, list):
            merged[key] = old + [item for item in value if item not in old]
        else:
            merged[key] = value
    merged.pop("replace", None)
    return merged


_SENTENCE_END = r"[.!?…]['\"’”»)]*$"


def compile_profile(data: Mapping[str, Any]) -> Profile:
    """Turn a merged, validated profile mapping into compiled matchers."""
    labels = data.get("labels", {})
    label_kinds = {label_key(word): kind for kind in LABEL_KINDS for word in labels.get(kind, ())}
    boilerplate = data.get("boilerplate", {})
    outlets = data.get("outlets", {})
    keyword_data = data.get("keywords", {})
    breadcrumb = data.get("breadcrumb", {})
    detect_words = frozenset(fold(word) for word in data.get("detect", {}).get("words", ()))
    return Profile(
        name=str(data.get("name", "custom")),
        language=data.get("language"),
        script=data.get("detect", {}).get("script", "latin"),
        detect_words=detect_words,
        detect_words_utf8=frozenset(word.encode("utf-8") for word in detect_words),
        label_pattern=_label_pattern(label_kinds),
        label_kinds=label_kinds,
        label_first_words=frozenset(word.split()[0] for word in label_kinds),
        spaced_related_labels=tuple(sorted((key for key, kind in label_kinds.items()
                                            if kind == "read_also" and " " in key), key=len, reverse=True)),
        update_first_words=frozenset(key.split()[0] for key, kind in label_kinds.items() if kind == "updated"),
        colon_optional=frozenset(data.get("colon_optional", ())),
        # Bylines and author noise match the text as written (their spans are kept); their
        # Arabic letters match every variant of the letter (see letter_variant_pattern).
        bylines=tuple(_fastest_compile(letter_variant_pattern(pattern)) for pattern in data.get("bylines", ())),
        author_noise=_alternation(letter_variant_pattern(pattern) for pattern in data.get("author_noise", ())),
        author_stop_words=frozenset(word.lower() for word in data.get("author_stop_words", ())),
        author_roles=_words(data.get("author_roles", ())),
        author_bio_roles=_words(data.get("author_bio_roles", data.get("author_roles", ()))),
        author_bio_verbs=_words(data.get("author_bio_verbs", ())),
        author_bio_copulas=_words(data.get("author_bio_copulas", ())),
        author_box_heads=frozenset(label_key(line) for line in data.get("author_box_heads", ())),
        closing_heads=frozenset(label_key(line) for line in data.get("closing_heads", ())),
        about_heads=tuple(sorted({_opening(word) for word in data.get("about_heads", ())}, key=len, reverse=True)),
        boilerplate_lines=frozenset(label_key(line) for line in boilerplate.get("lines", ())),
        boilerplate_pattern=_matcher(boilerplate.get("patterns", ())),
        boilerplate_contains=_phrases(boilerplate.get("contains", ())),
        photo_credit=_alternation(boilerplate.get("photo_credit", ())),
        credit_ending=_alternation(f"(?:{pattern})$" for pattern in boilerplate.get("credit_endings", ())),
        date_line_field=_alternation(f"(?:{pattern})$" for pattern in boilerplate.get("date_line_fields", ())),
        boilerplate_sentences=_alternation(boilerplate.get("sentences", ())),
        address_words=frozenset(fold(word) for word in boilerplate.get("address_words", ())),
        glued_chrome=glued_chrome(boilerplate.get("glued_buttons", []), boilerplate.get("glued_endings", [])),
        glued_label=_glued_label(labels),
        breadcrumb=_breadcrumb_pattern(breadcrumb.get("home", ()), breadcrumb.get("separators", ("/",)),
                                       breadcrumb.get("home_separators", ())),
        breadcrumb_home=tuple(fold(word) for word in breadcrumb.get("home", ())),
        breadcrumb_separators=tuple(f" {fold(s)} " for s in breadcrumb.get("separators", ("/",))),
        breadcrumb_hint=re.compile("|".join(re.escape(f" {fold(s)} ") for s in breadcrumb.get("separators", ("/",)))),
        outlet_names=frozenset(label_key(name) for name in outlets.get("names", ())),
        wire_names=frozenset(label_key(name) for name in outlets.get("wires", ())),
        wire_ends=frozenset(label_key(name).rpartition(" ")[2] for name in outlets.get("wires", ())),
        outlet_words=frozenset(fold(word) for word in outlets.get("words", ())),
        outlet_ends=frozenset(label_key(name).rpartition(" ")[2] for name in outlets.get("names", ())),
        # each with a space after it, or a colon and a space ("Additional reporting: SIBC")
        credit_words=tuple(sorted((f"{label_key(word)}{mark} " for word in outlets.get("credit_words", ())
                                   for mark in ("", ":")), key=len, reverse=True)),
        credit_words_most=max((len(label_key(words).split()) for words in outlets.get("credit_words", ())), default=0),
        open_credit_words=tuple(f"{label_key(words)} " for words in outlets.get("open_credit_words", ())),
        source_list_labels=frozenset(label_key(label) for label in outlets.get("list_labels", ())),
        lowercase_names=frozenset(fold(word) for word in outlets.get("lowercase_names", ())),
        elided_articles=tuple(outlets.get("elided_articles", ())),
        institution_words=frozenset(fold(word) for word in outlets.get("institution_words", ())),
        unit_words=frozenset(fold(word) for word in outlets.get("unit_words", ())),
        jurisdiction_words=frozenset(fold(word) for word in outlets.get("jurisdiction_words", ())),
        credit_closings=tuple(f" {label_key(words)}" for words in outlets.get("credit_closings", ())),
        republished_by=tuple(f"{label_key(words)} " for words in outlets.get("republished_by", ())),
        own_report=frozenset(label_key(words) for words in outlets.get("own_report", ())),
        credit_sentences=tuple(_fastest_compile(pattern) for pattern in outlets.get("credit_sentences", ())),
        title_separators=tuple(outlets.get("title_separators", (" - ", " – ", " — ", " | "))),
        writer_in_outlet=_writer_in_outlet(outlets.get("first_ran_in", ())),
        keywords=KeywordRules(
            delimiters=_delimiter_pattern(keyword_data.get("delimiters", (",",))),
            function_words=frozenset(fold(word) for word in keyword_data.get("function_words", ())),
            lexicon=frozenset(" ".join(fold(tag).split()) for tag in keyword_data.get("lexicon", ())),
            alphabetical=bool(keyword_data.get("alphabetical", False)),
            hashtags=bool(keyword_data.get("hashtags", True)),
            adjective_endings=tuple((tuple(group["endings"]), tuple(group.get("after", ())),
                                     bool(group.get("definite", False)))
                                    for group in keyword_data.get("adjective_endings", ())),
            definite_article=fold(keyword_data.get("definite_article", "")),
            not_adjectives=frozenset(fold(word) for word in keyword_data.get("not_adjectives", ())),
            name_links=frozenset(fold(word) for word in keyword_data.get("name_links", ())),
            titles=frozenset(fold(word) for word in keyword_data.get("titles", ())),
            construct_heads=frozenset(fold(word) for word in keyword_data.get("construct_heads", ())),
            pair_heads=frozenset(fold(word) for word in keyword_data.get("pair_heads", ())),
            adjective_shaped_nouns=frozenset(fold(word) for word in keyword_data.get("adjective_shaped_nouns", ())),
            broken_plurals=frozenset(fold(word) for word in keyword_data.get("broken_plurals", ())),
            conjunction=fold(keyword_data.get("conjunction", "")),
            proclitics={fold(particle): fold(replacement or "") for particle, replacement in sorted(
                keyword_data.get("proclitics", {}).items(), key=lambda pair: -len(pair[0]))},
            variant_letters=dict(keyword_data.get("tail_variants", {})),
        ),
        headline_min_words=int(data.get("headline", {}).get("min_words", 2)),
        section_names=frozenset(label_key(name) for name in data.get("headline", {}).get("sections", ())),
        section_pattern=_alternation(data.get("headline", {}).get("section_patterns", ())),
        ticker_labels=frozenset(label_key(name) for name in data.get("headline", {}).get("tickers", ())),
        tagline_words=frozenset(fold(word) for word in data.get("headline", {}).get("tagline_words", ())),
        headline_labels=frozenset(label_key(label) for label in data.get("headline", {}).get("labels", ())),
        print_issue_labels=frozenset(label_key(label) for label in labels.get("print_issue", ())),
        body_min_words=int(data.get("body", {}).get("min_words", 6)),
        deck_in_body=bool(data.get("body", {}).get("deck_in_body", False)),
        date_sentences=tuple(_fastest_compile(pattern) for pattern in data.get("body", {}).get("date_sentences", ())),
        paragraph_openers=_phrases(data.get("body", {}).get("openers", ())),  # matched at a line's start
        sentence_end=_fastest_compile(data.get("body", {}).get("sentence_end", _SENTENCE_END), ignore_case=False),
        read_also_max_headline_words=int(data.get("read_also", {}).get("max_headline_words", 30)),
        read_also_end=frozenset(label_key(line) for line in data.get("read_also", {}).get("end", ())),
        read_also_glued=_glued_related_label(labels.get("read_also", ())),
        comments_start=_alternation(data.get("comments", {}).get("start", ())),
        comments_heads=frozenset(label_key(line) for line in data.get("comments", {}).get("heads", ())),
        dates=data.get("dates", {}),
        dates_key=json.dumps({"language": data.get("language"), **data.get("dates", {})}, sort_keys=True,
                             ensure_ascii=False, default=str),
    )


# a radio's frequency closing its name: "… 96.1", "… 97,1 FM", "… 88 FM" (not "سوس 24", "Mauritanie24")
_FREQUENCY = re.compile(r"\s+\d{2,3}(?:[.,]\d(?:\s?FM)?|\s?FM)$")
_MAX_OUTLET_WORDS = 5
_MAX_UNKNOWN_OUTLET_WORDS = 3  # "The Press Under Fire" is a subtitle, not an outlet
# a site's domain, in capitals too ("INQUIRER.NET")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|news|tv|ma|sn|dz|tn|fr|be|ae|sa|eg|lb|ps|jo|qa|kw)$",
                     re.IGNORECASE)


def without_frequency(name: str) -> str:
    """A radio's name without the frequency closing it: "Radio Taiga 97,1 FM" is "Radio Taiga"."""
    return _FREQUENCY.sub("", name)


def names_outlet(name: str, profile: Profile) -> bool:
    """A known outlet; or a short name with an outlet's word ("Daily News", "قناة الغد", "L'Hebdo du
    Vanuatu", "Radio Taiga 97,1 FM", its frequency aside); or a site's domain ("Seneweb.com")."""
    words = fold(without_frequency(name)).split()
    if not words or len(words) > _MAX_OUTLET_WORDS:
        return False
    if label_key(name) in profile.outlet_names or _DOMAIN.match(name):
        return True
    return len(words) <= _MAX_UNKNOWN_OUTLET_WORDS and any(
        word in profile.outlet_words or word.rpartition("'")[2] in profile.outlet_words for word in words)  # "L'Hebdo"


def label_key(text: str) -> str:
    """Folded form of a label or known line, with spaces collapsed and end punctuation dropped."""
    return key_of_folded(fold(text))


def key_of_folded(folded: str) -> str:
    """`label_key` of text that is already folded."""
    return " ".join(folded.strip(" :.-").split())


def _label_pattern(label_kinds: Mapping[str, str]) -> re.Pattern[str]:
    """One pattern for every label: the label, then a separator (colon) or the end of the line.

    Labels are matched on folded text; `(?P<sep>)` tells whether a colon followed, because
    some kinds ("Publié le 4 février") take their value without one.
    """
    words = sorted(label_kinds, key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    # Both the label words and the text are folded (case included): no IGNORECASE needed.
    alternatives = "|".join(r"\s+".join(re.escape(part) for part in word.split()) for word in words)
    # Separators: a colon; a dash, "|", "/" or an arrow ("كتب/ محمد", "Also Read | …", "Lire aussi → …",
    # "Lire aussi 👉"); dots or ">>" ("اقرأ أيضا.."); one period before more words ("LIRE AUSSI. Saône-et-Loire : …").
    return re.compile(rf"^(?P<label>{alternatives})(?:\s*(?P<sep>(?:[:\-|/→►👉•]|\.{{2,}}|…|>>|\.(?=\s+\S))\s*)|\s+|$)")


def _opening(word: str) -> str:
    """A heading's opening word, folded, as it runs into the next word: with a space, or elided ("a propos d'")."""
    folded = fold(word).strip()
    return folded if folded.endswith("'") else folded + " "


def _glued_related_label(words: Any) -> re.Pattern[str] | None:
    """A related label of two words or more, folded, glued to the next word with no space, in a script with no
    case ("اقرأ أيضاًارتفاع سعر الدولار …"): where Latin script shows a capital, only the label's end tells."""
    keys = sorted({label_key(word) for word in words if " " in word.strip()}, key=len, reverse=True)
    if not keys:
        return None
    alternatives = "|".join(r"\s+".join(re.escape(part) for part in key.split()) for key in keys)
    return re.compile(rf"(?:{alternatives})(?=[^\W\d_a-z])")


_LETTER_VARIANTS = "أإآٱىیېۍےکڪةۀەؤئ"  # Arabic letters that fold to another (see `fold`)
_GLUED_KINDS = ("date", "updated", "source", "keywords")  # labels whose value is known when glued to a line
_GLUED_LABEL_MIN_CHARS = 5  # "Tags:" glued to a word may be a word's end; "المصدر:", "Published:" are not


def _glued_label(labels: Mapping[str, Any]) -> GluedLabel | None:
    """A label of `_GLUED_KINDS` and its colon, glued to the end of a line the scraper joined it to: right after
    a letter of a script with no case ("… شارع الخيلتاريخ النشر: ٢٢ أكتوبر ٢٠٢٤"), after a lower-case one when
    it opens with a capital ("… the regionPublished: …", never "were updated:"), or after a sentence's stop
    ("… الموسم الحالي.الكلمات المفتاحية: …"). Matched on the text as written, Arabic letters in every variant.
    A short Latin label ("Tags"), capitalised, counts only where case or a stop shows the glue, after a name in
    capitals that it goes on from in lower case ("- BERNAMATags: …") or after a sentence's stop ("… de Strépy.Tags :
    …"): elsewhere it may be a word's end."""
    all_words = {word for kind in _GLUED_KINDS for word in labels.get(kind, ())}
    words = sorted((word for word in all_words if len(word) >= _GLUED_LABEL_MIN_CHARS), key=len, reverse=True)
    short = sorted((word for word in all_words if len(word) < _GLUED_LABEL_MIN_CHARS and word.isascii()
                    and word[:1].isupper() and word.isalpha()), key=len, reverse=True)
    if not words:
        return None
    alternatives = "|".join(letter_variant_pattern(r"\s+".join(re.escape(part) for part in word.split()))
                            for word in words)
    shorts = "|".join(re.escape(word) for word in short) or "(?!)"
    every = [*words, *short]
    ends = {fold(word[-1]) for word in every}
    return GluedLabel(
        last_letters=frozenset(char for word in every for char in (word[-1], word[-1].lower(), word[-1].upper()))
        | {variant for variant in _LETTER_VARIANTS if fold(variant) in ends},
        keys=tuple(sorted({label_key(word) for word in every}, key=len, reverse=True)),
        before_colon=regex.compile(rf"(?:(?:(?<=\p{{Ll}})(?=\p{{Lu}})|(?<=\p{{Lo}}\p{{Mn}}{{0,2}})|(?<=[.!?؟…»\"”])\s?)"
                                   rf"(?P<label>(?i:{alternatives}))"
                                   rf"|(?:(?<=\p{{Lu}}\p{{Lu}})(?=\p{{Lu}}\p{{Ll}})|(?<=[.!?)\]]))"
                                   rf"(?P<label>(?i:{alternatives}|(?-i:{shorts}))))\s*$"),
    )


class GluedLabel(NamedTuple):
    """A label glued to the end of another line: the label keys (a cheap test on the folded words before each
    colon), then the pattern that finds the label as written, glued, right before the colon."""

    last_letters: frozenset[str]  # a label's last letter, in every case and variant: the cheapest test first
    keys: tuple[str, ...]
    before_colon: regex.Pattern[str]


def _alternation(patterns: Any) -> Pattern | None:
    """One pattern for many; callers match it at the start of the text (`.match`)."""
    patterns = list(patterns)
    if not patterns:
        return None
    return _fastest_compile("|".join(f"(?:{pattern})" for pattern in patterns))


def _matcher(patterns: Any) -> Alternation | None:
    """Like `_alternation`, for the many boilerplate patterns, only ever matched at the start of
    a line: each line tries just those its first and last characters allow (see `Alternation`)."""
    patterns = list(patterns)
    if not patterns:
        return None
    return Alternation(patterns, re.IGNORECASE)


def _writer_in_outlet(words: Any) -> Pattern | None:
    """A writer's name, one of `words`, then the paper in quotes: 'ليندا عازار في "نداء الوطن":'."""
    if not words:
        return None
    joined = "|".join(r"\s+".join(map(regex.escape, word.split())) for word in sorted(words, key=len, reverse=True))
    return _fastest_compile(letter_variant_pattern(
        rf'(?P<name>[^"«»“”:]{{3,40}}?)\s+(?:{joined})\s*["«“]\s*(?P<outlet>[^"«»“”]{{2,40}}?)\s*["»”]\s*:?'))


def _fastest_compile(pattern: str, ignore_case: bool = True) -> Pattern:
    """The standard `re` engine is faster for plain patterns; `regex` understands \\p{L} and more."""
    try:
        return re.compile(pattern, re.IGNORECASE if ignore_case else 0)
    except re.error:
        return regex.compile(pattern, regex.IGNORECASE if ignore_case else 0)


def _phrases(phrases: Any) -> re.Pattern[str] | None:
    """One pattern that finds any of `phrases` (folded) as whole words. A plain alternation of
    literals, searched: the engine scans for their first characters, far cheaper than a
    pattern per phrase that walks the line ("^.{0,80}all rights reserved")."""
    folded = sorted({" ".join(fold(phrase).split()) for phrase in phrases if phrase.strip()}, key=len, reverse=True)
    if not folded:
        return None
    return re.compile(rf"(?:{'|'.join(re.escape(phrase) for phrase in folded)})(?!\w)")


def _words(words: Any) -> re.Pattern[str] | None:
    """One pattern that finds any of `words` (folded), or their plural in -s, as a whole word."""
    folded = sorted({" ".join(fold(word).split()) for word in words if word.strip()}, key=len, reverse=True)
    if not folded:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(word) for word in folded)})s?(?!\w)")


def _delimiter_pattern(delimiters: Any) -> regex.Pattern[str]:
    return regex.compile("|".join(regex.escape(delimiter) for delimiter in delimiters) or r"(?!)")


def _breadcrumb_pattern(home_words: Any, separators: Any, home_separators: Any = ()) -> regex.Pattern[str]:
    """A breadcrumb starts with a home word and a separator, or is three short segments or more. A home
    separator counts only after the home word: "Accueil – Politique – …" is a menu, "Mali - Burkina - Niger :
    …" a headline."""
    sep = "|".join(regex.escape(fold(s)) for s in separators) or "/"
    after_home = "|".join(regex.escape(fold(s)) for s in (*separators, *home_separators)) or "/"
    home = "|".join(regex.escape(fold(word)) for word in home_words) or "(?!)"
    segment = rf"(?:(?!\s(?:{sep})\s)[^.!?,;\n]){{1,40}}"
    return regex.compile(rf"^(?:(?:{home})\s*(?:{after_home})|{segment}(?:\s(?:{sep})\s{segment}){{2,}}$)",
                         regex.IGNORECASE)

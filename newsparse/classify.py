"""Classify one line on its own: which rule of the profile, if any, recognises it.

This stage knows nothing of the lines around it; `layout.py` decides, with context, what
each cue means for the article (a date line before the headline, a short line in the
header, a headline inside a read-also section).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice
from typing import NamedTuple

import regex

from .normalize import WORD, fold, words_of
from .profile import Profile, key_of_folded, label_key, names_outlet

_HASHTAG_LINE = regex.compile(r"^(?:#[\p{L}\p{N}_]+[\s,،]*){1,}$")
# Marks a site puts before a label: arrows, bullets, pointing quotes, a bar ("► Lire aussi : …", "|آخر تحديث: …").
# (also emoji: "👉 READ ALSO: …", Mwebantu; a dash: "— Reportage de Samira Haddad, 11 mai 2027")
_LEAD_MARK_CHARS = "►▶▸➤➜➔→⇒⬅←➡•»«‹>*|👉📌🔗🔴—–"
# A link closed by an arrow or a guillemet: WordPress's post navigation, "Article suivant »", "Lire la suite »"
_TRAIL_MARKS = frozenset("»›→>")
_TRAIL_MARK = regex.compile(r"\s*[»›→>]+$")
_ARROWS_BEFORE = frozenset("↑←▲")  # a link's arrow before it: "↑ Retour en haut", "← Back"
_ARROW_BEFORE = regex.compile(r"^[↑←▲]+\s*")
_MARKED_LINK_MAX_WORDS = 4
_WIDGET_MAX_WORDS = 6  # a player's or the weather's text before its button
_SECOND_LANGUAGE_MAX_WORDS = 4  # a related label's words in another language, before the profile's own
_LEAD_MARKS = frozenset(_LEAD_MARK_CHARS)  # a cheap test on the first character
_LEAD_MARK = regex.compile(rf"^[{regex.escape(_LEAD_MARK_CHARS)}]+\ufe0f?\s*")
_HASHTAG = regex.compile(r"#([\p{L}\p{N}_]+)")
_HASHTAG_MAX_WORDS = 4  # a tag after a # that is followed by spaces: a name, not a sentence
_DASHES = frozenset("-–—")
# Chrome (boilerplate, credits, breadcrumbs) is short: longer lines are not checked for it.
CHROME_MAX_CHARS = 250
# A line holding a `boilerplate.contains` phrase is chrome up to this length.
CONTAINS_MAX_CHARS = 200
# A caption's closing credit ("… March 14, 2024. (Rabih Daher/AFP)") is looked for this far from the end, in a
# line of this many words or more: a menu's item of a word or two closes no caption (and the search is costly).
CREDIT_ENDING_CHARS = 60
CREDIT_ENDING_MIN_WORDS = 3
# Labels sit at the start of a line, so a longer line is folded only this far.
LABEL_PREFIX_CHARS = 80
# A line of this many words that ends a sentence is prose: page chrome (share buttons,
# credits, paywall notices, bylines) is never that long, so it is not checked for it.
PROSE_MIN_WORDS = 16
_QUALIFIER_MAX_WORDS = 4  # "in Ireland" after a most-read label
_SITE_NAME_MAX_WORDS = 5  # "Bon pour la tête" after "À lire aussi sur"
_CREDIT_INITIALS = regex.compile(r"(?:[/©(]|\b[Pp]hoto)\s?(?:\p{Lu}\.-?\s?){1,4}\)?$")
_INITIALS_TAIL_CHARS = 20
_CHROME_SENTENCE_MIN_WORDS = 6  # a chrome sentence's opening is sought in lines this long (shorter ones are lines)
_SENTENCE_END = (".", "!", "?", "؟", "…", '."', ".»", ".”", ".)")


class Cue:
    """What a line looks like on its own (string constants, like `layout.Role`, for speed)."""

    LABEL = "label"
    BOILERPLATE = "boilerplate"
    PHOTO_CREDIT = "photo-credit"
    HASHTAGS = "hashtags"
    BYLINE = "byline"
    TEXT = "text"


class Line(NamedTuple):
    """A non-empty input line, cleaned for output.

    `folded` is the matching form of the whole line when it may be chrome, else of its
    first `LABEL_PREFIX_CHARS` characters (all that label rules look at). `key` is empty
    unless the line may be chrome.
    """

    number: int
    text: str
    folded: str
    key: str  # folded, spaces collapsed, end punctuation dropped: for whole-line look-ups
    words: int  # space-separated words
    may_be_chrome: bool  # short enough, and not plainly a sentence of prose


class Classified(NamedTuple):
    """What one rule said of a line: the cue, the rule's name, and the value it carries."""

    line: Line
    cue: str  # a Cue
    rule: str
    kind: str | None = None  # label kind, for LABEL
    value: str = ""  # the text after a label, a byline's name, hashtags joined by spaces
    has_separator: bool = False  # a colon, or a spaced dash, after a label


def make_line(number: int, text: str) -> Line:
    """One cleaned line (`make_lines` does a whole article's lines at once)."""
    words, may_be_chrome, matched = _shape(text)
    return _line(number, text, words, may_be_chrome, fold(matched))


def make_lines(cleaned: Sequence[str]) -> list[Line]:
    """The non-empty lines of an article, numbered from 1 as in the input, folded in one pass.

    Folding never adds or removes a line break, so the folded text splits back into lines
    that line up with the parts that were joined.
    """
    shaped = [(number, text, *_shape(text)) for number, text in enumerate(cleaned, start=1) if text]
    if not shaped:
        return []
    folded_lines = fold("\n".join(matched for *_, matched in shaped)).split("\n")
    return [
        _line(number, text, words, may_be_chrome, folded)
        for (number, text, words, may_be_chrome, _), folded in zip(shaped, folded_lines, strict=True)
    ]


def _shape(text: str) -> tuple[int, bool, str]:
    """Its word count, whether the line may be chrome, and the part of it rules match (to fold)."""
    words = text.count(" ") + 1
    may_be_chrome = len(text) <= CHROME_MAX_CHARS and not (words >= PROSE_MIN_WORDS and text.endswith(_SENTENCE_END)
                                                          and not _ends_with_a_credits_initials(text))
    return words, may_be_chrome, text if may_be_chrome else text[:LABEL_PREFIX_CHARS]


def _ends_with_a_credits_initials(text: str) -> bool:
    """A credit's last part, a photographer's initials after the outlet and a slash, a "©", a bracket or the word for a
    photo, whose full stop ends no sentence ("… baigneurs. Photo : Le Faucigny / J.P.", "… en décembre. © J.V.")."""
    tail = text[-_INITIALS_TAIL_CHARS:]
    # (the cheap test first, asked of each line of prose that ends a sentence: a capital just before the last stop)
    return (tail[-2:-1].isupper() or tail[-3:-2].isupper()) and _CREDIT_INITIALS.search(tail) is not None


def _line(number: int, text: str, words: int, may_be_chrome: bool, folded: str) -> Line:
    return Line(number, text, folded, _line_key(folded) if may_be_chrome else "", words, may_be_chrome)


def _line_key(folded: str) -> str:
    """`key_of_folded` of a cleaned line: its only white space is single spaces, unless folding
    dropped a character between two of them."""
    key = folded.strip(" :.-")
    return key_of_folded(key) if "  " in key else key


def classify(line: Line, profile: Profile) -> Classified:
    """The first rule that recognises the line, in a fixed order: labels, then chrome.

    Each rule is only tried when a cheap test says it might apply: most lines are text.
    """
    label = _as_label(line, profile) if may_be_label(line, profile) else None
    if label is None and line.text[0] in _LEAD_MARKS:
        label = _as_marked_label(line, profile)
    elif label is None and line.text[0] + line.text[-1] in ("[]", "()"):
        label = _as_bracketed_label(line, profile)
    elif label is None and line.text[-1] in _TRAIL_MARKS and line.words <= _MARKED_LINK_MAX_WORDS:
        label = _as_label_before_a_mark(line, profile)
    if label is not None and (label.has_separator or not label.value):
        return label
    if label is None and " / " in line.text and line.may_be_chrome:
        label = _related_label_said_again(line, profile)
        if label is not None:
            return label
    if " | " in line.text and line.may_be_chrome:  # (a label with no colon first: "Posted in News | Tagged …")
        tags = _tags_among_links(line, profile)
        if tags is not None:
            return tags
    if line.may_be_chrome:  # before a label with no colon: "By signing up, you agree to …" is chrome
        found = _as_boilerplate(line, profile)
        if found is not None:
            return found
        if line.words >= _CHROME_SENTENCE_MIN_WORDS and is_chrome_sentence(line, profile):
            # a banner's sentences with its button glued after them, ending none: "Ce site utilise des cookies …
            # vous acceptez leur utilisation. J'accepte"; a short one too: "Ce site utilise des cookies pour
            # améliorer votre expérience. Accepter Refuser"
            return Classified(line, Cue.BOILERPLATE, "boilerplate:sentence")
    elif is_chrome_sentence(line, profile):
        return Classified(line, Cue.BOILERPLATE, "boilerplate:sentence")
    if label is not None:
        return label
    if line.text.startswith("#") and profile.keywords.hashtags:
        found = _as_hashtags(line)
        if found is not None:
            return found
    if line.may_be_chrome and profile.bylines:
        found = _as_byline(line, profile)
        if found is not None:
            return found
    return Classified(line, Cue.TEXT, "text")


def is_chrome_sentence(line: Line, profile: Profile) -> bool:
    """A long line of chrome, known by its opening ("Copyright 2025 BBC. All rights reserved. The BBC
    is not responsible …"): the short-line chrome rules never read a line that long."""
    sentences = profile.boilerplate_sentences
    return sentences is not None and sentences.match(line.folded) is not None


_SITE_NAME_AFTER_MAX_WORDS = 3  # after a related label's function word: "More from Block Club Chicago"
_OF = frozenset({"de", "du", "des", "of"})  # a label's object, not what it lists: "Lire la suite de l'article"


def _a_qualifier(value: str, profile: Profile) -> bool:
    """A few words after a most-read list's label that say where or what it ranks ("in Ireland", "in
    National"): a function word first, then up to three words, no sentence."""
    words = value.split()
    return 2 <= len(words) <= _QUALIFIER_MAX_WORDS and fold(words[0]) in profile.keywords.function_words \
        and not value.endswith((".", "?", "!"))


def _a_site_named(value: str, profile: Profile) -> bool:
    """A function word, then a capitalised name longer than a qualifier: where to read the titles below
    ("À lire aussi sur Bon pour la tête")."""
    words = value.split()
    return _QUALIFIER_MAX_WORDS < len(words) <= _SITE_NAME_MAX_WORDS + 1 and words[1][:1].isupper() \
        and fold(words[0]) in profile.keywords.function_words and not value.endswith((".", "?", "!", ":"))


def _names_the_site(label: str, value: str, profile: Profile) -> bool:
    """A related label that ends with a function word ("اقرأ أيضا في", the profile's label), then a name of a
    word or two: where to read the titles below ("اقرأ أيضاً في الاقتصادي")."""
    words = value.split()
    return label.rpartition(" ")[2] in profile.keywords.function_words \
        and 1 <= len(words) <= _SITE_NAME_AFTER_MAX_WORDS and not value.endswith((".", "?", "!", ":", "؟"))


def may_be_label(line: Line, profile: Profile) -> bool:
    """Cheap test before the label pattern: does the line start with a label's first word?

    The value may be glued to the colon ("المصدر:سكاي نيوز"), so the first word also ends there.
    """
    first = line.folded.partition(" ")[0]
    words = profile.label_first_words
    return first.rstrip(":-|/.…>→►•") in words or (":" in first and first.partition(":")[0] in words)


def _as_label(line: Line, profile: Profile) -> Classified | None:
    match = profile.label_pattern.match(line.folded)
    if match is None:
        return _glued_link(line, profile)
    word = " ".join(match.group("label").split())
    kind = profile.label_kinds.get(word)
    if kind is None:  # pragma: no cover - the pattern is built from the same keys
        return None
    # A colon, "|", "/", dots, or a dash set off by a space ("المصدر - وكالات"); a dash glued to the word is not one.
    separator = match.group("sep")
    has_separator = bool(separator) and (not separator.startswith("-") or match.start("sep") > match.end("label"))
    value = value_after(line.text, line.folded, match.end())
    if has_separator:
        return Classified(line, Cue.LABEL, f"label:{kind}:{word}", kind, value, True)
    if kind == "keywords" and value and ":" in value:
        related = _related_title_read_on_an_outlet(line, word, value, profile)
        if related is not None:
            return related
    known_value = _value_without_separator(line, kind, word, value, profile)
    if known_value is not None:
        return Classified(line, Cue.LABEL, f"label:{kind}:{word}", kind, known_value, True)
    if value and kind not in profile.colon_optional and not _titled_link(kind, word, value):
        return _glued_link(line, profile)  # "Source code of …" is prose, not the "Source:" label
    return Classified(line, Cue.LABEL, f"label:{kind}:{word}", kind, value, False)


def _value_without_separator(line: Line, kind: str, word: str, value: str, profile: Profile) -> str | None:
    """The value of a label that no separator follows, read as if one did, or None: a related label
    that names where to read ("Read more from Sky News:", its titles below; "Read more in Daily
    Maverick: <title>") or on what ("À lire aussi sur Gavroche", "Plus d’articles sur le logement", titles
    below), a most-read label and what it ranks ("Most Read in Ireland"), a tag label
    before its list ("Keywords Nord Stream 2, …")."""
    if kind == "read_also" and " " in word and value:
        if _names_where_to_read(line.text):
            return ""
        where, colon, title = value.partition(":")
        if colon and title.strip() and _names_an_outlet_to_read(where, profile):
            return title.strip()
    if kind == "popular" and _a_qualifier(value, profile):
        return ""  # "Most Read in Ireland"
    if kind == "read_also" and (_a_qualifier(value, profile) or _a_site_named(value, profile)) \
            and fold(value.split()[0]) not in _OF:
        return ""  # "À lire aussi sur Gavroche", "Plus d’articles sur le logement"; not "Lire la suite de l'article"
    if kind == "read_also" and _names_the_site(word, value, profile):
        return ""  # "اقرأ أيضاً في الاقتصادي": the label's own last word says where
    if kind == "keywords" and (" " not in word and _a_list_of_tags(value) or _words_of_tags(value, profile)):
        return value  # (a label of words, "Read more about the deal, which …", opens prose so)
    return None


# A related-article label that names where to read, then a colon ends the line: "Read more from Sky News:".
_WHERE_TO_READ_MAX_WORDS = 6


def _names_where_to_read(text: str) -> bool:
    """"Read more from Sky News:", "Lire aussi sur France 24 :": a related-article label whose
    words run on to a colon closing a short line; the titles follow on the lines below. A
    sentence that introduces a quote is longer or holds a comma, and a one-word label opens
    prose ("Read the full statement here:")."""
    return text.endswith(":") and "," not in text and len(text.split()) <= _WHERE_TO_READ_MAX_WORDS


def _related_title_read_on_an_outlet(line: Line, word: str, value: str, profile: Profile) -> Classified | None:
    """A tag label that opens with a related label and ends with a function word ("Read more on"), then an
    outlet's name, a colon and a title: the related label and its title ("Read more on OC Media: Tbilisi’s yellow
    buses: …"), as "Read more in Daily Maverick: …" is; None otherwise."""
    words = word.split()
    related = next((" ".join(words[:count]) for count in range(len(words) - 1, 0, -1)
                    if profile.label_kinds.get(" ".join(words[:count])) == "read_also"), None)
    outlet, colon, title = value.partition(":")
    if related is None or not title.strip() or not _names_an_outlet_to_read(f"{words[-1]} {outlet}", profile):
        return None
    return Classified(line, Cue.LABEL, f"label:read_also:{related}", "read_also", title.strip(), True)


def _names_an_outlet_to_read(where: str, profile: Profile) -> bool:
    """"in Daily Maverick", "sur France 24": a function word, then an outlet's name, between a
    related-article label and the colon before its title."""
    words = where.split()
    return 2 <= len(words) <= _WHERE_TO_READ_MAX_WORDS and fold(words[0]) in profile.keywords.function_words \
        and names_outlet(" ".join(words[1:]), profile)


# A tag label with no colon, then a list: three tags or more set off by commas or bars, each a few words.
_TAG_LIST_MIN_ITEMS, _TAG_MAX_WORDS = 3, 5
_LIST_SEPARATOR = regex.compile(r"\s*[,،|;]\s*")


def _a_list_of_tags(value: str) -> bool:
    """DW: "Keywords Nord Stream 2, Germany, Russia, Ukraine", Kuwait Times: "Tags Kuwait | Ramadan | …": a
    list of short items that ends no sentence; "Topics discussed at the summit included trade, security
    and energy." is prose."""
    if not value or value.endswith((".", "!", "?", "؟", ":")):
        return False
    items = _LIST_SEPARATOR.split(value)
    return len(items) >= _TAG_LIST_MIN_ITEMS and all(0 < len(item.split()) <= _TAG_MAX_WORDS for item in items)


def _words_of_tags(value: str, profile: Profile) -> bool:
    """Darfur24: "الوسوم الفاشر شمال دارفور قصف مدفعي المنظمات الإنسانية": after a tag label with no separator,
    tags joined by spaces, a few words with no punctuation and no function word, which any sentence has."""
    words = value.split()
    return _TAG_WORDS_MIN <= len(words) <= _TAG_WORDS_MAX and _PUNCTUATION.search(value) is None \
        and not any(fold(word) in profile.keywords.function_words for word in words)


_TAG_WORDS_MIN, _TAG_WORDS_MAX = 2, 12
_PUNCTUATION = re.compile(r"[.,;:!?،؛؟\"«»“”()]")


def _titled_link(kind: str, label: str, value: str) -> bool:
    """"À lire aussi Guerre Israël-Hamas : les négociations piétinent": a related title after a
    label of two words or more with no separator, known by its capital (Latin script), and
    not ending a sentence."""
    return (kind == "read_also" and " " in label and value[:1].isupper()
            and not value.endswith(_TITLED_LINK_STOPS))


# A lower-case letter right before a capital that opens a word, or a capital ending a word in capitals before
# one that opens a word in lower case: where a scraper glued two spans.
# "aussiBurkina", "aussiRDC", "AUSSIBamako"
_CASE_CHANGE = regex.compile(r"\p{Ll}(?=\p{Lu}\p{L})|\p{Lu}(?=\p{Lu}\p{Ll})")


def _glued_link(line: Line, profile: Profile) -> Classified | None:
    """"Lire aussiBurkina Faso: l'armée …": a related-article label whose link text the scraper
    glued to it (RFI). Known by the case change that ends a label of two words or more exactly."""
    found = _CASE_CHANGE.search(line.text, 0, LABEL_PREFIX_CHARS)
    if found is None:
        return _glued_caseless_link(line, profile)
    head = fold(line.text[: found.end()])
    match = profile.label_pattern.match(head)
    if match is None or match.end() != len(head):
        return None
    word = " ".join(match.group("label").split())
    if profile.label_kinds.get(word) != "read_also" or " " not in word:
        return None  # "ReadMe files …": a one-word label glued to a word is a name
    return Classified(line, Cue.LABEL, f"label:read_also:{word}", "read_also", line.text[found.end():], True)


def _glued_caseless_link(line: Line, profile: Profile) -> Classified | None:
    """"اقرأ أيضاًارتفاع سعر الدولار …": a related label of two words or more glued to its link's text, in a
    script with no case, known by the label's end."""
    glued = profile.read_also_glued
    found = glued.match(line.folded) if glued is not None else None
    if found is None or line.folded[found.end()].isascii():
        return None
    word = " ".join(found.group().split())
    value = value_after(line.text, line.folded, found.end())
    return Classified(line, Cue.LABEL, f"label:read_also:{word}", "read_also", value, True) if value else None


_TITLED_LINK_STOPS = (".", "!", ";", ":", '"', "”", "»", "…")  # 'Also on Monday, Blinken told reporters: "…"' is prose


def _as_label_before_a_mark(line: Line, profile: Profile) -> Classified | None:
    """A label alone with a link's arrow or guillemet after it: "Article suivant »" (the one before it, "« Article
    précédent", is a marked label), "Lire la suite »"."""
    text = _TRAIL_MARK.sub("", line.text)
    if not text:
        return None
    inner = make_line(line.number, text)
    found = _as_label(inner, profile) if may_be_label(inner, profile) else None
    if found is None or found.value:
        return None
    return found._replace(line=line)


def _as_marked_label(line: Line, profile: Profile) -> Classified | None:
    """A label behind an arrow or a bullet: "► Lire aussi : …", "⬅️ اقرأ أيضا: …"."""
    text = _LEAD_MARK.sub("", line.text, count=1)
    if text == line.text or not text or line.text.endswith("|"):
        return None  # "| Date | Event |" is a row of a table
    inner = make_line(line.number, text)
    if not may_be_label(inner, profile):
        return None
    found = _as_label(inner, profile)
    if found is None or found.kind == "navigation" and found.value:
        return None  # "← Previous Post: …" is chrome, for the boilerplate rules; "← Précédent" alone heads its link
    return found._replace(line=line)


def _as_bracketed_label(line: Line, profile: Profile) -> Classified | None:
    """A related link in square brackets, as WordPress sites print one inside the body: "[Related: Alaska
    Senate leaders signal support for school funding boost]" (Alaska Beacon); a source label in round ones
    closing the article, "(Source: Fena)". Only those: "[Updated: …]" or "[Photo: …]" stay what they were."""
    inner = make_line(line.number, line.text[1:-1].strip())
    if not inner.text or not may_be_label(inner, profile):
        return None
    found = _as_label(inner, profile)
    if found is None or not found.has_separator or found.kind != _BRACKETED_KINDS[line.text[0]]:
        return None
    return found._replace(line=line)


_BRACKETED_KINDS = {"[": "read_also", "(": "source"}


def value_after(text: str, folded: str, folded_end: int) -> str:
    """The part of `text` after the first `folded_end` characters of its folded form.

    Characters that fold to nothing right after that point (the tanwin of "أيضاً", a
    tatweel) close the label's last word: they are not a value.
    """
    if len(text) == len(folded):
        return text[folded_end:].strip(" :")
    end = _unfolded_end(text, folded_end)
    while end < len(text) and not fold(text[end]):
        end += 1
    return text[end:].strip(" :")


def _unfolded_end(text: str, folded_end: int) -> int:
    """The shortest prefix of `text` whose folded form is `folded_end` characters or more.

    Folding works character by character (a character may fold to none, one or several),
    so the folded length of a prefix grows with the prefix: step towards the answer by
    the shortfall, then back over any characters the prefix did not need.
    """
    end = min(folded_end, len(text))
    while end < len(text) and (short := folded_end - len(fold(text[:end]))) > 0:
        end += short
    end = min(end, len(text))
    while end > 0 and len(fold(text[: end - 1])) >= folded_end:
        end -= 1
    return end


def is_boilerplate(line: Line, profile: Profile) -> bool:
    """Whether a short line is chrome by the profile's lines and patterns alone."""
    return _as_boilerplate(line, profile) is not None


def _as_boilerplate(line: Line, profile: Profile) -> Classified | None:
    key = line.key
    if key in profile.boilerplate_lines or ((" | " in key or " - " in key or " • " in key)
                                            and _all_known_lines(key, profile)) or _known_buttons(key, profile) \
            or " | " in key and _a_widget_and_its_button(key, profile) \
            or " / " in key and _known_line_in_two_languages(key, profile) \
            or (":" in key and _labelled_buttons(key, profile)) or _known_line_before_a_mark(line, profile):
        return Classified(line, Cue.BOILERPLATE, "boilerplate:line")
    if profile.boilerplate_pattern is not None and profile.boilerplate_pattern.match(line.folded):
        return Classified(line, Cue.BOILERPLATE, "boilerplate:pattern")
    if "@" in line.text and (_EMAIL_ADDRESS.fullmatch(line.text) or _CONTACT_LINE.match(line.text)):
        return Classified(line, Cue.BOILERPLATE, "boilerplate:email-address")  # a writer's, below the byline
    if profile.photo_credit is not None and profile.photo_credit.match(line.folded):
        return Classified(line, Cue.PHOTO_CREDIT, "boilerplate:photo-credit")
    if profile.address_words and _a_postal_address(line, profile.address_words):
        return Classified(line, Cue.BOILERPLATE, "boilerplate:postal-address")
    if profile.boilerplate_contains is not None and _contains_phrase(line.folded, profile.boilerplate_contains):
        return Classified(line, Cue.BOILERPLATE, "boilerplate:contains")
    if profile.credit_ending is not None and line.words >= CREDIT_ENDING_MIN_WORDS and \
            (credit := profile.credit_ending.search(line.folded, max(0, len(line.folded) - CREDIT_ENDING_CHARS))) \
            and credit.start() > 0:  # a caption before it: "(مونت كارلو الدولية / أ ف ب)" alone credits the article
        return Classified(line, Cue.BOILERPLATE, "boilerplate:caption-credit")
    if ("http" in line.folded or "www." in line.folded) and profile.boilerplate_pattern is not None:
        # a promotion with its link: "تابعوا أخبار سانا على تلغرام https://t.me/…"
        bare = _TRAILING_URL.sub("", line.folded)
        if bare and bare != line.folded and profile.boilerplate_pattern.match(bare):
            return Classified(line, Cue.BOILERPLATE, "boilerplate:pattern")
    return None


def _after_another_language(text: str) -> str:
    """What a line says after its words in another language and a slash, a few words with no digit ("هەواڵی
    پەیوەندیدار / أخبار ذات صلة", "Partager / شارك"), or "" when it is no such line."""
    first, _, last = text.rpartition(" / ")
    if not first or " / " in first or len(first.split()) > _SECOND_LANGUAGE_MAX_WORDS or _DIGIT.search(first):
        return ""
    return last


def _related_label_said_again(line: Line, profile: Profile) -> Classified | None:
    """A related label alone, in another language first and then the profile's after a slash: "هەواڵی پەیوەندیدار /
    أخبار ذات صلة" (Kurdish, then Arabic)."""
    last = _after_another_language(line.text)
    if not last or profile.label_kinds.get(label_key(last)) != "read_also":
        return None
    return Classified(line, Cue.LABEL, f"label:read_also:{label_key(last)}", "read_also")


def _tags_among_links(line: Line, profile: Profile) -> Classified | None:
    """A post's footer of links set off by bars, one of them its tags behind their label: WordPress's "Posted in News |
    Tagged Chilenje market, cholera, Lusaka City Council | Leave a comment" gives the tags; the line is the tag line."""
    for part in line.text.split(" | ")[1:]:
        piece = make_line(line.number, part.strip())
        if not piece.may_be_chrome or not may_be_label(piece, profile):
            continue
        found = _as_label(piece, profile)
        if found is not None and found.kind == "keywords" and found.value:
            return Classified(line, Cue.LABEL, found.rule, "keywords", found.value, True)
    return None


def _known_line_before_a_mark(line: Line, profile: Profile) -> bool:
    """A line of known chrome with a link's arrow or guillemet after it: "Lire la suite »", "Read more ›"; or an
    arrow before it: "↑ Retour en haut"."""
    if line.text[-1] in _TRAIL_MARKS:
        return _line_key(fold(_TRAIL_MARK.sub("", line.text))) in profile.boilerplate_lines
    return line.text[0] in _ARROWS_BEFORE \
        and _line_key(fold(_ARROW_BEFORE.sub("", line.text))) in profile.boilerplate_lines


def _a_postal_address(line: Line, address_words: frozenset[str]) -> bool:
    """A site's postal address, as a footer prints it: three parts or more set apart by commas or dashes, one
    after the first with a word of an address and a number ("Télé MB – Rue des Arbalestriers 9 – 7000 Mons",
    "AlterPresse, 4e étage, Delmas 33, Port-au-Prince"). A title has a colon, or fewer parts, or no number
    in the street's part ("Incendie à Mons, rue de Nimy, 3 blessés")."""
    text = line.text
    if _DIGIT.search(text) is None or text.endswith(_SENTENCE_END) or ":" in text:
        return False
    parts = _ADDRESS_PARTS.split(line.folded)
    if len(parts) < _ADDRESS_MIN_PARTS or any(len(part.split()) > _ADDRESS_PART_MAX_WORDS for part in parts):
        return False  # (a part of a sentence's length: "… Ring Road 4 is expected to cut traffic … — VNS")
    return any(_DIGIT.search(part) and any(word in address_words for word in words_of(part)) for part in parts[1:])


_ADDRESS_PARTS = re.compile(r"\s*,\s*|\s+[-–—|·•]\s+")
_ADDRESS_MIN_PARTS = 3
_ADDRESS_PART_MAX_WORDS = 6
_DIGIT = re.compile(r"\d")

_EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# a writer's name, a colon and the address, then maybe a line about them: "Daniel Okoro: dokoro@seattletimes.com; …"
_CONTACT_LINE = re.compile(r"[^\W\d_][^:@\d]{1,40}:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?![\w-])\s*(?:;|$)")
_TRAILING_URL = re.compile(r"\s*:?\s*(?:https?://|www\.)\S+$")


_BUTTON_ROW_MAX_CHARS = 60  # a row of one-word buttons after its first: "Tweet Email WhatsApp Telegram"
_LEADING_BUTTONS = 3  # one-word buttons first in a row that make it a share row whatever follows them
# Between a footer's or a share bar's links on one line (after folding, a dash of any length is "-")
_LINK_SEPARATORS = re.compile(r" [|•-] ")


def _known_buttons(key: str, profile: Profile) -> bool:
    """A row of buttons, each a known line of one word, set off by spaces or tabs: "Share Tweet Email"; or three of
    them first, then buttons of several words ("Facebook Twitter LinkedIn Envoyer à un ami Version imprimable")."""
    first, space, rest = key.partition(" ")
    if not space or first not in profile.boilerplate_lines or len(rest) > 2 * _BUTTON_ROW_MAX_CHARS:
        return False
    words = rest.split(" ")
    known = profile.boilerplate_lines
    return len(rest) <= _BUTTON_ROW_MAX_CHARS and all(word in known for word in words) \
        or len(words) > _LEADING_BUTTONS and all(word in known for word in words[:_LEADING_BUTTONS - 1])


def _labelled_buttons(key: str, profile: Profile) -> bool:
    """A share bar's label, its colon, then its buttons set off by spaces: "Partagez cet article : Facebook
    WhatsApp X" (Togo Breaking News)."""
    label, _, buttons = key.partition(":")
    return key_of_folded(label) in profile.boilerplate_lines and _known_buttons(buttons.strip(), profile)


def _all_known_lines(key: str, profile: Profile) -> bool:
    """A footer's links on one line: "من نحن | اتصل بنا | سياسة الخصوصية"; or a share bar's, its label's colon
    before the first: "شارك الخبر: فيسبوك | تويتر | واتساب", "شارك الخبر: فيسبوك - واتساب - تيليغرام" (Quryna)."""
    parts = _LINK_SEPARATORS.split(key)
    label, colon, first = parts[0].partition(":")
    if colon:
        parts[0:1] = [label, first]
    return all(key_of_folded(part) in profile.boilerplate_lines for part in parts)


def _a_widget_and_its_button(key: str, profile: Profile) -> bool:
    """A short widget's text and a known button after a bar, the last of two parts: a radio's player ("GBC Radio 2
    Kumasi 93.1 FM | Listen live"), the weather beside it ("Yellowknife −31 °C | Écouter en direct")."""
    first, bar, last = key.partition(" | ")
    return bool(bar) and " | " not in last and last in profile.boilerplate_lines \
        and len(first.split()) <= _WIDGET_MAX_WORDS and not first.endswith(_SENTENCE_END)


def _known_line_in_two_languages(key: str, profile: Profile) -> bool:
    """A known line of chrome after its words in another language and a slash: "Partager / شارك" on a bilingual
    page."""
    last = _after_another_language(key)
    return bool(last) and last in profile.boilerplate_lines


def _contains_phrase(folded: str, phrases: re.Pattern[str]) -> bool:
    """A short line with one of the phrases in it, as whole words ("… All rights reserved")."""
    if len(folded) > CONTAINS_MAX_CHARS:
        return False
    return any(match.start() == 0 or not folded[match.start() - 1].isalnum() for match in phrases.finditer(folded))


def is_breadcrumb(line: Line, profile: Profile) -> bool:
    """"الرئيسية / شؤون محلية / …", "Accueil » France : …": a site path, not content.

    Only asked of lines before the body: in prose, « guillemets » look the same.
    """
    folded = line.folded
    if not line.may_be_chrome:
        return False
    if not folded.startswith(profile.breadcrumb_home) and (
            len(profile.breadcrumb_hint.findall(folded)) < 2 or _quotes_a_phrase(line.text)):
        return False
    return profile.breadcrumb.match(folded) is not None


def _quotes_a_phrase(text: str) -> bool:
    """"Macron juge « inacceptable » la décision": guillemets that open and close a quotation,
    not a path of sections ("Accueil » France » …" only points one way)."""
    opening = text.find("«")
    return opening >= 0 and text.find("»", opening) > opening and text.count("«") == text.count("»")


def _as_hashtags(line: Line) -> Classified | None:
    if _HASHTAG_LINE.match(line.text):
        tags = ", ".join(_HASHTAG.findall(line.text))
        return Classified(line, Cue.HASHTAGS, "keywords:hashtags", "keywords", tags)
    # "#TÜRKIYE #GAZA #HUMANITARIAN AID", "# ليفربول # محمد صلاح": tags of a few words each, a # before each
    parts = [part.strip(" ,،") for part in line.text.split("#")[1:]]
    if len(parts) >= 2 and all(part and _words_but_dashes(part) <= _HASHTAG_MAX_WORDS for part in parts):
        return Classified(line, Cue.HASHTAGS, "keywords:hashtags", "keywords", ", ".join(parts))
    return None


def _words_but_dashes(text: str) -> int:
    """Words of a tag, a dash between two names none: "#Ben Thanh – Tham Luong" holds four."""
    return sum(word not in _DASHES for word in text.split())


def _as_byline(line: Line, profile: Profile) -> Classified | None:
    for pattern in profile.bylines:
        match = pattern.match(line.text)
        if match:
            return Classified(line, Cue.BYLINE, f"byline:{pattern.pattern}", "author", match.group("name"))
    return None


def word_count(text: str) -> int:
    """Words as a reader counts them: runs of letters or digits (punctuation alone is not one)."""
    return len(WORD.findall(text))


def has_words(text: str, count: int) -> bool:
    """`word_count(text) >= count`, without counting past `count`."""
    return sum(1 for _ in islice(WORD.finditer(text), count)) >= count

"""Page chrome a scraper glued to a paragraph, with no line break between them.

A share bar's buttons before the first paragraph ("Share:FacebookXWhatsAppCopy linkJakarta (ANTARA) - …")
or after the last ("… في المخيم.شارك:فيسبوكتويترواتساب"), a copyright notice after its last sentence
("… by extreme weather.Copyright © ANTARA 2025"), an ad slot's label before its first capital
("AdvertisementThe Kenya National Highways Authority …"). The paragraph keeps its own words; the chrome cut off
is kept with the page's other chrome, so nothing of the input is dropped.

The profile says what such chrome is made of: `boilerplate.glued_buttons`, the buttons' names (two or
more glued together make a bar, its "Share:" label among them), and `boilerplate.glued_endings`, the
words that open a notice glued after a sentence ("©", "Copyright").
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex

_MIN_BUTTONS = 2  # one name glued to a paragraph is a word of it ("… on Facebook")
_ENDING_MAX_CHARS = 60  # a glued notice: "Copyright © ANTARA 2025", not a sentence that goes on
_SENTENCE_STOPS = (".", "!", "?", "؟", "…", '"', "”", "»")
_BUTTON_MAX_CHARS = 30  # the last characters a button's name may take
_OPENING_QUOTES = frozenset('"“«‘')
_CAPTION_REACH = 200  # characters: where a caption glued before a paragraph ends, its credit's notice word
_CREDIT_MAX_CHARS = 40
_CREDIT_MAX_WORDS = 3
_STOP_INSIDE = regex.compile(r"[.!?]\s")  # a caption glued before a paragraph is one sentence
_CAPTION_GLUE = regex.compile(r"(?<=\p{L})(?=\p{Lu}\p{Ll})")  # "SGNThe": where the paragraph's first word begins
_LONGEST_ENDING = 20  # characters of a notice's opening words looked at before the notice itself


class GluedChrome(NamedTuple):
    """What to cut from paragraphs: the buttons' pattern at either end, and the notices' opening words."""

    opening: re.Pattern[str]  # a bar of glued buttons opening the text
    closing: re.Pattern[str]  # a bar of glued buttons closing the text
    # cheap tests before the patterns: a name's first three letters, lower-cased (before `opening`); the names,
    # lower-cased, no colon, and their last letters (before `closing`)
    button_starts: frozenset[str]
    button_names: tuple[str, ...]
    button_ends: frozenset[str]
    endings: tuple[str, ...]  # a glued notice's opening words, as written
    credits: tuple[str, ...]  # those that end with a colon: a photo's credit ("Photo:"), after a caption glued before


def glued_chrome(buttons: list[str], endings: list[str]) -> GluedChrome | None:
    """The profile's glued chrome, or None when it names none."""
    if not buttons and not endings:
        return None
    names = sorted({name.strip() for name in buttons if name.strip()}, key=len, reverse=True)
    # a name's colon may have a space before or after it: "Share:", "Partager :"
    alternatives = "|".join(re.escape(name).replace(":", r"\s*:\s*") for name in names) or "(?!)"
    bar = rf"(?:{alternatives}){{{_MIN_BUTTONS},}}"
    # or set off by spaces, the last one glued to the paragraph's first capital: "Share Facebook X TelegramUkraine …"
    spaced = rf"(?:(?:{alternatives}) ){{{_MIN_BUTTONS - 1},}}(?:{alternatives})(?=(?-i:[A-Z]))"
    # or closing it after a sentence's stop, the buttons set off by bars or spaces: "… Agency.Share:Telegram | Facebook
    # | X", "… الدراسة.شارك الخبر: فيسبوك | إكس | واتساب", "… de mars.Partager : Facebook X WhatsApp E-mail"
    barred = (rf"(?<=[.!?”\"])\s*(?:{alternatives})(?:\s?(?:{alternatives}))*"
              rf"(?:(?:\s*\|\s*|\s+)(?:{alternatives})){{{_MIN_BUTTONS - 1},}}")
    return GluedChrome(
        opening=re.compile(rf"{bar}(?=\S)|{spaced}", re.IGNORECASE),
        closing=re.compile(rf"(?:(?<=\S){bar}|{barred})$", re.IGNORECASE),
        button_starts=frozenset(name[:3].lower() for name in names),  # (a bar opening with "X" is left alone)
        button_names=tuple(sorted({name.rstrip(": ").lower() for name in names} - {""})),
        button_ends=frozenset(name.rstrip(": ").lower()[-1:] for name in names),
        endings=tuple(ending for ending in endings if ending),
        credits=tuple(ending for ending in endings if ending.endswith(":")),
    )


def cut_glued_chrome(text: str, glued: GluedChrome) -> tuple[str, tuple[str, ...]]:
    """(the paragraph without the chrome glued to it, the chrome cut off); (text, ()) when none is."""
    opens = text[:3].lower() in glued.button_starts
    closes = text[-1:].lower() in glued.button_ends \
        and text[-_BUTTON_MAX_CHARS:].lower().endswith(glued.button_names)
    notice = _a_notice_glued_before(text, glued.endings) or _a_caption_glued_before(text, glued.credits) \
        or _a_copyright_glued_before(text)
    if notice:  # an ad slot's label glued before the paragraph: "AdvertisementThe Kenya National Highways …"
        text, cut = text[len(notice):], [notice.strip()]
    elif not opens and not closes and not _holds_an_ending(text, glued.endings):
        return text, ()  # most paragraphs: the cheap tests first
    else:
        cut = []
    opening = glued.opening.match(text) if opens else None
    if opening is not None:
        cut.append(opening.group().strip())
        text = text[opening.end():]
    if closes:
        closing = glued.closing.search(text, max(0, len(text) - 200))
        if closing is not None:
            cut.append(closing.group().strip())
            text = text[:closing.start()]
    tail = max(0, len(text) - _ENDING_MAX_CHARS - _LONGEST_ENDING)
    for ending in glued.endings:
        at = text.find(ending, tail)
        if at > 0 and _after_a_sentence(text, at):
            cut.append(text[at:].strip())
            text = text[:at]
            break
    return text.strip(), tuple(cut)


def _a_notice_glued_before(text: str, endings: tuple[str, ...]) -> str:
    """The notice word opening `text` glued to the paragraph's first capital ("AdvertisementThe …"; in capitals, to
    a capital and a small letter, "ADVERTISEMENTThe …"), or set off by a space from a quotation that opens it
    ('Advertisement "Water don finish …', The Eden Newspaper), or ""."""
    if not text.startswith(endings):
        return ""
    notice = next(ending for ending in endings if text.startswith(ending))
    after = text[len(notice):len(notice) + 2]
    if notice[-1:].isalpha() and after[:1] == " " and after[1:] in _OPENING_QUOTES:
        return notice + " "  # before a quotation opening the paragraph: 'Advertisement "Water don finish …'
    if notice[-1:].islower():
        return notice if after[:1].isupper() else ""
    capitals = notice.isupper() and after[:1].isupper() and after[1:].islower()  # "ADVERTISEMENTThe …"
    return notice if capitals else ""


def _a_caption_glued_before(text: str, credits: tuple[str, ...]) -> str:
    """A photo's caption of one sentence and its credit, one of the `credits` (notice words ending with a colon), glued
    before the paragraph's first capital ("The new maternity wing at … Hospital in Moto’otua. Photo: SGNThe
    long-delayed …", Samoa Global News), or "". The credit is a few capitalised words, the glue where a capital and a
    small letter begin the paragraph's first word; or the credit is in brackets, the paragraph's first letter glued
    to the closing one."""
    for credit in credits:
        bracketed = text.find(f"({credit}", 2, _CAPTION_REACH)
        if bracketed > 0 and not _STOP_INSIDE.search(text, 0, bracketed):
            # its credit in brackets, the paragraph right after them: "شارع بولس السادس في الناصرة (تصوير: راديو
            # الناس)أعلنت بلدية الناصرة …" (Radio Nas)
            close = text.find(")", bracketed, bracketed + len(credit) + _CREDIT_MAX_CHARS)
            if close > 0 and text[close + 1:close + 2].isalpha():
                return text[:close + 1]
        at = text.find(credit, 2, _CAPTION_REACH) - 2  # (the caption's stop and a space before it)
        if at < 0 or text[at:at + 2] != ". " or _STOP_INSIDE.search(text, 0, at):
            continue
        start = at + len(credit) + 2
        glue = _CAPTION_GLUE.search(text, start, start + _CREDIT_MAX_CHARS)
        cut = _last_glue_in_the_word(text, glue.start()) if glue else 0
        names = text[start:cut].split() if glue else []
        if glue and 0 < len(names) <= _CREDIT_MAX_WORDS and all(word[:1].isupper() for word in names):
            return text[:cut]
    return ""


def _a_copyright_glued_before(text: str) -> str:
    """A photo's copyright and its owner's name glued before the paragraph's first word ("© Bondi MagLe gouvernement
    …"), or ""."""
    if not text.startswith("© "):
        return ""
    glue = _CAPTION_GLUE.search(text, 2, 2 + _CREDIT_MAX_CHARS)
    if glue is None:
        return ""
    cut = _last_glue_in_the_word(text, glue.start())
    names = text[2:cut].split()
    return text[:cut] if 0 < len(names) <= _CREDIT_MAX_WORDS + 1 and all(word[:1].isupper() for word in names) else ""


def _last_glue_in_the_word(text: str, at: int) -> int:
    """The last place in the word holding the glue at `at` where a capital and a small letter begin: the name may hold
    one of its own ("Photo: Ronan McGradeThe decision …" is cut before "The", not inside "McGrade")."""
    end = at
    while end < len(text) and not text[end].isspace():
        end += 1
    return max((glue.start() for glue in _CAPTION_GLUE.finditer(text, at, end)), default=at)


def _holds_an_ending(text: str, endings: tuple[str, ...]) -> bool:
    return any(map(text[-_ENDING_MAX_CHARS - _LONGEST_ENDING:].__contains__, endings))  # (no generator: a hot path)


def _after_a_sentence(text: str, at: int) -> bool:
    """The notice at `at` follows a sentence's stop, glued to it ("weather.Copyright …"), or after a space
    when it holds "©" ("… said. © Reuters 2025"); "… said. Copyright law changed …" is a sentence."""
    before = text[at - 1]
    if before in _SENTENCE_STOPS:
        return True
    return before == " " and text[:at].rstrip().endswith(_SENTENCE_STOPS) and "©" in text[at:]

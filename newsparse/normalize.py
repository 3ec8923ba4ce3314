"""Text clean-up for output, and letter folding for matching.

Two different jobs live here because both are about characters:

* `clean_line` produces what the record shows: HTML entities decoded, invisible control
  characters removed, runs of spaces and tabs collapsed, the ends trimmed. The article's own
  letters are kept (Persian ی stays ی).
* `fold` produces what the rules match against: Arabic letter variants, diacritics and
  tatweel folded, digits made ASCII, case folded. It is never shown to the user.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable

# Bidi marks and embeddings (the Arabic letter mark U+061C among them), zero-width space, word joiner
# and the other invisible format characters of U+2060-U+206F, BOM, soft hyphen, and C0/C1 controls
# except tab. ZWNJ (U+200C) is kept inside a word of a line in Persian, Kurdish, Urdu or an Indic script, whose
# spelling holds it (`_NON_JOINING_SCRIPT`), and dropped elsewhere; so is a ZWJ (U+200D)
# that joins an emoji sequence, but no other, such as those scrapers leave inside Arabic words.
_INVISIBLE = re.compile(
    r"[\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\u00ad\x00-\x08\x0b-\x1f\x7f-\x9f]"
)

_FOLD_TABLE = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ے": "ي",
        "ک": "ك", "ڪ": "ك",
        "ة": "ه", "ۀ": "ه", "ە": "ه",
        "ؤ": "و", "ئ": "ي",
        "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4",
        "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
        "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4",
        "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
        "،": ",", "؛": ";", "؟": "?", "ـ": None,
        "\u2019": "'", "\u2018": "'", "\u00ab": '"', "\u00bb": '"', "\u201c": '"', "\u201d": '"',
        "\u2013": "-", "\u2014": "-", "\uff1a": ":",
    }
)
_FOLD_MAP = {chr(code): replacement or "" for code, replacement in _FOLD_TABLE.items()}
# The letters that fold most often in Arabic text are replaced with str.replace (a C scan
# per letter); the rest, and the Arabic diacritics (harakat, tanwin, shadda, sukun,
# superscript alef, Quranic marks), which are dropped, by one regex pass only when a line
# has any. Both are several times faster than str.translate, whose per-character dict
# look-ups are slow for non-ASCII text.
_COMMON = tuple((char, _FOLD_MAP[char]) for char in "أإآىةؤئی،")
_RARE = re.compile(
    "["
    + "".join(re.escape(char) for char in _FOLD_MAP if char not in dict(_COMMON))
    + "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]"
)


# What `clean_line` would change in a line, besides an entity or a doubled space: a space
# other than U+0020 (tab, CR, NBSP, thin …; every character str.split() splits on) or an
# invisible character. One character class, because an alternation is slow to search.
_UNCLEAN_CHARACTER = re.compile(
    "[\t\x0b-\x0d\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u200c\u200d\u2028\u2029\u202f\u205f\u3000"
    + _INVISIBLE.pattern[1:]
)
# a zero-width joiner not followed by an emoji (which it would join to the one before): "ور\u200dشات", "… week.\u200d"
_STRAY_JOINER = re.compile("\u200d(?![\u2600-\u27bf\U0001f000-\U0001faff])")
# a zero-width non-joiner beside a space or at a line's end, where it joins or parts no letters: "الدوام\u200c المرن"
_STRAY_NON_JOINER = re.compile("\u200c(?=\\s|$)|(?:^|(?<=\\s))\u200c")
# Letters of the languages whose spelling holds a ZWNJ inside words: Persian, Kurdish, Urdu and Pashto letters the
# Arabic alphabet lacks (پ چ ژ ک گ ی ۀ ە ے), and the Indic scripts; a line with none of them has no use for one.
# In a line with none of those letters, a ZWNJ that Persian spelling puts before the plural's "ها" ("نامه\u200cها") or
# after the verbs' "می" stays; any other is a scraper's leftover.
_LEFTOVER_NON_JOINER = re.compile("(?<!م[يی])\u200c(?!ها)")
_NON_JOINING_SCRIPT = re.compile("[\u067e\u0686\u0698\u06a9\u06af\u06cc\u06c0\u06d2\u06d5\u0900-\u0dff]")

# Runs of letters and digits, with the marks written over them (Arabic's shadda and short vowels, combining
# accents): what a reader counts as words ("عمّان" is one, though "ّ" is no letter).
WORD = re.compile(r"[^\W_]+(?:[\u0300-\u036F\u0610-\u061A\u064B-\u065F\u0670]+[^\W_]*)*")
# Common punctuation (after folding): never part of a word, so a space can stand in for it.
_PUNCTUATION = re.compile(r"[.,;:!?\"'()\[\]{}«»“”‘’\-–—/…|#*+=<>%&@~^$]")


def _without_leftover_non_joiners(line: str) -> str:
    """`line` without the ZWNJs a scraper left inside words that need none: in a word with no letter of a script whose
    spelling holds one, any but Persian's before "ها" and after "می" ("إنسا\u200cنية", also beside Persian words on
    the same line: "المباني الطي\u200cنية … تدعیم الجدران")."""
    if _NON_JOINING_SCRIPT.search(line) is None:
        return _LEFTOVER_NON_JOINER.sub("", line)
    return " ".join(word if "\u200c" not in word or _NON_JOINING_SCRIPT.search(word) is not None
                    else _LEFTOVER_NON_JOINER.sub("", word) for word in line.split(" "))


def split_lines(text: str) -> list[str]:
    """Split on every line-ending convention scrapers produce (LF, CRLF, CR, U+2028 …)."""
    return text.splitlines()


def normalise_text(text: str) -> str:
    """The article text the id is computed over: no BOM, LF line ends, no trailing blanks, and
    Unicode NFC, so that a text saved with decomposed letters ("é" as "e" and a combining
    accent, "أ" as "ا" and a combining hamza) is read, and gets its id, as the composed one;
    and the paragraphs of a text browser's dump, wrapped at a fixed width, joined again, its links' numbers and the
    marks of a Markdown dump taken off."""
    lines = [line.rstrip() for line in split_lines(text.lstrip("\ufeff"))]
    text = "\n".join(_unmarked(_unreferenced(_unwrapped(lines)))).strip("\n")
    return text if text.isascii() else unicodedata.normalize("NFC", text)


#: A text browser's dump (lynx, w3m) wraps paragraphs at a fixed width: its longest line is this
#: long at most, and many lines come close to it.
_WRAP_WIDTHS = range(60, 101)
_WRAP_SLACK = 15  # a wrapped line is at most this much shorter than the width
_WRAPPED_MIN_LINES = 6
_WRAPPED_MIN_SHARE = 0.4  # of the non-blank lines
_LIST_ITEM = re.compile(r"(?:[-*•·◦▪]|\d+[.)])\s")  # a list's item opens its own line


def _unwrapped(lines: list[str]) -> list[str]:
    """`lines` with each line of a hard-wrapped text joined to the next one when the next one's first word would
    have fitted on it: a greedy wrap broke there, not the writer ("… lancé lundi", then "à Gitega une
    campagne …"). Texts that are not wrapped so are returned as they are."""
    width = max(map(len, lines), default=0)
    if width not in _WRAP_WIDTHS:
        return lines
    filled = [line for line in lines if line]
    near = sum(len(line) >= width - _WRAP_SLACK for line in filled)
    if near < _WRAPPED_MIN_LINES or near < _WRAPPED_MIN_SHARE * len(filled):
        return lines
    joined: list[str] = []
    previous = ""  # the line above as wrapped, not as joined so far: a short one ended its paragraph
    for line, block_width in zip(lines, _indented_block_widths(lines), strict=True):
        if previous and line and _wrapped_onto(previous, line, block_width or width):
            joined[-1] = f"{joined[-1]} {line.lstrip()}"
        else:
            joined.append(line)
        previous = line
    return joined


def _wrapped_onto(previous: str, line: str, width: int) -> bool:
    """`line` goes on the line above, broken by the wrap: its first word would have fitted there. An indented line
    goes on a line of the same indent (a quote set in), or hangs below a list's item ("  • Brazzaville : … six mois
    de", then "    travaux de consolidation des berges"); a list's item opens its own line."""
    indent = len(line) - len(line.lstrip(" "))
    if indent:
        above = len(previous) - len(previous.lstrip(" "))
        item = _LIST_ITEM.match(previous, above)
        if not (indent == above or item is not None and indent == item.end()) or _LIST_ITEM.match(line, indent):
            return False
    elif line[0].isspace() or _LIST_ITEM.match(line) is not None:
        return False
    return len(previous) + 1 + len(line[indent:].split(" ", 1)[0]) > width


def _indented_block_widths(lines: list[str]) -> list[int]:
    """For each line of a run of lines with the same indent, the run's longest line: a text browser wraps a quote
    set in at its own width, narrower than the page's; 0 for other lines."""
    widths = [0] * len(lines)
    start = 0
    while start < len(lines):
        line = lines[start]
        indent = len(line) - len(line.lstrip(" "))
        end = start + 1
        if line and indent:
            while end < len(lines) and lines[end] and len(lines[end]) - len(lines[end].lstrip(" ")) == indent:
                end += 1
            if end - start > 1:
                widths[start:end] = [max(map(len, lines[start:end]))] * (end - start)
        start = end
    return widths


# A text browser's dump with its links numbered (lynx -dump): "[14]Kahului Harbor", "Par [8]Nathalie Girard",
# "[9][IMG]", and the list of "References" at the end.
_LINK_NUMBER = re.compile(r"\[\d{1,4}\](?=[^\s\]])")
_LINK_NUMBERS_MIN = 5  # a text that numbers its links so, five times or more


def _unreferenced(lines: list[str]) -> list[str]:
    """`lines` of a text browser's dump without the numbers it gives its links ("[14]Kahului Harbor" gives "Kahului
    Harbor", "[9][IMG]" gives "[IMG]"), when it numbers five links or more; any other text is returned as it is."""
    marked = sum(1 for line in lines if "[" in line and _LINK_NUMBER.search(line) is not None)
    if marked < _LINK_NUMBERS_MIN:
        return lines
    return [_LINK_NUMBER.sub("", line) if "[" in line else line for line in lines]


# A Markdown dump (an HTML page converted by a scraper): links, pictures, headings, quotes, list items, bold.
_MD_LINK = re.compile(r"(!?)\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
_MD_HEADING = re.compile(r"#{1,6}\s+")
_MD_QUOTE = re.compile(r">\s?")
_MD_BULLET = re.compile(r"(\s*)[*+-]\s+")
_MD_BOLD = re.compile(r"(\*\*|__)(.+?)\1")
_MD_ITALIC_LINE = re.compile(r"\*([^*\s][^*]*)\*")
_MARKDOWN_MIN_LINKS = 2


def _unmarked(lines: list[str]) -> list[str]:
    """`lines` of a Markdown dump without their marks: a link gives its text ("[Info](https://…)" gives "Info"), a
    picture its text in square brackets, as a text browser prints it; a heading, a quote, bold and a line in italics
    their words; a list's item a bullet ("• "). A text is read as Markdown when it holds two links at least and a
    heading; any other is returned as it is."""
    links = sum(1 for line in lines if "](" in line and _MD_LINK.search(line) is not None)
    if links < _MARKDOWN_MIN_LINKS or not any(_MD_HEADING.match(line) for line in lines):
        return lines
    return [_without_marks(line) for line in lines]


def _without_marks(line: str) -> str:
    line = _MD_HEADING.sub("", line, count=1) if line.startswith("#") else line
    line = _MD_QUOTE.sub("", line, count=1) if line.startswith(">") else line
    line = _MD_BULLET.sub(r"\1• ", line, count=1) if _MD_BULLET.match(line) else line
    if "](" in line:
        line = _MD_LINK.sub(lambda link: f"[{link.group(2)}]" if link.group(1) else link.group(2), line)
    if "**" in line or "__" in line:
        line = _MD_BOLD.sub(r"\2", line)
    italic = _MD_ITALIC_LINE.fullmatch(line)
    return italic.group(1) if italic else line


def clean_line(line: str) -> str:
    """One input line as the record shows it."""
    if "&" in line:
        line = html.unescape(line)
    if line.isprintable() and "  " not in line:
        return line.strip(" ")  # the common case: no controls, no odd or doubled spaces
    # str.split() with no argument splits on every Unicode space (NBSP, thin, ideographic).
    line = _INVISIBLE.sub("", line)
    if "\u200d" in line:
        line = _STRAY_JOINER.sub("", line)
    if "\u200c" in line:
        line = _STRAY_NON_JOINER.sub("", line)
        if "\u200c" in line:  # inside Arabic or Latin words, a scraper's: "إنسا\u200cنية"
            line = _without_leftover_non_joiners(line)
    return " ".join(line.split())


def clean_lines(text: str) -> list[str]:
    """Every line of a normalised text (LF line ends) as `clean_line` returns it.

    The common case, a text with nothing to clean, is found without testing each line:
    every character `clean_line` changes is unprintable, and `str.isprintable` is a C scan
    several times faster than searching the text for them (the search still runs when a
    line holds some other unprintable character, such as the ZWNJ of Persian spelling).
    """
    lines = text.split("\n")
    if "&" not in text and "  " not in text and (all(map(str.isprintable, lines))
                                                 or _UNCLEAN_CHARACTER.search(text) is None):
        padded = " \n" in text or "\n " in text or " " in (text[:1], text[-1:])
        return [line.strip(" ") for line in lines] if padded else lines
    return [clean_line(line) for line in lines]


_MENU_ROW_MIN_ITEMS = 3
_MENU_ITEM_MAX_WORDS = 3
_MENU_CELL_BREAK = re.compile(r"\t| {2,}")  # between a menu's items: a tab or a run of spaces


def tab_separated_menus(text: str) -> frozenset[int]:
    """The numbers (from 1) of the lines of a normalised text that are a menu's items set off by tabs
    ("Lebanon\tMiddle East\tWorld\tSports\tVideos") or by runs of spaces ("Kelowna  Penticton  Vernon  Salmon
    Arm  Okanagan", Castanet): three items or more of a few words each, no digit, no sentence's stop. Cleaning
    turns tabs into spaces and collapses runs of them, so the layout asks for them here."""
    if "\t" not in text and "  " not in text:
        return frozenset()
    return frozenset(number for number, line in enumerate(text.split("\n"), start=1)
                     if "\t" in line and _a_menu_row(_MENU_CELL_BREAK.split(line.strip()))
                     or "  " in line and _a_spaced_menu_row(_MENU_CELL_BREAK.split(line.strip())))


def _a_spaced_menu_row(cells: list[str]) -> bool:
    """A menu row set off by runs of spaces, whose items open with a capital (or a letter with no case) but one at
    most ("… Opinion  ePaper"): a title a scraper spaced out word by word ("Ruto  signs  finance  bill") is none."""
    items = [cell.strip() for cell in cells if cell.strip()]
    return _a_menu_row(items) and sum(item[:1].islower() for item in items) <= 1


_TITLE_CELL_MIN_WORDS = 3


def tab_separated_titles(text: str) -> dict[int, tuple[str, ...]]:
    """The lines of a normalised text (numbered from 1) whose parts set off by tabs are two titles or more, of three
    words at least each ("Pointe-Noire : le port autonome bat son record …\tBrazzaville : la corniche fermée aux poids
    lourds\t…"), each part cleaned: a related list flattened on one line, as the layout reads it there."""
    if "\t" not in text:
        return {}
    titles = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if "\t" in line.strip():
            cells = tuple(clean_line(cell) for cell in line.split("\t") if cell.strip())
            if len(cells) >= 2 and all(len(cell.split()) >= _TITLE_CELL_MIN_WORDS for cell in cells):
                titles[number] = cells
    return titles


def _a_menu_row(cells: list[str]) -> bool:
    items = [cell.strip() for cell in cells if cell.strip()]
    return len(items) >= _MENU_ROW_MIN_ITEMS and all(
        len(item.split()) <= _MENU_ITEM_MAX_WORDS and not any(char.isdigit() for char in item)
        and not item.endswith((".", "!", "?", ":", "؟")) for item in items)


def fold(text: str) -> str:
    """Matching form: letter variants, diacritics, tatweel, digits and case folded.

    The result may be shorter than the input (diacritics are dropped), so it is for
    comparing and matching whole strings, never for slicing the original.
    """
    if text.isascii():  # nothing to fold but case (a flag check, no scan)
        return text.lower()
    for char, replacement in _COMMON:
        if char in text:
            text = text.replace(char, replacement)
    if _RARE.search(text):
        text = _RARE.sub(_fold_match, text)
    return text.casefold()


# Letter variants, for rules that match the text as written (bylines and author noise) and
# hand back spans of it: each base letter stands for all its variants ("فريق التحرير" also
# matches "فریق التحریر" with Persian ی).
_LETTER_FOLDS = "أإآٱىیېۍےکڪةۀەؤئ"  # each folds to one base letter (ا ي ك ه و)


def _variants_by_base() -> dict[str, str]:
    """Base letter -> the base and all its variants ("ي" -> "يىیېۍےئ")."""
    variants: dict[str, str] = {}
    for variant in _LETTER_FOLDS:
        base = _FOLD_MAP[variant]
        variants[base] = variants.get(base, base) + variant
    return variants


_VARIANTS_OF = _variants_by_base()


def letter_variant_pattern(pattern: str) -> str:
    """`pattern` with each Arabic letter that has variants matching all of them: "ي" becomes
    "[يىیېۍےئ]" (inside a character class, its variants are added to the class).

    A variant written in the pattern stands for its base letter first, so "هيئة" matches
    "هيئه" and "هیئة" alike. Only letters change: regex syntax is ASCII.
    """
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
            continue
        if char == "\\":
            escaped = True
        elif char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        base = _FOLD_MAP.get(char, char) if char in _LETTER_FOLDS else char
        variants = _VARIANTS_OF.get(base)
        if variants is None:
            out.append(char)
        else:
            out.append(variants if in_class else f"[{variants}]")
    return "".join(out)


def _fold_match(match: re.Match[str]) -> str:
    return _FOLD_MAP.get(match[0], "")


def words_of(text: str) -> list[str]:
    """`WORD.findall(text)`, faster on long texts.

    Matching a Unicode character class looks every character up in the Unicode tables;
    splitting on spaces and testing whole tokens with `str.isalnum` does the same work in
    fewer, larger steps. Only a token that is not all letters and digits is searched.
    """
    tokens = _PUNCTUATION.sub(" ", text).split()
    if all(map(str.isalnum, tokens)):
        return tokens
    return [word for token in tokens for word in ((token,) if token.isalnum() else WORD.findall(token))]


_QUOTES = "\"'«»“”„‘’"


def unique_folded(items: Iterable[str]) -> tuple[str, ...]:
    """Items in order, without empty ones and without repeats that differ only by folding or
    by the quotes around them ('"النهار"' and "النهار")."""
    kept_items = [item for item in items if item]
    if len(kept_items) < 2:  # the usual case (one source, one author): nothing can repeat
        return tuple(kept_items)
    joined = "\n".join(kept_items)
    if joined.count("\n") == len(kept_items) - 1:  # no item holds a line break: fold them all at once
        keys = fold(joined).split("\n")
    else:
        keys = [fold(item) for item in kept_items]
    seen: set[str] = set()
    kept: list[str] = []
    for item, key in zip(kept_items, keys, strict=True):
        key = " ".join(key.split()).strip(_QUOTES)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return tuple(kept)

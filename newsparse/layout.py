"""Give every line of an article its role, reading top to bottom with context.

`classify.py` says what each line looks like on its own; this stage decides what it is in
this article: the first real content line is the headline, a short line between the
headline and the first paragraph is page chrome, a line after "read also" belongs to a
related article, a bare "Source:" label takes its value from the next line. Every
non-empty line gets exactly one `Claim`, so nothing is lost.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import NamedTuple

import regex

from .classify import (
    Classified,
    Cue,
    Line,
    classify,
    has_words,
    is_boilerplate,
    is_breadcrumb,
    is_chrome_sentence,
    make_line,
    may_be_label,
    value_after,
    word_count,
)
from .credits import caseless, initials_of, trailing_credit
from .dates import DateResult, DateVocabulary, parse_date, search_date, time_only
from .dates.folding import fold_word
from .glued import GluedChrome, cut_glued_chrome
from .normalize import WORD, fold, words_of
from .profile import Profile, key_of_folded, label_key, names_outlet, without_frequency


class Role:
    """What a line is in its article.

    Plain string constants, not an Enum: roles are set and compared for every line, and in
    Python 3.11 reading a member of an Enum class costs ten times a plain class attribute.
    """

    HEADLINE = "headline"
    DATE = "date"
    TIME = "time"
    UPDATED = "updated"
    BYLINE = "byline"
    BODY = "body"
    DECK = "deck"
    SOURCE = "source"
    KEYWORDS = "keywords"
    READ_ALSO_LABEL = "read-also-label"
    READ_ALSO_HEADLINE = "read-also-headline"
    READ_ALSO_BODY = "read-also-body"
    NAVIGATION = "navigation"
    BOILERPLATE = "boilerplate"
    UNPARSED = "unparsed"
    ALL = (HEADLINE, DATE, TIME, UPDATED, BYLINE, BODY, DECK, SOURCE, KEYWORDS, READ_ALSO_LABEL, READ_ALSO_HEADLINE,
           READ_ALSO_BODY, NAVIGATION, BOILERPLATE, UNPARSED)


class Claim(NamedTuple):
    """One line's role, the rule that gave it, and the value it contributes (if any)."""

    line: Line
    role: str  # a Role
    rule: str
    value: str = ""
    date: DateResult | None = None
    authors: tuple[str, ...] = ()
    # every source, when the line gives several ("Le Monde avec AFP"); a byline's agencies ("Par X avec Belga");
    # the agency closing a dateline ("… 2025 م واس")
    values: tuple[str, ...] = ()


_DATELINE_MAX_WORDS = 24  # "14 mai 2025 à 15 h 42 HAE · Mis à jour le 14 mai 2025 à 17 h 10 HAE" (Le Manic)
_MAX_WIRE_WORDS = 3  # "أ ش أ"
_DIGIT = regex.compile(r"\d")
_LETTER = regex.compile(r"\p{L}")
_DATELINE_MAX_EXTRA_WORDS = 3
_HEADER_DATELINE_MAX_EXTRA_WORDS = 1  # above the headline: "20 Feb 2024 | Gaza" at most
_TIME_LINE_MAX_CHARS = 16
# a wire's desk code: the editors' initials and the agency set off by slashes, maybe a time ("BSS/GMR/RY/1630 hrs")
# an editor's initials, in capitals or in lower case ("arb/mgt/lrd", Prensa Latina; "AN/ac/APA", APA)
_INITIALS = r"(?:\p{Lu}{2,5}|\p{Ll}{2,5})"
_DESK_CODE = regex.compile(rf"(?:{_INITIALS}/){{1,}}{_INITIALS}(?:/\d{{3,4}}(?:\s?hrs?)?)?")
_DESK_CODE_MAX_WORDS = 2
# the separators of a running head's name, date and page: a bar, a spaced dash, a run of spaces, or a space before
# the page's label and number ("Cornish Times Page 3")
_RUNNING_HEAD_PARTS = regex.compile(r"\s*(?:\||\s[–—-]\s|\s{2,})\s*|(?<=\p{L})\s+(?=(?:page|p\.|pg\.?)\s*\d)",
                                    regex.IGNORECASE)
_PAGE_MARK = regex.compile(r"(?:(?:page|p\.|pg\.?|الصفحة|الصفحه|ص\.?)\s*)?\d{1,3}", regex.IGNORECASE)
_RUNNING_HEAD_NAME_MAX_WORDS = 5
_LITTLE_WORD = regex.compile(r"\p{L}{1,3}")
_CLOCKED_TITLE_MIN_WORDS = 3  # "12:48 Parliament elects new Ombudsman"
_CLOCK_BEFORE_A_TITLE = regex.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d\s+(?=\p{Lu})")  # "14:05 President vetoes …"
_DESK_CREDIT_MAX_WORDS = 10  # a writer's label over a desk: "Texte et photos : service communication de la Province"
_END_MARK_IN_BRACKETS = regex.compile(r"[(\[](?:FIN|END|ENDS|FINE)[)\]]", regex.IGNORECASE)  # "(FIN)", "[END]"
_END_MARK = regex.compile(r"[*#=~–—-]{3,}|(?:[*#] ){2,}[*#]|-?\s?ends\s?-?", regex.IGNORECASE)  # "***", "# # #", "ENDS"
_CREDIT_MAX_WORDS = 8  # "(With inputs from agencies)"
_INITIALS_MAX_WORDS = 3  # an editors' initials before a credit: "ع.ج.م/ ح.ز"
_SITE_NAME_MAX_WORDS = 5  # a page title's suffix that names the site: "Hong Kong Free Press HKFP"
_FOOTNOTE_MARK = "*"  # before a closing credit: "*Edited translation from Al-Masry Al-Youm"
# An editor's initials before the credit: DW's "mf/wd (AFP, Reuters, dpa)" and "ع.ج.م/ ح.ز (د ب أ، أ ف ب)",
# 20 Minutes' "L.Br. avec AFP", in lower case too, or the site's name so ("jfe avec ats", "infofrance avec AFP");
# or after the agency's name: the Swiss "ats/vic"
_EDITORS_INITIALS = regex.compile(r"^(?:\p{Ll}{1,4}(?:/\p{Ll}{1,4})+\s+(?=\()|(?:\p{Lu}\p{Ll}?\.-?){1,3}\s+(?=\p{Ll})"
                                  r"|\p{Ll}[\p{Ll}.]{1,14}\s+(?=(?:avec|with)\s)"
                                  r"|\p{Lo}(?:\.\p{Lo}){0,3}(?:/\s?\p{Lo}(?:\.\p{Lo}){0,3})+\s+(?=\())"
                                  r"|(?<=^\p{Ll}{2,5})(?:/\p{Ll}{1,4})+$")
# Between the two parts of a credit: a dash, a slash, a colon or a bar ("دبي - وام", "أنقرة/ الأناضول",
# "PTI | New Delhi").
_CREDIT_PARTS = regex.compile(r"\s+[-–—]\s*|[-–—]\s+|\s*/\s*|\s*:\s+|\s+\|\s+")
# The two parts of a credit with no space beside its dash, or with its agency in brackets:
# "دمشق-سانا" (a wire's name only: "Al-Aqsa", "الهلال-الجزيرة" are none), "دبي (وام)"
_GLUED_CREDIT = regex.compile(r"([^\s\-–—()]+)-([^\s\-–—()]+(?: [^\s\-–—()]+)?)|([^()]{2,30}?)\s*\(([^()]{2,30})\)")
_LEAD_MIN_WORDS = 12  # a related article's lead without a period: this long, and half as long again as its headline
_TOPIC_THEN_COLON = regex.compile(r"^[^:.!?؟]{2,40}?\s?:\s")  # a title's opening: "Tunisie : …", "تونس: …"
_TITLE_MAX_WORDS = 25  # a headline that ends like a sentence is no longer than this
_QUESTION_TITLE_MAX_WORDS = 20  # a title may ask a question this long ("Grève nationale du 14 octobre : à quoi …?")
# A site's name or a section above the headline has at most this many words; the title below it at least
# _TITLE_MIN_WORDS, and ends with none of _SENTENCE_STOPS (a subtitle below a short headline often does).
_SECTION_MAX_WORDS = 3
_TITLE_HEADER_REACH = 5  # lines below a title where its byline or date may stand (summary paragraphs, names)
# A wire dateline opening a paragraph: place, date, maybe "(agency)", then a dash.
_OPENING_DATELINE = regex.compile(r"^(.{6,80}?)(?:\s+[—–-]{1,2}|(?<=\w)[—–-])\s+\S")  # "… وفا- أعلنت"
# or two places set off by a dash before the date: "الهاشمية – الزرقاء، 8 شباط/فبراير 2027 – أطلقت …"
_OPENING_DATELINE_OF_TWO_PLACES = regex.compile(
    r"^([^\d—–-]{2,40}\s[—–-]\s[^\d—–-]{2,40}?\d[^—–]{2,40}?)\s+[—–-]{1,2}\s+\S")
# or closed by a colon, the place or the outlet set off by one too: "Sierra Leone Telegraph: 4 January 2027: The …"
_OPENING_COLON_DATELINE = regex.compile(r"^((?:[^:\d]{1,40}:\s*)?[^:]{3,60}?\d[^:]{0,30}):\s+\S")
_AGENCY_IN_BRACKETS = regex.compile(r"\([^()]{1,30}\)")
_A_REFERENCE = regex.compile(r"\bet al\.|\bDOI\s?:\s?10\.\d")  # a study's reference: "… et al. …", "DOI : 10.1038/…"
# an issuer behind its label, a word and a function word ("Communiqué par : Ministère …")
_KICKER_LABEL = regex.compile(r"\p{Lu}\p{Ll}+ (\p{Ll}+)\s?: \p{Lu}")
# a clock alone, maybe with a short word after it, its am or pm ("3:15 pm", "14h05", "10:05 ص"; the vocabulary tells
# a time): no table's row ("Verte 5 h 30 —")
_ENTRY_TIME = regex.compile(r"\d{1,2}(?:\s?[:.h]\s?\d\d)?(?:\s?[^\s\d]{1,5})?")
# "2025 425 +150", "1 2027-2029 14,5" (a range of years among the figures)
_ROW_NAME = regex.compile(r"[^\W\d](?:[^\d\s]*\s){1,3}(?=[+-−]?\d)")  # a row's name before its figures: "Madrid "
_FIGURES_ROW = regex.compile(r"[+-−]?\d[\d.,  ]*%?(?:\s+[+-−—–]?\d[\d.,  ]*(?:[-–]\d{2,4})?%?|\s+[—–-]){1,8}")
_TABLE_HEADER_MIN_WORDS = 3  # a table's header row over its figures: "Année Caméras Coût cumulé (M€)"
_SIGNING_DESK_MAX_WORDS = 4  # a desk signing with the date: "Service communication", "La rédaction"
_CUT_COPY_MIN_CHARS = 30  # a paragraph's opening words, cut short to describe the page
_AGENCY_IN_SLASHES = regex.compile(r"/[^/]{1,30}/")  # a release's distributor: "… June 28, 2028/APO Group/ --"
_STOP_THEN_CREDIT = regex.compile(r"[.!?…؟]\s*\([^()]{1,30}\)$")  # a sentence's stop, then a credit in brackets
_PLACE_MAX_WORDS = 3
_OLDEST_NEWS_YEAR = 2000  # an opening dateline before it is history, not the article's date
_DATELINE_MAX_AGE_YEARS = 2
# A caption and its credit: text without a sentence's punctuation, then "(agency)".
_CAPTION_CREDIT = regex.compile(r"^[^.!?؟:;؛()]{10,200}?\s*\(([^()]{2,30})\)$")  # commas: "… خانيونس، أمس (أ ب)"
# A caption of one sentence, its period, then the agency in brackets (Arab News: "Smoke billows from … on
# May 14, 2024. (AFP)"); a period inside it is an abbreviation's or a number's ("Jan. 30", "2.5").
_SENTENCE_CAPTION_CREDIT = regex.compile(r"^(?:[^.!?؟()]|\.(?!\s+\p{Lu})){10,250}\.\s*\(([^()]{2,30})\)$")
_SENTENCE_CAPTION_MAX_WORDS = 30
_CAPTION_MAX_WORDS = 13  # a lead that ends with its wire's credit is longer
# a photographer's credit and the outlet after a slash: "Kelsey Ortiz/Millbrook Courier"
_PHOTOGRAPHER_AND_OUTLET = regex.compile(r"\p{Lu}[\p{L}.'’ -]{1,40}/\s?\p{Lu}[\p{L}.'’ -]{1,40}")
_LEAD_CAPTION_MAX_WORDS = 30  # the lead picture's caption over its credit, above the article's first paragraph
_CAPTION_MIN_WORDS = 4  # "Leila Mansour | Reuters" is a byline
_PHOTO_CREDIT_MAX_WORDS = 6  # a photo's credit on its own line: "KEYSTONE/Peter Klaunzer"
_LATE_UPDATE_REACH = 4  # paragraphs of the body searched for an update line: a deck, a summary, then it
_PHOTOGRAPHER_CAPTION_MAX_WORDS = 20
_MENU_ITEM_MAX_WORDS = 4  # "Israel & the Region"
_MENU_MIN_ITEMS = 3  # sections besides the first line ("غزة تنزف", a name, "خاص", then a subtitle: two)
_LONG_MENU_MIN_ITEMS = 4  # with a longer first line
_MASTHEAD_MIN_ITEMS = 1  # below a site's name ("South China Morning Post", "Hong Kong", "Hong Kong Economy")
# A site's name: a few capitalised words, or digits ("Le Courrier de la Nouvelle-Écosse", "The EastAfrican"; not
# "Biden drops out")
_NAME_FIRST_WORD = r"(?:\p{Lu}|\d)[^\s:?!,.]*"
_NAME_WORD = _NAME_FIRST_WORD + r"|[ld]['’]\p{Lu}[^\s:?!,.]*|de|du|des|la|le|of|the|and|et"
_SITE_NAME = regex.compile(rf"^{_NAME_FIRST_WORD}(?:\s+(?:\p{{Lu}}\p{{Ll}}{{0,2}}\.|{_NAME_WORD})){{0,5}}$")
# (an abbreviation too: "The St. Thomas Source"; an elided article: "Le Courrier de l'Ouest")
# A site's longer name, over its tagline: capitalised words and the little words between them ("Feuille d'Avis de la
# Vallée de Joux")
_SITE_NAME_OF_MORE_WORDS = regex.compile(rf"{_NAME_FIRST_WORD}(?:\s+(?:{_NAME_WORD}))+")
_LONG_SITE_NAME_MAX_WORDS = 8
_A_PLACE = regex.compile(r"\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?")  # a town after a signature's comma
# a body's full name: capitalised words and the little words between them, commas allowed ("Ministère de
# l'Agriculture, de l'Élevage et de la Pêche"); no verb, so no sentence
_BODY_FULL_NAME = regex.compile(r"(?:[ld]['’])?\p{Lu}[\p{L}\p{M}'’-]*(?:,?\s+(?:(?:[ld]['’])?\p{Lu}[\p{L}\p{M}'’-]*"
                                r"|de|du|des|la|le|les|et|of|the|and|for))*")
# a body's name: a capital, then up to four words with no punctuation ("Office cantonal de la statistique")
_OFFICE_NAME = regex.compile(r"\p{Lu}[^\s:?!,.]*(?:\s+[^\s:?!,.\d]+){0,4}")
# the name a copyright notice gives: "© Nhân Dân en ligne 2025", "© 2025 Le Journal du Pays Basque - Mentions légales"
_COPYRIGHT_NAME = regex.compile(r"©\s*(?:\d{4}\s*)?(\p{L}[^\d©|]{2,40}?)\s*(?:\d{4}|[-|.,]|$)")
_FOOTER_NAME_ROLES = (Role.BODY, Role.READ_ALSO_HEADLINE, Role.READ_ALSO_BODY, Role.UNPARSED)
_ARABIC_INITIALS = regex.compile(r"\p{Arabic}\.\s?\p{Arabic}{2,}(?:\s\p{Arabic}{2,})?")  # "ل. مريم"
# Editors' initials set off by a slash, closing the article: in brackets, "(HK/VK)", "(ع.ف / م.ص)"; Arabic letters
# set off by spaces, "ع خ/ س م" (Oman News Agency)
_AN_EDITORS_INITIALS = r"\p{Lu}{1,3}|\p{Arabic}\.\p{Arabic}(?:\.\p{Arabic})?"
_CLOSING_INITIALS = regex.compile(rf"\(\s*(?:{_AN_EDITORS_INITIALS})(?:\s*/\s*(?:{_AN_EDITORS_INITIALS}))+\s*\)"
                                  r"|\p{Arabic}(?: \p{Arabic}){1,2}(?:\s*/\s*\p{Arabic}(?: \p{Arabic}){1,2})+")
_ADDRESS_REACH = 2  # lines above a writer's e-mail address where their name may stand (the site's name between)
# the rules of a headline taken from the page's top that may be its masthead: the first content line, or a tagline
# below the site's name in capitals, read as a kicker ("CAS-INFO", then "L'actualité congolaise en un clic")
_TAKEN_FOR_THE_TITLE = frozenset({"headline:first-content-line", "headline:below-a-kicker"})
_DASHED_DOMAIN = regex.compile(r"[-–—]\s*((?:[\p{L}\d-]+\.)+\p{L}{2,4})")  # a sign-off on its own line: "– Rappler.com"
_TRAILING_CLOCK = regex.compile(r"[\s,|–—-]*\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?\s*$", regex.IGNORECASE)  # "… - 5:34pm"
_SENTENCE_INSIDE = regex.compile(r"[.!?؟]\s+\p{Lu}")  # a sentence's end, then the next one's capital
_TAG_LINE_SEPARATORS = (" | ", " / ", " · ", " • ", ", ", "، ")  # between the items of a tag line with no label
_TAG_LINE_MIN_ITEMS = 3
_TAG_LINE_MAX_ITEMS = 12
_TAG_ITEM_MAX_WORDS = 3
_LINK_BAR_RULE = "read-also:link-bar"
_MENU_REACH = 40  # lines looked at below a menu's first line
_PAGE_TITLE_REACH = 12  # lines from the page's top where its title may be printed again, alone
_FOOTER_MIN_LINKS = 3  # short lines closing the page, below the last paragraph: the footer's links
_FOOTER_LINK_MAX_WORDS = 8
_CLAUSE_MARK = re.compile(r"[.,;:!?؟،؛]\s")  # punctuation inside a sentence, not inside "ap.org"
_ROLE_LINE_REACH = 8  # a name over its role sits this close below the headline
_ROLE_LINE_MAX_WORDS = 6  # "Middle East correspondent @TomHennessySky"
_DASHED_LABEL = regex.compile(r"^\w+[-–]\s")  # "كتب- أحمد جمعة:": a dash glued to the label, then the name
_HANDLE_END = re.compile(r"\s@\w{2,30}$")  # a writer's handle closing their role line
_NAME_LINE_MIN_WORDS, _NAME_LINE_MAX_WORDS = 2, 4
_TWO_NAMES_MAX_WORDS = 9  # "Natalie Cheung and Kelvin Lau" over the date
_CLOSING_MIN_PARAGRAPHS = 1  # paragraphs of the article, at least, above a press release's closing blocks
_CLOSING_BLOCK_MAX_LINES = 4  # lines below a closing block's heading: contacts, an organisation's profile
_CLOSING_HEAD_MAX_WORDS = 8  # "About the International Federation of Red Cross", "نبذة عن مكتب … (أوتشا)"
_ABOUT_NAME_REACH = 60  # where the paragraph below "About UNICEF" names it: "UNICEF works in …"
_ABOUT_FULL_NAME_REACH = 150  # where it names an organisation of two words or more, in its first sentence
_BIO_MAX_WORDS = 40  # a writer's bio below the article: a sentence or two
_BIO_NAME_MAX_CHARS = 40  # the writer's name before the colon of a bio: "محمد عادل: صحفي مصري …"
_BIO_REACH = 4  # of the last paragraphs: a list's titles may follow the bio
_BIO_HEAD_WORDS = 8  # where it says what they do: "Faleolo Sione is a senior reporter at …"
_AFFILIATION_MAX_WORDS = 8  # after a byline's name and a comma: "Initiative de journalisme local – Le Franco"
_AFFILIATION_MARK = re.compile(r",\s*|\s+[–—-]\s+")  # the comma or dash between a byline's name and its affiliation
_TIME_MAX_WORDS = 3  # "11:32 AM GMT"
_RELATIVE_TIME_MAX_WORDS = 4  # "منذ يوم واحد"
_GLUED_LINK_COLONS = 2  # colons looked at from the end of a paragraph for a related label glued to it
_DASHED_MENU_MIN_ITEMS = 4
_SOURCE_PART_MAX_WORDS = 5  # a source of a list: "منظمة العفو الدولية"
_PLUSSED_SOURCE_MAX_WORDS = 6  # each of the sources a plus sets off: "موريتانيا اليوم + الوكالة الموريتانية للأنباء"
_SLASHED_SOURCE_MAX_WORDS = 5  # each of the names a singular source label sets off by spaced slashes
_LISTED_SOURCES_JOIN = regex.compile(r" (?:/|et|and|&) ")  # between the sources a plural label lists
_LINK_BAR_MIN_ITEMS = 3  # links set off by bars on one line below a related list: its page's footer
_LINK_BAR_ITEM_MAX_WORDS = 3
_BAR_LABEL = regex.compile(r"[^:|]{2,40}?\s?:\s")  # a row's label before its names set off by bars
_LABELLED_BAR_NAME_MAX_WORDS = 4
_TITLE_REST_MIN_WORDS = 3  # a title's words after its topic and colon
_SEPARATOR_BEFORE_A_DATE = regex.compile(r"(?<=\w)\s+[-–—|]\s+$")  # a headline's date set off: "… - 17/11/2026"
_SECTION_NAME_MAX_WORDS = 4  # a section's name said again in a related list: "Politique belge"
_MENU_ITEM_MARKS = regex.compile(r"\s+[|•·/»›]\s+")  # between a menu's items on one line
_DOTTED_MENU_MARKS = regex.compile(r"\s+[•·]\s+")
_TITLE_NAME_PARTS = re.compile(r" [|\-–—] ")
_SITE_NAME_MIN_CHARS = 4
_NAME_BELOW_TITLE_REACH = 4  # lines below the title where the site's name may stand again, over the date
_ONE_CAPITALISED_NAME = regex.compile(r"\p{Lu}\p{Ll}{2,}")
_BRAND_WITH_DIGITS = regex.compile(r"\p{Lu}\p{L}*\d+(?: \p{Lu}\p{Ll}+){0,2}")  # "Rue89 Bordeaux", "Actu17"
_CAMEL_CASE_NAME = regex.compile(r"\p{Lu}\p{Ll}+\p{Lu}\p{L}*")  # "TimesLIVE", "BusinessDay"
# A caption with no stop, then its credit's initials after a dash: "… pipeline near Palapye – WUC" (Mmegi)
_DASHED_INITIALS_CAPTION = regex.compile(r"[^.!?]{20,200}\s[–—]\s\p{Lu}{2,6}")
# Parts of a date line set off by bullets, bars or a slash, each the day in another calendar or the issue's number:
# "No. 7821 ● Saturday, February 19, 2028 ● Bahman 30, 1406 ● Ramadan 23, 1449" (Iran Daily), "Tuesday, 19 Dalw 1406
# / 8 February 2028" (The Kabul Times), "February 29, 2028 | Yekatit 21, 2020 E.C." (the Ethiopian calendar, FBC), or
# the story's number ("… | Story: 498765", Castanet)
_DATE_SEGMENT_MARK = regex.compile(r"\s[●•|·◆/]\s")
_ANOTHER_DAY_OR_ISSUE = regex.compile(
    r"\b1[34]\d\d\b|\b\d{4}\s?E\.\s?C\.|^(?:no|n°|nº)\.?\s?\d+$|^(?:story|article)(?: id)?\s?:\s?\d+$",
    regex.IGNORECASE)
_ANOTHER_DAY_MAX_WORDS = 5
_BRACKETED_WORDS = regex.compile(r"\((?:\p{L}[\p{L}'’.-]*\s?){1,5}\)")  # words alone in brackets: "(heure de Miquelon)"
_OTHER_CALENDAR = regex.compile(r"\((?=[^()]*\d{4})[^()]{3,40}\)")  # "(Sene 3, 2019 E.C.)": a year in brackets
# A caption's one sentence, then its photographer and paper in capitals set off by a dash or slash: "… in 2025.
# STEPHANIE ZOLLER — THE BERKSHIRE EAGLE" (US papers)
_CAPITALS_CREDIT_CAPTION = regex.compile(r"[^.!?]{10,250}[.!?]\s+\p{Lu}[\p{Lu}.'’\- ]{2,40}\s?[—–/]\s?"
                                          r"\p{Lu}[\p{Lu}.'’&\- ]{2,40}")
_REPEATED_HEADLINE_REACH = 4  # lines below the headline where it may be printed again
_ELLIPSES = ("...", "…")
_ELISION = regex.compile(r"(?<![\p{L}])[ldjmnstcLDJMNSTC]['’](?=\p{L})")  # French: "l'", "d'" before a word
_COPIED_STEP_MIN_CHARS = 20  # a path's last step that opens the title below it: a copy, cut short
_MENU_RULES = frozenset({"boilerplate:menu", "boilerplate:breadcrumb"})
_BLOG_NAME = regex.compile(r"\p{Lu}[\p{L}\d]{2,29}")  # one word: "Chezvlane"
_GLUED_DATE_LABEL_MAX_WORDS = 3  # "نشر في" glued to the name before it, "نشر بتاريخ"
_GLUED_BYLINE_REACH = 48  # a paragraph's first characters, where a byline glued to it ends: "By A Staff Reporter"
_GLUED_DATE_TAIL = 40  # a headline's last characters, where a date glued to it ends: "… 08:30 م (بتوقيت الدوحة)"
_SIGNATURE_MAX_WORDS = 6  # "Aminata Sarr (Dakar, correspondance)"
_ROLE_SIGNATURE_MAX_WORDS = 10  # "Auguste Ndakala, correspondant du RJDH à Bambari"
_BARE_DATE_MAX_WORDS = 6  # "Tuesday 12 March 2024 10:30 GMT"
_COMMENT_HEAD_MAX_WORDS = 6  # the line below a comments heading: a name, a date, "Reply"
_LATIN_SENTENCE_OPENERS = frozenset(["on", "in", "since", "by", "until", "from", "le", "depuis", "en", "dès", "du"])
_TITLE_MIN_WORDS = 5
_TEASER_ENDS = ("...", "..", "…", "!")  # a related title's teaser ending
_TEASER_MAX_WORDS = 15
_SHORT_SITE_NAME_WORDS = 3  # a site's name over its tagline, capitalised or not: "L’Aurore boréale"
_SLOGAN_STOP = regex.compile(r"[.!]\s*")  # a slogan's short stops: "Independent. Non-partisan. …"
_SLOGAN_STOP_MAX_WORDS = 4
_TAGLINE_MAX_WORDS = 14  # "La télé locale de Gembloux, Éghezée, La Bruyère, Sombreffe, … et Fernelmont"
_MASTHEAD_MENU_LINES = 1  # short lines (a menu, a section, the date) between a masthead and the title below it
_SENTENCE_STOPS = (".", "!", "。", "؛")
_REPUBLISHED_TAIL = regex.compile(r",\s| and (?:is|was|has been) | on (?=\p{Ll}|\d)")
_DATE_PREFIX_MAX_CHARS = 40  # a related title's date before a bar
_CASE_GLUE = regex.compile(r"(\p{Ll})(\p{Lu})")  # "NdawaJune": two words glued
_GLUED_SENTENCE = regex.compile(r"[\p{Ll}\d)][.!?](\p{Lu})")  # a stop glued to the next capital: "… 14 March.Support …"
_GLUED_NOTICE_MAX_CHARS = 80  # of a paragraph's end, where a notice glued after its last sentence starts
_DIGIT_GLUE = regex.compile(r"(\p{Ll})(\d)")  # "… power cuts3 min read": a word and a count glued
# "News" of "NewsBangkok to ban …", "ECONOMY" of "ECONOMYIstanbul bakers warn …"
_GLUED_FIRST_WORD = regex.compile(r"(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})(?=\p{Lu}\p{Ll})")
# a kicker in capitals glued to the title's first word: "TÜRKİYE" of "TÜRKİYEIstanbul snowstorm: …"
_GLUED_CAPITALS = regex.compile(r"\p{Lu}{4,}(?=\p{Lu}\p{Ll}{2,})")
_GLUED_FIRST_TWO_WORDS = regex.compile(r"\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?=\p{Lu}\p{Ll})")  # "Local NewsFlin Flon …"
_LABEL_GLUE_STOPS = ".!?؟"  # a sentence's last mark, a related label glued after it
_OWNERS_COPULA = regex.compile(r"is \S{2,30}'s ")  # a writer's bio naming the site: "… is VTDigger's … reporter"
_LEAD_WORD_MIN_CHARS, _LEAD_SHARED_WORDS = 5, 3  # words of a title a lead repeats: this long, this many
_TITLE_RESTATED_WORDS = 2  # below a list of titles, a paragraph that repeats this many is the last one's lead
_UNCLAIMED = (Role.BODY, Role.UNPARSED)  # lines no rule took for a field of their own
_ROLE_LINE_ROLES = (*_UNCLAIMED, Role.BOILERPLATE)  # "Africa correspondent" is chrome on its own
# Two or three sections joined by a bar or an arrow, spaced or not ("أخبار|سياسة"), or by a
# spaced slash; no digits ("24/7 coverage", "9/11 anniversary" and "Biden/Trump rematch" are titles).
_SHORT_PATH = re.compile(r"^[^|›»>/\d]{1,30}(?:(?:\s*[|›»>]\s*|\s/\s)[^|›»>/\s\d][^|›»>/\d]{0,29}){1,2}$")
# the claims of a section's name above the headline
_SECTION_RULES = frozenset({"boilerplate:section-name", "boilerplate:section-above-title",
                            "boilerplate:section-below-section"})
_SENTENCE_PUNCTUATION = re.compile(r"[.;؛]")
_UNREAD_DATE = "header:unread-date"
# a date in a language the profile does not read: a weekday, a day, a month's name and a year, maybe a little word
# before the month and the year ("Joi, 20 februarie 2025", "jueves, 16 de abril de 2026", Corsican "Marti 10 di
# ferraghju 2026"); no title is that
_SHAPED_AS_A_DATE = regex.compile(
    r"(?:\p{L}+,?\s+)?\d{1,2}\.?\s+(?:\p{Ll}{1,3}\s+)?\p{L}+\.?,?\s+(?:\p{Ll}{1,3}\s+)?(?:19|20)\d\d\.?")
# The same with a weekday of up to three words, when the month is none the profile reads: "Ku wa gatanu 21 Munyonyo
# 2025" (Kirundi) above a French page; a title may end with a date in the page's own language
_SHAPED_AS_A_FOREIGN_DATE = regex.compile(
    r"(?:\p{L}+,?\s+){1,3}\d{1,2}\.?\s+(\p{L}+)\.?,?\s+(?:19|20)\d\d\.?"
    # or a weekday and a comma, then the month first, maybe in another calendar: "Hamus, Ginbot 10, 2020 E.C." (The
    # Ethiopian Herald); "Apple unveils iPhone 15, 2023" has no weekday's comma
    r"|\p{L}+,\s+(?:\p{L}+\s+){0,2}?(\p{L}+)\s+\d{1,2},?\s+(?:19|20)\d\d(?:\s?E\.\s?C\.)?")
# a site's name as its domain: "LSM.LV", "Kun.uz", "Beehive.govt.nz"
_DOMAIN = regex.compile(r"[\w-]{2,30}(?:\.[\w-]{2,12}){0,2}\.[a-z]{2,6}", regex.IGNORECASE)
_MASTHEAD_MAX_WORDS = 4  # "The City Paper Bogotá"
_MASTHEAD_REACH = 3  # the page's first lines, where the site's name stands
_DESK_WORDS_MAX = 2  # after the site's name, in its desk's credit: "News Service"
_REPUBLISHER_MAX_WORDS = 4  # the name of the outlet that first ran an article, in a script with no case
_RUBRIC_MAX_WORDS, _RUBRIC_TITLE_MIN_WORDS = 2, 5  # a related item's rubric over its title: "Vie locale"
_ZONE_GLUED_TO_A_PARAGRAPH = regex.compile(r"[A-Z]{2,5}(?=\p{Lo})")  # "GMTأعلن": a zone, then a caseless word
_HEADER_NAME_REACH = 12  # the page's first lines, where a name alone left unread may be the writer's
_DOTTED_ROLE = regex.compile(r"\s[·•]\s")  # between a writer's name and role: "Garrett Rideout · … Reporter"
_SITE_THEN_WRITER = regex.compile(r"\s[-–—|]\s")  # "تارودانت نيوز - حسن أيت علي"
_SITE_NAME_RULES = ("boilerplate:section-name", "boilerplate:site-name", "boilerplate:masthead",
                   "boilerplate:section-above-title")
# a menu's items on one line, each a capitalised word: "Economie Finance Entreprises Politique Monde"
# (an item may hold a small word: "News Events Culture Sport Living in Brno Jobs", Brno Daily)
# (an item's word may hold an apostrophe: "Home News Sport Weather Travel What’s On Contact", Scilly Today)
_ITEMS_ON_ONE_LINE = regex.compile(r"\p{Lu}\p{Ll}+(?: (?:in |and |of |& )?\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?){3,9}")
_SCRIPT_LETTER = {"latin": regex.compile(r"\p{Latin}"), "arabic": regex.compile(r"\p{Arabic}")}
_RETITLED_RULES = ("headline:first-content-line", "headline:below-the-masthead", "headline:below-a-kicker")
_CLOCKS = regex.compile(r"\d{1,2}:\d\d")
_WIDGET_MIN_CLOCKS = 3  # prayer times: "Kota Kinabalu Subuh 4:32 Zohor 11:58 Asar 3:21 …"
# a top bar's date, then a bar: "2025. június 3., kedd | Ma Kornélia névnapja van"
_DATED_TOP_BAR = regex.compile(r"(?=[^|]{0,20}(?:19|20)\d\d)[^|\n]{4,40}\|"
                               # or the day's date and the Hijri one after a dash: "Mercredi 03 Décembre 2025 - 12
                               # Joumada Ethania 1447" (Le Chélif)
                               r"|[^-–\n]{4,30}(?:19|20)\d\d\s[-–]\s\d{1,2}\s\p{L}+(?:\s\p{L}+)?\s1[34]\d\d$")
_KICKER_MAX_WORDS = 8  # a kicker over the title: "بعد تسجيل 9 حالات تسمم بالشواطئ"
_GLUED_PARAGRAPH_MIN_WORDS = 12  # after a labelled date on its line, a paragraph glued to it
_DATE_BELOW_TITLE_REACH = 2  # claims below a title its date line may stand at: the writer's name, then the date
_TITLE_ABOVE_REACH = 2  # lines between a title and its date or byline: a name, a deck
_TITLE_PUNCTUATION = re.compile(r"[:?!,،؟\"«»“”'’]")  # a short headline's, never a section's ("Brexit: what now?")
_SCORE = re.compile(r"\d{1,3}\s?[-–:]\s?\d{1,3}")  # a match's score alone on its line: "2 - 1"
_TEAM_MAX_WORDS = 3  # a team's name beside it: "الأهلي", "Paris Saint-Germain"
_TEAM_RULES = ("body:paragraph", "header:short-line")  # read as a paragraph, or left unparsed above the article
_SOURCE_MAX_WORDS = 8  # "Source: Al Jazeera and news agencies"; a longer value is a sentence
_LONG_SOURCE_MAX_WORDS = 16  # a source's full name right above the tags
_TITLE_CASE_WORD = regex.compile(r"[\p{L}\p{M}'’-]+")  # the words of a title-cased name ("&" is none)
_INSTITUTION_MAX_WORDS = 14  # a source's value opening with an institution's word: a ministry's full name
_PORTFOLIOS_MAX_WORDS = 24  # the same listing its portfolios, each part after a comma opening with a little word
_SENTENCE_VALUE_MIN_WORDS = 5  # "Source: the agreement does not name a monitoring body." is one too
_VALUE_KINDS = ("source", "keywords", "date", "updated", "author")
# A keyword or source label followed by one value per line ("Tags:", "Gaza", "Middle East", …):
# a line of at most this many words that is not a sentence continues the list.
_LIST_LINE_MAX_WORDS = 5
# A credit line below a related title ("Additional reporting by Reuters"): the article's when the paragraphs
# above it prove to be the article's, chrome otherwise.
_CREDIT_BELOW_RELATED = "boilerplate:credit-below-related"
#: The rule of a line that is one whole tag (assembly keeps it as written, never splits it).
TAG_LINE_RULE = "keywords:tag-line"
_HASHTAG_MAX_WORDS = 4  # one tag behind a # below a line of hashtags: "#air pollution"
# A list marker before an item of a list ("• ", "- ", "1. "): not part of the item.
_LABEL_MAX_WORDS = 3  # the words of a second label inside a label's value: "Tagged With"
_TITLE_BYLINE_REACH = 60  # characters at the headline's end where a glued byline's label and name may stand
_BUTTON_GLUE = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")  # between two buttons' names glued: "Share|Tweet"
_FIGURES_ITEM_RULE = "body:list-item-of-figures"
_LIST_MARKER = re.compile(r"^(?:[•·▪◦‣*\-–—»›►→]|\d{1,2}[.)])\s+")
# A line that is wholly a quotation: part of the paragraphs around it, never a title.
_QUOTED = re.compile(r'^["“«].*["”»]$')
# The parts of a line that holds several fields ("Par La Rédaction - 20 février 2024 | Lu 543 fois").
_SEGMENTS = regex.compile(r"\s+[•·–—-]\s+|\s*[|;]\s*")
_OUTLET_AND_WRITER = regex.compile(r"\s+/\s+|\s+[•·–—-]\s+|\s*\|\s*")  # "OLJ / Par …"
# a place or desk set off before a date label: "TOI World Desk / Updated:", "New Delhi, Updated At :"
_BRACKETS_CLOSING = regex.compile(r"\s*\([^()]*\)$")
_MENU_LINE_MAX_SMALL_WORDS = 2  # a menu's items are capitalised: "UK World Climate crisis Business Politics"
_LABELLED_FIELDS_MAX = 3  # fields before a date's label: "Maggie Kennedy · CBC News · Posted: …"
_DATE_FIELDS_MAX = 2
# a field of a line of fields: a few capitalised words, no digit (a name, an outlet, a place and its province)
_CAPITALISED_FIELD = regex.compile(r"\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:of\s+|de\s+)?\p{Lu}[\p{L}.'’-]*){0,3}")
_PLACE_OR_DESK_BEFORE_LABEL = regex.compile(r"\s+/\s+|\s+[•·–—-]\s+|\s*\|\s*|,\s+")
_ACRONYM = regex.compile(r"\p{Lu}{2,6}")  # an outlet's initials: "OLJ", "AFP"
_DASHES = "—–-"
# after a byline's names, its section and "on" before the date: "By Assel Nurtayeva in Business on 24 November 2025"
_IN_SECTION_ON = regex.compile(r"(?:\s+in\s+\p{Lu}[\w&]*(?:\s+(?:&|\p{Lu}[\w&]*)){0,3})?\s+on\s*$")
_SLASHED_INITIALS = regex.compile(r"/\s?\p{Ll}{2,5}")  # an editor's initials: "/dbs"
_SLASHED_INITIALS_CLOSING = regex.compile(r"(?<=[.!?”\"])\s+/\s?\p{Ll}{2,5}$")  # "… season. /dbs"
# An agency's regional office, its writer's initials before or after it: "MAV/PIA-Samar" (the Philippine Information
# Agency's Samar office), "PNA-Davao"
_AGENCY_OFFICE = regex.compile(r"(?:\p{Lu}{2,5}\s?/\s?)?(?P<agency>\p{Lu}{2,6}-\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)"
                               r"(?:\s?/\s?\p{Lu}{2,5})?")
_BETWEEN_SLASHES = regex.compile(r"/\s?(\p{Lu}{2,12})\s?/")  # an agency's name in capitals between slashes
_SLASHED_ACRONYMS = regex.compile(r"\p{Lu}{2,6}(?:/\p{Lu}{2,6})+")  # "CVN/VNA": the paper's and its agency's
# Words of a name in Latin script alone: letters, with an apostrophe, a hyphen or an initial's period.
_NAME_WORDS = regex.compile(r"\p{Latin}[\p{Latin}'’.-]*(?: \p{Latin}[\p{Latin}'’.-]*)+")
_INITIAL_END = regex.compile(r"(?:^|\s|-)(?:\p{Lu}|Jr|Sr|St)\.$")
_NON_NAME = regex.compile(r"[\d!?؟،,;:«»\"“”()\[\]]|[.!?]$")
# Between two names: a comma, "&", "|", a spaced dash, "and"/"et"/"avec"/"with", and Arabic "و"
# standing alone or glued to a name that begins with a hamza or a second و ("محمد علي وأحمد حسن",
# "ووليد"; "وليد" and "وائل" are names, not "و" + a name).
_NAME_SPLIT = regex.compile(r"\s*(?:,|،|&|\||\band\b|\bet\b|\bavec\b|\bwith\b)\s*|\s+[-–—/]\s+|\s+و\s+|\s+و(?=[أإآو])",
                             regex.IGNORECASE)
_WITH_CREDIT = regex.compile(r"\s(?:avec|with)\s+(.+)$", regex.IGNORECASE)  # "Par Julie Lambert avec Belga"
# the same in brackets, which the profile's author noise would drop: "Par Alice Rousselot (avec AFP)"
_BRACKETED_WITH = regex.compile(r"\s*\(((?:avec|with)\s[^()]{1,30})\)$", regex.IGNORECASE)
_BRACKETED_OUTLET = regex.compile(r"\s\(([^()]{1,30})\)$")  # after a byline's names: "By Jane Doe (Reuters)"
_LATIN_LETTER = regex.compile(r"\p{Latin}")
_NUMBERED_OUTLET = regex.compile(r"(\p{L}{2,})\s?\d{1,3}")  # an outlet's word and its number: "Radio1", "TV 5"
_NAME_PARTICLES = frozenset(
    ["de", "du", "des", "la", "le", "van", "von", "der", "al", "el", "bin", "ibn", "abu", "ben", "da", "di", "staff"]
)
# A lower-case particle joined to a capitalised name: "al-Mughrabi", "el-Ghobashy", "d'Souza".
_PREFIXED_NAME = regex.compile(r"^\p{Ll}{1,3}['’-]\p{Lu}")


@dataclass(slots=True)
class _State:
    claims: list[Claim] = field(default_factory=list)
    headline: Line | None = None
    in_body: bool = False
    read_also: str | None = None  # None, "section" (bare label), or "one-liner"
    pending: str | None = None  # label kind whose value is on the next line
    value_list: str | None = None  # after a keyword or source label: "keywords" or "source", one per line may follow
    after_navigation: bool = False
    header_labelled: bool = False  # a date or byline label followed the headline
    tab_menus: frozenset[int] = frozenset()  # numbers of the lines that were a menu's items set off by tabs
    tab_titles: Mapping[int, tuple[str, ...]] = field(default_factory=dict)  # lines of titles set off by tabs
    next_line: Line | None = None
    lines: list[Line] = field(default_factory=list)
    index: int = 0  # of the line being read, in `lines`
    read_also_items: int = 0  # headlines seen in the current read-also section
    popular: bool = False  # the read-also section is a list of the site's most read ("الأكثر قراءة", "Les plus lus")
    popular_read: bool = False  # such a list was read
    in_comments: bool = False  # below the body, the readers' comments have begun
    article_closed: bool = False  # a source or tag line below the body has been read
    below_a_closed_list: bool = False  # a line of chrome closed a related list: the page's lists and footer follow
    authors: set[str] = field(default_factory=set)
    menu_end: int = -1  # index in `lines` of the title below a menu above the headline
    last_prose: int | None = None  # index in `lines` of the last line of prose, once asked for


class LayoutReader:
    """Reads an article's lines with one profile and date vocabulary (both compiled once)."""

    def __init__(self, profile: Profile, vocabulary: DateVocabulary, reference=None, dayfirst=None):
        self.profile = profile
        self.vocabulary = vocabulary
        self.reference = reference
        self.dayfirst = dayfirst

    def read(self, lines: list[Line], tab_menus: frozenset[int] = frozenset(),
             tab_titles: Mapping[int, tuple[str, ...]] | None = None) -> list[Claim]:
        """The claims of `lines`; `tab_menus` are the numbers of the lines that were a menu's items set off by tabs
        (see `normalize.tab_separated_menus`), `tab_titles` the lines of titles set off by tabs, each line's titles
        (`normalize.tab_separated_titles`)."""
        state = _State(lines=lines, tab_menus=tab_menus, tab_titles=tab_titles or {})
        claims = state.claims
        for index, line in enumerate(lines):
            if self._plain_paragraph(line, state):
                doubled = _doubled(claims, line)
                claims.append(Claim(line, Role.BOILERPLATE, _DOUBLED_RULE) if doubled else
                              Claim(line, Role.BODY, "body:paragraph"))
                continue
            state.next_line = lines[index + 1] if index + 1 < len(lines) else None
            state.index = index
            claim = self._claim(classify(line, self.profile), state)
            if state.in_body and (claim.role is Role.SOURCE or claim.role is Role.KEYWORDS) \
                    and not self._a_date_below(state) and not self._a_note_above_prose(claim, state):
                state.article_closed = True
            if state.popular:
                claim = _in_a_popular_list(claim)
                state.popular = state.read_also is not None
            elif claim.role is Role.BODY and _doubled(claims, line):
                claim = claim._replace(role=Role.BOILERPLATE, rule=_DOUBLED_RULE)
            claims.append(claim)
        return self._second_look(state)

    def _second_look(self, state: _State) -> list[Claim]:
        """What only the whole article tells: short header lines were the body when no paragraph
        came; a name above its byline; a dateline printed again; a dateline below a caption."""
        claims = _settle_headerless_body(state.claims) if not state.in_body else state.claims
        if state.in_body:
            self._split_a_related_label_glued_to_a_paragraph(claims)
            self._split_a_related_link_glued_to_a_paragraph(claims)
            _drop_paragraphs_said_again(claims)
            _drop_pull_quotes(claims)
        _claim_footer_links(claims, self.profile.wire_names)
        _claim_the_footers_masthead(claims)
        if any(claim.role is Role.READ_ALSO_BODY for claim in claims):
            _reclaim_paragraphs_below_an_inline_link(claims, self.profile)
        if any(claim.role is Role.READ_ALSO_HEADLINE for claim in claims):
            _drop_sections_among_related_titles(claims)
        _drop_a_section_said_again_over_the_body(claims)
        _drop_header_chrome_said_again(claims)
        if state.popular_read:
            _drop_popular_lists(claims)
        last_paragraphs = _last_paragraphs(claims, _BIO_REACH)  # the closing rules below read only these
        _claim_writers_above_their_address(claims, state.authors)
        _claim_names_above_a_bare_role(claims, state.authors)
        if state.authors:
            _claim_names_above_their_byline(claims, state.authors)
            self._claim_closing_signature(claims, state.authors, last_paragraphs)
        if not state.authors or state.authors <= self.profile.outlet_names:  # (or a desk's byline: "Par la rédaction")
            self._claim_closing_name(claims, last_paragraphs)
        self._claim_closing_name_and_role(claims, last_paragraphs)
        _claim_closing_arabic_initials(claims, last_paragraphs)
        _cut_closing_editors_initials(claims, last_paragraphs)
        datelines = {claim.line.text for claim in claims if claim.role is Role.DATE and claim.date is not None}
        if datelines:
            _drop_repeated_datelines(claims, datelines)
            self._drop_bare_dates_repeated(claims)
        undated = not any((claim.role is Role.DATE or claim.rule == GLUED_LABEL_RULE) and claim.date is not None
                          and claim.date.iso for claim in claims)  # (a paragraph glued to its labelled date too)
        if undated and not self._claim_late_dateline(claims):
            self._date_the_opening_dateline(claims)
        self._claim_late_update(claims)
        self._claim_time_below_a_late_date(claims)
        self._drop_entry_times(claims)
        _keep_a_tables_figures(claims)
        _keep_list_items_shaped_like_addresses(claims)
        if self.profile.headline_labels:
            self._cut_the_headlines_label(claims)
        self._claim_name_over_role(claims)  # over a date line found late, too
        self._retitle_by_its_date(claims, state.tab_menus)  # (by a date line found late, too)
        self._retitle_a_doubled_title_below_its_deck(claims)
        self._claim_a_full_date_below_a_relative_one(claims)
        if undated and not any(claim.date is not None and claim.date.iso for claim in claims):
            self._date_the_opening_dateline(claims)  # (the first paragraph once the title found late is out of it)
        _title_a_long_question_over_its_date(claims)
        _claim_the_sites_name_below_its_title(claims)
        authors = state.authors | {label_key(name) for claim in claims if claim.role is Role.BYLINE
                                   for name in claim.authors}
        if authors and self._reclaim_the_article_down_to_its_writers_bio(claims, authors):
            last_paragraphs = _last_paragraphs(claims, _BIO_REACH)
        self._drop_writer_bio(claims, authors, last_paragraphs)
        self._claim_a_header_name_by_its_bio(claims, last_paragraphs)
        if last_paragraphs:
            self._claim_a_bio_opening_with_a_role(claims, last_paragraphs[0], authors)
        if self.profile.author_box_heads:
            self._claim_author_boxes(claims)
        _drop_captions_credited_to_the_site(claims)
        _drop_a_caption_credited_to_its_photographer(claims)
        _drop_the_sites_name_below_a_byline(claims)
        self._drop_captions_over_their_credit(claims)
        _drop_a_scoreboards_teams(claims)
        if self.profile.closing_heads or self.profile.about_heads:
            self._drop_closing_blocks(claims)
        first = next((index for index, claim in enumerate(claims) if claim.role is Role.BODY), None)
        if first is not None:  # where a scraper glues the article to the page around it
            last = _last_paragraphs(claims, _GLUED_REACH)
            if self.profile.glued_chrome is not None:  # (any paragraph: an ad slot's "Advertisement" mid-body too)
                paragraphs = [index for index in range(first, len(claims)) if claims[index].role is Role.BODY]
                _cut_glued_chrome(claims, paragraphs, self.profile.glued_chrome, self.profile.boilerplate_lines)
                _drop_copies_of_cut_paragraphs(claims, paragraphs)
            if self.profile.glued_label is not None:
                self._cut_glued_labels(claims, last)
            self._cut_a_glued_closing_notice(claims, last)
            _drop_the_headline_said_again(claims)
            self._cut_byline_glued_to_a_paragraph(claims, first)
            _claim_an_unlabelled_tag_line(claims)
            _set_the_deck_apart(claims)
        return claims

    def _cut_a_glued_closing_notice(self, claims: list[Claim], last: list[int]) -> None:
        """One of the last paragraphs with a line of the page's chrome glued after its last sentence's stop, with no
        space, a capital opening it ("… took place on 14 March.Support UP or become our patron!", Ukrainska Pravda):
        the paragraph keeps its own words, and the notice goes with the chrome. Any line the profile reads as chrome
        counts, so a site's own promotion needs no glued-ending word of its own."""
        for index in last:
            claim = claims[index]
            if claim.role is not Role.BODY or claim.rule != "body:paragraph":
                continue
            text = claim.line.text
            glue = next(_GLUED_SENTENCE.finditer(text, max(0, len(text) - _GLUED_NOTICE_MAX_CHARS)), None)
            if glue is None:
                continue
            notice = text[glue.start(1):]
            if classify(make_line(claim.line.number, notice), self.profile).cue is Cue.BOILERPLATE:
                claims[index] = claim._replace(rule=GLUED_CHROME_RULE, value=text[:glue.start(1)], values=(notice,))

    def _cut_byline_glued_to_a_paragraph(self, claims: list[Claim], index: int) -> None:
        """A byline run into the first paragraph's opening words, where a small letter meets a capital ("By A Staff
        ReporterKathmandu, Dec. 16: Drinking water …", The Rising Nepal): the paragraph keeps its own words, the
        byline gives its writer (a desk's name gives none) and goes with the page's chrome. The last such meeting
        near the start is where the name ends ("By Mary McDonaldKathmandu")."""
        claim = claims[index]
        if claim.rule != "body:paragraph" or not may_be_label(claim.line, self.profile):
            return
        text = claim.line.text
        for glue in reversed(list(_CASE_GLUE.finditer(text, 0, _GLUED_BYLINE_REACH))):
            head, rest = text[:glue.start(2)], make_line(claim.line.number, text[glue.start(2):])
            if not self._is_prose(rest, _TITLE_MAX_WORDS):
                continue  # "By iWN", "By Grant MillerLocal body reporterThu, 18 Jan 2024": no paragraph after it
            found = classify(make_line(claim.line.number, head), self.profile)
            if found.kind == "author" and found.value or found.cue is Cue.BOILERPLATE:  # (a desk: "By A Staff …")
                names = _author_names(found.value, self.profile)
                claims[index] = claim._replace(rule=GLUED_CHROME_RULE, value=rest.text, values=(head,), authors=names)
                return

    def _split_a_related_label_glued_to_a_paragraph(self, claims: list[Claim]) -> None:
        """A related label glued after a paragraph's last sentence, with the titles below it read as paragraphs
        ("… وتأخر أعمال الصيانة.اقرأ أيضاً", then two titles, Fawasel): the label is cut off and kept with the
        chrome, and the short lines below it, no sentence among them, are the list's titles."""
        for index, claim in enumerate(claims):
            if claim.role is not Role.BODY or claim.line.text[-1] in _LABEL_GLUE_STOPS \
                    or claim.rule != "body:paragraph":
                continue
            text = claim.line.text
            stop = max(text.rfind(mark, -_GLUED_LABEL_REACH) for mark in _LABEL_GLUE_STOPS)
            if stop < 0 or self.profile.label_kinds.get(label_key(text[stop + 1:])) != "read_also":
                continue
            end = index + 1
            while end < len(claims) and claims[end].role is Role.BODY and claims[end].line.words >= _TITLE_MIN_WORDS \
                    and not self._is_prose(claims[end].line, _TITLE_MAX_WORDS):
                end += 1
            if end == index + 1:
                continue
            claims[index] = claim._replace(rule=GLUED_CHROME_RULE, value=text[: stop + 1],
                                           values=(text[stop + 1:].strip(),))
            for below in range(index + 1, end):
                item = claims[below]
                claims[below] = Claim(item.line, Role.READ_ALSO_HEADLINE, "read-also:below-a-glued-label",
                                      item.line.text)
            return

    def _split_a_related_link_glued_to_a_paragraph(self, claims: list[Claim]) -> None:
        """A related label, a colon and a title glued after a paragraph's last sentence ("… cut since 2024.READ MORE:
        Rakhine’s rice bowl runs dry as blockade bites", Frontier Myanmar): the paragraph keeps its sentences, and
        the title is a related article's (`values`: the title, then the label)."""
        for index, claim in enumerate(claims):
            if claim.role is not Role.BODY or claim.rule != "body:paragraph" or ":" not in claim.line.text:
                continue
            text = claim.line.text
            colon = text.rfind(":")
            for _ in range(_GLUED_LINK_COLONS):  # the title may hold a colon too: "….LIRE AUSSI : Beni : les prix …"
                stop = max(text.rfind(mark, 0, colon) for mark in _LABEL_GLUE_STOPS)
                if stop >= 0 and colon - stop <= _GLUED_LABEL_REACH and not text[stop + 1:stop + 2].isspace() \
                        and self.profile.label_kinds.get(label_key(text[stop + 1:colon])) == "read_also":
                    title = text[colon + 1:].strip()
                    if word_count(title) >= _TITLE_MIN_WORDS and not title.endswith(_SENTENCE_STOPS):
                        claims[index] = claim._replace(rule=GLUED_RELATED_RULE, value=text[: stop + 1],
                                                       values=(title, text[stop + 1:colon + 1]))
                    break
                colon = text.rfind(":", 0, colon)
                if colon < 0:
                    break

    def _retitle_by_its_date(self, claims: list[Claim], tab_menus: frozenset[int] = frozenset()) -> None:
        """The first content line taken for the headline, when the page's title stands further down, right above or
        below its date or byline, and only short lines stand between them: a site's name over its tagline and menu
        ("Estonian World", "Reporting on Estonia and Estonians around the world", "Home", "News", …, then the title
        over "Posted on 9 March 2026 by …"; a print edition's issue line may stand between), or a widget ("1 USD =
        12 180.45 UZS") over a section and the date line above the title. That line is the headline, and the short
        lines above it the page's chrome. So is a top bar's line of digits and words (prayer times, a date and a name
        day set off by a bar) or a menu on one line ("الرئيسية الصين العالم اقتصاد …") taken for the headline, and
        a page read as having no header at all."""
        head = next((index for index, claim in enumerate(claims) if claim.role is Role.HEADLINE), None)
        if head is None:
            if not claims or claims[0].role is not Role.BODY:
                return
            head, widget, masthead = -1, True, False  # (no headline: the page's top lines went to the body)
        elif claims[head].rule not in _RETITLED_RULES:
            return
        else:
            if self._kicker_over_title(claims, head):
                self._retitle(claims, head, head + 1)
                return
            first = claims[head].line
            widget = _DIGIT.search(first.text) is not None and (
                _letter_words(first.text) < _MENU_MIN_ITEMS or len(_CLOCKS.findall(first.text)) >= _WIDGET_MIN_CLOCKS
                or _DATED_TOP_BAR.match(first.text) is not None) or self._a_menu_line(first) \
                or "|" in first.text and first.words <= _MENU_ITEM_MAX_WORDS or self._in_another_script(first) \
                or self._below_a_ticker_label(claims, head) or self._a_bare_path(first) \
                or self._a_tickers_item(first) or _inside_a_menu(claims, head)
            widget = widget or _named_again_in_chrome(claims, head)
            tagline = self._tagline_below_the_name(claims, head)
            masthead = first.words <= _MASTHEAD_MAX_WORDS and (
                _SITE_NAME.match(first.text) is not None or _DOMAIN.fullmatch(first.text) is not None
                or first.text.lower() == first.text.upper()) or tagline \
                or head + 1 < len(claims) and (_over_a_menu(claims, head) or self._over_its_tagline(claims, head)) \
                or _a_cut_copy_of_a_paragraph(claims, head)
            if not (widget or masthead):
                return
        short, dated_above = 0, False
        for dated in range(head + 1, min(len(claims), head + _MENU_REACH)):
            claim = claims[dated]
            if claim.rule in _MENU_RULES or claim.role in _UNCLAIMED and (
                    _ITEMS_ON_ONE_LINE.fullmatch(claim.line.text) is not None or _a_dashed_menu(claim.line)
                    or _a_bar_of_links(claim.line) or claim.line.number in tab_menus):
                short += _LONG_MENU_MIN_ITEMS  # a whole menu on one line ("سياسة | مجتمع | اقتصاد | …")
            elif claim.rule == "boilerplate:line" and not dated_above:
                short += 1  # a known line of chrome above any date, a menu's item: an AMP page's "القائمة", "بحث", "×"
            menu = widget or short >= _LONG_MENU_MIN_ITEMS
            dated_above = dated_above or claim.role is Role.DATE
            if claim.role is Role.DATE or claim.role is Role.BYLINE or claim.date is not None \
                    or claim.role is Role.BODY and menu and self._read_as_a_date_line(claim.line):
                title = self._title_by_its_date(claims, head, dated, tab_menus) if menu else None
                if title is not None:
                    self._retitle(claims, head, title)
                    for index in range(title + 1, dated):  # the site's name again under the title: chrome
                        if claims[index].role is Role.BODY and claims[index].line.words <= _NAME_LINE_MAX_WORDS:
                            claims[index] = Claim(claims[index].line, Role.BOILERPLATE, "boilerplate:name-below-title")
                    return
            elif claim.role is Role.BODY or claim.role is Role.UNPARSED or claim.role is Role.SOURCE:
                if claim.role is Role.BODY and _said_again_below(claims, dated):
                    continue  # the page's description, printed above the title and again under it (Journal de Morges)
                if "|" not in claim.line.text and self._is_prose(claim.line, _TITLE_MAX_WORDS):  # the article began:
                    if menu and self._a_title_below_its_deck(claims, dated):
                        self._retitle(claims, head, dated + 1)
                        claims[dated] = claim  # (the deck printed above the title opens the body)
                        return
                    title = self._title_above_the_article(claims, head, dated) if menu else None
                    if title is not None:  # its title is the last above it, with no date line by it
                        self._retitle(claims, head, title)
                    return
                short += claim.line.words <= _MENU_ITEM_MAX_WORDS
            elif claim.role is not Role.BOILERPLATE:
                return

    def _two_editors_initials(self, line: Line, state: _State) -> bool:
        """Two sets of initials set off by a slash right below the story's end mark, neither an outlet the profile
        knows nor named by a line above: its editors' ("***", then "MJPS/AK", PIB India; not "ats/vic", the Swiss
        agency and its editor, nor "CVN/VNA" below "Hanoï, 7 novembre (VNA) – …", the paper's and its agency's)."""
        parts = line.text.split("/")
        return bool(state.claims) and _END_MARK.fullmatch(state.claims[-1].line.text) is not None \
            and not any(label_key(part) in self.profile.outlet_names for part in parts) \
            and not _named_above(parts[-1], state.claims)

    def _an_agencys_name_and_its_wire(self, line: Line) -> bool:
        """An agency's name and its wire's short name set off by a dash, above the headline: the site's masthead, in
        a script with no capitals to spell it ("وكالة السودان للأنباء - سونا", SUNA)."""
        parts = [part.strip() for part in _SPACED_DASH.split(line.text)]
        return len(parts) == 2 and any(
            label_key(wire) in self.profile.wire_names and word_count(name) >= 2 and names_outlet(name, self.profile)
            for wire, name in (parts, parts[::-1]))

    def _desk_code(self, line: Line, state: _State) -> Claim:
        """A wire's desk code below its story, the editors' initials set off by slashes ("JMN/FAK/AGP", AGP;
        "BSS/GMR/RY/1630 hrs", BSS): chrome, unless it closes with an outlet the profile knows that is not the site's
        own name at the top of the page, which is then the article's source."""
        parts = [part for part in line.text.split("/") if part.isalpha()]
        last = parts[-1]
        if all(label_key(part) in self.profile.outlet_names for part in parts):
            return self._outlet_claim(line, tuple(parts), state)  # wires set off by slashes: "AFP/AP/DPA"
        if label_key(last) in self.profile.outlet_names and not _names_the_masthead(last, state.claims):
            return Claim(line, Role.SOURCE, "source:desk-code", last)
        return Claim(line, Role.BOILERPLATE, "boilerplate:desk-code")

    def _a_note_above_prose(self, claim: Claim, state: _State) -> bool:
        """A credit sentence with prose below it (IFEX: "This statement was originally published on article19.org on
        15 September 2028.", then the statement): a note that opens the article or sits in it, closing nothing."""
        following = state.next_line
        return claim.rule == "source:credit-sentence" and following is not None \
            and self._is_prose(following, _TITLE_MAX_WORDS)

    def _cut_the_headlines_label(self, claims: list[Claim]) -> None:
        """The headline opening with a title's label and a colon (the profile's `headline.labels`: a feed reader's
        "العنوان: حجة: افتتاح مركز …", an official statement's "الموضوع: إغلاق جزئي …"): the title is the value, the
        label the page's chrome."""
        for index, claim in enumerate(claims):
            if claim.role is not Role.HEADLINE:
                continue
            label, colon, value = claim.line.text.partition(":")
            if colon and claim.rule != GLUED_CHROME_RULE and label_key(label) in self.profile.headline_labels \
                    and has_words(value, 2):
                claims[index] = Claim(claim.line, Role.HEADLINE, GLUED_CHROME_RULE, value.strip(),
                                      values=(label + colon,))
            return

    def _drop_entry_times(self, claims: list[Claim]) -> None:
        """A clock alone on its line between paragraphs: a live page's entry time ("3:15 pm" over the entry, Maldives
        Independent), chrome, no paragraph."""
        for index, claim in enumerate(claims):
            text = claim.line.text
            if claim.rule == "body:paragraph" and len(text) <= _TIME_LINE_MAX_CHARS \
                    and _ENTRY_TIME.fullmatch(text) and time_only(text, vocabulary=self.vocabulary):
                claims[index] = Claim(claim.line, Role.BOILERPLATE, "boilerplate:entry-time")

    def _retitle_a_doubled_title_below_its_deck(self, claims: list[Claim]) -> None:
        """The deck printed above the title, and the title printed twice below it, over the byline or date
        ("Fifty-one properties on the coast road could be at risk …", "Cushinstown coast road will have to be moved
        inland, council told" twice, "Maria O'Leary", Wexford People): the line said twice is the headline, the deck
        the first paragraph. A deck said twice below the title is longer than it, and the title stays."""
        head = next((index for index, claim in enumerate(claims) if claim.role is Role.HEADLINE), None)
        if head is None or head + 3 >= len(claims):
            return
        title, copy, below = claims[head + 1], claims[head + 2], claims[head + 3]
        if title.rule == "body:paragraph" and copy.rule == _DOUBLED_RULE and copy.line.text == title.line.text \
                and below.role in (Role.BYLINE, Role.DATE) and claims[head].rule != GLUED_CHROME_RULE \
                and _TITLE_MIN_WORDS <= title.line.words < claims[head].line.words \
                and not title.line.text.endswith(_SENTENCE_STOPS):
            claims[head] = claims[head]._replace(role=Role.BODY, rule="body:deck-above-title",
                                                 value=claims[head].line.text)
            self._retitle(claims, head + 1, head + 1)

    def _claim_a_full_date_below_a_relative_one(self, claims: list[Claim]) -> None:
        """A relative date no reference reads ("Today at 08:30"), then the full date on the line below, read as a
        paragraph ("August 12 2029 08:30 AM", Wexford People): the full one is a date line too."""
        index = next((index for index, claim in enumerate(claims) if claim.role is Role.DATE), None)
        if index is None or index + 1 >= len(claims) or claims[index].date is None or claims[index].date.iso:
            return
        below = claims[index + 1]
        dated = self._a_date_line(below.line) if below.role is Role.BODY else None
        if dated is not None:
            claims[index + 1] = dated

    def _a_title_below_its_deck(self, claims: list[Claim], deck: int) -> bool:
        """The deck printed above the title: below the paragraph at `deck`, a line of a title's length that ends no
        sentence, over the byline or date ("Une équipe de l'École de santé publique a suivi …", then "Les ruelles
        vertes réduiraient le risque d'hypertension chez les aînés", then "Par Geneviève Laflamme, UdeM
        Nouvelles", UdeM Nouvelles)."""
        if deck + 2 >= len(claims):
            return False
        title, below = claims[deck + 1], claims[deck + 2]
        return title.role is Role.BODY and title.date is None and below.role in (Role.BYLINE, Role.DATE) \
            and _TITLE_MIN_WORDS <= title.line.words <= _TITLE_MAX_WORDS \
            and not title.line.text.endswith(_SENTENCE_STOPS) and not self._is_prose(title.line, _TITLE_MAX_WORDS)

    def _claim_time_below_a_late_date(self, claims: list[Claim]) -> None:
        """A clock alone on the line below a date line read among the paragraphs ("6 July 2026", then "3:14 pm",
        Lowvelder): the date's time, as it is in the header."""
        for index in range(len(claims) - 1):
            if claims[index].role is not Role.DATE or claims[index].rule != "date:dateline-in-body":
                continue
            below = claims[index + 1]
            if (below.role is Role.BODY or below.rule == "boilerplate:pattern") \
                    and len(below.line.text) <= _TIME_LINE_MAX_CHARS \
                    and time_only(below.line.text, vocabulary=self.vocabulary):
                claims[index + 1] = Claim(below.line, Role.TIME, "date:time-line", below.line.text)

    def _kicker_over_title(self, claims: list[Claim], head: int) -> bool:
        """The first line is a kicker over the title, in a script with no case: a short line ending no sentence,
        then a longer title that opens with its topic and a colon, then the date or byline ("بعد تسجيل 9 حالات
        تسمم بالشواطئ", then "عنابة: مديرية التجارة تشن حملة رقابية …", then "نشر في 12 جوان 2025 …", Akher Saa)."""
        if head + 2 >= len(claims):
            return False
        kicker, title, below = claims[head].line, claims[head + 1], claims[head + 2]
        if kicker.text.lower() != kicker.text.upper():
            # (in Latin script a kicker is set in capitals, and a deck may open with a topic; but a series' name and
            # its episode set off by a bar, "Série Nordicité | 3 de 4", or the issuer behind its label, "Communiqué
            # par : Ministère de la Mobilité …", over a title over its byline or date, are kickers)
            return self._labelled_kicker(kicker, title, below)
        dated = below.role is Role.DATE or below.role is Role.BYLINE
        return title.role is Role.BODY and title.date is None and dated \
            and kicker.words <= _KICKER_MAX_WORDS and title.line.words > kicker.words \
            and _TOPIC_THEN_COLON.match(title.line.text) is not None and _TOPIC_THEN_COLON.match(kicker.text) is None \
            and not self._is_prose(title.line, _TITLE_MAX_WORDS) and not kicker.text.endswith(_SENTENCE_STOPS)

    def _labelled_kicker(self, kicker: Line, title: Claim, below: Claim) -> bool:
        """A kicker in Latin script set off by a bar or a label's colon over the title, itself over the byline or a
        date (see `_kicker_over_title`); so is a path set off by ">" ("Salle de presse > Communiqués"), and a rubric
        that names the topic the title opens with ("Observatoire volcanologique du Piton de la Fournaise", then
        "Piton de la Fournaise : bulletin d'activité du 16 au 22 avril 2027")."""
        label = _KICKER_LABEL.match(kicker.text)
        return (" | " in kicker.text or " > " in kicker.text or _names_the_titles_topic(kicker, title.line)
                or label is not None and label.group(1) in self.profile.keywords.function_words) \
            and below.role in (Role.DATE, Role.BYLINE, Role.UPDATED) and title.role is Role.BODY \
            and title.date is None and title.line.words > kicker.words >= 2 \
            and title.line.words >= _TITLE_MIN_WORDS and not title.line.text.endswith(_SENTENCE_STOPS) \
            and not self._is_prose(title.line, _TITLE_MAX_WORDS)

    @staticmethod
    def _tagline_below_the_name(claims: list[Claim], head: int) -> bool:
        """The line taken for the headline stands right below the site's name, the page's first line (or below the
        date of the day), read as chrome, and ends no sentence: its tagline ("vivreici", then "Le média local de
        la RTBF"; "Sunday, October 4, 2026", "The Navhind Times", then "Goa’s Largest Selling English Daily").
        (Below a section's name further down, "National", a line is the title.)"""
        line = claims[head].line
        return head >= 1 and claims[head - 1].rule in _SITE_NAME_RULES and line.words <= _TAGLINE_MAX_WORDS \
            and not line.text.endswith(_SENTENCE_STOPS) \
            and all(claim.role is Role.DATE or claim.rule == _UNREAD_DATE for claim in claims[:head - 1])

    def _over_its_tagline(self, claims: list[Claim], head: int) -> bool:
        """The line taken for the headline is a site's long name of capitalised words over its tagline ("Feuille
        d'Avis de la Vallée de Joux", then "L'hebdomadaire de la Vallée de Joux")."""
        below = claims[head + 1]
        name = claims[head].line
        return below.role in _UNCLAIMED and name.words <= _LONG_SITE_NAME_MAX_WORDS \
            and _SITE_NAME_OF_MORE_WORDS.fullmatch(name.text) is not None and self._a_tagline(below.line)

    def _in_another_script(self, line: Line) -> bool:
        """A line with letters but none of the profile's script: a top bar in the country's own ("၂၀၂၆ ခုနှစ်၊ ဇွန်လ ၉
        ရက်" above an English page), no title of the article."""
        script = _SCRIPT_LETTER.get(self.profile.script)
        return script is not None and _LETTER.search(line.text) is not None and script.search(line.text) is None

    def _below_a_ticker_label(self, claims: list[Claim], head: int) -> bool:
        """The line taken for the headline stands right below a news ticker's label, alone on its line (Rewmi: "Flash
        Info", then "Coupures d'électricité : la Senelec annonce …"): the ticker's item, no title of the article."""
        return head > 0 and claims[head - 1].line.key in self.profile.ticker_labels

    def _a_tickers_item(self, line: Line) -> bool:
        """A news ticker's label and a colon opening the line: its item ("BREAKING: Senate confirms new INEC
        chairman" above the menu's last items and the title, Daily Courier)."""
        label, colon, item = line.text.partition(":")
        return bool(colon and item.strip()) and label_key(label) in self.profile.ticker_labels

    def _words_at(self, claims: list[Claim], head: int) -> int:
        """The words of the line taken for the headline, that a title below must outnumber; none for a widget's, a
        ticker's, a menu's set off by bars or the page's description cut short."""
        if head < 0 or _DIGIT.search(claims[head].line.text) is not None or self._below_a_ticker_label(claims, head) \
                or _a_cut_copy_of_a_paragraph(claims, head) or _a_bar_of_links(claims[head].line):
            return 0
        return claims[head].line.words

    def _title_by_its_date(self, claims: list[Claim], head: int, dated: int,
                           tab_menus: frozenset[int] = frozenset()) -> int | None:
        """The line right above the date or byline at `dated` (the title printed twice: above both; or once above the
        menu and again above its date, which is the title then), or right below it over the first paragraph, when
        it reads as a title longer than the line at `head` (above the date, as long will do: "Bradford mosques open
        doors for ‘Iftar for All’ as Ramadan begins" over its byline and date, below a greeting banner of as many
        words): more words than a menu's item, no sentence."""
        above = dated - 1
        copy = claims[above]
        if copy.rule == _DOUBLED_RULE and above - 1 > head and claims[above - 1].line.text != copy.line.text \
                and copy.line.words >= _TITLE_MIN_WORDS and not self._is_prose(copy.line, _TITLE_MAX_WORDS):
            return above  # the title in the page's title bar, above the menu, and again over its date (Zenga-Mambu)
        while above > head and claims[above].rule == _DOUBLED_RULE:
            above -= 1
        candidates = [above]
        while above > head + 1 and len(candidates) <= _TITLE_ABOVE_REACH:
            between = claims[above]
            if not (between.role is Role.BODY or between.role is Role.SOURCE) or not (
                    between.line.words <= _NAME_LINE_MAX_WORDS or self._is_prose(between.line, _TITLE_MAX_WORDS)):
                break
            above -= 1
            candidates.append(above)  # the outlet's or the writer's name, or the deck, between the title and its date
        candidates.append(dated + 1)
        for index in candidates:
            if not head < index < len(claims) or claims[index].date is not None \
                    or claims[index].role is not Role.BODY and not self._a_short_title_left_unread(claims[index]):
                continue
            line = claims[index].line
            if line.words < _TITLE_MIN_WORDS or line.words < self._words_at(claims, head) + (index > dated) \
                    or self._is_prose(line, _TITLE_MAX_WORDS) and not _reads_as_title(line) or self._a_bare_path(line):
                continue  # (a path holding no title: "Home » News » Press Releases" over "Press Release")
            if index < dated:
                return self._title_over_its_deck(claims, head, index, tab_menus)
            if any(claim.role is Role.BODY for claim in claims[index + 1: index + 3]):
                return index
        return None

    @staticmethod
    def _a_short_title_left_unread(claim: Claim) -> bool:
        """A header's short line that reads as a title, not a name of capitalised words ("Yerevan mayor survives
        no-confidence vote" over its date; not "Gulf Coast Grid Storage LLC" below "News Provided By")."""
        return claim.rule == "header:short-line" and _SITE_NAME.match(claim.line.text) is None

    def _title_over_its_deck(self, claims: list[Claim], head: int, index: int,
                             tab_menus: frozenset[int] = frozenset()) -> int:
        """The line above the title found at `index`, when it reads as a shorter title: the title, over its deck
        ("انقطاع الماء في عز الصيف: 9 ولايات …" over "تتواصل انقطاعات الماء …", Ultra Tunisia)."""
        above = index - 1
        if above <= head or claims[above].role is not Role.BODY or claims[above].date is not None:
            return index
        line = claims[above].line
        if _TITLE_MIN_WORDS <= line.words < claims[index].line.words and not line.text.endswith(_SENTENCE_STOPS) \
                and not self._is_prose(line, _TITLE_MAX_WORDS) and _ITEMS_ON_ONE_LINE.fullmatch(line.text) is None \
                and not _a_bar_of_links(line) and not self._a_bare_path(line) and line.number not in tab_menus \
                and not _names_the_titles_topic(line, claims[index].line):
            return above  # (not a menu on one line: "News | Sport | Comment | Gàidhlig | What's On | Subscribe"; nor a
            # rubric naming the topic the title opens with: "Observatoire volcanologique du Piton de la Fournaise")
        return index

    def _title_above_the_article(self, claims: list[Claim], head: int, opening: int) -> int | None:
        """The last line above the article's first paragraph (at `opening`) that reads as a title longer than the
        line at `head`, with only chrome, dates and short lines (a writer's name) between them."""
        for index in range(opening - 1, head, -1):
            claim = claims[index]
            if claim.role is Role.BODY and claim.date is None and claim.line.words >= _TITLE_MIN_WORDS:
                line = claim.line
                if line.words <= self._words_at(claims, head) or self._is_prose(line, _TITLE_MAX_WORDS):
                    return None
                return index
            if claim.role not in (Role.BOILERPLATE, Role.DATE, Role.TIME, Role.BYLINE, Role.BODY, Role.UNPARSED):
                return None
        return None

    def _read_as_a_date_line(self, line: Line) -> bool:
        """Whether a line read as a paragraph is a date line (the date of the day above the menu was taken first:
        "It-Tnejn, 13 ta' Lulju 2026" under the masthead, then "Monday, 13 July 2026, 14:51 Last update: …" under
        the title, The Malta Independent)."""
        return self._a_date_line(line) is not None

    def _a_date_line(self, line: Line) -> Claim | None:
        """The date claim of a line that is a date line with a full date, or None (see `_read_as_a_date_line`)."""
        if line.words > _DATELINE_MAX_WORDS or _DIGIT.search(line.text) is None:
            return None
        dated = self._dateline(line)
        if dated is None or dated.role is not Role.DATE or dated.date is None or not dated.date.iso:
            return None
        return dated

    def _retitle(self, claims: list[Claim], head: int, title: int) -> None:
        """The title at `title` is the headline, the lines from `head` to it chrome; a date line without letters
        right below the title, taken for chrome while the article seemed to have begun, is its date ("2026-04-15"
        below the writer's name, New Era)."""
        header = set()
        for index in range(max(head, 0), title):
            if claims[index].role in (Role.HEADLINE, Role.BODY, Role.UNPARSED, Role.SOURCE):
                header.add(claims[index].line.text)
                claims[index] = claims[index]._replace(role=Role.BOILERPLATE, rule="boilerplate:header-above-title")
        claims[title] = claims[title]._replace(role=Role.HEADLINE, rule="headline:by-its-date")
        if is_breadcrumb(claims[title].line, self.profile):
            claims[title] = self._path_and_title(claims[title].line) or claims[title]
        for index in range(title + 1, min(len(claims), title + _MENU_REACH)):
            if claims[index].rule == _DOUBLED_RULE and claims[index].line.text in header:
                claims[index] = claims[index]._replace(role=Role.BODY, rule="body:paragraph")  # its copy is chrome now
        for index in range(title + 1, min(len(claims), title + _DATE_BELOW_TITLE_REACH + 1)):
            line = claims[index].line
            role = claims[index].role
            if role is Role.BOILERPLATE and _DIGIT.search(line.text) and not _LETTER.search(line.text) \
                    or role is Role.BODY and line.words <= _DATELINE_MAX_WORDS and _DIGIT.search(line.text):
                dated = self._dateline(line)
                if dated is not None and dated.role is Role.DATE and dated.date is not None and dated.date.iso:
                    claims[index] = dated
                return

    def _cut_glued_labels(self, claims: list[Claim], last: list[int]) -> None:
        """The headline, or one of the last two paragraphs (`last`), with a date, source or tag label glued to its end
        ("… على شارع الخيلتاريخ النشر: ٢٢ أكتوبر ٢٠٢٤ - ٠٩:٠٥", "… خلال الموسم الحالي.الكلمات المفتاحية: صفاقس،
        …"): the line keeps its own words as its value and gives the label's value too, as `values` (the kind,
        then the value) and, for a date, `date`."""
        headline = next((index for index, claim in enumerate(claims) if claim.role is Role.HEADLINE), None)
        title = claims[headline].line.text if headline is not None else ""
        if _DIGIT.search(title, max(0, len(title) - _GLUED_DATE_TAIL)) is not None:
            self._cut_glued_date(claims, headline)
        if headline is not None and claims[headline].rule != GLUED_LABEL_RULE:
            self._cut_glued_section(claims, headline)
            if claims[headline].rule != GLUED_CHROME_RULE:
                self._cut_glued_byline_or_chrome(claims, headline)
            if claims[headline].rule not in (GLUED_CHROME_RULE, GLUED_LABEL_RULE) and caseless(title[-1:]):
                self._cut_a_glued_byline_label(claims, headline)
        self._cut_tags_glued_to_chrome(claims, last)
        for index in (headline, *last):
            if index is None or ":" not in claims[index].line.text or claims[index].rule == GLUED_CHROME_RULE:
                continue
            claim = claims[index]
            found = self._glued_label(claim.line.text)
            if found is None:
                continue
            start, end, kind = found
            before, value = claim.line.text[:start].strip(), claim.line.text[end:].strip()
            if value and kind == "keywords" and word_count(before) < _TITLE_MIN_WORDS \
                    and (outlets := self._outlet_line(make_line(claim.line.number, before))):
                # the article's credit, then the tags: "- BERNAMATags: Kelantan, floods, …" (New Straits Times)
                claims[index] = Claim(claim.line, Role.KEYWORDS, TAGS_GLUED_TO_A_SOURCE_RULE, value, values=outlets)
                continue
            if not value or word_count(before) < _TITLE_MIN_WORDS:
                continue
            cut = self._glued_value(kind, value)
            if cut is not None:
                values, date = cut
                claims[index] = claim._replace(rule=GLUED_LABEL_RULE, value=before, values=(kind, *values), date=date)

    def _cut_tags_glued_to_chrome(self, claims: list[Claim], last: list[int]) -> None:
        """A line of chrome below the last paragraphs with a tag label glued to its end ("Partager : Facebook
        WhatsAppMots-clés : Examens, Calendrier, Facultés"): the tags, and the chrome kept as `values`."""
        start = last[0] if last else len(claims)
        for index in range(start, len(claims)):
            claim = claims[index]
            if claim.role is not Role.BOILERPLATE or claim.line.text.count(":") < 2:
                continue
            found = self._glued_label(claim.line.text)
            if found is None or found[2] != "keywords":
                continue
            before, value = claim.line.text[:found[0]].strip(), claim.line.text[found[1]:].strip()
            if before and value and not value.endswith(_SENTENCE_STOPS):
                claims[index] = Claim(claim.line, Role.KEYWORDS, TAGS_GLUED_TO_CHROME_RULE, value, values=(before,))

    def _cut_glued_date(self, claims: list[Claim], index: int) -> None:
        """A headline with a date glued to its end, right after a letter ("… in Lori province16 January 2026,
        10:47", Armenpress), or its weekday glued so ("… الشهر الجاريالأحد 05 أكتوبر 2025 - 08:30 م (بتوقيت
        الدوحة)", Al Rayyan), or a publication label with no colon before it ("… recasementPublié le 25/11/2025 à
        18:05"): the headline keeps its words, and gives the date, as a glued date label would."""
        claim = claims[index]
        text = claim.line.text
        result = self._search_date(text) or self._date_glued_by_its_month(text)
        if result is None or result.iso is None or result.span is None or text[result.span[1]:].strip():
            return
        start = result.span[0]
        labelled = self._date_label_closing(text, start)
        if labelled is not None:  # "… site de recasementPublié le 25/11/2025 à 18:05" (Kinshasa Times)
            title = text[:labelled].rstrip(" |-–—·")
            if word_count(title) >= _TITLE_MIN_WORDS and title[-1:].isalpha():
                claims[index] = claim._replace(rule=GLUED_LABEL_RULE, value=title, values=("date",), date=result)
            return
        set_off = _SEPARATOR_BEFORE_A_DATE.search(text[:start])
        if set_off is not None and word_count(text[:set_off.start()]) >= _TITLE_MIN_WORDS:
            # set off by a spaced dash or bar: "شحات: فريق ليبي إيطالي يستأنف التنقيب … - 17/11/2026 - 10:20"
            claims[index] = claim._replace(rule=GLUED_LABEL_RULE, value=text[:set_off.start()].strip(),
                                           values=("date",), date=result)
            return
        if start > 0 and not text[start - 1].isalpha():
            start = self._glued_weekday(text[:start]) or 0
        if start > 0 and text[start - 1].isalpha() and word_count(text[:start]) >= _TITLE_MIN_WORDS:
            claims[index] = claim._replace(rule=GLUED_LABEL_RULE, value=text[:start].strip(), values=("date",),
                                           date=result)

    def _date_label_closing(self, text: str, start: int) -> int | None:
        """Where a publication label with no colon begins, right before the date at `start` and glued to the
        word before it or set off by a space or a bar ("… recasementPublié le ", "… recasement | Published "), or
        None."""
        for at in range(max(1, start - _GLUED_LABEL_REACH), start):
            if (text[at - 1] in " |" or text[at - 1].islower() and text[at].isupper()) \
                    and self.profile.label_kinds.get(label_key(text[at:start])) == "date":
                return at
        return None

    def _date_glued_by_its_month(self, text: str) -> DateResult | None:
        """The date at the end of `text` whose month's name runs on from the word before it ("… as Kariba levels
        dropJanuary 20, 2027 at 14:05", Mwebantu), read with a space where a small letter meets the capital, its
        span in `text`; or None."""
        for cut, end, result in self._dates_at_a_capital(text, max(0, len(text) - _GLUED_DATE_TAIL)):
            return replace(result, span=(cut, end))
        return None

    def _dates_at_a_capital(self, text: str, start: int = 0) -> Iterator[tuple[int, int, DateResult]]:
        """Each date of `text` (from `start`) that opens where a small letter meets a capital, glued to the word
        before it ("… levels dropJanuary 20, 2027", "Kerwin RamdassSep 15, 2026"): where it opens and ends in
        `text`, and the date."""
        for glue in _CASE_GLUE.finditer(text, start):
            cut = glue.start(2)
            result = self._search_date(text[cut:])
            if result is not None and result.span is not None and result.span[0] == 0:
                yield cut, cut + result.span[1], result

    def _glued_weekday(self, before: str) -> int | None:
        """Where a weekday's name glued to the word before it begins, closing `before` ("… الجاريالأحد "), or None."""
        last = before.rstrip(" ,،").rpartition(" ")[2]
        folded = fold(last)
        if len(folded) != len(last):
            return None  # (folding changed the word's length: positions would not match)
        for weekday in self.vocabulary.tables.weekdays:
            if len(weekday) < len(folded) and folded.endswith(weekday):
                return before.rstrip(" ,،").rfind(last) + len(last) - len(weekday)
        return None

    def _cut_glued_section(self, claims: list[Claim], index: int) -> None:
        """A section's name glued to the headline's first word ("NewsBangkok to ban free plastic bags …", Khaosod
        English; of two words, "Local NewsFlin Flon council …", The Reminder), or any word of four capitals or more
        glued to a word of a capital and small letters when the page prints the title again without it
        ("TÜRKİYEIstanbul snowstorm: …", Türkiye Today): the headline keeps its own words, and the section goes
        with the page's chrome."""
        claim = claims[index]
        text = claim.line.text
        glued = _GLUED_FIRST_WORD.match(text) or _GLUED_FIRST_TWO_WORDS.match(text)
        if glued is not None and label_key(glued.group()) not in self.profile.section_names:
            glued = _GLUED_CAPITALS.match(text)
            if glued is not None and not any(other.line.text == text[glued.end():] for other in claims):
                glued = None  # "NATOMembers meet in Vilnius …" may be a title that lost a space
        if glued is not None:
            claims[index] = claim._replace(rule=GLUED_CHROME_RULE, value=claim.line.text[glued.end():],
                                           values=(glued.group(),))

    def _cut_a_glued_byline_label(self, claims: list[Claim], index: int) -> None:
        """In a script with no case, a byline's label and its colon glued to the headline's last word, the writer's
        name after it ("… الفيضانات بمقديشوكتب: عبد الرحمن نور", Radio Mogadishu): the headline keeps its words,
        the writer is the author."""
        claim = claims[index]
        text = claim.line.text
        colon = text.rfind(":", max(0, len(text) - _TITLE_BYLINE_REACH))
        if colon < 0:
            return
        head, value = text[:colon].rstrip(), text[colon + 1:].strip()
        for size in range(2, min(_GLUED_LABEL_REACH, len(head) - 1)):
            if not head[-size - 1].isalpha() or self.profile.label_kinds.get(label_key(head[-size:])) != "author":
                continue
            names = _author_names(value, self.profile)
            title = head[:-size]
            if names and word_count(title) >= _TITLE_MIN_WORDS:
                claims[index] = claim._replace(rule=GLUED_CHROME_RULE, value=title, values=(text[len(title):],),
                                               authors=names)
            return

    def _glued_buttons(self, text: str) -> bool:
        """Two buttons or more glued one to the next, each a line of chrome: "ShareTweet" (Greenland Today)."""
        buttons = _BUTTON_GLUE.split(text)
        return len(buttons) > 1 and all(label_key(button) in self.profile.boilerplate_lines for button in buttons)

    def _cut_glued_byline_or_chrome(self, claims: list[Claim], index: int) -> None:
        """A byline or a line of chrome glued to the headline's end, where a small letter meets a capital ("… from
        JanuaryBy Natasha Donn", Portugal Resident; "… harbour wallShare", Jersey Evening Post), or chrome that
        opens with a digit, where a small letter meets it ("… 18-hour power cuts3 min read", ZimLive): the headline
        keeps its own words, the byline gives the writer, and what is cut goes with the page's chrome."""
        claim = claims[index]
        text = claim.line.text
        cut = self._glued_tail(claim.line.number, text)
        if cut is not None:
            title, tail, names = cut
            # a share bar glued before the byline: "… easing inflationShare:Facebook X WhatsAppBy Adaeze Okonkwo"
            before = self._glued_tail(claim.line.number, title)
            tails = (tail,) if before is None else (before[1], tail)
            claims[index] = claim._replace(rule=GLUED_CHROME_RULE, value=title if before is None else before[0],
                                           values=tails, authors=names + (before[2] if before else ()))
            return
        for glue in _DIGIT_GLUE.finditer(text, max(0, len(text) - _GLUED_DATE_TAIL)):
            tail = make_line(claim.line.number, text[glue.start(2):])
            title = text[:glue.start(2)]
            if tail.words > 1 and is_boilerplate(tail, self.profile) and word_count(title) >= _TITLE_MIN_WORDS:
                # a reading time, not a counter's digits ("… fare to Rs50")
                claims[index] = claim._replace(rule=GLUED_CHROME_RULE, value=title, values=(tail.text,))
                return

    def _glued_tail(self, number: int, text: str) -> tuple[str, str, tuple[str, ...]] | None:
        """(the title, the byline or chrome glued to its end where a small letter meets a capital, the byline's
        writers), or None (see `_cut_glued_byline_or_chrome`)."""
        for glue in _CASE_GLUE.finditer(text, max(0, len(text) - _GLUED_DATE_TAIL)):
            tail = make_line(number, text[glue.start(2):])
            if tail.key in self.profile.boilerplate_lines or self._glued_buttons(tail.text) \
                    or ":" in tail.text and classify(tail, self.profile).cue is Cue.BOILERPLATE:
                names: tuple[str, ...] = ()  # (or a share bar's label and its buttons: "Share:Facebook X WhatsApp")
            elif may_be_label(tail, self.profile):  # (the cheap tests first: most glues are names, "McDonald")
                found = classify(tail, self.profile)
                names = _author_names(found.value, self.profile) if found.kind == "author" else ()
                if not names:
                    continue
            else:
                continue
            title = text[:glue.start(2)]
            if word_count(title) >= _TITLE_MIN_WORDS:
                return title, tail.text, names
        return None

    def _glued_label(self, text: str) -> tuple[int, int, str] | None:
        """(where the label starts, where its value starts, its kind) of the first label glued before a colon of
        `text`, or None. Each colon's few words before it are folded and tested first."""
        glued = self.profile.glued_label
        colon = text.find(":")
        while colon > 0 and glued is not None:
            head = text[max(0, colon - _GLUED_LABEL_REACH):colon]
            if head.rstrip()[-1:] in glued.last_letters and key_of_folded(fold(head)).endswith(glued.keys):
                found = glued.before_colon.search(head)
                if found is not None and (start := colon - len(head) + found.start()) > 0:
                    kind = self.profile.label_kinds.get(label_key(found.group("label")))
                    if kind is not None:
                        end = colon + 1
                        while end < len(text) and text[end] == " ":
                            end += 1
                        return start, end, kind
            colon = text.find(":", colon + 1)
        return None

    def _related_label_glued_to_a_source(self, found: Classified, value: str, state: _State, *,
                                         glued_only: bool = False) -> Claim | None:
        """A source label's value with a related label of two words or more at its end, glued or not, its colon closing
        the line ("المصدر: وكالة الأناضولاقرأ أيضاً:", Turkey Now), or glued with no colon (`glued_only`: "المصدر:
        واتاقرأ أيضا", TelvZa): the sources, and the lines below it a related list; None when it is not so."""
        folded = key_of_folded(fold(value))
        labels = [key for key in self.profile.spaced_related_labels if folded.endswith(key)]
        label = next((key for key in labels if folded[-len(key) - 1:-len(key)].isalpha()
                      or not glued_only and folded[-len(key) - 1:-len(key)] == " "), None)
        if label is None:
            return None
        cut = next((start for start in range(len(value) - 1, 0, -1) if key_of_folded(fold(value[start:])) == label), 0)
        source = value[:cut].strip()
        if not cut or not source or self._sentence_value(source):
            return None
        state.read_also, state.read_also_items, state.popular = "section", 0, False
        sources = self._source_values(source)
        return Claim(found.line, Role.SOURCE, found.rule, sources[0], values=sources)

    def _label_glued_to_a_source(self, found: Classified, value: str) -> Claim | None:
        """A source label's value with the tag label glued to its end, and the tags after it ("المصدر: كوناكلمات
        دلالية: الاعتكاف العشر الأواخر …", Al-Mujtama): the tags, with the sources as `values`; or with a second
        source label glued so ("المصدر: القسطلالمصدر: محافظة القدس"): both sources. None when neither."""
        glued = self._glued_label(value) or self._capital_tag_label(value)
        if glued is None or glued[2] not in ("keywords", "source"):
            return None
        start, end, kind = glued
        source, tags = value[:start].strip(), value[end:].strip()
        if not source or not tags or self._sentence_value(source) or tags.endswith(_SENTENCE_STOPS):
            return None
        if kind == "source":  # a second source line glued to the first: "المصدر: القسطلالمصدر: محافظة القدس"
            if self._sentence_value(tags):
                return None
            sources = (*self._source_values(source), *self._source_values(tags))
            return Claim(found.line, Role.SOURCE, found.rule, sources[0], values=sources)
        return Claim(found.line, Role.KEYWORDS, TAGS_GLUED_TO_A_SOURCE_RULE, tags, values=self._source_values(source))

    def _capital_tag_label(self, value: str) -> tuple[int, int, str] | None:
        """(start, value's start, kind) of a tag label glued to a source's last capital before the first colon
        ("AIPTags : Rougeole …", LeBanco), which `_glued_label` leaves alone in prose; or None."""
        colon = value.find(":")
        head = value[:colon].rstrip() if colon > 0 else ""
        for at in range(max(1, len(head) - _GLUED_LABEL_REACH), len(head) - 1):
            if head[at].isupper() and head[at - 1].isalpha() \
                    and self.profile.label_kinds.get(label_key(head[at:])) == "keywords":
                return at, colon + 1, "keywords"
        return None

    def _glued_value(self, kind: str, value: str) -> tuple[tuple[str, ...], DateResult | None] | None:
        """(the values, the date) a glued label gives, or None when its value is no such thing: a date line, a
        short source, a list of tags (no sentence)."""
        if kind in ("date", "updated"):
            result = self._date_with_digits(value)
            if result is None or result.iso is None or _extra_words(value, result) > _DATELINE_MAX_EXTRA_WORDS:
                return None
            return (), result
        if value.endswith(_SENTENCE_STOPS):
            return None
        if kind == "source":
            return None if self._sentence_value(value) else (self._source_values(value), None)
        return (value,), None  # keywords

    def _reclaim_the_article_down_to_its_writers_bio(self, claims: list[Claim], authors: set[str]) -> bool:
        """One related title inside the body, then paragraphs and intertitles read as related ones down to
        the bio of the article's own writer ("Cécile Rousseau est journaliste à la rubrique vaudoise …",
        24 heures): the article went on below the link, and the bio closes it. Whether any was given back."""
        first = next((index for index, claim in enumerate(claims) if claim.role is Role.READ_ALSO_HEADLINE), None)
        if first is None or not any(claim.role is Role.BODY for claim in claims[:first]):
            return False
        bio = None
        for index in range(first + 1, len(claims)):
            claim = claims[index]
            if claim.role not in (Role.READ_ALSO_BODY, Role.READ_ALSO_HEADLINE, Role.BOILERPLATE):
                return False
            if claim.role is Role.READ_ALSO_BODY and self._a_writers_bio(claim.line, authors):
                bio = index
                break
        if bio is None:
            return False
        for index in range(first + 1, bio + 1):
            if claims[index].role is not Role.BOILERPLATE:
                claims[index] = Claim(claims[index].line, Role.BODY, "body:paragraph-below-inline-link")
        return True

    def _a_writers_bio(self, line: Line, authors: set[str]) -> bool:
        """A short paragraph that opens with one of `authors` (label keys) and says what they do."""
        if line.words > _BIO_MAX_WORDS:
            return False
        opening = label_key(" ".join(line.text.split()[:_NAME_LINE_MAX_WORDS])) + " "
        names = tuple(author for author in authors if opening.startswith(author + " "))
        return bool(names) and self._says_what_a_writer_does(line, names)

    def _claim_name_over_role(self, claims: list[Claim]) -> None:
        """A name alone, just below the headline, over a short line with the writer's role (Sky News:
        "Tom Hennessy", then "Middle East correspondent @TomHennessySky") is the byline, its role line chrome.
        So is a name in Latin script over the date line (The Independent: "Lucy Harrington", then "Friday
        01 November 2024 14:36 GMT"), or two full names (SCMP: "Natalie Cheung and Kelvin Lau", then
        "Published: 11:30am, 28 Feb 2024"), or under the update line below it (Le Populaire du Centre: "Publié le
        14/05/2025 à 18h", "Mis à jour le …", "Julie Ferrand"); in Arabic script a short line there is as often a
        section.
        Not once a date and a paragraph were read (a list of award winners, each with their role), nor a
        name the headline holds (an obituary's subject)."""
        start = next((index for index, claim in enumerate(claims) if claim.role is Role.HEADLINE), None)
        if start is None:
            return
        dated = in_body = False
        for index in range(start + 2, min(len(claims), start + _ROLE_LINE_REACH)):
            above, below = claims[index - 1], claims[index]
            under_date = above.role is Role.DATE and not dated or above.role is Role.UPDATED and dated
            if under_date and self._name_under_date(below, claims[start].line) \
                    and sum(claim.role is Role.BODY for claim in claims[start:index]) <= 1:  # a lead at most
                claims[index] = Claim(below.line, Role.BYLINE, "byline:name-under-date", below.line.text,
                                      authors=(below.line.text,))
                return
            dated = dated or above.role is Role.DATE
            in_body = in_body or above.role is Role.BODY
            if dated and in_body and below.role is not Role.UPDATED:  # (the name may stand under the update line)
                return
            if above.role is Role.BYLINE and below.role in _UNCLAIMED and self._role_line(below.line):
                claims[index] = Claim(below.line, Role.BOILERPLATE, "byline:role")  # Le Devoir: "Par Isabelle
                continue  # Porter", then "Correspondante parlementaire à Québec"
            most = _TWO_NAMES_MAX_WORDS if below.role is Role.DATE else _NAME_LINE_MAX_WORDS
            named = self._name_before_a_dotted_role(above.line.text) if above.role in _UNCLAIMED else ""
            if above.role not in _UNCLAIMED or not _NAME_LINE_MIN_WORDS <= word_count(named) <= most:
                continue
            over_role = below.role in _ROLE_LINE_ROLES and self._role_line(below.line)
            between = not over_role and _chrome_over_the_date(claims, index)  # "3 min read", the site's name again
            over_date = (below.role is Role.DATE or between) and _LATIN_LETTER.match(named) is not None \
                and label_key(named) not in self.profile.section_names and not names_outlet(named, self.profile)
            credited = _BRACKETED_WITH.sub(r" \1", named)  # "Julie Dardenne (avec Belga)"
            names, agencies = self._agencies_credited(credited, _author_names(credited, self.profile))
            if (over_role or over_date) and fold(named) not in fold(claims[start].line.text) \
                    and _one_name_or_two_full_names(names, over_date):
                rule = "byline:name-over-role" if over_role else "byline:name-over-date"
                claims[index - 1] = Claim(above.line, Role.BYLINE, rule, above.line.text, authors=names,
                                          values=agencies)  # (a source: the agency the writer worked with)
                if over_role:
                    claims[index] = Claim(below.line, Role.BOILERPLATE, "byline:role")
                elif between and below.role is not Role.BOILERPLATE:
                    claims[index] = Claim(below.line, Role.BOILERPLATE, "boilerplate:masthead")
                return

    def _name_under_date(self, claim: Claim, headline: Line) -> bool:
        """One name in Latin script alone right below the header's date line (Le Télégramme: "Publié le 3
        octobre 2024 à 17h05, …", then "Yann Le Gall"): the byline. Not a section or an outlet, nor a name
        the headline holds, nor a street."""
        line = claim.line
        if claim.role not in _UNCLAIMED or not _NAME_LINE_MIN_WORDS <= line.words <= _NAME_LINE_MAX_WORDS \
                or _LATIN_LETTER.match(line.text) is None or line.text.endswith(_SENTENCE_STOPS):
            return False
        profile = self.profile
        if line.key in profile.section_names or names_outlet(line.text, profile) or line.folded in fold(headline.text):
            return False
        if any(word in profile.address_words for word in line.folded.split()):
            return False  # "Main Street": a place
        return len(_author_names(line.text, profile)) == 1

    def _role_line(self, line: Line) -> bool:
        """A short line with the writer's role, or ending with their handle ("صحافي @khaled_elmenshawy")."""
        roles = self.profile.author_roles
        return (line.may_be_chrome and line.words <= _ROLE_LINE_MAX_WORDS and not line.text.endswith(_SENTENCE_STOPS)
                and (roles is not None and roles.search(line.folded) is not None or _HANDLE_END.search(line.text)))

    def _claim_closing_signature(self, claims: list[Claim], authors: set[str], last_paragraphs: list[int]) -> None:
        """The last paragraph that is only the byline's name again, with its place or role
        (Le Monde: "Aminata Sarr (Dakar, correspondance)"), signs the article: a byline. So does the name over a
        last line with the writer's role, an author box (The Examiner: "Hayley Morrison", then "Journalist")."""
        last = last_paragraphs[0] if last_paragraphs else None
        if last is None or claims[last].line.words > _SIGNATURE_MAX_WORDS:
            return
        if len(last_paragraphs) > 1 and last_paragraphs[1] == last - 1 and self._role_line(claims[last].line) \
                and label_key(claims[last - 1].line.text) in authors:
            claims[last] = Claim(claims[last].line, Role.BOILERPLATE, "byline:role")
            last -= 1
        line = claims[last].line
        names = _author_names(line.text, self.profile)
        if names and all(label_key(name) in authors for name in names):
            claims[last] = Claim(line, Role.BYLINE, "byline:closing-signature", line.text, authors=names)

    def _name_before_a_dotted_role(self, text: str) -> str:
        """The name of a line that sets the writer's role off by a middle dot or a bullet ("Garrett Rideout · Local
        Journalism Initiative Reporter", Northern Pen); else the line."""
        parts = _DOTTED_ROLE.split(text, maxsplit=1)
        return parts[0].strip() if len(parts) == 2 and self._role_line(make_line(0, parts[1].strip())) else text

    def _claim_a_bio_opening_with_a_role(self, claims: list[Claim], last: int, authors: set[str]) -> None:
        """The last paragraph, a short bio that opens with a role word (the profile's `author_bio_roles`), right
        below the byline's name alone: an author box ("Elise Farrant", then "Journalist at the North West Star
        covering mining, council and the courts.", ACM). The name signs the article, the bio is chrome."""
        roles = self.profile.author_bio_roles
        line = claims[last].line
        if roles is None or last == 0 or claims[last].role is not Role.BODY or line.words > _BIO_MAX_WORDS \
                or claims[last - 1].role is not Role.BODY or label_key(claims[last - 1].line.text) not in authors \
                or roles.match(line.folded) is None:
            return
        _sign_by_name_and_bio(claims, last - 1, last, "byline:closing-signature")

    def _claim_closing_name_and_role(self, claims: list[Claim], last_paragraphs: list[int]) -> None:
        """The last paragraph that is one name, a comma, then the writer's role and no sentence, signs the article,
        named above or not (RJDH: "Auguste Ndakala, correspondant du RJDH à Bambari")."""
        last = last_paragraphs[0] if last_paragraphs else None
        if last is None or claims[last].role is not Role.BODY or claims[last].line.words > _ROLE_SIGNATURE_MAX_WORDS:
            return
        line = claims[last].line
        _, comma, role = line.text.partition(",")
        roles = self.profile.author_roles
        if not comma or roles is None or role.rstrip().endswith(_SENTENCE_STOPS) or roles.search(fold(role)) is None:
            return
        names = _author_names(line.text, self.profile)
        if len(names) == 1:
            claims[last] = Claim(line, Role.BYLINE, "byline:closing-signature", line.text, authors=names)

    def _drop_writer_bio(self, claims: list[Claim], authors: set[str], last_paragraphs: list[int]) -> None:
        """One of the last paragraphs that opens with the writer's name, or a word of it, and says what they
        do (a role, "covers") is their bio below the article, chrome: "Ashwani is a senior reporter covering
        transport …" (Khaleej Times), "Sara Voss covers the Alaska Legislature for Alaska Beacon."; so is one
        that opens with a name alone printed just above it, or above a role line ("Oliver Brandt", "Transport
        and city reporter", then "Oliver Brandt is a reporter …"). That name is the byline."""
        if self.profile.author_bio_verbs is None and self.profile.author_bio_copulas is None:
            return
        for index in last_paragraphs:
            line = claims[index].line
            if claims[index].role is not Role.BODY or line.words > _BIO_MAX_WORDS:
                continue
            if self._a_bio_by_its_shape(line, authors):
                claims[index] = Claim(line, Role.BOILERPLATE, "byline:writer-bio")
                return
            if not line.text[:1].isupper():
                continue
            name_at = self._name_above_bio(claims, index)
            first = label_key(line.text.split(None, 1)[0])
            if name_at is None and not any(first in author.split() for author in authors):
                continue
            names = (label_key(claims[name_at].line.text),) if name_at is not None else tuple(authors)
            if not self._says_what_a_writer_does(line, names):
                continue
            if name_at is not None:
                _sign_by_name_and_bio(claims, name_at, index, "byline:name-above-bio")
            else:
                claims[index] = Claim(line, Role.BOILERPLATE, "byline:writer-bio")
            return

    def _drop_closing_blocks(self, claims: list[Claim]) -> None:
        """A press release's closing blocks below its last paragraph, each a heading over a few lines: media contacts
        and attachments (the profile's `closing_heads`: "Media contacts", "For more information", "Contact presse"),
        or an organisation's profile (one of its `about_heads` and the organisation's name, which the paragraph below
        names: "About the IFRC", then "The IFRC is the world's largest humanitarian network, …"). The blocks run to
        the end of the body, one after the other; their headings and lines are chrome."""
        body = [index for index, claim in enumerate(claims) if claim.role is Role.BODY]
        if len(body) <= _CLOSING_MIN_PARAGRAPHS:
            return
        after = body[_CLOSING_MIN_PARAGRAPHS - 1]
        heads = [index for index in range(after + 1, len(claims)) if self._closing_head(claims, index)]
        if not heads:
            return
        start = None
        for head, end in reversed(list(zip(heads, [*heads[1:], len(claims)], strict=True))):
            if sum(head < at < end for at in body) > _CLOSING_BLOCK_MAX_LINES:
                break
            start = head
        if start is None:
            return
        for index in range(start, len(claims)):
            if claims[index].role is Role.BODY or index == start:
                claims[index] = claims[index]._replace(role=Role.BOILERPLATE, rule="boilerplate:closing-block")

    def _closing_head(self, claims: list[Claim], index: int) -> bool:
        """A heading of a press release's closing block (see `_drop_closing_blocks`), read as a paragraph or chrome."""
        line = claims[index].line
        if claims[index].role not in (Role.BODY, Role.BOILERPLATE) or line.words > _CLOSING_HEAD_MAX_WORDS \
                or line.text.endswith(_SENTENCE_STOPS):
            return False
        if line.key in self.profile.closing_heads:
            return True
        opening = next((word for word in self.profile.about_heads if line.folded.startswith(word)), None)
        if opening is None or index + 1 == len(claims) or claims[index + 1].role is not Role.BODY:
            return False
        # the name without a colon or its acronym in brackets closing the heading: "نبذة عن مكتب تنسيق الشؤون
        # الإنسانية (أوتشا):" names "… الإنسانية"
        name = _BRACKETS_CLOSING.sub("", line.folded[len(opening):].rstrip(" :")).split()
        if not name:
            return False
        paragraph = claims[index + 1].line
        return name[-1] in {word.strip(",.;:") for word in paragraph.folded[:_ABOUT_NAME_REACH].split()} \
            or _spells(line.text.split()[-1], paragraph.text[:_ABOUT_NAME_REACH].split()) \
            or len(name) > 1 and " ".join(_without_elision(word) for word in name[-2:]) \
            in fold(paragraph.text[:_ABOUT_FULL_NAME_REACH])  # (a long line's `folded` holds its opening only)
        # (a name of two words or more further on: "À propos de l'Institut Pasteur", then "Fondation privée … créée en
        # 1887 par Louis Pasteur, l'Institut Pasteur est …")

    def _claim_author_boxes(self, claims: list[Claim]) -> None:
        """An author box below the article: its heading (the profile's `author_box_heads`, "À propos de l'auteur"),
        the writer's name alone on the next line, a byline, and the bio below it, a short paragraph whatever its
        words ("Étudiante en géographie à Ségou, Fatoumata blogue sur …", Benbere): the heading and bio are chrome."""
        heads = self.profile.author_box_heads
        for index, claim in enumerate(claims):
            if claim.line.key not in heads or claim.role not in (*_UNCLAIMED, Role.BOILERPLATE):
                continue
            below = [at for at in range(index + 1, min(index + 3, len(claims))) if claims[at].role in _UNCLAIMED]
            if len(below) < 2 or below != [index + 1, index + 2]:
                continue
            name, bio = (claims[at].line for at in below)
            if not _NAME_LINE_MIN_WORDS <= name.words <= _NAME_LINE_MAX_WORDS or not _looks_like_name(name.text) \
                    or bio.words > _BIO_MAX_WORDS:
                continue
            claims[index] = Claim(claim.line, Role.BOILERPLATE, "boilerplate:author-box")
            _sign_by_name_and_bio(claims, index + 1, index + 2, "byline:author-box")

    def _claim_a_header_name_by_its_bio(self, claims: list[Claim], last_paragraphs: list[int]) -> None:
        """A name alone left unread between the headline and the date ("لمى العلي", Syria Untold; in a script with no
        case such a line is as often a section), when one of the last paragraphs is that name, a colon and the
        writer's role, their bio ("لمى العلي: صحفية سورية مقيمة في إدلب، …"): the name is the byline, the bio chrome."""
        names = {claim.line.key: index for index, claim in enumerate(claims[:_HEADER_NAME_REACH])
                 if claim.rule == "header:short-line"
                 and _NAME_LINE_MIN_WORDS <= claim.line.words <= _NAME_LINE_MAX_WORDS}
        if not names:
            return
        for index in last_paragraphs:
            line = claims[index].line
            at = names.get(label_key(line.text.partition(":")[0])) if ":" in line.text[:_BIO_NAME_MAX_CHARS] else None
            if at is None or claims[index].role is not Role.BODY or line.words > _BIO_MAX_WORDS \
                    or not self._a_bio_by_its_shape(line, {claims[at].line.key}):
                continue
            _sign_by_name_and_bio(claims, at, index, "byline:name-by-its-bio")
            return

    def _a_bio_by_its_shape(self, line: Line, authors: set[str]) -> bool:
        """A bio with no verb in it: a footnote's mark, then the writer's role ("* كاتب وصحفي سوداني مقيم في
        القاهرة", Hurriyat), or the writer's name, a colon, then their role ("محمد عادل: صحفي مصري مهتم بقضايا
        المياه", Sasa Post). The role is a word of the profile's `author_bio_roles` (by default its `author_roles`)."""
        roles = self.profile.author_bio_roles
        text = line.text
        if roles is None or not (text.startswith(_FOOTNOTE_MARK) or ":" in text[:_BIO_NAME_MAX_CHARS]):
            return False
        if text.startswith(_FOOTNOTE_MARK):
            role = text.lstrip(_FOOTNOTE_MARK + " ")
        else:
            name, _, role = text.partition(":")
            if label_key(name) not in authors:
                return False
        return roles.match(fold(role.strip())) is not None

    def _name_above_bio(self, claims: list[Claim], index: int) -> int | None:
        """Where the writer's name stands alone above their bio at `index` (right above, or above a role
        line), when the bio opens with it or with a word of it ("Ashwani Menon", then "Ashwani is …")."""
        bio = claims[index].line.text
        for above in (index - 1, index - 2):
            if above < 0:
                return None
            line = claims[above].line
            if claims[above].role in _UNCLAIMED and _NAME_LINE_MIN_WORDS <= line.words <= _NAME_LINE_MAX_WORDS \
                    and _looks_like_name(line.text) and bio.split(None, 1)[0] in line.text.split():
                return above
            if not self._role_line(line):
                return None
        return None

    def _says_what_a_writer_does(self, line: Line, names: tuple[str, ...]) -> bool:
        """After the writer's name that opens the line (one of `names`, label keys, whole, or else its first
        word), a bio's verb ("covers"), or a copula and a role word among the first words ("… is a senior
        reporter"); the copula may name the site as its owner ("Ellen Strout is VTDigger’s energy and
        environment reporter")."""
        words = line.text.split()
        opening = label_key(" ".join(words[:_NAME_LINE_MAX_WORDS + 1])) + " "
        skip = next((len(name.split()) for name in names if opening.startswith(name + " ")), 1)
        rest = fold(" ".join(words[skip:skip + _BIO_HEAD_WORDS]))
        profile = self.profile
        if profile.author_bio_verbs is not None and profile.author_bio_verbs.match(rest) is not None:
            return True
        copula = profile.author_bio_copulas.match(rest) if profile.author_bio_copulas is not None else None
        if copula is None:
            copula = _OWNERS_COPULA.match(rest)
        return copula is not None and profile.author_roles is not None \
            and profile.author_roles.search(rest, copula.end()) is not None

    def _claim_closing_name(self, claims: list[Claim], last_paragraphs: list[int]) -> None:
        """No byline above: the last paragraph, right below a sentence that ends the one before it, that is
        a name alone in Latin script, each word capitalised or an initial (Al-Watwan: "Nassuf Ahmed", Midi
        Madagasikara: "Hanitra R.", Lefaso.net: "Aïssata Laure G. Sidibé"; with its site after a slash, Burkina 24:
        "Aminata OUÉDRAOGO / Burkina 24", or after a comma, Kewoulo: "Moussa Diallo, Kewoulo", or before the
        writer's town, "Mahamat Abakar, N'Djamena", or after the site's domain, "NewsInEnglish.no/Kari Holm"), signs
        the article: a byline. Not
        an outlet's name ("Le Droit" opens with a function word), nor a name the headline holds. The name may
        stand over a line with the writer's role (L'Observateur Paalga: "Cyrille Zoma", then "Correspondant à
        Koudougou"), which is chrome then."""
        last = last_paragraphs[0] if last_paragraphs else 0
        role_at = None
        if last and len(last_paragraphs) > 1 and last_paragraphs[1] == last - 1 and self._role_line(claims[last].line):
            role_at, last = last, last - 1
        if not last or claims[last - 1].role is not Role.BODY:
            return
        line, above = claims[last].line, claims[last - 1].line
        name, slash, outlet = line.text.partition(" / ")  # "Aminata OUÉDRAOGO / Burkina 24": the name and its site
        if slash and not (names_outlet(outlet, self.profile) or _SITE_NAME.match(outlet)):
            return
        if not slash:  # or after a comma, the site's own name or an outlet's: "Moussa Diallo, Kewoulo"
            before, comma, after = line.text.rpartition(", ")
            site = claims[0].line.text if claims[0].role is Role.BOILERPLATE else ""
            word, _, outlet = after.partition(" ")  # for whom: "Mamadou Saliou Diallo, pour L'Inquisiteur"
            if outlet and fold(word) in self.profile.keywords.function_words:
                after = outlet
            if comma and (after == site or names_outlet(after, self.profile) or _A_PLACE.fullmatch(after)):
                name = before  # or the writer's town: "Mahamat Abakar, N'Djamena" (Tchadanthropus)
            domain, bare_slash, after = line.text.partition("/")
            if bare_slash and _DOMAIN.fullmatch(domain):
                name = after  # after the site's domain: "NewsInEnglish.no/Kari Holm"
        words = name.split()
        if not _NAME_LINE_MIN_WORDS <= len(words) <= _NAME_LINE_MAX_WORDS or not above.text.endswith(_SENTENCE_STOPS) \
                or not _NAME_WORDS.fullmatch(name) or not _looks_like_name(name) \
                or any(word.lower() in _NAME_PARTICLES for word in words) \
                or fold(words[0]) in self.profile.keywords.function_words or names_outlet(name, self.profile):
            return
        headline = next((claim.line.folded for claim in claims if claim.role is Role.HEADLINE), "")
        if fold(name) not in headline:
            claims[last] = Claim(line, Role.BYLINE, "byline:closing-name", line.text, authors=(name,))
            if role_at is not None:
                claims[role_at] = Claim(claims[role_at].line, Role.BOILERPLATE, "byline:role")

    def _drop_bare_dates_repeated(self, claims: list[Claim]) -> None:
        """A line that is only the article's date again, in another form, among the paragraphs
        (Al Jazeera: "Published On 12 Mar 2024", then "12 Mar 2024") is chrome."""
        days = {claim.date.iso[:10] for claim in claims
                if claim.role is Role.DATE and claim.date is not None and claim.date.iso}
        for index, claim in enumerate(claims):
            line = claim.line
            if claim.role is Role.BODY and line.words <= _BARE_DATE_MAX_WORDS and _DIGIT.search(line.text):
                result = self._search_date(line.text)
                if result is not None and result.iso and result.iso[:10] in days \
                        and not _extra_words(line.text, result):
                    claims[index] = Claim(line, Role.BOILERPLATE, "boilerplate:repeated-dateline")

    def _claim_late_dateline(self, claims: list[Claim]) -> bool:
        """No date above the body: the first line of the body that is a dateline is the date
        (a site that prints a photo caption or a summary before it: "الثلاثاء 17 ديسمبر 2024 9:41"),
        or a line with no letters that was taken for chrome there ("2024-04-16 14:05")."""
        for index, claim in enumerate(claims):
            line = claim.line
            if (claim.role in (Role.BODY, Role.UNPARSED) or claim.role is Role.BOILERPLATE and _LETTER.search(line.text)
                    is None) and line.words <= _DATELINE_MAX_WORDS and _DIGIT.search(line.text):
                dated = self._dateline(line)
                if dated is not None and dated.role in (Role.DATE, Role.UPDATED):  # "Pune | Updated: May 16, …"
                    claims[index] = dated._replace(rule="date:dateline-in-body")
                    return True
        return False

    def _claim_late_update(self, claims: list[Claim]) -> None:
        """A line among the first paragraphs of the body that is the place or desk, a bar or slash, then
        the update label and its date is the last update (The Indian Express, below a deck and the
        byline: "Pune | Updated: May 16, 2024 19:20 IST")."""
        paragraphs = 0
        for index, claim in enumerate(claims):
            if claim.role is not Role.BODY:
                continue
            paragraphs += 1
            if paragraphs > _LATE_UPDATE_REACH:
                return
            line = claim.line
            if ":" not in line.text or line.words > _DATELINE_MAX_WORDS:
                continue
            segments = _OUTLET_AND_WRITER.split(line.text, maxsplit=1)
            if len(segments) < 2 or not may_be_label(make_line(0, segments[1]), self.profile):
                continue
            dated = self._dateline(line)
            if dated is not None and dated.role is Role.UPDATED:
                claims[index] = dated._replace(rule="date:update-in-body")

    def _date_the_opening_dateline(self, claims: list[Claim]) -> None:
        """No date anywhere else: a wire dateline that opens the first paragraph dates the article,
        and the paragraph stays whole in the body ("بورتسودان 12 مارس 2024 — أعلن الجيش …",
        "PARIS, 12 mars 2024 (AFP) - Le gouvernement …", "رام الله 9-4-2024 وفا- أعلنت …", APO Group's "WINDHOEK,
        Namibia, June 28, 2028/APO Group/ -- The …", Sudan
        Tribune's "March 23, 2024 (PORT SUDAN) – …", "Sierra Leone Telegraph: 4 January 2027: The …")."""
        bodies = [index for index, claim in enumerate(claims) if claim.role is Role.BODY][:2]
        if not bodies:
            return
        first = bodies[0]
        if len(bodies) > 1 and not claims[first].line.text.endswith(_SENTENCE_STOPS) \
                and claims[first].line.words <= _TITLE_MAX_WORDS:
            first = bodies[1]  # below the deck: "Distribution is part of …", then "GIS – 5 December, 2029: More …"
        text = claims[first].line.text
        opening = _OPENING_DATELINE.match(text)
        if opening is None or not _DIGIT.search(opening.group(1)):
            # two places set off by a dash before the date: "الهاشمية – الزرقاء، 8 شباط/فبراير 2027 – أطلقت …"
            opening = _OPENING_DATELINE_OF_TWO_PLACES.match(text) or _OPENING_COLON_DATELINE.match(text)
            if opening is None:
                return
        result = self._search_date(opening.group(1))
        if result is None or result.iso is None or result.span is None or not self._recent(result.iso):
            return  # "Hiroshima, August 6, 1945 - At 8:15 …" sets a scene
        place, rest = _beside(opening.group(1), result)
        place, rest = place.strip(" ،,:"), rest.strip()
        if not place and _AGENCY_IN_BRACKETS.fullmatch(rest):
            place, rest = rest[1:-1], ""  # the date first, then the place: "March 23, 2024 (PORT SUDAN) –"
        if self._names_a_place(place) and (not rest or _AGENCY_IN_BRACKETS.fullmatch(rest)
                                           or _AGENCY_IN_SLASHES.fullmatch(rest)
                                           or label_key(rest) in self.profile.outlet_names):
            claims[first] = claims[first]._replace(rule="body:paragraph-dated-by-its-dateline", date=result)

    def _plain_paragraph(self, line: Line, state: _State) -> bool:
        """A sentence of prose in the body that no rule could claim: the common case, decided
        without the full classification (the same answer `_claim` would give, found cheaply)."""
        return (
            state.in_body
            and not (line.may_be_chrome or state.read_also or state.pending or state.after_navigation
                     or state.in_comments or state.below_a_closed_list)
            and not may_be_label(line, self.profile)
            and not line.text.startswith("#")
            and not is_chrome_sentence(line, self.profile)
            and not any(pattern.match(line.text) for pattern in self.profile.date_sentences)
            and (state.headline is None or line.text != state.headline.text)
        )

    # -- one line ---------------------------------------------------------------------------

    def _claim(self, found: Classified, state: _State) -> Claim:
        line = found.line
        if state.in_comments:
            if not (found.cue is Cue.LABEL and found.kind == "read_also"):
                return Claim(line, Role.BOILERPLATE, "comments:line")
            state.in_comments = False  # a related list after a comment count: "14 commentaires", "Sur le même sujet"
        if state.in_body and line.may_be_chrome and self._opens_comments(line, state):
            state.in_comments = True
            return Claim(line, Role.BOILERPLATE, "comments:start")
        if state.pending and self._may_be_value(found, state.pending):
            return self._pending_value(found, state)
        state.pending = None
        value_list, state.value_list = state.value_list, None
        if value_list == "source" and state.claims and line.number > state.claims[-1].line.number + 1:
            value_list = None  # a blank line ends a list of sources ("Source: Channel 3", then "Latest Thailand News")
        if value_list and self._may_be_value(found, value_list) and self._is_list_item(line) \
                and not (found.cue is Cue.PHOTO_CREDIT and ":" in line.text) \
                and not self._is_dated(line) \
                and not line.folded.startswith(self.profile.about_heads) \
                and not (value_list == "source" and self._no_source_below_a_source(found, state)):
            # nor "À propos de l'Institut Pasteur"
            # ("المصدر: وكالة سبأ" then "24 مارس 2024": the header's date)
            # (a picture's labelled credit is none of the list: "Source: Kuensel", then "Photo Courtesy: …")
            state.value_list = value_list
            return self._list_item(line, value_list)
        if state.after_navigation and found.cue is Cue.TEXT \
                and not self._is_prose(line, self.profile.read_also_max_headline_words):
            state.after_navigation = False
            if self._an_article_below(state):
                state.read_also, state.read_also_items = "section", 1
                return Claim(line, Role.READ_ALSO_HEADLINE, "read-also:next-article", line.text)
            return Claim(line, Role.BOILERPLATE, "navigation:link-title")
        state.after_navigation = False
        if found.cue is Cue.LABEL:
            state.below_a_closed_list = False  # a label opens a section of its own
            claim = self._label(found, state)
            if claim is not None:
                return claim
        elif found.cue is Cue.PHOTO_CREDIT and not state.read_also and (outlets := self._outlet_line(line)):
            # "Reuters" alone under the headline credits the article, not a photo
            return self._outlet_claim(line, outlets, state)
        elif found.cue is Cue.PHOTO_CREDIT and not state.read_also and (placed := self._agency_after_place(line)):
            return Claim(line, Role.SOURCE, "source:outlet-and-place", placed)  # "الخرطوم / الأناضول"
        elif found.cue is Cue.PHOTO_CREDIT and (self._may_be_headline(line, state)
                                                or self._a_title_in_a_related_list(line, state)):
            return self._text(found, state)  # "صور: دمار هائل في خان يونس بعد انسحاب الاحتلال"
        elif found.cue is Cue.BOILERPLATE and self._credits(line) \
                and (outlets := self._outlet_line(line, unknown_acronyms=not line.text.startswith(("(", "[")))):
            # "(END)" is chrome; an unknown agency's initials after credit words are not: "Additional reporting by
            # GRTS" (The Alkamba Times)
            # "Additional reporting by Reuters" (a chrome pattern when it names writers); below a related
            # title it may close the related article or the article going on under it: settled later
            if state.read_also:
                return Claim(line, Role.BOILERPLATE, _CREDIT_BELOW_RELATED, values=outlets)
            return self._outlet_claim(line, outlets, state)
        elif found.cue is Cue.BOILERPLATE and state.in_body and self._figures_after_a_lead_in(line, state):
            return Claim(line, Role.BODY, _FIGURES_ITEM_RULE)  # "- 2025 : 4,6 % ;"
        elif found.cue is Cue.BOILERPLATE and not state.in_body and not state.read_also \
                and self._a_breaking_title(line, state):
            return Claim(line, Role.HEADLINE, "headline:breaking")
        elif found.cue in (Cue.BOILERPLATE, Cue.PHOTO_CREDIT):
            if state.read_also and line.key in self.profile.read_also_end:
                state.read_also = None  # "end of list": the article goes on
            elif state.read_also == "section" and state.read_also_items and found.rule == "boilerplate:line":
                # a known line of chrome, not an item's date or section below it: "View All News", "Comments: Our
                # rules" close the list
                state.read_also, state.below_a_closed_list = None, True
            dated = None if state.in_body or state.read_also else self._dateline(line)
            if dated is not None and dated.role is Role.TIME and _LETTER.search(line.text):
                dated = None  # "Écouter - 02:15" is a player's duration, not the article's time
            return dated or Claim(line, Role.BOILERPLATE, found.rule)
        elif found.cue is Cue.HASHTAGS:
            return self._tags_before_a_glued_related_label(line, found.rule, found.value, state)
        elif found.cue is Cue.BYLINE:
            return self._byline(found, found.value, state) or self._text(found, state)
        return self._text(found, state)

    def _the_article_resumes(self, line: Line, state: _State) -> bool:
        """Below a related list that a line of chrome closed, two lines of prose one after the other: the article goes
        on (a list inside the body); anything else is the page's other lists, prompts and footer ("Kettle Moraine
        County", "1320 Capitol Drive, Hartland, WI 53029" below "View All News"; a comments' rules below "Comments:
        Our rules")."""
        following = state.next_line
        longest = self.profile.read_also_max_headline_words
        return following is not None and all(self._is_prose(prose, longest)
                                             and self.profile.sentence_end.search(prose.text) is not None
                                             for prose in (line, following)) \
            and not is_boilerplate(following, self.profile)

    def _titles_on_one_line(self, value: str) -> tuple[str, ...]:
        """The related titles a label's value holds, set off by a bar or a bullet ("Kongo-Central : le barrage d'Inga
        III relancé … | Électricité : le gouvernement veut …", 7sur7.cd): each a title's length and no sentence; or
        the value alone."""
        for mark in (" | ", " • "):
            if mark in value:
                parts = tuple(part.strip() for part in value.split(mark))
                if all(word_count(part) >= _TITLE_MIN_WORDS and not part.endswith(_SENTENCE_STOPS) for part in parts):
                    return parts
        return (value,)

    def _mostly_a_date(self, value: str) -> bool:
        """A label's value that is a date with few other words (a byline's "by Writer" among them)."""
        result = self._date_with_digits(value)
        return result is not None and result.iso is not None \
            and _extra_words(value, result) <= _DATELINE_MAX_EXTRA_WORDS

    def _label(self, found: Classified, state: _State) -> Claim | None:
        kind, value, line = found.kind, found.value, found.line
        if value and kind == "read_also" and self.profile.label_kinds.get(label_key(value.lstrip("/| "))) == kind:
            value = ""  # the label again in a second language: "Lire aussi / Read also" (Soualiga Post)
        if kind in _TITLE_PREFIX_KINDS and state.headline is None and not state.in_body and has_words(value, 2) \
                and not (kind == "updated" and self._mostly_a_date(value)):
            # the first content line: "READ: The full text of the deal", "تحديث: حصيلة الضحايا ترتفع"; not an update
            # stamp above the title, "Last Updated on Thursday, 14 October 2027, 22:45 by Writer" (Guyana Times)
            return None
        if kind == "popular" and value and found.has_separator and state.in_body \
                and word_count(value) >= _TITLE_MIN_WORDS and not self._is_prose(line, _TITLE_MAX_WORDS):
            kind = "read_also"  # a link inside the body: "MORE NEWS: Kootingal bypass work to start in May …"
        if kind == "read_also" or kind == "popular":
            if not value and not state.in_body and (state.headline is None or self._a_masthead_so_far(state)) \
                    and (kind == "popular" or _below_a_menu(state.claims) or _below_a_consent_banner(state.claims)):
                # above the headline, a menu's link ("Most read", or "Read more" among sections): its titles, if
                # any, are no list; the page's own most-read list is chrome either way
                return Claim(line, Role.BOILERPLATE, "boilerplate:menu")
            following = state.next_line
            if not value and kind == "read_also" and following is not None \
                    and following.words > _TITLE_MAX_WORDS and following.text.endswith(_SENTENCE_STOPS) \
                    and self._is_prose(following, _TITLE_MAX_WORDS):
                # over a paragraph of prose, no title: an infobox's heading above the article (Wikinews: "Related
                # articles", then the article's first paragraph)
                return Claim(line, Role.BOILERPLATE, "boilerplate:label-over-prose")
            glued = _glued_to_its_label(line.text, value)
            state.read_also = "one-liner" if value and not glued else "section"
            state.read_also_items = 1 if glued else 0  # "LIRE AUSSIBamako : …": the list's first title, glued
            state.popular = kind == "popular"
            if state.popular:
                state.popular_read = True
                return Claim(line, Role.BOILERPLATE, found.rule)
            if value:
                titles = self._titles_on_one_line(_LIST_MARKER.sub("", value))
                return Claim(line, Role.READ_ALSO_HEADLINE, found.rule, titles[0],
                             values=titles if len(titles) > 1 else ())
            return Claim(line, Role.READ_ALSO_LABEL, found.rule)
        if kind == "navigation":
            if value and found.has_separator and state.article_closed and not self._is_prose(line, _TITLE_MAX_WORDS):
                return Claim(line, Role.NAVIGATION, found.rule)  # below the tags: "Next: Taxi strike leaves …"
            if value:
                return None
            state.after_navigation = True
            state.read_also = None
            return Claim(line, Role.NAVIGATION, found.rule)
        if kind == "source" and ":" in value:
            tagged = self._label_glued_to_a_source(found, value)
            if tagged is not None:
                return tagged
        if kind == "source" and value and (line.text.endswith(":") or caseless(value[-1:])):
            # (the value leaves out the line's last colon; with none, in a script with no case, only glued)
            related = self._related_label_glued_to_a_source(found, value, state, glued_only=not line.text.endswith(":"))
            if related is not None:
                return related
        if kind == "source" and self._title_not_source(value, state) and not self._long_source_over_tags(value, state):
            return None  # "مصادر: مفاوضات الهدنة في غزة تدخل مرحلة حاسمة" is a headline
        if state.read_also == "section" and kind in ("date", "updated", "author") \
                and (state.read_also_items or kind == "author" and not found.value):  # (a rubric: "Reportage")
            if self._is_prose(line, _DATELINE_MAX_WORDS) or kind != "author" and not _DIGIT.search(value):
                # its paragraph: "By Sunday, only a handful of the convoys …", "Par ailleurs, …"; or with no date, a
                # title that opens like a label: "Mise à jour économique : ce qu'il faut savoir"
                return None
            # The related article's own dateline or byline: part of it, never the record's date.
            return Claim(line, Role.BOILERPLATE, f"read-also:{kind}-line")
        state.read_also = None  # any other label ends a read-also section
        if kind == "keywords" and not value and state.headline is None and not state.in_body \
                and _below_a_menu(state.claims):
            return Claim(line, Role.BOILERPLATE, "boilerplate:menu")  # a menu's "Topics", above the headline
        if kind == "keywords" and " | " in value and not state.in_body and self._a_menu_of_links(value):
            # above the title, the menu's links with "Topics" first: "Topics | Investigations | Newsletters | Donate"
            return Claim(line, Role.BOILERPLATE, "boilerplate:menu")
        if state.headline is not None and kind in ("date", "updated", "author"):
            state.header_labelled = True
        if not value:
            if kind in _VALUE_KINDS:
                state.pending = kind
            return Claim(line, _LABEL_ROLES[kind], found.rule)
        if kind in ("date", "updated"):
            return self._dated_label(self._published_part(found), state)
        if kind == "author" and _DIGIT.search(value) and line.words <= _DATELINE_MAX_WORDS:
            glued = self._byline_glued_to_its_date(line, state)
            if glued is not None:
                return glued
        if kind == "author":
            if state.in_body and not found.has_separator and not _LATIN_LETTER.search(value) \
                    and not self._short_byline_below_the_deck(line, state):
                # "بواسطة طائرات مسيرة، استهدفت المقاومة …": prose in the body. Latin names show
                # themselves by their capitals ("By Yolande Knell" below a photo caption).
                return None
            byline = self._byline(found, value, state)
            if byline is None and self._a_desks_credit(found, value):
                return Claim(line, Role.BOILERPLATE, "boilerplate:desk-credit")
            return byline
        if kind == "keywords" and ":" in value:
            value = self._after_a_second_tag_label(value)
        # "Tags: Gaza" may go on one per line; "Mots-clés : Pêche, Kayar" is a whole list already
        # (the "Partager : Facebook Twitter" line below it is no tag)
        listed = kind in ("keywords", "source") and not self.profile.keywords.delimiters.search(value)
        state.value_list = kind if listed else None
        if kind == "source":
            listed_by_label = found.rule.rpartition(":")[2] in self.profile.source_list_labels
            outlets = self._source_values(value, listed=listed_by_label)
            return Claim(line, Role.SOURCE, found.rule, outlets[0], values=outlets)
        if kind == "keywords":
            return self._tags_before_a_glued_related_label(line, found.rule, value, state)
        return Claim(line, _LABEL_ROLES[kind], found.rule, value)

    def _tags_before_a_glued_related_label(self, line: Line, rule: str, value: str, state: _State) -> Claim:
        """A tag line (`value`, its tags), cut before a related label glued to its end ("… تحليق مکثفإقرأ أيضاً:",
        "#حوض_آرغين #الصيد_التقليديمواضيع ذات صلة"): the related list follows, below the tags."""
        text = line.text
        glued = None
        if text.endswith(":") or caseless(text[-1:]) or _CASE_GLUE.search(text, max(0, len(text) - _GLUED_LABEL_REACH)):
            glued = self._related_label_at_the_end(value, colon=text.endswith(":"))
        if glued is None:
            return Claim(line, Role.KEYWORDS, rule, value)
        state.value_list = None
        state.read_also, state.read_also_items = "section", 0
        return Claim(line, Role.KEYWORDS, rule, value[:glued].rstrip())

    def _title_ending_a_path(self, line: Line, state: _State) -> Claim | None:
        """The site's path with the title as its last step ("الرئيسية › محليات ›الأحساء: مهرجان التمور يستقبل …"):
        the headline, its path the page's chrome."""
        claim = self._path_and_title(line)
        if claim is None or state.next_line is not None and _copied_below(claim.value, state.next_line):
            return None  # (the title printed below it again: the path's last step is a copy)
        state.headline = line
        return claim

    def _title_ending_a_path_over_the_date(self, line: Line, state: _State) -> Claim | None:
        """The site's path ending with the title right above the date, when the headline so far was the page's first
        content line with no paragraph below it (Brno Daily: its name, its tagline taken for the title, a menu, then
        "Home » News » BrnoBrno Trams to Run …" over the date): the title's claim, the line taken so far chrome."""
        if not (self._a_date_below(state) or state.next_line is not None and self._labelled(state.next_line)):
            return None  # (or over the byline: "Accueil > SociétéBrazzaville : …", then "Par Gildas Mouanda", VOX TV)
        taken = next((index for index, claim in enumerate(state.claims)
                      if claim.role is Role.BODY or claim.rule == "headline:first-content-line"), None)
        if taken is None or state.claims[taken].role is Role.BODY:
            return None
        titled = self._title_ending_a_path(line, state)
        if titled is not None:
            state.claims[taken] = state.claims[taken]._replace(role=Role.BOILERPLATE,
                                                               rule="boilerplate:header-above-title")
        return titled

    @staticmethod
    def _next_hashtag(line: Line, state: _State) -> bool:
        """One tag behind a # below a line of hashtags, of a few words or with a hyphen ("#air pollution", "#CHP-2"),
        which a line of its own would not tell from a heading."""
        return line.text.startswith("#") and line.text.count("#") == 1 and bool(state.claims) \
            and state.claims[-1].role is Role.KEYWORDS and state.claims[-1].line.text.startswith("#") \
            and line.words <= _HASHTAG_MAX_WORDS

    @staticmethod
    def _figures_after_a_lead_in(line: Line, state: _State) -> bool:
        """A list's item of figures with no letter, below a paragraph that leads in to it with a colon or below
        another such item ("Les prévisions de croissance de BAM :", "- 2025 : 4,6 % ;", "- 2026 : 4,4 %."): the
        body's, though a line with no letter is chrome elsewhere."""
        if state.read_also or not state.claims or _LIST_MARKER.match(line.text) is None or _LETTER.search(line.text) \
                or _DIGIT.search(line.text) is None:
            return False
        above = state.claims[-1]
        return above.rule == _FIGURES_ITEM_RULE or above.role is Role.BODY and above.line.text.endswith(":")

    def _after_a_second_tag_label(self, value: str) -> str:
        """A tag label's value without the site's categories before a second tag label on the line (WordPress's
        Genesis footer: "Filed Under: Featured, Somaliland News Tagged With: Berbera, DP World, …" gives the tags
        after "Tagged With:"); else the value."""
        head, _, rest = value.rpartition(":")
        words = head.split()
        for count in range(1, min(_LABEL_MAX_WORDS, len(words) - 1) + 1):
            if self.profile.label_kinds.get(label_key(" ".join(words[-count:]))) == "keywords" and rest.strip():
                return rest.strip()
        return value

    def _a_foreign_date(self, line: Line) -> bool:
        """A date of the day in another language, its weekday in up to three words (`_SHAPED_AS_A_FOREIGN_DATE`)."""
        shaped = _SHAPED_AS_A_FOREIGN_DATE.fullmatch(line.text)
        return shaped is not None and fold_word(shaped.group(1) or shaped.group(2)) not in self.vocabulary.tables.months

    def _a_bare_path(self, line: Line) -> bool:
        """A site's path with no title in its last step ("Accueil » Économie » Agriculture", or short, "Actualités ›
        Marché des titres publics"): never a title, nor a title that quotes a name in guillemets ("علي صبيح: افتتاح
        «سوق الماشية» الجديد …")."""
        return (is_breadcrumb(line, self.profile) or _SHORT_PATH.match(line.text) is not None
                and "«" not in line.text) and self._path_and_title(line) is None

    def _path_and_title(self, line: Line) -> Claim | None:
        """The headline claim of a path whose last step is the title, the path kept as chrome; the last step's name
        may run into the title ("Home » News » BrnoBrno Trams to Run …", Brno Daily: the step "Brno"; "الرئيسية /
        محلياتالكهرباء: …", a section the profile knows); or None."""
        folded = fold(line.text)  # the separators as the profile folds them ("»" is '"')
        searched = folded if len(folded) == len(line.text) else line.text
        cut = max(searched.rfind(separator.strip()) for separator in self.profile.breadcrumb_separators)
        title = line.text[cut + 1:].strip() if cut > 0 else ""
        if word_count(title) < _TITLE_MIN_WORDS or title.endswith(_SENTENCE_STOPS):
            return None
        step = _CASE_GLUE.search(title.split(" ", 1)[0])
        if step is not None:  # the step's name glued to the title's first word
            cut, title = line.text.index(title) + step.start(2) - 1, title[step.start(2):]
        elif caseless(title[:1]) and (section := self._section_glued_before(title)):
            # in a script with no case, a section the profile knows: "الرئيسية / محلياتالكهرباء: …"
            cut, title = line.text.index(title) + section - 1, title[section:]
        return Claim(line, Role.HEADLINE, GLUED_CHROME_RULE, title, values=(line.text[:cut + 1].strip(),))

    def _section_glued_before(self, title: str) -> int:
        """The length of a section's name the profile knows, of a word or two, glued to the first or second word of
        `title` ("محلياتالكهرباء", "أخبار وطنيةنواكشوط"), the title going on with a letter; 0 when none is."""
        head = " ".join(title.split(" ", 2)[:2])
        for end in range(len(head) - 2, 1, -1):
            if head[end].isalpha() and head[end - 1].isalpha() and label_key(head[:end]) in self.profile.section_names:
                return end
        return 0

    def _byline_glued_to_its_date(self, line: Line, state: _State) -> Claim | None:
        """A byline whose last name runs into the date ("By Mwaka NdawaJune 3, 2026 at 14:30 CAT", Diggers; two
        writers, "By Priya Natarajan and Tom WhitlockSeptember 2, 2028", Honi Soit): read with a space where a
        lower-case letter meets a capital, it is a date line signed by the writers."""
        spaced = _CASE_GLUE.sub(r"\1 \2", line.text, count=1)
        if spaced == line.text:
            return None
        spaced_line = make_line(line.number, spaced)
        claim = self._dateline(spaced_line)
        if claim is None or claim.role is not Role.DATE or claim.date is None or claim.date.iso is None \
                or not claim.authors:
            found = classify(spaced_line, self.profile)
            claim = self._byline_with_date(found, found.value, state) if found.kind == "author" else None
            if claim is None or not claim.authors:
                return None
        return claim._replace(line=line)

    def _name_glued_to_its_date(self, line: Line, state: _State) -> Claim | None:
        """A writer's name alone run into the date below the headline ("Kerwin RamdassSep 15, 2026", Trinidad
        Express): the date line, signed by the name. The glue is where the date begins ("McDonaldSep" is cut
        before "Sep")."""
        for cut, end, result in self._dates_at_a_capital(line.text):
            if result.iso is None or word_count(line.text[end:]) > _DATELINE_MAX_EXTRA_WORDS:
                continue
            name = line.text[:cut].strip()
            if _author_names(name, self.profile) != (name,):
                return None  # the name alone, nothing dropped from it ("Gas in TrinidadSep 15" is no byline)
            state.authors.add(label_key(name))
            return Claim(line, Role.DATE, "byline:glued-to-its-date", line.text, result, (name,))
        return None

    def _related_label_at_the_end(self, value: str, *, colon: bool) -> int | None:
        """Where a related label glued to the end of a tag line begins, its colon closing the line ("… تحليق
        مکثفإقرأ أيضاً:", Al Mayadeen), or without one, its capital right after the last tag's small letter
        ("… Shah-o-Arus damRelated Posts", Khaama Press), or in a script with no case a label of two words ("…
        الدين الخارجياقرأ أيضا"); or None."""
        text = value.rstrip(": ")
        start = max(0, len(text) - _GLUED_LABEL_REACH)
        for at in range(max(start, 1), len(text) - 1):
            if self.profile.label_kinds.get(label_key(text[at:])) == "read_also" \
                    and (colon or text[at - 1].islower() and text[at].isupper()
                         or caseless(text[at]) and " " in text[at:]):  # a label of two words: "…الخارجياقرأ أيضا"
                return at
        return None

    def _short_byline_below_the_deck(self, line: Line, state: _State) -> bool:
        """A byline label and a name alone, no other words, with one paragraph at most above it and a date or a
        label below (Al Rai: the deck, "كتب علي العلاس", then "نُشر: 12 نوفمبر 2024 | 10:15 م")."""
        following = state.next_line
        return line.words <= _NAME_LINE_MAX_WORDS and not line.text.endswith(_SENTENCE_STOPS) \
            and following is not None and sum(claim.role is Role.BODY for claim in state.claims) <= 1 \
            and self._labelled_or_dated(following)

    def _opens_a_name(self, part: str) -> bool:
        """A part of a list of sources that may be a name: a capital first; in a script with no case, any word but a
        function word; or a word the profile's `outlets.lowercase_names` says opens an institution's name in lower
        case ("ministère de la Santé publique"; "de l'Élevage …" goes on with the name before it, "the ministry said
        …" is a sentence)."""
        if not part:
            return False
        first = fold(part.split(None, 1)[0])
        if part[:1].isupper() or first in self.profile.lowercase_names:
            return True
        return caseless(part[:1]) and first not in self.profile.keywords.function_words

    def _with_name_tails(self, parts: tuple[str, ...]) -> tuple[str, ...]:
        """`parts` of a list of sources set off by commas, each one that opens with a function word joined again to
        the one before it: a body's name holding commas ("ministère de l'Énergie, de l'Hydraulique et des …")."""
        joined: list[str] = []
        for part in parts:
            first = fold(part.split(None, 1)[0]).split("'", 1)[0] if part else ""
            if joined and first in self.profile.keywords.function_words:
                joined[-1] = f"{joined[-1]}, {part}"
            else:
                joined.append(part)
        return tuple(joined)

    def _source_values(self, value: str, *, listed: bool = False) -> tuple[str, ...]:
        """The sources a source label's value names: each of a list of outlets set off by commas ("المصادر
        الإضافية • أ ف ب، رويترز"; "DVB, Khit Thit Media", a known one beside names; after a label that says a
        list follows, `listed` (the profile's `outlets.list_labels`: "Sources: Andina, El Comercio"), names that
        each open with a capital, set off by commas or spaced slashes; a list with an unknown part that reads as no
        name is one value as written), each of the sources a spaced plus sets off ("المصدر: وطن + وكالات"), or the
        outlet without its editors' initials (CNA: "Source: CNA/nl(gs)"; "Reuters/dpa" names two agencies and stays
        whole) or its place ("القاهرة - إرم نيوز"), or the value (a study's reference, its authors set off by commas,
        is one: "M. Laurent, C. Perrin, A. Diallo et al. … Nature Aging, 1er décembre 2026. DOI : 10.1038/…")."""
        if _A_REFERENCE.search(value):
            return (value,)
        if ";" in value:  # no outlet's name holds one: "Sources : délégation provinciale … ; Croix-Rouge du Tchad"
            parts = tuple(part for part in _LIST_SEMICOLON.split(value.strip(" ;")) if part)
            if len(parts) > 1:
                return parts
        if "،" in value:  # no outlet's name holds an Arabic comma: "مراسل عدوليس، منظمة العفو الدولية"
            parts = tuple(part.strip() for part in value.split("،") if part.strip())
            if len(parts) > 1 and all(word_count(part) <= _SOURCE_PART_MAX_WORDS for part in parts):
                return parts
        parts = tuple(part.strip() for part in _LIST_COMMA.split(value.strip(" ,،"))) \
            if "," in value or "،" in value else ()  # (a comma closing the list closes no name)
        if len(parts) > 1 and self._one_offices_name(parts):
            parts = ()
        if len(parts) > 1:
            known = [names_outlet(part, self.profile) for part in parts]
            # a known outlet beside a name of a few capitalised words: "DVB, Khit Thit Media" (Mizzima),
            # or an office's name: "ATS, Office cantonal de la statistique" (watson)
            if all(known) or any(known) and all(_SITE_NAME.match(part) or _OFFICE_NAME.fullmatch(part)
                                                for part in parts):
                return parts
            # names of two capitalised words or more, or initials, none known: "Yle Uutiset, Helsingin Sanomat" (Yle
            # News), "DEETS, France Travail" (Témoignages)
            # or a site's domain: "ingatlan.com, KSH" (Kafkadesk)
            if all(_SITE_NAME.match(part) and word_count(part) >= 2 or _ACRONYM.fullmatch(part)
                   or _DOMAIN.fullmatch(part) for part in parts):
                return parts
            if listed:  # a part opening with a function word goes on with the name before it: "…, de l'Hydraulique"
                parts = self._with_name_tails(parts)
            if listed and len(parts) > 1 and all(self._opens_a_name(part) for part in parts):
                # after "Sources": "Andina, El Comercio", "ATP, Ministère de l'Hydraulique", "ATP, ministère de la
                # Santé publique" (a name in French may open in lower case, never with a function word), "EDG,
                # ministère de l'Énergie, de l'Hydraulique et des Hydrocarbures"
                return parts
        if " | " in value:  # a writer's name after a bar is no source: "Source: Adomonline.com | Adwoa Boatemaa Mensah"
            parts = [part.strip() for part in value.split(" | ")]
            outlets = tuple(part for part in parts if names_outlet(part, self.profile) or _DOMAIN.fullmatch(part)
                            or _ACRONYM.fullmatch(part) or not _looks_like_name(part))
            if outlets and len(outlets) < len(parts):
                return outlets
        if " / #" in value:  # the site's hashtag after its source is no source: "Source: NTB / #Norway Today"
            value = " / ".join(part for part in value.split(" / ") if not part.strip().startswith("#")) or value
        if listed and (" / " in value or " et " in value or " and " in value or " & " in value):
            # or set off by spaced slashes or a conjunction: "Sources: BioBioChile / La Tercera", "Sources : Bank
            # Al-Maghrib et HCP"
            parts = tuple(part.strip() for part in _LISTED_SOURCES_JOIN.split(value))
            if all(self._opens_a_name(part) for part in parts):
                return parts  # in a script with no case too: "المصادر: التناصح / وكالات"
            parts = tuple(part.strip() for part in value.split(" / "))  # a conjunction inside a name: "SONABEL /
            if len(parts) > 1 and all(self._opens_a_name(part) for part in parts):  # ministère de l'Énergie, des
                return parts  # Mines et des Carrières"
        if " + " in value:  # "المصدر: وطن + وكالات": the site and the agencies it drew on, two sources
            parts = tuple(part.strip() for part in value.split(" + "))
            if all(part and word_count(part) <= _PLUSSED_SOURCE_MAX_WORDS for part in parts):
                return parts
        if " / " in value and not caseless(value[:1]):
            # after "Source", names in a script with case set off by spaced slashes: "Source: Agerpres / Metrorex";
            # Arabic pages credit the site and its agencies so as one value ("المصدر: الحرة / وكالات")
            parts = tuple(part.strip() for part in value.split(" / "))
            if all(part[:1].isupper() and word_count(part) <= _SLASHED_SOURCE_MAX_WORDS for part in parts):
                return parts
        signed = _INITIALS_AFTER_OUTLET.fullmatch(value) if "/" in value else None
        if signed is not None and signed.group(2) not in self.profile.outlet_names and (
                _ACRONYM.fullmatch(signed.group(1)) or names_outlet(signed.group(1), self.profile)):
            return (signed.group(1),)
        place, dash, outlet = value.rpartition(" - ")
        if dash and word_count(place) <= 2 and label_key(place) not in self.profile.outlet_names \
                and label_key(outlet) in self.profile.outlet_names:
            return (outlet.strip(),)  # Erem News: "المصدر: القاهرة - إرم نيوز", the place and the outlet
        return (value,)

    def _one_offices_name(self, parts: tuple[str, ...]) -> bool:
        """Parts set off by commas that name one office: its government after a comma ("Fisheries Department,
        Government of Tripura"), one of its units (the profile's `outlets.unit_words`: "Southern Railway, Palakkad
        Division"), or an office's portfolios, the last after "and" ("Ministry of Food, Agriculture and
        Light Industry"); by the profile's `outlets.jurisdiction_words` and `outlets.institution_words`."""
        profile = self.profile
        if len(parts) == 2 and profile.unit_words and fold(parts[1].rpartition(" ")[2]) in profile.unit_words \
                and fold(parts[0].rpartition(" ")[2]) not in profile.unit_words:
            return True  # a body and one of its units: "Southern Railway, Palakkad Division"
        if not profile.jurisdiction_words and not profile.institution_words:
            return False
        heads = [fold(" ".join(part.split()[:2])).removeprefix("the ") for part in parts]
        if any(head.endswith(" of") and head[:-3] in profile.jurisdiction_words for head in heads[1:]):
            return True
        return heads[0].endswith(" of") and heads[0][:-3] in profile.institution_words and " and " in parts[-1] \
            and not any(head.partition(" ")[0] in profile.institution_words for head in heads[1:])

    def _published_part(self, found: Classified) -> Classified:
        """A date label's value that holds the other date label after a bar, a bullet, a semicolon, a comma or a
        spaced dash, cut to the publication date's part: "Published: 12:55 PM, Jun 10, 2024 | Updated: 1:05 PM,
        Jun 10, 2024" (Times of Oman) reads as its first part, "Updated: Mar. 05, 2024, 7:12 a.m. | Published: Mar.
        04, 2024, 6:01 p.m." (OregonLive), "Updated August 3 2025 - 5:36pm, first published August 2 2025
        - 7:00pm" (ACM) and "Mis à jour le 02/04/2025 – Publié le 01/04/2025 à 08:30" as their second, and
        "Updated May 6 2024 - 5:34pm, first published 12:30pm" as the update's day at the publication's time.
        Without the cut the update's time joins the date before it."""
        value = found.value
        if not any(mark in value for mark in _DATE_FIELD_MARKS):
            return found
        for separator in _DATE_FIELD_BAR.finditer(value):
            rest = value[separator.end():]
            folded = fold(rest)
            match = self.profile.label_pattern.match(folded)
            kind = self.profile.label_kinds.get(" ".join(match.group("label").split())) if match else None
            if kind not in ("date", "updated") or kind == found.kind:
                continue
            published = value_after(rest, folded, match.end())
            if separator.group().strip() == "," and self._search_date(rest) is None \
                    and not (found.kind == "updated" and time_only(published, vocabulary=self.vocabulary)):
                continue  # "Publié le 12 janvier, mis à jour le rapport …": a sentence, no second field
            if found.kind == "date":
                return found._replace(value=value[:separator.start()])
            if self._search_date(published) is None:
                if not time_only(published, vocabulary=self.vocabulary):
                    return found
                # "Updated May 6 2024 - 5:34pm, first published 12:30pm": the update's day, the publication's time
                published = f"{_TRAILING_CLOCK.sub('', value[:separator.start()])} {published.strip()}"
            return found._replace(kind="date", rule=f"label:date:{' '.join(match.group('label').split())}",
                                  value=published)
        return found

    def _dated_label(self, found: Classified, state: _State) -> Claim | None:
        result = self._search_date(found.value)
        if result is None:
            if found.value and len(found.value) <= _TIME_LINE_MAX_CHARS \
                    and time_only(found.value, vocabulary=self.vocabulary):
                if found.kind == "date":  # the time of the date line above: "وقت النشر: 11:20 ص" below "تاريخ النشر: …"
                    return Claim(found.line, Role.TIME, found.rule, found.value)
                return Claim(found.line, _LABEL_ROLES[found.kind], found.rule)  # "Updated at 4:20 pm"
            if not found.has_separator or _tokens_with_content(found.value) > _DATELINE_MAX_EXTRA_WORDS:
                return None  # "تحديث: ارتفعت حصيلة ضحايا الزلزال إلى 45 قتيلا" is news, not a date
            if not found.value:
                return Claim(found.line, _LABEL_ROLES[found.kind], found.rule)
            # "Published: Yesterday", "Published: 20 Febuary 2024": read leniently, and kept as
            # the raw date (with a warning) when it cannot be read.
            result = parse_date(found.value, language=self.profile.language, reference=self.reference,
                                dayfirst=self.dayfirst, vocabulary=self.vocabulary)
            if result.iso is None and result.raw is None:
                result = DateResult(None, found.value, ())
            return Claim(found.line, _LABEL_ROLES[found.kind], found.rule, found.value, result)
        before, after = _beside(found.value, result)
        if result.iso is None and found.value.endswith(_SENTENCE_STOPS) \
                and _extra_words(found.value, result) > _DATELINE_MAX_EXTRA_WORDS:
            return None  # an editor's note: "Mise à jour (28 mai) : la Sépaq précise que les sentiers …"
        if found.has_separator and not before.strip() and word_count(after) >= _GLUED_PARAGRAPH_MIN_WORDS \
                and self._is_prose(make_line(found.line.number, after.strip()), _TITLE_MAX_WORDS):
            # the first paragraph glued to the date ("… (بتوقيت عدن)عدن - كريتر سكاي: سجل سعر …"): the line is that
            # paragraph, and gives the date as a glued label would
            state.in_body = True
            paragraph = after.strip()
            zone = _ZONE_GLUED_TO_A_PARAGRAPH.match(paragraph)  # the date's zone, glued to it: "… 2026 GMTأعلن …"
            if zone is not None and zone.group().lower() in self.vocabulary.tables.zones:
                paragraph = paragraph[zone.end():]
            return Claim(found.line, Role.BODY, GLUED_LABEL_RULE, paragraph, result, values=(found.kind,))
        authors = self._byline_beside_date(before)  # "Publié par Jean Dupont le 20 février 2024"
        # or after it: "Publié le 14 juin 2024 par Anne-Lise Moreau" (WordPress), "… 21:50 | Lu 12 543 fois | Par …"
        closing = () if authors else self._byline_beside_date(after)
        if not (found.has_separator or authors or closing) and self._prose_around_date(before, after, found) \
                and not self._a_desks_byline(found.line.number, after):
            return None  # (not a desk's byline glued to the date: "Publié le 20 avril 2027Par la Direction de …")
        if not authors and found.has_separator and before.strip():
            authors = _author_names(before, self.profile)  # "نشر: محرر الموقع 31 ديسمبر 2020"
        authors = authors or closing
        state.authors.update(label_key(name) for name in authors)
        # a wire closing the line is the article's source: "Publié le mercredi 20 mars 2024 | AIP"
        return Claim(found.line, _LABEL_ROLES[found.kind], found.rule, found.value, result, authors,
                     values=self._closing_wire(after) or self._source_field(after))

    def _a_desks_byline(self, number: int, text: str) -> bool:
        """Whether `text` is a byline naming no one, a writer's label before a desk ("Par la Direction de la
        communication")."""
        line = make_line(number, text.strip())
        if not line.text or line.words > _DESK_CREDIT_MAX_WORDS or not may_be_label(line, self.profile):
            return False
        found = classify(line, self.profile)
        return found.cue is Cue.LABEL and found.kind == "author" and not self._is_prose(line, _DESK_CREDIT_MAX_WORDS)

    def _source_field(self, after: str) -> tuple[str, ...]:
        """The sources a source label set off by a bar after the date gives ("Date : 14 juillet 2025 | Source :
        L'Indicateur du Renouveau", Bamada); () when none."""
        if "|" not in after:
            return ()
        for part in after.split("|")[1:]:
            line = make_line(0, part.strip())
            if line.text and may_be_label(line, self.profile):
                found = classify(line, self.profile)
                if found.cue is Cue.LABEL and found.kind == "source" and found.value:
                    return self._source_values(found.value)
        return ()

    def _a_title_in_a_related_list(self, line: Line, state: _State) -> bool:
        """A title's length below a related title or right below the related label, no sentence, though it opens like
        a caption: the next title, or the first ("صور: صيادو الميناء يواجهون ارتفاع أسعار المحروقات", "صور" being the
        city of Tyre too)."""
        return bool(state.read_also) and bool(state.claims) \
            and state.claims[-1].role in (Role.READ_ALSO_HEADLINE, Role.READ_ALSO_LABEL) \
            and line.words > _DATELINE_MAX_EXTRA_WORDS and not self._is_prose(line, 40)

    def _may_be_headline(self, line: Line, state: _State) -> bool:
        """The first content line, a title's length and not a sentence: a gallery or video
        title ("صور: …", "Photos: …") that a credit rule would take for chrome."""
        return (state.headline is None and not state.in_body and not state.read_also
                and line.words > _DATELINE_MAX_EXTRA_WORDS and not self._is_prose(line, 40))

    def _long_source_over_tags(self, value: str, state: _State) -> bool:
        """A source label's long value, no sentence, right above the tag line or another source line at the article's
        foot: an office's full name ("Source : Direction du tourisme et de l'artisanat de la wilaya d'Annaba", Le
        Provincial; "Source : Association des pêcheurs de homard de la Baie-des-Chaleurs" over "Source : Pêches et
        Océans Canada", L'Écho de la Baie); or
        anywhere in the body, a name of capitalised words and the little words between them ("Source : Ministère
        de l'Agriculture, de l'Élevage et de la Pêche", Bip Radio)."""
        following = state.next_line
        if not state.in_body or value.endswith(_SENTENCE_STOPS) or word_count(value) > _LONG_SOURCE_MAX_WORDS \
                or not value[:1].isupper():
            return False
        if _BODY_FULL_NAME.fullmatch(value):
            return True
        if following is None:
            return False
        found = classify(following, self.profile)
        return found.cue is Cue.LABEL and found.kind in ("keywords", "source")

    def _title_not_source(self, value: str, state: _State) -> bool:
        """A source names an outlet in a few words; a longer value where a headline is awaited
        (the article's or a related one's), or a sentence-long one anywhere, is a title."""
        words = word_count(value)
        awaiting_title = state.headline is None or (state.read_also == "section" and not state.read_also_items)
        return self._sentence_value(value) or (awaiting_title and words > _DATELINE_MAX_EXTRA_WORDS)

    def _prose_around_date(self, before: str, after: str, found: Classified) -> bool:
        """A sentence around the date of a label with no colon: "Published reports say … in June
        2023", "Publié le 12 janvier, le précédent rapport …", "بتاريخ 15 مارس 2024 وقع الطرفان
        الاتفاق." open with the label's words. A dateline has a word or three beside its date
        ("… by admin"), or goes on with another date ("…, modifié le 14 avril 2023 à 20h30") or
        with fields ("| Lu 543 fois | Par …")."""
        if "|" in after or "•" in after or ":" in after:
            return False  # fields: "… | Lu 543 fois", "… Lecture : 3 minutes."
        words_after = word_count(after)
        extra = word_count(before) + words_after
        ends_sentence = words_after >= 2 and self.profile.sentence_end.search(found.value)
        if extra <= _DATELINE_MAX_EXTRA_WORDS and not ends_sentence:
            return False
        return not _DIGIT.search(after) or (self._search_date(after) is None and not self._an_update(after))

    def _an_update(self, after: str) -> bool:
        """After the date, an update label and its time alone, or its date: "Publié le 16/03/2024 à 10h12. Mis à
        jour à 12h40." (Sud Ouest), "14 mai 2025 à 15 h 42 HAE · Mis à jour le 14 mai 2025 à 17 h 10 HAE" (Le
        Manic)."""
        stripped = after.lstrip(" .,;-–—·•|")
        folded = fold(stripped)
        match = self.profile.label_pattern.match(folded)
        if match is None or self.profile.label_kinds.get(" ".join(match.group("label").split())) != "updated":
            return False
        if word_count(folded[match.end():]) <= _DATELINE_MAX_EXTRA_WORDS:
            return True
        result = self._date_with_digits(stripped)
        return result is not None and result.iso is not None \
            and _extra_words(stripped, result) - word_count(folded[:match.end()]) <= _DATELINE_MAX_EXTRA_WORDS

    def _byline(self, found: Classified, value: str, state: _State, rule: str | None = None) -> Claim | None:
        writer_in_outlet = self.profile.writer_in_outlet
        inside = writer_in_outlet.fullmatch(value) if writer_in_outlet is not None else None
        if inside is not None and self._a_papers_name(inside.group("outlet")):
            # Lebanon 24: 'كتبت ليندا عازار في "نداء الوطن":' above the paper's article
            names = _author_names(inside.group("name"), self.profile)
            if names:
                state.authors.update(label_key(name) for name in names)
                return Claim(found.line, Role.BYLINE, rule or found.rule, value, authors=names,
                             values=(inside.group("outlet"),))
        if found.line.text.endswith(":") and not (found.has_separator or _DASHED_LABEL.match(found.line.text)):
            return None  # "كتبت الصحيفة في افتتاحيتها:" introduces a quotation; "كتب- أحمد جمعة:" signs
        value = _BRACKETED_WITH.sub(r" \1", value)
        if " | " in value:
            value = self._without_a_photo_credit(value)
        names = _author_names(value.rstrip(" :"), self.profile) or self._name_and_affiliation(value)
        if not names:
            return self._byline_with_date(found, value, state) or self._byline_with_time(found, value, state)
        names, agencies = self._agencies_credited(value, names)
        bracketed = _BRACKETED_OUTLET.search(value)  # "By Jane Doe (Reuters)": the profile's author noise drops it
        if bracketed is not None and not agencies and label_key(bracketed.group(1)) in self.profile.outlet_names:
            agencies = (bracketed.group(1),)
        if not agencies and all(label_key(name) in self.profile.wire_names for name in names):
            agencies = names  # a wire signs the article: "By The Canadian Press", "Par AFP"
        state.authors.update(label_key(name) for name in names)
        return Claim(found.line, Role.BYLINE, rule or found.rule, value, authors=names, values=agencies)

    def _a_desks_credit(self, found: Classified, value: str) -> bool:
        """A writer's label and its colon over a desk, no one's name: the site's own credit, chrome ("Texte et photos :
        service communication de la Province")."""
        line = found.line
        return found.has_separator and ":" in line.text and line.text.partition(":")[2].strip() == value.strip() \
            and 0 < line.words <= _DESK_CREDIT_MAX_WORDS and not self._is_prose(line, _DESK_CREDIT_MAX_WORDS)

    def _without_a_photo_credit(self, value: str) -> str:
        """A byline's value without the photographer's credit a bar sets off after the writer ("Texte : Jean-Marc
        Reymond | Photos : Nadia Perrin", Courrier du Val-de-Travers): the credit is the photos', no writer's. It
        is labelled: "By Jane Doe | Reuters" credits the agency too."""
        pattern = self.profile.photo_credit
        writer, _, credit = value.partition(" | ")
        if pattern is None or not writer.strip() or ":" not in credit or pattern.match(fold(credit.strip())) is None:
            return value
        return writer.strip()

    def _name_and_affiliation(self, value: str) -> tuple[str, ...]:
        """The writer's name before a comma or a dash and what they write for after it, which names no one
        ("Par Gabrielle Beaupré, Initiative de journalisme local – Le Franco", "Par Jean-Philippe Giroux –
        Initiative de journalisme local – APF – Atlantique"): the name alone; () when the part after it is a
        sentence or holds a number (a date: "By Amie SannehFriday, July 18, 2025"), or the part before no name."""
        parts = _AFFILIATION_MARK.split(value, maxsplit=1)
        if len(parts) < 2:
            return ()
        name, affiliation = parts
        if affiliation.strip().endswith(_SENTENCE_STOPS) or _DIGIT.search(affiliation) \
                or not 0 < word_count(affiliation) <= _AFFILIATION_MAX_WORDS:
            return ()
        names = _author_names(name, self.profile)
        return names if len(names) == 1 else ()

    def _a_papers_name(self, name: str) -> bool:
        """A newspaper or site ("نداء الوطن", "النهار", "Le Monde"), not a platform or a column
        ('كتب وزير الخارجية في "إكس":', 'كتبت الصحيفة في "افتتاحيتها":' introduce quotations)."""
        key = label_key(name)
        if key in self.profile.outlet_names or names_outlet(name, self.profile):
            return True
        article = self.profile.keywords.definite_article
        return key not in self.profile.boilerplate_lines and (
            key.count(" ") == 1 or bool(article) and key.startswith(article))

    def _agencies_credited(self, value: str, names: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(authors, sources) of a byline's names: a known outlet the writer worked "with" is a source
        ("Par Julie Lambert avec Belga", "By Jane Doe with AFP in Geneva"), when a writer is named too
        ("By Emily Green with Eyal Press": two writers)."""
        credit = _WITH_CREDIT.search(value)
        if credit is None:
            return names, ()
        credited = [f"{label_key(part)} " for part in _NAME_SPLIT.split(credit.group(1))]  # "AFP in Geneva"
        agencies = tuple(name for name in names if (key := label_key(name)) in self.profile.outlet_names
                         and any(part.startswith(f"{key} ") for part in credited))
        writers = tuple(name for name in names if name not in agencies)
        return (writers, agencies) if writers and agencies else (names, ())

    def _byline_with_date(self, found: Classified, value: str, state: _State) -> Claim | None:
        """"By John Smith - February 20, 2024", "Par Jean Dupont le 20 février 2024 à 10h30": the
        names before the date, and the date; None when the value is no byline at all."""
        result = self._date_with_digits(value)
        if result is None or result.span is None:
            return None
        before, after = _beside(value, result)
        before = self._without_a_glued_date_label(before)
        signer = _IN_SECTION_ON.sub("", _SEGMENTS.split(before)[0]).strip()
        names = _author_names(signer, self.profile)
        if word_count(_SEGMENTS.split(after, maxsplit=1)[0]) > _DATELINE_MAX_EXTRA_WORDS:
            return None  # after the date, only fields set off ("| Lu 3 452 fois", " - Last updated at …")
        if not names:
            # a desk signs, no writer: "Publié par Service communication | décembre 2, 2026 | 0 commentaire"
            desk = signer[:1].isupper() and 1 <= word_count(signer) <= _SIGNING_DESK_MAX_WORDS \
                and not _DIGIT.search(signer)
            return Claim(found.line, Role.DATE, "byline:desk-with-date", value, result) if desk else None
        state.authors.update(label_key(name) for name in names)
        return Claim(found.line, Role.DATE, "byline:with-date", value, result, names)

    def _byline_with_time(self, found: Classified, value: str, state: _State) -> Claim | None:
        """Blogger's footer below the article, "Publié par Chezvlane à 11:32", "Posted by Jane Doe at 11:32 AM": the
        writer, and as its value the time of the date printed without one above the title (see `assemble`)."""
        words = value.split()
        for count in range(1, min(_TIME_MAX_WORDS, len(words) - 1) + 1):
            time = " ".join(words[-count:])
            if not time_only(time, vocabulary=self.vocabulary):
                continue
            head = words[:-count]
            if head and fold_word(head[-1]) in self.vocabulary.connectors:
                head = head[:-1]
            signer = " ".join(head)
            # a blog's name signs as its writer does: "Publié par Chezvlane"
            names = _author_names(signer, self.profile) or ((signer,) if _BLOG_NAME.fullmatch(signer) else ())
            if not names:
                return None
            state.authors.update(label_key(name) for name in names)
            return Claim(found.line, Role.BYLINE, BYLINE_WITH_TIME_RULE, time, authors=names)
        return None

    def _without_a_glued_date_label(self, before: str) -> str:
        """The words before a byline's date without a date label glued to the last name, in a script with no
        capital to show where the name ends ("ريم بن سالمنُشر في", Inkyfada, gives "ريم بن سالم"), or at the capital
        that opens it ("Wendy JosephPublié le", Radio Vision 2000; with its colon, "Hery RakotoPublié le :"); else as
        is."""
        words = before.rstrip(" :").split()
        for count in range(1, min(len(words) - 1, _GLUED_DATE_LABEL_MAX_WORDS) + 1):  # or after a space: "Par Julie
            if self.profile.label_kinds.get(" ".join(fold(word) for word in words[-count:])) == "date":  # Durand
                return " ".join(words[:-count])  # Publié le 4 mars 2025 …"
        for count in range(1, min(len(words), _GLUED_DATE_LABEL_MAX_WORDS) + 1):
            first, rest = words[-count], [fold(word) for word in words[len(words) - count + 1:]]
            for cut in range(1, len(first)):
                label = " ".join([fold(first[cut:]), *rest])
                if self.profile.label_kinds.get(label) == "date" and fold(first[:cut]) \
                        and (caseless(first[:cut]) or first[cut - 1].islower() and first[cut].isupper()):
                    return " ".join([*words[:-count], first[:cut]])
        return before

    def _signed_by_outlet_writer(self, text: str, result: DateResult) -> bool:
        """A dateline signed by the outlet and its writer before the date, and little after it
        (L'Orient-Le Jour: "OLJ / Par Soulayma HAJJ, le 20 février 2024 à 10h30")."""
        before, after = _beside(text, result)
        if word_count(after.strip(" ,.")) > 1:
            return False
        parts = [part.strip(" ,،:") for part in _OUTLET_AND_WRITER.split(before)]
        parts = [part for part in parts if part]
        if len(parts) < 2 or not self._byline_beside_date(parts[-1]):
            return False
        return all(label_key(part) in self.profile.outlet_names or _ACRONYM.fullmatch(part) for part in parts[:-1])

    def _byline_beside_date(self, text: str) -> tuple[str, ...]:
        """Names of a byline label in one of the parts of `text` ("| Par Jean Dupont", "OLJ / Par …"), or ()."""
        if " " not in text.strip():
            return ()  # a byline label and a name are two words at least
        for segment in _OUTLET_AND_WRITER.split(text):
            segment = segment.strip(" ,،:")
            if not segment:
                continue
            found = classify(make_line(0, segment), self.profile)
            if found.cue is Cue.LABEL and found.kind == "author" and found.value:
                names = _author_names(found.value, self.profile)
                if names:
                    return names
        return ()

    def _pending_value(self, found: Classified, state: _State) -> Claim:
        kind, state.pending = state.pending, None
        if kind in ("date", "updated"):
            result = self._search_date(found.line.text)
            if result is not None:
                return Claim(found.line, _LABEL_ROLES[kind], f"label-value:{kind}", found.line.text, result)
            return self._text(found, state)
        if kind == "author":
            return self._byline(found, found.line.text, state, "label-value:author") or self._text(found, state)
        if kind == "keywords" and self._titles_below_a_tag_label(found.line, state):
            # titles below it, no tags: the label heads related articles ("Sujets associés", then "Rezé : la patinoire
            # éphémère prend ses quartiers place du 8-Mai", Télénantes)
            state.read_also, state.read_also_items = "section", 1
            return Claim(found.line, Role.READ_ALSO_HEADLINE, "read-also:headline",
                         self._related_title(found.line.text))
        if kind in ("keywords", "source"):
            state.value_list = kind
            next_line = state.next_line
            if next_line is not None and self._is_list_item(next_line) and not may_be_label(next_line, self.profile):
                # one value per line: this first line is a whole one too (not tags joined by spaces)
                return self._list_item(found.line, kind)
        return Claim(found.line, _LABEL_ROLES[kind], f"label-value:{kind}", found.line.text)

    def _a_menu_of_links(self, value: str) -> bool:
        """Items set off by bars, two of them the page's known chrome ("Newsletters", "Donate"): a menu, no tags."""
        lines = self.profile.boilerplate_lines
        return sum(label_key(item) in lines for item in value.split(" | ")) >= _MENU_CHROME_ITEMS

    def _titles_below_a_tag_label(self, line: Line, state: _State) -> bool:
        """The line below a tag label alone reads as a title: a title's length, no sentence, with a topic's colon,
        which no tag holds."""
        return ":" in line.text and line.words >= _TITLE_MIN_WORDS and not self._is_prose(line, _TITLE_MAX_WORDS)

    def _list_item(self, line: Line, kind: str) -> Claim:
        value = _LIST_MARKER.sub("", line.text)
        if kind == "keywords":
            if value.startswith("#") and value.count("#") == 1:
                value = value[1:].strip()  # one tag a line, each behind a #: "#سد الوحدة" (Madar21)
            if self.profile.keywords.delimiters.search(value):  # the whole list on one line: "السودان | الخرطوم | …"
                return Claim(line, Role.KEYWORDS, "label-value:keywords", value)
            return Claim(line, Role.KEYWORDS, TAG_LINE_RULE, value)
        if value[:1] + value[-1:] == "()":
            value = value[1:-1].strip()  # "(Avec Caledonia)"
        value = self._after_credit_words(value) or value  # "Source : …", then "Avec Le Nouvelliste"
        return Claim(line, Role.SOURCE, "source:list-line", value)

    # -- content lines ----------------------------------------------------------------------

    def _text(self, found: Classified, state: _State) -> Claim:
        line = found.line
        if state.read_also:
            return self._read_also_line(line, state)
        if state.below_a_closed_list:
            if self._the_article_resumes(line, state):
                state.below_a_closed_list = False
            else:
                return Claim(line, Role.BOILERPLATE, "boilerplate:below-a-closed-list")
        if self._next_hashtag(line, state):  # "#Almaty", then "#air pollution", "#CHP-2": one tag a line
            return Claim(line, Role.KEYWORDS, TAG_LINE_RULE, line.text[1:].strip())
        if state.headline is not None and _same_text(line, state.headline):
            return Claim(line, Role.BOILERPLATE, "boilerplate:repeated-headline")
        if state.headline is not None and (not state.in_body or state.index < _PAGE_TITLE_REACH) \
                and self._retitles_its_page_title(line, state):  # (a tagline or menu read as paragraphs between)
            return Claim(line, Role.HEADLINE, "headline:below-its-page-title")
        if not state.in_body and _CLOCK_TITLE.match(line.text) and (
                state.next_line is not None and _CLOCK_TITLE.match(state.next_line.text)
                or bool(state.claims) and state.claims[-1].rule == _HEADER_TICKER_RULE):
            # above the title, the latest news each by its time ("14:01 Azerbaijani MFA comments on Brussels
            # meeting", then "13:52 Oil prices rise …", APA): a sidebar's ticker, chrome
            return Claim(line, Role.BOILERPLATE, _HEADER_TICKER_RULE)
        if not state.in_body and _wholly_bracketed(line.text) and not self._outlet_line(line):
            # a note in brackets above the title, no title: a wire's update note ("(Ajoute déclaration du président de
            # l'ANGE, taux de participation)" below its slug "… (MISE À JOUR 2)", ATPE); not a credit, "(With inputs
            # from agencies)"
            return Claim(line, Role.BOILERPLATE, "boilerplate:bracketed-note")
        if state.headline is not None and not state.in_body and self._title_below_a_kicker(line, state):
            return Claim(line, Role.HEADLINE, "headline:below-a-kicker")
        if state.headline is None and line.key in self.profile.section_names:
            return Claim(line, Role.BOILERPLATE, "boilerplate:section-name")  # "الشرق الأوسط": a section there
        if self.profile.republished_by and line.key.startswith(self.profile.republished_by):
            outlet = self._republished_from(line)  # no outlet named: a notice, chrome as before
            return Claim(line, Role.SOURCE, "source:republished", outlet) if outlet else \
                Claim(line, Role.BOILERPLATE, "boilerplate:republished")
        if self.profile.date_sentences and (dated := self._dated_by_a_sentence(line)) is not None:
            return dated
        if (state.in_body or state.headline is not None) and self.profile.credit_sentences \
                and (outlet := self._credited_by_a_sentence(line)):  # (above the body too: IFEX's note)
            return Claim(line, Role.SOURCE, "source:credit-sentence", outlet)
        if self.profile.own_report and line.key.rpartition(" ")[2] in self.profile.own_report:
            outlet = self._own_report(line.text)
            if outlet and _names_the_masthead(outlet, state.claims):
                return Claim(line, Role.BOILERPLATE, "boilerplate:own-report")  # the site's own: "الرقة بوست - خاص"
            if outlet:
                return Claim(line, Role.SOURCE, "source:own-report", outlet)
        if state.headline is not None and not state.in_body \
                and (writer := self._writer_after_the_sites_name(line, state)):
            return Claim(line, Role.BYLINE, "byline:site-and-writer", line.text, authors=(writer,))
        if "/" in line.text and line.words <= _DESK_CODE_MAX_WORDS and _DESK_CODE.fullmatch(line.text) \
                and (line.text.count("/") > 1 or self._two_editors_initials(line, state)):
            return self._desk_code(line, state)
        if state.headline is None and not state.in_body and (_an_acronym_and_its_name(line.text)
                                                              or self._an_agencys_name_and_its_wire(line)):
            return Claim(line, Role.BOILERPLATE, "boilerplate:masthead")  # "AGP – Agence Gabonaise de Presse"
        if line.key and self._short_for_a_credit(line) and (not self._inside_body(state) or self._credits(line)):
            outlets = self._outlet_line(line)
            if outlets:
                return self._outlet_claim(line, outlets, state)
            credit = self._outlet_with_place_or_name(line, in_header=state.headline is not None and not state.in_body)
            if credit is not None:
                outlet, _, names = credit
                state.authors.update(label_key(name) for name in names)
                return Claim(line, Role.SOURCE, "source:outlet-and-place", outlet, authors=names)
        if not state.in_body:
            if self._tagline_below_a_site_name(line, state):
                return Claim(line, Role.BOILERPLATE, "boilerplate:tagline")
            if (line.words >= _MENU_MIN_ITEMS and self._a_menu_line(line, home_first=state.headline is not None)
                    or _a_dashed_menu(line) or _a_dotted_menu(line) or line.number in state.tab_menus) \
                    and not self._read_as_a_date_line(line):  # (a section and the date: "News | 9 October 2029")
                return Claim(line, Role.BOILERPLATE, "boilerplate:menu")  # "Home Politics Business Society …"
            if is_breadcrumb(line, self.profile):
                dated = self._dateline(line) if _DIGIT.search(line.text) else None
                if dated is not None and dated.role is Role.DATE and dated.date is not None and dated.date.iso:
                    return dated  # a section, then the date and time: "Société | 12/02/2025 | 09:14" (NewsMada)
                titled = self._title_ending_a_path(line, state) if state.headline is None \
                    else self._title_ending_a_path_over_the_date(line, state)
                if titled is not None:
                    return titled
                return Claim(line, Role.BOILERPLATE, "boilerplate:breadcrumb")
            claim = self._header_line(line, state)
            if claim is not None:
                return claim
            if self._below_a_masthead_taken_for_the_title(line, state):
                return Claim(line, Role.HEADLINE, "headline:below-the-masthead")
        if self._caption_with_credit(line) and (self._near_the_top(state) or self._between_paragraphs(line, state)) \
                and not self._goes_on_below(state):
            return Claim(line, Role.BOILERPLATE, "boilerplate:caption-credit")
        if (state.article_closed or self._below_a_list_heading(state)) and self._listed_below_the_article(line, state):
            return Claim(line, Role.BOILERPLATE, _LISTED_BELOW_THE_ARTICLE)
        first, state.in_body = not state.in_body, True
        if first and _DIGIT.search(line.text, 0, _GLUED_LABEL_REACH) is not None:
            glued = self._paragraph_glued_to_its_date(line)
            if glued is not None:
                return glued
        return Claim(line, Role.BODY, "body:paragraph")

    def _paragraph_glued_to_its_date(self, line: Line) -> Claim | None:
        """The first paragraph glued to the date line above it: the date opens the line, maybe after a date label
        with no colon, and a letter follows its last character with no space ("17 - 12 - 2025 | 17:25 (توقيت
        غرينتش)نواذيبو – تواري: أوقف …", Tawary; "Publié le 12 novembre 2025 à 09:14Le Port autonome …", Eburnie
        Today). The line is that paragraph, and gives the date as a glued label would."""
        result = self._search_date(line.text)
        if result is None or result.iso is None or result.span is None:
            return None
        if result.span[0] and self.profile.label_kinds.get(label_key(line.text[:result.span[0]])) != "date":
            return None
        end = result.span[1]
        after = line.text[end:]
        if not after[:1].isalpha() or line.text[end - 1].isalpha() or word_count(after) < _GLUED_PARAGRAPH_MIN_WORDS \
                or not self._is_prose(make_line(line.number, after), _TITLE_MAX_WORDS):
            return None
        return Claim(line, Role.BODY, GLUED_LABEL_RULE, after, result, values=("date",))

    def _below_a_masthead_taken_for_the_title(self, line: Line, state: _State) -> bool:
        """Whether this line is the title and the headline taken so far the site's masthead, the page's first
        content line (below chrome only), which names an outlet ("The Frontier Post", "صحيفة 4 مايو", "Radio
        Ndeke Luka", "Lusaka Times - Zambia's Leading Online News Site") or, in a few capitalised words, stands
        above a tagline that does ("La Gruyère", then "Le journal de la Gruyère et de la Veveyse"), or is such a
        tagline or the menu on one line itself, with the menu's short lines between them (none below a menu).
        The title is a line of a title's length that ends no sentence; if so, the masthead's claim becomes
        chrome and this line the state's headline, so that the date and byline below it are read as the
        header's."""
        index = next((index for index, claim in enumerate(state.claims)  # (below a date of the day, too)
                      if claim.role is not Role.BOILERPLATE and claim.rule != _UNREAD_DATE
                      and claim.role is not Role.DATE), None)
        if index is None or state.claims[index].rule not in _TAKEN_FOR_THE_TITLE \
                or not _TITLE_MIN_WORDS <= line.words <= _TITLE_MAX_WORDS or not line.may_be_chrome \
                or self._is_prose(line, _TITLE_MAX_WORDS) or state.headline is None or self._a_menu_line(line) \
                or line.number in state.tab_menus:
            return False
        masthead = state.headline
        if masthead.words >= line.words and not (self._a_name_and_its_tagline(masthead.text)
                                                 or self._a_name_and_its_kind(masthead.text)):
            return False  # (a name and its tagline may run longer: "Radio Taiga 97,1 FM – La voix francophone des …")
        if len(state.claims) < index + _MASTHEAD_MENU_LINES + 1:  # no menu between them, unless it was the menu
            if not (self._a_menu_line(masthead) or _DOMAIN.fullmatch(masthead.text)  # or the site's domain alone
                    or self._a_name_and_its_kind(masthead.text) and self._a_date_line_next(state)):
                return False
        elif not (self._names_the_site(masthead.text) or self._a_tagline(masthead) or self._a_menu_line(masthead)
                  or self._a_tagline(state.claims[index + 1].line) and self._may_name_a_site(masthead)
                  or state.claims[index].rule == "headline:below-a-kicker"  # the site's name in capitals above
                  and self._may_name_a_site(state.claims[index - 1].line)
                  or self._may_name_a_site(masthead) and any(
                      claim.rule == "boilerplate:menu" or _a_menu_bar(claim) or self._a_path_from_home(claim)
                      for claim in state.claims[index + 1:])):  # (a market ticker's lines may stand between)
            return False
        # (a sidebar's related list above the article's path is no paragraph of it)
        path = max((at for at in range(index + 1, len(state.claims))
                    if state.claims[at].rule == "boilerplate:breadcrumb"), default=index)
        if any(claim.role in (Role.BODY, Role.BYLINE) for claim in state.claims[index + 1:]) \
                or any(claim.role is Role.READ_ALSO_HEADLINE for claim in state.claims[path + 1:]):
            return False  # paragraphs or a byline came: the header is over
        dated = self._dateline(masthead) if _DIGIT.search(masthead.text) else None
        if dated is not None and dated.role is Role.DATE and dated.date is not None and dated.date.iso:
            state.claims[index] = dated  # the line taken for the title was the date line: "General News of Saturday,
        else:  # 10 July 2027" (GhanaWeb)
            state.claims[index] = Claim(masthead, Role.BOILERPLATE, "boilerplate:masthead")
        _header_lines_to_chrome(state.claims, index + 1)  # the menu's short lines, a section
        state.headline = line
        return True

    def _a_date_line_next(self, state: _State) -> bool:
        """Whether the next line is a date line ("Posted on September 7th, 2029")."""
        following = state.next_line
        return following is not None and self._read_as_a_date_line(following)

    def _a_path_from_home(self, claim: Claim) -> bool:
        """The site's path, its home link first ("Accueil › Normandie › Lisieux"): below a short line, it shows that
        line is the site's name (Le Pays d'Auge)."""
        return claim.rule == "boilerplate:breadcrumb" \
            and fold(_MENU_ITEM_MARKS.split(claim.line.text, 1)[0]) in self.profile.breadcrumb_home

    def _a_masthead_so_far(self, state: _State) -> bool:
        """The headline taken so far is the page's first content line and names the site ("Jamaica Observer"), or
        stands over its tagline ("Star of Mysore", then "Mysuru’s Own English Evening Daily"): the title is still to
        come, below the site's menu."""
        headline = state.headline
        if headline is None or not any(claim.rule == "headline:first-content-line" for claim in state.claims):
            return False
        return self._names_the_site(headline.text) or any(claim.rule == "boilerplate:tagline" for claim in state.claims)

    def _tagline_below_a_site_name(self, line: Line, state: _State) -> bool:
        """The line right below the page's first content line, taken for the headline, when that is a site's
        name of a few capitalised words and this line its tagline ("La Gruyère", then "Le journal de la Gruyère
        et de la Veveyse"): chrome, and the header goes on (the masthead rule then finds the title)."""
        claims = state.claims
        return bool(claims) and claims[-1].rule == "headline:first-content-line" and state.headline is not None \
            and self._may_name_a_site(state.headline) and self._a_tagline(line)

    @staticmethod
    def _may_name_a_site(line: Line) -> bool:
        """A few capitalised words ("Le Courrier de la Nouvelle-Écosse"), or any two or three ("L’Aurore boréale"),
        maybe with a radio's frequency ("CKRW The Rush 96.1"): a site's name, when its tagline stands below it."""
        return _SITE_NAME.match(without_frequency(line.text)) is not None or line.words <= _SHORT_SITE_NAME_WORDS

    def _a_tagline(self, line: Line) -> bool:
        """A site's tagline: a short line that ends no sentence and names the kind of outlet it is ("Le journal
        de la Gruyère et de la Veveyse", "Solomon Islands Leading Daily Newspaper", "Le doyen des quotidiens
        privés du Burkina Faso", "Maine news, sports, politics, …") or holds one of the profile's
        `headline.tagline_words` ("L'actualité sociale avec le recul en plus"), or a slogan of a few short stops
        ("Independent. Non-partisan. Holding power to account.", Sierra Leone Telegraph)."""
        if not line.may_be_chrome or line.words > _TAGLINE_MAX_WORDS:
            return False
        if line.text.endswith(_SENTENCE_STOPS):
            stops = [part for part in _SLOGAN_STOP.split(line.text) if part]
            return len(stops) >= 2 and all(word_count(stop) <= _SLOGAN_STOP_MAX_WORDS for stop in stops)
        words, tagline = self.profile.outlet_words, self.profile.tagline_words
        return any(word in words or word.removesuffix("s") in words or word.rpartition("'")[2] in tagline
                   for word in words_of(line.folded)) or any(word in tagline for word in line.folded.split())
        # (the second: a hyphenated word whole, "e-paper")

    def _a_menu_line(self, line: Line, home_first: bool = True) -> bool:
        """A site's menu on one line, no item in lower case: its home link first ("Home State National Editorial
        Sports"; not `home_first` where a Latin title may open so, "News Corp Posts Record Profit"; "الرئيسية أخبار
        تقارير برامج" always), or three sections the profile knows among its items ("St. Maarten St. Martin
        Caribbean Business Sports Opinion Classifieds", "Actualités Polynésie Politique Société Sport"; a known
        section of two words may go on in lower case, "Actualité Région Sports Agenda Avis mortuaires")."""
        if line.words < _MENU_MIN_ITEMS:
            return False  # (most lines: the cheap tests first)
        first = line.text[:1]
        if not first.isupper():  # a script with no case: its home link first, or known sections most of its words
            return not first.islower() and _TITLE_PUNCTUATION.search(line.text) is None \
                and _SENTENCE_PUNCTUATION.search(line.text) is None \
                and (line.folded.partition(" ")[0] in self.profile.breadcrumb_home or self._sections_on_a_line(line))
        parts = [part for part in line.text.split() if part != "&"]  # "Business & Finance"
        sections = self.profile.section_names
        items = _menu_items(parts, sections)
        if items is None or _TITLE_PUNCTUATION.search(_ELISION.sub("", line.text)) is not None:
            return False  # (an elision is no quote: "Côtes-d'Armor", "Avis d'obsèques")
        return home_first and fold(parts[0]) in self.profile.breadcrumb_home \
            or sum(item in sections for item in items) >= _MENU_MIN_ITEMS

    def _sections_on_a_line(self, line: Line) -> bool:
        """In a script with no case, four sections the profile knows or more, two thirds of the line's words or more
        ("سياسة مجتمع اقتصاد جهات رياضة فن وثقافة مغاربة العالم"; a section may take the conjunction, "وثقافة")."""
        sections = self.profile.section_names
        words = line.folded.split()
        known = sum(word in sections or word.startswith("و") and word[1:] in sections for word in words)
        return known >= _MENU_MIN_ITEMS + 1 and known * 3 >= len(words) * 2

    def _a_name_and_its_tagline(self, text: str) -> bool:
        """An outlet's name, a separator, then the site's tagline: "Radio Taiga 97,1 FM – La voix francophone des
        Territoires du Nord-Ouest"."""
        taglines = [text.partition(separator)[2] for separator in self.profile.title_separators if separator in text]
        return any(not tagline.strip().endswith(_SENTENCE_STOPS) for tagline in taglines) and self._names_the_site(text)

    def _names_the_site(self, text: str) -> bool:
        """An outlet's name, alone or before a separator and the site's tagline ("Lusaka Times - Zambia's
        Leading Online News Site"), or after its acronym ("RNT – Radio Nationale Tchadienne – La voix du Tchad")."""
        if names_outlet(text, self.profile):
            return True
        for separator in self.profile.title_separators:
            name, found, rest = text.partition(separator)
            if found and (names_outlet(name.strip(), self.profile) or _an_acronym_and_its_name(
                    f"{name.strip()} – {rest.partition(separator)[0].strip()}")):
                return True
        return False

    def _a_name_and_its_kind(self, text: str) -> bool:
        """A name of a word or two that opens with a capital (or in a script with no case), a separator, then a
        tagline that names the kind of outlet it is or holds a tagline's word ("LankaWeb – News and Views from Sri
        Lanka", "الوسط الغربي - يومية جهوية مستقلة")."""
        kinds, taglines = self.profile.outlet_words, self.profile.tagline_words
        for separator in self.profile.title_separators:
            name, found, tagline = text.partition(separator)
            tagline = tagline.strip()
            if found and 1 <= word_count(name) <= 2 and not name.strip()[:1].islower() \
                    and not tagline[:1].islower() and not tagline.endswith(_SENTENCE_STOPS) \
                    and any(word in kinds or word in taglines for word in words_of(fold(tagline))):
                return True
        return False

    def _retitles_its_page_title(self, line: Line, state: _State) -> bool:
        """Whether this line is the title alone below the page's title, which the headline taken so
        far was: the title, a separator and the outlet (Daily Sabah: "Türkiye, Iraq agree … | Daily
        Sabah", a breadcrumb, then "Türkiye, Iraq agree …"), maybe its tagline after it ("… | SunLive - The Bay's
        News First"), or the outlet first ("سوس 24 | انطلاق موسم جني الأركان …"). If so, the page title's claim
        becomes a source claim of its outlet, and this line the state's headline."""
        title = state.headline.text
        if len(title) <= len(line.text):
            return False
        for separator in self.profile.title_separators:
            bare, _, outlet = title.rpartition(separator)
            if not bare or fold(bare.strip()) != line.folded:
                outlet, _, bare = title.partition(separator)  # the site's name first: "سوس 24 | انطلاق موسم …"
                if not bare or fold(bare.strip()) != line.folded:
                    continue
            outlet = self._site_before_its_tagline(outlet.strip())
            if self._names_a_site(outlet):
                index = next(index for index, claim in enumerate(state.claims) if claim.role is Role.HEADLINE)
                state.claims[index] = Claim(state.headline, Role.BOILERPLATE, "boilerplate:page-title")
                _header_lines_to_chrome(state.claims, index + 1, paragraphs=True)  # a tagline, a menu (Crésus)
                state.headline = line
                state.in_body = False
                return True
        return False

    def _title_below_a_kicker(self, line: Line, state: _State) -> bool:
        """Whether this line is the title below a kicker in capitals taken for the headline (L'Expression:
        "IMPORTATION DE VÉHICULES DE MOINS DE TROIS ANS", then "Le délai de dédouanement ramené à 15 jours"):
        right below it, in lower case, of a title's length, ending no sentence. If so, the kicker's claim
        becomes chrome and this line the state's headline."""
        kicker = state.headline
        claims = state.claims
        at = len(claims) - 1
        if at > 0 and claims[at].rule == "boilerplate:bracketed-note":
            at -= 1  # the slug, its update note in brackets, then the title (ATPE)
        if at < 0 or claims[at].role is not Role.HEADLINE or claims[at].line is not kicker \
                or not kicker.text.isupper() or line.text.upper() == line.text or not _LATIN_LETTER.search(kicker.text):
            return False  # (a title in lower case: not in capitals, nor in a script with no case)
        if not _TITLE_MIN_WORDS <= line.words <= _TITLE_MAX_WORDS or line.text.endswith(_SENTENCE_STOPS) \
                or self._is_prose(line, _TITLE_MAX_WORDS):
            return False
        if self._names_the_site(kicker.text) or self._a_tagline(line):
            return False  # "CAMEROON TRIBUNE", then "Le quotidien bilingue du Cameroun": a masthead and its tagline
        claims[at] = Claim(kicker, Role.BOILERPLATE, "boilerplate:kicker")
        state.headline = line
        return True

    def _site_before_its_tagline(self, suffix: str) -> str:
        """A page title's suffix without the site's tagline after its name ("SunLive - The Bay's News First" is
        "SunLive"), or the suffix as it is."""
        for separator in self.profile.title_separators:
            name, found, _ = suffix.partition(separator)
            if found and name.strip():
                return name.strip()
        return suffix

    def _names_a_site(self, suffix: str) -> bool:
        """A page title's suffix, when the title repeats without it: a known outlet, or any short name
        (" - Sahel Intelligence", " | Daily Sabah"; not " - what we know")."""
        return names_outlet(suffix, self.profile) or (
            len(suffix.split()) <= _SITE_NAME_MAX_WORDS and _looks_like_name(suffix))

    def _listed_below_the_article(self, line: Line, state: _State) -> bool:
        """After the article's own source or tags, a short line that is no sentence, with no line of
        prose below it on the page, heads a list of the site's or is one of its titles: "Trending" and
        the titles under it (Times of Oman), "المزيد في سياسة" and its titles (The New Arab), "Most
        Liked" (Yonhap). A related title with its lead below it is left to the rules of those."""
        if not line.may_be_chrome or self._is_prose(line, _TITLE_MAX_WORDS) or self._prose_glued_to_chrome(line):
            return False
        if state.last_prose is None:
            state.last_prose = next((index for index in range(len(state.lines) - 1, -1, -1)
                                     if self._prose_no_chrome(state.lines[index])), -1)
        return state.index > state.last_prose

    def _prose_glued_to_chrome(self, line: Line) -> bool:
        """A sentence with chrome glued to its end ("Officials expect 2.8 million arrivals in 2030.Share this
        article"): a paragraph, whatever follows it."""
        glued = self.profile.glued_chrome
        if glued is None:
            return False
        text, cut = cut_glued_chrome(line.text, glued)
        glued_on = line.text.startswith(text) and not line.text[len(text):len(text) + 1].isspace()  # (no "… ©")
        return bool(cut) and bool(text) and glued_on and self._is_prose(make_line(line.number, text), _TITLE_MAX_WORDS)

    @staticmethod
    def _below_a_list_heading(state: _State) -> bool:
        """Right below a line of chrome inside the body, or below a title of the list it heads: "More from this
        section" and its titles (Trinidad Express), with no source or tags above to close the article."""
        return state.in_body and bool(state.claims) and state.claims[-1].rule in _LIST_HEADING_RULES

    def _prose_no_chrome(self, line: Line) -> bool:
        """A sentence of the page that no chrome rule knows ("© 2024 Times of Oman. All rights reserved." is one)."""
        if not self._is_prose(line, _TITLE_MAX_WORDS):
            return False
        profile = self.profile
        return not is_boilerplate(line, profile) if line.may_be_chrome else not is_chrome_sentence(line, profile)

    def _between_paragraphs(self, line: Line, state: _State) -> bool:
        """Inside the body with a long paragraph next: where a page puts a photo between two paragraphs
        ("دمار في مخيم جباليا شمالي قطاع غزة (أ ف ب)", Arab 48), never the article's end; and not a line
        that opens as a story goes on ("وأضاف المتحدث …")."""
        following = state.next_line
        openers = self.profile.paragraph_openers
        return state.in_body and following is not None and not following.may_be_chrome \
            and (openers is None or openers.match(line.folded) is None)

    def _goes_on_below(self, state: _State) -> bool:
        """The next line opens with words that go on with a story ("وقال …", "He added …"): the line above it is the
        story's paragraph, never a photo's caption (Al-Majlis: a lead closed by "(كونا)", then "وقال الوكيل …")."""
        openers, following = self.profile.paragraph_openers, state.next_line
        return openers is not None and following is not None and openers.match(following.folded) is not None

    @staticmethod
    def _near_the_top(state: _State) -> bool:
        """Above the first paragraph, where pages put a photo and its caption; and not the last
        line, which may credit the article."""
        return state.next_line is not None and not any(claim.role is Role.BODY for claim in state.claims)

    def _drop_captions_over_their_credit(self, claims: list[Claim]) -> None:
        """A short paragraph right above a photo's credit on its own line, with paragraphs below both: the photo's
        caption ("La conseillère fédérale lors de la conférence de presse à Berne.", then "KEYSTONE/Peter
        Klaunzer", Tribune du Léman); above the first paragraph, a longer sentence ("Bins of sorted glass wait for
        pickup at the Route 9 transfer station in Millbrook on Tuesday.", then "Kelsey Ortiz/Millbrook Courier");
        or a paragraph that the line below says again with its credit."""
        credit_pattern = self.profile.photo_credit
        first = True  # no paragraph above yet
        for index in range(len(claims) - 2):
            claim, below = claims[index], claims[index + 1]
            lead, first = first, first and claim.role is not Role.BODY
            if claim.rule != "body:paragraph" or below.role is not Role.BOILERPLATE:
                continue
            if below.line.text.startswith(claim.line.text) and below.line.words > claim.line.words \
                    and claim.line.words >= _CAPTION_MIN_WORDS:  # the caption again, with its credit: chrome below
                claims[index] = claim._replace(role=Role.BOILERPLATE, rule="boilerplate:caption-over-its-credit")
                continue  # ("Traffic queues on the A586 …", then "Traffic queues on the A586 … (Image: Google Maps)")
            longest = _LEAD_CAPTION_MAX_WORDS if lead and ". " not in claim.line.text \
                and _PHOTOGRAPHER_AND_OUTLET.fullmatch(below.line.text) else _CAPTION_MAX_WORDS
            if not _CAPTION_MIN_WORDS <= claim.line.words <= longest or below.line.words > _PHOTO_CREDIT_MAX_WORDS:
                continue  # (above the first paragraph, the lead picture's caption of one sentence may be longer)
            credit = below.line.text
            if not ("/" in credit or "©" in credit or credit_pattern is not None
                    and credit_pattern.match(below.line.folded)) or credit.endswith(_SENTENCE_STOPS) \
                    or not any(later.role is Role.BODY for later in claims[index + 2:]):
                continue
            claims[index] = claim._replace(role=Role.BOILERPLATE, rule="boilerplate:caption-over-its-credit")

    def _caption_with_credit(self, line: Line) -> bool:
        """A photo caption closed by its agency in brackets (and its photographer), with no punctuation
        before it ("جانب من الدمار الذي خلفه القصف على مدينة رفح (الأناضول)"). A paragraph closed by a credit has
        its sentences' punctuation, and the last one credits the article. A caption of one sentence
        may close with a wire's name after its period (Arab News: "… on May 14, 2024. (AFP)")."""
        if not line.text.endswith(")"):
            if self._caption_with_barred_credit(line) or self._caption_with_bare_credit(line):
                return True
            return line.text[-1:].isupper() and (_CAPITALS_CREDIT_CAPTION.fullmatch(line.text) is not None
                                                 or _DASHED_INITIALS_CAPTION.fullmatch(line.text) is not None)
        if line.words > _SENTENCE_CAPTION_MAX_WORDS:
            return False
        caption = _CAPTION_CREDIT.match(line.text) if line.words <= _PHOTOGRAPHER_CAPTION_MAX_WORDS else None
        if caption is None:
            sentence = _SENTENCE_CAPTION_CREDIT.match(line.text)
            return sentence is not None and label_key(sentence.group(1)) in self.profile.wire_names
        # the agency alone, or beside its photographer: "(عنب بلدي/ أنس الخربوطلي)", "(Rabih Daher/AFP)";
        # no lead closes with a photographer's name, so such a caption may be longer
        parts = caption.group(1).split("/")
        words = line.words - len(caption.group(1).split()) + 1  # the credit counts as one: "(أ ف ب)"
        return words <= (_CAPTION_MAX_WORDS if len(parts) == 1 else _PHOTOGRAPHER_CAPTION_MAX_WORDS) \
            and any(label_key(part) in self.profile.outlet_names for part in parts)

    def _caption_with_bare_credit(self, line: Line) -> bool:
        """A photo caption of one sentence, then a known outlet or a site's domain after its period, no brackets
        ("… are seen in this file photo. Yonhap", The Korea Times; "… Neglinnaya Street in Moscow. Kremlin.ru")."""
        if line.words > _SENTENCE_CAPTION_MAX_WORDS or ". " not in line.text:
            return False
        sentence, _, credit = line.text.rpartition(". ")
        return (label_key(credit) in self.profile.outlet_names or _DOMAIN.fullmatch(credit) is not None) \
            and word_count(sentence) >= _CAPTION_MIN_WORDS and not _SENTENCE_INSIDE.search(sentence)

    def _caption_with_barred_credit(self, line: Line) -> bool:
        """A photo caption closed by a bar and a known outlet, "The Bank of Japan's headquarters in Tokyo
        | Reuters" (The Japan Times): four words or more before it, and no sentence. A name and its outlet
        ("Leila Mansour | Reuters") are a byline."""
        if " | " not in line.text or line.words > _CAPTION_MAX_WORDS + 2:
            return False
        caption, _, outlet = line.text.rpartition(" | ")
        return word_count(caption) >= _CAPTION_MIN_WORDS and not caption.endswith(_SENTENCE_STOPS) \
            and label_key(outlet) in self.profile.outlet_names

    @staticmethod
    def _an_item_of_a_menu_above(line: Line, state: _State) -> bool:
        """A short line that is one of the items of a menu printed above it on one line, set off by bars or bullets
        ("الرئيسية | أخبار | حريات | عمال وفلاحين | …", then "عمال وفلاحين", Darb): the article's section."""
        return line.words <= _SECTION_NAME_MAX_WORDS and line.text in _items_of_menus(state.claims)

    def _header_line(self, line: Line, state: _State) -> Claim | None:
        """A content line before the first paragraph: headline, dateline, chrome, or None."""
        if line.words <= _DATELINE_MAX_WORDS and (line.words <= 4 or _DIGIT.search(line.text)):
            dated = self._dateline(line)
            if dated is None and state.headline is not None and _DIGIT.search(line.text):
                dated = self._name_glued_to_its_date(line, state)
            if dated is not None and (state.headline is not None or self._bare_dateline(line, dated)):
                return dated
        if line.key in state.authors:
            return Claim(line, Role.BYLINE, "byline:repeated-name", line.text, authors=(line.text,))
        if state.headline is not None and self._repeats_the_masthead(line, state):
            return Claim(line, Role.SOURCE, "source:site-name-below-headline", line.text)
        if state.headline is None:
            if state.index < state.menu_end:
                return Claim(line, Role.BOILERPLATE, "boilerplate:menu")
            if _ends_with_next_line(line, state.next_line, self.profile):
                return Claim(line, Role.BOILERPLATE, "boilerplate:breadcrumb-to-headline")
            if line.key in self.profile.section_names or not has_words(line.text, self.profile.headline_min_words) \
                    or self._shaped_as_a_section(line) or self._an_item_of_a_menu_above(line, state):
                return Claim(line, Role.BOILERPLATE, "boilerplate:section-name")
            if self._short_line_above_title(line, state):
                return Claim(line, Role.BOILERPLATE, "boilerplate:section-above-title")
            if self._crumb_below_a_section(line, state):
                return Claim(line, Role.BOILERPLATE, "boilerplate:section-below-section")
            # "Joi, 20 februarie 2025", "nedjelja, 6. rujna 2026.": no title, and no sentence for its full stop
            shaped_as_a_date = _SHAPED_AS_A_DATE.fullmatch(line.text) is not None or self._a_foreign_date(line)
            if shaped_as_a_date or not self._is_prose(line, 40) or _reads_as_title(line):
                if self._opens_a_menu(line, state) or line.number in state.tab_menus:
                    return Claim(line, Role.BOILERPLATE, "boilerplate:menu")  # (or "Lebanon\tMiddle East\tWorld\t…")
                if shaped_as_a_date:
                    return Claim(line, Role.UNPARSED, _UNREAD_DATE)
                state.headline = line
                return Claim(line, Role.HEADLINE, "headline:first-content-line")
            if self._chrome_sentence(line):
                return Claim(line, Role.BOILERPLATE, "boilerplate:pattern")
            return None
        if state.header_labelled or self._is_prose(line, self.profile.body_min_words - 1):
            return None  # after "headline / date label" layouts the body starts, short line or not
        if line.key in self.profile.section_names and state.claims and state.claims[-1].role is Role.SOURCE:
            return Claim(line, Role.BOILERPLATE, "boilerplate:section-name")  # "From: …", then "News release"
        return Claim(line, Role.UNPARSED, "header:short-line")

    def _writer_after_the_sites_name(self, line: Line, state: _State) -> str:
        """The writer of a line below the headline that is the site's own name at the top of the page, a spaced dash or
        bar, then a name of two to four words: "تارودانت نيوز - حسن أيت علي" (Taroudant News): a byline, and the
        site is no source of its own article; or ""."""
        if line.words > _MASTHEAD_MAX_WORDS + _NAME_LINE_MAX_WORDS or not _SITE_THEN_WRITER.search(line.text):
            return ""
        site, writer = (part.strip() for part in _SITE_THEN_WRITER.split(line.text, maxsplit=1))
        folded = fold(writer)
        if not _NAME_LINE_MIN_WORDS <= word_count(writer) <= _NAME_LINE_MAX_WORDS or not _looks_like_name(writer) \
                or names_outlet(writer, self.profile) or " ".join(folded.split()) in self.profile.keywords.lexicon \
                or self.profile.author_roles is not None and self.profile.author_roles.search(folded) \
                or not _names_the_masthead(site, state.claims):
            return ""  # (a place the profile knows, "الدار البيضاء", or a desk, "محرر الشؤون المحلية")
        return writer

    def _own_report(self, text: str) -> str:
        """The site of a credit line that marks its own report (the profile's `outlets.own_report`), after
        a place or alone: "ليبيا – المرصد – خاص", "زمان الوصل - خاص"; or ""."""
        parts = [part.strip() for part in _SPACED_DASH.split(text.strip())]
        if not 2 <= len(parts) <= 3 or label_key(parts[-1]) not in self.profile.own_report:
            return ""
        site = parts[-2]
        if not 1 <= word_count(site) <= 3 or _DIGIT.search(site) or len(parts) == 3 and word_count(parts[0]) > 2:
            return ""
        return site

    def _a_breaking_title(self, line: Line, state: _State) -> bool:
        """A breaking news label, a bar and a title's words, right above the date or byline (or right below a post's
        date, over its text), with no title above it but the page's masthead or channel's name: the article's headline,
        label and all ("عاجل | حريق في سوق الحلة الكبير …", then "نُشر: 2026-07-06 13:50"), not a ticker's item above
        the page. If so, the name taken so far is chrome."""
        label, bar, title = line.text.partition(" | ")
        if not bar or label_key(label) not in self.profile.ticker_labels or word_count(title) < _TITLE_MIN_WORDS:
            return False
        following = state.next_line
        if not (self._a_date_below(state) or following is not None and self._labelled(following)
                # or a post's first line, below its channel's name and date, over its text (Telegram, Facebook)
                or state.claims and state.claims[-1].role is Role.DATE and following is not None
                and self._is_prose(following, _TITLE_MAX_WORDS)):
            return False
        if state.headline is not None:
            taken = next((index for index, claim in enumerate(state.claims) if claim.role is Role.HEADLINE), None)
            if taken is None or state.claims[taken].rule not in _TAKEN_FOR_THE_TITLE \
                    or any(claim.role is Role.BODY for claim in state.claims[taken + 1:]):
                return False
            state.claims[taken] = state.claims[taken]._replace(role=Role.BOILERPLATE, rule="boilerplate:masthead")
        state.headline = line
        return True

    def _a_date_below(self, state: _State) -> bool:
        """The next line is a date line: a source above it heads the article, below its deck ("عربي بوست",
        then "تم النشر: 2025/04/16 …"), and closes nothing."""
        following = state.next_line
        return following is not None and following.words <= _DATELINE_MAX_WORDS \
            and _DIGIT.search(following.text) is not None and self._labelled_or_dated(following)

    def _repeats_the_masthead(self, line: Line, state: _State) -> bool:
        """Below the headline, the site's name that opened the page as its masthead, named as an
        outlet is ("Global News" above the menu, then below the byline): the site credits the article."""
        first = state.claims[0] if state.claims else None
        return first is not None and first.role is Role.BOILERPLATE and first.line.key == line.key \
            and names_outlet(line.text, self.profile)

    def _shaped_as_a_section(self, line: Line) -> bool:
        """A short line shaped as a section's name by the profile's `section_patterns` ("أخبار البنوك")."""
        pattern = self.profile.section_pattern
        return pattern is not None and line.words <= _SECTION_MAX_WORDS and pattern.match(line.key) is not None

    def _opens_a_menu(self, line: Line, state: _State) -> bool:
        """A short line, then more short lines, then a title: the site's menu above the headline
        ("Le Soir", "Belgique", "Monde", …, "Bart De Wever a prêté serment comme Premier ministre
        devant le Roi"). The menu's items are short lines unknown or known as sections; a share
        bar's buttons are no menu ("Share", "Save" below a short headline and its section). The
        header's date may stand between a long menu and its title (APS). A site's tagline may stand
        first, longer: the menu must then be long and the title followed by its byline or date.
        Sets `state.menu_end` to the title's index."""
        lines, tagline = state.lines, line.words > _MENU_ITEM_MAX_WORDS
        # one-word items above a short line were taken for sections ("News", "Business", …, "Science &
        # Technology"); below them, a longer line is the headline, no tagline
        items = sum(1 for claim in state.claims if claim.rule == "boilerplate:section-name")
        # below a site's name, one section or two make a menu when the title heads its article
        masthead = not tagline and _SITE_NAME.match(line.text) is not None
        needed = _MASTHEAD_MIN_ITEMS if masthead else _MENU_MIN_ITEMS
        if tagline and items > 1 or not self._may_open_a_menu(state, items, needed):
            return False
        for index in range(state.index + 1, min(len(lines), state.index + _MENU_REACH)):
            item = lines[index]
            if self._chrome_in_header(item):
                continue  # "Share", "Aller à la recherche", a cookie banner: chrome, in a menu or a share bar alike
            dated = self._labelled_or_dated(item)
            if item.words <= _MENU_ITEM_MAX_WORDS and not dated:
                items += not _DIGIT.search(item.text)  # "Election 2024", "1/1": in a menu, counted as none
            elif not dated and is_breadcrumb(item, self.profile):
                items += 1  # the site's path on one line: "Accueil > Indre-et-Loire > Tours"
            elif not (dated and items >= _LONG_MENU_MIN_ITEMS):
                break
        else:
            return False
        if items < needed or dated or item.text.endswith(":") or self._is_prose(item, _TITLE_MAX_WORDS) \
                or not has_words(item.text, self.profile.headline_min_words):
            return False  # "Published: 6 March 2024" or a lead below a short headline, its section and share bar
        if items < _MENU_MIN_ITEMS and (item.words < _TITLE_MIN_WORDS or not self._heads_its_article(lines, index)):
            return False
        if tagline:
            following = lines[index + 1] if index + 1 < len(lines) else None
            if items < _LONG_MENU_MIN_ITEMS or following is None or not (
                    self._labelled(following) or _DIGIT.search(following.text)):
                return False
        state.menu_end = index
        return True

    def _may_open_a_menu(self, state: _State, items: int, needed: int) -> bool:
        """A cheap test before `_opens_a_menu` reads the lines below: enough short lines without
        digits follow before the first long one that is not chrome."""
        for line in state.lines[state.index + 1: state.index + _MENU_REACH]:
            if items >= needed:
                return True
            if line.words <= _MENU_ITEM_MAX_WORDS:
                items += not _DIGIT.search(line.text)
            elif is_breadcrumb(line, self.profile):
                items += 1
            elif not (line.words <= _DATELINE_MAX_WORDS and _DIGIT.search(line.text)  # a date between (APS)
                      or self._chrome_in_header(line)):
                break
        return items >= needed

    def _chrome_in_header(self, line: Line) -> bool:
        """Chrome between a menu's items and the title: a short line of the profile's boilerplate,
        or a consent banner's sentence ("We and our partners use cookies …", between "Privacy
        Options" and "Accept all"), which does not end the menu."""
        if line.may_be_chrome and is_boilerplate(line, self.profile):
            return True
        return line.words > _MENU_ITEM_MAX_WORDS and is_chrome_sentence(line, self.profile)

    def _an_article_below(self, state: _State) -> bool:
        """Below the next article's link title, its byline or date line, then its paragraphs: the page goes on with the
        whole next article (Kosovo Online's "Next article", a title, "Author: …", "Society · 5 hours ago", then its
        paragraphs), a related article of its own, never the article's."""
        below = state.lines[state.index + 1:state.index + 1 + _NEXT_ARTICLE_HEADER_LINES + 1]
        header = 0
        while header < min(len(below) - 1, _NEXT_ARTICLE_HEADER_LINES) and self._labelled_or_dated(below[header]):
            header += 1
        return header > 0 and self._is_prose(below[header], _TITLE_MAX_WORDS)

    def _labelled_or_dated(self, line: Line) -> bool:
        """A label line, or a date line short enough for one: a title's byline or date below it."""
        return self._labelled(line) or line.words <= _DATELINE_MAX_WORDS and self._is_dated(line)

    def _labelled(self, line: Line) -> bool:
        """A label line ("Published: …", "By …"); "أخبار" alone only begins a label's words."""
        return may_be_label(line, self.profile) and classify(line, self.profile).cue is Cue.LABEL

    def _opens_comments(self, line: Line, state: _State) -> bool:
        """A heading of the readers' comments below the body ("Commentaires (12)", "تعليقات الزوار"):
        the names, dates and texts below it are no part of the article. Once the article is over (below
        its own source or tags, or inside a list of related titles), such a heading opens them whatever
        follows it ("التعليقات (2)" over "سيدي محمد: مبروك …"), and so does a bare one the profile lists
        under `comments.heads` ("Commentaires" over "Votre commentaire")."""
        over = state.read_also or state.article_closed
        bare = line.key in self.profile.comments_heads
        start = self.profile.comments_start
        if not bare and (start is None or start.match(line.folded) is None):
            return False
        if over:
            return True
        # a comment begins with its writer's name or a date; a paragraph or a label below the
        # heading means a share bar's count or an intertitle ("تعليقات (7)" after the lead)
        following = state.next_line
        if following is None:
            return True
        if bare:  # a bare heading is an intertitle as often: over a prompt ("Réagissez à cet article"), it is not
            return following.key in self.profile.comments_heads
        if following.words <= _COMMENT_HEAD_MAX_WORDS:
            if following.key in self.profile.boilerplate_lines and self._right_below_a_date_line(state):
                return False  # "12 Comments" below the date, over "Listen to this article": the header's link
            return not self._is_prose(following, _COMMENT_HEAD_MAX_WORDS) and not may_be_label(following, self.profile)
        # or its writer and date on one line, a label's or not: "Posté par Wendkouni le 6 février 2024 à 08:12"
        return following.words <= _DATELINE_MAX_WORDS and not following.text.endswith(_SENTENCE_STOPS) \
            and self._date_with_digits(following.text) is not None

    def _right_below_a_date_line(self, state: _State) -> bool:
        last = state.claims[-1] if state.claims else None
        return last is not None and (last.role in (Role.DATE, Role.UPDATED, Role.TIME)
                                     or last.role is Role.BODY and self._read_as_a_date_line(last.line))

    def _recent(self, iso: str) -> bool:
        """A news date: this century, and not after the reference date's year when one is given."""
        year = int(iso[:4])
        if self.reference is not None:
            return self.reference.year - _DATELINE_MAX_AGE_YEARS <= year <= self.reference.year
        return year >= _OLDEST_NEWS_YEAR

    def _names_a_place(self, text: str) -> bool:
        """A dateline's place: a few words, capitalised in Latin script, no number, and not a
        sentence's opening ("في 12 مارس 2024 - …", "On 12 March 2024 - …" date an event)."""
        words = text.split()
        if not 1 <= len(words) <= _PLACE_MAX_WORDS or _DIGIT.search(text):
            return False
        first = words[0]
        if _LATIN_LETTER.match(first):
            return first[0].isupper() and first.lower() not in _LATIN_SENTENCE_OPENERS
        return fold(first) not in self.profile.keywords.function_words

    def _short_line_above_title(self, line: Line, state: _State) -> bool:
        """A site's name, a kicker or a short path of sections above the headline: a line of a few
        words and no punctuation that names an outlet ("الميادين نت", "Seneweb News"), that the
        title below it begins with ("Saudi Arabia", then "Saudi Arabia connects first wind farm
        …"), or that joins sections with a bar or an arrow ("أخبار|سياسة", "Monde > Amériques"),
        with at most two more short lines between them. Any other short first line is a short
        headline ("Biden drops out" above its subtitle)."""
        if line.words > _SECTION_MAX_WORDS or _TITLE_PUNCTUATION.search(line.text):
            return False
        index = self._title_candidate(state)
        if index is None:
            return False
        following = state.lines[index]
        if not (names_outlet(line.text, self.profile) or _begins_with(following, line) or _SHORT_PATH.match(line.text)):
            return False
        return self._reads_as_the_title_below(following, line) and not may_be_label(following, self.profile)

    def _crumb_below_a_section(self, line: Line, state: _State) -> bool:
        """A short line below a section's name, above a title, is a section too, the breadcrumb's
        next step ("National", "Social Affairs", then "Fine dust: Seoul issues …"; "Belgique",
        "Politique belge"), or below a menu on one line ("Explorer | Climat | Santé | …", then "Flux Climat",
        Heidi.news); so is one below the site's name with another short line below it (ABC:
        "ABC News", "Just In", "For You"). The first short line of a page, with nothing above it, is
        a short headline ("Biden drops out" above its subtitle), and so is one over a line that does not head
        the article (`_heads_its_article`)."""
        if not state.claims or line.words > _SECTION_MAX_WORDS or _TITLE_PUNCTUATION.search(line.text) \
                or _DIGIT.search(line.text):
            return False
        above, below = state.claims[-1], state.next_line
        if above.rule not in _SECTION_RULES and above.rule not in _MENU_RULES and not (
                above.rule == "boilerplate:site-name" and below is not None and below.words <= _SECTION_MAX_WORDS):
            return False
        index = self._title_candidate(state)
        return index is not None and self._reads_as_the_title_below(state.lines[index], line) \
            and self._heads_its_article(state.lines, index)

    def _reads_as_the_title_below(self, following: Line, line: Line) -> bool:
        """`following` reads as the title below the short `line`: two words longer and five at least,
        ending no sentence, no prose and no date line."""
        return (following.words >= max(_TITLE_MIN_WORDS, line.words + 2)
                and not following.text.endswith(_SENTENCE_STOPS)
                and not self._is_prose(following, _TITLE_MAX_WORDS)
                and not (_DIGIT.search(following.text) and self._is_dated(following)))

    def _heads_its_article(self, lines: list[Line], index: int) -> bool:
        """The title at `index` stands above its byline, date or subtitle, not right above the first
        paragraph, as a short headline's subtitle does ("Politics", "Biden drops out", "President
        endorses Kamala Harris …", "President Joe Biden has ended his campaign …."): the next line is
        no paragraph, or a byline or date comes within `_TITLE_HEADER_REACH` lines (below a summary of
        two paragraphs and the writers' names: SCMP)."""
        after = lines[index + 1] if index + 1 < len(lines) else None
        if after is None or not self._is_prose(after, _TITLE_MAX_WORDS):
            return True
        return any(self._labelled_or_dated(below) for below in lines[index + 1: index + 1 + _TITLE_HEADER_REACH])

    def _chrome_sentence(self, line: Line) -> bool:
        """A sentence of chrome above the headline, too long for the line-by-line chrome test
        (which reads short lines only): a cookie banner, "Nous utilisons des cookies pour
        améliorer votre expérience. En poursuivant votre navigation, …"; "You need to enable JavaScript …")."""
        pattern = self.profile.boilerplate_pattern
        return (pattern is not None and pattern.match(fold(line.text)) is not None
                or is_chrome_sentence(line, self.profile))

    def _title_candidate(self, state: _State) -> int | None:
        """The index of the first line below the current one that is not a short section line
        (looking at most three lines down), or of the third line when all are short; a copy of the current
        line is passed over ("أخبار › صحة" printed twice above the title)."""
        index = None
        current = state.lines[state.index].text
        for index in range(state.index + 1, min(len(state.lines), state.index + 4)):
            candidate = state.lines[index]
            if candidate.text == current:
                continue
            if candidate.words > _SECTION_MAX_WORDS or may_be_label(candidate, self.profile) \
                    or _DIGIT.search(candidate.text):
                break
        return index

    def _inside_body(self, state: _State) -> bool:
        """Between two paragraphs of the body, where a short line naming an outlet ("الجزيرة") is
        a list item or an intertitle; a credit comes before the body or after its last paragraph."""
        following = state.next_line
        return (state.in_body and following is not None and not may_be_label(following, self.profile)
                and self._is_prose(following, self.profile.body_min_words))

    def _outlet_claim(self, line: Line, outlets: tuple[str, ...], state: _State) -> Claim:
        """A line naming outlets credits the article, unless it is the site's masthead, first on the
        page above the headline ("The National", "مصراوي"): a credit there has a credit word or brackets."""
        if state.headline is None and not state.in_body and not self._credits(line):
            return Claim(line, Role.BOILERPLATE, "boilerplate:site-name")
        if len(outlets) == 1 and state.authors and outlets[0].lower() in (signed := initials_of(state.authors)):
            # the writer's own initials signing off ("-MDE" under "BY MARIBEL D. ESCOBAR"), maybe with the agency's
            others = [part for part in _SLASHED_ACRONYMS.findall(line.text)[:1] for part in part.split("/")
                      if part.lower() not in signed]
            if not others:
                return Claim(line, Role.BOILERPLATE, "boilerplate:writers-initials")
            outlets = (others[0],)
        return Claim(line, Role.SOURCE, "source:outlet-line", outlets[0], values=outlets)

    def _credits(self, line: Line) -> bool:
        """A line that reads as a credit wherever it stands: in brackets ("[AMNA]" too), or opening with a credit
        word ("(With inputs from PTI)", "Avec AFP") or closing with credit words ("Reuters contributed to
        this report."); no intertitle looks like that."""
        return line.text.startswith(("(", "[")) or _SLASHED_ACRONYMS.fullmatch(line.text) is not None \
            or _BETWEEN_SLASHES.fullmatch(line.text) is not None \
            or line.text[:1] in _DASHES and _ACRONYM.fullmatch(line.text.lstrip(_DASHES + " ")) is not None \
            or line.key.lstrip(_FOOTNOTE_MARK).startswith(self.profile.credit_words) \
            or bool(self.profile.credit_closings) and line.key.endswith(self.profile.credit_closings)

    def _dated_by_a_sentence(self, line: Line) -> Claim | None:
        """A sentence of the page's chrome that says when the article was published (the profile's
        `body.date_sentences`): WordPress's "This entry was posted on Monday, September 21st, 2026 at 3:10 pm and is
        filed under …"; None when it holds no date."""
        for pattern in self.profile.date_sentences:
            found = pattern.match(line.text)
            result = self._search_date(found.group("date")) if found is not None else None
            if result is not None and result.iso:
                return Claim(line, Role.DATE, "date:sentence", found.group("date"), result)
        return None

    def _credited_by_a_sentence(self, line: Line) -> str:
        """The outlet a credit sentence of the profile's `outlets.credit_sentences` names, known or not, when it
        reads as a name: "This report by The Canadian Press was first published March 5, 2024."; else ""."""
        for pattern in self.profile.credit_sentences:
            found = pattern.match(line.text)
            if found is not None and (_SITE_NAME.match(outlet := found.group("outlet").strip())
                                      or _DOMAIN.fullmatch(outlet)):  # "… originally published on article19.org …"
                return outlet
        return ""

    def _republished_from(self, line: Line) -> str:
        """The outlet a republished article names as its first publisher, known or not: "This
        article was first published by GroundUp." (the profile's `outlets.republished_by`); a
        capitalised name of a few words, no sentence ("… published by the ministry in 2019"); in a script with no
        case, a few words ("نُشرت هذه القصة أولاً في صالون سوريا.")."""
        opening = next(words for words in self.profile.republished_by if line.key.startswith(words))
        name = " ".join(line.text.split()[opening.count(" "):]).rstrip(".")
        name = name.rpartition(" by ")[2]  # "… first published in German by Luxemburger Wort."
        name = _REPUBLISHED_TAIL.split(name, 1)[0]  # "… by RNZ Pacific and is republished here with permission."
        if caseless(name[:1]):  # in a script with no case, a name of a few words: "… أولاً في صالون سوريا."
            return name if 1 <= word_count(name) <= _REPUBLISHER_MAX_WORDS and not _DIGIT.search(name) else ""
        article, _, rest = name.partition(" ")
        if rest and article.islower() and len(article) <= _ARTICLE_MAX_LETTERS and _SITE_NAME.match(rest):
            return rest  # a little lower-case word before the name is its article: "… by the Alaska Beacon and is …"
        return name if _SITE_NAME.match(name) else ""  # (four words at most)

    def _short_for_a_credit(self, line: Line) -> bool:
        """At most `_CREDIT_MAX_WORDS` words besides the credit words or the editors' initials the line
        opens with ("Some information for this report came from The Associated Press and Reuters.",
        "ع.ج.م/ ح.ز (د ب أ، أ ف ب، رويترز)")."""
        if line.words <= _CREDIT_MAX_WORDS:
            return True
        if line.words > _CREDIT_MAX_WORDS + max(_INITIALS_MAX_WORDS, self.profile.credit_words_most):
            return False  # (a paragraph: the cheap test first)
        key = line.key.lstrip(_FOOTNOTE_MARK)
        if key.startswith(self.profile.credit_words):
            opening = next(words for words in self.profile.credit_words if key.startswith(words))
            return line.words - opening.count(" ") <= _CREDIT_MAX_WORDS
        initials = _EDITORS_INITIALS.match(line.text) if "/" in line.text else None
        return initials is not None and line.words - len(initials.group().split()) <= _CREDIT_MAX_WORDS

    def _outlet_line(self, line: Line, unknown_acronyms: bool = True) -> tuple[str, ...]:
        """The outlets a short line credits and nothing else, or (): "اندبندنت عربية", "(وكالات)",
        "— Reuters", "Avec AFP", "(With inputs from agencies)", "Le Monde avec AFP", "*Edited translation
        from Al-Masry Al-Youm", "Reuters contributed to this report.", and behind its editors' initials "mf/wd
        (AFP, Reuters, dpa)", "L.Br. avec AFP"."""
        if not line.key or not self._short_for_a_credit(line):
            return ()
        text = line.text.removesuffix(".")
        if text.endswith(".)"):
            text = text[:-2] + ")"  # "(With inputs from agencies.)"
        if text.startswith("(") and text.endswith(")") and "/" in text and self._site_and_its_wire(text[1:-1]):
            return (" ".join(text[1:-1].split()),)
        if text.startswith("(") and text.endswith(")") and names_outlet(text[1:-1].strip(), self.profile):
            return (text[1:-1].strip(),)  # an outlet by its words, alone in brackets: "(الوكالة الموريتانية للأنباء)"
        closing = next((words for words in self.profile.credit_closings if line.key.endswith(words)), None)
        acronym = self._credited_acronym(text) if unknown_acronyms else ""  # "[AMNA]": a wire the profile lacks
        if acronym:
            return (acronym,)
        signed = _DASHED_DOMAIN.fullmatch(text)
        if signed is not None:  # the site's sign-off: "– Rappler.com"
            return (signed.group(1),)
        if text[:1] + text[-1:] == "()" and label_key(text[1:-1]).startswith(self.profile.open_credit_words):
            line = make_line(line.number, text[1:-1].strip())  # in brackets: "(With reports from City Information …)"
        if line.key.startswith(self.profile.open_credit_words):
            named = self._named_by_open_credit_words(line)
            if named:
                return named
        if closing is not None:  # "Reuters contributed to this report.": the words before the closing's
            text = " ".join(text.split()[: -len(closing.split())])
        elif line.key.rpartition(" ")[2].strip("().") not in self.profile.outlet_ends \
                and not line.key.startswith(self.profile.credit_words):  # (a name after credit words: below)
            return ()
        text = _EDITORS_INITIALS.sub("", text, count=1)
        if text.startswith("(") and text.endswith(")"):
            text = text[1:-1]
        text = text.lstrip("—–- " + _FOOTNOTE_MARK).rstrip("—–- ")  # "— Reuters", "- وام -", "*Edited …"
        if label_key(text) in self.profile.outlet_names:
            return (text,)
        credited = self._after_credit_words(text)
        text = credited or text
        names = tuple(name.strip() for name in _NAME_SPLIT.split(text) if name.strip())
        known = [label_key(name) in self.profile.outlet_names
                 or credited and label_key(name) in self.profile.wire_names for name in names]  # "… by PA"
        if names and all(known):
            return names
        if not credited and _WITH_CREDIT.search(text):
            return self._wires_a_name_worked_with(text)
        if credited and len(names) > 1 and any(known) and all(_SITE_NAME.match(name) for name in names):
            return names  # after credit words, a known wire beside a name: "via MTI, Telex"
        if credited and len(names) == 1 and (_CAMEL_CASE_NAME.fullmatch(names[0])
                                             or _BRAND_WITH_DIGITS.fullmatch(names[0])):
            # one word with a capital inside, no person's name: "Additional reporting by TimesLIVE"; a brand with
            # digits in its first word, maybe with its town: "Avec Rue89 Bordeaux"
            return names
        if (credited or closing is not None) and names and all(names_outlet(name, self.profile) for name in names):
            # or names with an outlet's word: "Additional reporting by Eye Radio" (Juba Echo), "Forum News Service
            # contributed to this report." (Bismarck Tribune)
            return names
        return ()

    def _wires_a_name_worked_with(self, text: str) -> tuple[str, ...]:
        """The known outlets after "with" or "avec" that a desk worked with, alone on a credit line: "PNS with AFP"
        (the site's own initials, or a name with an outlet's word; never a writer's name over the date, "Anne Le Goff
        avec AFP", nor an intertitle, "Entretien avec Le Monde"); the desk is no source."""
        found = _WITH_CREDIT.search(text)
        desk = text[:found.start()].strip() if found is not None else ""
        if not (_ACRONYM.fullmatch(desk) or desk and names_outlet(desk, self.profile)):
            return ()
        names = tuple(name.strip() for name in _NAME_SPLIT.split(found.group(1)) if name.strip())
        return names if names and all(label_key(name) in self.profile.outlet_names for name in names) else ()

    def _named_by_open_credit_words(self, line: Line) -> tuple[str, ...]:
        """The outlets, known or not, that words crediting only outlets name ("With reports from El Universal",
        "… came from The Associated Press and Reuters", the profile's `outlets.open_credit_words`), when each
        reads as a name of a few words; else ()."""
        opening = next(words for words in self.profile.open_credit_words if line.key.startswith(words))
        text = line.text.lstrip("—–- ").split(None, len(opening.split()))[-1].rstrip(".")  # ("— With … from APP")
        if text and fold(text.split(None, 1)[0]) in self.profile.lowercase_names \
                and _SITE_NAME.match(text[:1].upper() + text[1:]):
            return (text,)  # an institution's name in lower case, as French writes it, whole: "Avec des informations
            # du ministère des Transports et de l'Infrastructure"
        names = tuple(name.strip() for name in _NAME_SPLIT.split(text) if name.strip())
        return names if names and all(_SITE_NAME.match(name) for name in names) else ()

    def _credited_acronym(self, text: str) -> str:
        """An agency's initials the profile does not know, alone in brackets ("[AMNA]") or behind a dash ("– KNO"),
        or after credit words ("(With inputs from RSS)"; in brackets, its one capitalised name too: "(avec Arka)"), or a
        paper's and its agency's joined by a slash ("CVN/VNA");
        else ""."""
        if _ACRONYM.search(text) is None:  # (most credit lines: no initials at all)
            if text[:1] + text[-1:] == "()":  # in brackets, credit words and an agency's one name: "(avec Arka)"
                rest = self._after_credit_words(text[1:-1])
                if rest and _ONE_CAPITALISED_NAME.fullmatch(rest):
                    return rest
            return ""
        if _SLASHED_ACRONYMS.fullmatch(text):
            return text
        if (between := _BETWEEN_SLASHES.fullmatch(text)) is not None:
            return between.group(1)  # "/MONTSAME/" (Montsame's own sign-off)
        inner = text[1:-1] if text[:1] + text[-1:] in ("()", "[]") else text.lstrip(_DASHES + " ")
        if inner != text and text[:1] in _DASHES and _SLASHED_ACRONYMS.fullmatch(inner):
            return inner.split("/", 1)[0]  # behind a dash, the agency and its editor's initials: "— MNA/KTZH" (GNLM)
        if _ACRONYM.fullmatch(inner) and inner != text:
            return inner  # "[AMNA]", or behind a dash: "– KNO" (Kashmir Observer)
        office = _AGENCY_OFFICE.fullmatch(inner) if inner != text and "-" in inner else None
        if office is not None:
            return office.group("agency")  # a regional office, maybe by its writer's initials: "(MAV/PIA-Samar)"
        rest = self._after_credit_words(inner)
        return rest if rest and _ACRONYM.fullmatch(rest) else ""

    def _after_credit_words(self, text: str) -> str:
        """`text` without the credit words it opens with ("With inputs from RSS" gives "RSS"); "" when it opens
        with none (the profile's `outlets.credit_words`, longest first)."""
        key = label_key(text)
        opening = next((words for words in self.profile.credit_words if key.startswith(words)), None)
        if opening is None:
            return ""
        rest = text.split(None, len(opening.split()))[-1]
        # the article elided before the name, in lower case, is no part of it: "Avec l'Agence QMI"; "L'Express"
        # keeps its own
        article = next((article for article in self.profile.elided_articles if rest.startswith(article)), "")
        return rest[len(article):] if article and rest[len(article):len(article) + 1].isupper() else rest

    def _site_and_its_wire(self, text: str) -> bool:
        """A closing credit in brackets that names the site, a slash, then the wire it ran: "مونت كارلو الدولية
        / أ ف ب" (Monte Carlo Doualiya), "L'essentiel/AFP": one source, as written."""
        site, slash, wire = text.rpartition("/")
        return bool(slash) and label_key(wire) in self.profile.wire_names and 0 < len(site.split()) <= _MAX_WIRE_WORDS \
            and not _DIGIT.search(site)

    def _outlet_with_place_or_name(self, line: Line,
                                   in_header: bool = True) -> tuple[str, str, tuple[str, ...]] | None:
        """(outlet, the other part, authors) of a credit in two parts, or None: a place and an agency ("دبي - وام",
        "أنقرة/ الأناضول", "لندن: «القدس العربي»"), the outlet and its writer ("هسبريس - عبد الرحيم
        العسري", "محمد شيخ يوسف/ الأناضول") or the outlet and its city ("الجزيرة نت - الدوحة").
        Three tighter forms credit an agency beside its place only: "Press Trust of India | New Delhi"
        (in the header below the headline: above it, "Reuters | World" is the masthead and its section;
        below the body, "BBC | Privacy Policy" a footer), "دبي (وام)"
        (a place of two words at most: "Oil prices slip (Reuters)" is a headline) and "دمشق-سانا"
        (a wire's name: "الهلال-الجزيرة" is a match)."""
        if not line.key or line.words > _CREDIT_MAX_WORDS:
            return None
        separator = _CREDIT_PARTS.search(line.text)
        if separator is None:
            parts, place_only = self._glued_or_bracketed_credit(line.text), True
        else:
            parts = [line.text[: separator.start()], line.text[separator.end():]]
            place_only = separator.group().strip() == "|"
        if parts is None or (place_only and not in_header):
            return None
        first, second = (part.strip(" «»\"“”") for part in parts)
        if not first or not second:
            return None
        for outlet, other in ((first, second), (second, first)):
            if ((label_key(outlet) in self.profile.outlet_names or self._unknown_outlet_beside_a_word(outlet, other))
                    and label_key(other) not in self.profile.outlet_names and not _DIGIT.search(other)):
                if place_only and (other.count(" ") > 1 or label_key(other) in self.profile.boilerplate_lines
                                   or label_key(other) in self.profile.section_names):
                    return None  # "BBC | Privacy Policy", "Reuters | World"
                # one word beside the outlet is a place; a writer has two names at least
                names = _author_names(other, self.profile) if " " in other and not place_only else ()
                return outlet, other, names
        return None

    def _unknown_outlet_beside_a_word(self, outlet: str, other: str) -> bool:
        """An outlet the profile does not list, named by an outlet's word ("راديو دبنقا", "المصدر
        أونلاين"), beside one word that is no chrome: its place, or "خاص" (its own report). In a script with case, a
        name's words open with capitals: "Quotidien d'informations – Antananarivo" is a tagline."""
        if " " in other or " " not in outlet.strip() or _CREDIT_PARTS.search(outlet):
            return False
        key = label_key(other)
        return key not in self.profile.boilerplate_lines and key not in self.profile.section_names \
            and names_outlet(outlet, self.profile) and _capitalised_words(outlet)

    def _glued_or_bracketed_credit(self, text: str) -> list[str] | None:
        """The two parts of "دمشق-سانا" (a wire's name) or "دبي (وام)" (a place of two words at most)."""
        glued = _GLUED_CREDIT.fullmatch(text)
        if glued is None:
            return None
        place, wire, bracketed_place, agency = glued.groups()
        if wire is not None:
            return [place, wire] if label_key(wire) in self.profile.wire_names else None
        return [bracketed_place, agency] if bracketed_place.count(" ") <= 1 else None

    def _agency_after_place(self, line: Line) -> str:
        """The agency of "PLACE / AGENCY" ("الخرطوم / الأناضول"), a credit line shaped like a photo
        credit; a name before the agency ("Maksim Blinov / Sputnik") is a photo's credit."""
        if "/" not in line.text:
            return ""  # "Photo: AA" credits a photo
        credit = self._outlet_with_place_or_name(line)
        if credit is None:
            return ""
        outlet, place, _ = credit
        return outlet if " " not in place else ""

    def _read_also_line(self, line: Line, state: _State) -> Claim:
        if line.key in self.profile.outlet_names:  # "الجزيرة" below a related title: its credit, not a title
            return Claim(line, Role.BOILERPLATE, "read-also:credit")
        if not state.in_body and state.read_also_items and is_breadcrumb(line, self.profile):
            # a sidebar's list above the article ends at the article's path, over its title (GRRIF: "À lire aussi",
            # two titles, then "News › Jura" and the title)
            state.read_also = None
            return Claim(line, Role.BOILERPLATE, "boilerplate:breadcrumb")
        if self._short_for_a_credit(line) and self._credits(line) and (outlets := self._outlet_line(line)):
            following = state.next_line
            if following is not None and following.may_be_chrome and not may_be_label(following, self.profile):
                if is_boilerplate(following, self.profile):
                    # the page's chrome below it: the item's credit, or the article's when it went on below one
                    # related title ("Also Read", a title, two paragraphs, "— With additional input from APP",
                    # "© 2026 …"): settled later
                    return Claim(line, Role.BOILERPLATE, _CREDIT_BELOW_RELATED, values=outlets)
                return Claim(line, Role.BOILERPLATE, "read-also:credit")  # an item's, and the list goes on
            state.read_also = None  # "Avec AFP" last: the article's own credit, below a related title inside it
            return Claim(line, Role.SOURCE, "source:outlet-line", outlets[0], values=outlets)
        if state.read_also == "one-liner":
            if not state.article_closed:
                state.read_also = None  # a link inside the body: the article goes on below it
                return self._text(Classified(line, Cue.TEXT, "text"), state)
            # below the article's own source or tags ("إقرأ أيضاً:يافة الناصرة: …"), the related article itself
            state.read_also, state.read_also_items = "section", 1
        if _a_bar_of_links(line) or _a_labelled_bar_of_names(line):
            return Claim(line, Role.BOILERPLATE, _LINK_BAR_RULE)  # "Impressum | Datenschutz | Kontakt"
        if " ©" in line.text or " copyright" in line.key:  # the footer's notice, its name first: "Le Journal du
            # Centre © 2025 – Centre France", "Mediaguinee.org – Copyright 2025"
            return Claim(line, Role.BOILERPLATE, "read-also:copyright")
        masthead = state.claims[0].line.key if state.claims else ""
        if masthead and (line.key == masthead or _TITLE_NAME_PARTS.split(line.key, 1)[0] == masthead
                         and _TITLE_NAME_PARTS.search(line.key) and not _words_after_a_colon(line.text)
                         or _YEAR_AFTER.sub("", line.key) == masthead):
            # the footer's masthead, alone or with its tagline: "Turkish Minute", "Mali Tribune – Quotidien … – Bamako",
            # or with the year: "بوابة كفر الشيخ 2026" (not a title with a colon: "FC Sion – FC Lugano 2-1 : …")
            return Claim(line, Role.BOILERPLATE, "read-also:footer-masthead")
        if line.number in state.tab_titles:  # "Articles similaires :", then three titles set off by tabs on one line
            titles = tuple(self._related_title(title) for title in state.tab_titles[line.number])
            state.read_also_items += len(titles)
            return Claim(line, Role.READ_ALSO_HEADLINE, "read-also:titles-on-one-line", titles[0], values=titles)
        if state.read_also_items and self._writer_below_a_related_title(line, state):
            return Claim(line, Role.BOILERPLATE, "read-also:writer-line")
        if not has_words(line.text, self.profile.headline_min_words) \
                or line.words <= _SECTION_NAME_MAX_WORDS and (self._a_section_of_the_page(line, state) or (
                    state.next_line is not None and _begins_with(state.next_line, line))):
            # "Africa" below a related title, "Politique belge" above one (a section the header printed), or a
            # title's first words above it ("Bosnie-Herzégovine", then "Bosnie-Herzégovine : Sarajevo …"): a section
            return Claim(line, Role.BOILERPLATE, "read-also:section-name")
        if _a_rubric_over_a_title(line, state):
            return Claim(line, Role.BOILERPLATE, "read-also:rubric")
        if line.words <= _DATELINE_MAX_WORDS and _DIGIT.search(line.text):
            dated = self._dateline(line)
            if dated is not None:  # the related article's own dateline, above or below its title
                return Claim(line, Role.BOILERPLATE, "read-also:date-line")
        elif line.words <= _RELATIVE_TIME_MAX_WORDS and self._relative_time(line.text):
            return Claim(line, Role.BOILERPLATE, "read-also:date-line")  # its age in words: "منذ يوم واحد"
        if state.read_also_items:
            # "وأضافت المصادر:" then the quote, or "وأضاف زيلينسكي …": paragraphs, never titles
            openers = self.profile.paragraph_openers
            opener = openers is not None and openers.match(line.folded) is not None
            goes_on = opener or line.text.endswith(":") or _QUOTED.match(line.text)
            opens_below_title = opener and _below_a_title(state.claims)
            prose = self._is_prose(line, self.profile.read_also_max_headline_words)
            if not state.article_closed and (
                    (_below_a_list_of_titles(state.claims) and (prose or self._lead_below_headline(line, state)))
                    or (opens_below_title and prose)):
                # "Read more:", two related titles, then the article goes on: a related article's
                # paragraphs come below its one title (and a subtitle), never below a list of them;
                # and its lead names its subject, never opening with a word that continues a story
                # ("He also announced ….", "كما أعلن ….": an inline link, then the article; a title
                # may open so, "كما انفرد اليوم السابع.. الحكومة تقر علاوة", but ends no sentence).
                # After the article's own source or tags, a whole related article follows instead.
                state.read_also = None
                return self._text(Classified(line, Cue.TEXT, "text"), state)
            if state.article_closed and prose and _below_titles_only(state.claims) \
                    and not _restates(line.text, state.claims[-1].value, _TITLE_RESTATED_WORDS):
                # a list of titles alone, then a sentence: no lead of the last title (its list gave the
                # others none) but the page's chrome, after the article ("In a time of both misinformation
                # …", "Recevez l'essentiel de l'actualité de votre ville chaque matin."), unless it restates the
                # last title as its lead does ("وزارة النقل: إعادة تأهيل طريق …", then "أعلنت وزارة النقل بدء …")
                return Claim(line, Role.BOILERPLATE, "read-also:below-a-list-of-titles")
            if goes_on and not opens_below_title:  # right below a title, a title may open so
                return Claim(line, Role.READ_ALSO_BODY, "read-also:paragraph", line.text)
            if self._lead_below_headline(line, state):
                return Claim(line, Role.READ_ALSO_BODY, "read-also:lead", line.text)
        if not state.article_closed and self._an_intertitle_below_a_list(line, state):
            state.read_also = None  # "اقرأ المزيد", two titles, a blank line, then "خلافات فنية وقانونية" over prose
            return self._text(Classified(line, Cue.TEXT, "text"), state)
        if not state.read_also_items and self._opens_with_a_wire_dateline(line):
            state.read_also = None  # "Read More" was a button: "WASHINGTON (AP) — …" opens the article
            return self._text(Classified(line, Cue.TEXT, "text"), state)
        if state.read_also_items and self._a_ticker_item(line.text):
            # below related titles, an item of the latest news by its time ("10:40 – Cotonou : la circulation
            # perturbée …", "15h10 – Sénatoriales : …"): a news ticker, chrome
            return Claim(line, Role.BOILERPLATE, "read-also:ticker-item")
        if not state.read_also_items or not self._is_prose(line, self.profile.read_also_max_headline_words) \
                or self._teaser_title(line, state) or _a_title_cut_short(line, state):
            state.read_also_items += 1
            return Claim(line, Role.READ_ALSO_HEADLINE, "read-also:headline", self._related_title(line.text))
        return Claim(line, Role.READ_ALSO_BODY, "read-also:paragraph", line.text)

    def _writer_below_a_related_title(self, line: Line, state: _State) -> bool:
        """A writer's name alone right below a related title, three words longer at least ("How the shrinking Lake
        Chad is pushing fishermen into debt", then "Kabir Adejumo", HumAngle; "عكار: قرى بلا مياه منذ ثلاثة أشهر",
        then "لينا خوري"): the item's byline, no title."""
        above = state.claims[-1] if state.claims else None
        return above is not None and above.role is Role.READ_ALSO_HEADLINE \
            and _NAME_LINE_MIN_WORDS <= line.words <= _RELATED_WRITER_MAX_WORDS \
            and above.line.words >= line.words + _RELATED_WRITER_SHORTER_BY \
            and not line.text.endswith(_SENTENCE_STOPS) and _looks_like_name(line.text) \
            and (_NAME_WORDS.fullmatch(line.text) is not None
                 or line.number == above.line.number + 1 and self._a_bare_caseless_name(line))

    def _a_bare_caseless_name(self, line: Line) -> bool:
        """In a script with no case, words with no article and no little word: a name, "رامي حداد" (a title of two
        words has one: "انتخابات الرئاسة"), or a family name with the article after a given name with none, "منى
        الطاهر", when the line right above is a title much longer; right below its title, as an intertitle set off
        by a blank line is not."""
        rules = self.profile.keywords
        words = line.folded.split()
        article = rules.definite_article
        return caseless(line.text[:1]) and bool(article) and not any(word in rules.function_words for word in words) \
            and not any(word.startswith(article) for word in words[:-1])

    def _an_intertitle_below_a_list(self, line: Line, state: _State) -> bool:
        """A short line set off by a blank line below two related titles printed one right under the other, with
        prose below it: the article's intertitle, the list over (Independent Arabia: a box of two titles inside
        the body, then "خلافات فنية وقانونية" and the article's paragraphs)."""
        claims, following = state.claims, state.next_line
        return _below_a_list_of_titles(claims) and following is not None \
            and claims[-1].line.number == claims[-2].line.number + 1 and line.number > claims[-1].line.number + 1 \
            and self._is_prose(following, self.profile.read_also_max_headline_words) \
            and not is_boilerplate(following, self.profile)  # (not the footer's "Copyright …. All Rights Reserved.")

    @staticmethod
    def _a_section_of_the_page(line: Line, state: _State) -> bool:
        """A section's name the page's header printed above the title ("Belgique", then "Politique belge", La Libre),
        said again in a related list."""
        for claim in state.claims:
            if claim.role is Role.HEADLINE:
                return False
            if claim.rule.startswith("boilerplate:section") and claim.line.text == line.text:
                return True
        return False

    def _relative_time(self, text: str) -> bool:
        """A line that says how long ago, no digit in it: "منذ يوم واحد", "منذ يومين" (a number word may close it)."""
        found = self._search_date(text)
        return found is not None and found.span is not None and found.span[0] == 0 \
            and word_count(text[found.span[1]:]) <= 1

    def _related_title(self, text: str) -> str:
        """A related title without its list marker ("• "), its date set off by a bar or a dash before it ("Lundi 10
        Mars 2025 - 18:20 | Sécheresse : …", L'Opinion; "06-06-2025 - Gabon : …"), by a dash after it ("… New Year
        operation - January 3, 2027", ChimpReports; or a middle dot or a bar), in brackets after it ("… de Nouadhibou
        (05-03-2025)") or glued to its last word ("… la circulation22/04/2025"), or a date and its time before it, a
        space between ("30.11.2029 18:04 Coalition agrees …")."""
        text = _LIST_MARKER.sub("", text)
        if text.endswith(")") and " (" in text:  # "… le port de Nouadhibou (05-03-2025)"
            title, _, tail = text[:-1].rpartition(" (")
            if title and self._a_date_alone(tail):
                return title.strip()
        for mark in (" - ", " · ", " | "):  # "… operation - January 3, 2027", "… · 12 Oct 2027", "… | 12 Oct 2027"
            title, dash, tail = text.rpartition(mark)
            if dash and title and len(tail) <= _DATE_PREFIX_MAX_CHARS and self._a_date_alone(tail):
                return title.strip()
        if text[-1:].isdigit():  # the date glued to the title's last word: "… la circulation22/04/2025"
            found = self._search_date(text[-_DATE_PREFIX_MAX_CHARS:])
            if found is not None and found.iso is not None and found.span is not None \
                    and found.span[1] == min(len(text), _DATE_PREFIX_MAX_CHARS):
                cut = len(text) - min(len(text), _DATE_PREFIX_MAX_CHARS) + found.span[0]
                if cut > 0 and text[cut - 1].isalpha() and word_count(text[:cut]) >= _TITLE_MIN_WORDS:
                    return text[:cut]
        for mark in (" | ", " - "):  # "06-06-2025 - Gabon : la SEEG annonce …" (Le Nouveau Gabon)
            head, bar, title = text.partition(mark)
            if bar and len(head) <= _DATE_PREFIX_MAX_CHARS and _DIGIT.search(head) and title:
                found = self._search_date(head)
                if found is not None and found.iso is not None and found.span is not None \
                        and not head[found.span[1]:].strip():
                    return title.strip()
        clock = _CLOCK_BEFORE_A_TITLE.match(text)
        if clock is not None and word_count(text[clock.end():]) >= _CLOCKED_TITLE_MIN_WORDS:
            return text[clock.end():]  # its time alone: "14:05 President vetoes amendments to Judiciary Act"
        if text[:1].isdigit():  # a date and its time before the title, a space between: "30.11.2029 18:04 Coalition …"
            found = self._search_date(text[:_DATE_PREFIX_MAX_CHARS])
            if found is not None and found.iso is not None and "T" in found.iso and found.span is not None \
                    and found.span[0] == 0 and word_count(text[found.span[1]:]) >= _TITLE_MIN_WORDS \
                    and text[found.span[1]:found.span[1] + 1] == " ":
                return text[found.span[1]:].strip()
        return text

    def _a_date_alone(self, text: str) -> bool:
        """`text` is a full date and nothing else ("05-03-2025", "January 3, 2027")."""
        found = self._date_with_digits(text)
        return found is not None and found.iso is not None and found.span == (0, len(text))

    def _teaser_title(self, line: Line, state: _State) -> bool:
        """A related title that ends in an ellipsis or an exclamation mark, as a teaser does ("الأرصاد: أجواء
        دافئة نهاية الأسبوع وارتفاع ملموس على درجات الحرارة..."), short, with a longer paragraph below it: its
        lead, not the paragraph of the item above."""
        following = state.next_line
        return line.text.endswith(_TEASER_ENDS) and line.words <= _TEASER_MAX_WORDS and following is not None \
            and following.words > line.words and self._is_prose(following, self.profile.read_also_max_headline_words)

    def _a_ticker_item(self, text: str) -> bool:
        """An item of the latest news by its time ("10:40 – Cotonou : …", "15h10 – Sénatoriales : …")."""
        match = _TICKER_ITEM.match(text)
        return match is not None and time_only(match.group(1), vocabulary=self.vocabulary)

    def _opens_with_a_wire_dateline(self, line: Line) -> bool:
        """A paragraph opening with a place and its wire in brackets ("WASHINGTON (AP) — …",
        "القاهرة (رويترز) - …"): a story's first paragraph, never a related title."""
        opening = _OPENING_DATELINE.match(line.text) if "(" in line.text[:80] else None
        agency = _AGENCY_IN_BRACKETS.search(opening.group(1)) if opening is not None else None
        return agency is not None and label_key(agency.group(0)[1:-1]) in self.profile.outlet_names \
            and self._is_prose(line, self.profile.read_also_max_headline_words)

    @staticmethod
    def _lead_below_headline(line: Line, state: _State) -> bool:
        """A related article's first paragraph without its final period, right below its
        headline: much longer than the headline, where a list's next headline is about as long,
        and not shaped as the headline is, a topic and a colon opening both."""
        previous = state.claims[-1] if state.claims else None
        if previous is None or previous.role is not Role.READ_ALSO_HEADLINE:
            return False
        if _TOPIC_THEN_COLON.match(line.text) and _TOPIC_THEN_COLON.match(previous.line.text):
            return False  # "Tunisie : l’inflation recule …", then "Dette extérieure : la Tunisie …": two titles
        if line.text.endswith(_SENTENCE_STOPS):
            return line.words >= max(_LEAD_MIN_WORDS, previous.line.words * 3 // 2)
        # no final period: twice the title's length ("Rīgas satiksme to buy 30 new low-floor trams", then "Price of
        # single e-ticket in Rīga to rise to 1.70 euros next year" is the list's next title)
        return line.words >= max(_LEAD_MIN_WORDS, previous.line.words * 2)

    def _dateline(self, line: Line) -> Claim | None:
        result = None
        if len(line.text) <= _TIME_LINE_MAX_CHARS and time_only(line.text, vocabulary=self.vocabulary):
            # a clock alone, unless a word beside it names the day: "أمس 10:30 م", "Yesterday 10:30"
            result = self._search_date(line.text) if _LETTER.search(line.text) else None
            if result is None:
                return Claim(line, Role.TIME, "date:time-line", line.text)
        result = result or self._search_date(self._before_its_update(line))
        if result is None or result.iso is None and not result.raw:
            return None
        text = self._without_trailing_field(line, result)
        before, after = _beside(text, result)
        if result.iso and _a_running_head(before, after):
            return Claim(line, Role.DATE, "date:running-head", line.text, result)
        labelled = self._source_field(after) if " | " in after else ()
        if labelled:  # "May 11, 2029 07:00 ET | Source: Northern Lights Minerals Inc." (a release's wire line)
            text = text[:text.rfind(" | ")]
            before, after = _beside(text, result)
        wire = self._closing_wire(after)
        wire_words = len(wire[0].split()) - 1 if wire else 0  # "أ ش أ" is one word of the dateline
        own = self._own_report(before.rstrip(" |")) if self.profile.own_report and "|" in before else ""
        writers = self._writers_before_bar(before) if not own else ()
        fielded = self._writer_and_outlet_before_a_label(before) if not own and not writers else ()
        writers = writers or fielded
        signer_words = word_count(before) if own or fielded else sum(len(name.split()) for name in writers)
        extra = self._words_beside_date(text, result) - wire_words - signer_words
        closing: tuple[str, ...] = ()
        if extra > _DATELINE_MAX_EXTRA_WORDS and not writers:
            closing, byline_words = self._closing_byline(after)
            extra -= byline_words
        if extra > _DATELINE_MAX_EXTRA_WORDS and not self._signed_by_outlet_writer(text, result):
            return None
        authors = writers or closing or self._byline_beside_date(before) or self._byline_beside_date(after)
        sources = wire or ((own,) if own else self._outlet_before_date(before))
        if labelled:
            sources = (*sources, *labelled)
        return Claim(line, self._dateline_role(before), "date:dateline", line.text, result, authors, values=sources)

    def _before_its_update(self, line: Line) -> str:
        """The line cut before an update label that follows its date with a space, when the part before holds the
        date: "12:05, 15 JAN 2029 Updated 13:40, 15 JAN 2029" (Belfast Live) reads "12:05, 15 JAN 2029", not the
        update's time. (Set off by a bar or a comma, `_published_part` cuts a labelled line so.)"""
        words = line.folded.split(" ")
        updates = self.profile.update_first_words
        for index in range(1, len(words)):
            if words[index] in updates and self.profile.label_pattern.match(" ".join(words[index:])) \
                    and _DIGIT.search(" ".join(words[:index])):
                cut = len(" ".join(line.text.split(" ")[:index]))
                return line.text[:cut] if len(line.folded) == len(line.text) else line.text
        return line.text

    def _dateline_role(self, before: str) -> Role:
        """The last update when an update label stands right before the date, set off from a place or
        desk ("Pune | Updated: May 16, 2024 19:20 IST"); else the date."""
        label = self._date_label_before(before)
        return Role.UPDATED if label is not None and label.kind == "updated" else Role.DATE

    def _closing_byline(self, after: str) -> tuple[tuple[str, ...], int]:
        """(names, words) of a byline closing a date line without a separator before it, and its
        words: "On April 9, 2024 6:25 pm In News by Ifeanyi Nwachukwu" (Vanguard); a desk's, chrome, gives its words
        and no name ("February 5, 2028 by Horn Diplomat Editor", as "By A Staff Reporter"); ((), 0) if none."""
        words = after.split()
        for index in range(len(words) - 1):  # right after the date too: "February 5, 2028 by Horn Diplomat Editor"
            if fold(words[index]) not in self.profile.label_first_words:
                continue
            tail = " ".join(words[index:])
            found = classify(make_line(0, tail), self.profile)
            names = _author_names(found.value, self.profile) if found.cue is Cue.LABEL and found.kind == "author" \
                and found.value else ()
            if names or found.cue is Cue.BOILERPLATE and index == 0:
                return names, len(words) - index
        return (), 0

    def _outlet_before_date(self, before: str) -> tuple[str, ...]:
        """The outlet that signs a date line before the date, set off by a slash or a bar: "Philippine
        Daily Inquirer / 05:40 AM May 02, 2024", "Reuters | March 12, 2024"; not a section the profile knows,
        "News | Apr 23, 2027" (The Aspen Times)."""
        name = before.rstrip()
        if not name.endswith(("/", "|")):
            return ()
        name = name.rstrip(" /|")
        return (name,) if not _OUTLET_AND_WRITER.search(name) and names_outlet(name, self.profile) \
            and label_key(name) not in self.profile.section_names else ()

    def _without_trailing_field(self, line: Line, result: DateResult) -> str:
        """The date line without the chrome that may close it after the date, the profile's
        `boilerplate.date_line_fields`: "Mar 21, 2024 | AFP | 2 min read" reads as "Mar 21, 2024 | AFP"."""
        pattern = self.profile.date_line_field
        end = result.span[1] if result.span else 0
        found = pattern.search(line.folded, end) if pattern is not None and len(line.folded) == len(line.text) else None
        return line.text[:found.start()].rstrip() if found is not None else line.text

    def _writers_before_bar(self, before: str) -> tuple[str, ...]:
        """Anadolu's "Ahmed Asmar and Ali Jawad  |22.04.2024 - Update : …": names set off from the
        date by a bar, in capitals where the script has them (a dateline's place is one word)."""
        head, bar, rest = before.rpartition("|")
        if not bar or rest.strip() or " " not in head.strip():
            return ()
        names = _author_names(head, self.profile)
        if not names or any(word[:1].islower() for name in names for word in name.split()):
            return ()
        return names

    def _writer_and_outlet_before_a_label(self, before: str) -> tuple[str, ...]:
        """CBC's "Maggie Kennedy · CBC News · Posted: …": the writer's name, then a field or two more (the outlet,
        a desk), each a few capitalised words set off by a dot, a bar or a dash, before the date's label."""
        if self._date_label_before(before) is None:
            return ()
        fields = [field.strip() for field in _PLACE_OR_DESK_BEFORE_LABEL.split(before)[:-1]]
        if not 0 < len(fields) <= _LABELLED_FIELDS_MAX \
                or not all(_CAPITALISED_FIELD.fullmatch(field) for field in fields):
            return ()
        if " " not in fields[0] or label_key(fields[0]) in self.profile.outlet_names:
            return ()  # a wire's name is no writer's: "ANI | Updated: …"
        names = _author_names(fields[0], self.profile)
        return names if len(names) == 1 else ()

    def _closing_wire(self, after: str) -> tuple[str, ...]:
        """The news agency closing a dateline line: SPA's "الرياض 05 رمضان 1446 هـ الموافق 05 مارس
        2025 م واس", "القاهرة 05 مارس 2025 أ ش أ", "… (واس)". An agency's name only: "الخميس 05
        مارس 2025 - المدن" may name the page's own site or a region."""
        words = [word.strip("()") for word in after.split() if any(char.isalnum() for char in word)]
        for count in range(min(_MAX_WIRE_WORDS, len(words)), 0, -1):
            name = " ".join(words[-count:])
            if label_key(name) in self.profile.wire_names:
                return (name,)
        return ()

    def _bare_dateline(self, line: Line, dated: Claim) -> bool:
        """A dateline above the headline is a date and little else, with its year: "Senegal
        votes on 2 June 2024" and "Iran election: 28 June" are the headline."""
        if dated.role is not Role.DATE or dated.rule == "date:running-head":
            return True
        result = dated.date
        return (result is not None and result.iso is not None
                and self._words_beside_date(line.text, result) <= _HEADER_DATELINE_MAX_EXTRA_WORDS)

    def _words_beside_date(self, text: str, result: DateResult) -> int:
        """Words of `text` outside the date found in it. A second date beside it is no extra
        word: "الثلاثاء، 10 شعبان 1445 هـ - 20 فبراير 2024 م" gives the Gregorian date and "Le 14
        avril 2023 à 18h12, modifié le 14 avril 2023 à 20h30" the first, and the other date
        belongs to the dateline."""
        extra = _extra_words(text, result)
        if extra <= _DATELINE_MAX_EXTRA_WORDS or not result.span:
            return extra
        start, end = result.span
        if self._an_update(text[end:]):  # "Mardi 11 février 2025, 16h45 – Mis à jour à 18h20": the update is the line's
            return word_count(text[:start])
        if _OTHER_CALENDAR.fullmatch(text[end:].strip()):  # the day in another calendar, in brackets after it:
            return word_count(text[:start])  # "Thursday, June 10, 2027 (Sene 3, 2019 E.C.)" (Capital, Ethiopia)
        if _BRACKETED_WORDS.fullmatch(text[end:].strip()):  # a zone the profile lacks, in brackets after it:
            return word_count(text[:start])  # "… à 12 h 20 (heure de Petit-Goâve)"
        if not text[:start].strip() and _fields_after_a_date(text[end:]):
            return 0  # Canada.ca's "June 3, 2026 — Halifax, Nova Scotia — Transport Canada": the place, the issuer
        if _DATE_SEGMENT_MARK.search(text):
            segmented = _words_beside_other_days(text, start, end)
            if segmented <= _DATELINE_MAX_EXTRA_WORDS:
                return segmented
        label = self._date_label_before(text[:start])
        unlabelled = extra - (word_count(label.line.text) if label is not None else 0)
        if unlabelled <= _DATELINE_MAX_EXTRA_WORDS:
            return unlabelled  # "TOI World Desk / Updated: Mar 12, 2024, 21:47 IST": the label is the date's
        return self._words_beside_any_date(text[:start]) + self._words_beside_any_date(text[end:])

    def _date_label_before(self, before: str) -> Classified | None:
        """The date label without a value closing `before`, set off from what is before it ("TOI
        World Desk / Updated:", "Pune | Updated:", "Le Nouvelliste | Publié le", "New Delhi, Updated At :"),
        or None."""
        if not before.strip():
            return None
        lead = _PLACE_OR_DESK_BEFORE_LABEL.split(before)[-1].strip()
        if not lead or lead == before.strip():
            return None
        found = classify(make_line(0, lead), self.profile)
        return found if found.cue is Cue.LABEL and found.kind in ("date", "updated") and not found.value else None

    def _words_beside_any_date(self, text: str) -> int:
        """Words of `text` outside a date in it; the date's own label is none ("- Mis à jour le …")."""
        other = self._date_with_digits(text)
        if other is None:
            return word_count(text)
        extra = _extra_words(text, other)
        if other.span and extra:
            lead = text[: other.span[0]].strip(" -–—|,•[(")
            found = classify(make_line(0, lead), self.profile) if lead else None
            if found is not None and found.cue is Cue.LABEL and found.kind in ("date", "updated") and not found.value:
                extra -= word_count(lead)
        return extra

    def _may_be_value(self, found: Classified, kind: str) -> bool:
        """Whether a line can be the value of a `kind` label on the line above: text (for tags, also one tag behind a
        #), or for a source also an agency credit line ("Sources:" then "Reuters"). A sentence is no source:
        "مصادر:" then "وأوضحت المصادر أن الخلاف يتركز على عدد الأسرى." is a quote's lead-in."""
        if kind == "source":
            return found.cue is Cue.PHOTO_CREDIT or found.cue is Cue.TEXT and not self._sentence_value(found.line.text)
        return found.cue is Cue.TEXT or found.cue is Cue.HASHTAGS and found.line.text.count("#") == 1

    def _is_dated(self, line: Line) -> bool:
        """A dateline or a time line (not a list's next tag or source)."""
        return _DIGIT.search(line.text) is not None and self._dateline(line) is not None

    def _sentence_value(self, value: str) -> bool:
        """A label's value that is a sentence: long, or ending like one after a few words. A list set off by
        semicolons, spaced slashes or Arabic commas is judged part by part ("délégation provinciale de l’agriculture ;
        Croix-Rouge du Tchad", "SONABEL / ministère de l'Énergie, des Mines et des Carrières", "وزارة الثروة الزراعية
        والسمكية وموارد المياه، وكالة الأنباء العمانية"); a study's reference is none ("… et
        al. … DOI : 10.1038/…")."""
        if _A_REFERENCE.search(value):
            return False
        parts = _LIST_SEMICOLON.split(value) if ";" in value else value.split(" / ") if " / " in value \
            else value.split("،") if "،" in value else ()  # (an Arabic comma, which no name holds)
        if not parts and value.count(",") >= 2 and self._names_set_off_by_commas(value):
            parts = value.split(",")  # "ministère de la Santé et de la Population, Agence de régulation …, …"
        if len(parts) > 1 and all(parts) and not any(self._sentence_value(part) for part in parts):
            return False
        words = word_count(value) - len(_ELISION.findall(value))  # "l'Équipement" is one word
        ends_a_sentence = self.profile.sentence_end.search(value) is not None
        if not ends_a_sentence and words and fold(value.split(None, 1)[0]) in self.profile.lowercase_names:
            # "ministère de l'Agriculture, de l'Hydraulique villageoise et …"
            return words > (_PORTFOLIOS_MAX_WORDS if self._lists_portfolios(value) else _INSTITUTION_MAX_WORDS)
        if not ends_a_sentence and words <= _INSTITUTION_MAX_WORDS and self._title_cased(value):
            return False  # bodies' names in title case: "Environment Agency and Department for Environment, Food & …"
        return words > _SOURCE_MAX_WORDS or (words >= _SENTENCE_VALUE_MIN_WORDS and ends_a_sentence)

    def _title_cased(self, value: str) -> bool:
        """Every word of `value` opens with a capital but the profile's little words (`keywords.function_words`):
        the full names of public bodies, never a sentence's run of lower-case words."""
        little = self.profile.keywords.function_words
        words = _TITLE_CASE_WORD.findall(value)
        return bool(little) and all(word[:1].isupper() or fold(word) in little for word in words)

    def _names_set_off_by_commas(self, value: str) -> bool:
        """Three names or more set off by commas, each opening with a capital or with a word the profile lists as
        opening a name in lower case ("ministère", "archives")."""
        openings = [part.split(None, 1)[0] for part in value.split(",") if part.strip()]
        return len(openings) >= 3 and all(word[:1].isupper() or fold(word) in self.profile.lowercase_names
                                          for word in openings)

    def _lists_portfolios(self, value: str) -> bool:
        """An institution's name that lists its portfolios, each part after a comma opening with one of the profile's
        little words (`keywords.function_words`): "ministère de l'Environnement, de la Lutte contre les changements
        climatiques, de la Faune et des Parcs"."""
        parts = value.split(",")[1:]
        little = self.profile.keywords.function_words
        return bool(parts) and all(part.split() and fold(part.split(None, 1)[0]) in little for part in parts)

    def _no_source_below_a_source(self, found: Classified, state: _State) -> bool:
        """Below a source line, a line that is no more of its list: a desk code ("AKP/SK/CV"), an end mark or other
        chrome ("(FIN)"), a heading ("Cite This Page:"), or an intertitle over the paragraph it heads ("Nos
        revendications"; a name of capitalised words over its profile is a source: "Observer Research Foundation"), or
        a section's name or the page's type ("From: Transport Canada", then "News release")."""
        line, following = found.line, state.next_line
        return found.cue is Cue.BOILERPLATE or line.text.endswith(":") or line.key in self.profile.section_names \
            or "/" in line.text and _DESK_CODE.fullmatch(line.text) is not None \
            or _END_MARK_IN_BRACKETS.fullmatch(line.text) is not None \
            or following is not None and self._is_prose(following, _TITLE_MAX_WORDS) and not _SITE_NAME.match(line.text)

    def _is_list_item(self, line: Line) -> bool:
        """A line that can be one item of a list of tags or sources: a few words, not a sentence."""
        return (line.words <= _LIST_LINE_MAX_WORDS and has_words(line.text, 1)
                and not self.profile.sentence_end.search(line.text))

    def _is_prose(self, line: Line, max_words: int) -> bool:
        """Prose ends a sentence or runs long; headlines and chrome do neither."""
        words = line.words
        if words > max_words:
            return True
        if line.text.endswith(("?", "؟")):
            return words > _QUESTION_TITLE_MAX_WORDS
        if line.text.endswith(")") and _STOP_THEN_CREDIT.search(line.text):
            return words >= 4  # a sentence, then its agency: "… فور الانتهاء منها. (وكالات)"
        return bool(self.profile.sentence_end.search(line.text)) and words >= 4

    def _search_date(self, text: str) -> DateResult | None:
        return search_date(text, language=self.profile.language, reference=self.reference, dayfirst=self.dayfirst,
                           vocabulary=self.vocabulary)

    def _date_with_digits(self, text: str) -> DateResult | None:
        """The date in `text` when it has a digit, else None: the cheap test first, where a date said in words alone
        ("منذ يومين") is none of the caller's."""
        return self._search_date(text) if _DIGIT.search(text) else None


_DOUBLED_RULE = "boilerplate:doubled-paragraph"
_REPEATED_MIN_WORDS = 8  # a paragraph said again further down is a doubled block when this long
_GLUED_REACH = 2  # of the last paragraphs: a line of the page's chrome may follow the one a notice is glued to
_GLUED_LABEL_REACH = 30  # characters before a colon where a glued label may stand ("الكلمات المفتاحية")
GLUED_CHROME_RULE = "body:glued-chrome-cut"  # a paragraph whose value is its text without the chrome glued to it
TAGS_GLUED_TO_A_SOURCE_RULE = "label:tags-glued-to-source"  # a tag line whose `values` are a source label's
TAGS_GLUED_TO_CHROME_RULE = "label:tags-glued-to-chrome"  # a tag line whose `values` hold the chrome glued before it
GLUED_RELATED_RULE = "body:glued-related-link"  # a paragraph whose `values` are a related title glued to it, its label
GLUED_LABEL_RULE = "glued-label"  # a headline or paragraph whose value is its text without the label glued to it
BYLINE_WITH_TIME_RULE = "byline:with-time"  # a byline whose value is the date's time ("Posted by X at 11:32")
# Paragraphs below one related title inside the body: this many are the article going on, not the item's lead
_YEAR_AFTER = regex.compile(r"\s+(?:19|20)\d{2}$")  # a footer's year after the site's name
_CLOCK_TITLE = regex.compile(r"\d{1,2}:\d{2}\s+\p{Lu}\S*\s\S")  # "14:01 Azerbaijani MFA comments …"
_HEADER_TICKER_RULE = "boilerplate:ticker-item"
_MENU_CHROME_ITEMS = 2  # known chrome items that make a line of links a menu
_ARTICLE_MAX_LETTERS = 3  # "the", "le", "la", "les" before a name
# a clock time (the vocabulary tells one), maybe its am or pm, then a dash before the item: "10:40 – Cotonou : …"
_TICKER_ITEM = regex.compile(r"(\d[^\s–—-]{2,6}(?:\s[^\s\d–—-]{1,5})?)\s*[–—-]\s+\S")
_ARTICLE_BELOW_A_LINK = 3
_NEXT_ARTICLE_HEADER_LINES = 2  # a byline and a date line below the next article's title
_RELATED_WRITER_MAX_WORDS = 3  # a writer's name below a related title: "Aisha Lawan Umar"
_RELATED_WRITER_SHORTER_BY = 3  # words fewer than the title above it
_INTERTITLE_MAX_WORDS = 5  # an intertitle of the article read as a related title: "Nala widening works"
# A short line with no prose below it, after the article's own source or tags: a list's heading or title.
_LISTED_BELOW_THE_ARTICLE = "boilerplate:list-below-article"
# a line of chrome inside the body, or a title below it, over the titles of a list ("More from this section")
_LIST_HEADING_RULES = frozenset({"boilerplate:pattern", "boilerplate:line", _LISTED_BELOW_THE_ARTICLE})
# Between the fields of a date line: a bar, a bullet, a middle dot or a semicolon ("Published: … | Updated: …",
# "Updated Jan 16, 2028 9:10 AM · First published Jan 15, 2028 7:45 AM"), a comma
# ("Updated …, first published …") or a spaced dash ("Mis à jour le 02/04/2025 – Publié le 01/04/2025 à 08:30").
_DATE_FIELD_MARKS = ("|", "•", "·", ";", ",", " - ", " – ", " — ")
_DATE_FIELD_BAR = re.compile(r"\s*[|•·;]\s*|,\s+|\s+[-–—]\s+")
# Label kinds whose word may open the article's headline ("Sources: talks collapse").
_TITLE_PREFIX_KINDS = ("read_also", "source", "updated")
_LABEL_ROLES = {
    "date": Role.DATE,
    "updated": Role.UPDATED,
    "source": Role.SOURCE,
    "keywords": Role.KEYWORDS,
    "author": Role.BYLINE,
}


def _last_paragraphs(claims: list[Claim], count: int) -> list[int]:
    """Indices of the last `count` paragraphs of the body, the last first."""
    found: list[int] = []
    for index in range(len(claims) - 1, -1, -1):
        if claims[index].role is Role.BODY:
            found.append(index)
            if len(found) == count:
                break
    return found


def _said_again_below(claims: list[Claim], index: int) -> bool:
    """The paragraph at `index` is printed again further down, as a doubled block."""
    text = claims[index].line.text
    return any(claim.rule == _DOUBLED_RULE and claim.line.text == text
               for claim in claims[index + 1: index + _MENU_REACH])


def _doubled(claims: list[Claim], line: Line) -> bool:
    """The paragraph above is this one: printed twice in a row, as a scraper doubles a block (Le Soir
    d'Algérie's deck). No article says the same paragraph twice running."""
    return bool(claims) and claims[-1].line.text == line.text and claims[-1].role is Role.BODY


# a caption's sentence, a dash and its photographer's name: "… at the Vineyard Haven terminal. — Lila Fischer"
_PHOTOGRAPHERS_CREDIT = regex.compile(r"(.+[.!?])\s?[—–]\s?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,2}")
_PULL_QUOTE = regex.compile(r"[«“\"]\s*(.+?)\s*[»”\"]")
_PULL_QUOTE_MIN_WORDS, _PULL_QUOTE_MAX_WORDS = 4, 30


def _words_beside_other_days(text: str, start: int, end: int) -> int:
    """Words of a date line outside its date (at `start`:`end`) and outside the parts set off by bullets, bars or a
    slash that give the day in another calendar or the issue's number (`_ANOTHER_DAY_OR_ISSUE`)."""
    words, position = 0, 0
    for part in _DATE_SEGMENT_MARK.split(text):
        part_start = text.index(part, position)
        part_end = position = part_start + len(part)
        if part_start < end and start < part_end:  # the date's part, or one of its parts ("Mar 2, 2028 / 11:25 am")
            words += word_count(text[part_start:max(start, part_start)]) + word_count(text[end:part_end])
        elif not (_ANOTHER_DAY_OR_ISSUE.search(part.strip()) and word_count(part) <= _ANOTHER_DAY_MAX_WORDS):
            words += word_count(part)
    return words


def _drop_paragraphs_said_again(claims: list[Claim]) -> None:
    """A paragraph of the body that an earlier one said word for word, further up (a scraper's doubled block after an
    ad slot or a quote box): the second is chrome. Only a sentence long enough that no article repeats it
    (`_REPEATED_MIN_WORDS`); a short line ("Advertisement", a one-word intertitle) may come back."""
    seen: set[str] = set()
    for index, claim in enumerate(claims):
        if claim.role is not Role.BODY or claim.line.words < _REPEATED_MIN_WORDS:
            continue
        text = claim.line.text
        if text in seen:
            claims[index] = Claim(claim.line, Role.BOILERPLATE, _DOUBLED_RULE)
        else:
            seen.add(text)


def _drop_pull_quotes(claims: list[Claim]) -> None:
    """A pull quote: a short paragraph wholly in quotation marks whose words another paragraph quotes, above or below
    it ("« Sans épicerie, c'est le village qui se vide. »", then "… « Sans épicerie, c'est le village qui se vide. Les
    familles … »"): the page's display of the quote, chrome."""
    quoted = [(index, pulled.group(1).strip()) for index, claim in enumerate(claims) if claim.role is Role.BODY
              and _PULL_QUOTE_MIN_WORDS <= claim.line.words <= _PULL_QUOTE_MAX_WORDS
              and (pulled := _PULL_QUOTE.fullmatch(claim.line.text)) is not None]
    for index, words in quoted:
        if any(other.role is Role.BODY and other is not claims[index] and words in other.line.text
               and len(other.line.text) > len(claims[index].line.text) for other in claims):
            claims[index] = claims[index]._replace(role=Role.BOILERPLATE, rule="boilerplate:pull-quote")


def _same_text(line: Line, other: Line) -> bool:
    return line.folded == other.folded and (line.text == other.text or line.may_be_chrome)


def _ends_with_next_line(line: Line, next_line: Line | None, profile: Profile) -> bool:
    """"أخبار محلية / <headline>" just above "<headline>": a breadcrumb, not the title."""
    if next_line is None or len(next_line.text) >= len(line.text) or not line.text.endswith(next_line.text):
        return False
    head = line.folded[: len(line.folded) - len(next_line.folded)]
    return any(head.endswith(separator) for separator in profile.breadcrumb_separators)


def _tokens_with_content(text: str) -> int:
    """Space-separated tokens holding a letter or a digit ("26/01 - 14:05" holds two)."""
    return sum(1 for token in text.split() if WORD.search(token))


def _beside(text: str, result: DateResult) -> tuple[str, str]:
    """The parts of `text` before and after the date found in it."""
    if result.span is None:
        return "", ""
    return text[: result.span[0]], text[result.span[1]:]


def _a_running_head(before: str, after: str) -> bool:
    """A print page's running head around its date: the paper's name and the page's number, set off by bars, dashes
    or spaces ("Cornish Times<TAB>Friday 9 November 2029<TAB>Page 3", "JEUDI 22 AVRIL 2027 | LA RÉPUBLIQUE DES
    PYRÉNÉES | 5", "6 | LA RÉPUBLIQUE DES PYRÉNÉES | JEUDI 22 AVRIL 2027")."""
    parts = [part for part in _RUNNING_HEAD_PARTS.split(f"{before} | {after}")
             if part and not _LITTLE_WORD.fullmatch(part)]  # (an article before the date: "| LE MERCREDI 21 AVRIL …")
    if len(parts) != 2:
        return False
    page, name = parts if _PAGE_MARK.fullmatch(parts[0]) else parts[::-1]
    return _PAGE_MARK.fullmatch(page) is not None and word_count(name) <= _RUNNING_HEAD_NAME_MAX_WORDS \
        and not _DIGIT.search(name)


def _fields_after_a_date(after: str) -> bool:
    """What follows a date set off by spaced dashes or bars is a field or two of a few capitalised words each (a
    place, maybe with its province after a comma; an issuer): " — Halifax, Nova Scotia — Transport Canada"."""
    if not _SEGMENTS.match(after):
        return False
    fields = _SEGMENTS.split(after)[1:]
    return 0 < len(fields) <= _DATE_FIELDS_MAX and all(_CAPITALISED_FIELD.fullmatch(field.strip())
                                                        for field in fields)


def _extra_words(text: str, result: DateResult) -> int:
    """Words of `text` outside the date that was found in it."""
    if result.span is None:
        return word_count(text)
    start, end = result.span
    return word_count(text[:start]) + word_count(text[end:])


def _a_dashed_menu(line: Line) -> bool:
    """A menu's items set off by dashes, four or more of a few words each, no colon, digit or stop ("الوطني -
    الاقتصاد - الدولي - المجتمع - الرياضة", "Actualités – Société – Économie – Politique – Sport – Le journal du
    jour", Flash Infos); "Mali - Burkina - Niger : …" is a headline."""
    if line.key.count(" - ") < _DASHED_MENU_MIN_ITEMS - 1 or ":" in line.text or _DIGIT.search(line.text):
        return False
    items = line.key.split(" - ")
    return all(0 < len(item.split()) <= _SECTION_NAME_MAX_WORDS for item in items) \
        and not line.text.endswith(_SENTENCE_STOPS)


def _named_again_in_chrome(claims: list[Claim], head: int) -> bool:
    """The short line at `head` is the site's name, said again in a line of the page's chrome below it: its
    copyright notice or a picture's credit ("Algérie Direct", then "… à Sétif. © Algérie Direct"; "The Lahore
    Dispatch", then "© 2026 The Lahore Dispatch"). A title is seldom said again so."""
    line = claims[head].line
    if line.words > _SITE_NAME_MAX_WORDS or _DIGIT.search(line.text):
        return False
    name = fold(line.text)
    return any(claim.role is Role.BOILERPLATE and claim.line.text != line.text and name in fold(claim.line.text)
               for claim in claims[head + 1:])


def _inside_a_menu(claims: list[Claim], head: int) -> bool:
    """The line at `head` stands right below the site's menu of one item per line, three items at least, and ends no
    sentence: the menu's last items on one line ("News", "Opinion", "Sport", "Culture", "Lifestyle", then "UK World
    Climate crisis Business Politics Environment", The Northern Chronicle), no title yet; a title in sentence case,
    many of its words in lower case, is none ("Saskatoon council approves bus rapid transit route on 8th Street …")."""
    items = 0
    for claim in reversed(claims[:head]):
        if claim.role is not Role.BOILERPLATE or claim.rule not in _SECTION_RULES and claim.rule != "boilerplate:menu" \
                or claim.line.words > _MENU_ITEM_MAX_WORDS:
            break  # (a path, a bar of links or the site's name: no menu's item)
        items += 1
    text = claims[head].line.text
    return items >= _MENU_MIN_ITEMS and not text.endswith(_SENTENCE_STOPS) \
        and _TITLE_PUNCTUATION.search(_ELISION.sub("", text)) is None \
        and sum(word[:1].islower() for word in text.split()) <= _MENU_LINE_MAX_SMALL_WORDS


def _drop_captions_credited_to_the_site(claims: list[Claim]) -> None:
    """A photo's caption between paragraphs, credited to the site itself after a dash or in brackets: "شاحنات متوقفة
    على الطريق القومي قرب هيا - الطريق" below the masthead "الطريق" (Al Tareeq), "طفل يملأ غالونات المياه … (غزة
    بوست)" (Gaza Post). The site's name is one of the page's first lines of chrome (maybe without its last word:
    "إذاعة تلمسان" of "إذاعة تلمسان الجهوية"; "إذاعة قابس" below "Radio Gabès"),
    a short line of chrome; the caption is short and ends no sentence before the dash, unless it stands above the
    first paragraph, with paragraphs below it ("La ligne 36 relie Carhaix à la gare de Morlaix en un peu plus d'une
    heure. (Le Poher)", "Le site provisoire du marché central de Bafoussam. © 237actu")."""
    mastheads = [line.text for line in _mastheads(claims) if line.words <= _SITE_NAME_MAX_WORDS]
    if not mastheads or claims[0].role is not Role.BOILERPLATE:
        return
    names = list(mastheads)
    for name in mastheads:  # the name without its last word: "إذاعة تلمسان" of "إذاعة تلمسان الجهوية"
        if len(words := name.split()) > 2:
            names.append(" ".join(words[:-1]))
    endings = tuple(f"{mark}{site}{close}" for site in names
                    for mark, close in ((" - ", ""), (" – ", ""), (" — ", ""), (" (", ")"), (" © ", "")))
    first = True  # no paragraph above yet
    for index, claim in enumerate(claims):
        text = claim.line.text
        ending = next((ending for ending in endings if text.endswith(ending)), None) \
            if claim.role is Role.BODY and claim.rule == "body:paragraph" else None
        if ending is not None and _CAPTION_MIN_WORDS <= claim.line.words <= _CAPTION_MAX_WORDS + _SITE_NAME_MAX_WORDS \
                and (text[:-len(ending)].rstrip()[-1:] not in _SENTENCE_STOPS
                     or first and any(later.role is Role.BODY for later in claims[index + 1:])):
            claims[index] = claim._replace(role=Role.BOILERPLATE, rule="boilerplate:caption-credited-to-the-site")
        elif claim.role is Role.BODY:
            first = False


def _drop_the_sites_name_below_a_byline(claims: list[Claim]) -> None:
    """The site's name on its own line below a byline, its masthead at the top of the page maybe with "The" before
    it ("By Dana Kowalski and Reid Tanaka", then "Millbrook Courier" under "The Millbrook Courier"): chrome."""
    names = {_without_article(line.folded) for line in _mastheads(claims) if line.words <= _SITE_NAME_MAX_WORDS}
    for index in range(1, len(claims)):
        claim = claims[index]
        if claim.role is Role.BODY and claims[index - 1].role is Role.BYLINE \
                and claim.line.words <= _SITE_NAME_MAX_WORDS and _without_article(claim.line.folded) in names:
            claims[index] = claim._replace(role=Role.BOILERPLATE, rule="boilerplate:site-name-below-byline")


def _without_article(folded: str) -> str:
    """A folded name without the English article before it: "millbrook courier" of "the millbrook courier"."""
    return folded.removeprefix("the ")


def _drop_a_caption_credited_to_its_photographer(claims: list[Claim]) -> None:
    """The first paragraph, a short sentence and a person's name after a dash, with paragraphs below it: the lead
    picture's caption and its photographer ("The ferry Island Home at the Vineyard Haven terminal. — Lila Fischer",
    Vineyard Gazette)."""
    first = next((index for index, claim in enumerate(claims) if claim.role is Role.BODY), None)
    if first is None or claims[first].rule != "body:paragraph":
        return
    credited = _PHOTOGRAPHERS_CREDIT.fullmatch(claims[first].line.text)
    if credited is not None and _CAPTION_MIN_WORDS <= word_count(credited.group(1)) <= _CAPTION_MAX_WORDS \
            and any(claim.role is Role.BODY for claim in claims[first + 1:]):
        claims[first] = claims[first]._replace(role=Role.BOILERPLATE, rule="boilerplate:caption-credited-to-a-name")


def _drop_a_scoreboards_teams(claims: list[Claim]) -> None:
    """A match's scoreboard: a team's name, the score alone on its line (chrome by the profile), the other team's
    name ("الأهلي", "2 - 1", "الزمالك", Yallakora): the names are chrome as the score is."""
    for index in range(1, len(claims) - 1):
        claim = claims[index]
        if claim.role is not Role.BOILERPLATE or not _SCORE.fullmatch(claim.line.text):
            continue
        teams = (index - 1, index + 1)
        if all(claims[team].rule in _TEAM_RULES and claims[team].line.words <= _TEAM_MAX_WORDS
               and not _DIGIT.search(claims[team].line.text) and not claims[team].line.text.endswith(_SENTENCE_STOPS)
               for team in teams):
            for team in teams:
                claims[team] = claims[team]._replace(role=Role.BOILERPLATE, rule="boilerplate:scoreboard-team")


def _author_names(value: str, profile: Profile) -> tuple[str, ...]:
    """Names in a byline's value, or () when it does not look like names at all."""
    value = value.strip()
    if profile.author_noise is not None:
        value = profile.author_noise.sub(" ", value)
    value = " ".join(value.split()).strip(" -–—|:")
    if value.endswith(".") and not _INITIAL_END.search(value):
        value = value[:-1]  # "…, avec AFP." but "M. L." and "John Smith Jr." keep their dots
    if not value or len(value) > 80:
        return ()
    names = tuple(name.strip() for name in _NAME_SPLIT.split(value) if name.strip())
    if not names or not all(_is_name(name, profile) for name in names):
        return ()
    return names


def _is_name(name: str, profile: Profile) -> bool:
    """A person's name, or an outlet signing as one ("Par : FRANCE 24", "Rédigé par leral.net le …").
    The profile's `author_stop_words` are in no name: "بقلم الرصاص وقع الوزير على القرار" is prose."""
    if label_key(name) in profile.outlet_names or _DOMAIN.fullmatch(name):
        return True
    numbered = _NUMBERED_OUTLET.fullmatch(name)
    if numbered is not None and fold(numbered.group(1)) in profile.outlet_words:
        return True  # "Rédigé par Radio1 le …": the outlet signs
    if not _looks_like_name(name):
        return False
    stop_words = profile.author_stop_words
    return not stop_words or not any(word.lower() in stop_words for word in name.split())


def _title_a_long_question_over_its_date(claims: list[Claim]) -> None:
    """No headline was found, and a question of a title's length, read as a paragraph, is the first line below the
    page's chrome, right over the publication date ("Grève nationale du 14 octobre : à quoi faut-il s'attendre dans
    les trains, les bus et les …?", then "Publié le 13-10-25 à 17:42", LN24): it is the headline."""
    if any(claim.role is Role.HEADLINE for claim in claims):
        return
    first = next((index for index, claim in enumerate(claims) if claim.role is not Role.BOILERPLATE), None)
    if first is None or first + 1 >= len(claims):
        return
    title, below = claims[first], claims[first + 1]
    if title.role is Role.BODY and below.role is Role.DATE and below.rule.startswith("label:") \
            and title.line.text.endswith(("?", "؟")) and _TITLE_MIN_WORDS <= title.line.words <= _TITLE_MAX_WORDS:
        claims[first] = Claim(title.line, Role.HEADLINE, "headline:question-over-its-date")


_LOWER_PREFIXED_NAME = regex.compile(r"\p{Ll}{1,2}\p{Lu}\p{Ll}")


def _menu_items(parts: list[str], sections: frozenset[str]) -> list[str] | None:
    """The folded items of a menu's words, each capitalised, or a known section of two words whose second one is in
    lower case ("Avis mortuaires"); None when a word in lower case goes on no such section."""
    items: list[str] = []
    index = 0
    while index < len(parts):
        part = parts[index]
        if not part[:1].isupper() and _LOWER_PREFIXED_NAME.match(part) is None and not caseless(part[:1]):
            return None  # ("ePaper", "eNews": names too; a language's link in its own script, "አማርኛ")
        pair = fold(f"{part} {parts[index + 1]}") if index + 1 < len(parts) else ""
        if pair and not parts[index + 1][:1].isupper() and pair in sections:
            items.append(pair)
            index += 2
        else:
            items.append(fold(part))
            index += 1
    return items


def _capitalised_words(name: str) -> bool:
    """Each Latin word of `name` opens with a capital, or is a particle or a prefixed name ("Radio Okapi", "Le
    Pays", "Radio de la Paix"); true in a script with no case."""
    return all(word[0].isupper() or word.lower() in _NAME_PARTICLES or _PREFIXED_NAME.match(word)
               for word in name.split() if _LATIN_LETTER.match(word))


def _looks_like_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 5 or _NON_NAME.search(name[:-1] if _INITIAL_END.search(name) else name):
        return False
    latin = [word for word in words if _LATIN_LETTER.match(word)]
    if not latin:
        return True
    if all(word.lower() in _NAME_PARTICLES for word in words):
        return False  # "le", "de la": particles of a name, no name
    return _capitalised_words(name)


def _begins_with(title: Line, kicker: Line) -> bool:
    """"Burkina Faso: au moins quinze morts …" begins with the line above it, "Burkina Faso"."""
    return title.folded.startswith(kicker.folded) and not title.folded[len(kicker.folded):][:1].isalnum()


def _below_a_title(claims: list[Claim]) -> bool:
    """The last line above that is no chrome ("منذ 3 ساعات", "Reuters") is a related title."""
    return next((claim.role for claim in reversed(claims) if claim.role is not Role.BOILERPLATE),
                None) is Role.READ_ALSO_HEADLINE


def _below_a_list_of_titles(claims: list[Claim]) -> bool:
    """The two lines above are related titles, with no paragraph between them."""
    return len(claims) >= 2 and claims[-1].role is Role.READ_ALSO_HEADLINE \
        and claims[-2].role is Role.READ_ALSO_HEADLINE


_LIST_COMMA = re.compile(r"\s*[,،]\s*")
_LIST_SEMICOLON = re.compile(r"\s*;\s*")
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")  # between a credit's parts, or the site and a place: "داما بوست – دمشق"
_INITIALS_AFTER_OUTLET = regex.compile(r"([^/]{2,40}?)\s*/\s*(\p{Ll}{1,4})(?:\(\p{Ll}{1,4}\))?")


def _below_titles_only(claims: list[Claim]) -> bool:
    """The last two lines above that are no chrome are related titles: a list of titles without leads."""
    titles = 0
    for claim in reversed(claims):
        if claim.role is Role.READ_ALSO_HEADLINE:
            titles += 1
            if titles == 2:
                return True
        elif claim.role is not Role.BOILERPLATE:
            return False
    return False


def _letter_words(text: str) -> int:
    """The words of `text` made of letters, no digit in them ("1 USD = 12 180.45 UZS" has two)."""
    return sum(1 for word in text.split() if not _DIGIT.search(word) and any(char.isalpha() for char in word))


def _reads_as_title(line: Line) -> bool:
    """A title that ends like a sentence: trailing dots ("Gaza truce talks stall again...") or a
    quotation after a colon ('Zelensky: "We will not give up an inch."')."""
    text = line.text
    if line.words > _TITLE_MAX_WORDS:
        return False
    return text.endswith(("...", "…", "..")) or (": " in text and text.endswith(('"', "”", "»", "'")))


def _header_lines_to_chrome(claims: list[Claim], start: int, *, paragraphs: bool = False) -> None:
    """The header's short lines from `start` on, and with `paragraphs` the lines read as paragraphs too (a tagline,
    a menu on one line), above a title found below them: the page's chrome."""
    for index in range(start, len(claims)):
        claim = claims[index]
        if claim.rule == "header:short-line" or paragraphs and claim.role is Role.BODY:
            claims[index] = claim._replace(role=Role.BOILERPLATE, rule="boilerplate:header-above-title")


def _drop_the_headline_said_again(claims: list[Claim]) -> None:
    """A paragraph right below the headline that says it again once the chrome glued to the headline is cut off
    ("Liberty Square works: Traffic plan & parking changes confirmedShare", then the title alone, Tipperary Star)."""
    head = next((index for index, claim in enumerate(claims) if claim.role is Role.HEADLINE), None)
    if head is None or claims[head].rule != GLUED_CHROME_RULE:
        return
    title = fold(claims[head].value)
    for index in range(head + 1, min(len(claims), head + _REPEATED_HEADLINE_REACH)):
        if claims[index].role is Role.BODY and claims[index].line.folded == title:
            claims[index] = claims[index]._replace(role=Role.BOILERPLATE, rule="boilerplate:repeated-headline")


def _claim_an_unlabelled_tag_line(claims: list[Claim]) -> None:
    """The page's tags with no label, below the article's last paragraph: three short items or more set off by
    commas, slashes, bars or middle dots, each of a few words with no digit (in capitals where the script has
    them), most of which the headline or the body name ("Nevers, Santé, Hôpital, Urgences", Le Journal du Centre;
    "Logement / Bruxelles / Enquête / Tourisme", Médor). A page with a tag label has its tags already."""
    if any(claim.role is Role.KEYWORDS for claim in claims):
        return
    index = next((index for index in range(len(claims) - 1, -1, -1)
                  if claims[index].role is Role.BODY or claims[index].rule == _LINK_BAR_RULE), None)
    if index is None or not any(claim.role is Role.BODY for claim in claims[:index]):
        return
    line = claims[index].line
    items = _tag_line_items(line.text)
    if not items:
        return
    article = fold(" ".join(claim.line.text for claim in claims[:index]
                            if claim.role is Role.BODY or claim.role is Role.HEADLINE))
    named = sum(fold(item) in article for item in items)
    if 2 * named >= len(items):
        claims[index] = Claim(line, Role.KEYWORDS, "keywords:unlabelled-tag-line", line.text)


def _tag_line_items(text: str) -> list[str]:
    """The items of a line shaped as a list of tags (see `_claim_an_unlabelled_tag_line`), or []."""
    if text.endswith(_SENTENCE_STOPS) or _DIGIT.search(text):
        return []
    separator = next((mark for mark in _TAG_LINE_SEPARATORS if mark in text), None)
    if separator is None:
        return []
    items = [item.strip() for item in text.split(separator)]
    if not _TAG_LINE_MIN_ITEMS <= len(items) <= _TAG_LINE_MAX_ITEMS:
        return []
    if all(0 < len(item.split()) <= _TAG_ITEM_MAX_WORDS and (item[:1].isupper() or caseless(item[:1]))
           for item in items):
        return items
    return []


def _claim_the_sites_name_below_its_title(claims: list[Claim]) -> None:
    """Below a title found under the site's masthead, a short line left unread that holds the name of a chrome line
    above the title (before a bar or dash) is the site's name again, chrome ("جهات الإخبارية", …, the title, then
    "جهات الإخبارية - القطيف" over the date; "The Morung Express", …, "Morung Express News"); so is a place and the
    site's name, a dateline on its own line ("الخرطوم: آخر لحظة"), and the site's name and a place ("طريق المحبة -
    نابلس" under the masthead "راديو طريق المحبة")."""
    head = next((index for index, claim in enumerate(claims) if claim.rule == "headline:below-the-masthead"), None)
    if head is None:
        return
    names = {_TITLE_NAME_PARTS.split(claim.line.key.removeprefix("the "), 1)[0] for claim in claims[:head]
             if claim.role is Role.BOILERPLATE}  # the masthead, the site's name above it: "كشـ24 | Kech24" gives "كش24"
    names = {name for name in names if len(name) >= _SITE_NAME_MIN_CHARS}
    for index in range(head + 1, min(len(claims), head + _NAME_BELOW_TITLE_REACH)):
        claim = claims[index]
        if claim.role is Role.BODY and claim.line.words <= _NAME_LINE_MAX_WORDS \
                and label_key(claim.line.text.rpartition(":")[2]) in names:
            # the place and the site, as a dateline on its own line: "الخرطوم: آخر لحظة" (Akhir Lahza)
            claims[index] = claim._replace(role=Role.BOILERPLATE, rule="boilerplate:site-dateline")
            continue
        if claim.rule == "source:outlet-and-place" and claim.value and label_key(claim.value) in names:
            # the place and the masthead's name, the site's own dateline: "درعا - درعا 24" under "درعا 24"
            claims[index] = claim._replace(role=Role.BOILERPLATE, rule="boilerplate:name-below-title", values=())
            continue
        parts = _SPACED_DASH.split(claim.line.text, maxsplit=1)
        if claim.role is Role.BODY and claim.line.words <= _NAME_LINE_MAX_WORDS and len(parts) == 2:
            site = label_key(parts[0])  # the masthead's name, then the place: "طريق
            if len(site) >= _SITE_NAME_MIN_CHARS and any(name.endswith(site) for name in names):  # المحبة - نابلس"
                claims[index] = claim._replace(role=Role.BOILERPLATE, rule="boilerplate:name-below-title")
                continue
        if claim.rule != "header:short-line":
            continue
        writer, dash, site = claim.line.text.rpartition(" – " if " – " in claim.line.text else " - ")
        if dash and label_key(site).removeprefix("the ") in names and _looks_like_name(writer.strip()):
            writer = writer.strip()  # the writer, then the site: "Mélanie Tremblay-Roy – Francopresse"
            claims[index] = Claim(claim.line, Role.BYLINE, "byline:name-and-site", writer, authors=(writer,))
        elif any(claim.line.key.startswith(name) or f"{name} " in claim.line.key for name in names):
            claims[index] = claim._replace(role=Role.BOILERPLATE, rule="boilerplate:name-below-title")



def _names_the_titles_topic(kicker: Line, title: Line) -> bool:
    """Whether a line with no colon names, inside it, the topic of two words or more a title opens with before its
    colon ("Piton de la Fournaise : …")."""
    topic = _TOPIC_THEN_COLON.match(title.text)
    if topic is None or ":" in kicker.text:
        return False
    named = topic.group().rstrip(": ").strip()
    return " " in named and f" {named.casefold()}" in f" {kicker.text.casefold()}"


def _a_title_cut_short(line: Line, state: _State) -> bool:
    """A line cut short by an ellipsis right below a related title cut so: the next title, never its lead (Maghress:
    "ارتفاع أسعار الدواجن في أسواق الدار البيضاء...", then "الحكومة تمدد دعم استيراد الأبقار إلى نهاية السنة...")."""
    above = state.claims[-1] if state.claims else None
    return line.text.endswith(_ELLIPSES) and above is not None and above.role is Role.READ_ALSO_HEADLINE \
        and above.line.text.endswith(_ELLIPSES)


def _copied_below(step: str, below: Line) -> bool:
    """The last step of a site's path is a copy of the title on the line below: the same text, or its opening words,
    cut short ("… la loi de finances rectificative…", ActuSen; "وزير التموين: طرح 500 ألف طن سكر", then the whole
    title)."""
    if _same_text(make_line(0, step), below):
        return True
    opening = fold(step.rstrip(" .…"))
    return len(opening) >= _COPIED_STEP_MIN_CHARS and below.folded.startswith(opening) \
        and len(below.folded) > len(opening)


def _a_dotted_menu(line: Line) -> bool:
    """A menu on one line, its items set off by middle dots or bullets, four or more of three words at most, no digit
    ("Actualité · Région · Sports · Culture · Agenda · Avis mortuaires", L'Omnibus)."""
    if " · " not in line.text and " • " not in line.text or _DIGIT.search(line.text):
        return False
    items = _DOTTED_MENU_MARKS.split(line.text)
    return len(items) >= _LONG_MENU_MIN_ITEMS and all(0 < word_count(item) <= _MENU_ITEM_MAX_WORDS for item in items)


def _a_menu_bar(claim: Claim) -> bool:
    """A menu on one line, its items set off by bars or bullets, four or more ("Actualités | Économie | Sports |
    Culture | Chroniques | Avis de décès"): below a short line, it shows that line is the site's name."""
    return claim.rule in _MENU_RULES and len(_MENU_ITEM_MARKS.split(claim.line.text)) >= _LONG_MENU_MIN_ITEMS


def _chrome_over_the_date(claims: list[Claim], index: int) -> bool:
    """The claim at `index` stands right above the date line and is chrome, or the site's name said again (its
    page's first lines): a writer's name above it is a name over the date (Townsville Bulletin: "Tess Hollander",
    "3 min read", then the date; Kamloops This Week: "Iain MacRae", "Kamloops This Week", then the date; Stuff's
    "Aroha Mitchell", "Timaru Herald", then the date, the paper's name the page's second line)."""
    if index + 1 >= len(claims) or claims[index + 1].role is not Role.DATE:
        return False
    claim = claims[index]
    return claim.role is Role.BOILERPLATE or claim.role in _UNCLAIMED and _names_the_masthead(claim.line.text, claims)


def _claim_writers_above_their_address(claims: list[Claim], authors: set[str]) -> None:
    """A writer's name alone read as a paragraph above their e-mail address, the site's name between them at most
    (The Aspen Times: "Marta Delgado", "The Aspen Times", "mdelgado@aspentimes.com", then the date): a byline, when
    the address holds one of the name's words; the site's name said again there is chrome."""
    for index, claim in enumerate(claims):
        if claim.rule != "boilerplate:email-address":
            continue
        address = claim.line.text.partition("@")[0].lower()
        for above in range(index - 1, max(-1, index - 1 - _ADDRESS_REACH), -1):
            line = claims[above].line
            if claims[above].role is Role.BODY and line.words <= _NAME_LINE_MAX_WORDS \
                    and _looks_like_name(line.text) and _named_in_the_address(line.text, address):
                claims[above] = Claim(line, Role.BYLINE, "byline:above-its-address", line.text, authors=(line.text,))
                authors.add(line.key)
                for between in range(above + 1, index):
                    if claims[between].role is Role.BODY and claims[between].line.key == claims[0].line.key:
                        claims[between] = claims[between]._replace(role=Role.BOILERPLATE, rule="boilerplate:masthead")
                break


def _claim_names_above_a_bare_role(claims: list[Claim], authors: set[str]) -> None:
    """A writer's name alone (a paragraph or a short header line) right above an author label alone that gave no name,
    their role ("Amandine Lievens", then "Journaliste" over the date, Trends-Tendances): a byline."""
    for index in range(1, len(claims)):
        claim, above = claims[index], claims[index - 1]
        if claim.role is Role.BYLINE and not claim.value and not claim.authors and claim.rule.startswith("label:") \
                and above.role in (Role.BODY, Role.UNPARSED) and above.line.words <= _NAME_LINE_MAX_WORDS \
                and _looks_like_name(above.line.text):
            claims[index - 1] = Claim(above.line, Role.BYLINE, "byline:above-its-role", above.line.text,
                                      authors=(above.line.text,))
            authors.add(above.line.key)


def _named_in_the_address(name: str, address: str) -> bool:
    """Whether a word of `name` (three letters or more, its accents dropped) is in the address before its "@"."""
    plain = unicodedata.normalize("NFKD", name.lower())
    plain = "".join(char for char in plain if not unicodedata.combining(char))
    return any(len(word) >= 3 and word in address for word in plain.split())


def _claim_names_above_their_byline(claims: list[Claim], authors: set[str]) -> None:
    """A short header line that is a byline's name, printed above the byline ("سارة المطيري",
    then "كتب سارة المطيري 1 دقيقة للقراءة"), is part of it."""
    for index, claim in enumerate(claims):
        if claim.role is Role.UNPARSED and claim.line.key in authors:
            line = claim.line
            claims[index] = Claim(line, Role.BYLINE, "byline:repeated-name", line.text, authors=(line.text,))


def _reclaim_paragraphs_below_an_inline_link(claims: list[Claim], profile: Profile) -> None:
    """One related title inside the body, with paragraphs below it and then the article's own
    source or tags, or another related link: the paragraphs were the article's, which went on
    below the link (RTBF: "À lire aussi", a title, two paragraphs, "Mots-clés : …"; Youm7: "اقرأ
    أيضًا:" twice between paragraphs). The reference layout's related article comes after the
    source and tags, and a list of related titles with their leads (ndarinfo) holds two titles or
    more: both keep their paragraphs. So does a related article whose first paragraph restates its
    title, as a lead does ("أرباح أرامكو تتراجع 15% في الربع الثاني", then "تراجع صافي أرباح شركة
    أرامكو السعودية بنسبة 15% خلال الربع الثاني …"), and one below a paragraph that closes with the
    article's credit (Le Soir: "… une compensation. (Belga)", then "Lire aussi")."""
    in_body, index, last_paragraph = False, 0, ""
    while index < len(claims):
        claim = claims[index]
        if claim.role is Role.BODY:
            in_body = True
            last_paragraph = claim.line.text
        elif in_body and claim.role in (Role.SOURCE, Role.KEYWORDS) \
                and not _a_source_between_paragraphs(claims, index) \
                and not _a_source_over_an_item_and_the_tags(claims, index):
            return  # the article is closed: what follows is no part of it
        elif in_body and claim.role is Role.READ_ALSO_LABEL and trailing_credit(last_paragraph, profile):
            return  # so it is by its credit
        elif in_body and claim.role is Role.READ_ALSO_HEADLINE:
            end = index + 1
            while end < len(claims) and claims[end].role is Role.READ_ALSO_BODY:
                end += 1
            after = next((later for later in claims[end:]
                          if later.role is not Role.BOILERPLATE or later.rule == _CREDIT_BELOW_RELATED), None)
            goes_on = after is not None and _goes_on_below_a_link(after) or end - index - 1 >= _ARTICLE_BELOW_A_LINK
            if end > index + 1 and not goes_on and after is not None:
                end, goes_on = _past_an_intertitle(claims, index, end, after)
            if end > index + 1 and goes_on \
                    and not _follows_an_item_with_its_lead(claims, index) \
                    and not _restates(claims[index + 1].line.text, claim.value):
                for below in range(index + 1, end):
                    claims[below] = Claim(claims[below].line, Role.BODY, "body:paragraph-below-inline-link")
                _credit_the_article(claims, end)
                _reclaim_a_signature_below(claims, end)
            index = end
            continue
        index += 1


def _keep_list_items_shaped_like_addresses(claims: list[Claim]) -> None:
    """A line taken for a footer's postal address, its parts set off by dashes, between two lines of the body, one of
    them an item of the same list, its parts set off by as many dashes: an item of a list in the body (Hebden Bridge
    Times: "28/01021/HSE – Rear dormer extension – 14 Birchcliffe Road, Hebden Bridge" among the week's planning
    applications)."""
    for index in range(1, len(claims) - 1):
        claim = claims[index]
        if claim.rule != "boilerplate:postal-address" or claims[index - 1].role is not Role.BODY \
                or claims[index + 1].role is not Role.BODY:
            continue
        parts = len(_SPACED_DASH.split(claim.line.text))
        if parts > 1 and any(len(_SPACED_DASH.split(claims[at].line.text)) == parts for at in (index - 1, index + 1)):
            claims[index] = Claim(claim.line, Role.BODY, "body:list-item")


def _keep_a_tables_figures(claims: list[Claim]) -> None:
    """A table's rows of figures alone, taken for chrome (no letters), below its header row in the body ("Campagne
    Prix plancher (FCFA/kg) Variation", then "2025 425 +150", "2026 425 0", Financial Afrik) and over the body's next
    paragraph: the table's, body."""
    index = 1
    while index < len(claims):
        claim = claims[index]
        if claim.rule != "boilerplate:pattern" or not _a_row_of_figures(claim.line.text) \
                or claims[index - 1].role is not Role.BODY or claims[index - 1].line.words < _TABLE_HEADER_MIN_WORDS \
                or claims[index - 1].line.text.endswith(_SENTENCE_STOPS):
            index += 1
            continue
        end = index
        while end < len(claims) and claims[end].rule == "boilerplate:pattern" \
                and _a_row_of_figures(claims[end].line.text):
            end += 1
        if end < len(claims) and (claims[end].role is Role.BODY or claims[end].role is Role.SOURCE
                                  and end + 1 < len(claims) and claims[end + 1].role is Role.BODY):
            # (or over the table's source, then the body: "Source : Port autonome de Kribi (PAK)", Cameroon Tribune)
            for row in range(index, end):
                claims[row] = Claim(claims[row].line, Role.BODY, "body:table-row")
        index = end


def _a_row_of_figures(text: str) -> bool:
    """A table's row of figures, maybe after its row's name ("2025 425 +150", "Balearic Islands 19.8 +12.1%": a
    market ticker's shape, which a table's header row above tells apart)."""
    named = _ROW_NAME.match(text)
    return _FIGURES_ROW.fullmatch(text, named.end() if named else 0) is not None


def _a_cut_copy_of_a_paragraph(claims: list[Claim], head: int) -> bool:
    """The line at `head` is the page's description: a paragraph's opening words, cut short by an ellipsis ("دشن والي
    ولاية بجاية، صباح اليوم السبت، ميناء الصيد والنزهة الجديد ببل...", Bejaia Today), no title."""
    text = claims[head].line.text
    if not text.endswith(("...", "…")):
        return False
    opening = text.rstrip(".… ")
    return len(opening) >= _CUT_COPY_MIN_CHARS and any(
        claim.role is Role.BODY and claim.line.text.startswith(opening) for claim in claims[head + 1:])


def _wholly_bracketed(text: str) -> bool:
    """The line is one run of words in round brackets, none inside: "(Ajoute déclaration du président …)"."""
    return text.startswith("(") and text.endswith(")") and text.count("(") == 1 and text.count(")") == 1


def _spells(acronym: str, words: list[str]) -> bool:
    """`acronym`, in capitals, is spelt by the capitals opening a run of `words` ("MSF" by "Médecins Sans Frontières
    est …": an organisation's profile below "À propos de MSF")."""
    if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 6):
        return False
    initials = "".join(_initial(word) or " " for word in words)
    return acronym in initials


def _without_elision(word: str) -> str:
    """A word without the elided article before it, whichever apostrophe writes it: "l'institut" is "institut"."""
    return word.rpartition("'")[2].rpartition("’")[2]


def _initial(word: str) -> str:
    """The capital a word opens with, without its accent, also behind an elided article ("d'Information" gives
    "I"), or ""."""
    word = _without_elision(word) if "'" in word[:3] or "’" in word[:3] else word
    return unicodedata.normalize("NFKD", word[0])[0] if word[:1].isupper() else ""  # "Édition" gives "E"


def _an_acronym_and_its_name(text: str) -> bool:
    """A site's acronym and its full name set off by a dash, the name's capitals spelling it ("AGP – Agence Gabonaise
    de Presse", "RTN – Radio Télévision Neuchâtel"), either way round."""
    parts = [part.strip() for part in _SPACED_DASH.split(text)]
    if len(parts) != 2 or not all(parts):
        return False
    for acronym, name in (parts, parts[::-1]):
        initials = "".join(_initial(word) for word in name.split())
        if acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 6 and initials == acronym:
            return True
    return False


def _named_above(name: str, claims: list[Claim]) -> bool:
    """Whether a line above names `name` as a word of its own ("(VNA)" in the dateline above "CVN/VNA")."""
    word = regex.compile(rf"(?<!\w){regex.escape(name)}(?!\w)")
    return any(word.search(claim.line.text) for claim in claims)


def _names_the_masthead(name: str, claims: list[Claim]) -> bool:
    """`name` is the site's name printed at the top of the page, in one of its first lines of chrome, spaces aside
    ("المؤتمرنت" below "المؤتمر نت"), or one of the two names it prints set off by a dash ("AGP" below "AGP –
    Agence Gabonaise de Presse")."""
    squashed = label_key(name).replace(" ", "")
    return any(part.replace(" ", "") == squashed for line in _mastheads(claims)
               for part in (line.key, *(_SPACED_DASH.split(line.key) if " " in line.key else ())))


def _mastheads(claims: list[Claim]) -> Iterator[Line]:
    """The lines of chrome among the page's first lines, where the site's name stands."""
    return (claim.line for claim in claims[:_MASTHEAD_REACH] if claim.role is Role.BOILERPLATE)


def _items_of_menus(claims: list[Claim]) -> set[str]:
    """The items of the menus printed on one line among `claims`, set off by bars or bullets."""
    return {item.strip() for claim in claims if claim.rule in _MENU_RULES
            for item in _MENU_ITEM_MARKS.split(claim.line.text)}


def _sign_by_name_and_bio(claims: list[Claim], name_at: int, bio_at: int, rule: str) -> None:
    """The writer's name alone at `name_at` is the byline (by `rule`), their bio at `bio_at` chrome."""
    name = claims[name_at].line
    claims[name_at] = Claim(name, Role.BYLINE, rule, name.text, authors=(name.text,))
    claims[bio_at] = Claim(claims[bio_at].line, Role.BOILERPLATE, "byline:writer-bio")


def _over_a_menu(claims: list[Claim], head: int) -> bool:
    """The line at `head` stands over the menu (set off by bars too: "Le Président | Le Gouvernement | …"), maybe with
    a line of known chrome between them (a print edition's date, "Édition du jeudi 19 novembre 2026 | E-paper") or
    the name again, in another language or in Latin letters, a few words opening with a capital ("Eye on the
    Arctic", "Regard sur l'Arctique"; "المكتب الإعلامي لحكومة رأس الخيمة", "Ras Al Khaimah Media Office")."""
    for claim in claims[head + 1:head + 3]:
        if claim.rule in _MENU_RULES:
            return True
        if claim.rule != "boilerplate:pattern" and not (
                claim.rule == "header:short-line" and claim.line.words <= _SITE_NAME_MAX_WORDS
                and claim.line.text[:1].isupper() and not claim.line.text.endswith(_SENTENCE_STOPS)):
            return False
    return False


def _drop_a_section_said_again_over_the_body(claims: list[Claim]) -> None:
    """A short line read as the first paragraph that says again the section's name printed above the title ("News",
    the title, its byline and date, then "News" again over the caption, Homer News): chrome, as the first one is; so is
    the site's name at the top of the page said again a few lines below the title ("Sligo Champion" over the
    writer's name)."""
    head = next((index for index, claim in enumerate(claims) if claim.role is Role.HEADLINE), None)
    for index in range(head + 1, min(len(claims), head + _NAME_BELOW_TITLE_REACH)) if head is not None else ():
        claim = claims[index]  # the site's name again below the title, over the byline (Sligo Champion)
        if claim.role is Role.BODY and claim.line.words <= _SITE_NAME_MAX_WORDS \
                and _names_the_masthead(claim.line.text, claims[:head]):
            claims[index] = Claim(claim.line, Role.BOILERPLATE, "boilerplate:name-below-title")
    first = next((index for index, claim in enumerate(claims) if claim.role is Role.BODY), None)
    if first is None or claims[first].line.words > _SECTION_NAME_MAX_WORDS:
        return
    sections = {claim.line.key for claim in claims[:first] if claim.rule in _SECTION_RULES}
    if claims[first].line.key in sections:
        claims[first] = Claim(claims[first].line, Role.BOILERPLATE, "boilerplate:section-said-again")
    elif _the_sites_desk(claims[first].line, claims):
        claims[first] = Claim(claims[first].line, Role.BOILERPLATE, "boilerplate:the-sites-desk")


def _drop_header_chrome_said_again(claims: list[Claim]) -> None:
    """A line of the body that says again a line of chrome above the headline, word for word: the page's header
    printed again, as an article split over pages prints it on each (Radio Kledu: "Radio Kledu – La radio de Bamako"
    and its menu, then "Page 2 sur 2"), chrome as the first copy is."""
    head = next((index for index, claim in enumerate(claims) if claim.role is Role.HEADLINE), None)
    if not head:
        return
    header = {claim.line.text for claim in claims[:head] if claim.role is Role.BOILERPLATE}
    for index in range(head + 1, len(claims)):
        claim = claims[index]
        if claim.role is Role.BODY and claim.line.text in header:
            claims[index] = Claim(claim.line, Role.BOILERPLATE, "boilerplate:header-said-again")


def _the_sites_desk(line: Line, claims: list[Claim]) -> bool:
    """A short line that is the site's name at the top of the page and a word or two more, with no stop, where the
    body would begin: its desk credit ("TradeArabia News Service" below "TradeArabia"), no source of its own."""
    words = line.text.split()
    return not line.text.endswith(_SENTENCE_STOPS) and any(
        _names_the_masthead(" ".join(words[:count]), claims)
        for count in range(max(1, len(words) - _DESK_WORDS_MAX), len(words)))


def _drop_sections_among_related_titles(claims: list[Claim]) -> None:
    """A line among related titles that is one of the items of the page's menu printed on one line, set off by bars
    ("Actualités | Communauté | Sports | Arts et spectacles | …", then a title over "Arts et spectacles", Info
    Weekend): the item's section, chrome, no title of its own."""
    items = _items_of_menus(claims)
    for index, claim in enumerate(claims):
        if claim.role is Role.READ_ALSO_HEADLINE and claim.line.words <= _SECTION_NAME_MAX_WORDS \
                and claim.line.text in items:
            claims[index] = Claim(claim.line, Role.BOILERPLATE, "boilerplate:section-of-a-related-title")


def _a_rubric_over_a_title(line: Line, state: _State) -> bool:
    """A word or two, no stop or digit, at the head of a related list or right below one of its titles, over a longer
    title: the next item's rubric ("Dans la même rubrique", "Vie locale", then "Faa'a : le nouveau terminal …", Radio
    Tiare), chrome."""
    following = state.next_line
    return line.words <= _RUBRIC_MAX_WORDS and following is not None and following.words >= _RUBRIC_TITLE_MIN_WORDS \
        and (not state.read_also_items or bool(state.claims) and state.claims[-1].role is Role.READ_ALSO_HEADLINE) \
        and not line.text.endswith(_SENTENCE_STOPS) and not line.text.endswith(":") and not _DIGIT.search(line.text)


def _reclaim_a_signature_below(claims: list[Claim], end: int) -> None:
    """The article went on below an inline related link down to `end`, where a name alone was read as a second
    related title, with the article's source, tags or chrome below it ("KOSSI AGBÉKO", then "Source : …", Laabli):
    the writer's signature, given back to the body for the closing-name rules to read."""
    if end >= len(claims) or claims[end].role is not Role.READ_ALSO_HEADLINE:
        return
    line = claims[end].line
    below = claims[end + 1] if end + 1 < len(claims) else None
    if _NAME_LINE_MIN_WORDS <= line.words <= _NAME_LINE_MAX_WORDS and not line.text.endswith(_SENTENCE_STOPS) \
            and _looks_like_name(line.text) \
            and (below is None or below.role in (Role.SOURCE, Role.KEYWORDS, Role.BOILERPLATE)):
        claims[end] = Claim(line, Role.BODY, "body:paragraph")


def _a_source_over_an_item_and_the_tags(claims: list[Claim], index: int) -> bool:
    """The source line at `index` has one related item right below it, its title and paragraphs, and then the article's
    tags: the source was a table's, inside the article, which went on below the link (VietNamNet: "(Source: Central
    Steering Committee …)" below the figures, "Also Read: …", two paragraphs, then "Tags: …")."""
    if claims[index].role is not Role.SOURCE:
        return False
    below = [claim for claim in claims[index + 1:] if claim.role is not Role.BOILERPLATE]
    if not below or below[0].role is not Role.READ_ALSO_HEADLINE:
        return False
    end = 1
    while end < len(below) and below[end].role is Role.READ_ALSO_BODY:
        end += 1
    return 1 < end < len(below) and below[end].role is Role.KEYWORDS


def _a_source_between_paragraphs(claims: list[Claim], index: int) -> bool:
    """The source line at `index` has a paragraph of the body right below it: it credits a paragraph and closes no
    article (Ukrainska Pravda: "Source: Ukrainian Air Force", then "Details: The Air Force said …")."""
    return claims[index].role is Role.SOURCE and index + 1 < len(claims) and claims[index + 1].role is Role.BODY


def _drop_copies_of_cut_paragraphs(claims: list[Claim], paragraphs: list[int]) -> None:
    """A paragraph printed again further down, whose first copy had chrome glued to it ("… cycling
    bridge.Advertisement", then "… cycling bridge."): once the chrome is cut, the second copy is a doubled one
    (copies are otherwise caught as they are read, before any cut)."""
    cut: set[str] = set()
    for index in paragraphs:
        claim = claims[index]
        if claim.rule == GLUED_CHROME_RULE and word_count(claim.value) >= _REPEATED_MIN_WORDS:
            cut.add(claim.value)
        elif cut and claim.role is Role.BODY and claim.rule == "body:paragraph" and claim.line.text in cut:
            claims[index] = Claim(claim.line, Role.BOILERPLATE, _DOUBLED_RULE)


def _cut_glued_chrome(claims: list[Claim], paragraphs: list[int], glued: GluedChrome,
                      chrome_lines: frozenset[str]) -> None:
    """A paragraph (of `paragraphs`) with a share bar or a notice glued to it keeps its own words as its value; the
    chrome cut off goes with the page's chrome (`values`). What is left may be chrome itself, the bar's label ("شارك
    هذا المقال" glued to "فيسبوكواتسابتويتر") or its last button (a line of buttons alone, "Envoyer par e-mailBlogThis!
    …Partager sur Pinterest"): the whole line is chrome then."""
    for index in paragraphs:
        claim = claims[index]
        text, cut = cut_glued_chrome(claim.line.text, glued)
        if cut and text:
            if label_key(text) in chrome_lines or text.lower().rstrip(": ") in glued.button_names:
                claims[index] = Claim(claim.line, Role.BOILERPLATE, "boilerplate:glued-share-bar")
            else:
                claims[index] = claim._replace(rule=GLUED_CHROME_RULE, value=text, values=cut)


def _past_an_intertitle(claims: list[Claim], index: int, end: int, after: Claim) -> tuple[int, bool]:
    """(where the article's paragraphs below the related title at `index` end, whether they are its) when the line
    after the title's paragraphs (at `end`), `after`, was read as a second related title but is the article's
    intertitle: shorter than the title, a few words ending no sentence, with paragraphs below it and then the
    article's own source or tags (Telangana Today: "Also Read", a title, a paragraph, "Nala widening works", two
    paragraphs, "Tags: …"); else (`end`, False)."""
    title = claims[index].line
    if after.role is not Role.READ_ALSO_HEADLINE or after.rule.startswith("label:") \
            or not after.line.words <= _INTERTITLE_MAX_WORDS < title.words or after.line.text.endswith(_SENTENCE_STOPS):
        return end, False
    below = claims.index(after, end) + 1
    while below < len(claims) and claims[below].role is Role.READ_ALSO_BODY:
        below += 1
    closing = next((later for later in claims[below:] if later.role is not Role.BOILERPLATE), None)
    if below > claims.index(after, end) + 1 and closing is not None and closing.role in (Role.SOURCE, Role.KEYWORDS):
        return below, True
    return end, False


def _follows_an_item_with_its_lead(claims: list[Claim], index: int) -> bool:
    """The related title at `index` comes right after another item and its paragraphs: the next title
    of a list of titles with their leads (ndarinfo), which keeps its own."""
    above = next((claim for claim in reversed(claims[:index]) if claim.role is not Role.BOILERPLATE), None)
    return above is not None and above.role is Role.READ_ALSO_BODY


def _goes_on_below_a_link(after: Claim) -> bool:
    """The line after a related item's paragraphs shows the article went on: its own source,
    credit or tags, or another related link's label."""
    return after.role in (Role.SOURCE, Role.KEYWORDS, Role.READ_ALSO_LABEL) or after.rule == _CREDIT_BELOW_RELATED \
        or after.role is Role.READ_ALSO_HEADLINE and after.rule.startswith("label:")


def _credit_the_article(claims: list[Claim], start: int) -> None:
    """The credit lines right below paragraphs given back to the article are its sources."""
    for index in range(start, len(claims)):
        claim = claims[index]
        if claim.role is not Role.BOILERPLATE:
            return
        if claim.rule == _CREDIT_BELOW_RELATED:
            claims[index] = Claim(claim.line, Role.SOURCE, "source:outlet-line", claim.values[0], values=claim.values)


def _restates(paragraph: str, title: str, words: int = _LEAD_SHARED_WORDS) -> bool:
    """The paragraph repeats `words` words of the title, as a lead repeats its headline's."""
    title_words = {word for word in words_of(fold(title)) if len(word) >= _LEAD_WORD_MIN_CHARS}
    shared = title_words.intersection(words_of(fold(paragraph)))
    return len(shared) >= words


def _drop_repeated_datelines(claims: list[Claim], datelines: set[str]) -> None:
    """A dateline printed again below the header (some sites print it twice) is chrome, not a paragraph."""
    for index, claim in enumerate(claims):
        if claim.role is Role.BODY and claim.line.text in datelines:
            claims[index] = Claim(claim.line, Role.BOILERPLATE, "boilerplate:repeated-dateline")


def _glued_to_its_label(text: str, value: str) -> bool:
    """The label's value follows a letter, or its mark, with no space between ("LIRE AUSSIBamako : …", "اقرأ
    أيضاًارتفاع …")."""
    at = text.rfind(value) if value else -1
    return at > 0 and (text[at - 1].isalpha() or unicodedata.combining(text[at - 1]) > 0)


def _below_a_consent_banner(claims: list[Claim]) -> bool:
    """The last claim is chrome that only a long line of chrome comes before, or its buttons: a consent banner's
    "En savoir plus →" is its button, no related list (Le Républicain Lorrain)."""
    return bool(claims) and all(claim.role is Role.BOILERPLATE for claim in claims) \
        and any(claim.rule == "boilerplate:sentence" for claim in claims)


def _below_a_menu(claims: list[Claim]) -> bool:
    """The last claim is a menu's item or a section's name."""
    return bool(claims) and claims[-1].rule in ("boilerplate:menu", "boilerplate:section-name")


_POPULAR = "popular:"  # the rule of a line in a most-read list, until `_drop_popular_lists`


def _in_a_popular_list(claim: Claim) -> Claim:
    """A title or paragraph of a most-read list is read as a related article's, and marked, so that the
    whole article's second look may still give paragraphs below it back to the body."""
    if claim.role is Role.READ_ALSO_HEADLINE or claim.role is Role.READ_ALSO_BODY:
        return claim._replace(rule=_POPULAR + claim.rule)
    return claim


def _drop_popular_lists(claims: list[Claim]) -> None:
    """The titles of a list of the site's most read are chrome, no related articles."""
    for index, claim in enumerate(claims):
        if claim.rule.startswith(_POPULAR) and claim.role in (Role.READ_ALSO_HEADLINE, Role.READ_ALSO_BODY):
            claims[index] = Claim(claim.line, Role.BOILERPLATE, claim.rule)


def _one_name_or_two_full_names(names: tuple[str, ...], two_allowed: bool) -> bool:
    """One name; or, where `two_allowed`, two names of two words or more each ("Natalie Cheung and Kelvin
    Lau"; "Politics and Policy" names no one)."""
    if len(names) == 1:
        return names[0].count(" ") < _NAME_LINE_MAX_WORDS
    return two_allowed and len(names) == 2 and all(" " in name for name in names)


def _claim_footer_links(claims: list[Claim], wires: frozenset[str]) -> None:
    """A run of short lines closing the page, below the article's last paragraph, is the site's
    footer ("About Us", "Contact Us", "Privacy Policy", "Site Index"; "Mentions légales", "Nous
    joindre"): links, whatever the site calls them; so are outlets' names among them, above a
    link ("FRANCE 24", "RFI", "MCD": the group's sites), though not a wire's. A paragraph, or any
    other part of the article (its date, source, tags, related titles), ends the run; chrome
    inside it is passed over."""
    links: list[int] = []
    names: list[int] = []
    top = 0  # where the run ends
    for top in range(len(claims) - 1, -1, -1):
        claim = claims[top]
        if (claim.role is Role.BODY or claim.rule == _LISTED_BELOW_THE_ARTICLE) and _a_link(claim.line):
            links.append(top)
        elif links and claim.rule == "source:outlet-line" and claim.line.key == label_key(claim.value) \
                and claim.line.key not in wires:
            names.append(top)
        elif claim.role is not Role.BOILERPLATE and claim.role is not Role.UNPARSED:
            top += 1
            break
    if not any(claim.role is Role.BODY for claim in claims[:top]):
        return  # no paragraph above: short lines were the whole body
    if len(links) >= _FOOTER_MIN_LINKS:
        for index in links + names:
            claims[index] = claims[index]._replace(role=Role.BOILERPLATE, rule="boilerplate:footer-links")


def _cut_closing_editors_initials(claims: list[Claim], last_paragraphs: list[int]) -> None:
    """An editor's initials in small letters after a slash, closing the last paragraph ("… of the rainy season. /dbs",
    the Inquirer papers) or alone below it: the paragraph keeps its sentences, the initials go with the chrome."""
    if not last_paragraphs:
        return
    last = last_paragraphs[0]
    claim = claims[last]
    if claim.rule != "body:paragraph":
        return
    if _SLASHED_INITIALS.fullmatch(claim.line.text):
        claims[last] = Claim(claim.line, Role.BOILERPLATE, "boilerplate:editors-initials")
        return
    closing = _SLASHED_INITIALS_CLOSING.search(claim.line.text)
    if closing is not None:
        claims[last] = claim._replace(rule=GLUED_CHROME_RULE, value=claim.line.text[:closing.start()],
                                      values=(closing.group().strip(),))


def _claim_closing_arabic_initials(claims: list[Claim], last_paragraphs: list[int]) -> None:
    """The last paragraph that is an initial and a name in Arabic letters signs the article, as Algerian papers
    sign it ("ل. مريم", El Mouwatin; "ص. بلقاسم", El Massar): a byline."""
    last = last_paragraphs[0] if last_paragraphs else None
    if last is None or claims[last].role is not Role.BODY:
        return
    line = claims[last].line
    if _ARABIC_INITIALS.fullmatch(line.text):
        claims[last] = Claim(line, Role.BYLINE, "byline:closing-initials", line.text, authors=(line.text,))
    elif _CLOSING_INITIALS.fullmatch(line.text):  # "(HK/VK)" (bianet), "(ع.ف / م.ص)" (Debriefer): no names
        claims[last] = Claim(line, Role.BOILERPLATE, "boilerplate:editors-initials")


def _claim_the_footers_masthead(claims: list[Claim]) -> None:
    """The line right above the copyright notice that opens with the name it gives, the footer's masthead and
    tagline ("Nhân Dân en ligne - Organe central du Parti communiste du Vietnam", then "© Nhân Dân en ligne
    2025"; "Ripples Nigeria, without fear or favour"), is chrome, though it may follow related titles or
    paragraphs."""
    for index in range(len(claims) - 1, 0, -1):
        notice = claims[index].line.text
        if notice.startswith("©"):
            name = _COPYRIGHT_NAME.match(notice)
            above = claims[index - 1]
            if name is not None and above.role in _FOOTER_NAME_ROLES \
                    and fold(above.line.text).startswith(tuple(fold(name.group(1)) + mark for mark in (" ", ", "))):
                claims[index - 1] = above._replace(role=Role.BOILERPLATE, rule="boilerplate:footer-masthead")
            return


def _a_bar_of_links(line: Line) -> bool:
    """Three short links or more set off by bars or middle dots on one line, no date among them: the page's footer or
    its tags below a related list ("Impressum | Datenschutz | Kontakt", "Bourges | Industrie | Emploi | Social", "The
    Arctic Sounder · Contact · Advertise · Terms"), never a title, which a bar splits in two at most ("Lundi 10 Mars
    2025 - 18:20 | Sécheresse : …")."""
    mark = " | " if " | " in line.text else " · "
    if line.text.count(mark) < _LINK_BAR_MIN_ITEMS - 1 or _DIGIT.search(line.text):
        return False
    return all(word_count(item) <= _LINK_BAR_ITEM_MAX_WORDS for item in line.text.split(mark))


def _words_after_a_colon(text: str) -> bool:
    """Whether a colon stands in the line with a title's words after it, no figure ("FC Sion – FC Lugano 2-1 : les
    Sédunois renversent la vapeur"; not a footer's phone number, "… - الهاتف: 73 225 000")."""
    after = text.partition(":")[2]
    return word_count(after) >= _TITLE_REST_MIN_WORDS and _DIGIT.search(after) is None


def _a_labelled_bar_of_names(line: Line) -> bool:
    """A label and its colon, then three names or more set off by bars, a few words each, no digit: a footer's row
    ("Nos partenaires principaux : Groupe Mutuel | Provins | Banque Cantonale du Valais")."""
    label = _BAR_LABEL.match(line.text)
    if label is None or _DIGIT.search(line.text):
        return False
    names = line.text[label.end():].split(" | ")
    return len(names) >= _LINK_BAR_MIN_ITEMS and all(word_count(name) <= _LABELLED_BAR_NAME_MAX_WORDS for name in names)


def _a_link(line: Line) -> bool:
    """A footer link's words: short, no sentence in them ("Do Not Sell or Share My Personal
    Information", "ap.org"; not "Reporting by X, editing by Y.")."""
    return line.words <= _FOOTER_LINK_MAX_WORDS and not line.text.endswith(_SENTENCE_STOPS) \
        and _CLAUSE_MARK.search(line.text) is None


def _settle_headerless_body(claims: list[Claim]) -> list[Claim]:
    """No paragraph was ever found: the short header lines were the body after all."""
    return [
        Claim(claim.line, Role.BODY, "body:short-paragraph") if claim.role is Role.UNPARSED else claim
        for claim in claims
    ]


_DECK_MAX_LINES = 2
_DECK_WORDS = range(6, 46)  # a sentence or two: "Three groups pre-qualified; reserve price to be announced …"
_META_ROLES = (Role.DATE, Role.TIME, Role.UPDATED, Role.BYLINE)
_NO_DECK_BELOW = (Role.READ_ALSO_LABEL, Role.READ_ALSO_HEADLINE)
# a wire's dateline opens the first paragraph, never a deck: a place of up to four words (maybe its wire in
# brackets) then a dash, "القاهرة - …", "ABU DHABI (WAM) -- …"; or a place in capitals then a comma or a bracket
_OPENING_PLACE = regex.compile(r"^\S+(?:\s\S+){0,3}?\s?(?:\([^)]{1,40}\)\s*)?[—–-]{1,2}\s"
                               r"|^\p{Lu}[\p{Lu}\s.'-]{2,}[,(]")


def _set_the_deck_apart(claims: list[Claim]) -> None:
    """The deck (standfirst, chapô): a paragraph or two right below the headline, over the byline or date block
    that the body opens below ("Guard and driver unions say …", a caption, the writers, "Tue 9 Mar 2027 07.45 GMT",
    then the first paragraph). Whether it also opens the body is the profile's call (`body.deck_in_body`)."""
    head = next((index for index, claim in enumerate(claims) if claim.role is Role.HEADLINE), None)
    if head is None:
        return
    deck = []
    for index in range(head + 1, min(head + 1 + _DECK_MAX_LINES, len(claims))):
        if claims[index].role is not Role.BODY:
            break
        deck.append(index)
    if not deck or any(claims[index].line.words not in _DECK_WORDS for index in deck) \
            or _OPENING_PLACE.match(claims[deck[0]].line.text):
        return
    end = deck[-1] + 1  # the next paragraph: the body opens there
    while end < len(claims) and claims[end].role is not Role.BODY:
        end += 1
    roles = {claim.role for claim in claims[deck[-1] + 1:end]}
    if end == len(claims) or roles.isdisjoint(_META_ROLES) or not roles.isdisjoint(_NO_DECK_BELOW):
        return
    for index in deck:
        claims[index] = claims[index]._replace(role=Role.DECK, rule="deck:below-the-headline")

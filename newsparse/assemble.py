"""Build the record's fields from the claimed lines: `Parts` sorts them in one pass."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import regex

from .credits import caseless, trailing_credit, trailing_initials, trailing_wires
from .dates import DateResult, DateVocabulary, parse_time
from .keywords import ArticleWords, split_keywords
from .layout import (
    BYLINE_WITH_TIME_RULE,
    GLUED_CHROME_RULE,
    GLUED_LABEL_RULE,
    GLUED_RELATED_RULE,
    TAG_LINE_RULE,
    TAGS_GLUED_TO_A_SOURCE_RULE,
    TAGS_GLUED_TO_CHROME_RULE,
    Claim,
    Role,
)
from .normalize import WORD, unique_folded
from .profile import Profile, label_key, names_outlet
from .record import RelatedArticle

# "(Kurdistan24) -", and with a colon as Pakistan's and India's wires print it: "ISLAMABAD, Mar 7 (APP): …"
_OPENING_CREDIT = regex.compile(r"[^()\n]{2,80}?\(((?=[^()]*[^\W\d_])[^()]{2,30})\)\.?\s*(?:[-–—]{1,3}|:)\s")
# without the dash: "بغداد (الفرات نيوز) أعلنت …", for an outlet only
_OPENING_BRACKETED_OUTLET = regex.compile(r"([^()\n]{2,40}?)\(([^()\d]{2,30})\)\s+(?=\p{L})")
_OPENING_OUTLET = regex.compile(r"([^\s«»\-–—/:()\d][^«»\-–—/:()\d\n]{1,29}?)\s*[-–—/]\s*\S")  # "عمون - أقر …"
# a place, then an outlet in guillemets or quotes: "لندن- «القدس العربي»: كشفت …", 'بيت لحم - "الأيام": …'
_PLACE_THEN_QUOTED_OUTLET = regex.compile(
    r"[^«»\"“”\-–—ـ:\n]{2,30}?\s*[-–—ـ:]\s*[«\"“]([^«»\"“”\n]{2,30})[»\"”]\s*[:\-–—ـ]")  # a spaced tatweel too
# A place of up to three words, then a dash or slash, or its numeric date and a space; then the rest
_PLACE_THEN_AGENCY = regex.compile(
    r"(?:\p{L}+ ){0,2}\p{L}+(?P<separator>\s*[-–—/]\s*|\s+\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\s+)(?P<rest>\p{L}.{1,60})")
# The Gulf agencies' house style: "المنامة في 20 مايو / بنا / استقبل …", "مسقط في 5 مارس /العُمانية/ …"
_PLACE_DAY_THEN_AGENCY = regex.compile(r"(?:\p{L}+ ){1,4}\d{1,2} \p{L}+(?: \d{4})?\s*/\s*([^/\n]{2,20}?)\s*/")
# A place in title case or capitals (and its country), then an outlet in capitals and a dash
_PLACE_THEN_CAPITALS = regex.compile(r"((?:\p{Lu}[\p{L}.'’\-]*,? ){1,5}?)(\p{Lu}{2,})\s+[—–-]{1,2}\s")
# a place and a day before a wire's name in capitals, no brackets: "Ho, Feb. 20, GNA – …" (GNA), "BRIDGETOWN,
# Barbados, May 14, CMC – …" (CMC)
_PLACE_DAY_THEN_CAPITALS = regex.compile(
    r"((?:\p{Lu}[\p{L}.'’\-]*,? ){1,4}?(?:\p{L}{3,9}\.? \d{1,2}|\d{1,2} \p{L}{3,9}\.?),? )(\p{Lu}{2,})\s+[—–-]{1,2}\s")
# a release wire between slashes after the place and the day: "SAGUENAY, QC, le 12 mai 2026 /CNW/ - …", "ROCKFORD,
# Ill., Oct. 6, 2026 /NewsWire Direct/ -- …"
_WIRES_WORD = r"\p{Lu}[\p{L}\p{N}.&'’-]*"
_RELEASE_WIRE = regex.compile(rf"[^/\n]{{6,80}}?\d\s/\s?({_WIRES_WORD}(?: {_WIRES_WORD}){{0,3}})\s?/\s*[-–—]{{1,3}}\s")
_DATELINE_REACH = 90  # characters: the farthest any opening credit's mark may stand
_DATELINE_MARK = regex.compile(r"[-–—/:«]")  # a dash, slash or colon after the place, or guillemets
_DATELINE_PARAGRAPHS = 3  # a wire's dateline may open the third paragraph, below a deck and a caption
_WIRE_AFTER_A_SENTENCE = regex.compile(r"[.!?؟»\"”]\s*\(([^()\d]{2,30})\)$")  # "… في السودان. (رويترز)"
_AGENCY_ACRONYM = regex.compile(r"[A-Z]{2,5}")  # an agency's acronym in a dateline's brackets: "(PNS)", "(UNB)"
_INITIALS_SPLIT = regex.compile(r"[\s\-]+")  # "Agence France-Presse" → A F P
_PLACE_PARTS = regex.compile(r"\s*[،,]\s*")
_MAX_PLACE_WORDS = 6
_SEPARATOR_AFTER = regex.compile(r"[:\-–—/]+$")
_MAX_AGENCY_WORDS = 3
_DATE_LABEL_RULES = ("label:date", "label-value:date")  # the rules of a date a publication label gives
_DATED_ROLES = (Role.DATE, Role.UPDATED, Role.TIME)
_FIELDS_BLOCK_REACH = 3  # claims from one date to another in the same block of fields below the headline
_LABEL_ROLES = (Role.SOURCE, Role.KEYWORDS, Role.BYLINE, Role.READ_ALSO_LABEL)  # a label alone gives no value
_DATE_BELOW_HEADLINE_REACH = 3  # claims that are no chrome: the article's date line right below its headline


class Parts:
    """The claims of an article sorted, in one pass, by the field they feed."""

    __slots__ = ("claims", "headline", "headline_index", "body", "first_body", "last_body", "dated", "dated_below",
                 "dated_labelled", "dated_unread", "updated", "keywords", "authors", "unparsed", "deck")

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.claims = claims
        self.headline: str | None = None
        self.headline_index = -1
        self.body: list[str] = []
        self.first_body = self.last_body = -1  # index of the first and the last body claim
        self.dated = self.updated = -1  # index of the first claim holding a published / updated date
        self.dated_below = -1  # index of the first published date below the headline, when one came above it
        self.dated_labelled = -1  # index of the first published date a label gives below the headline ("نُشر بتاريخ: …")
        self.dated_unread = -1  # index of the first published date that could not be read
        self.keywords: list[tuple[str, bool]] = []  # (value, whether it is one whole tag)
        self.authors: list[str] = []
        self.unparsed: list[str] = []
        self.deck: list[str] = []
        for index, claim in enumerate(claims):
            role = claim.role
            if role is Role.BODY:
                if claim.rule == GLUED_CHROME_RULE or claim.rule == GLUED_RELATED_RULE:
                    self.body.append(claim.value)  # the paragraph's words (the chrome or link glued to it elsewhere)
                elif claim.rule == GLUED_LABEL_RULE:
                    self.body.append(claim.value)
                    self._glued_label(claim, index)
                else:
                    self.body.append(claim.line.text)
                if self.first_body < 0:
                    self.first_body = index
                self.last_body = index
                if claim.date is not None and self.dated < 0:  # a wire dateline opening the first paragraph
                    self.dated = index
            elif role is Role.UNPARSED:
                self.unparsed.append(claim.line.text)
            elif role is Role.DECK:
                self.deck.append(claim.line.text)
            elif role is Role.HEADLINE:
                if self.headline is None:
                    self.headline, self.headline_index = claim.line.text, index
                    if claim.rule == GLUED_LABEL_RULE:
                        self.headline = claim.value
                        self._glued_label(claim, index)
                    elif claim.rule == GLUED_CHROME_RULE:  # a section's name glued to it
                        self.headline = claim.value
            elif role is Role.KEYWORDS:
                if claim.value:
                    self.keywords.append((claim.value, claim.rule == TAG_LINE_RULE))
            elif claim.date is not None:
                if role is Role.DATE:
                    if claim.date.iso is not None:
                        if self.dated < 0:
                            self.dated = index
                        elif self.dated_below < 0 and self.dated < self.headline_index < index:
                            self.dated_below = index
                        if self.dated_labelled < 0 and claim.rule.startswith(_DATE_LABEL_RULES) \
                                and 0 <= self.headline_index < index:  # (below the headline: the article's)
                            self.dated_labelled = index
                    elif self.dated_unread < 0:
                        self.dated_unread = index
                elif role is Role.UPDATED and self.updated < 0:
                    self.updated = index
            if claim.authors:
                self.authors.extend(claim.authors)

    def _glued_label(self, claim: Claim, index: int) -> None:
        """What a label glued to the end of a headline or paragraph gives (`values`: its kind, then its values)."""
        kind = claim.values[0]
        if kind == "keywords":
            self.keywords.append((claim.values[1], False))
        elif kind == "updated" and self.updated < 0:
            self.updated = index
        elif kind == "date" and claim.date is not None and claim.date.iso is not None:
            if self.dated < 0:
                self.dated = index
            elif self.dated_below < 0 and self.dated < self.headline_index <= index:
                self.dated_below = index  # the date glued to the headline, a date of the day above it


def authors(parts: Parts) -> tuple[str, ...]:
    return unique_folded(parts.authors)


class FoundDate(NamedTuple):
    """The record's date, what was doubted about it, and the indices of the claims it was read from."""

    result: DateResult | None
    warnings: list[str]
    claims: tuple[int, ...] = ()


def publication_date(parts: Parts, vocabulary: DateVocabulary, issue_labels: frozenset[str]) -> FoundDate:
    """The first published date (a time on its own line next to it completes it); else updated;
    else a published date that could not be read (its `raw`, with a warning)."""
    claims = parts.claims
    if parts.dated_below >= 0 and _right_below(claims, parts.headline_index, parts.dated_below) \
            and not _an_event_after(parts, parts.dated_below):
        index, warnings = parts.dated_below, []  # a site's date of the day above its masthead: the article's is below
    elif 0 <= parts.dated < parts.headline_index < parts.dated_labelled \
            and not claims[parts.dated].rule.startswith(_DATE_LABEL_RULES) \
            and not _an_event_after(parts, parts.dated_labelled) \
            or _an_issue_above(parts, issue_labels) or _a_labelled_date_in_the_same_block(parts):
        index, warnings = parts.dated_labelled, []  # and a label gives the article's, further down (Al-Thawra)
    elif parts.dated >= 0:
        index, warnings = parts.dated, []
    elif parts.updated >= 0:
        index, warnings = parts.updated, ["no publication date found; used the last-updated date"]
    elif parts.dated_unread >= 0:
        index, warnings = parts.dated_unread, []
    else:
        return FoundDate(None, [])
    found: DateResult = claims[index].date  # type: ignore[assignment]
    if found.iso is None or "T" in found.iso:
        return FoundDate(found, warnings, (index,))
    for after in range(index + 1, min(index + 4, len(claims))):
        claim = claims[after]
        if claim.role is Role.TIME:  # "21-11-2025", "|", "01:27" on three lines: the time belongs to the date
            return FoundDate(_with_time(found, claim.value or claim.line.text, vocabulary), warnings, (index, after))
        fuller = claim.date if claim.role is Role.DATE else None
        if fuller is not None and fuller.iso is not None and fuller.iso.startswith(f"{found.iso}T"):
            # the day on the byline, then the publication line with its time: "بقلم: … | السبت، 21 فبراير 2026",
            # "نشر في: … 09:30 صباحاً (بتوقيت الخرطوم)"
            return FoundDate(fuller, warnings, (index, after))
        if claim.role is not Role.BOILERPLATE:
            break
    signed = next((claim for claim in claims[index + 1:] if claim.rule == BYLINE_WITH_TIME_RULE), None)
    if signed is not None:  # Blogger: the date above the title, "Publié par Chezvlane à 11:32" below the article
        return FoundDate(_with_time(found, signed.value, vocabulary), warnings, (index,))
    return FoundDate(found, warnings, (index,))


def _an_event_after(parts: Parts, index: int) -> bool:
    """The date below the headline at `index` is a day after the date above it: an event's ("Date : jeudi 29 avril
    2027 à 9 h 00", a thesis defence announced on 21 April), no publication, which the page's date cannot precede."""
    above, labelled = parts.claims[parts.dated].date, parts.claims[index].date
    return above is not None and labelled is not None and bool(above.iso) and bool(labelled.iso) \
        and labelled.iso[:10] > above.iso[:10]  # type: ignore[index]


def _a_labelled_date_in_the_same_block(parts: Parts) -> bool:
    """Below the headline, a date line with no publication label (another label's, "Création : mercredi 18 novembre
    2026 17:40"), then a few lines below, in the same block of fields, a publication label's date ("Publication :
    jeudi 19 novembre 2026 10:22", Joomla): the label's is the article's."""
    return 0 <= parts.headline_index < parts.dated < parts.dated_labelled <= parts.dated + _FIELDS_BLOCK_REACH \
        and not parts.claims[parts.dated].rule.startswith(_DATE_LABEL_RULES)


def _an_issue_above(parts: Parts, issue_labels: frozenset[str]) -> bool:
    """The first date is a print edition's issue line above the headline ("العدد 4712 | الأربعاء 10 ديسمبر 2025"),
    and a publication label gives the article's below it: the issue's date is the paper's, not the article's."""
    return 0 <= parts.dated < parts.headline_index < parts.dated_labelled \
        and parts.claims[parts.dated].rule.removeprefix("label:date:") in issue_labels


def _right_below(claims: Sequence[Claim], headline: int, index: int) -> bool:
    """Whether the claim at `index` stands right below the headline: a few claims between them (a byline, a
    deck), chrome not counted (a writer's role and e-mail address)."""
    between = sum(claim.role is not Role.BOILERPLATE for claim in claims[headline + 1 : index])
    return between < _DATE_BELOW_HEADLINE_REACH


def _with_time(result: DateResult, time: str, vocabulary: DateVocabulary) -> DateResult:
    hour, minute, second = parse_time(time, vocabulary=vocabulary)  # type: ignore[misc]
    clock = f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if second is not None else "")
    return DateResult(f"{result.iso}T{clock}", f"{result.raw} {time}", result.warnings)


def chrome(parts: Parts, dated: tuple[int, ...]) -> tuple[str, ...]:
    """The lines kept in `boilerplate`, in order: page chrome, and every line that gives the record nothing of
    its own, so that no line is lost: a label alone on its line ("Read also", "Tags :"), a date line the
    record's date was not read from (a date of the day, an update), a headline said twice."""
    kept: list[str] = []
    for index, claim in enumerate(parts.claims):
        role = claim.role
        if role is Role.BOILERPLATE or role is Role.NAVIGATION:
            kept.append(claim.line.text)
        elif role is Role.BODY:
            if claim.rule == GLUED_CHROME_RULE:
                kept.extend(claim.values)
            elif claim.rule == GLUED_RELATED_RULE:
                kept.append(claim.values[1])  # the label: "READ MORE:"
        elif role in _DATED_ROLES:
            if index not in dated:
                kept.append(claim.line.text)
        elif role in _LABEL_ROLES:
            if not (claim.values or claim.authors or claim.value and WORD.search(claim.value)):
                kept.append(claim.line.text)  # (a value of no word gives no field anything: "كلمات دلالية: |")
            elif role is Role.SOURCE and claim.value and not _credited(index, claim, parts):
                kept.append(claim.line.text)  # the site's own name credits no one: the line is chrome
            elif claim.rule == TAGS_GLUED_TO_CHROME_RULE:
                kept.extend(claim.values)  # the share bar the tags were glued to
        elif role is Role.HEADLINE:
            if index != parts.headline_index:
                kept.append(claim.line.text)
            elif claim.rule == GLUED_CHROME_RULE:
                kept.extend(claim.values)
    return tuple(kept)


def sources(parts: Parts, profile: Profile) -> tuple[str, ...]:
    """Every source value in line order: labels, outlet lines, headline suffix, trailing credit."""
    found: list[tuple[int, str]] = []
    for index, claim in enumerate(parts.claims):
        if claim.role is Role.SOURCE and claim.value:
            found.extend((index, value) for value in _credited(index, claim, parts))
        elif claim.rule == GLUED_LABEL_RULE and claim.values[0] == "source":
            found.extend((index, value) for value in claim.values[1:])  # "… السياحة.المصدر: وكالة الأنباء"
        elif claim.rule == TAGS_GLUED_TO_A_SOURCE_RULE:
            found.extend((index, value) for value in claim.values)  # "المصدر: كوناكلمات دلالية: …"
        elif claim.values and claim.role in (Role.BYLINE, Role.DATE):
            # a byline's agencies ("Par Julie Lambert avec Belga"), not the site's own name; a dateline's wire ("… 2025
            # م واس"), even on its own site ("Baku, June 12, AZERTAC" below "AZERTAC"), not the page's type or section
            # beside the date ("Communiqué de presse | 01 décembre 2026")
            found.extend((index, value) for value in claim.values
                         if (label_key(value) not in profile.section_names if claim.role is Role.DATE
                             else not _the_sites_own_name(value, parts)))
    if parts.headline is not None:
        suffix = _outlet_suffix(parts.headline, profile)
        if suffix:
            found.append((parts.headline_index, suffix))
    wire = _first_opening_credit(parts.body, profile)
    if wire:  # the wire's credit even on its own site: "Kaolack, 14 mars (APS) – …" under "APS - Agence de Presse …"
        found.append((parts.first_body, wire))
    found.extend(_wires_closing_entries(parts, profile))
    if parts.last_body >= 0:
        last = parts.claims[parts.last_body].line.text
        credits = trailing_wires(last, profile) \
            or (trailing_credit(last, profile) or trailing_initials(last, authors(parts)) or "",)
        found.extend((parts.last_body, credit) for credit in credits if credit)
    return unique_folded(value for _, value in sorted(found, key=lambda item: item[0]))


def _wires_closing_entries(parts: Parts, profile: Profile) -> list[tuple[int, str]]:
    """The known wires in brackets after the last sentence of a paragraph above the last one: a live page's or a
    round-up's entries each credit their own ("… من الفيضانات في السودان. (رويترز)")."""
    found: list[tuple[int, str]] = []
    for index in range(parts.first_body, parts.last_body):
        claim = parts.claims[index]
        if claim.role is Role.BODY and claim.line.text.endswith(")"):
            wire = _WIRE_AFTER_A_SENTENCE.search(claim.line.text)
            if wire is not None and label_key(wire.group(1)) in profile.wire_names:
                found.append((index, wire.group(1)))
    return found


def _credited(index: int, claim: Claim, parts: Parts) -> tuple[str, ...]:
    """The sources a source claim (at `index`) gives: none when it names the page's own site."""
    if index < parts.headline_index and claim.rule == "source:outlet-and-place" \
            and (index == 0 or _named_in_the_copyright(claim.value, parts)):
        # the page's masthead and tagline or place, its first line ("Radio Savane FM 103.4 – Ouagadougou") or named by
        # the copyright notice ("DIA – Dernières infos d'Algérie", then "© 2025 DIA – …")
        return ()
    values = claim.values or (claim.value,)
    if index < parts.first_body and not claim.rule.startswith("label:") or claim.rule == "source:desk-code":
        # the site's own name in the header ("By Jane Doe", then "Arab News"), unlike a source label's value or its
        # sign-off below the article ("– Rappler.com"); nor is the agency closing a wire's desk code below the
        # article when it is the site's own ("AN/ac/APA" on APAnews, "© APAnews 2026")
        values = tuple(value for value in values if not _the_sites_own_name(value, parts))
    return values


def _after_a_dash(name: str) -> tuple[str, ...]:
    """How a line closes with `name` set off by a dash from what precedes it ("وكالة السودان للأنباء - سونا")."""
    return tuple(f" {dash} {name}" for dash in "-–—")


def _before_a_dash(name: str) -> tuple[str, ...]:
    """How a line opens with `name` set off by a dash from what follows ("AGP – Agence Gabonaise de Presse")."""
    return tuple(f"{name} {dash} " for dash in "-–—")


def _the_sites_own_name(name: str, parts: Parts) -> bool:
    """`name` is the page's own site, printed as chrome above the headline (its masthead) or in its copyright notice
    ("Mali Tribune" above the menu, then "Bamako, 8 sept (Mali Tribune) – …"; its domain, with any ending: "UzDaily.uz",
    then "(UzDaily.com)"; its initials in brackets after its name: "وكالة الأنباء الوطنية الصومالية (صونا)", or
    set off from it by a dash: "AGP – Agence Gabonaise de Presse", "وكالة السودان للأنباء - سونا"): the site's name
    in the header or a desk code naming the publisher credits no one (a dateline naming it still does)."""
    key = _without_domain_ending(label_key(name))
    squashed = key.replace(" ", "")  # "miningweekly.com" under "Mining Weekly"
    bracketed, dashed = f"({name})", _before_a_dash(name)
    for index, claim in enumerate(parts.claims):
        if claim.role is Role.BOILERPLATE and (
                index < parts.headline_index and (_without_domain_ending(claim.line.key).replace(" ", "") == squashed
                                                  or claim.line.text.endswith(bracketed)
                                                  or claim.line.text.startswith(dashed)
                                                  or claim.line.text.endswith(_after_a_dash(name)))
                or _a_copyright_naming(key, claim)):
            return True
    return False


def _named_in_the_copyright(name: str, parts: Parts) -> bool:
    """`name` is the site the page's copyright notice names ("© 2025 DIA – Dernières infos d'Algérie …")."""
    key = label_key(name)
    return any(_a_copyright_naming(key, claim) for claim in parts.claims)


def _a_copyright_naming(key: str, claim: Claim) -> bool:
    """A copyright notice naming `key` ("© 2026 Gulf Times", "Lefaso.net © 2003-2024"), not a caption's credit
    ("… sur le quai de la Batte. © Belga")."""
    return "©" in claim.line.text and key in claim.line.key and not claim.rule.startswith("boilerplate:caption")


def _without_domain_ending(key: str) -> str:
    """A site's name without its domain's ending: "uzdaily.com" and "uzdaily.uz" are one site."""
    stem, dot, ending = key.rpartition(".")
    return stem if dot and stem and 2 <= len(ending) <= 6 and ending.isalpha() else key


def _outlet_suffix(text: str, profile: Profile) -> str | None:
    for separator in profile.title_separators:
        if separator in text:
            suffix = text.rsplit(separator, 1)[1].strip()
            if suffix and names_outlet(suffix, profile):
                return suffix
    return None


def _first_opening_credit(body: Sequence[str], profile: Profile) -> str | None:
    """The wire credited by the dateline opening the first paragraph, or, below a deck or a caption the body kept,
    by a wire's dateline in brackets opening the second or third ("Berne (ATS) – …" below the standfirst)."""
    if not body:
        return None
    wire = _opening_credit(body[0], profile)
    for paragraph in body[1:_DATELINE_PARAGRAPHS] if wire is None else ():
        match = _OPENING_CREDIT.match(paragraph) if "(" in paragraph[:_DATELINE_REACH] else None
        if match and _a_datelines_place(paragraph[: match.start(1)], match.group(1)) \
                and _a_wires_name(match.group(1).strip(), paragraph[: match.start(1)], profile):
            return match.group(1).strip()
    return wire


def _a_wires_name(name: str, before: str, profile: Profile) -> bool:
    """A known outlet in a dateline's brackets, or an agency's acronym in capitals the profile lacks after a place in
    capitals or a date ("SUVA, Fiji (PNS) — …", "Dhaka, Oct 18 (UNB) - …")."""
    if names_outlet(name, profile):
        return True
    return _AGENCY_ACRONYM.fullmatch(name) is not None \
        and (any(char.isdigit() for char in before) or before.split(None, 1)[0].isupper())


def _opening_credit(text: str, profile: Profile) -> str | None:
    """The wire or site credited by the dateline opening the first paragraph: in brackets ("CAIRO,
    March 12 (Reuters) - …", "القاهرة (رويترز) - …"), opening it ("شفق نيوز/ صوّت مجلس النواب …"),
    in guillemets after a place ("لندن- «القدس العربي»: كشفت …"), in slashes after a place and
    day ("المنامة في 20 مايو / بنا / …"), or after a place and a dash ("الدوحة - قنا: بحث …")."""
    head = text[:_DATELINE_REACH]  # each shape needs a mark this near the start: test for it first
    match = _OPENING_CREDIT.match(text) if "(" in head else None
    if match and _a_datelines_place(text[: match.start(1)], match.group(1)) \
            and _a_wires_name(match.group(1).strip(), text[: match.start(1)], profile):
        return match.group(1).strip()
    match = _OPENING_BRACKETED_OUTLET.match(text) if match is None and "(" in head else None
    if match and _a_datelines_place(match.group(1), match.group(2)) \
            and names_outlet(match.group(2).strip(), profile):
        return match.group(2).strip()
    if not _DATELINE_MARK.search(head):
        return None
    match = _PLACE_THEN_CAPITALS.match(head) or _PLACE_DAY_THEN_CAPITALS.match(head)  # "Beirut, Lebanon CNN — …"
    if match and _a_datelines_place(match.group(1), match.group(2)) \
            and label_key(match.group(2)) in profile.outlet_names:
        return match.group(2)
    match = _OPENING_OUTLET.match(text)
    if match and names_outlet(match.group(1).strip(), profile):
        return match.group(1).strip()
    match = _PLACE_THEN_QUOTED_OUTLET.match(text) if "«" in head or '"' in head or "“" in head else None
    if match:
        return match.group(1).strip()
    match = _PLACE_DAY_THEN_AGENCY.match(text) if "/" in head else None
    if match and label_key(match.group(1)) in profile.outlet_names:
        return match.group(1).strip()
    match = _RELEASE_WIRE.match(text) if "/" in head else None
    if match:
        return match.group(1)
    return _credit_after_place(text, profile)


def _a_datelines_place(before: str, agency: str) -> bool:
    """What stands before a wire's name in brackets is a dateline: a date, a place in capitals, or a
    place of two words at most and its country ("Beirut, Lebanon (AP) — …", "القاهرة (رويترز) - …",
    "دبي، الإمارات العربية المتحدة (CNN)-- …"), in title case where the script has capitals.
    "Agence France-Presse (AFP) - one of …" spells out the name in brackets, and "ذكرت وكالة
    الأنباء الرسمية (سانا) - …" opens a sentence: they name the agency, crediting none."""
    if any(char.isdigit() for char in before):
        return True
    place = [part for part in _PLACE_PARTS.split(before.strip(" (")) if part]
    if not place:
        return False
    if place[0].split(None, 1)[0].isupper():
        return True  # "CAIRO/DOHA, March 12 (Reuters) -", "JEDDAH, Saudi Arabia (AP) —"
    words = [word for part in place for word in part.split()]
    if any(word[:1].islower() for word in words):
        return False  # "Officials from the World Health Organization (WHO) - …"
    initials = "".join(word[0] for word in _INITIALS_SPLIT.split(" ".join(words)) if word)
    return (place[0].count(" ") <= 1 and len(words) <= _MAX_PLACE_WORDS
            and initials.casefold() != agency.replace(".", "").replace(" ", "").casefold())


def _credit_after_place(text: str, profile: Profile) -> str | None:
    """A known agency after the dateline's place (and date), then the story: "الدوحة - قنا: بحث
    …", "بيت لحم- معا- اعتقلت …", "طهران/ إرنا- أكد …", "دمشق-سانا افتتح …", "رام الله 9-4-2024
    وفا- أعلنت …". Only a known name: "غزة - الوضع الإنساني …" credits no one."""
    match = _PLACE_THEN_AGENCY.match(text)
    if match is None:
        return None
    words = match.group("rest").split()
    # a dash glued to both words takes a wire's name: SANA's "دمشق-سانا افتتح", but "العلاقات
    # الجزائرية-الفرنسية" are relations; only that dash lets the name end without a separator
    # ("بيروت - العربية تكشف …" may be a sentence)
    glued = match.group("separator") == "-"
    names = profile.wire_names if glued else profile.outlet_names
    for count in range(min(_MAX_AGENCY_WORDS, len(words) - 1), 0, -1):  # text must follow the name
        if any(_SEPARATOR_AFTER.search(word) for word in words[: count - 1]):
            continue  # "قنا: بحث": a separator glued to a word ends the name there
        name = " ".join(words[:count])
        separated = _SEPARATOR_AFTER.search(name) is not None or _SEPARATOR_AFTER.fullmatch(words[count])
        name = _SEPARATOR_AFTER.sub("", name).strip()
        if (separated or (glued and caseless(name))) and label_key(name) in names:
            return name  # glued, an Arabic wire's name: "Road-map talks" name none
    return None


def keywords(parts: Parts, profile: Profile) -> tuple[tuple[str, ...], list[str]]:
    if not parts.keywords:
        return (), []
    tags: list[str] = []
    warnings: list[str] = []
    # the page's own text is the evidence that words form one tag: the article and the related
    # articles' paragraphs below it ("وزارة الخارجية الروسية" may only occur in the latter; their
    # titles join names with no "و": "اتفاق السعودية إيران")
    article = ArticleWords("\n".join([parts.headline or "", *parts.body, *_related_text(parts)]), profile.keywords)
    for value, whole in parts.keywords:
        if whole:  # a line of a one-tag-per-line list
            tags.append(value)
            continue
        split = split_keywords(value, profile.keywords, article)
        tags.extend(split.tags)
        if split.guessed:
            warnings.append(f"keywords joined by spaces were split by rule into {len(split.tags)} tags (a guess)")
    return unique_folded(tags), warnings


def _related_text(parts: Parts) -> list[str]:
    return [claim.value for claim in parts.claims if claim.role is Role.READ_ALSO_BODY and claim.value]


def read_also(parts: Parts) -> tuple[RelatedArticle, ...]:
    """The related articles in page order. A scraper that doubled a block doubles its titles and paragraphs
    too (Ahval's related box printed twice): an item said again is one item, a paragraph said again one."""
    items: list[tuple[str, list[str]]] = []
    by_title: dict[str, list[str]] = {}
    current: list[str] | None = None  # the paragraphs of the item being read
    for claim in parts.claims:
        titles = (claim.values or (claim.value,)) if claim.role is Role.READ_ALSO_HEADLINE else \
            claim.values[:1] if claim.rule == GLUED_RELATED_RULE else ()
        if titles:
            for title in titles:  # (a label's one line may give two titles: "… | …")
                current = by_title.get(title)
                if current is None:
                    current = by_title[title] = []
                    items.append((title, current))
        elif claim.role is Role.READ_ALSO_BODY and current is not None and claim.value not in current:
            current.append(claim.value)
    return tuple(RelatedArticle(title, "\n\n".join(paragraphs)) for title, paragraphs in items)

"""The credit that closes a paragraph: an outlet in brackets, or a wire's name after a dash or a
sentence. Read by the layout (a related link below a credited paragraph follows a closed
article) and by assembly (the last paragraph's credit is a source)."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from .profile import Profile, label_key, names_outlet

_TRAILING_CREDIT = regex.compile(r"\(([^()\d]{2,40})\)\s*\.?$")
# An agency's initials the profile does not know, in brackets after the paragraph's last sentence: "… monsoon. (RSS)"
_INITIALS_AFTER_A_SENTENCE = regex.compile(r"[.!?”\"]\s*\((\p{Lu}{2,6})\)$")
# A wire's name closing a paragraph, after a dash or a sentence's end: "… - Reuters", "… year. REUTERS"
_TRAILING_WIRE = regex.compile(
    r"(?:(?P<dash>\s[-–—])|[.!?؟»\"”])\s*(?P<name>[^\W\d_][^\s.]*(?: [^\W\d_][^\s.]*){0,2})\.?$")
_TRAILING_WIRE_REACH = 40
_TRAILING_WIRES = regex.compile(r"[.!?”\"]\s+(\p{Lu}[\p{Lu}.]{1,14}(?:\s*,\s*\p{Lu}[\p{Lu}.]{1,14})+)$")
# A site's domain closing a paragraph after a dash: "… next week. – Rappler.com"
_TRAILING_DOMAIN = regex.compile(r"\s[-–—]\s*([^\s./]+(?:\.[^\s./]+)*\.[^\W\d_]{2,4})$")


def trailing_credit(text: str, profile: Profile) -> str | None:
    """The credit closing the last paragraph: an outlet in brackets, "… (سكاي نيوز)", or else a
    wire's name after a dash or a sentence (`_trailing_wire`)."""
    if not text.removesuffix(".").rstrip().endswith(")"):  # what the pattern's end needs: cheap to test
        return _trailing_wire(text, profile) or _trailing_domain(text, profile)
    match = _TRAILING_CREDIT.search(text)
    if match is None:
        return None
    name = match.group(1).strip()
    key = label_key(name)
    credit = next((words for words in profile.credit_words if key.startswith(words)), None)
    if credit is not None:  # credit words inside the brackets: "… en 2028. (Avec MAP)"
        name = " ".join(name.split()[len(credit.split()):])
    return name if names_outlet(name, profile) else None


def trailing_wires(text: str, profile: Profile) -> tuple[str, ...]:
    """Two wires or more in capitals set off by commas after the last sentence: "… 2,000 houses. REUTERS, AFP"."""
    if "," not in text[-_TRAILING_WIRE_REACH:]:
        return ()
    match = _TRAILING_WIRES.search(text, max(0, len(text) - _TRAILING_WIRE_REACH))
    if match is None:
        return ()
    names = tuple(name.strip() for name in match.group(1).split(","))
    return names if all(label_key(name) in profile.wire_names for name in names) else ()


def trailing_initials(text: str, writers: tuple[str, ...]) -> str | None:
    """An agency's initials the profile does not know, in brackets after the last paragraph's last sentence ("…
    before next year's monsoon. (RSS)"); not a writer's, the initials of one of `writers` ("… inconvenience. (SC)"
    under "Shawn Cumberbatch"), nor initials the paragraph used before."""
    initials = _INITIALS_AFTER_A_SENTENCE.search(text)
    if initials is None or text.count(initials.group(1)) > 1:
        return None
    return None if initials.group(1).lower() in initials_of(writers) else initials.group(1)


def initials_of(names: Iterable[str]) -> set[str]:
    """The initials of each name, in lower case: "mde" for "Maribel D. Escobar"."""
    return {"".join(word[:1] for word in name.split()).lower() for name in names}


def _trailing_wire(text: str, profile: Profile) -> str | None:
    """"… - Reuters", "… on Sunday. REUTERS", "… التعاون - واس": after a sentence, a name in
    capitals only ("… said. Reuters" may begin the next one)."""
    if label_key(text.rpartition(" ")[2]) not in profile.wire_ends:
        return None
    wire = _TRAILING_WIRE.search(text, max(0, len(text) - _TRAILING_WIRE_REACH))
    if wire is None or label_key(wire.group("name")) not in profile.wire_names:
        return None
    name = wire.group("name")
    return name if wire.group("dash") or name.isupper() or caseless(name) else None


def _trailing_domain(text: str, profile: Profile) -> str | None:
    """"… next week. – Rappler.com": a site's domain, set off by a dash, closes the paragraph."""
    tail = text[-_TRAILING_WIRE_REACH:]
    if "." not in tail[-24:-2] or not ("–" in tail or "-" in tail or "—" in tail):
        return None  # a domain's dot near the end, and a dash before it: cheap to test
    match = _TRAILING_DOMAIN.search(text, max(0, len(text) - _TRAILING_WIRE_REACH))
    return match.group(1) if match and names_outlet(match.group(1), profile) else None


def caseless(text: str) -> bool:
    """Written in a script without capitals (Arabic): no case to read a name's shape from."""
    return text.lower() == text.upper()

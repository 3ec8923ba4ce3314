"""Build the record's fields from the claimed lines."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .dates import DateResult, DateVocabulary, parse_time
from .keywords import split_keywords
from .layout import Claim, Role
from .normalize import fold, unique_folded
from .profile import Profile, label_key
from .record import RelatedArticle

_TRAILING_CREDIT = regex.compile(r"\(([^()\d]{2,40})\)\s*\.?$")
_MAX_OUTLET_WORDS = 5


def headline(claims: Sequence[Claim]) -> str | None:
    return next((claim.line.text for claim in claims if claim.role is Role.HEADLINE), None)


def body_paragraphs(claims: Sequence[Claim]) -> list[str]:
    return [claim.line.text for claim in claims if claim.role is Role.BODY]


def authors(claims: Sequence[Claim]) -> tuple[str, ...]:
    return unique_folded(name for claim in claims for name in claim.authors)


def lines_with(claims: Sequence[Claim], *roles: Role) -> tuple[str, ...]:
    return tuple(claim.line.text for claim in claims if claim.role in roles)


def publication_date(claims: Sequence[Claim], vocabulary: DateVocabulary) -> tuple[DateResult | None, list[str]]:
    """The first published date (a time on its own line next to it completes it); else updated."""
    warnings: list[str] = []
    for role in (Role.DATE, Role.UPDATED):
        for index, claim in enumerate(claims):
            if claim.role is role and claim.date is not None:
                if role is Role.UPDATED:
                    warnings.append("no publication date found; used the last-updated date")
                return _with_time_line(claim.date, claims[index + 1 : index + 4], vocabulary), warnings
    return None, warnings


def _with_time_line(result: DateResult, following: Sequence[Claim], vocabulary: DateVocabulary) -> DateResult:
    """"21-11-2025", "|", "01:27" on three lines: the time belongs to the date."""
    if result.iso is None or "T" in result.iso:
        return result
    for claim in following:
        if claim.role is Role.TIME:
            hour, minute, second = parse_time(claim.line.text, vocabulary=vocabulary)  # type: ignore[misc]
            clock = f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if second is not None else "")
            return DateResult(f"{result.iso}T{clock}", f"{result.raw} {claim.line.text}", result.warnings)
        if claim.role is not Role.BOILERPLATE:
            break
    return result


def sources(claims: Sequence[Claim], profile: Profile) -> tuple[str, ...]:
    """Every source value in line order: labels, outlet lines, headline suffix, trailing credit."""
    found: list[tuple[int, str]] = []
    last_body = max((i for i, claim in enumerate(claims) if claim.role is Role.BODY), default=None)
    for index, claim in enumerate(claims):
        if claim.role is Role.SOURCE and claim.value:
            found.append((claim.line.number, claim.value))
        elif claim.role is Role.HEADLINE:
            suffix = _outlet_suffix(claim.line.text, profile)
            if suffix:
                found.append((claim.line.number, suffix))
        elif index == last_body:
            credit = _trailing_credit(claim.line.text, profile)
            if credit:
                found.append((claim.line.number, credit))
    return unique_folded(value for _, value in sorted(found, key=lambda item: item[0]))


def _outlet_suffix(text: str, profile: Profile) -> str | None:
    for separator in profile.title_separators:
        if separator in text:
            suffix = text.rsplit(separator, 1)[1].strip()
            if suffix and _is_outlet(suffix, profile):
                return suffix
    return None


def _trailing_credit(text: str, profile: Profile) -> str | None:
    match = _TRAILING_CREDIT.search(text)
    if match and _is_outlet(match.group(1).strip(), profile):
        return match.group(1).strip()
    return None


def _is_outlet(name: str, profile: Profile) -> bool:
    words = fold(name).split()
    if not words or len(words) > _MAX_OUTLET_WORDS:
        return False
    return label_key(name) in profile.outlet_names or any(word in profile.outlet_words for word in words)


def keywords(claims: Sequence[Claim], profile: Profile, article_text: str) -> tuple[tuple[str, ...], list[str]]:
    tags: list[str] = []
    warnings: list[str] = []
    for claim in claims:
        if claim.role is Role.KEYWORDS and claim.value:
            split = split_keywords(claim.value, profile.keywords, article_text)
            tags.extend(split.tags)
            if split.guessed:
                warnings.append(f"keywords joined by spaces were split by rule into {len(split.tags)} tags (a guess)")
    return unique_folded(tags), warnings


def read_also(claims: Sequence[Claim]) -> tuple[RelatedArticle, ...]:
    items: list[tuple[str, list[str]]] = []
    for claim in claims:
        if claim.role is Role.READ_ALSO_HEADLINE:
            items.append((claim.value, []))
        elif claim.role is Role.READ_ALSO_BODY and items:
            items[-1][1].append(claim.value)
    return tuple(RelatedArticle(title, "\n\n".join(paragraphs)) for title, paragraphs in items)

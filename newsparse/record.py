"""The record: one parsed article, frozen, with the key order of the public contract."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class RelatedArticle:
    """One item of a "read also" section: a headline and its (possibly empty) body."""

    headline: str
    body: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"headline": self.headline, "body": self.body}


@dataclass(frozen=True, slots=True)
class Record:
    """A parsed article. `to_dict()` gives the keys and types of the record contract, in order.

    `boilerplate` is an addition to the contract: lines a rule recognised as page chrome
    (share buttons, breadcrumbs, repeated headlines) and lines that give no field a value (a label
    alone on its line, a date line the date was not read from), kept so that no input line is lost.
    """

    id: str
    path: str
    language: str | None
    profile: str
    headline: str | None = None
    date: str | None = None
    date_raw: str | None = None
    authors: tuple[str, ...] = ()
    body: str = ""
    sources: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    read_also: tuple[RelatedArticle, ...] = ()
    unparsed: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    boilerplate: tuple[str, ...] = field(default=())
    deck: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "language": self.language,
            "profile": self.profile,
            "headline": self.headline,
            "date": self.date,
            "date_raw": self.date_raw,
            "authors": list(self.authors),
            "body": self.body,
            "sources": list(self.sources),
            "keywords": list(self.keywords),
            "read_also": [item.to_dict() for item in self.read_also],
            "unparsed": list(self.unparsed),
            "warnings": list(self.warnings),
            "boilerplate": list(self.boilerplate),
            "deck": self.deck,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Rebuild a record from `to_dict()` output (used by `convert`)."""
        return cls(
            id=data["id"],
            path=data["path"],
            language=data.get("language"),
            profile=data["profile"],
            headline=data.get("headline"),
            date=data.get("date"),
            date_raw=data.get("date_raw"),
            authors=tuple(data.get("authors") or ()),
            body=data.get("body") or "",
            sources=tuple(data.get("sources") or ()),
            keywords=tuple(data.get("keywords") or ()),
            read_also=tuple(
                RelatedArticle(item["headline"], item.get("body") or "") for item in data.get("read_also") or ()
            ),
            unparsed=tuple(data.get("unparsed") or ()),
            warnings=tuple(data.get("warnings") or ()),
            boilerplate=tuple(data.get("boilerplate") or ()),
            deck=data.get("deck"),
        )


def content_id(text: str) -> str:
    """Stable id of an article: the first 16 hex digits of SHA-256 over its normalised text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

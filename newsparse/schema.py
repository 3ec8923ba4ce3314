"""The JSON Schema (draft 2020-12) of a record, as `newsparse schema` prints it.

It pins the public contract (spec/RECORD.md): every contract key is required with its
type; other keys are allowed, because adding keys is not a breaking change.
"""

from __future__ import annotations

import json
from typing import Any

SCHEMA_ID = "urn:newsparse:record"

_TEXT_LIST = {"type": "array", "items": {"type": "string"}}
_NULLABLE_TEXT = {"type": ["string", "null"]}
_ISO_DATE = (r"^[0-9]{4}-[0-9]{2}-[0-9]{2}"
             r"(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$")


def record_schema() -> dict[str, Any]:
    """A fresh copy of the record schema."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "newsparse record",
        "description": "One parsed news article.",
        "type": "object",
        "required": ["id", "path", "language", "profile", "headline", "date", "date_raw", "authors", "body",
                     "sources", "keywords", "read_also", "unparsed", "warnings", "boilerplate", "deck"],
        "properties": {
            "id": {"type": "string", "pattern": "^[0-9a-f]{16}$",
                   "description": "Stable content hash of the decoded, normalised input text."},
            "path": {"type": "string", "description": "The input as named: a path, '-' for stdin, "
                                                      "'ARCHIVE::MEMBER' for an archive member."},
            "language": {"type": ["string", "null"], "pattern": "^[a-z]{2}$",
                         "description": "ISO 639-1 code of the article's language."},
            "profile": {"type": "string", "description": "Name of the rule profile that parsed it."},
            "headline": {**_NULLABLE_TEXT, "description": "The article's title line."},
            "date": {"type": ["string", "null"], "pattern": _ISO_DATE,
                     "description": "Publication date in ISO 8601 (date, or date and time, with an optional "
                                    "zone)."},
            "date_raw": {**_NULLABLE_TEXT, "description": "The date text exactly as found."},
            "authors": {**_TEXT_LIST, "description": "Bylines, empty when none."},
            "body": {"type": "string", "description": "The article's paragraphs joined by a blank line."},
            "sources": {**_TEXT_LIST, "description": "Source/credit lines, in order, without duplicates."},
            "keywords": {**_TEXT_LIST, "description": "The tags, one string per tag."},
            "read_also": {
                "type": "array",
                "description": "Related articles listed after a 'read also' label.",
                "items": {
                    "type": "object",
                    "required": ["headline", "body"],
                    "properties": {"headline": {"type": "string"}, "body": {"type": "string"}},
                    "additionalProperties": False,
                },
            },
            "unparsed": {**_TEXT_LIST, "description": "Non-empty input lines that no rule claimed."},
            "warnings": {**_TEXT_LIST, "description": "What the parser doubted."},
            "boilerplate": {**_TEXT_LIST, "description": "Lines recognised as page chrome (share buttons, "
                                                         "breadcrumbs, repeated headlines) and lines that give "
                                                         "no field a value (a label alone, an unused date line)."},
            "deck": {**_NULLABLE_TEXT, "description": "The deck (standfirst, chapô) printed below the headline, "
                                                      "over the byline or date; its paragraphs joined by a blank "
                                                      "line."},
        },
        "additionalProperties": True,
    }


def schema_json(indent: int = 2) -> str:
    return json.dumps(record_schema(), indent=indent, ensure_ascii=False) + "\n"

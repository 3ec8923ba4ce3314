"""Held-out pages: what the parser gets right on them stays right, and what it misses is listed.

`fixtures/heldout/` holds pages written to the layouts of real sites (menus, captions, credits, related
lists, e-paper text) with gold labels made before the parser ran on them, in the corpus's format
(`NAME.txt` + `NAME.gold.json`). Each field of each page must match its gold, compared by the corpus's
rules, unless `known_misses.json` lists it; a listed field must still miss, so that a fix updates the list
(`python tests/test_heldout.py` rewrites it from the current output, for review in the diff).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

if __name__ == "__main__":  # run as a script: this checkout's package and fixtures, whatever is installed
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.conftest import FIXTURES, corpus_norm
else:
    from .conftest import FIXTURES, corpus_norm

from newsparse import parse_file  # noqa: E402  (after the path is set)

HELDOUT = FIXTURES / "heldout"
KNOWN_MISSES = HELDOUT / "known_misses.json"
_ZERO_SECONDS = re.compile(r"(?<=T\d\d:\d\d):00(?!\d)")
FIELDS = ("headline", "date", "body", "sources", "keywords", "read_also")


def _cases() -> list[Path]:
    return sorted(HELDOUT.glob("*.txt"))


def _paragraphs(items: list[str]) -> list[str]:
    return [p for p in (corpus_norm(item) for item in items) if p]


def _date(value: str | None) -> str | None:
    """The corpus's comparable form: GMT as "Z", no seconds of zero ("10:22:00+01:00" is "10:22+01:00")."""
    return _ZERO_SECONDS.sub("", value.replace("+00:00", "Z")) if value else value


def _values(record: dict, gold: dict) -> dict[str, tuple[object, object]]:
    """Each field's (got, wanted), both in the corpus's comparable form."""
    related = [(corpus_norm(item["headline"]), _paragraphs(item["body"].split("\n\n"))) for item in record["read_also"]]
    wanted = [(corpus_norm(item["headline"]), _paragraphs(item["body"])) for item in gold["read_also"]]
    return {
        "headline": (corpus_norm(record["headline"]), corpus_norm(gold["headline"])),
        "date": (_date(record["date"]), _date(gold["date"])),
        "body": (_paragraphs(record["body"].split("\n\n")), _paragraphs(gold["body"])),
        "sources": ([corpus_norm(s) for s in record["sources"]], [corpus_norm(s) for s in gold["sources"]]),
        "keywords": ([corpus_norm(k) for k in record["keywords"]], [corpus_norm(k) for k in gold["keywords"]]),
        "read_also": (related, wanted),
    }


def _misses(case: Path) -> list[str]:
    gold = json.loads(case.with_suffix(".gold.json").read_text("utf-8"))
    values = _values(parse_file(case).to_dict(), gold)
    return [field for field in FIELDS if values[field][0] != values[field][1]]


@pytest.mark.parametrize("case", _cases(), ids=lambda path: path.stem[:4])
def test_a_held_out_page_misses_only_its_listed_fields(case: Path) -> None:
    known = json.loads(KNOWN_MISSES.read_text("utf-8")).get(case.stem, [])
    assert _misses(case) == known


def test_the_held_out_pages_are_there() -> None:
    cases = _cases()
    assert len(cases) >= 90 and all(case.with_suffix(".gold.json").is_file() for case in cases)


if __name__ == "__main__":
    found = {case.stem: misses for case in _cases() if (misses := _misses(case))}
    KNOWN_MISSES.write_text(json.dumps(found, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8")
    print(f"{len(found)} of {len(_cases())} pages miss a field; wrote {KNOWN_MISSES.relative_to(FIXTURES.parent)}")

"""Golden tests: every labelled real article parses to its expected values.

Two checks per case, both collected automatically from the fixture folders:
* against the hand-checked gold of `fixtures/corpus/NAME.gold.json`, field by field, using
  the corpus's comparison rules (entities decoded, ی/ک folded);
* against the full expected record `fixtures/expected/NAME.json`, compared exactly, so
  any change in any key (warnings, authors, boilerplate, unparsed) is seen in review.
  Regenerate with `python tests/regenerate_expected.py` after checking the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse import parse_file

from .conftest import CORPUS, FIXTURES, corpus_cases, corpus_norm

EXPECTED = FIXTURES / "expected"


def _relative(path: Path) -> str:
    return path.relative_to(FIXTURES.parent).as_posix()


def _paragraphs(text: str) -> list[str]:
    return [p for p in (corpus_norm(part) for part in text.split("\n\n")) if p]


@pytest.mark.parametrize("case", corpus_cases(), ids=lambda path: path.stem)
def test_corpus_case_matches_gold(case: Path) -> None:
    gold = json.loads(case.with_suffix(".gold.json").read_text("utf-8"))
    record = parse_file(case).to_dict()
    assert corpus_norm(record["headline"]) == corpus_norm(gold["headline"])
    assert record["date"] == gold["date"]
    assert record["language"] == gold["language"]
    assert _paragraphs(record["body"]) == [corpus_norm(p) for p in gold["body"]]
    assert [corpus_norm(s) for s in record["sources"]] == [corpus_norm(s) for s in gold["sources"]]
    assert [corpus_norm(k) for k in record["keywords"]] == [corpus_norm(k) for k in gold["keywords"]]
    expected_related = [(corpus_norm(item["headline"]), [corpus_norm(p) for p in item["body"]])
                        for item in gold["read_also"]]
    related = [(corpus_norm(item["headline"]), _paragraphs(item["body"])) for item in record["read_also"]]
    assert related == expected_related


def expected_cases() -> list[Path]:
    return sorted(EXPECTED.glob("*.json"))


@pytest.mark.parametrize("expected_path", expected_cases(), ids=lambda path: path.stem)
def test_record_matches_expected_exactly(expected_path: Path) -> None:
    expected = json.loads(expected_path.read_text("utf-8"))
    source = FIXTURES.parent / expected["path"]
    record = parse_file(source).to_dict()
    record["path"] = _relative(source)
    assert record == expected


def test_every_corpus_case_has_an_expected_record() -> None:
    missing = {case.stem for case in corpus_cases()} - {path.stem for path in expected_cases()}
    assert not missing, f"run tests/regenerate_expected.py for: {sorted(missing)}"


def test_seed_is_the_reference_file() -> None:
    assert (CORPUS / "000-seed-rt-gaza.txt").read_bytes().endswith("حدة أراضيها.".encode())


def test_records_rebuild_from_their_dicts() -> None:
    from newsparse import Record

    for case in corpus_cases():
        record = parse_file(case)
        assert Record.from_dict(record.to_dict()) == record


# The same article as other scrapers deliver it: re-encoded as Windows-1256, or with its
# digits in Arabic-Indic form. What it says must not change.
_ARABIC_CASES = [case for case in corpus_cases() if parse_file(case).language == "ar"]
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _decoded(case: Path) -> str:
    from newsparse.decode import decode

    return decode(case.read_bytes()).text


def _encodable(case: Path, encoding: str) -> bool:
    try:
        _decoded(case).encode(encoding)
    except UnicodeEncodeError:  # Persian ی or Arabic-Indic digits have no Windows-1256 byte
        return False
    return True


@pytest.mark.parametrize("case", [case for case in _ARABIC_CASES if _encodable(case, "cp1256")],
                         ids=lambda path: path.stem)
def test_an_arabic_article_in_windows_1256_gives_the_same_record(case: Path) -> None:
    from newsparse.pipeline import Options, parse_bytes

    text = _decoded(case)
    data = text.encode("cp1256")
    utf8 = parse_bytes(text.encode("utf-8"), path="x", options=Options()).to_dict()
    cp1256 = parse_bytes(data, path="x", options=Options()).to_dict()
    assert "decoded as cp1256" in cp1256["warnings"]
    assert [warning for warning in cp1256["warnings"] if warning != "decoded as cp1256"] == utf8["warnings"]
    assert {**cp1256, "warnings": None} == {**utf8, "warnings": None}


@pytest.mark.parametrize("case", _ARABIC_CASES, ids=lambda path: path.stem)
def test_arabic_indic_digits_give_the_same_date(case: Path) -> None:
    from newsparse import parse_text

    text = _decoded(case)
    western, indic = parse_text(text), parse_text(text.translate(_INDIC))
    assert indic.date == western.date
    assert (indic.headline or "").translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")) == (western.headline or "")


@pytest.mark.parametrize("case", [case for case in corpus_cases() if "&" not in _decoded(case)],
                         ids=lambda path: path.stem)
def test_quotes_written_as_html_entities_give_the_same_record(case: Path) -> None:
    """Scrapers that keep the page's escaping write `&quot;` and `&#39;` for quotes."""
    from newsparse import parse_text

    text = _decoded(case)
    plain = parse_text(text).to_dict()
    escaped = parse_text(text.replace('"', "&quot;").replace("'", "&#39;")).to_dict()
    assert {**escaped, "id": None} == {**plain, "id": None}


@pytest.mark.parametrize("case", _ARABIC_CASES, ids=lambda path: path.stem)
def test_persian_letter_variants_give_the_same_record(case: Path) -> None:
    """Scraped Arabic often carries Persian ی and ک (keyboard layouts, Persian-built CMSs):
    every rule must read them as ي and ك, and the record keeps the letters as written."""
    from newsparse import parse_text

    text = _decoded(case)
    persian = parse_text(text.replace("ي", "ی").replace("ك", "ک")).to_dict()
    back = json.loads(json.dumps(persian, ensure_ascii=False).replace("ی", "ي").replace("ک", "ك"))
    arabic = json.loads(json.dumps(parse_text(text).to_dict(), ensure_ascii=False).replace("ی", "ي").replace("ک", "ك"))
    assert {**back, "id": None} == {**arabic, "id": None}


@pytest.mark.parametrize("case", corpus_cases(), ids=lambda path: path.stem)
def test_decomposed_unicode_gives_the_same_record(case: Path) -> None:
    """A text saved in NFD ("é" as "e" + U+0301, "أ" as "ا" + U+0654) reads, and is identified,
    exactly as the composed text."""
    import unicodedata

    from newsparse import parse_text

    text = _decoded(case)
    assert parse_text(unicodedata.normalize("NFD", text)) == parse_text(text)

"""`explain` data: every input line with its role, rule, value span and date, then the record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse import load_profile, parse_file
from newsparse.errors import InputError
from newsparse.explain import BLANK, explain_bytes, explain_text
from newsparse.layout import Role
from newsparse.normalize import normalise_text, split_lines
from newsparse.pipeline import Options

from .conftest import CORPUS, FIXTURES

ARTICLES = sorted(CORPUS.glob("*.txt"))
SEED = CORPUS / "000-seed-rt-gaza.txt"
ROLES = set(Role.ALL) | {BLANK}


def explain_file(path: Path, **options):
    return explain_bytes(path.read_bytes(), path=str(path), options=Options(**options))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.stem[:12])
def test_every_line_is_explained_in_order(path: Path):
    explanation = explain_file(path)
    text = normalise_text(path.read_bytes().decode(explanation.encoding))
    assert [line.number for line in explanation.lines] == list(range(1, len(split_lines(text)) + 1))
    for line in explanation.lines:
        assert line.role in ROLES
        assert (line.role == BLANK) == (not line.rule)
        if line.span:
            assert line.text[line.span[0]:line.span[1]] == line.value
        if line.date and line.date["span"]:
            start, end = line.date["span"]
            assert line.text[start:end] == line.date["raw"]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda path: path.stem[:12])
def test_the_record_is_the_one_parse_gives(path: Path):
    assert explain_file(path).record == parse_file(path)


def test_reference_article_roles_and_rules():
    explanation = explain_file(SEED)
    roles = [(line.number, line.role, line.rule) for line in explanation.lines]
    assert roles[0] == (1, "headline", "headline:first-content-line")
    assert roles[1] == (2, "date", "label:date:تاريخ النشر")
    assert [line.role for line in explanation.lines[2:7]] == ["body"] * 5
    assert roles[7][1:] == ("source", "label:source:المصدر")
    assert roles[9][1] == "keywords"
    assert roles[10][1:] == ("read-also-label", "label:read_also:اقرا ايضا")
    assert roles[11][1] == "read-also-headline"
    assert {line.role for line in explanation.lines[12:]} == {"read-also-body"}
    assert (explanation.profile, explanation.language, explanation.encoding) == ("ar", "ar", "utf-8")


def test_label_values_and_dates_have_spans():
    date_line = explain_file(SEED).lines[1]
    assert date_line.value == "20th, February 2024 GMT"
    assert date_line.date["iso"] == "2024-02-20"
    assert date_line.text[slice(*date_line.span)] == date_line.value
    source = explain_file(SEED).lines[8]
    assert (source.text, source.value, source.span) == ("المصدر: RT Arabic", "RT Arabic", (8, 17))


def test_blank_lines_keep_editor_line_numbers():
    explanation = explain_file(CORPUS / "043-asianlite-kuwait-also-read-prev-next.txt")
    assert explanation.lines[2].role == BLANK and explanation.lines[2].number == 3
    assert explanation.lines[3].role == "headline"


def test_encoding_and_crlf_bom():
    assert explain_file(CORPUS / "063-cp1256-lebanon24-cbe-widget-junk.txt").encoding == "cp1256"
    explanation = explain_file(CORPUS / "062-crlf-bom-seed-layout-putin-rt.txt")
    assert explanation.encoding == "utf-8-sig"
    assert explanation.lines[0].role == "headline" and not explanation.lines[0].text.startswith("\ufeff")


def test_a_forced_profile_is_used():
    explanation = explain_file(CORPUS / "036-bbc-opec-published-source-readmore-list.txt",
                               profile=load_profile("fr"))
    assert explanation.profile == "fr"


def test_unparsed_lines_are_marked():
    text = "Oil output to drop after meeting\nMenu item\nPublished: 4 June 2023\n" + \
        "Oil-producing countries have agreed to continued cuts in production in a bid to shore up prices.\n"
    explanation = explain_text(text)
    assert [(line.role, line.rule) for line in explanation.lines][1:3] == [("unparsed", "header:short-line"),
                                                                          ("date", "label:date:published")]
    assert explanation.record.unparsed == ("Menu item",)


def test_json_shape():
    data = explain_file(SEED).to_dict()
    assert list(data) == ["path", "encoding", "profile", "language", "lines", "record"]
    first = data["lines"][0]
    assert list(first) == ["number", "role", "rule", "text", "value", "span", "date", "authors"]
    assert data["lines"][1]["date"] == {"iso": "2024-02-20", "raw": "20th, February 2024 GMT", "span": [13, 36],
                                        "warnings": []}
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_undecodable_bytes_raise_input_error():
    with pytest.raises(InputError):
        explain_bytes((FIXTURES / "dumps" / "nightly" / "930-binary-image.txt").read_bytes(), path="x",
                      options=Options())

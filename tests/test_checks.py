"""The validation rules: each check on real and hand-made records, rules files, duplicates."""

from __future__ import annotations

import pickle
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from newsparse import parse_file, parse_text
from newsparse.checks import (
    CHECKS,
    Checker,
    Duplicates,
    Failure,
    Rules,
    RulesError,
    load_rules,
    mojibake_signs,
    parse_date_range,
    parse_rate,
    parse_require,
    read_failure,
    rules_from_mapping,
)
from newsparse.record import Record, RelatedArticle

from .conftest import CORPUS, FIXTURES

DUMP = FIXTURES / "dumps" / "nightly"
RULES = Rules(date_to=date(2026, 1, 1))
BODY = " ".join(["The minister said the talks would resume next week in the capital."] * 5)


def record(**fields) -> Record:
    base = Record(id="0123456789abcdef", path="a.txt", language="en", profile="en", headline="A headline here",
                  date="2024-02-20", date_raw="20 February 2024", body=BODY)
    return replace(base, **fields)


def checks_failed(item: Record, rules: Rules = RULES) -> list[str]:
    return [failure.check for failure in Checker(rules)(item).failures]


def corpus_text(name: str) -> str:
    return (CORPUS / f"{name}.txt").read_bytes().decode("utf-8-sig")


# ---- every check, one at a time ----

def test_a_good_record_passes_every_check():
    assert checks_failed(record()) == []


@pytest.mark.parametrize("field, empty", [("headline", None), ("headline", "  "), ("date", None), ("body", "")])
def test_required_fields_must_be_present_and_non_empty(field, empty):
    failures = Checker(RULES)(record(**{field: empty}, **({"date_raw": None} if field == "date" else {}))).failures
    assert [f.check for f in failures if f.check == "required"] == ["required"]
    assert field in failures[0].message


def test_required_fields_are_configurable():
    item = record(sources=())
    assert "required" not in checks_failed(item)
    assert checks_failed(item, replace(RULES, require=("headline", "sources"))) == ["required"]
    assert "required" not in checks_failed(record(headline=None), replace(RULES, require=()))


def test_date_must_be_understood():
    failures = Checker(RULES)(record(date=None, date_raw="13/45/2024",
                                     warnings=("date not understood: '13/45/2024'",))).failures
    assert [f.check for f in failures] == ["required", "date"]
    assert "13/45/2024" in failures[1].message


@pytest.mark.parametrize("iso, ok", [("1989-12-31", False), ("1990-01-01", True), ("2026-01-01", True),
                                     ("2026-01-02T09:00", False), ("2024-02-20T14:07+03:00", True)])
def test_date_must_lie_in_the_range(iso, ok):
    assert ("date" not in checks_failed(record(date=iso))) is ok


def test_date_range_without_an_upper_bound():
    assert checks_failed(record(date="2099-01-01"), Rules()) == []


def test_a_far_out_date_is_worse_than_a_near_one():
    near = Checker(RULES)(record(date="2026-01-03")).failures[0]
    far = Checker(RULES)(record(date="2031-01-01")).failures[0]
    assert far.severity > near.severity


def test_weekday_contradiction_warnings_fail_the_weekday_check():
    in_date = "The weekday in the text (Monday) contradicts the date (Tuesday)."
    in_body = "first paragraph says today is Monday but the date 2024-02-20 is a Tuesday"
    assert checks_failed(record(warnings=(in_date,))) == ["weekday"]
    assert checks_failed(record(warnings=(in_body,))) == ["weekday"]
    assert checks_failed(record(warnings=("no date found",))) == []


def test_weekday_contradiction_from_a_real_parse():
    text = "Oil output to drop after the meeting\nPublished: Monday, 20 February 2024\n" + BODY
    parsed = parse_text(text)
    assert any("contradicts" in warning for warning in parsed.warnings)
    assert "weekday" in checks_failed(parsed)


def test_short_body_fails():
    failures = Checker(RULES)(record(body="Too short.")).failures
    assert [f.check for f in failures] == ["body"]
    assert "10 characters, fewer than 200" in failures[0].message
    assert checks_failed(record(body="Too short."), replace(RULES, min_body_chars=5)) == []


def test_body_drowned_in_boilerplate_fails():
    chrome = tuple(f"Share this story on network number {n}" for n in range(30))
    assert checks_failed(record(boilerplate=chrome)) == ["body"]
    assert checks_failed(record(boilerplate=chrome[:3])) == []
    assert checks_failed(record(boilerplate=chrome), replace(RULES, max_boilerplate_ratio=1.0)) == []


def test_unparsed_lines_fail_unless_allowed():
    item = record(unparsed=("Click here", "More"))
    failures = Checker(RULES)(item).failures
    assert [f.check for f in failures] == ["unparsed"]
    assert failures[0].message.startswith("2 unparsed lines: 'Click here'")
    assert checks_failed(item, replace(RULES, allow_unparsed=True)) == []


def test_label_leaking_into_the_body():
    lines = corpus_text("036-bbc-opec-published-source-readmore-list").split("\n")
    leaked = "\n".join([*lines[:5], "Next: Oil prices jump as Saudi Arabia pledges deeper cuts", *lines[5:]])
    failures = Checker(RULES)(parse_text(leaked)).failures
    assert [f.check for f in failures] == ["label-leak"]
    assert "Next: Oil prices jump" in failures[0].message


def test_label_words_inside_prose_are_not_leaks():
    text = "Oil output to drop after the meeting\nPublished: 20 February 2024\n" + BODY + \
        "\nSource code of the deal was published by the ministry, officials said on Tuesday."
    assert "label-leak" not in checks_failed(parse_text(text))


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "cp1256"])
@pytest.mark.parametrize("name", ["000-seed-rt-gaza", "055-ndarinfo-senegal-publie-le-lire-aussi",
                                  "060-21news-france-par-byline-paywall"])
def test_mojibake_is_found(name, encoding):
    broken = corpus_text(name).encode("utf-8").decode(encoding, errors="replace")
    failures = [f for f in Checker(RULES)(parse_text(broken)).failures if f.check == "mojibake"]
    assert failures
    expected = "Windows-1256" if encoding == "cp1256" else "Latin-1/Windows-1252"
    assert f"UTF-8 read as {expected}" in failures[0].message


@pytest.mark.parametrize("sign", ["CafÃ©", "Ø§Ù„Ø±Ø¦ÙŠØ³", "itâ€™s", "ط§ظ„ط±ط¦ظٹط³", "Sأ©nأ©gal"])
def test_mojibake_signs(sign):
    assert mojibake_signs(f"A sentence with {sign} in it.")[0] >= 1


@pytest.mark.parametrize("text", [
    "«الرئيس» قال فقط، إن الوفد سيعود… غداً — وقال: \"فقط\"",
    "Le président a déclaré « à Paris » qu’il était prêt à 15 °C — voilà.",
    "Øresund Bridge, São Paulo, Ærø, naïve café, £5, ½ price, 1° north",
    "الأمم المتحدة: پیام کشور ما — فقط؛ بطء؟ ظلّ",
])
def test_mojibake_signs_do_not_fire_on_real_text(text):
    assert mojibake_signs(text) == (0, 0, None)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda path: path.stem[:12])
def test_no_mojibake_in_the_real_corpus(path):
    assert not [f for f in Checker(RULES)(parse_file(path)).failures if f.check == "mojibake"]


def test_replacement_characters_are_mojibake():
    failures = Checker(RULES)(record(headline="Caf\ufffd opens", keywords=("a\ufffd",))).failures
    assert [f.check for f in failures] == ["mojibake"]
    assert failures[0].message.startswith("2 replacement characters")


def test_mojibake_is_looked_for_in_every_text_field():
    for fields in ({"authors": ("JosÃ© Smith",)}, {"sources": ("Agence Franceâ€‘Presse",)},
                   {"read_also": (RelatedArticle("CafÃ© culture", ""),)}, {"unparsed": ("Ã©tÃ©",)}):
        assert "mojibake" in checks_failed(record(**fields)), fields


def test_checks_are_reported_in_a_fixed_order_and_can_be_skipped():
    item = record(headline=None, body="short", unparsed=("x",), warnings=("The weekday in the text (Monday) "
                                                                           "contradicts the date (Tuesday).",))
    assert checks_failed(item) == ["required", "weekday", "body", "unparsed"]
    assert checks_failed(item, replace(RULES, skip=frozenset({"weekday", "unparsed"}))) == ["required", "body"]


def test_checker_pickles_and_keeps_a_user_profile():
    from newsparse.profile import load_profile

    checker = Checker(RULES, load_profile("en"))
    clone = pickle.loads(pickle.dumps(checker))
    assert clone.rules == RULES and clone.profile.name == "en"
    assert clone(record()).failures == ()


def test_read_failure_verdict():
    verdict = read_failure("x.txt", "empty input")
    assert verdict.id is None and verdict.failures == (Failure("read", "empty input", 1.0),)


# ---- duplicates ----

def test_duplicates_are_reported_once_with_all_their_paths():
    duplicates = Duplicates()
    assert duplicates.see("aaa", "one.txt") is None
    assert duplicates.see("bbb", "two.txt") is None
    first = duplicates.see("aaa", "three.txt")
    second = duplicates.see("aaa", "four.txt")
    assert first.check == "duplicate" and "one.txt" in first.message
    assert second.severity > first.severity
    assert duplicates.groups() == [{"id": "aaa", "paths": ["one.txt", "three.txt", "four.txt"]}]
    assert duplicates.count == 2
    assert len(duplicates.first) == 2  # one entry per id


# ---- rules ----

def test_rules_defaults():
    rules = Rules()
    assert rules.require == ("headline", "date", "body")
    assert rules.date_from == date(1990, 1, 1) and rules.date_to is None
    assert (rules.min_body_chars, rules.max_boilerplate_ratio, rules.allow_unparsed) == (200, 0.5, False)
    assert rules.max_failure_rate == 0.0
    assert set(CHECKS) >= {"required", "date", "weekday", "body", "unparsed", "label-leak", "mojibake", "duplicate"}


def test_rules_file(tmp_path: Path):
    path = tmp_path / "rules.yaml"
    path.write_text("require: [headline, body, sources]\ndate_range: 2000-01-01..2030-12-31\n"
                    "min_body_chars: 300\nmax_boilerplate_ratio: 40%\nallow_unparsed: true\n"
                    "skip: weekday, label-leak\nmax_failure_rate: 0.02\n", encoding="utf-8")
    rules = load_rules(path)
    assert rules.require == ("headline", "body", "sources")
    assert (rules.date_from, rules.date_to) == (date(2000, 1, 1), date(2030, 12, 31))
    assert (rules.min_body_chars, rules.max_boilerplate_ratio, rules.allow_unparsed) == (300, 0.4, True)
    assert rules.skip == frozenset({"weekday", "label-leak"}) and rules.max_failure_rate == 0.02
    assert rules_from_mapping(rules.to_dict()) == rules  # to_dict is a valid rules file


def test_rules_file_date_range_as_a_mapping(tmp_path: Path):
    path = tmp_path / "rules.yaml"
    path.write_text("date_range:\n  from: 2001-02-03\n", encoding="utf-8")
    rules = load_rules(path)
    assert (rules.date_from, rules.date_to) == (date(2001, 2, 3), None)


def test_an_empty_rules_file_keeps_the_defaults(tmp_path: Path):
    path = tmp_path / "rules.yaml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    assert load_rules(path) == Rules()


@pytest.mark.parametrize("text, message", [
    ("min_body: 3\n", "unknown key 'min_body'"),
    ("require: [headline, title]\n", "unknown field 'title'"),
    ("skip: [spelling]\n", "unknown check 'spelling'"),
    ("min_body_chars: many\n", "key 'min_body_chars': expected a whole number"),
    ("min_body_chars: -1\n", "min_body_chars: must be 0 or more"),
    ("max_failure_rate: 2\n", "max_failure_rate: must be between 0 and 1"),
    ("max_failure_rate: lots\n", "key 'max_failure_rate': expected a fraction"),
    ("allow_unparsed: maybe\n", "key 'allow_unparsed': expected true or false"),
    ("date_range: 2024-01-01\n", "key 'date_range': expected FROM..TO"),
    ("date_range: 2024-13-01..\n", "'2024-13-01' is not an ISO date"),
    ("date_range: 2024-01-01..2020-01-01\n", "2024-01-01 is after 2020-01-01"),
    ("- a\n- b\n", "a rules file is a mapping"),
    ("require: [a\n", "not valid YAML"),
])
def test_rules_file_errors_name_the_file_and_key(tmp_path: Path, text, message):
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as error:
        load_rules(path)
    assert str(error.value).startswith(str(path))
    assert message in str(error.value)


def test_missing_rules_file(tmp_path: Path):
    with pytest.raises(RulesError, match="cannot read"):
        load_rules(tmp_path / "nope.yaml")


def test_option_parsers():
    assert parse_require("headline, date,,body") == ("headline", "date", "body")
    assert parse_require("none") == ()
    assert parse_date_range("..2024-12-31") == (None, date(2024, 12, 31))
    assert parse_date_range("2000-01-01..") == (date(2000, 1, 1), None)
    assert parse_rate("5%") == 0.05 and parse_rate("0.2") == 0.2 and parse_rate(1) == 1.0
    with pytest.raises(ValueError):
        parse_rate("nan")
    with pytest.raises(RulesError):
        parse_date_range("2000")


def test_with_overrides_ignores_options_not_given():
    rules = Rules(min_body_chars=300)
    assert rules.with_overrides(min_body_chars=None, allow_unparsed=None) is rules
    assert rules.with_overrides(min_body_chars=10).min_body_chars == 10


# ---- the fixture dump ----

def test_fixture_dump_verdicts():
    from newsparse.errors import InputError

    failed = {}
    for path in sorted(DUMP.glob("*.txt")):
        try:
            parsed = parse_file(path)
        except InputError:
            failed[path.name] = ["read"]
            continue
        checks = checks_failed(parsed)
        if checks:
            failed[path.name] = checks
    assert failed == {
        "048-bbc-cop28-hashtag-tags-title-suffix.txt": ["required"],
        "900-mojibake-latin1-rt-gaza.txt": ["mojibake", "required", "unparsed"],
        "901-mojibake-cp1256-arabkhabar-abbas.txt": ["mojibake", "required"],
        "902-mojibake-cp1252-ndarinfo-senegal.txt": ["mojibake", "required"],
        "910-leaked-label-arabkhabar-abbas.txt": ["label-leak"],
        "920-short-body-bbc-opec.txt": ["body"],
        "930-binary-image.txt": ["read"],
        "931-undecodable-mixed-utf8-cp1252-bbc-opec.txt": ["read"],
        "932-empty.txt": ["read"],
    }  # 940 is a duplicate: only the dump-wide check sees it

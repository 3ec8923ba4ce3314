"""Validate reports: counting verdicts, worst examples, duplicates, and the text/json/junit writers."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import pytest

from newsparse.checks import Failure, Rules, Verdict, read_failure
from newsparse.report import Validation, first_check, json_report, junit_xml, text_lines, write_report


def verdict(path: str, record_id: str | None = "id-" + "0", *failures: Failure) -> Verdict:
    return Verdict(path, record_id, tuple(failures))


def sample(keep_all: bool = True, rules: Rules | None = None) -> Validation:
    validation = Validation(rules or Rules(), keep_all=keep_all)
    validation.add(verdict("good.txt", "a"))
    validation.add(verdict("short.txt", "b", Failure("body", "body has 10 characters, fewer than 200", 1.95)))
    validation.add(verdict("shorter.txt", "c", Failure("body", "body has 2 characters, fewer than 200", 1.99),
                           Failure("required", "missing date", 1.0)))
    validation.add(read_failure("binary.txt", "binary data (NUL bytes) without a UTF-16 byte-order mark"))
    validation.add(verdict("copy.txt", "a"))
    return validation


def test_counts_and_gate():
    validation = sample()
    assert (validation.inputs, validation.failed, validation.errors) == (5, 4, 1)
    assert validation.failure_rate == 0.8 and not validation.ok
    rows = {row["check"]: row for row in validation.check_rows()}
    assert (rows["read"]["checked"], rows["read"]["failed"]) == (5, 1)
    assert (rows["body"]["checked"], rows["body"]["passed"], rows["body"]["failed"]) == (4, 2, 2)
    assert rows["duplicate"]["failed"] == 1
    assert [example["path"] for example in rows["body"]["examples"]] == ["shorter.txt", "short.txt"]
    lenient = sample(rules=Rules(max_failure_rate=0.8))
    assert lenient.ok


def test_no_inputs_is_a_failure():
    validation = Validation(Rules())
    assert not validation.ok
    assert "no inputs found" in validation.summary_line()


def test_worst_examples_are_bounded_and_ordered():
    validation = Validation(Rules(), examples=3)
    for index in range(100):
        validation.add(verdict(f"{index}.txt", str(index), Failure("unparsed", f"{index % 10} lines", index % 10)))
    examples = validation.checks["unparsed"].examples()
    assert [example["path"] for example in examples] == ["9.txt", "19.txt", "29.txt"]  # worst, earliest first


def test_skipped_checks_are_not_counted():
    validation = Validation(Rules(skip=frozenset({"duplicate", "weekday"})))
    validation.add(verdict("a.txt", "x"))
    validation.add(verdict("b.txt", "x"))
    rows = {row["check"]: row for row in validation.check_rows()}
    assert rows["duplicate"]["skipped"] and rows["duplicate"]["checked"] == 0
    assert validation.failed == 0


def test_first_check_files_an_input_under_its_likely_cause():
    assert first_check(verdict("x", "i", Failure("required", "m"), Failure("mojibake", "m"))) == "mojibake"
    assert first_check(verdict("x", "i")) == "passed"


def test_json_report_is_to_dict():
    validation = sample()
    assert json.loads(json_report(validation)) == validation.to_dict()
    empty = Validation(Rules())
    assert json.loads(json_report(empty)) == empty.to_dict()


def test_text_report():
    lines = list(text_lines(sample()))
    assert lines[0] == "short.txt: body: body has 10 characters, fewer than 200\n"
    assert "binary.txt: read: binary data (NUL bytes) without a UTF-16 byte-order mark\n" in lines
    assert "duplicate id a: good.txt, copy.txt\n" in lines
    assert lines[-1].startswith("validate: 5 inputs, 4 failed (80.0%), 1 unreadable")


def test_junit_counts_and_elements():
    suite = ET.fromstring(junit_xml(sample())).find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors"), suite.get("skipped")) == \
        ("5", "3", "1", "0")
    cases = suite.findall("testcase")
    assert [case.get("classname") for case in cases] == ["validate.passed", "validate.body", "validate.required",
                                                         "validate.read", "validate.duplicate"]
    assert cases[2].find("failure").get("type") == "required,body"
    assert cases[3].find("error").get("type") == "read"


def test_junit_needs_every_verdict():
    with pytest.raises(ValueError, match="keep_all"):
        junit_xml(sample(keep_all=False))


def test_reports_survive_any_file_name():
    validation = Validation(Rules(), keep_all=True)
    name = "bad\udcff-name\x07 <&>.txt"  # undecodable bytes (surrogateescape) and a control character
    validation.add(verdict(name, "x", Failure("body", "text with \x01 control")))
    root = ET.fromstring(junit_xml(validation))
    assert root.find("testsuite/testcase").get("name") == "bad\ufffd-name\ufffd <&>.txt"
    assert json.loads(json_report(validation))["failures"][0]["path"] == name
    out = io.BytesIO()
    write_report(validation, "text", out)
    assert out.getvalue().startswith(b"bad\xff-name")

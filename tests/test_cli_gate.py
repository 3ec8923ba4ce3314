"""`newsparse validate`, `stats` and `explain`, through Click's CliRunner and as real subprocesses,
on the fixture dump of good and broken files."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import CORPUS, FIXTURES, ROOT, invoke

DUMP = FIXTURES / "dumps" / "nightly"
REFERENCE = ("--reference-date", "2026-01-01")
GOOD = sorted(path for path in DUMP.glob("0*.txt") if not path.name.startswith("048"))
SEED = CORPUS / "000-seed-rt-gaza.txt"


def run(*args: str, cwd: Path = ROOT, input: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsparse", *map(str, args)], cwd=cwd, input=input,
                          stdin=None if input is not None else subprocess.DEVNULL, capture_output=True, timeout=120)


def junit(data: bytes | str):
    root = ET.fromstring(data.encode("utf-8") if isinstance(data, str) else data)
    suites = root.findall("testsuite")
    assert root.tag == "testsuites" and len(suites) == 1
    return suites[0]


# ---- validate ----

def test_validate_text_report_and_exit_status():
    result = invoke("validate", DUMP, *REFERENCE, "-j", "1")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[-1] == "validate: 21 inputs, 10 failed (47.6%), 3 unreadable; max failure rate 0.0% -> FAILED"
    failed = {line.split(": ")[0].rsplit("/", 1)[-1] for line in lines if line.startswith(str(DUMP))}
    assert failed == {"048-bbc-cop28-hashtag-tags-title-suffix.txt", "900-mojibake-latin1-rt-gaza.txt",
                      "901-mojibake-cp1256-arabkhabar-abbas.txt", "902-mojibake-cp1252-ndarinfo-senegal.txt",
                      "910-leaked-label-arabkhabar-abbas.txt", "920-short-body-bbc-opec.txt",
                      "930-binary-image.txt", "931-undecodable-mixed-utf8-cp1252-bbc-opec.txt", "932-empty.txt",
                      "940-copy-of-000-seed-rt-gaza.txt"}
    assert f"{DUMP}/910-leaked-label-arabkhabar-abbas.txt: label-leak: label line in the body: 'التالي:" in \
        result.stdout
    assert f"duplicate id 29f3cbb73d1297d4: {DUMP}/000-seed-rt-gaza.txt, {DUMP}/940-copy-of-000-seed-rt-gaza.txt" \
        in lines
    # the summary table on stderr, per check
    assert "newsparse validate" in result.stderr
    for check in ("read", "mojibake", "required", "date", "weekday", "body", "label-leak", "unparsed", "duplicate"):
        assert f"│ {check}" in result.stderr
    assert "-> FAILED" in result.stderr


def test_validate_good_files_pass():
    result = invoke("validate", *GOOD, *REFERENCE)
    assert result.exit_code == 0, result.stdout
    assert result.stdout == "validate: 11 inputs, 0 failed (0.0%), 0 unreadable; max failure rate 0.0% -> OK\n"


@pytest.mark.parametrize("rate, status", [("0.47", 1), ("0.48", 0), ("48%", 0), ("1", 0), ("0", 1)])
def test_max_failure_rate(rate, status):
    assert invoke("validate", DUMP, *REFERENCE, "-q", "--max-failure-rate", rate).exit_code == status


def test_junit_report(tmp_path: Path):
    out = tmp_path / "validate.xml"
    result = invoke("validate", DUMP, *REFERENCE, "--report", "junit", "-o", out)
    assert result.exit_code == 1 and result.stdout == ""
    suite = junit(out.read_bytes())
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("21", "7", "3")
    cases = {case.get("name").rsplit("/", 1)[-1]: case for case in suite.findall("testcase")}
    assert len(cases) == 21
    assert cases["000-seed-rt-gaza.txt"].get("classname") == "validate.passed"
    assert list(cases["000-seed-rt-gaza.txt"]) == []
    mojibake = cases["900-mojibake-latin1-rt-gaza.txt"]
    assert mojibake.get("classname") == "validate.mojibake"
    failure = mojibake.find("failure")
    assert failure.get("type") == "mojibake,required,unparsed"
    assert failure.get("message").startswith("mojibake: UTF-8 read as Latin-1/Windows-1252")
    assert "required: missing date" in failure.text
    error = cases["930-binary-image.txt"].find("error")
    assert cases["930-binary-image.txt"].get("classname") == "validate.read"
    assert error.get("message") == "binary data (NUL bytes) without a UTF-16 byte-order mark"
    assert cases["940-copy-of-000-seed-rt-gaza.txt"].get("classname") == "validate.duplicate"
    properties = {item.get("name"): item.get("value") for item in suite.find("properties")}
    assert properties["rules.date_range"] == "1990-01-01..2026-01-01"


def test_junit_escapes_what_xml_cannot_hold(tmp_path: Path):
    dump = tmp_path / "dump"
    dump.mkdir()
    (dump / 'quote" & <angle>.txt').write_bytes(SEED.read_bytes().replace(b"RT Arabic", b"RT \x1b[31m & <b>"))
    out = tmp_path / "report.xml"
    invoke("validate", dump, *REFERENCE, "--report", "junit", "-o", out, "--min-body-chars", "100000")
    case = junit(out.read_bytes()).find("testcase")
    assert case.get("name").endswith('quote" & <angle>.txt')


def test_json_report(tmp_path: Path):
    result = invoke("validate", DUMP, *REFERENCE, "--report", "json", "-j", "2")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert (report["ok"], report["inputs"], report["passed"], report["failed"], report["unreadable"]) == \
        (False, 21, 11, 10, 3)
    assert report["checks"]["mojibake"]["failed"] == 3
    assert report["checks"]["mojibake"]["examples"][0]["path"].endswith("900-mojibake-latin1-rt-gaza.txt")
    assert report["checks"]["read"] == {"checked": 21, "passed": 18, "failed": 3, "skipped": False,
                                        "examples": report["checks"]["read"]["examples"]}
    assert [Path(path).name for path in report["duplicates"][0]["paths"]] == [
        "000-seed-rt-gaza.txt", "940-copy-of-000-seed-rt-gaza.txt"]
    assert len(report["failures"]) == 10
    assert report["rules"]["require"] == ["headline", "date", "body"]


def test_parallel_report_equals_serial():
    serial = invoke("validate", DUMP, DUMP, *REFERENCE, "--report", "json", "-j", "1")
    parallel = invoke("validate", DUMP, DUMP, *REFERENCE, "--report", "json", "-j", "2")
    drop_time = [json.loads(result.stdout) for result in (serial, parallel)]
    for report in drop_time:
        report.pop("seconds")
    assert drop_time[0] == drop_time[1]
    assert drop_time[0]["inputs"] == 42 and len(drop_time[0]["duplicates"]) == 17


def test_rules_file_and_options(tmp_path: Path):
    rules = tmp_path / "rules.yaml"
    rules.write_text("require: [headline, body]\nskip: [mojibake]\nmin_body_chars: 50\n", encoding="utf-8")
    result = invoke("validate", DUMP, *REFERENCE, "--rules", rules, "--report", "json")
    report = json.loads(result.stdout)
    assert report["rules"]["require"] == ["headline", "body"]
    assert report["checks"]["mojibake"]["skipped"] is True
    assert report["checks"]["body"]["failed"] == 0
    # an option on the command line wins over the file
    result = invoke("validate", DUMP, *REFERENCE, "--rules", rules, "--min-body-chars", "150", "--report", "json")
    assert json.loads(result.stdout)["checks"]["body"]["failed"] == 1


def test_date_range_option():
    result = invoke("validate", *GOOD, *REFERENCE, "--date-range", "2023-01-01..2024-12-31", "--report", "json")
    report = json.loads(result.stdout)
    assert result.exit_code == 1
    assert report["checks"]["date"]["failed"] == 5  # 2020-12-31, 2022-10-13, 2025-10-17, 2025-11-21, 2025-11-25
    assert report["rules"]["date_range"] == "2023-01-01..2024-12-31"


def test_date_range_defaults_to_the_reference_date():
    report = json.loads(invoke("validate", *GOOD, "--reference-date", "2024-01-01", "--report", "json").stdout)
    assert report["rules"]["date_range"] == "1990-01-01..2024-01-01"
    assert report["checks"]["date"]["failed"] == 5  # 2024-02-04, 2024-02-20, 2025-10-17, 2025-11-21, 2025-11-25


@pytest.mark.parametrize("args, message", [
    (("--require", "headline,title"), "unknown field 'title'"),
    (("--skip", "spelling"), "unknown check 'spelling'"),
    (("--date-range", "2024"), "expected FROM..TO"),
    (("--date-range", "2024-01-01..2020-01-01"), "is after"),
    (("--max-failure-rate", "lots"), "is not a fraction"),
    (("--max-failure-rate", "150%"), "must be between 0 and 1"),
    (("--max-boilerplate-ratio", "-0.1"), "must be between 0 and 1"),
    (("--report", "xml"), "'xml' is not one of"),
    (("--profile", "klingon"), "no such profile"),
])
def test_usage_errors_exit_2(args, message):
    result = invoke("validate", DUMP, *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_bad_rules_file_is_a_usage_error(tmp_path: Path):
    rules = tmp_path / "rules.yaml"
    rules.write_text("min_body: 3\n", encoding="utf-8")
    result = invoke("validate", DUMP, "--rules", rules)
    assert result.exit_code == 2
    assert f"{rules}: unknown key 'min_body'" in result.stderr


def test_no_inputs_found_fails(tmp_path: Path):
    result = invoke("validate", tmp_path, *REFERENCE)
    assert result.exit_code == 1
    assert "no inputs found" in result.stdout


def test_validate_jsonl_dump_and_stdin(tmp_path: Path):
    dump = tmp_path / "dump.jsonl"
    rows = [{"url": f"https://example.org/{path.stem}", "text": path.read_bytes().decode("utf-8-sig")}
            for path in GOOD[:3]]
    dump.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows) + "\n", encoding="utf-8")
    result = invoke("validate", dump, *REFERENCE, "--report", "junit")
    names = [case.get("name") for case in junit(result.stdout).findall("testcase")]
    assert names == [row["url"] for row in rows] and result.exit_code == 0
    result = invoke("validate", *REFERENCE, input=(DUMP / "920-short-body-bbc-opec.txt").read_bytes())
    assert result.exit_code == 1 and result.stdout.startswith("-: body: body has 105 characters")


# ---- stats ----

def test_stats_json():
    result = invoke("stats", DUMP, "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert (data["inputs"], data["parsed"], data["failed"]) == (21, 18, 3)
    assert data["encodings"] == {"utf-8": 17, "cp1256": 1}
    assert data["duplicates"]["inputs"] == 1
    assert set(data["body_chars"]) == {"min", "median", "p90", "max", "mean"}


def test_stats_tables():
    result = invoke("stats", DUMP, "--top", "3")
    assert result.exit_code == 0
    for title in ("fields present", "dates by month", "languages", "profiles", "encodings",
                  "body length (characters)", "top sources", "top keywords", "unreadable inputs"):
        assert title in result.stdout
    assert "21 inputs: 18 parsed, 3 unreadable, 1 duplicate, 7 with warnings" in result.stdout
    assert "930-binary-image.txt: binary data" in result.stderr


def test_stats_parallel_equals_serial():
    serial = json.loads(invoke("stats", DUMP, DUMP, "--json", "-j", "1").stdout)
    assert serial == json.loads(invoke("stats", DUMP, DUMP, "--json", "-j", "2").stdout)
    assert serial["duplicates"]["inputs"] == 19


# ---- explain ----

def test_explain_text():
    result = invoke("explain", SEED)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "profile=ar" in lines[0] and "encoding=utf-8" in lines[0]
    assert lines[1].split()[:3] == ["1", "headline", "headline:first-content-line"]
    assert lines[2].split()[:3] == ["2", "date", "label:date:تاريخ"]
    assert "→ 2024-02-20" in lines[2]
    assert any(line.split()[1:2] == ["read-also-label"] for line in lines[1:18])
    assert '"id": "29f3cbb73d1297d4"' in result.stdout  # then the record


def test_explain_json():
    result = invoke("explain", DUMP / "910-leaked-label-arabkhabar-abbas.txt", "--json")
    data = json.loads(result.stdout)
    assert data["lines"][3] == {"number": 4, "role": "body", "rule": "body:paragraph",
                                "text": "التالي: عباس يلتقي وفد حماس في القاهرة الأسبوع المقبل", "value": None,
                                "span": None, "date": None, "authors": []}
    assert data["record"]["path"].endswith("910-leaked-label-arabkhabar-abbas.txt")


def test_explain_stdin_and_unreadable():
    result = invoke("explain", "--json", input=SEED.read_bytes())
    assert json.loads(result.stdout)["path"] == "-"
    result = invoke("explain", DUMP / "930-binary-image.txt")
    assert result.exit_code == 1
    assert "930-binary-image.txt: binary data" in result.stderr


def test_explain_colours_roles_on_a_terminal_only():
    result = invoke("explain", SEED)
    assert "\x1b[" not in result.stdout  # not a terminal: plain text


def test_commands_have_help():
    for command in ("validate", "stats", "explain"):
        result = invoke(command, "--help")
        assert result.exit_code == 0
        assert "Examples:" in result.stdout and "--profile" in result.stdout


# ---- as real subprocesses ----

def test_subprocess_validate_junit(tmp_path: Path):
    out = tmp_path / "report.xml"
    process = run("validate", DUMP, *REFERENCE, "--report", "junit", "-o", out)
    assert process.returncode == 1
    suite = junit(out.read_bytes())
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("21", "7", "3")
    assert b"-> FAILED" in process.stderr
    assert not list(tmp_path.glob(".*.tmp"))


def test_subprocess_validate_passes_and_gates(tmp_path: Path):
    good = tmp_path / "good"
    good.mkdir()
    for path in GOOD:
        shutil.copyfile(path, good / path.name)
    assert run("validate", good, *REFERENCE, "-q").returncode == 0
    assert run("validate", DUMP, *REFERENCE, "-q", "--max-failure-rate", "50%").returncode == 0
    assert run("validate", DUMP, *REFERENCE, "-q").returncode == 1
    assert run("validate", DUMP, "--date-range", "x").returncode == 2


def test_subprocess_stats_and_explain():
    process = run("stats", DUMP, "--json")
    assert process.returncode == 0 and json.loads(process.stdout)["parsed"] == 18
    process = run("explain", "-", "--json", input=SEED.read_bytes())
    assert process.returncode == 0 and json.loads(process.stdout)["profile"] == "ar"
    process = run("explain", SEED)
    assert process.returncode == 0 and "read-also-headline" in process.stdout.decode("utf-8")


def test_subprocess_explain_into_a_closed_pipe():
    process = subprocess.run(f'"{sys.executable}" -m newsparse explain "{SEED}" | head -1', shell=True, cwd=ROOT,
                             capture_output=True, timeout=60)
    assert process.returncode == 0 and b"Traceback" not in process.stderr

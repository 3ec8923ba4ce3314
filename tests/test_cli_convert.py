"""`newsparse convert`: json, jsonl, yaml and csv into each other, losslessly."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse.writers import FORMATS

from .conftest import CORPUS
from .test_cli_parse import invoke, records, run


@pytest.fixture(scope="module")
def jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Real records of the whole corpus, as JSON Lines."""
    path = tmp_path_factory.mktemp("convert") / "records.jsonl"
    result = invoke("parse", str(CORPUS), "-j", "1", "-q", "-o", str(path))
    assert result.exit_code == 0
    return path


@pytest.mark.parametrize("fmt", FORMATS)
def test_jsonl_to_format_and_back_is_byte_identical(fmt: str, jsonl: Path, tmp_path: Path) -> None:
    middle = tmp_path / f"records.{fmt}"
    assert invoke("convert", str(jsonl), "-t", fmt, "-o", str(middle)).exit_code == 0
    back = invoke("convert", str(middle), "-t", "jsonl")
    assert back.exit_code == 0, back.stderr
    assert back.stdout.encode("utf-8") == jsonl.read_bytes()


def test_chain_through_every_format(jsonl: Path, tmp_path: Path) -> None:
    current = jsonl
    for fmt in ["csv", "yaml", "json", "csv", "jsonl"]:
        target = tmp_path / f"step-{fmt}-{current.stem}.{fmt}"
        assert invoke("convert", str(current), "-o", str(target)).exit_code == 0  # format from the extension
        current = target
    assert current.read_bytes() == jsonl.read_bytes()


def test_stdin_and_stdout_with_sniffing_or_from(jsonl: Path) -> None:
    as_csv = invoke("convert", "-", "-t", "csv", input=jsonl.read_bytes())
    assert as_csv.exit_code == 0
    sniffed = invoke("convert", "-", input=as_csv.stdout.encode("utf-8"))
    assert sniffed.stdout.encode("utf-8") == jsonl.read_bytes()
    told = invoke("convert", "-", "--from", "csv", "-t", "jsonl", input=as_csv.stdout.encode("utf-8"))
    assert told.stdout == sniffed.stdout


def test_pretty_json(jsonl: Path) -> None:
    result = invoke("convert", str(jsonl), "-t", "json", "--pretty")
    expected = records(jsonl.read_text(encoding="utf-8"))
    assert result.stdout == json.dumps(expected, indent=2, ensure_ascii=False) + "\n"


def test_bad_input_is_an_error_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n{oops\n')
    result = invoke("convert", str(bad), "-t", "csv", "-o", str(tmp_path / "out.csv"))
    assert result.exit_code == 1
    assert "bad.jsonl" in result.stderr and "line 2" in result.stderr
    assert not (tmp_path / "out.csv").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.jsonl"]
    missing = invoke("convert", str(tmp_path / "missing.json"))
    assert missing.exit_code == 1
    assert "No such file" in missing.stderr


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [("bad.csv", b"id,headline\nx,caf\xe9\n", "bad.csv: not UTF-8 text"),
     ("bad.json", b'[{"id": "caf\xe9"}]', "bad.json: not UTF-8 text"),
     ("lone.jsonl", b'{"id": "x", "headline": "\\ud800"}\n', "which cannot be written as UTF-8")],
)
def test_text_that_is_not_utf8_is_an_error_naming_the_file(name: str, data: bytes, message: str,
                                                            tmp_path: Path) -> None:
    (tmp_path / name).write_bytes(data)
    result = invoke("convert", tmp_path / name, "-t", "csv", "-o", tmp_path / "out.csv")
    assert result.exit_code == 1 and message in result.stderr
    assert not (tmp_path / "out.csv").exists()


def test_a_full_disk_is_an_error_not_a_traceback(jsonl: Path) -> None:
    result = run("convert", str(jsonl), "-o", "/dev/full", cwd=jsonl.parent)
    assert result.returncode == 2 and result.stderr == b"Error: /dev/full: No space left on device\n"


def test_csv_columns_hold_every_record_key_when_the_first_record_lacks_one(jsonl: Path, tmp_path: Path) -> None:
    """A dump from an older version starts with records without `boilerplate`; later ones hold it."""
    rows = records(jsonl.read_bytes())[:2]
    del rows[0]["boilerplate"]
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    result = invoke("convert", mixed, "-t", "csv")
    assert result.exit_code == 0
    back = records(invoke("convert", "-", "--from", "csv", input=result.stdout_bytes).stdout)
    assert back[1] == rows[1] and back[0] == {**rows[0], "boilerplate": []}


def test_unknown_format_is_a_usage_error(jsonl: Path) -> None:
    assert invoke("convert", str(jsonl), "-t", "xml").exit_code == 2


def test_empty_input_gives_an_empty_output(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    assert invoke("convert", str(empty), "-t", "json").stdout == "[]\n"
    assert invoke("convert", str(empty), "-t", "jsonl").stdout == ""


def test_convert_as_a_subprocess_in_a_pipeline(jsonl: Path, tmp_path: Path) -> None:
    to_yaml = run("convert", "-", "-t", "yaml", cwd=tmp_path, input=jsonl.read_bytes())
    assert to_yaml.returncode == 0
    back = run("convert", "-", "--from", "yaml", cwd=tmp_path, input=to_yaml.stdout)
    assert back.returncode == 0
    assert back.stdout == jsonl.read_bytes()


def test_convert_subprocess_head_ends_quietly(jsonl: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.jsonl"
    big.write_bytes(jsonl.read_bytes() * 200)
    process = subprocess.Popen([sys.executable, "-m", "newsparse", "convert", str(big), "-t", "yaml"],
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = process.stdout.readline()
    process.stdout.close()  # like `| head -1`
    stderr = process.stderr.read()
    process.wait(timeout=60)
    assert first == b"---\n"
    assert b"Traceback" not in stderr and b"BrokenPipe" not in stderr, stderr
    assert process.returncode == 0

"""The record's JSON Schema: valid draft 2020-12, and real output validates against it."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest

from newsparse.cli import main
from newsparse.schema import record_schema

from .conftest import CORPUS
from .test_cli_parse import invoke, records


def validator() -> jsonschema.Draft202012Validator:
    schema = record_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_command_prints_the_schema() -> None:
    result = invoke("schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == record_schema()
    assert json.loads(result.stdout)["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_command_as_a_subprocess() -> None:
    result = subprocess.run([sys.executable, "-m", "newsparse", "schema"], capture_output=True, timeout=60)
    assert result.returncode == 0
    jsonschema.Draft202012Validator.check_schema(json.loads(result.stdout))


def test_real_output_validates() -> None:
    result = invoke("parse", str(CORPUS), "-j", "1", "-q")
    assert result.exit_code == 0
    got = records(result.stdout)
    assert len(got) == len(list(CORPUS.glob("*.txt")))
    check = validator()
    for record in got:
        check.validate(record)


def test_every_record_key_is_required() -> None:
    from newsparse.writers import RECORD_KEYS

    schema = record_schema()
    assert schema["required"] == list(RECORD_KEYS) == list(schema["properties"])


@pytest.mark.parametrize(("key", "value"), [
    ("id", "not-hex"), ("date", "20/02/2024"), ("authors", "one string"), ("read_also", [{"headline": 1}]),
    ("language", "arabic"), ("body", None),
])
def test_wrong_values_are_rejected(key: str, value: object) -> None:
    record = records(invoke("parse", str(CORPUS / "000-seed-rt-gaza.txt")).stdout)[0]
    record[key] = value
    with pytest.raises(jsonschema.ValidationError):
        validator().validate(record)


def test_added_keys_are_allowed() -> None:
    record = records(invoke("parse", str(CORPUS / "000-seed-rt-gaza.txt")).stdout)[0]
    validator().validate({**record, "something_new": 1})
    assert main.commands["schema"].help

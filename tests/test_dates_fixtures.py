"""Every row of fixtures/dates.tsv (real strings from news pages) comes out as its expected ISO."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from newsparse.dates import parse_date

TSV = Path(__file__).resolve().parent.parent / "fixtures" / "dates.tsv"
#: The fixed reference of the TSV's relative rows (see its header).
REFERENCE = datetime(2014, 9, 1, 10, 30)


def rows() -> list[tuple[str, str | None, str, str]]:
    out = []
    in_data = False
    for line in TSV.read_text(encoding="utf-8").split("\n"):
        if not in_data:
            in_data = line.startswith("raw\t")
        elif line:
            raw, expected, language, source = line.split("\t")
            out.append((raw, expected or None, language, source))
    return out


def test_fixture_is_large_enough() -> None:
    table = rows()
    assert len(table) >= 200
    assert {language for _, _, language, _ in table} == {"ar", "en", "fr"}


@pytest.mark.parametrize(
    ("raw", "expected", "language"),
    [
        pytest.param(raw, expected, language, id=f"{language}-{i}")
        for i, (raw, expected, language, _) in enumerate(rows())
    ],
)
def test_row(raw: str, expected: str | None, language: str) -> None:
    result = parse_date(raw, language=language, reference=REFERENCE)
    assert result.iso == expected
    if result.raw is not None:
        assert result.raw in raw

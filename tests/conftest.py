"""Shared helpers: where the fixtures are, and the comparison rules of the labelled corpus."""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CORPUS = FIXTURES / "corpus"

_VARIANTS = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643", "\u0640": None, "\u00a0": " ",
                           "\u200f": None, "\u200e": None, "\u200c": None})


def corpus_norm(text: str | None) -> str | None:
    """The corpus README's comparison form: NFKC, entities decoded, ی/ک folded, spaces collapsed."""
    if text is None:
        return None
    text = unicodedata.normalize("NFKC", html.unescape(text)).translate(_VARIANTS)
    return re.sub(r"\s+", " ", text).strip()


def corpus_cases() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


def runner() -> CliRunner:
    """A CliRunner that keeps stderr apart from stdout on every Click version."""
    try:
        return CliRunner(mix_stderr=False)  # click < 8.2
    except TypeError:
        return CliRunner()


def invoke(*args: object, input: bytes | str | None = None, env: dict | None = None) -> Result:
    """Run `newsparse ARGS…` in-process, as Click would from the shell."""
    from newsparse.cli import main

    return runner().invoke(main, [str(arg) for arg in args], input=input, env=env, catch_exceptions=False)

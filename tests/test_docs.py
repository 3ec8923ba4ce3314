"""The README is the user's manual: every command is in it, with help text and an example."""

from __future__ import annotations

import pytest

from newsparse.cli import main

from .conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_has_help_and_a_readme_section_with_an_example(name: str) -> None:
    command = main.commands[name]
    assert (command.help or "").strip(), f"{name} has no help text"
    assert f"### `newsparse {name}" in README or f"`newsparse {name}`" in README
    assert f"$ newsparse {name}" in README or f"$ cd fixtures/dumps && newsparse {name}" in README


def test_every_option_of_parse_is_documented() -> None:
    for param in main.commands["parse"].params:
        for flag in param.opts:
            if flag.startswith("--") and flag not in ("--help",):
                assert flag in README, f"parse {flag} is not in the README"


def test_quick_start_has_the_two_commands() -> None:
    quick = README.split("## Quick start", 1)[1].split("## ", 1)[0]
    assert "pip install . && newsparse parse fixtures/corpus" in quick
    assert "pip install -e '.[test]' && pytest" in quick

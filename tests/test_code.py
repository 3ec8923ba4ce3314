"""Checks of the package's source that ruff does not make."""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

_PACKAGE = Path(__file__).resolve().parent.parent / "newsparse"


def _top_level_names(tree: ast.Module) -> collections.Counter[str]:
    names: collections.Counter[str] = collections.Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            # each name a target binds, in a tuple too: "_LOW, _HIGH = 2, 4"
            names.update(name.id for target in node.targets for name in ast.walk(target) if isinstance(name, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("module", sorted(_PACKAGE.rglob("*.py")),
                         ids=lambda path: path.relative_to(_PACKAGE).as_posix())
def test_each_module_binds_each_top_level_name_once(module: Path) -> None:
    """A pattern defined twice in a module silently replaces the first for every rule that used it (ruff's F811
    only sees imports and functions redefined while unused)."""
    names = _top_level_names(ast.parse(module.read_text(encoding="utf-8")))
    assert [name for name, count in names.items() if count > 1] == []

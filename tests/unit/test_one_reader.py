"""One reader per fact, checked on the source itself (the package's syntax trees): each of
these helpers is defined once, and no module reaches into another's private names."""

from __future__ import annotations

import ast
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

import dsr_desk

PACKAGE = Path(dsr_desk.__file__).parent
ONCE = ("fold", "html_to_text", "current_user", "load_request")


@cache  # parsed once for all the tests here
def _modules() -> list[tuple[str, ast.Module]]:
    return [
        (str(path.relative_to(PACKAGE.parent)), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(PACKAGE.rglob("*.py"))
    ]


@cache
def _functions() -> list[tuple[str, str]]:
    """(module path, function name) of every function defined in the package."""
    return [
        (path, node.name)
        for path, tree in _modules()
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]


def test_the_package_is_found() -> None:
    assert len(_modules()) > 100


@pytest.mark.parametrize("name", ONCE)
def test_each_shared_helper_is_defined_once(name: str) -> None:
    where = [path for path, function in _functions() if function == name]
    assert len(where) == 1, f"{name}() is defined in {where}: keep one and import it"


def test_services_load_requests_through_load_request() -> None:
    copies = Counter(
        path
        for path, function in _functions()
        if path.startswith("dsr_desk/services/") and function == "_load"
    )
    assert not copies, f"_load() copies in {sorted(copies)}: use services.loading.load_request"


def _private_imports(tree: ast.Module) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom):
            continue
        module = node.module or ""
        if node.level == 0 and module != "dsr_desk" and not module.startswith("dsr_desk."):
            continue  # other libraries' conventions are theirs
        for alias in node.names:
            name = alias.name
            if name == "_":  # gettext's convention (dsr_desk.messages), not a private name
                continue
            if name.startswith("_") and not (name.startswith("__") and name.endswith("__")):
                found.append(f"from {'.' * node.level}{module} import {name}")
    return found


def test_no_module_imports_another_modules_private_names() -> None:
    offenders = {path: found for path, tree in _modules() if (found := _private_imports(tree))}
    assert not offenders, f"make these names public or move them: {offenders}"


def test_the_check_sees_a_private_import() -> None:
    tree = ast.parse("from dsr_desk.services.documents import _view, clean_filename\n")
    assert _private_imports(tree) == ["from dsr_desk.services.documents import _view"]
    assert _private_imports(ast.parse("from dsr_desk import __version__\n")) == []

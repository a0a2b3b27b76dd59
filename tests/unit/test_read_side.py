"""Two read shapes, checked on the source itself (the package's syntax trees): use cases on the
unit of work, and the read side (``dsr_desk.services.read``) in plain SQL. The GUI calls
services only: it neither imports the ORM nor reaches into a unit of work's repositories or
session; nothing in the services holds a SQLAlchemy session; the read side imports neither
SQLAlchemy nor the unit of work and never writes."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest

import dsr_desk

PACKAGE = Path(dsr_desk.__file__).parent
READ_SIDE = PACKAGE / "services" / "read"

#: What the GUI never imports: SQL toolkits and the storage behind the unit of work.
UI_FORBIDDEN = (
    "sqlalchemy",
    "dsr_desk.storage.repositories",
    "dsr_desk.storage.tables",
    "dsr_desk.storage.mapping",
    "dsr_desk.storage.engine",
)
#: What the read side never imports: it runs plain SQL on a DB-API connection.
READ_FORBIDDEN = (
    "sqlalchemy",
    "alembic",
    "dsr_desk.storage.unit_of_work",
    "dsr_desk.storage.repositories",
    "dsr_desk.storage.tables",
    "dsr_desk.storage.mapping",
    "dsr_desk.storage.engine",
)
WRITES = re.compile(r"\b(INSERT|UPDATE|DELETE|REPLACE|UPSERT|CREATE|DROP|ALTER|PRAGMA)\b")


@cache  # parsed once for all the tests here
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def _sources(folder: Path) -> list[tuple[str, ast.Module]]:
    return [
        (str(path.relative_to(PACKAGE.parent)), _tree(path))
        for path in sorted(folder.rglob("*.py"))
    ]


def _imports(tree: ast.Module) -> list[tuple[int, str]]:
    """(line, module) of every import; ``from a import b`` counts as ``a`` and ``a.b``."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def _forbidden_imports(tree: ast.Module, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        {
            f"line {line}: {module}"
            for line, module in _imports(tree)
            if any(module == name or module.startswith(f"{name}.") for name in forbidden)
        }
    )


def _is_unit_of_work(node: ast.expr) -> bool:
    """``uow`` (the services' name for it) or a call such as ``session.uow()``."""
    if isinstance(node, ast.Name):
        return node.id == "uow"
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "uow"
    )


def _unit_of_work_reaches(tree: ast.Module, attributes: frozenset[str] | None = None) -> list[str]:
    """``uow.<attribute>`` (any attribute, or only those named) and ``session.uow().<...>``."""
    return sorted(
        {
            f"line {node.lineno}: uow.{node.attr}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute)
            and _is_unit_of_work(node.value)
            and (attributes is None or node.attr in attributes)
        }
    )


def _sql_writes(tree: ast.Module) -> list[str]:
    """String constants (docstrings aside) that would change the database."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        f"line {node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and WRITES.search(node.value)
    ]


def test_the_sources_are_found() -> None:
    assert len(_sources(PACKAGE / "ui")) > 50
    assert {"queries.py", "dashboard.py", "duplicates.py"} <= {
        path.name for path in READ_SIDE.glob("*.py")
    }


def test_the_gui_imports_no_orm_nor_repositories() -> None:
    offenders = {
        path: found
        for path, tree in _sources(PACKAGE / "ui")
        if (found := _forbidden_imports(tree, UI_FORBIDDEN))
    }
    assert not offenders, f"the GUI calls services, not storage: {offenders}"


def test_the_gui_never_reaches_into_a_unit_of_work() -> None:
    offenders = {
        path: found
        for path, tree in _sources(PACKAGE / "ui")
        if (found := _unit_of_work_reaches(tree))
    }
    assert not offenders, (
        f"hand the unit of work to one service call (one page, one call): {offenders}"
    )


def test_no_service_holds_a_sqlalchemy_session() -> None:
    offenders = {
        path: found
        for path, tree in _sources(PACKAGE / "services")
        if (found := _forbidden_imports(tree, ("sqlalchemy",)))
        or (found := _unit_of_work_reaches(tree, frozenset({"session"})))
    }
    assert not offenders, (
        f"use cases go through the repositories, reads through services.read: {offenders}"
    )


def test_the_read_side_imports_neither_sqlalchemy_nor_the_unit_of_work() -> None:
    offenders = {
        path: found
        for path, tree in _sources(READ_SIDE)
        if (found := _forbidden_imports(tree, READ_FORBIDDEN))
    }
    assert not offenders, f"the read side runs plain SQL on a DB-API connection: {offenders}"


def test_the_read_side_never_writes() -> None:
    offenders = {path: found for path, tree in _sources(READ_SIDE) if (found := _sql_writes(tree))}
    assert not offenders, f"writes are use cases on the unit of work: {offenders}"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "from sqlalchemy.orm import Session\n",
            ["line 1: sqlalchemy.orm", "line 1: sqlalchemy.orm.Session"],
        ),
        ("import sqlalchemy\n", ["line 1: sqlalchemy"]),
        (
            "from dsr_desk.storage import repositories\n",
            ["line 1: dsr_desk.storage.repositories"],
        ),
        ("from dsr_desk.storage.plain_sql import rows\n", []),
    ],
)
def test_the_import_check_sees_an_offender(source: str, expected: list[str]) -> None:
    assert _forbidden_imports(ast.parse(source), UI_FORBIDDEN) == expected


def test_the_unit_of_work_check_sees_a_repository_or_the_session() -> None:
    source = (
        "with session.uow() as uow:\n"
        "    entity = uow.entities.get(name)\n"
        "hints = find(session.uow().session, name)\n"
        "detail = get_request(session.uow(), reference)\n"
    )
    assert _unit_of_work_reaches(ast.parse(source)) == [
        "line 2: uow.entities",
        "line 3: uow.session",
    ]
    assert _unit_of_work_reaches(ast.parse(source), frozenset({"session"})) == [
        "line 3: uow.session"
    ]


def test_the_write_check_sees_sql_that_writes_but_not_docstrings() -> None:
    source = (
        '"""Never UPDATE anything."""\n'
        'def f(db):\n    """No DELETE here."""\n'
        '    db.execute("SELECT name FROM entities")\n'
        '    db.execute("UPDATE entities SET name = ?", ["x"])\n'
    )
    assert _sql_writes(ast.parse(source)) == ["line 5: 'UPDATE entities SET name = ?'"]

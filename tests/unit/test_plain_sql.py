"""The read side's portability layer (``storage.plain_sql``): which database a DB-API
connection talks to, ``?`` turned into psycopg's ``%s`` (literal ``%`` doubled, quoted text
left alone), dates bound as the vault stores them and read back from either database."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Any

import pytest

from dsr_desk.storage import plain_sql
from dsr_desk.storage.plain_sql import (
    NO_LIMIT,
    as_date,
    dialect_of,
    non_ascii,
    pyformat,
    rows,
    scalar,
)


class _Cursor:
    def __init__(self, result: list[Any]) -> None:
        self.result = result

    def fetchone(self) -> Any:
        return self.result[0] if self.result else None

    def fetchall(self) -> list[Any]:
        return self.result

    def close(self) -> None:
        pass

    def __iter__(self) -> Iterator[Any]:
        return iter(self.result)


class Connection:
    """Stands for psycopg's connection: its class lives in a ``psycopg`` module."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, tuple[Any, ...]]] = []

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> _Cursor:
        self.seen.append((sql, tuple(parameters)))
        return _Cursor([(1,)])


Connection.__module__ = "psycopg.connection"


@pytest.fixture
def lite() -> Iterator[sqlite3.Connection]:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (day DATE, flag BOOLEAN, name TEXT)")
    db.execute("INSERT INTO t VALUES ('2026-03-20', 0, 'Zoé'), ('2026-03-21', 1, 'Zoe')")
    yield db
    db.close()


def test_the_dialect_is_told_by_the_connections_class(lite: sqlite3.Connection) -> None:
    assert dialect_of(lite) == "sqlite"
    assert dialect_of(Connection()) == "postgresql"


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        (
            "SELECT a FROM t WHERE b = ? AND c IN (?, ?)",
            "SELECT a FROM t WHERE b = %s AND c IN (%s, %s)",
        ),
        ("SELECT 1 WHERE x LIKE ? ESCAPE '\\'", "SELECT 1 WHERE x LIKE %s ESCAPE '\\'"),
        ("SELECT '?', ? WHERE y = 'it''s ?'", "SELECT '?', %s WHERE y = 'it''s ?'"),
        ("SELECT 100 % 7, '5%', ?", "SELECT 100 %% 7, '5%%', %s"),
        ('SELECT "user" FROM audit_log', 'SELECT "user" FROM audit_log'),
    ],
)
def test_placeholders_become_psycopgs(sql: str, expected: str) -> None:
    assert pyformat(sql) == expected


def test_on_postgresql_the_text_is_converted_and_values_kept() -> None:
    db = Connection()
    day = date(2026, 3, 20)
    assert scalar(db, "SELECT count(*) FROM t WHERE day < ? AND name LIKE ?", [day, "%a%"]) == 1
    assert rows(db, "SELECT 1") == [(1,)]
    assert db.seen == [
        ("SELECT count(*) FROM t WHERE day < %s AND name LIKE %s", (day, "%a%")),
        ("SELECT 1", ()),
    ]


def test_on_sqlite_dates_are_bound_as_the_vault_stores_them(lite: sqlite3.Connection) -> None:
    # sqlite3's own date adapter is deprecated (a warning, an error here): never used
    found = rows(
        lite,
        "SELECT name FROM t WHERE day >= ? AND flag = FALSE LIMIT ?",
        [date(2026, 3, 20), NO_LIMIT],
    )
    assert found == [("Zoé",)]
    assert scalar(lite, "SELECT count(*) FROM t WHERE day > ?", [date(2026, 3, 20)]) == 1
    at = datetime(2026, 3, 20, 9, 30)  # not a date column's value: left to the driver
    assert plain_sql._sqlite_value(at) is at


def test_dates_are_read_back_from_either_database() -> None:
    assert as_date("2026-03-20") == date(2026, 3, 20)  # SQLite: text
    assert as_date(date(2026, 3, 20)) == date(2026, 3, 20)  # PostgreSQL: a date


def test_non_ascii_names_are_told_on_sqlite(lite: sqlite3.Connection) -> None:
    condition = non_ascii("name", dialect_of(lite))
    assert rows(lite, f"SELECT name FROM t WHERE {condition}") == [("Zoé",)]
    assert non_ascii("name", "postgresql") == "name ~ '[^ -~]'"

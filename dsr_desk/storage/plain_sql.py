"""Plain SQL for the read side: the connection type the list screens' queries run on.

The register, the dashboard and the other list screens read with hand-written SQL on a DB-API
connection (``sqlcipher3``), not through SQLAlchemy: their queries are few and fixed, and the
GUI can then draw its first screen before SQLAlchemy (a third of a second to import) is loaded.
Two places hand such a connection out:

- the vault's reader connection (``Vault.reader``), used by the GUI's DB worker thread;
- ``SqlUnitOfWork.dbapi_connection``: the connection of a unit of work's own transaction
  (CLI commands and tests that also write).

Parameters are always bound (``?`` placeholders), never formatted into the text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Protocol


class Cursor(Protocol):
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def close(self) -> None: ...
    def __iter__(self) -> Iterator[Any]: ...


class SqlConnection(Protocol):
    """What the read-side queries need of a DB-API connection (sqlite3-style ``execute``)."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Cursor: ...


def rows(db: SqlConnection, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Every row of ``sql`` as tuples."""
    return [tuple(row) for row in db.execute(sql, tuple(parameters)).fetchall()]


def scalar(db: SqlConnection, sql: str, parameters: Sequence[Any] = ()) -> Any:
    """The first column of the first row (None when there is no row)."""
    cursor = db.execute(sql, tuple(parameters))
    try:
        row = cursor.fetchone()
    finally:
        cursor.close()  # a half-read statement would keep a read transaction open
    return None if row is None else row[0]


def placeholders(count: int) -> str:
    """``?, ?, ?`` for an ``IN (...)`` list of ``count`` bound values (at least one)."""
    if count < 1:
        raise ValueError("an IN list needs at least one value")
    return ", ".join("?" * count)

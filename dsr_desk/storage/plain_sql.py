"""Plain SQL for the read side: the connection type the list screens' queries run on, and the
little that differs between the two databases they run on.

The register, the dashboard and the other list screens read with hand-written SQL on a DB-API
connection, not through SQLAlchemy: their queries are few and fixed, and the GUI can then draw
its first screen before SQLAlchemy (a third of a second to import) is loaded. Two places hand
such a connection out:

- the vault's reader connection (``Vault.reader``), used by the GUI's DB worker thread;
- ``SqlUnitOfWork.dbapi_connection``: the connection of a unit of work's own transaction
  (CLI commands and tests that also write) — ``sqlcipher3`` on a workstation, ``psycopg`` on a
  team's PostgreSQL server.

Parameters are always bound (``?`` placeholders), never formatted into the text. The queries
are written once, in SQL both databases read alike; what differs is handled here:

- placeholders: ``?`` in the text, turned into psycopg's ``%s`` on PostgreSQL (a literal ``%``
  doubled), by ``execute``/``rows``/``scalar``;
- dates: bound as ``datetime.date`` (SQLite gets the ``YYYY-MM-DD`` text the vault stores);
  read back as text from SQLite and as ``date`` from PostgreSQL: ``as_date`` takes either;
- booleans: compared with ``TRUE``/``FALSE`` (SQLite reads them as 1/0), never with 0/1;
- no limit: ``LIMIT NO_LIMIT`` (SQLite has no ``LIMIT ALL``, PostgreSQL refuses ``LIMIT -1``);
- the few fragments that cannot be written alike: one function each, taking the dialect
  (``non_ascii``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Final, Literal, Protocol

Dialect = Literal["sqlite", "postgresql"]
SQLITE: Final = "sqlite"
POSTGRESQL: Final = "postgresql"

#: ``LIMIT NO_LIMIT``: every row, on both databases (the largest 64-bit integer).
NO_LIMIT: Final = 2**63 - 1


class Cursor(Protocol):
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def close(self) -> None: ...
    def __iter__(self) -> Iterator[Any]: ...


class SqlConnection(Protocol):
    """What the read-side queries need of a DB-API connection (sqlite3-style ``execute``;
    psycopg 3's connections have one too)."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Cursor: ...


def dialect_of(db: SqlConnection) -> Dialect:
    """Which database ``db`` talks to: a psycopg connection is PostgreSQL; anything else
    (sqlcipher3, sqlite3) is SQLite. Told by the connection's class, without importing
    psycopg (the GUI's first screen does not load it)."""
    return POSTGRESQL if type(db).__module__.startswith("psycopg") else SQLITE


@lru_cache(maxsize=1024)  # the texts are fixed fragments; IN lists vary only by length
def pyformat(sql: str) -> str:
    """``sql`` with each ``?`` outside quoted literals turned into ``%s``, and each literal
    ``%`` doubled (psycopg's placeholders)."""
    parts = sql.replace("%", "%%").split("'")
    for index in range(0, len(parts), 2):  # even parts lie outside '…' (a '' splits twice)
        parts[index] = parts[index].replace("?", "%s")
    return "'".join(parts)


def _sqlite_value(value: Any) -> Any:
    # A date as the vault stores it (SQLAlchemy's Date on SQLite); sqlite3's own date adapter
    # is deprecated.
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()
    return value


def execute(db: SqlConnection, sql: str, parameters: Sequence[Any] = ()) -> Cursor:
    """Run ``sql`` (``?`` placeholders) with ``parameters`` bound, on either database."""
    if dialect_of(db) == POSTGRESQL:
        return db.execute(pyformat(sql), tuple(parameters))
    return db.execute(sql, tuple(_sqlite_value(value) for value in parameters))


def rows(db: SqlConnection, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Every row of ``sql`` as tuples."""
    return [tuple(row) for row in execute(db, sql, parameters).fetchall()]


def scalar(db: SqlConnection, sql: str, parameters: Sequence[Any] = ()) -> Any:
    """The first column of the first row (None when there is no row)."""
    cursor = execute(db, sql, parameters)
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


def as_date(value: Any) -> date:
    """A date column's value as read: ``YYYY-MM-DD`` text from SQLite, a ``date`` from
    PostgreSQL."""
    if isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    return date.fromisoformat(value)


# -- the fragments written differently -------------------------------------------------------


def non_ascii(column: str, dialect: Dialect) -> str:
    """A condition: the text ``column`` holds a character outside printable ASCII."""
    if dialect == POSTGRESQL:
        return f"{column} ~ '[^ -~]'"
    return f"{column} GLOB '*[^ -~]*'"

"""The dashboard's monthly tallies, kept by the database itself: requests received per month
and type, and requests answered per month by whole days taken. Triggers on ``requests`` add
and remove each request as it is inserted, changed or deleted, so the dashboard reads a
hundred small rows instead of grouping every request of the year at each start.

Alembic does not manage triggers nor these tables (``derived_tables``): migrations call
``install``/``uninstall``, and a later batch migration that recreates ``requests`` (SQLite's
"move and copy") drops its triggers, so it must call ``install`` again.

On PostgreSQL (team mode) the same tables are kept by one PL/pgSQL trigger function on the
same three events; the tallies hold no personal data (month, type, days, count).
"""

# ruff: noqa: S608 - fixed DDL assembled from this module's constants; no user text in it

from __future__ import annotations

from typing import Final, Protocol

RECEIVED_TABLE: Final = "tally_received"
ANSWERED_TABLE: Final = "tally_answered"
TABLES: Final = (RECEIVED_TABLE, ANSWERED_TABLE)

# A request counts once in each: by the month and type it was received in, and (once closed)
# by the month it was closed in and the calendar days from receipt to closure.
_RECEIVED_MONTH = "substr({r}.received_on, 1, 7)"
_ANSWERED_MONTH = "substr({r}.closed_on, 1, 7)"
_DAYS_TAKEN = "CAST(julianday({r}.closed_on) - julianday({r}.received_on) AS INTEGER)"
_RECEIVED_KEY = f"{_RECEIVED_MONTH}, {{r}}.type"
_ANSWERED_KEY = f"{_ANSWERED_MONTH}, {_DAYS_TAKEN}"

_CREATE_TABLES = (
    f"""CREATE TABLE IF NOT EXISTS {RECEIVED_TABLE} (
        month TEXT NOT NULL, type TEXT NOT NULL, count INTEGER NOT NULL,
        PRIMARY KEY (month, type))""",
    f"""CREATE TABLE IF NOT EXISTS {ANSWERED_TABLE} (
        month TEXT NOT NULL, days INTEGER NOT NULL, count INTEGER NOT NULL,
        PRIMARY KEY (month, days))""",
)
_CREATE = tuple(f"{statement} WITHOUT ROWID" for statement in _CREATE_TABLES)


def _add(row: str) -> str:
    """Count request ``row`` (``new`` or ``old``) in both tallies."""
    received = _RECEIVED_KEY.format(r=row)
    answered = _ANSWERED_KEY.format(r=row)
    return f"""
        INSERT INTO {RECEIVED_TABLE} (month, type, count) SELECT {received}, 1 WHERE true
        ON CONFLICT (month, type) DO UPDATE SET count = count + 1;
        INSERT INTO {ANSWERED_TABLE} (month, days, count) SELECT {answered}, 1
        WHERE {row}.closed_on IS NOT NULL
        ON CONFLICT (month, days) DO UPDATE SET count = count + 1;"""


def _remove(row: str) -> str:
    """Take request ``row`` (``new`` or ``old``) out of both tallies."""
    return f"""
        UPDATE {RECEIVED_TABLE} SET count = count - 1
        WHERE month = {_RECEIVED_MONTH.format(r=row)} AND type = {row}.type;
        UPDATE {ANSWERED_TABLE} SET count = count - 1
        WHERE {row}.closed_on IS NOT NULL AND month = {_ANSWERED_MONTH.format(r=row)}
          AND days = {_DAYS_TAKEN.format(r=row)};"""


_TRIGGERS: Final = {
    "tally_insert": f"CREATE TRIGGER tally_insert AFTER INSERT ON requests BEGIN {_add('new')} END",
    "tally_update": (
        "CREATE TRIGGER tally_update AFTER UPDATE OF received_on, type, closed_on ON requests "
        f"BEGIN {_remove('old')} {_add('new')} END"
    ),
    "tally_delete": (
        f"CREATE TRIGGER tally_delete AFTER DELETE ON requests BEGIN {_remove('old')} END"
    ),
}

_FILL = (
    f"""INSERT INTO {RECEIVED_TABLE} (month, type, count)
        SELECT {_RECEIVED_KEY.format(r="r")}, count(*) FROM requests r GROUP BY 1, 2""",
    f"""INSERT INTO {ANSWERED_TABLE} (month, days, count)
        SELECT {_ANSWERED_KEY.format(r="r")}, count(*) FROM requests r
        WHERE r.closed_on IS NOT NULL GROUP BY 1, 2""",
)


# PostgreSQL: dates are a date type (not ISO text), a date minus a date is whole days.
_PG_RECEIVED_MONTH = "to_char({r}.received_on, 'YYYY-MM')"
_PG_ANSWERED_MONTH = "to_char({r}.closed_on, 'YYYY-MM')"
_PG_DAYS_TAKEN = "({r}.closed_on - {r}.received_on)"
_PG_FUNCTION: Final = "tally_requests"


def _pg_add(row: str) -> str:
    return f"""
        INSERT INTO {RECEIVED_TABLE} (month, type, count)
        VALUES ({_PG_RECEIVED_MONTH.format(r=row)}, {row}.type, 1)
        ON CONFLICT (month, type) DO UPDATE SET count = {RECEIVED_TABLE}.count + 1;
        IF {row}.closed_on IS NOT NULL THEN
            INSERT INTO {ANSWERED_TABLE} (month, days, count)
            VALUES ({_PG_ANSWERED_MONTH.format(r=row)}, {_PG_DAYS_TAKEN.format(r=row)}, 1)
            ON CONFLICT (month, days) DO UPDATE SET count = {ANSWERED_TABLE}.count + 1;
        END IF;"""


def _pg_remove(row: str) -> str:
    return f"""
        UPDATE {RECEIVED_TABLE} SET count = count - 1
        WHERE month = {_PG_RECEIVED_MONTH.format(r=row)} AND type = {row}.type;
        IF {row}.closed_on IS NOT NULL THEN
            UPDATE {ANSWERED_TABLE} SET count = count - 1
            WHERE month = {_PG_ANSWERED_MONTH.format(r=row)}
              AND days = {_PG_DAYS_TAKEN.format(r=row)};
        END IF;"""


_PG_INSTALL: Final = (
    *_CREATE_TABLES,
    f"""CREATE FUNCTION {_PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN {_pg_remove("old")}
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN {_pg_add("new")}
        END IF;
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER tally_insert AFTER INSERT ON requests "
    f"FOR EACH ROW EXECUTE FUNCTION {_PG_FUNCTION}()",
    "CREATE TRIGGER tally_update AFTER UPDATE OF received_on, type, closed_on ON requests "
    f"FOR EACH ROW EXECUTE FUNCTION {_PG_FUNCTION}()",
    "CREATE TRIGGER tally_delete AFTER DELETE ON requests "
    f"FOR EACH ROW EXECUTE FUNCTION {_PG_FUNCTION}()",
    f"""INSERT INTO {RECEIVED_TABLE} (month, type, count)
        SELECT {_PG_RECEIVED_MONTH.format(r="r")}, r.type, count(*) FROM requests r
        GROUP BY 1, 2""",
    f"""INSERT INTO {ANSWERED_TABLE} (month, days, count)
        SELECT {_PG_ANSWERED_MONTH.format(r="r")}, {_PG_DAYS_TAKEN.format(r="r")}, count(*)
        FROM requests r WHERE r.closed_on IS NOT NULL GROUP BY 1, 2""",
)


class _Dialect(Protocol):
    @property
    def name(self) -> str: ...


class _Connection(Protocol):
    @property
    def dialect(self) -> _Dialect: ...

    def exec_driver_sql(self, statement: str) -> object: ...


def install(connection: _Connection) -> None:
    """Create (or re-create) the tallies and their triggers, and count every request."""
    uninstall(connection)
    on_postgresql = connection.dialect.name == "postgresql"
    for statement in _PG_INSTALL if on_postgresql else (*_CREATE, *_TRIGGERS.values(), *_FILL):
        connection.exec_driver_sql(statement)


def uninstall(connection: _Connection) -> None:
    if connection.dialect.name == "postgresql":
        for name in _TRIGGERS:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON requests")
        connection.exec_driver_sql(f"DROP FUNCTION IF EXISTS {_PG_FUNCTION}()")
    else:
        for name in _TRIGGERS:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    for table in TABLES:
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")


def is_tally(name: str | None) -> bool:
    return name in TABLES

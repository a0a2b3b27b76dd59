"""The register's search index: an FTS5 trigram table over each request's reference and its
requester's folded name and e-mail, kept in step by triggers, so that a search-as-you-type
substring match does not scan and join 100 000 rows at every keystroke.

Alembic does not manage virtual tables or triggers (``derived_tables``): migrations call
``install``/``uninstall``, and a later batch migration that recreates ``requests`` or
``requesters`` (SQLite's "move and copy") drops their triggers, so it must call ``install``
again (``dashboard_tallies.install`` too).

On PostgreSQL (team mode) the haystack would hold requesters' names and e-mails in plaintext
on the server, which team mode must not do: there, only the reference (no personal data) gets
a ``pg_trgm`` index, for its substring search. TODO(issue 19, encrypted fields): names and
e-mails are searched through a keyed blind index (HMAC of folded trigrams) kept by the
application, which comes with the encryption of the personal fields.
"""

# ruff: noqa: S608 - fixed DDL assembled from this module's constants; no user text in it

from __future__ import annotations

from typing import Final, Protocol

SEARCH_TABLE: Final = "request_search"

_CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {SEARCH_TABLE} USING fts5(haystack, tokenize='trigram')"
)
# FTS5 keeps a deleted row's tokens in its shadow tables until segments merge, unless its own
# secure-delete option is on (SQLite >= 3.44): then a delete removes them from the index at
# once, and SQLite's secure_delete pragma overwrites the freed space (record retention).
_SECURE_DELETE = f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rank) VALUES ('secure-delete', 1)"
# The searchable text of one request: its reference, then the requester's folded key.
_TEXT = "lower(r.reference) || char(10) || p.search_key"
_FILL = (
    f"INSERT INTO {SEARCH_TABLE}(rowid, haystack) SELECT r.id, {_TEXT} "
    "FROM requests r JOIN requesters p ON p.id = r.requester_id"
)
_TRIGGERS: Final = {
    "request_search_insert": f"""
        CREATE TRIGGER request_search_insert AFTER INSERT ON requests BEGIN
            INSERT INTO {SEARCH_TABLE}(rowid, haystack)
            SELECT r.id, {_TEXT} FROM requests r JOIN requesters p ON p.id = r.requester_id
            WHERE r.id = new.id;
        END""",
    "request_search_update": f"""
        CREATE TRIGGER request_search_update AFTER UPDATE OF reference, requester_id
        ON requests BEGIN
            DELETE FROM {SEARCH_TABLE} WHERE rowid = old.id;
            INSERT INTO {SEARCH_TABLE}(rowid, haystack)
            SELECT r.id, {_TEXT} FROM requests r JOIN requesters p ON p.id = r.requester_id
            WHERE r.id = new.id;
        END""",
    "request_search_delete": f"""
        CREATE TRIGGER request_search_delete AFTER DELETE ON requests BEGIN
            DELETE FROM {SEARCH_TABLE} WHERE rowid = old.id;
        END""",
    "request_search_requester": f"""
        CREATE TRIGGER request_search_requester AFTER UPDATE OF search_key ON requesters BEGIN
            DELETE FROM {SEARCH_TABLE}
            WHERE rowid IN (SELECT id FROM requests WHERE requester_id = new.id);
            INSERT INTO {SEARCH_TABLE}(rowid, haystack)
            SELECT r.id, {_TEXT} FROM requests r JOIN requesters p ON p.id = r.requester_id
            WHERE r.requester_id = new.id;
        END""",
}


# PostgreSQL: a trigram index on the folded reference, for ``lower(reference) LIKE '%…%'``.
# pg_trgm is a trusted extension (PostgreSQL >= 13): the database's owner may create it.
PG_REFERENCE_INDEX: Final = f"{SEARCH_TABLE}_reference_trgm"
_PG_INSTALL: Final = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"CREATE INDEX IF NOT EXISTS {PG_REFERENCE_INDEX} ON requests "
    "USING gin (lower(reference) gin_trgm_ops)",
)


class _Dialect(Protocol):
    @property
    def name(self) -> str: ...


class _Connection(Protocol):
    @property
    def dialect(self) -> _Dialect: ...

    def exec_driver_sql(self, statement: str) -> object: ...


def _on_postgresql(connection: _Connection) -> bool:
    return connection.dialect.name == "postgresql"


def install(connection: _Connection) -> None:
    """Create (or re-create) the index and its triggers, and fill it from the tables."""
    uninstall(connection)
    if _on_postgresql(connection):
        for statement in _PG_INSTALL:
            connection.exec_driver_sql(statement)
        return
    connection.exec_driver_sql(_CREATE)
    connection.exec_driver_sql(_SECURE_DELETE)
    for statement in _TRIGGERS.values():
        connection.exec_driver_sql(statement)
    connection.exec_driver_sql(_FILL)


def uninstall(connection: _Connection) -> None:
    if _on_postgresql(connection):  # the extension stays: other indexes may come to use it
        connection.exec_driver_sql(f"DROP INDEX IF EXISTS {PG_REFERENCE_INDEX}")
        return
    for name in _TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")


def is_search_index(name: str | None) -> bool:
    """The virtual table and its shadow tables (on PostgreSQL: the reference's index)."""
    return bool(name) and str(name).startswith(SEARCH_TABLE)

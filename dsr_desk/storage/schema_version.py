"""Which schema revision a database file holds, read with one plain query (no SQLAlchemy, no
Alembic): opening an up-to-date vault needs nothing more."""

from __future__ import annotations

from typing import Final

from dsr_desk.storage.plain_sql import SqlConnection, scalar

#: The newest revision in dsr_desk/migrations/versions (a test keeps the two equal).
SCHEMA_HEAD: Final = "0024"


def stored_revision(db: SqlConnection) -> str | None:
    """The Alembic revision recorded in the database (None: never migrated, or empty)."""
    has_table = scalar(
        db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    )
    if not has_table:
        return None
    value = scalar(db, "SELECT version_num FROM alembic_version")
    return None if value is None else str(value)

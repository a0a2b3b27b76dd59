"""Tables the database keeps up to date by itself, through triggers, outside
``tables.metadata``: the register's search index (on PostgreSQL, an index on the reference)
and the dashboard's tallies. Alembic's
autogenerate (and the schema drift test) must leave them alone."""

from __future__ import annotations

from dsr_desk.storage.dashboard_tallies import is_tally
from dsr_desk.storage.search_index import is_search_index


def alembic_include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Alembic's ``include_name`` hook."""
    return type_ not in ("table", "index") or not (is_search_index(name) or is_tally(name))

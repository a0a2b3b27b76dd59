"""Read side of the requesters page: who wrote in, how often, what is still open for them.

Hand-written SQL that SQLite and PostgreSQL read alike, on a DB-API connection
(``storage.plain_sql``), no SQLAlchemy; rows are plain frozen dataclasses, fast with 100 000
requests. The search matches ``requesters.search_key`` (the folded name and e-mail) on a
workstation; on a team's PostgreSQL server, where names and e-mails are encrypted, the keyed
blind index (``storage.blind_index``), and the names are decrypted here (``queries.reveal``).
"""

# ruff: noqa: S608 - SQL assembled from this module's fixed fragments; every value is bound

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from dsr_desk.domain.limits import MAX_SEARCH, check_length
from dsr_desk.domain.text import fold
from dsr_desk.services.read.queries import (
    OPEN_STATUS_VALUES,
    escape_like,
    in_list,
    reveal,
    team_people_condition,
)
from dsr_desk.storage.plain_sql import (
    POSTGRESQL,
    SqlConnection,
    as_date,
    dialect_of,
    execute,
    placeholders,
    rows,
    scalar,
)

#: Requesters looked up by id per query (well under SQLite's limit on bound values).
_IDS_PER_QUERY = 500


@dataclass(frozen=True)
class RequesterRow:
    requester_id: int
    name: str
    email: str | None
    requests: int
    open: int
    last_received: date | None


def _search_pattern(search: str) -> str | None:
    """The LIKE pattern (escape ``\\``) for folded names and e-mails containing ``search``;
    None when there is nothing to search for."""
    check_length(search, MAX_SEARCH, "The search text")
    term = fold(search.strip())
    return f"%{escape_like(term)}%" if term else None


_OPEN, _OPEN_VALUES = in_list("r.status", OPEN_STATUS_VALUES)

# Each requester with their number of requests, open requests and last receipt date; the
# caller adds the WHERE clause (values bound after ``_OPEN_VALUES``) between the two parts.
_TOTALS_SELECT: Final = f"""
    SELECT p.id, p.name, p.email, count(r.id),
           coalesce(sum(CASE WHEN {_OPEN} THEN 1 ELSE 0 END), 0),
           max(r.received_on)
    FROM requesters p
    JOIN requests r ON r.requester_id = p.id"""
_TOTALS_GROUP: Final = " GROUP BY p.id, p.name, p.email"


_PERSONAL: Final = {1: "requesters.name", 2: "requesters.email"}


def _requester_rows(db: SqlConnection, records: Sequence[Sequence[Any]]) -> list[RequesterRow]:
    return [_to_requester_row(row) for row in reveal(db, [tuple(r) for r in records], _PERSONAL)]


def _searched(db: SqlConnection, search: str) -> tuple[str, Sequence[Any]] | None:
    """The condition on ``requesters p`` for names and e-mails containing ``search``, and
    its values; None when there is nothing to search for."""
    pattern = _search_pattern(search)
    if pattern is None:
        return None
    if dialect_of(db) != POSTGRESQL:
        return "p.search_key LIKE ? ESCAPE '\\'", (pattern,)
    return team_people_condition(db, search, "p.id")


def _to_requester_row(row: Sequence[Any]) -> RequesterRow:
    pid, name, email, count, open_count, last = row
    return RequesterRow(
        requester_id=int(pid),
        name=name,
        email=email,
        requests=int(count),
        open=int(open_count),
        last_received=None if last is None else as_date(last),
    )


_RECENT_REQUESTERS: Final = (
    "SELECT requester_id FROM requests ORDER BY received_on DESC, requester_id DESC"
)


def _recent_requester_ids(db: SqlConnection, limit: int | None, offset: int) -> list[int]:
    """Requester ids by most recent request (ties: highest id first), read by walking the
    requests newest first on the ``received_on`` index and keeping each requester's first
    appearance: about ``offset + limit`` rows instead of an aggregate over every request."""
    wanted = None if limit is None else offset + limit
    seen: dict[int, None] = {}
    cursor = execute(db, _RECENT_REQUESTERS)
    try:
        for (requester_id,) in cursor:
            seen.setdefault(int(requester_id))
            if wanted is not None and len(seen) >= wanted:
                break
    finally:
        cursor.close()
    return list(seen)[offset:]


def _totals_of(db: SqlConnection, ids: list[int]) -> dict[int, RequesterRow]:
    """The rows of these requesters, by id (looked up a few hundred at a time)."""
    found: dict[int, RequesterRow] = {}
    for start in range(0, len(ids), _IDS_PER_QUERY):
        chunk = ids[start : start + _IDS_PER_QUERY]
        sql = f"{_TOTALS_SELECT} WHERE p.id IN ({placeholders(len(chunk))}){_TOTALS_GROUP}"
        for requester in _requester_rows(db, rows(db, sql, (*_OPEN_VALUES, *chunk))):
            found[requester.requester_id] = requester
    return found


_SEARCHED: Final = (
    f"{_TOTALS_SELECT} WHERE {{condition}}{_TOTALS_GROUP}"
    " ORDER BY max(r.received_on) DESC, p.id DESC"
)


def requesters_list(
    db: SqlConnection, search: str = "", limit: int | None = 200, offset: int = 0
) -> list[RequesterRow]:
    """Requesters with at least one request whose name or e-mail contains ``search``
    (case-insensitive), with their number of requests, open requests and last receipt date.
    Most recent request first, ties by newest requester record; pages with limit/offset."""
    searched = _searched(db, search)
    if searched is None:
        ids = _recent_requester_ids(db, limit, offset)
        if not ids:
            return []
        by_id = _totals_of(db, ids)
        return [by_id[requester_id] for requester_id in ids]
    condition, values = searched
    sql, params = _SEARCHED.format(condition=condition), [*_OPEN_VALUES, *values]
    if limit is not None:
        sql, params = f"{sql} LIMIT ? OFFSET ?", [*params, limit, offset]
    return _requester_rows(db, rows(db, sql, params))


_COUNT_ALL: Final = "SELECT count(DISTINCT requester_id) FROM requests"
_COUNT_SEARCHED: Final = """
    SELECT count(*) FROM requesters p
    WHERE {condition}
      AND EXISTS (SELECT 1 FROM requests r WHERE r.requester_id = p.id)"""


def count_requesters(db: SqlConnection, search: str = "") -> int:
    """How many requesters ``requesters_list`` can list for this search."""
    searched = _searched(db, search)
    if searched is None:
        return int(scalar(db, _COUNT_ALL) or 0)
    condition, values = searched
    return int(scalar(db, _COUNT_SEARCHED.format(condition=condition), values) or 0)

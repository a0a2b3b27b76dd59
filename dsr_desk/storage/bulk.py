"""Bulk insert of already-built domain objects (demo data, imports, benchmarks).

The ORM's unit of work flushes object by object; for tens of thousands of requests this module
writes the same rows with Core ``executemany`` inserts instead, a chunk at a time. It only
writes: the objects are not attached to the session, and the caller's transaction is not
committed.

Generated ids: on SQLite (the vault) they are pre-assigned from ``max(id) + 1`` read inside the
caller's write transaction, which keeps plain ``executemany`` (SQLite cannot batch an *ordered*
``INSERT .. RETURNING``: SQLAlchemy falls back to one statement per row, about twice as slow).
Elsewhere (PostgreSQL) the database's own sequences are used through ``RETURNING`` with
``sort_by_parameter_order``, so later ORM inserts never collide with pre-assigned ids.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Final, TypeVar

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from dsr_desk.domain.errors import NotFound
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.requests import Request
from dsr_desk.domain.text import requester_search_key
from dsr_desk.storage import tables
from dsr_desk.storage.blind_index import write_requester_tokens

__all__ = ["CHUNK_SIZE", "bulk_insert"]

CHUNK_SIZE: Final = 5000

_T = TypeVar("_T")
Row = dict[str, object]


def _chunks(items: Sequence[_T], size: int) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class _IdSource:
    """Inserts rows of one table and returns their ids, in the order of the rows."""

    def __init__(self, session: Session, table: Table, *, preassign: bool) -> None:
        self._session = session
        self._table = table
        self._next: int | None = None
        if preassign:
            highest = session.execute(select(func.max(table.c.id))).scalar()
            self._next = int(highest or 0) + 1

    def insert(self, rows: list[Row]) -> list[int]:
        if not rows:
            return []
        if self._next is not None:
            ids = list(range(self._next, self._next + len(rows)))
            self._next += len(rows)
            for row, row_id in zip(rows, ids, strict=True):
                row["id"] = row_id
            self._session.execute(insert(self._table), rows)
            return ids
        statement = insert(self._table).returning(self._table.c.id, sort_by_parameter_order=True)
        ids = [int(row_id) for row_id in self._session.execute(statement, rows).scalars()]
        if len(ids) != len(rows):  # pragma: no cover - a driver that drops RETURNING rows
            raise RuntimeError(f"{self._table.name}: {len(rows)} rows inserted, {len(ids)} ids")
        return ids


def _requester_row(requester: Requester) -> Row:
    return {
        "name": requester.name,
        "email": requester.email,
        "postal_address": requester.postal_address,
        "phone": requester.phone,
        "language": requester.language,
        "search_key": requester_search_key(requester.name, requester.email),
    }


def _request_row(request: Request, entity_id: int, requester_id: int) -> Row:
    due_on = request.due_on
    if due_on is None:  # never after Request.register; computed rather than stored as NULL
        due_on = request.deadlines().effective_due(request.is_extended)
    return {
        "reference": request.reference,
        "type": request.type,
        "channel": request.channel,
        "status": request.status,
        "received_on": request.received_on,
        "entity_id": entity_id,
        "requester_id": requester_id,
        "summary": request.summary,
        "assignee": request.assignee,
        "extended_on": request.extended_on,
        "extension_reason": request.extension_reason,
        "closed_on": request.closed_on,
        "outcome_reason": request.outcome_reason,
        "outcome": request.outcome,
        "outcome_granted": request.outcome_granted,
        "outcome_withheld": request.outcome_withheld,
        "last_contact_on": request.last_contact_on,
        "due_on": due_on,
        "on_hold": request.on_hold,
    }


def _child_rows(request: Request, request_id: int) -> dict[Table, list[Row]]:
    """The rows of the request's ledgers, by table, in the request's list order."""
    return {
        tables.suspensions: [
            {
                "request_id": request_id,
                "asked_on": entry.asked_on,
                "kind": entry.kind,
                "reason": entry.reason,
                "policy": entry.policy,
                "received_on": entry.received_on,
                "amount_cents": entry.amount_cents,
            }
            for entry in request.suspensions
        ],
        tables.identity_checks: [
            {
                "request_id": request_id,
                "method": check.method,
                "checked_by": check.checked_by,
                "checked_on": check.checked_on,
                "outcome": check.outcome,
                "document_kind": check.document_kind,
                "number_last_chars": check.number_last_chars,
                "note": check.note,
            }
            for check in request.identity_checks
        ],
        tables.notes: [
            {
                "request_id": request_id,
                "written_at": note.written_at,
                "author": note.author,
                "text": note.text,
            }
            for note in request.notes
        ],
        tables.documents: [
            {
                "request_id": request_id,
                "document_id": document.document_id,
                "kind": document.kind,
                "filename": document.filename,
                "media_type": document.media_type,
                "size": document.size,
                "sha256": document.sha256,
                "stored_name": document.stored_name,
                "added_at": document.added_at,
                "added_by": document.added_by,
                "wrapped_key": document.wrapped_key,
                "purged_at": document.purged_at,
                "purge_rule": document.purge_rule,
            }
            for document in request.documents
        ],
    }


_CHILD_TABLES: Final = (tables.suspensions, tables.identity_checks, tables.notes, tables.documents)


def _index_requesters(session: Session, people: Sequence[Requester], ids: Sequence[int]) -> None:
    """On a team database, the new requesters' blind-index tokens (``storage.blind_index``)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    connection = session.connection()
    for person, person_id in zip(people, ids, strict=True):
        write_requester_tokens(connection, person_id, person.name, person.email, new=True)


def bulk_insert(
    session: Session,
    entities_by_name: Mapping[str, int],
    requests: Sequence[Request],
    *,
    chunk_size: int = CHUNK_SIZE,
    use_returning: bool | None = None,
) -> int:
    """Insert ``requests`` with their requesters, suspension ledgers, identity checks, notes
    and document records (the metadata only: the encrypted files are the caller's business).

    ``entities_by_name`` maps each entity name to its existing ``entities.id``. A ``Requester``
    object shared by several requests becomes one row (within this call: every requester is
    taken as new to the database). Returns the number of requests inserted; the caller
    commits. ``use_returning`` forces the id strategy (default: pre-assigned ids on SQLite,
    ``RETURNING`` elsewhere).
    """
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    if not requests:
        return 0
    missing = sorted({r.entity.name for r in requests} - set(entities_by_name))
    if missing:
        raise NotFound(
            "Unknown entities {missing}: add them before the requests.", missing=", ".join(missing)
        )
    if use_returning is None:
        use_returning = session.get_bind().dialect.name != "sqlite"
    preassign = not use_returning
    requester_ids_source = _IdSource(session, tables.requesters, preassign=preassign)
    request_ids_source = _IdSource(session, tables.requests, preassign=preassign)
    requester_ids: dict[int, int] = {}  # id(Requester) -> requesters.id; requests keep them alive

    for chunk in _chunks(requests, chunk_size):
        new_requesters: list[Requester] = []
        seen_in_chunk: set[int] = set()
        for request in chunk:
            key = id(request.requester)
            if key not in requester_ids and key not in seen_in_chunk:
                seen_in_chunk.add(key)
                new_requesters.append(request.requester)
        new_ids = requester_ids_source.insert([_requester_row(p) for p in new_requesters])
        requester_ids.update(zip((id(p) for p in new_requesters), new_ids, strict=True))
        _index_requesters(session, new_requesters, new_ids)

        request_rows = [
            _request_row(r, entities_by_name[r.entity.name], requester_ids[id(r.requester)])
            for r in chunk
        ]
        request_ids = request_ids_source.insert(request_rows)

        child_rows: dict[Table, list[Row]] = {table: [] for table in _CHILD_TABLES}
        for request, request_id in zip(chunk, request_ids, strict=True):
            for table, rows in _child_rows(request, request_id).items():
                child_rows[table].extend(rows)
        for table, rows in child_rows.items():
            if rows:
                session.execute(insert(table), rows)
    return len(requests)

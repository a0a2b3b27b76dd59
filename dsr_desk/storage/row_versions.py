"""Optimistic concurrency: a request (or a requester) is written only if it is still the
version its unit of work loaded; otherwise the write is refused with ``Conflict`` ("DSR-…
was changed by Marie Dupont at 14:32 — reload it and try again."), nothing written.

Two units of work may load the same request at once: two clients of a team database, or the
GUI and a CLI job on a workstation. Each change to a request — its own columns, or its parts
(notes, documents, reasons, suspensions, identity checks, recipients' notices), added,
changed or removed — raises ``requests.version`` with
``UPDATE … SET version = version + 1 WHERE id = :id AND version = :loaded`` before the flush
writes anything; no row matched means someone committed a change in between. Requesters'
columns are versioned the same way. The check runs in ``before_flush``, so it covers the
autoflushes inside a service as well as the commit.

On PostgreSQL (read committed) a writer blocked on the row by a colleague's open transaction
re-checks the condition once that commits, and so finds the new version; on SQLite the
reads before the first write take no snapshot (pysqlite begins the transaction at the first
write), so the check sees every committed version.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Final

from sqlalchemy import event, select, update
from sqlalchemy.orm import Session, attributes

from dsr_desk.domain.documents import DocumentRecord, Note
from dsr_desk.domain.errors import Conflict
from dsr_desk.domain.reasons import RecordedReason
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.requests import RecipientNotice, Request, SuspensionEntry
from dsr_desk.domain.verification import IdentityCheck
from dsr_desk.storage import tables

#: The mapped attribute of the version column (private: the domain knows nothing of it).
VERSION: Final = "_row_version"

#: The parts of a request: a change to one of them is a change to the request.
REQUEST_PARTS: Final = (
    Note,
    DocumentRecord,
    RecordedReason,
    SuspensionEntry,
    IdentityCheck,
    RecipientNotice,
)


def loaded_version(thing: object) -> int | None:
    """The version ``thing`` had when its unit of work loaded it (None: not loaded yet)."""
    value = attributes.instance_dict(thing).get(VERSION)
    return None if value is None else int(value)


def _touched(session: Session) -> tuple[dict[int, Request | None], list[Requester]]:
    """The requests this flush changes (by row id; None: not loaded in this session, only a
    part of it) and the requesters whose columns it changes."""
    requests: dict[int, Request | None] = {}
    requesters: list[Requester] = []
    for thing in session.dirty:
        if isinstance(thing, Request) and session.is_modified(thing):
            row_id = attributes.instance_dict(thing).get("id")
            if row_id is not None:
                requests[int(row_id)] = thing
        elif isinstance(thing, Requester) and session.is_modified(thing, include_collections=False):
            requesters.append(thing)
    for thing in (*session.new, *session.dirty, *session.deleted):
        if isinstance(thing, REQUEST_PARTS):
            row_id = attributes.instance_dict(thing).get("request_id")
            if row_id is not None:
                requests.setdefault(int(row_id), None)
    if requests:  # the parts' requests loaded in this session: their loaded version counts
        for thing in session.identity_map.values():
            if isinstance(thing, Request):
                row_id = attributes.instance_dict(thing).get("id")
                if row_id is not None and row_id in requests and requests[row_id] is None:
                    requests[int(row_id)] = thing
    return requests, requesters


def _claim(session: Session, table: Any, row_id: int, thing: object | None) -> bool:
    """Raise the row's version, if it is still the loaded one; False if it is not."""
    seen = None if thing is None else loaded_version(thing)
    statement = update(table).where(table.c.id == row_id).values(version=table.c.version + 1)
    if seen is not None:
        statement = statement.where(table.c.version == seen)
    result = session.connection().execute(statement)
    if result.rowcount != 1:
        return False
    if thing is not None and seen is not None:
        attributes.set_committed_value(thing, VERSION, seen + 1)
    return True


def last_change(session: Session, reference: str) -> tuple[str, datetime] | None:
    """Who last changed request ``reference``, and when: its latest audit entry."""
    log = tables.audit_log
    row = (
        session.connection()
        .execute(
            select(log.c.user, log.c.at)
            .where(log.c.request_ref == reference)
            .order_by(log.c.seq.desc())
            .limit(1)
        )
        .one_or_none()
    )
    return None if row is None else (str(row[0]), datetime.fromisoformat(str(row[1])))


def _when(instant: datetime) -> str:
    """The time of ``instant`` on this computer's clock; with its date unless it is today."""
    local = instant.astimezone()
    if local.date() == datetime.now(UTC).astimezone().date():
        return local.strftime("%H:%M")
    return local.strftime("%Y-%m-%d %H:%M")


def conflict_on_request(session: Session, reference: str) -> Conflict:
    change = last_change(session, reference)
    if change is None:
        return Conflict(
            "{ref} was changed by someone else since it was opened — reload it and try again.",
            ref=reference,
        )
    who, at = change
    return Conflict(
        "{ref} was changed by {user} at {when} — reload it and try again.",
        ref=reference,
        user=who,
        when=_when(at),
    )


def _reference_of(session: Session, row_id: int, thing: Request | None) -> str:
    if thing is not None:
        return thing.reference
    found = (
        session.connection()
        .execute(select(tables.requests.c.reference).where(tables.requests.c.id == row_id))
        .scalar()
    )
    return str(found or "")


def claim_versions(session: Session, _context: object = None, _instances: object = None) -> None:
    """``before_flush``: raise the version of every request and requester this flush changes,
    or refuse the whole flush (``Conflict``) if one of them changed since it was loaded."""
    requests, requesters = _touched(session)
    for row_id, request in sorted(requests.items()):
        if not _claim(session, tables.requests, row_id, request):
            raise conflict_on_request(session, _reference_of(session, row_id, request))
    for requester in requesters:
        requester_id = attributes.instance_dict(requester).get("id")
        if requester_id is None or _claim(session, tables.requesters, int(requester_id), requester):
            continue
        owner = next(
            (
                thing.reference
                for thing in session.identity_map.values()
                if isinstance(thing, Request)
                and attributes.instance_dict(thing).get("requester") is requester
            ),
            None,
        )
        if owner is not None:
            raise conflict_on_request(session, owner)
        raise Conflict(
            "The requester's details were changed by someone else since they were opened — "
            "reload and try again."
        )


def start_versioning() -> None:
    """Check and raise row versions at every flush of every session (idempotent)."""
    if not event.contains(Session, "before_flush", claim_versions):
        event.listen(Session, "before_flush", claim_versions)

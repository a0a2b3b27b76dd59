"""Append-only storage of the hash-chained audit log, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from dsr_desk.domain.audit import GENESIS_HASH, AuditEntry, ChainHead, make_entry
from dsr_desk.storage import tables

_HEAD_ID = 1


class AuditTrail(Protocol):
    def append(
        self,
        *,
        at: datetime,
        user: str,
        action: str,
        request_ref: str | None,
        details: Mapping[str, Any],
    ) -> AuditEntry: ...

    def entries(self, request_ref: str | None = None) -> Iterator[AuditEntry]: ...

    def head(self) -> ChainHead | None: ...


def _row_to_entry(row: Any) -> AuditEntry:
    return AuditEntry(
        seq=row.seq,
        at=row.at,
        user=row.user,
        action=row.action,
        request_ref=row.request_ref,
        details_json=row.details,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


class SqlAuditTrail:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _lock_head(self) -> ChainHead | None:
        # A write first, so the transaction holds the database write lock before the head is
        # read: two writers (the GUI and a CLI job) can never chain onto the same entry.
        self._session.execute(
            update(tables.audit_head)
            .where(tables.audit_head.c.id == _HEAD_ID)
            .values(seq=tables.audit_head.c.seq)
        )
        return self.head()

    def head(self) -> ChainHead | None:
        row = self._session.execute(
            select(tables.audit_head.c.seq, tables.audit_head.c.hash).where(
                tables.audit_head.c.id == _HEAD_ID
            )
        ).one_or_none()
        return None if row is None else ChainHead(row.seq, row.hash)

    def append(
        self,
        *,
        at: datetime,
        user: str,
        action: str,
        request_ref: str | None,
        details: Mapping[str, Any],
    ) -> AuditEntry:
        head = self._lock_head()
        seq, prev_hash = (1, GENESIS_HASH) if head is None else (head.seq + 1, head.hash)
        entry = make_entry(
            seq=seq,
            prev_hash=prev_hash,
            at=at,
            user=user,
            action=action,
            request_ref=request_ref,
            details=details,
        )
        self._session.execute(
            insert(tables.audit_log).values(
                seq=entry.seq,
                at=entry.at,
                user=entry.user,
                action=entry.action,
                request_ref=entry.request_ref,
                details=entry.details_json,
                prev_hash=entry.prev_hash,
                hash=entry.hash,
            )
        )
        if head is None:
            self._session.execute(
                insert(tables.audit_head).values(id=_HEAD_ID, seq=entry.seq, hash=entry.hash)
            )
        else:
            self._session.execute(
                update(tables.audit_head)
                .where(tables.audit_head.c.id == _HEAD_ID)
                .values(seq=entry.seq, hash=entry.hash)
            )
        return entry

    def entries(self, request_ref: str | None = None) -> Iterator[AuditEntry]:
        statement = select(tables.audit_log).order_by(tables.audit_log.c.seq)
        if request_ref is not None:
            statement = statement.where(tables.audit_log.c.request_ref == request_ref)
        for row in self._session.execute(statement.execution_options(yield_per=2000)):
            yield _row_to_entry(row)

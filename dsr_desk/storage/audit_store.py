"""Append-only storage of the hash-chained audit log, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any, Final, Protocol

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from dsr_desk.domain.audit import GENESIS_HASH, AuditEntry, ChainHead, make_entry
from dsr_desk.domain.errors import IntegrityError
from dsr_desk.messages import N_, Text
from dsr_desk.storage import tables
from dsr_desk.storage.audit_anchor import AuditAnchor

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

    def anchor(self) -> ChainHead | None: ...


BROKEN_LOG: Final = N_(
    "The audit log no longer matches its anchor ({problem}): nothing was saved. "
    "Run `dsr-desk audit verify`, then restore the data folder from a backup."
)


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
    """The log in the session's database. With an ``anchor`` (the vault's sessions carry it),
    the first append of a transaction checks the log against it, and ``appended`` tells the
    unit of work what to anchor after the commit."""

    def __init__(self, session: Session, anchor: AuditAnchor | None = None) -> None:
        self._session = session
        self._anchor = anchor
        self.appended: ChainHead | None = None

    def anchor_after_commit(self) -> None:
        """Advance the anchor to the last entry this transaction appended (once committed)."""
        appended, self.appended = self.appended, None
        if appended is not None and self._anchor is not None:
            self._anchor.advance(appended)

    def anchor(self) -> ChainHead | None:
        """The anchored head (None: this trail has no anchor); ``IntegrityError`` if the anchor
        file is missing, unreadable or altered."""
        if self._anchor is None:
            return None
        anchored = self._anchor.read()
        if anchored is None:
            raise IntegrityError("The audit anchor {path} is missing.", path=self._anchor.path)
        return anchored

    def _check_before_writing(self, head: ChainHead | None) -> None:
        last_seq = self._session.execute(select(func.max(tables.audit_log.c.seq))).scalar()
        if head is None and last_seq is not None:
            raise IntegrityError(BROKEN_LOG, problem=Text("its recorded end was deleted"))
        if head is not None and head.seq != last_seq:
            raise IntegrityError(BROKEN_LOG, problem=Text("entries were removed"))
        if self._anchor is None:
            return
        anchored = self.anchor()
        assert anchored is not None
        mine = ChainHead(0, GENESIS_HASH) if head is None else head
        if mine.seq < anchored.seq:
            raise IntegrityError(BROKEN_LOG, problem=Text("the database is older than the anchor"))
        if anchored.seq > 0:
            hash_there = self._session.execute(
                select(tables.audit_log.c.hash).where(tables.audit_log.c.seq == anchored.seq)
            ).scalar()
            if hash_there != anchored.hash:
                raise IntegrityError(
                    BROKEN_LOG,
                    problem=Text("entry #{seq} was replaced", seq=anchored.seq),
                )

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
        if self.appended is None:
            self._check_before_writing(head)
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
        self.appended = ChainHead(entry.seq, entry.hash)
        return entry

    def entries(self, request_ref: str | None = None) -> Iterator[AuditEntry]:
        statement = select(tables.audit_log).order_by(tables.audit_log.c.seq)
        if request_ref is not None:
            statement = statement.where(tables.audit_log.c.request_ref == request_ref)
        for row in self._session.execute(statement.execution_options(yield_per=2000)):
            yield _row_to_entry(row)

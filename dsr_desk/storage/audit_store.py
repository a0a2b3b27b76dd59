"""Append-only storage of the hash-chained audit log, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
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


@dataclass(frozen=True)
class _HeadRead:
    """What an append reads after locking the head: the head, and for the first append of a
    transaction the log's last entry, the anchored head (or why it cannot be read) and the
    log's hash at the anchored head."""

    head: ChainHead | None
    last_seq: int | None
    anchored: ChainHead | IntegrityError | None
    hash_at_anchor: str | None


def lock_audit_head(session: Session) -> None:
    """Lock the audit chain's head for the rest of ``session``'s transaction: a write first,
    so the transaction holds the head's row lock (PostgreSQL) or the database's write lock
    (SQLite) before the head is read, and two writers (colleagues, or the GUI and a CLI job)
    can never chain onto the same entry. Taking it again in the same transaction never waits."""
    head = tables.audit_head
    session.execute(update(head).where(head.c.id == _HEAD_ID).values(seq=head.c.seq))


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

    def _check_before_writing(self, read: _HeadRead) -> None:
        head = read.head
        if head is None and read.last_seq is not None:
            raise IntegrityError(BROKEN_LOG, problem=Text("its recorded end was deleted"))
        if head is not None and head.seq != read.last_seq:
            raise IntegrityError(BROKEN_LOG, problem=Text("entries were removed"))
        anchored = read.anchored
        if isinstance(anchored, IntegrityError):  # missing, unreadable or altered
            raise anchored
        if anchored is None:
            return
        mine = ChainHead(0, GENESIS_HASH) if head is None else head
        if mine.seq < anchored.seq:
            raise IntegrityError(BROKEN_LOG, problem=Text("the database is older than the anchor"))
        if anchored.seq > 0 and read.hash_at_anchor != anchored.hash:
            raise IntegrityError(
                BROKEN_LOG,
                problem=Text("entry #{seq} was replaced", seq=anchored.seq),
            )

    def _read_head(self, *, checked: bool) -> _HeadRead:
        """The head, and when ``checked`` what ``_check_before_writing`` compares it with: the
        log's last entry, the anchored head (read once: it may advance meanwhile, after a
        colleague's commit) and the log's hash at it. One statement (one round trip to a
        team's server), after the head's lock (``lock_audit_head``): it sees the last
        writer's commit."""
        head, log = tables.audit_head, tables.audit_log
        of_head = head.c.id == _HEAD_ID
        columns = [
            select(head.c.seq).where(of_head).scalar_subquery(),
            select(head.c.hash).where(of_head).scalar_subquery(),
        ]
        anchored: ChainHead | IntegrityError | None = None
        if checked:
            if self._anchor is not None:
                try:
                    anchored = self.anchor()
                except IntegrityError as problem:  # reported after the log's own checks
                    anchored = problem
            anchored_seq = anchored.seq if isinstance(anchored, ChainHead) else 0
            columns += [
                select(func.max(log.c.seq)).scalar_subquery(),
                select(log.c.hash).where(log.c.seq == anchored_seq).scalar_subquery(),
            ]
        row = self._session.execute(select(*columns)).one()
        found = None if row[0] is None else ChainHead(row[0], row[1])
        if not checked:
            return _HeadRead(found, None, None, None)
        return _HeadRead(found, row[2], anchored, row[3])

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
        lock_audit_head(self._session)
        checked = self.appended is None  # the first entry of this transaction
        read = self._read_head(checked=checked)
        if checked:
            self._check_before_writing(read)
        head = read.head
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

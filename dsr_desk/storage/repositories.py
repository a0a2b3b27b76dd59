"""Repositories: collections of domain objects, backed by the session of a unit of work."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Final, Protocol

from sqlalchemy import Integer, delete, func, insert, select, update
from sqlalchemy.orm import Session

from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.entities import Entity, entity_named
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.requests import FINAL_STATUSES, OPEN_STATUSES, Request
from dsr_desk.storage import tables

#: The first key of the PostgreSQL advisory lock that serialises the numbering of new requests
#: (the second is the year): ``SqlRequestRepository.hold_numbering``.
NUMBERING_LOCK: Final = 0x44535201


class RequestRepository(Protocol):
    def add(self, request: Request) -> None: ...
    def get(self, reference: str) -> Request | None: ...
    def last_number(self, year: int) -> int: ...
    def hold_numbering(self, year: int) -> None: ...
    def closed_with_live_documents(self, kind: DocumentKind) -> Sequence[Request]: ...
    def closed_not_anonymised(self, closed_by: date) -> Sequence[Request]: ...
    def open_for_entity(self, entity_name: str) -> Sequence[Request]: ...
    def same_requester_and_entity(self, request: Request) -> Sequence[Request]: ...
    def linked_with(self, request: Request) -> Sequence[Request]: ...


class EntityRepository(Protocol):
    def add(self, entity: Entity) -> None: ...
    def get(self, name: str) -> Entity | None: ...
    def list(self) -> Sequence[Entity]: ...


class RequesterRepository(Protocol):
    def add(self, requester: Requester) -> None: ...
    def find_by_email(self, email: str) -> Sequence[Requester]: ...
    def remove_unused(self) -> int: ...


class SettingsRepository(Protocol):
    def all(self) -> dict[str, str]: ...
    def set(self, key: str, value: str) -> None: ...


class SqlSettingsRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def all(self) -> dict[str, str]:
        rows = self._session.execute(select(tables.settings.c.key, tables.settings.c.value))
        return {str(key): str(value) for key, value in rows.all()}

    def set(self, key: str, value: str) -> None:
        table = tables.settings
        updated = self._session.execute(update(table).where(table.c.key == key).values(value=value))
        if not updated.rowcount:  # type: ignore[attr-defined]
            self._session.execute(insert(table).values(key=key, value=value))


class SqlRequestRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, request: Request) -> None:
        self._session.add(request)

    def get(self, reference: str) -> Request | None:
        statement = select(Request).where(tables.requests.c.reference == reference)
        return self._session.scalars(statement).unique().one_or_none()

    def closed_with_live_documents(self, kind: DocumentKind) -> Sequence[Request]:
        """Closed requests that still hold an unpurged document of ``kind`` (retention)."""
        docs, reqs = tables.documents, tables.requests
        live = (
            select(docs.c.request_id)
            .where(docs.c.kind == kind.value, docs.c.wrapped_key.is_not(None))
            .distinct()
        )
        statement = select(Request).where(
            reqs.c.id.in_(live), reqs.c.status.in_([s.value for s in FINAL_STATUSES])
        )
        return self._session.scalars(statement).unique().all()

    def closed_not_anonymised(self, closed_by: date) -> Sequence[Request]:
        """Closed requests, closed on or before ``closed_by``, not yet anonymised (record
        retention: the domain decides which are due)."""
        reqs = tables.requests
        statement = (
            select(Request)
            .where(
                reqs.c.status.in_([s.value for s in FINAL_STATUSES]),
                reqs.c.closed_on <= closed_by,
                reqs.c.anonymised_on.is_(None),
            )
            .order_by(reqs.c.closed_on, reqs.c.reference)
        )
        return self._session.scalars(statement).unique().all()

    def open_for_entity(self, entity_name: str) -> Sequence[Request]:
        """Open requests of one entity (their stored due dates follow its holiday calendar)."""
        reqs, ents = tables.requests, tables.entities
        entity_id = select(ents.c.id).where(ents.c.name == entity_name).scalar_subquery()
        statement = select(Request).where(
            reqs.c.entity_id == entity_id, reqs.c.status.in_([s.value for s in OPEN_STATUSES])
        )
        return self._session.scalars(statement).unique().all()

    def same_requester_and_entity(self, request: Request) -> Sequence[Request]:
        """Every request of ``request``'s requester to the same entity, oldest first."""
        reqs = tables.requests
        own = (
            select(reqs.c.requester_id, reqs.c.entity_id)
            .where(reqs.c.reference == request.reference)
            .subquery()
        )
        statement = (
            select(Request)
            .join(
                own,
                (reqs.c.requester_id == own.c.requester_id) & (reqs.c.entity_id == own.c.entity_id),
            )
            .order_by(reqs.c.received_on, reqs.c.reference)
        )
        return self._session.scalars(statement).unique().all()

    def linked_with(self, request: Request) -> Sequence[Request]:
        """The other requests logged from the same message as ``request`` (linked to the first
        one logged), by reference."""
        reqs = tables.requests
        group = request.linked_to or request.reference
        statement = (
            select(Request)
            .where(
                (reqs.c.reference == group) | (reqs.c.linked_to == group),
                reqs.c.reference != request.reference,
            )
            .order_by(reqs.c.reference)
        )
        return self._session.scalars(statement).unique().all()

    def hold_numbering(self, year: int) -> None:
        """Hold the numbering of ``year``'s references until this transaction ends, so that
        ``last_number`` then tells the last number taken, also by a colleague logging a request
        at the same moment (each waits for the other's commit or rollback: no number is given
        twice, none is skipped).

        On PostgreSQL: a transaction-scoped advisory lock per year (read committed: the
        statements after it see what the previous holder committed). Not the audit head's
        row lock, which writers take last: taken this early it would deadlock with a
        colleague's write that locks the dashboard's tally rows first. On SQLite: the
        database's one write lock, taken now (a no-op write) rather than at the first insert."""
        if self._session.get_bind().dialect.name == "postgresql":
            self._session.execute(select(func.pg_advisory_xact_lock(NUMBERING_LOCK, year)))
            return
        head = tables.audit_head
        self._session.execute(update(head).where(head.c.id == 1).values(seq=head.c.seq))

    def last_number(self, year: int) -> int:
        """Highest sequence number used in ``DSR-<year>-NNNN`` references (0 if none)."""
        prefix = f"DSR-{year:04d}-"
        column = tables.requests.c.reference
        number = func.cast(func.substr(column, len(prefix) + 1), Integer)
        statement = select(func.max(number)).where(column.like(prefix + "%"))
        return int(self._session.execute(statement).scalar() or 0)


class SqlEntityRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, entity: Entity) -> None:
        self._session.add(entity)

    def get(self, name: str) -> Entity | None:
        """By name, ignoring case and accents (``domain.entities.entity_named``: "ecole pilote"
        finds "École Pilote"); SQLite's lower() only folds ASCII, so the few entities are
        compared in Python."""
        exact = self._session.scalars(
            select(Entity).where(tables.entities.c.name == name)
        ).one_or_none()
        if exact is not None:
            return exact
        return entity_named(self.list(), name)

    def list(self) -> Sequence[Entity]:
        return self._session.scalars(select(Entity).order_by(tables.entities.c.id)).all()


class SqlRequesterRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, requester: Requester) -> None:
        self._session.add(requester)

    def find_by_email(self, email: str) -> Sequence[Requester]:
        connection = self._session.connection()
        if connection.dialect.name == "postgresql":  # encrypted: through the blind index
            from dsr_desk.storage.blind_index import ids_with_email

            ids = ids_with_email(connection, email.lower())
            if not ids:
                return []
            found = self._session.scalars(
                select(Requester).where(tables.requesters.c.id.in_(ids))
            ).all()
            return [person for person in found if (person.email or "") == email.lower()]
        statement = select(Requester).where(tables.requesters.c.email == email.lower())
        return self._session.scalars(statement).all()

    def remove_unused(self) -> int:
        """Delete the requesters no request refers to any more (after anonymising); how many."""
        self._session.flush()
        people, reqs = tables.requesters, tables.requests
        used = select(reqs.c.requester_id)
        result = self._session.execute(delete(people).where(people.c.id.not_in(used)))
        self._session.expire_all()
        return int(result.rowcount)  # type: ignore[attr-defined]


def entity_ids(session: Session) -> dict[str, int]:
    """Entity name → row id, for bulk loaders."""
    rows = session.execute(select(tables.entities.c.name, tables.entities.c.id))
    return {str(name): int(row_id) for name, row_id in rows.all()}

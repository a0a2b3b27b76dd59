"""In-memory unit of work for service unit tests (no database, no I/O)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

from dsr_desk.domain.audit import GENESIS_HASH, AuditEntry, ChainHead, make_entry
from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.entities import Entity, entity_named
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.requests import Request
from dsr_desk.storage.unit_of_work import UnitOfWork


class FakeRequests:
    def __init__(self) -> None:
        self.items: dict[str, Request] = {}

    def add(self, request: Request) -> None:
        self.items[request.reference] = request

    def get(self, reference: str) -> Request | None:
        return self.items.get(reference)

    def closed_with_live_documents(self, kind: DocumentKind) -> Sequence[Request]:
        return [
            r
            for r in self.items.values()
            if not r.is_open and any(d.kind is kind and not d.is_purged for d in r.documents)
        ]

    def open_for_entity(self, entity_name: str) -> Sequence[Request]:
        return [r for r in self.items.values() if r.is_open and r.entity.name == entity_name]

    def same_requester_and_entity(self, request: Request) -> Sequence[Request]:
        mine = [
            r
            for r in self.items.values()
            if r.requester is request.requester and r.entity is request.entity
        ]
        return sorted(mine, key=lambda r: (r.received_on, r.reference))

    def last_number(self, year: int) -> int:
        prefix = f"DSR-{year:04d}-"
        numbers = [int(ref[len(prefix) :]) for ref in self.items if ref.startswith(prefix)]
        return max(numbers, default=0)


class FakeEntities:
    def __init__(self) -> None:
        self.items: list[Entity] = []

    def add(self, entity: Entity) -> None:
        self.items.append(entity)

    def get(self, name: str) -> Entity | None:
        return entity_named(self.items, name)

    def list(self) -> Sequence[Entity]:
        return list(self.items)


class FakeRequesters:
    def __init__(self) -> None:
        self.items: list[Requester] = []

    def add(self, requester: Requester) -> None:
        self.items.append(requester)

    def find_by_email(self, email: str) -> Sequence[Requester]:
        return [r for r in self.items if r.email == email.lower()]


class FakeSettings:
    def __init__(self) -> None:
        self.items: dict[str, str] = {}

    def all(self) -> dict[str, str]:
        return dict(self.items)

    def set(self, key: str, value: str) -> None:
        self.items[key] = value


class FakeAudit:
    def __init__(self) -> None:
        self.items: list[AuditEntry] = []

    def append(
        self,
        *,
        at: datetime,
        user: str,
        action: str,
        request_ref: str | None,
        details: Mapping[str, Any],
    ) -> AuditEntry:
        prev = self.items[-1].hash if self.items else GENESIS_HASH
        entry = make_entry(
            seq=len(self.items) + 1,
            prev_hash=prev,
            at=at,
            user=user,
            action=action,
            request_ref=request_ref,
            details=details,
        )
        self.items.append(entry)
        return entry

    def entries(self, request_ref: str | None = None) -> Iterator[AuditEntry]:
        return iter([e for e in self.items if request_ref in (None, e.request_ref)])

    def head(self) -> ChainHead | None:
        return ChainHead(self.items[-1].seq, self.items[-1].hash) if self.items else None

    def anchor(self) -> ChainHead | None:
        return None


class FakeUnitOfWork(UnitOfWork):
    """Keeps changes only when committed, like the real one: a rollback restores snapshots."""

    def __init__(self, clock: FixedClock | None = None, user: str = "alice") -> None:
        super().__init__(clock or FixedClock(), user)
        self.requests = FakeRequests()
        self.entities = FakeEntities()
        self.requesters = FakeRequesters()
        self.settings = FakeSettings()
        self.audit = FakeAudit()
        self.commits = 0
        self._snapshot: tuple[dict[str, Request], list[Entity], int] | None = None

    def __enter__(self) -> FakeUnitOfWork:
        self._snapshot = (
            dict(self.requests.items),
            list(self.entities.items),
            len(self.audit.items),
        )
        return self

    def commit(self) -> None:
        self.commits += 1
        self._snapshot = None

    def rollback(self) -> None:
        if self._snapshot is not None:
            requests, entities, audit_len = self._snapshot
            self.requests.items = requests
            self.entities.items = entities
            del self.audit.items[audit_len:]
            self._snapshot = None

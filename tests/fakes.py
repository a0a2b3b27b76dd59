"""In-memory unit of work for service unit tests (no database, no I/O).

It keeps to the contract of the real ``SqlUnitOfWork``, checked against it by
tests/integration/test_uow_contract.py: changes (also to objects already stored) are kept only
when committed, adding a request keeps its requester and entity, and the audit anchor follows
the committed head."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime
from types import TracebackType
from typing import Any

from dsr_desk.domain.accounts import Account
from dsr_desk.domain.audit import GENESIS_HASH, AuditEntry, ChainHead, make_entry
from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.entities import Entity, entity_named
from dsr_desk.domain.requesters import Requester
from dsr_desk.domain.requests import Request
from dsr_desk.domain.roles import UserRole
from dsr_desk.storage.unit_of_work import UnitOfWork


class FakeRequests:
    def __init__(self, entities: FakeEntities, requesters: FakeRequesters) -> None:
        self.items: dict[str, Request] = {}
        self._entities = entities
        self._requesters = requesters

    def add(self, request: Request) -> None:
        """Also keeps the request's requester and entity, as the session's cascade does."""
        self.items[request.reference] = request
        if not any(known is request.entity for known in self._entities.items):
            self._entities.items.append(request.entity)
        if not any(known is request.requester for known in self._requesters.items):
            self._requesters.items.append(request.requester)

    def get(self, reference: str) -> Request | None:
        return self.items.get(reference)

    def closed_with_live_documents(self, kind: DocumentKind) -> Sequence[Request]:
        return [
            r
            for r in self.items.values()
            if not r.is_open and any(d.kind is kind and not d.is_purged for d in r.documents)
        ]

    def closed_not_anonymised(self, closed_by: date) -> Sequence[Request]:
        found = [
            r
            for r in self.items.values()
            if not r.is_open
            and r.closed_on is not None
            and r.closed_on <= closed_by
            and r.anonymised_on is None
        ]
        return sorted(found, key=lambda r: (r.closed_on or r.received_on, r.reference))

    def open_for_entity(self, entity_name: str) -> Sequence[Request]:
        return [r for r in self.items.values() if r.is_open and r.entity.name == entity_name]

    def same_requester_and_entity(self, request: Request) -> Sequence[Request]:
        mine = [
            r
            for r in self.items.values()
            if r.requester is request.requester and r.entity is request.entity
        ]
        return sorted(mine, key=lambda r: (r.received_on, r.reference))

    def linked_with(self, request: Request) -> Sequence[Request]:
        group = request.linked_to or request.reference
        found = [
            r
            for r in self.items.values()
            if r.reference != request.reference and group in (r.reference, r.linked_to)
        ]
        return sorted(found, key=lambda r: r.reference)

    def hold_numbering(self, year: int) -> None:
        """One writer: nothing to hold."""

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
        self.requests: FakeRequests | None = None

    def add(self, requester: Requester) -> None:
        self.items.append(requester)

    def find_by_email(self, email: str) -> Sequence[Requester]:
        return [r for r in self.items if r.email == email.lower()]

    def remove_unused(self) -> int:
        """The requesters of no request (``requests``: wired by ``FakeUnitOfWork``)."""
        requests = self.requests.items.values() if self.requests is not None else ()
        used = [request.requester for request in requests]
        for requester in used:  # as the session's cascade saves a request's new requester
            if not any(requester is known for known in self.items):
                self.items.append(requester)
        kept = [r for r in self.items if any(r is u for u in used)]
        removed = len(self.items) - len(kept)
        self.items[:] = kept
        return removed


class FakeSettings:
    def __init__(self) -> None:
        self.items: dict[str, str] = {}

    def all(self) -> dict[str, str]:
        return dict(self.items)

    def set(self, key: str, value: str) -> None:
        self.items[key] = value


class FakeUsers:
    """Accounts by name; reads give copies (saved only by ``add``/``save``, like rows)."""

    def __init__(self) -> None:
        self.items: dict[str, Account] = {}

    def get(self, name: str) -> Account | None:
        known = self.items.get(name)
        return None if known is None else copy.copy(known)

    def owner(self) -> Account | None:
        return next((copy.copy(a) for a in self.items.values() if a.is_owner), None)

    def list(self) -> Sequence[Account]:
        active = [copy.copy(a) for a in self.items.values() if a.is_active]
        return sorted(active, key=lambda a: (not a.is_owner, a.name))

    def add(self, account: Account) -> None:
        self.items[account.name] = copy.copy(account)

    def save(self, account: Account) -> None:
        self.items[account.name] = copy.copy(account)


class FakeAudit:
    def __init__(self) -> None:
        self.items: list[AuditEntry] = []
        #: Kept outside the database like ``audit-anchor.json``: advanced after each commit,
        #: never rolled back; a new vault's anchor is the genesis.
        self.anchored = ChainHead(0, GENESIS_HASH)

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
        return self.anchored


#: What a fake unit of work stores: requests, entities, requesters, settings, audit entries.
_Stored = tuple[
    dict[str, Request],
    list[Entity],
    list[Requester],
    dict[str, str],
    list[AuditEntry],
    dict[str, Account],
]


class FakeUnitOfWork(UnitOfWork):
    """Keeps changes only when committed, like the real one: ``with uow:`` takes a deep copy of
    everything stored (so changes to stored objects are undone too), ``rollback()`` puts it
    back, ``commit()`` keeps the changes and starts a new transaction. As in a session, the
    objects read after a rollback are not those the block changed."""

    def __init__(
        self,
        clock: FixedClock | None = None,
        user: str = "alice",
        role: UserRole = UserRole.DPO,
    ) -> None:
        """``user`` is also the owner's account (DPO, no password), as in a new vault."""
        super().__init__(clock or FixedClock(), user, role)
        self.entities = FakeEntities()
        self.requesters = FakeRequesters()
        self.requests = FakeRequests(self.entities, self.requesters)
        self.settings = FakeSettings()
        self.requesters.requests = self.requests
        self.audit = FakeAudit()
        self.users = FakeUsers()
        self.users.add(Account(user, UserRole.DPO, self.clock.now(), is_owner=True))
        self.commits = 0
        self._snapshot: _Stored | None = None

    def _stored(self) -> _Stored:
        return (
            self.requests.items,
            self.entities.items,
            self.requesters.items,
            self.settings.items,
            self.audit.items,
            self.users.items,
        )

    def __enter__(self) -> FakeUnitOfWork:
        super().__enter__()
        self._snapshot = copy.deepcopy(self._stored())
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        super().__exit__(exc_type, exc, tb)
        self._snapshot = None

    def commit(self) -> None:
        self.commits += 1
        head = self.audit.head()
        if head is not None:
            self.audit.anchored = head
        if self._snapshot is not None:
            self._snapshot = copy.deepcopy(self._stored())
        self._committed()

    def rollback(self) -> None:
        if self._snapshot is not None:
            (
                self.requests.items,
                self.entities.items,
                self.requesters.items,
                self.settings.items,
                self.audit.items,
                self.users.items,
            ) = self._snapshot
            self._snapshot = copy.deepcopy(self._snapshot)
        self._rolled_back()

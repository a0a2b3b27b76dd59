"""The unit of work: one transaction per user action, rolled back unless committed."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from dsr_desk.domain.audit import AuditEntry
from dsr_desk.domain.changes import NO_CHANGES, Changes, publish_changes
from dsr_desk.domain.clock import Clock
from dsr_desk.domain.errors import Conflict, RuleViolation, VaultError
from dsr_desk.domain.requests import Request
from dsr_desk.domain.roles import Action, UserRole, require
from dsr_desk.storage.audit_anchor import AUDIT_ANCHOR_INFO
from dsr_desk.storage.audit_store import AuditTrail, SqlAuditTrail
from dsr_desk.storage.engine import checkpoint, dbapi_of
from dsr_desk.storage.plain_sql import SqlConnection
from dsr_desk.storage.purge_ledger import PURGE_LEDGER_INFO, PurgeLedger
from dsr_desk.storage.repositories import (
    EntityRepository,
    RequesterRepository,
    RequestRepository,
    SettingsRepository,
    SqlEntityRepository,
    SqlRequesterRepository,
    SqlRequestRepository,
    SqlSettingsRepository,
)
from dsr_desk.storage.row_versions import conflict_on_request, loaded_version
from dsr_desk.storage.user_store import SqlUserRepository, UserRepository

if TYPE_CHECKING:
    from dsr_desk.storage.team_crypto import TeamCipher

log = logging.getLogger(__name__)

NO_TEAM_KEY_HERE = (
    "A workstation vault has no team key (its whole file is encrypted with the vault key: "
    "see `dsr-desk rekey`); rotate-team-key is for a team database (--db)."
)

#: What a request's page was read at: its row's version and its requester's.
PageVersion = tuple[int, int]

#: What opens the sessions of a unit of work (a vault's or a team database's).
SessionFactory = sessionmaker[Session]


class UnitOfWork:
    """What services need: repositories, the audit trail, the clock and the acting user with
    their role (``role``: what ``require`` checks; the workstation's owner is DPO).

    Subclasses provide the storage; ``with uow:`` opens the transaction and leaving the block
    without ``commit()`` rolls everything back (including on an exception).

    Each ``record()`` adds what its action changes (``domain.changes``); a successful commit
    publishes the sum to whoever collects changes on this thread, a rollback forgets it.
    """

    requests: RequestRepository
    entities: EntityRepository
    requesters: RequesterRepository
    settings: SettingsRepository
    users: UserRepository
    audit: AuditTrail

    def __init__(self, clock: Clock, user: str, role: UserRole = UserRole.DPO) -> None:
        self.clock = clock
        self.user = user
        self.role = role
        self.changes: Changes = NO_CHANGES  # recorded in the open transaction
        # reference → the version of the request the asking view showed (``expect_version``)
        self._expected_versions: dict[str, PageVersion] = {}

    def __enter__(self) -> Self:
        self.changes = NO_CHANGES
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.rollback()

    def expect_version(self, reference: str, version: PageVersion | None) -> None:
        """The view that asks for this action showed request ``reference`` (its canonical
        reference) at ``version``: once loaded, the request is refused with ``Conflict``
        ("changed by X at T — reload") if it changed since — a colleague's change is never
        overwritten by a decision taken on what it replaced. None: nothing to check."""
        if version is not None:
            self._expected_versions[reference] = version

    def check_version(self, request: Request) -> None:
        """Called as a request is loaded (``services.loading.load_request``): the version the
        asking view expects, if any, checked once (the unit of work's own writes raise it)."""
        expected = self._expected_versions.pop(request.reference, None)
        if expected is not None and self.version_of(request) not in (None, expected):
            raise self.conflict_on(request.reference)

    def version_of(self, request: Request) -> PageVersion | None:
        """The version of ``request`` as this unit of work loaded it (None: not tracked):
        its own row's and its requester's (whose details its page shows)."""
        return None

    def conflict_on(self, reference: str) -> Conflict:
        return Conflict(
            "{ref} was changed by someone else since it was opened — reload it and try again.",
            ref=reference,
        )

    def require(self, action: Action) -> None:
        """Refuse (``PermissionDenied``) unless the acting user's role allows ``action``."""
        require(self.role, action)

    def record(self, action: str, request_ref: str | None = None, **details: Any) -> AuditEntry:
        """Append an audit entry for the action being performed, in this transaction; the
        entry (its number: ``seq``)."""
        entry = self.audit.append(
            at=self.clock.now(),
            user=self.user,
            action=action,
            request_ref=request_ref,
            details=_plain(details),
        )
        self.changes |= Changes.from_audit(action, request_ref)
        return entry

    def _committed(self) -> None:
        """For subclasses, once the transaction is committed: publish what it changed."""
        changes, self.changes = self.changes, NO_CHANGES
        publish_changes(changes)

    def _rolled_back(self) -> None:
        """For subclasses, on rollback: nothing recorded since the last commit happened."""
        self.changes = NO_CHANGES

    @property
    def is_team(self) -> bool:
        """Whether this unit of work runs on a team's PostgreSQL server."""
        return False

    def commit(self) -> None:
        raise NotImplementedError

    def rollback(self) -> None:
        raise NotImplementedError

    def grant_team_key(self, name: str, password: str) -> None:
        """In team mode, give user ``name`` their copy of the team key (wrapped under their
        password), in this transaction; nothing on a workstation (one vault key)."""

    def revoke_team_key(self, name: str) -> None:
        """In team mode, delete user ``name``'s copy of the team key; nothing on a
        workstation."""

    def rotate_team_key(self) -> int:
        """In team mode, replace the team key in this transaction (``storage.team_rotation``);
        the new key's generation. A workstation vault has no team key."""
        raise RuleViolation(NO_TEAM_KEY_HERE)

    def flush_to_disk(self) -> bool:
        """After a commit that destroyed secrets: fold the write-ahead log into the database
        file and truncate it, so old page versions (holding the secret) are gone from disk.

        Waits for readers (the busy timeout); False if one still kept the fold from
        completing (the commit stands: SQLite folds the log in later, at the latest when the
        last connection closes)."""
        return True


def _sync_ledger(ledger: PurgeLedger, engine: Engine) -> None:
    """Add what was just destroyed to the vault's purge ledger. After the commit nothing may
    report the purge as failed: a ledger that cannot be written now is caught up at the next
    backup, which derives it from the database again."""
    try:
        with engine.connect() as connection:
            ledger.sync(dbapi_of(connection))
    except (VaultError, OSError):
        log.warning("the purge ledger could not be updated now", exc_info=True)


def _plain(details: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in details.items() if value is not None}


class SqlUnitOfWork(UnitOfWork):
    """Unit of work over a SQLAlchemy session (SQLCipher file, or PostgreSQL later)."""

    session: Session

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        clock: Clock,
        user: str,
        role: UserRole = UserRole.DPO,
    ) -> None:
        super().__init__(clock, user, role)
        self._session_factory = session_factory
        self._rotated: TeamCipher | None = None

    def __enter__(self) -> Self:
        self.session = self._session_factory()
        self.requests = SqlRequestRepository(self.session)
        self.entities = SqlEntityRepository(self.session)
        self.requesters = SqlRequesterRepository(self.session)
        self.settings = SqlSettingsRepository(self.session)
        self.users = SqlUserRepository(self.session)
        self.audit = self._trail = SqlAuditTrail(
            self.session, self.session.info.get(AUDIT_ANCHOR_INFO)
        )
        return super().__enter__()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        super().__exit__(exc_type, exc, tb)
        self.session.close()

    def version_of(self, request: Request) -> PageVersion | None:
        own, requester = loaded_version(request), loaded_version(request.requester)
        return None if own is None or requester is None else (own, requester)

    def conflict_on(self, reference: str) -> Conflict:
        return conflict_on_request(self.session, reference)

    @property
    def dbapi_connection(self) -> SqlConnection:
        """The DB-API connection of this unit of work's transaction, for the read side's
        plain SQL (``storage.plain_sql``): it sees this transaction's own changes."""
        return dbapi_of(self.session.connection())

    def commit(self) -> None:
        if self.changes and self.is_team:  # colleagues' open views hear of it at the commit
            from dsr_desk.storage.change_feed import notify

            appended = self._trail.appended
            notify(self.session.connection(), self.changes, appended.seq if appended else None)
        self.session.commit()
        if self._rotated is not None:  # the new team key, from now on
            from dsr_desk.storage.pg_engine import install_team_cipher

            install_team_cipher(self.session.get_bind(), self._rotated)
            self._rotated = None
        self._committed()  # saved, even if the anchor below lags
        try:
            self._trail.anchor_after_commit()
        except OSError as problem:  # a lagging anchor is caught up at the next open
            raise VaultError(
                "The action was saved, but the audit anchor could not be updated "
                "({reason}): check the data folder's free space and permissions.",
                reason=problem.strerror,
            ) from None

    def flush_to_disk(self) -> bool:
        """On a team database: VACUUM the tables a purge deletes from (``pg_engine.
        vacuum_after_purge``), so the deleted rows stop lingering as dead tuples; False if the
        server refused (the commit stands)."""
        bind = self.session.get_bind()
        engine = bind if isinstance(bind, Engine) else bind.engine
        if engine.dialect.name == "postgresql":
            from dsr_desk.storage.pg_engine import vacuum_after_purge

            return vacuum_after_purge(engine)
        ledger = self.session.info.get(PURGE_LEDGER_INFO)
        if ledger is not None:
            _sync_ledger(ledger, engine)
        try:
            checkpoint(engine)
        except VaultError:  # a reader kept the checkpoint from completing
            return False
        return True

    @property
    def is_team(self) -> bool:
        """Whether this unit of work runs on a team's PostgreSQL server."""
        return self.session.get_bind().dialect.name == "postgresql"

    def grant_team_key(self, name: str, password: str) -> None:
        if not self.is_team:
            return
        from dsr_desk.storage import team_keys
        from dsr_desk.storage.team_crypto import cipher_of_dialect

        connection = self.session.connection()
        cipher = cipher_of_dialect(connection.dialect)  # the granting DPO's, logged in
        holder = team_keys.holder_for_user(name, password, cipher.team_key, cipher.generation)
        team_keys.save_holder(connection, holder, self.clock.now())

    def revoke_team_key(self, name: str) -> None:
        if not self.is_team:
            return
        from dsr_desk.storage import team_keys

        team_keys.delete_holder(self.session.connection(), team_keys.user_holder(name))

    def rotate_team_key(self) -> int:
        if not self.is_team:
            raise RuleViolation(NO_TEAM_KEY_HERE)
        from dsr_desk.storage.team_crypto import cipher_of_dialect
        from dsr_desk.storage.team_rotation import rotate_team_key

        connection = self.session.connection()
        old = cipher_of_dialect(connection.dialect)
        self._rotated = rotate_team_key(connection, old, self.clock.now())
        return self._rotated.generation

    def rollback(self) -> None:
        self._rotated = None
        self.session.rollback()
        self._trail.appended = None
        self._rolled_back()

"""The unlocked vault as the GUI sees it: a unit-of-work factory, the clock and the user.
Locking disposes the engine, so no decrypted page or key stays reachable from the app.

In team mode (``ui.team_mode``) the session runs on a ``TeamDatabase`` instead, with the
account logged in acting (its name, its role); locking closes it and drops the team key.

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from dsr_desk.domain.clock import Clock
from dsr_desk.domain.errors import VaultLocked
from dsr_desk.domain.roles import Action, UserRole, allows
from dsr_desk.storage.plain_sql import SqlConnection

if TYPE_CHECKING:  # imported when first used: the first screen needs neither (fast start)
    from dsr_desk.services.accounts import UserView
    from dsr_desk.storage.document_store import DocumentStore
    from dsr_desk.storage.pg_engine import TeamDatabase
    from dsr_desk.storage.unit_of_work import SqlUnitOfWork
    from dsr_desk.storage.vault import Vault


@dataclass
class AppSession:
    data_dir: Path
    clock: Clock
    user: str
    vault: Vault | None = field(default=None, repr=False)
    # The acting user's role: unlocking a workstation vault logs its owner in, a DPO.
    role: UserRole = UserRole.DPO
    # Archived objection records whose consultation (with its reason) was audited since unlock.
    archive_consulted: set[str] = field(default_factory=set, repr=False)
    # Who acts when the vault has no display name (``DSR_DESK_USER``, else the login name).
    fallback_user: str = field(default="", repr=False)
    # Team mode: the team database with ``account`` logged in (``vault`` is then None).
    team: TeamDatabase | None = field(default=None, repr=False)
    account: str = ""

    def __post_init__(self) -> None:
        self.fallback_user = self.fallback_user or self.user

    def use_display_name(self, display_name: str) -> None:
        """The vault's display name (Settings) becomes who acts: the audit log's user, "Mine"
        and "assign to me" (``user.acting_user``); none set: the fallback."""
        from dsr_desk.user import acting_user

        if self.team is not None:  # a team's accounts act under their own names
            self.user = self.account
            return
        self.user = acting_user(display_name, self.fallback_user)

    @property
    def is_unlocked(self) -> bool:
        return self.vault is not None or self.team is not None

    @property
    def is_team(self) -> bool:
        """Whether the session runs on a team database (else a workstation vault)."""
        return self.team is not None

    def can(self, action: Action) -> bool:
        """Whether the acting user's role allows ``action``: the GUI hides what it does not
        (the services refuse it anyway)."""
        return allows(self.role, action)

    def attach(self, vault: Vault) -> None:
        """The workstation's vault, unlocked: its owner (a DPO) acts."""
        self.vault, self.team, self.account = vault, None, ""
        self.role = UserRole.DPO

    def attach_team(self, team: TeamDatabase, account: UserView) -> None:
        """A team database with ``account`` logged in: that account acts, with its role."""
        self.vault, self.team = None, team
        self.account = self.user = account.name
        self.role = account.role

    def _store(self) -> Vault | TeamDatabase:
        store = self.vault if self.vault is not None else self.team
        if store is None:
            raise VaultLocked(QCoreApplication.translate("Session", "DSR Desk is locked."))
        return store

    def uow(self) -> SqlUnitOfWork:
        """A fresh unit of work; call only from the DB worker thread."""
        from dsr_desk.storage.unit_of_work import SqlUnitOfWork

        return SqlUnitOfWork(self._store().session_factory, self.clock, self.user, self.role)

    def reader(self) -> SqlConnection:
        """The connection for the read side's plain SQL; call only from the DB worker thread."""
        return self._store().reader

    def warm_up(self) -> None:
        """Load what writing needs (SQLAlchemy, the mappings) ahead of the first write; on the
        DB worker thread, after the first screen is drawn."""
        if self.vault is not None or self.team is not None:
            self._store().warm_up()
            from dsr_desk.storage import unit_of_work  # noqa: F401 - the repositories too

    def document_store(self) -> DocumentStore:
        """The encrypted document store (``<data dir>/documents``). Its key-encryption key
        derives from the database key, which exists only while the vault is unlocked."""
        from dsr_desk.storage.document_store import DocumentStore

        if self.team is not None:  # on the server, under the team key
            from dsr_desk.storage.vault import DOCUMENTS_DIR

            return self.team.document_store(self.data_dir / DOCUMENTS_DIR)
        if self.vault is None:
            raise VaultLocked(
                QCoreApplication.translate(
                    "Session", "DSR Desk is locked: unlock it to open or keep documents."
                )
            )
        return DocumentStore(self.vault.documents_dir, self.vault.database_key)

    def lock(self) -> None:
        """Close the database (checkpoint + dispose): the key and cached pages are released.
        A team database is closed too, its team key dropped with its engine."""
        vault, self.vault = self.vault, None
        team, self.team = self.team, None
        self.archive_consulted.clear()
        if team is not None:
            team.close()
        if vault is not None:
            vault.close()

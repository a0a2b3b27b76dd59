"""The unlocked vault as the GUI sees it: a unit-of-work factory, the clock and the user.
Locking disposes the engine, so no decrypted page or key stays reachable from the app."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dsr_desk.domain.clock import Clock
from dsr_desk.domain.errors import VaultLocked
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Vault


@dataclass
class AppSession:
    data_dir: Path
    clock: Clock
    user: str
    vault: Vault | None = field(default=None, repr=False)

    @property
    def is_unlocked(self) -> bool:
        return self.vault is not None

    def attach(self, vault: Vault) -> None:
        self.vault = vault

    def uow(self) -> SqlUnitOfWork:
        """A fresh unit of work; call only from the DB worker thread."""
        if self.vault is None:
            raise VaultLocked("DSR Desk is locked.")
        return SqlUnitOfWork(self.vault.session_factory, self.clock, self.user)

    def lock(self) -> None:
        """Close the database (checkpoint + dispose): the key and cached pages are released."""
        vault, self.vault = self.vault, None
        if vault is not None:
            vault.close()

"""What every CLI command needs: the data dir, the clock, the user, and an unlocked vault."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from dsr_desk.bootstrap import start_up
from dsr_desk.domain.clock import Clock
from dsr_desk.domain.errors import VaultLocked
from dsr_desk.services.failures import describe_failure
from dsr_desk.services.read.settings import read_settings
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Unlock, Vault, load_header, open_vault
from dsr_desk.storage.vault_header import KeyMode
from dsr_desk.user import acting_user

ENV_PASSPHRASE = "DSR_DESK_PASSPHRASE"  # noqa: S105 - a variable name, not a secret
ENV_RECOVERY_KEY = "DSR_DESK_RECOVERY_KEY"
PROMPT_ATTEMPTS = 3


def can_prompt() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def prompt_secret(label: str) -> str:
    return getpass.getpass(f"{label}: ")


@dataclass
class CliContext:
    data_dir: Path
    clock: Clock
    user: str

    @classmethod
    def from_args(cls, data_dir: str | None) -> CliContext:
        start = start_up(data_dir)  # the same data dir, clock and user as the GUI's
        return cls(start.data_dir, start.clock, start.user)

    def open(self, *, check_audit_anchor: bool = True) -> Vault:
        """Unlock with $DSR_DESK_PASSPHRASE, else the keyring, else by asking (passphrase mode).
        ``check_audit_anchor=False``: see ``open_vault`` (for ``audit verify``)."""
        passphrase = os.environ.get(ENV_PASSPHRASE)
        checked = check_audit_anchor
        try:
            return open_vault(
                self.data_dir, self.clock, Unlock(passphrase=passphrase), check_audit_anchor=checked
            )
        except VaultLocked:
            header = load_header(self.data_dir)
            if passphrase is not None or not can_prompt() or header is None:
                raise
            if header.mode is not KeyMode.PASSPHRASE:
                raise
        for attempt in range(1, PROMPT_ATTEMPTS + 1):
            try:
                return open_vault(
                    self.data_dir,
                    self.clock,
                    Unlock(passphrase=prompt_secret("Vault passphrase")),
                    check_audit_anchor=checked,
                )
            except VaultLocked:
                if attempt == PROMPT_ATTEMPTS:
                    raise
                print("Wrong passphrase, try again.", file=sys.stderr)
        raise AssertionError("unreachable")

    @contextmanager
    def opened_vault(self, *, check_audit_anchor: bool = True) -> Iterator[Vault]:
        vault = self.open(check_audit_anchor=check_audit_anchor)
        try:
            yield vault
        except BaseException:
            with suppress(Exception):  # the first failure is the one to report
                vault.close()
            raise
        try:
            vault.close()
        except Exception as problem:
            # What the command did is committed (in the write-ahead log, synced): only the
            # tidy-up at closing (folding the log into the database file) failed, and the next
            # opening does it. Failing the command now would make scripts repeat it.
            if describe_failure(problem) is None:
                raise
            print(
                "dsr-desk: warning: the change was saved, but the database file could not be "
                "tidied up (full disk or file size limit); the next command will finish it.",
                file=sys.stderr,
            )

    def uow_for(self, vault: Vault) -> SqlUnitOfWork:
        """A unit of work acting as the vault's display name (Settings), else ``self.user``
        (``DSR_DESK_USER``, else the login name): the same person as in the GUI."""
        display_name = read_settings(vault.reader).display_name
        return SqlUnitOfWork(
            vault.session_factory, self.clock, acting_user(display_name, self.user)
        )

    @contextmanager
    def unit_of_work(self, *, check_audit_anchor: bool = True) -> Iterator[SqlUnitOfWork]:
        with self.opened_vault(check_audit_anchor=check_audit_anchor) as vault:
            yield self.uow_for(vault)

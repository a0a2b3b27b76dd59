"""What every CLI command needs: the data dir, the clock, the user (and their role), and an
unlocked vault.

Unlocking the vault is the owner's login (role DPO; nothing more is asked). When
``DSR_DESK_USER`` names another account of the vault, that user logs in with
``DSR_DESK_PASSWORD`` (or a prompt) and acts with their own role.

With ``--db URL`` (or ``DSR_DESK_DB_URL``) the commands run on a team's PostgreSQL database:
every command logs in as ``DSR_DESK_USER`` with ``DSR_DESK_PASSWORD`` (or a prompt), which
also opens that user's copy of the team key (``services.team.log_in``)."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dsr_desk.bootstrap import start_up
from dsr_desk.domain.clock import Clock
from dsr_desk.domain.errors import LoginRefused, VaultError, VaultLocked
from dsr_desk.domain.roles import UserRole
from dsr_desk.messages import _
from dsr_desk.services.failures import describe_failure
from dsr_desk.services.read.settings import read_settings
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import DOCUMENTS_DIR, Unlock, Vault, load_header, open_vault
from dsr_desk.storage.vault_header import KeyMode
from dsr_desk.user import ENV_USER, acting_user

if TYPE_CHECKING:
    from dsr_desk.storage.pg_engine import TeamDatabase

ENV_PASSPHRASE = "DSR_DESK_PASSPHRASE"  # noqa: S105 - a variable name, not a secret
ENV_RECOVERY_KEY = "DSR_DESK_RECOVERY_KEY"
ENV_PASSWORD = "DSR_DESK_PASSWORD"  # noqa: S105 - a variable name, not a secret
ENV_NEW_PASSWORD = "DSR_DESK_NEW_PASSWORD"  # noqa: S105 - `user add`: the new account's
ENV_DB_URL = "DSR_DESK_DB_URL"
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
    role: UserRole = UserRole.DPO  # the owner's, until another account logs in (``open``)
    db_url: str | None = None  # a team database (``--db``), else the workstation's vault
    account: str | None = None  # the account logged in, when not the workstation's owner

    @classmethod
    def from_args(cls, data_dir: str | None, db_url: str | None = None) -> CliContext:
        start = start_up(data_dir)  # the same data dir, clock and user as the GUI's
        return cls(start.data_dir, start.clock, start.user, db_url=db_url or None)

    def connect_team(self) -> TeamDatabase:
        """The team database named by ``--db``, connected, nobody logged in yet."""
        from dsr_desk.storage.pg_engine import TeamDatabase, create_team_engine

        assert self.db_url is not None
        return TeamDatabase(create_team_engine(self.db_url))

    def _open_team(self) -> TeamDatabase:
        """The team database with ``DSR_DESK_USER`` logged in (their team key installed)."""
        from dsr_desk.services import team

        password = os.environ.get(ENV_PASSWORD)
        if password is None:
            if not can_prompt():
                raise LoginRefused(
                    "Log in to the team database: give {user}'s password in "
                    "{env_password} (and the account's name in {env_user}).",
                    user=self.user,
                    env_password=ENV_PASSWORD,
                    env_user=ENV_USER,
                )
            password = prompt_secret(_("Password of {name}").format(name=self.user))
        database = self.connect_team()
        try:
            database.watch_chain(self.data_dir)
            self.role = team.log_in(database, self.clock, self.user, password).role
            self.account = self.user
        except BaseException:
            database.close()
            raise
        return database

    def open(self, *, check_audit_anchor: bool = True) -> Vault:
        """The unlocked vault, with the acting user logged in (see the module's doc)."""
        if self.db_url is not None:
            raise VaultError(
                "This command works on a workstation vault only; on a team database "
                "(--db), the team key is replaced with rotate-team-key."
            )
        vault = self._unlock(check_audit_anchor=check_audit_anchor)
        try:
            self._log_in(vault)
        except BaseException:
            with suppress(Exception):  # the refused login is the failure to report
                vault.close()
            raise
        return vault

    def _log_in(self, vault: Vault) -> None:
        """Log in as the account ``DSR_DESK_USER`` names, if it is not the owner's (a name
        that is no account is the owner's display name, as on a one-person workstation)."""
        from dsr_desk.services.read.accounts import Standing, account_standing

        name = os.environ.get(ENV_USER)
        if not name or account_standing(vault.reader, name) is not Standing.OTHER:
            return
        from dsr_desk.services import accounts

        password = os.environ.get(ENV_PASSWORD)
        if password is None:
            if not can_prompt():
                raise LoginRefused(
                    "{name} has an account of their own on this vault: give its password "
                    "in {env_password}.",
                    name=name,
                    env_password=ENV_PASSWORD,
                )
            password = prompt_secret(_("Password of {name}").format(name=name))
        self.role = accounts.login(self.uow_for(vault), name, password).role
        self.account = name

    def _unlock(self, *, check_audit_anchor: bool = True) -> Vault:
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
                    Unlock(passphrase=prompt_secret(_("Vault passphrase"))),
                    check_audit_anchor=checked,
                )
            except VaultLocked:
                if attempt == PROMPT_ATTEMPTS:
                    raise
                print(_("Wrong passphrase, try again."), file=sys.stderr)
        raise AssertionError("unreachable")

    @contextmanager
    def opened_vault(self, *, check_audit_anchor: bool = True) -> Iterator[Any]:
        """The opened ``Vault``, or in team mode the ``TeamDatabase`` (which has the vault's
        ``session_factory`` and ``close``; its documents are not there yet)."""
        vault: Vault | TeamDatabase = (
            self._open_team()
            if self.db_url is not None
            else self.open(check_audit_anchor=check_audit_anchor)
        )
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
                _(
                    "dsr-desk: warning: the change was saved, but the database file could not "
                    "be tidied up (full disk or file size limit); the next command will finish it."
                ),
                file=sys.stderr,
            )

    def uow_for(self, vault: Vault | TeamDatabase) -> SqlUnitOfWork:
        """A unit of work acting as the account logged in (another account than the owner's,
        or a team database's), else as the vault's display name (Settings), else
        ``self.user`` (``DSR_DESK_USER``, else the login name): the same person as in the GUI."""
        if self.account is not None or not isinstance(vault, Vault):
            acting = self.account or self.user
        else:
            acting = acting_user(read_settings(vault.reader).display_name, self.user)
        return SqlUnitOfWork(vault.session_factory, self.clock, acting, self.role)

    def document_store(self, vault: Vault | TeamDatabase) -> DocumentStore:
        """Where the documents are: the vault's encrypted folder, or on a team database the
        server (``storage.team_documents``), under the team key of the account logged in."""
        if isinstance(vault, Vault):
            return DocumentStore(vault.documents_dir, vault.database_key)
        return vault.document_store(self.data_dir / DOCUMENTS_DIR)

    @contextmanager
    def unit_of_work(self, *, check_audit_anchor: bool = True) -> Iterator[SqlUnitOfWork]:
        with self.opened_vault(check_audit_anchor=check_audit_anchor) as vault:
            yield self.uow_for(vault)

"""Use cases of team mode (a shared PostgreSQL database): setting a new team database up with
its first DPO account, logging in (which opens the user's copy of the team key), and rotating
the team key. Accounts are added and removed by ``services.accounts``, which grants or deletes
the user's copy of the team key in the same transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dsr_desk.domain.accounts import Account, clean_user_name
from dsr_desk.domain.audit import verify_chain
from dsr_desk.domain.clock import Clock
from dsr_desk.domain.errors import IntegrityError, ValidationError
from dsr_desk.domain.passphrase_policy import passphrase_problem
from dsr_desk.domain.roles import Action, UserRole
from dsr_desk.services import accounts
from dsr_desk.services.entities import create_entity
from dsr_desk.services.read.settings import AppSettings
from dsr_desk.storage.pg_engine import TeamDatabase
from dsr_desk.storage.unit_of_work import SessionFactory, SqlUnitOfWork, UnitOfWork

if TYPE_CHECKING:
    from dsr_desk.storage.team_migration import Counts, Migrated
    from dsr_desk.storage.vault import Vault


def check_password(name: str, password: str) -> None:
    problem = passphrase_problem(password, (name,))
    if problem is not None:
        raise ValidationError(problem.replace("passphrase", "password"))


def create_team(
    team: TeamDatabase, clock: Clock, admin: str, password: str, entity: dict[str, Any]
) -> str:
    """Set up an empty team database: the schema, the team key, the first DPO account (and
    their copy of the key), the first entity. Returns the recovery key, to show once."""
    admin = clean_user_name(admin)
    check_password(admin, password)
    recovery_key = team.create_schema(clock.now())
    uow = SqlUnitOfWork(team.session_factory, clock, admin, UserRole.DPO)
    with uow:
        account = Account(
            admin, UserRole.DPO, clock.now(), password_hash=accounts.hash_password(password)
        )
        uow.users.add(account)
        uow.grant_team_key(admin, password)
        uow.record("team.created", name=admin)
        uow.commit()
    create_entity(uow, **entity)
    return recovery_key


def migrate_to_team(
    uow: UnitOfWork,
    vault: Vault,
    team: TeamDatabase,
    admin: str,
    password: str,
    server_backup_days: int | None = None,
) -> Migrated:
    """Copy the workstation ``vault`` (``uow`` on it: its DPO acts) into the empty ``team``
    database, set up with ``admin`` as its first DPO; every row, document and audit entry
    verified on the server before the one commit (``storage.team_migration``). Returns the
    recovery key (to show once) and the counts on both sides."""
    from dataclasses import replace

    from dsr_desk.services.settings import load_settings, save_settings
    from dsr_desk.storage.team_migration import AdminAccount

    uow.require(Action.MANAGE_USERS)
    admin = clean_user_name(admin)
    check_password(admin, password)
    if server_backup_days is not None:  # checked before anything is copied
        replace(AppSettings(), server_backup_days=server_backup_days).validate()
    with uow:
        chain = verify_chain(uow.audit.entries(), uow.audit.head())
    if not chain.ok:
        raise IntegrityError(
            "The vault's audit log does not verify ({problem}): it is not copied to a team "
            "database. Run `dsr-desk audit verify`.",
            problem=chain.message,
        )
    account = AdminAccount(admin, password, accounts.hash_password(password))

    def record_migration(sessions: SessionFactory, counts: Counts) -> None:
        on_server = SqlUnitOfWork(sessions, uow.clock, admin, UserRole.DPO)
        with on_server:
            on_server.record("team.migrated", None, **{"from": "workstation"}, **counts.to_json())
            on_server.commit()  # joined to the copy's transaction: committed with it

    now = uow.clock.now()
    migrated = team.import_vault(
        vault.engine, vault.documents_dir, vault.database_key, account, now, record_migration
    )
    if server_backup_days is not None:
        team_uow = SqlUnitOfWork(team.session_factory, uow.clock, admin, UserRole.DPO)
        settings = load_settings(team_uow)
        save_settings(team_uow, replace(settings, server_backup_days=server_backup_days))
    return migrated


def log_in(team: TeamDatabase, clock: Clock, name: str, password: str) -> accounts.UserView:
    """Check ``name``'s password (with the lockout delays of ``accounts.login``), then open
    their copy of the team key with it."""
    view = accounts.login(SqlUnitOfWork(team.session_factory, clock, name), name, password)
    team.unlock(view.name, password)
    return view


def rotate_team_key(uow: UnitOfWork) -> int:
    """A new team key: every personal field and the blind index re-encrypted, the key sealed
    to every remaining user and the recovery key; the new generation."""
    uow.require(Action.MANAGE_USERS)
    with uow:
        generation = uow.rotate_team_key()
        uow.record("team.key_rotated", generation=generation)
        uow.commit()
    return generation

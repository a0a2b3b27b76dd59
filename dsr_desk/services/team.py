"""Use cases of team mode (a shared PostgreSQL database): setting a new team database up with
its first DPO account, logging in (which opens the user's copy of the team key), and rotating
the team key. Accounts are added and removed by ``services.accounts``, which grants or deletes
the user's copy of the team key in the same transaction."""

from __future__ import annotations

from typing import Any

from dsr_desk.domain.accounts import Account, clean_user_name
from dsr_desk.domain.clock import Clock
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.passphrase_policy import passphrase_problem
from dsr_desk.domain.roles import Action, UserRole
from dsr_desk.services import accounts
from dsr_desk.services.entities import create_entity
from dsr_desk.storage.pg_engine import TeamDatabase
from dsr_desk.storage.unit_of_work import SqlUnitOfWork, UnitOfWork


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

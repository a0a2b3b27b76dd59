"""Use cases on user accounts: add, remove, list, log in, and who may be an assignee.

Passwords are hashed with argon2id (argon2-cffi); a failed login delays the next attempt
(``domain.accounts.login_delay``), the failure count kept in the database, so a restart does
not reset it. The workstation's owner has no password: unlocking the vault is their login.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from math import ceil
from typing import Any

from dsr_desk.domain.accounts import Account, clean_user_name
from dsr_desk.domain.clock import Clock
from dsr_desk.domain.errors import LoginRefused, NotFound, RuleViolation, ValidationError
from dsr_desk.domain.passphrase_policy import passphrase_problem
from dsr_desk.domain.roles import Action, UserRole
from dsr_desk.messages import N_
from dsr_desk.storage.unit_of_work import UnitOfWork

WRONG_LOGIN = N_("Wrong user name or password.")


@dataclass(frozen=True)
class UserView:
    name: str
    role: UserRole
    created_on: date
    is_owner: bool

    def to_json(self) -> dict[str, Any]:
        """The ``user list --json`` row (never a hash)."""
        return {
            "name": self.name,
            "role": self.role.value,
            "created_on": self.created_on.isoformat(),
            "owner": self.is_owner,
        }


def _view(account: Account) -> UserView:
    return UserView(account.name, account.role, account.created_on, account.is_owner)


def _hasher() -> Any:
    from argon2 import PasswordHasher  # argon2id, RFC 9106 parameters; only when used

    return PasswordHasher()


def hash_password(password: str) -> str:
    return str(_hasher().hash(password))


def _password_matches(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(_hasher().verify(password_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def list_users(uow: UnitOfWork) -> list[UserView]:
    """The active accounts, the owner first."""
    with uow:
        return [_view(account) for account in uow.users.list()]


def add_user(uow: UnitOfWork, name: str, role: UserRole, password: str) -> UserView:
    """A new account (or a removed one given back, with its new role and password)."""
    uow.require(Action.MANAGE_USERS)
    name = clean_user_name(name)
    problem = passphrase_problem(password, (name,))
    if problem is not None:
        raise ValidationError(problem.replace("passphrase", "password"))
    password_hash = hash_password(password)
    with uow:
        known = uow.users.get(name)
        if known is not None and known.is_active:
            raise RuleViolation(
                "There is already a user named {name}; nothing was changed.", name=name
            )
        account = Account(name, role, uow.clock.now(), password_hash=password_hash)
        if known is None:
            uow.users.add(account)
        else:
            uow.users.save(account)
        uow.grant_team_key(name, password)  # team mode: their copy of the team key
        uow.record("user.added", name=name, role=role.value)
        uow.commit()
        return _view(account)


def remove_user(uow: UnitOfWork, name: str) -> None:
    """Remove an account: it can no longer log in (its name stays in the audit log)."""
    uow.require(Action.MANAGE_USERS)
    with uow:
        account = uow.users.get(name)
        if account is None or not account.is_active:
            raise NotFound("There is no user named {name}.", name=name)
        if account.is_owner:
            raise RuleViolation(
                "{name} owns this workstation's vault: the owner's account cannot be removed.",
                name=name,
            )
        account.removed_at = uow.clock.now()
        account.password_hash = None
        uow.users.save(account)
        uow.revoke_team_key(name)  # team mode: their copy of the team key is deleted
        uow.record("user.removed", name=name)
        uow.commit()


def login(uow: UnitOfWork, name: str, password: str, clock: Clock | None = None) -> UserView:
    """Check ``name``'s password. Refused without checking while the delay since the last
    failure has not passed; a failure is counted (in the database) and delays the next try;
    a success resets the count."""
    now = (clock or uow.clock).now()
    with uow:
        account = uow.users.get(name)
        if account is None or not account.is_active or account.password_hash is None:
            raise LoginRefused(WRONG_LOGIN)
        next_attempt = account.next_attempt_at()
        if next_attempt is not None and now < next_attempt:
            wait = ceil((next_attempt - now).total_seconds())
            raise LoginRefused(
                "Too many failed logins for {name}: try again in {wait} s.", name=name, wait=wait
            )
        if not _password_matches(account.password_hash, password):
            account.record_failure(now)
            uow.users.save(account)
            uow.record("user.login_failed", name=name, failures=account.failed_count)
            uow.commit()
            delay = ceil(account.login_delay().total_seconds())
            raise LoginRefused(WRONG_LOGIN, wait=delay)
        if account.failed_count:
            account.record_success()
            uow.users.save(account)
            uow.commit()
        return _view(account)


def owner(uow: UnitOfWork) -> UserView | None:
    with uow:
        account = uow.users.owner()
        return None if account is None else _view(account)


def assignable_users(uow: UnitOfWork) -> tuple[str, ...]:
    """The names a request may be assigned to, for a unit of work already open; empty when
    any name is accepted: a workstation whose owner is its only account (free text). On a
    team database, or a workstation with several accounts, an assignee is one of the users."""
    names = tuple(account.name for account in uow.users.list())
    return names if uow.is_team or len(names) > 1 else ()


def validate_assignee(uow: UnitOfWork, name: str) -> str:
    """The assignee as it is stored: one of ``assignable_users`` (any name while there are
    none). Call inside the unit of work's block."""
    assignee = " ".join(name.split())
    names = assignable_users(uow)
    if (uow.is_team or names) and assignee not in names:
        raise ValidationError(
            "{assignee!r} has no user account: assign the request to one of the users ({names}).",
            assignee=assignee,
            names=", ".join(names),
        )
    return assignee

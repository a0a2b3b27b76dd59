"""The user accounts, read and written in the unit of work's transaction (``tables.users``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from dsr_desk.domain.accounts import Account
from dsr_desk.domain.roles import UserRole
from dsr_desk.storage import tables


class UserRepository(Protocol):
    def get(self, name: str) -> Account | None:
        """The account of this name, removed or not (names are unique, case as typed)."""
        ...

    def owner(self) -> Account | None: ...
    def list(self) -> Sequence[Account]:
        """Every active account, the owner first, then by name."""
        ...

    def add(self, account: Account) -> None: ...
    def save(self, account: Account) -> None:
        """Write back the account's role, hash, failure count and removal (by its name)."""
        ...


def _account(row: Any) -> Account:
    return Account(
        name=row.name,
        role=UserRole(row.role),
        created_at=row.created_at,
        password_hash=row.password_hash,
        is_owner=bool(row.is_owner),
        failed_count=row.failed_count,
        last_failed_at=row.last_failed_at,
        removed_at=row.removed_at,
    )


def _values(account: Account) -> dict[str, Any]:
    return {
        "role": account.role,
        "password_hash": account.password_hash,
        "is_owner": account.is_owner,
        "failed_count": account.failed_count,
        "last_failed_at": account.last_failed_at,
        "created_at": account.created_at,
        "removed_at": account.removed_at,
    }


class SqlUserRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, name: str) -> Account | None:
        row = self._session.execute(select(tables.users).where(tables.users.c.name == name)).first()
        return None if row is None else _account(row)

    def owner(self) -> Account | None:
        row = self._session.execute(
            select(tables.users).where(tables.users.c.is_owner.is_(True))
        ).first()
        return None if row is None else _account(row)

    def list(self) -> Sequence[Account]:
        table = tables.users
        rows = self._session.execute(
            select(table)
            .where(table.c.removed_at.is_(None))
            .order_by(table.c.is_owner.desc(), table.c.name)
        )
        return [_account(row) for row in rows]

    def add(self, account: Account) -> None:
        self._session.execute(insert(tables.users).values(name=account.name, **_values(account)))

    def save(self, account: Account) -> None:
        table = tables.users
        self._session.execute(
            update(table).where(table.c.name == account.name).values(**_values(account))
        )

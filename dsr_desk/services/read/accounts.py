"""Which account a name is, read in plain SQL: every CLI command asks it before SQLAlchemy is
loaded (``cli.context``); logging in is a use case (``services.accounts.login``)."""

from __future__ import annotations

from enum import Enum

from dsr_desk.domain.errors import LoginRefused
from dsr_desk.storage.plain_sql import SqlConnection, rows


class Standing(Enum):
    NO_ACCOUNT = "no account"  # a workstation's free-text display name: the owner's
    OWNER = "owner"
    OTHER = "another account"  # logs in with its password


def account_standing(db: SqlConnection, name: str) -> Standing:
    """What ``name`` is on this vault; a removed account is refused (``LoginRefused``), so
    that its name cannot pass for the owner's display name."""
    found = rows(db, "SELECT is_owner, removed_at FROM users WHERE name = ?", (name,))
    if not found:
        return Standing.NO_ACCOUNT
    is_owner, removed_at = found[0]
    if removed_at is not None:
        raise LoginRefused("The account of {name} was removed; it can no longer log in.", name=name)
    return Standing.OWNER if is_owner else Standing.OTHER

"""User accounts and the login delay after failed attempts (pure: no hashing, no storage).

A workstation vault has one account, its owner (role DPO, no password: unlocking the vault is
the login). Other accounts have an argon2id password hash, checked by ``services.accounts``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.roles import UserRole

#: The first failed login delays the next attempt by this much; each further failure doubles
#: it (1 s, 2 s, 4 s …) up to ``MAX_LOGIN_DELAY``.
FIRST_LOGIN_DELAY: Final = timedelta(seconds=1)
MAX_LOGIN_DELAY: Final = timedelta(minutes=15)
MAX_USER_NAME: Final = 100


@dataclass
class Account:
    name: str
    role: UserRole
    created_at: datetime
    password_hash: str | None = None  # None: the owner, who logs in by unlocking the vault
    is_owner: bool = False
    failed_count: int = 0
    last_failed_at: datetime | None = None
    removed_at: datetime | None = None

    @property
    def is_active(self) -> bool:
        return self.removed_at is None

    @property
    def created_on(self) -> date:
        return self.created_at.date()

    def login_delay(self) -> timedelta:
        """How long after the last failure a new attempt must wait."""
        return login_delay(self.failed_count)

    def next_attempt_at(self) -> datetime | None:
        """When a login may be tried again (None: now)."""
        if self.failed_count == 0 or self.last_failed_at is None:
            return None
        return self.last_failed_at + self.login_delay()

    def record_failure(self, now: datetime) -> None:
        self.failed_count += 1
        self.last_failed_at = now

    def record_success(self) -> None:
        self.failed_count = 0
        self.last_failed_at = None


def login_delay(failed_count: int) -> timedelta:
    """1 s after one failure, 2 s after two, 4 s after three …, capped."""
    if failed_count <= 0:
        return timedelta(0)
    doublings = min(failed_count - 1, 20)  # 2**20 s is far above the cap already
    return min(FIRST_LOGIN_DELAY * (1 << doublings), MAX_LOGIN_DELAY)


def clean_user_name(name: str) -> str:
    """An account name as typed, trimmed; refused when empty, too long or multi-line."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("Give the user's name.")
    if len(cleaned) > MAX_USER_NAME:
        raise ValidationError(
            "A user name has at most {max_user_name} characters.", max_user_name=MAX_USER_NAME
        )
    return cleaned

"""Who may do what: the three roles of a DPO office and the one permission table.

The services ask :func:`require` before they change anything; the GUI asks :func:`allows` to
hide what a role cannot do. Nothing else restates a permission.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from dsr_desk.domain.errors import PermissionDenied, ValidationError


class UserRole(StrEnum):
    DPO = "dpo"  # everything
    ASSISTANT = "assistant"  # handles requests; no purge, archives, settings or accounts
    AUDITOR = "auditor"  # read-only: the register, the audit log, reports


class Action(StrEnum):
    """What a role may be allowed to do; the value completes "does not allow …"."""

    EDIT_REQUESTS = "logging or changing requests"
    WRITE_LETTERS = "writing or sending letters"
    CHECK_IDENTITY = "recording identity checks"
    KEEP_DOCUMENTS = "keeping or exporting documents"
    EDIT_PROCESSING_REGISTER = "changing the processing register"
    PURGE_DOCUMENTS = "purging ID documents"
    PURGE_RECORDS = "anonymising request records"
    CONSULT_ARCHIVES = "consulting restricted archives"
    CHANGE_SETTINGS = "changing settings, entities or letter wording"
    MANAGE_USERS = "managing user accounts"
    READ_REGISTER = "reading the register"
    READ_AUDIT_LOG = "reading the audit log"
    REPORTS = "producing reports and exports"


_EVERYTHING: Final = frozenset(Action)

#: The one permission table.
PERMISSIONS: Final[dict[UserRole, frozenset[Action]]] = {
    UserRole.DPO: _EVERYTHING,
    UserRole.ASSISTANT: _EVERYTHING
    - {
        Action.PURGE_DOCUMENTS,
        Action.PURGE_RECORDS,
        Action.CONSULT_ARCHIVES,
        Action.CHANGE_SETTINGS,
        Action.MANAGE_USERS,
    },
    UserRole.AUDITOR: frozenset({Action.READ_REGISTER, Action.READ_AUDIT_LOG, Action.REPORTS}),
}


def parse_role(text: str) -> UserRole:
    try:
        return UserRole(text.strip().lower())
    except ValueError:
        choices = ", ".join(role.value for role in UserRole)
        raise ValidationError(f"Unknown role {text[:40]!r}: choose {choices}.") from None


def allows(role: UserRole, action: Action) -> bool:
    return action in PERMISSIONS[role]


def require(role: UserRole, action: Action) -> None:
    """Refuse with a message for the staff when ``role`` may not do ``action``."""
    if not allows(role, action):
        raise PermissionDenied(f"Your role ({role.value}) does not allow {action.value}.")

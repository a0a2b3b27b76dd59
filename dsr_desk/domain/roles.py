"""Who may do what: the three roles of a DPO office and the one permission table.

The services ask :func:`require` before they change anything; the GUI asks :func:`allows` to
hide what a role cannot do. Nothing else restates a permission.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from dsr_desk.domain.errors import PermissionDenied, ValidationError
from dsr_desk.messages import N_, Text


class UserRole(StrEnum):
    DPO = "dpo"  # everything
    ASSISTANT = "assistant"  # handles requests; no purge, archives, settings or accounts
    AUDITOR = "auditor"  # read-only: the register, the audit log, reports


class Action(StrEnum):
    """What a role may be allowed to do; the value completes "does not allow …" (the English
    value stays the enum's; it is translated where it is shown, ``Text(action.value)``)."""

    EDIT_REQUESTS = N_("logging or changing requests")
    WRITE_LETTERS = N_("writing or sending letters")
    CHECK_IDENTITY = N_("recording identity checks")
    KEEP_DOCUMENTS = N_("keeping or exporting documents")
    EDIT_PROCESSING_REGISTER = N_("changing the processing register")
    PURGE_DOCUMENTS = N_("purging ID documents")
    PURGE_RECORDS = N_("anonymising request records")
    CONSULT_ARCHIVES = N_("consulting restricted archives")
    CHANGE_SETTINGS = N_("changing settings, entities or letter wording")
    MANAGE_USERS = N_("managing user accounts")
    READ_REGISTER = N_("reading the register")
    READ_AUDIT_LOG = N_("reading the audit log")
    REPORTS = N_("producing reports and exports")


#: The roles in words, translated where shown (the values stay the CLI's input words).
ROLE_NAMES: Final[dict[UserRole, str]] = {
    UserRole.DPO: N_("dpo"),
    UserRole.ASSISTANT: N_("assistant"),
    UserRole.AUDITOR: N_("auditor"),
}

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
        raise ValidationError(
            "Unknown role {text!r}: choose {choices}.", text=text[:40], choices=choices
        ) from None


def allows(role: UserRole, action: Action) -> bool:
    return action in PERMISSIONS[role]


def require(role: UserRole, action: Action) -> None:
    """Refuse with a message for the staff when ``role`` may not do ``action``."""
    if not allows(role, action):
        raise PermissionDenied(
            "Your role ({role}) does not allow {action}.",
            role=Text(ROLE_NAMES[role]),
            action=Text(action.value),
        )

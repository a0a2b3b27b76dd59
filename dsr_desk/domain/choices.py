"""Parse what a user typed into one of a fixed set of choices, with a helpful error."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from dsr_desk.domain.errors import ValidationError
from dsr_desk.messages import Text

E = TypeVar("E", bound=StrEnum)


def parse_choice(choices: type[E], text: str, what: str) -> E:
    """``"Marketing opt out"`` → ``RequestType.MARKETING_OPT_OUT``; unknown → ValidationError
    naming every valid choice; ``what`` is a message marked with ``N_``."""
    key = text.strip().lower().replace("_", "-").replace(" ", "-")
    try:
        return choices(key)
    except ValueError:
        valid = ", ".join(member.value for member in choices)
        raise ValidationError(
            "Unknown {what} {text!r}; choose one of: {valid}.",
            what=Text(what),
            text=text,
            valid=valid,
        ) from None

"""What letters DSR Desk writes, in which languages, and how they are sent."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from dsr_desk.domain.errors import ValidationError

LANGUAGES: Final = ("fr", "en")


class LetterKind(StrEnum):
    """The letter kinds; the values are the CLI's ``--kind`` choices."""

    ACKNOWLEDGEMENT = "acknowledgement"
    ID_REQUEST = "id-request"
    CLARIFICATION = "clarification"
    EXTENSION = "extension"
    REFUSAL = "refusal"
    COMPLETION = "completion"
    OBJECTION_OUTCOME = "objection-outcome"
    RECIPIENT_NOTICE = "recipient-notice"
    FORWARD = "forward"

    @classmethod
    def parse(cls, text: str) -> LetterKind:
        key = text.strip().lower().replace("_", "-").replace(" ", "-")
        try:
            return cls(key)
        except ValueError:
            choices = ", ".join(k.value for k in cls)
            raise ValidationError(
                f"Unknown letter kind {text!r}; choose one of: {choices}."
            ) from None


class SendChannel(StrEnum):
    """How a letter left the office (recorded with the copy kept in the request's file)."""

    POST = "post"
    REGISTERED_POST = "registered-post"
    EMAIL = "email"
    HAND_DELIVERY = "hand-delivery"

    @classmethod
    def parse(cls, text: str) -> SendChannel:
        key = text.strip().lower().replace("_", "-").replace(" ", "-")
        key = {"e-mail": "email", "registered": "registered-post", "hand": "hand-delivery"}.get(
            key, key
        )
        try:
            return cls(key)
        except ValueError:
            choices = ", ".join(c.value for c in cls)
            raise ValidationError(f"Unknown channel {text!r}; choose one of: {choices}.") from None


def parse_language(text: str) -> str:
    lang = text.strip().lower()
    if lang not in LANGUAGES:
        raise ValidationError(f"Letters are written in French or English (fr, en), not {text!r}.")
    return lang

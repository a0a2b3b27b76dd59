"""What letters DSR Desk writes, in which languages, and how they are sent."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.request_kinds import Outcome, RequestType

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
    PARTIAL_REFUSAL = "partial-refusal"  # partly granted: granted, withheld, reasons, recourse
    EXCESSIVE_REFUSAL = "excessive-refusal"  # manifestly unfounded or excessive (Art. 12(5)(b))
    NO_DATA = "no-data"  # we hold no data about you (Art. 15(1), first limb)
    WITHDRAWAL = "withdrawal"  # acknowledgement that the requester withdrew
    NO_REPLY_CLOSURE = "no-reply-closure"  # closed: the information asked never came

    @classmethod
    def parse(cls, text: str) -> LetterKind:
        key = text.strip().lower().replace("_", "-").replace(" ", "-")
        try:
            return cls(key)
        except ValueError:
            choices = ", ".join(k.value for k in cls)
            raise ValidationError(
                "Unknown letter kind {text!r}; choose one of: {choices}.",
                text=text,
                choices=choices,
            ) from None


# The letter each way a request ends calls for (an objection's answer is its outcome letter).
OUTCOME_LETTERS: Final[dict[Outcome, LetterKind]] = {
    Outcome.COMPLETED: LetterKind.COMPLETION,
    Outcome.PARTIAL: LetterKind.PARTIAL_REFUSAL,
    Outcome.REFUSED: LetterKind.REFUSAL,
    Outcome.FORWARDED: LetterKind.FORWARD,
    Outcome.NO_DATA: LetterKind.NO_DATA,
    Outcome.WITHDRAWN: LetterKind.WITHDRAWAL,
    Outcome.UNANSWERED: LetterKind.NO_REPLY_CLOSURE,
    Outcome.EXCESSIVE: LetterKind.EXCESSIVE_REFUSAL,
}
_OBJECTIONS: Final = frozenset({RequestType.OBJECTION, RequestType.MARKETING_OPT_OUT})


def outcome_letter(outcome: Outcome, type: RequestType) -> LetterKind:
    """The letter that tells the requester how a request of ``type`` ended."""
    if type in _OBJECTIONS and outcome in (Outcome.COMPLETED, Outcome.REFUSED):
        return LetterKind.OBJECTION_OUTCOME
    return OUTCOME_LETTERS[outcome]


#: The letters that answer a request (its closure without one is confirmed in the GUI and
#: warned about by the CLI).
ANSWER_LETTER_KINDS: Final = frozenset(
    {*(kind.value for kind in OUTCOME_LETTERS.values()), LetterKind.OBJECTION_OUTCOME.value}
)


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
            raise ValidationError(
                "Unknown channel {text!r}; choose one of: {choices}.", text=text, choices=choices
            ) from None


def parse_language(text: str) -> str:
    lang = text.strip().lower()
    if lang not in LANGUAGES:
        raise ValidationError(
            "Letters are written in French or English (fr, en), not {text!r}.", text=text
        )
    return lang

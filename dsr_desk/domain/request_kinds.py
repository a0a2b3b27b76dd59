"""The kinds a request is described by: its type, channel, status, outcome, and what a
suspension waits for. Plain enums with no other domain import, so that the read side (the
register, the dashboard) can name them without loading the request rules."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from dsr_desk.domain.choices import parse_choice


def with_article(word: str) -> str:
    """The word after its English indefinite article, for messages: "an access", "an
    erasure", "a rectification" (every request type and kind starts with its sound's letter)."""
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


class RequestType(StrEnum):
    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    OBJECTION = "objection"
    PORTABILITY = "portability"
    MARKETING_OPT_OUT = "marketing-opt-out"
    CONSENT_WITHDRAWAL = "consent-withdrawal"

    @classmethod
    def parse(cls, text: str) -> RequestType:
        return parse_choice(cls, text, "request type")


class Channel(StrEnum):
    EMAIL = "email"
    LETTER = "letter"
    FORM = "form"
    PHONE = "phone"
    IN_PERSON = "in-person"
    OTHER = "other"

    @classmethod
    def parse(cls, text: str) -> Channel:
        return parse_choice(cls, text, "channel")


class Status(StrEnum):
    RECEIVED = "received"
    AWAITING_INFORMATION = "awaiting-information"
    IN_PROGRESS = "in-progress"
    COMPLETED = "completed"
    REFUSED = "refused"
    FORWARDED = "forwarded"

    @property
    def is_open(self) -> bool:
        return self not in FINAL_STATUSES


FINAL_STATUSES = frozenset({Status.COMPLETED, Status.REFUSED, Status.FORWARDED})
OPEN_STATUSES = frozenset(set(Status) - FINAL_STATUSES)


class Outcome(StrEnum):
    """How a request was closed: the final answer sent to the requester."""

    COMPLETED = "completed"
    REFUSED = "refused"
    FORWARDED = "forwarded"

    @property
    def status(self) -> Status:
        return Status(self.value)


class InformationKind(StrEnum):
    """What a suspension waits for (GDPR Art. 12(6) identity, or clarification of the request)."""

    IDENTITY = "identity"
    CLARIFICATION = "clarification"


#: A request is "due soon" (the register's "Due this week", the dashboard's tile, amber in the
#: tables) when its due date is at most this many days away.
DUE_SOON_DAYS: Final = 7

"""The kinds a request is described by: its type, channel, status, outcome, and what a
suspension waits for. Plain enums with no other domain import, so that the read side (the
register, the dashboard) can name them without loading the request rules."""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from dsr_desk.domain.choices import parse_choice
from dsr_desk.messages import N_


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
    AUTOMATED_DECISION = "automated-decision"  # Art. 22(3): human intervention, contest

    @classmethod
    def parse(cls, text: str) -> RequestType:
        return parse_choice(cls, text, N_("request type"))


class Channel(StrEnum):
    EMAIL = "email"
    LETTER = "letter"
    FORM = "form"
    PHONE = "phone"
    IN_PERSON = "in-person"
    OTHER = "other"

    @classmethod
    def parse(cls, text: str) -> Channel:
        return parse_choice(cls, text, N_("channel"))


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
    """How a request was closed: the final answer sent to the requester. Each outcome closes
    the request in one of the final statuses (``status``): the register's open/closed counts
    and the data bundle's rule read the status, the letters and statistics the outcome."""

    COMPLETED = "completed"
    PARTIAL = "partial"  # partly granted: what is granted, what is withheld and why
    REFUSED = "refused"
    FORWARDED = "forwarded"
    NO_DATA = "no-data"  # no data held about the person (Art. 15(1) first limb)
    WITHDRAWN = "withdrawn"  # the requester withdrew the request
    UNANSWERED = "unanswered"  # the information asked never came
    EXCESSIVE = "excessive"  # manifestly unfounded or excessive (Art. 12(5)(b))

    @property
    def status(self) -> Status:
        return _OUTCOME_STATUS[self]

    @classmethod
    def of(cls, status: Status, stored: str | None) -> Outcome | None:
        """The outcome of a request in ``status`` (``stored``: the recorded one, None before
        outcomes were recorded: the final status says it)."""
        if stored:
            return cls(stored)
        return cls(status.value) if status in FINAL_STATUSES else None


_OUTCOME_STATUS: Final = {
    Outcome.COMPLETED: Status.COMPLETED,
    Outcome.PARTIAL: Status.COMPLETED,  # partly granted: the granted part is disclosed
    Outcome.REFUSED: Status.REFUSED,
    Outcome.FORWARDED: Status.FORWARDED,
    Outcome.NO_DATA: Status.COMPLETED,
    Outcome.WITHDRAWN: Status.COMPLETED,
    Outcome.UNANSWERED: Status.COMPLETED,
    Outcome.EXCESSIVE: Status.REFUSED,
}


class Capacity(StrEnum):
    """Who makes the request: the data subject, or someone acting for them (their
    representative, the parent or guardian of a minor, an heir of a deceased person). The
    requester is always the person who wrote; the data subject is named apart when it is
    someone else (``Request.subject_name``)."""

    SELF = "self"
    REPRESENTATIVE = "representative"  # a mandate is required
    GUARDIAN = "guardian"  # parent or guardian of a minor
    HEIR = "heir"  # heir of a deceased person: art. 85 II loi Informatique et Libertés

    @classmethod
    def parse(cls, text: str) -> Capacity:
        return parse_choice(cls, text, N_("capacity"))


class InformationKind(StrEnum):
    """What a suspension waits for (GDPR Art. 12(6) identity, clarification of the request,
    or the payment of a reasonable fee, Art. 12(5)(a))."""

    IDENTITY = "identity"
    CLARIFICATION = "clarification"
    FEE = "fee"


#: A request is "due soon" (the register's "Due this week", the dashboard's tile, amber in the
#: tables) when its due date is at most this many days away.
DUE_SOON_DAYS: Final = 7

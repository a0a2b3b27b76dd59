"""How a requester's identity was checked before anything is disclosed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from dsr_desk.domain.choices import parse_choice
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.limits import MAX_NAME, MAX_REASON, check_length
from dsr_desk.messages import N_

MAX_NUMBER_LAST_CHARS: Final = 4
"""Of an ID document's number, at most its last characters are kept (data minimisation)."""


class VerificationMethod(StrEnum):
    KNOWN_EMAIL = "known-email"
    ID_DOCUMENT = "id-document"
    IN_PERSON = "in-person"
    OTHER = "other"

    @classmethod
    def parse(cls, text: str) -> VerificationMethod:
        return parse_choice(cls, text, N_("verification method"))


class VerificationOutcome(StrEnum):
    VERIFIED = "verified"
    FAILED = "failed"


@dataclass(eq=False)
class IdentityCheck:
    """A record of an identity check (minimisation: no copy of the document is needed)."""

    method: VerificationMethod
    checked_by: str
    checked_on: date
    outcome: VerificationOutcome = VerificationOutcome.VERIFIED
    document_kind: str | None = None
    number_last_chars: str | None = None
    note: str = ""

    def __post_init__(self) -> None:
        check_length(self.checked_by, MAX_NAME, "The name of who checked")
        check_length(self.document_kind, MAX_NAME, "The kind of document")
        check_length(self.note, MAX_REASON, "The note")
        if not self.checked_by.strip():
            raise ValidationError("Say who checked the identity.")
        if self.number_last_chars is not None:
            tail = self.number_last_chars.strip()
            if len(tail) > MAX_NUMBER_LAST_CHARS:
                raise ValidationError(
                    "Keep at most the last {limit} characters of the document number "
                    "(minimisation).",
                    limit=MAX_NUMBER_LAST_CHARS,
                )
            self.number_last_chars = tail or None
        if self.method is VerificationMethod.ID_DOCUMENT and not (self.document_kind or "").strip():
            raise ValidationError("Say which kind of ID document was checked.")

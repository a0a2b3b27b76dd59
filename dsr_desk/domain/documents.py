"""Files kept in a request's file (stored encrypted) and the notes written on it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from dsr_desk.domain.choices import parse_choice
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.limits import MAX_NOTE, check_length


class DocumentKind(StrEnum):
    ID = "id"  # identity document copy: retention rules apply
    LETTER = "letter"  # the requester's letter or a scan of it
    EMAIL = "email"  # the original .eml
    RESPONSE = "response"  # a letter generated and sent by the office
    OTHER = "other"

    @classmethod
    def parse(cls, text: str) -> DocumentKind:
        return parse_choice(cls, text, "document kind")


@dataclass(eq=False)
class DocumentRecord:
    """Metadata of one encrypted file. ``wrapped_key`` is None once purged (crypto-shred)."""

    document_id: str
    kind: DocumentKind
    filename: str
    media_type: str
    size: int
    sha256: str
    stored_name: str
    added_at: datetime
    added_by: str
    wrapped_key: bytes | None
    purged_at: datetime | None = None
    purge_rule: str | None = None

    @property
    def is_purged(self) -> bool:
        return self.purged_at is not None


@dataclass(eq=False)
class Note:
    written_at: datetime
    author: str
    text: str

    def __post_init__(self) -> None:
        check_length(self.text, MAX_NOTE, "The note")
        self.text = self.text.strip()
        if not self.text:
            raise ValidationError("A note cannot be empty.")

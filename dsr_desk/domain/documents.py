"""Files kept in a request's file (stored encrypted) and the notes written on it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from dsr_desk.domain.choices import parse_choice
from dsr_desk.domain.errors import RuleViolation, ValidationError
from dsr_desk.domain.limits import MAX_NOTE, check_length
from dsr_desk.messages import N_


class DocumentKind(StrEnum):
    ID = "id"  # identity document copy: retention rules apply
    LETTER = "letter"  # the requester's letter or a scan of it
    EMAIL = "email"  # the original .eml
    RESPONSE = "response"  # a letter generated and sent by the office
    OTHER = "other"
    MANDATE = "mandate"  # mandate or proof of capacity of who acts for the data subject

    @classmethod
    def parse(cls, text: str) -> DocumentKind:
        return parse_choice(cls, text, N_("document kind"))


@dataclass(frozen=True)
class FileFacts:
    """What is recorded about a live document's file (a purged one has none of it)."""

    filename: str
    media_type: str
    size: int
    sha256: str


@dataclass(eq=False)
class DocumentRecord:
    """Metadata of one encrypted file. Once purged (crypto-shred) ``wrapped_key`` is None and
    so are the file name, media type, size and plaintext hash: the record keeps only what the
    purge log needs (document id, kind, dates, rule)."""

    document_id: str
    kind: DocumentKind
    filename: str | None
    media_type: str | None
    size: int | None
    sha256: str | None
    stored_name: str
    added_at: datetime
    added_by: str
    wrapped_key: bytes | None
    purged_at: datetime | None = None
    purge_rule: str | None = None

    @property
    def is_purged(self) -> bool:
        return self.purged_at is not None

    def facts(self) -> FileFacts:
        """The file's name, media type, size and hash; refused once the document was purged."""
        if (
            self.is_purged
            or self.filename is None
            or self.media_type is None
            or self.size is None
            or self.sha256 is None
        ):
            raise RuleViolation(
                "This {kind} document was purged: nothing is kept about its file.",
                kind=self.kind.value,
            )
        return FileFacts(self.filename, self.media_type, self.size, self.sha256)

    def purge(self, at: datetime, rule: str) -> None:
        """Crypto-shred: forget the key, and everything about the file but its id and kind."""
        self.wrapped_key = None
        self.filename = self.media_type = self.sha256 = None
        self.size = None
        self.purged_at = at
        self.purge_rule = rule


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

"""The new-request dialog's worker side: what runs on the database worker thread, no widgets.

The dialog (``new_request_dialog``) hands these functions to ``Ops.run``: reading a dropped
``.eml`` or paper scan (PDF, JPEG, PNG) into memory, saving the request with it, looking up
possible duplicates and loading the entity names. The file's bytes stay in memory until they
are stored encrypted: the e-mail as the request's original (``DocumentKind.EMAIL``), a scan as
the letter received (``DocumentKind.LETTER``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.errors import DsrError, ValidationError
from dsr_desk.domain.requests import Capacity, Channel, RequestType
from dsr_desk.services.documents import attach_document
from dsr_desk.services.intake import MAX_EML_BYTES, EmailIntake, parse_eml
from dsr_desk.services.read.duplicates import DuplicateHint, find_possible_duplicates
from dsr_desk.services.read.queries import entity_names
from dsr_desk.services.requests import register_request
from dsr_desk.storage.document_store import DocumentStore
from dsr_desk.ui.session import AppSession

log = logging.getLogger(__name__)

EML_MEDIA_TYPE = "message/rfc822"


def document_store_for(session: AppSession) -> DocumentStore:
    """The unlocked vault's encrypted document store (a seam the tests replace)."""
    return session.document_store()


@dataclass(frozen=True)
class RequestForm:
    """The validated content of the dialog, as register_request takes it."""

    type: RequestType
    received_on: date
    channel: Channel
    entity: str | None
    name: str
    email: str | None
    address: str
    language: str
    summary: str
    assignee: str | None
    capacity: Capacity = Capacity.SELF
    subject_name: str | None = None
    also: tuple[RequestType, ...] = ()  # other rights asked in the same message (linked)
    civility: str = ""  # "M." / "Mme" / "" (unknown: letters say « Madame, Monsieur »)


@dataclass(frozen=True)
class EmailFile:
    """An ``.eml`` read into memory: kept only until it is stored encrypted."""

    filename: str
    content: bytes = field(repr=False)
    intake: EmailIntake = field(repr=False)


# The scans of a paper letter the dialog takes: suffix → media type and the bytes it starts with
SCAN_TYPES: dict[str, tuple[str, tuple[bytes, ...]]] = {
    ".pdf": ("application/pdf", (b"%PDF-",)),
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
}
MAX_SCAN_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class ScanFile:
    """A paper letter's scan read into memory: kept only until it is stored encrypted, as
    the letter received."""

    filename: str
    content: bytes = field(repr=False)
    media_type: str


ReceivedFile = EmailFile | ScanFile


@dataclass(frozen=True)
class SaveResult:
    reference: str
    attach_problem: str | None = None  # the request is saved, but its e-mail is not


def read_received_file(path: Path) -> ReceivedFile:
    """Read a dropped or chosen ``.eml`` (parsed) or paper scan (in memory only)."""
    if path.suffix.lower() in SCAN_TYPES:
        return read_scan_file(path)
    return read_email_file(path)


def read_scan_file(path: Path) -> ScanFile:
    """Read a scan of a paper letter (PDF, JPEG or PNG: checked on its first bytes)."""
    media_type, signatures = SCAN_TYPES[path.suffix.lower()]
    try:
        if path.stat().st_size > MAX_SCAN_BYTES:
            raise ValidationError(
                QCoreApplication.translate(
                    "NewRequestIntake",
                    "{name} is larger than {size} MB; save the request, then attach a "
                    "smaller scan.",
                ).format(name=path.name, size=MAX_SCAN_BYTES // (1024 * 1024))
            )
        content = path.read_bytes()
    except OSError as problem:
        raise ValidationError(
            QCoreApplication.translate(
                "NewRequestIntake", "{name} could not be read ({problem})."
            ).format(name=path.name, problem=problem.strerror or "error")
        ) from None
    if not content.startswith(signatures):
        raise ValidationError(
            QCoreApplication.translate(
                "NewRequestIntake", "{name} is not a readable scan (PDF, JPEG or PNG)."
            ).format(name=path.name)
        )
    return ScanFile(path.name, content, media_type)


def read_email_file(path: Path) -> EmailFile:
    """Read and parse a dropped or chosen ``.eml`` (in memory only)."""
    if path.suffix.lower() != ".eml":
        raise ValidationError(
            QCoreApplication.translate(
                "NewRequestIntake",
                "{name} is neither an e-mail (.eml) nor a scan (PDF, JPEG or PNG). Save the "
                "e-mail as .eml (drag it from the mail program to a folder) and drop that "
                "file.",
            ).format(name=path.name)
        )
    try:
        if path.stat().st_size > MAX_EML_BYTES:
            raise ValidationError(
                QCoreApplication.translate(
                    "NewRequestIntake",
                    "{name} is larger than {size} MB; register the request by hand.",
                ).format(name=path.name, size=MAX_EML_BYTES // (1024 * 1024))
            )
        content = path.read_bytes()
    except OSError as problem:
        raise ValidationError(
            QCoreApplication.translate(
                "NewRequestIntake", "{name} could not be read ({problem})."
            ).format(name=path.name, problem=problem.strerror or "error")
        ) from None
    return EmailFile(path.name, content, parse_eml(content))


def attach_email(
    session: AppSession,
    reference: str,
    email: ReceivedFile,
) -> str | None:
    """Store the e-mail (or the paper letter's scan) with the request; returns what went
    wrong instead of raising, because the request itself is already saved."""
    if isinstance(email, ScanFile):
        kind, media_type = DocumentKind.LETTER, email.media_type
    else:
        kind, media_type = DocumentKind.EMAIL, EML_MEDIA_TYPE
    try:
        attach_document(
            session.uow(),
            document_store_for(session),
            reference,
            kind,
            email.filename,
            media_type,
            email.content,
        )
    except DsrError as problem:
        return str(problem)
    except Exception as problem:  # reported, not raised: the request must not be saved twice
        log.exception("attaching the e-mail to %s failed", reference)
        return QCoreApplication.translate("NewRequestIntake", "Unexpected error: {name}.").format(
            name=type(problem).__name__
        )
    return None


def save_request(
    session: AppSession,
    form: RequestForm,
    email: ReceivedFile | None,
) -> SaveResult:
    detail = register_request(
        session.uow(),
        type=form.type,
        received_on=form.received_on,
        name=form.name,
        email=form.email,
        address=form.address,
        entity=form.entity,
        channel=form.channel,
        summary=form.summary,
        language=form.language,
        assignee=form.assignee,
        capacity=form.capacity,
        subject_name=form.subject_name,
        also=form.also,
        civility=form.civility,
    )
    problem = None if email is None else attach_email(session, detail.reference, email)
    return SaveResult(detail.reference, problem)


def lookup_duplicates(session: AppSession, name: str, email: str | None) -> list[DuplicateHint]:
    return find_possible_duplicates(session.reader(), name, email)


def load_entity_names(session: AppSession) -> list[str]:
    return entity_names(session.reader())

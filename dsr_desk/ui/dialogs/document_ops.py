"""The worker-side calls the request file and the document viewer use for documents (open,
save a copy, record a print, attach a file): they run on the DB worker through ``Ops.run``.

Nothing here touches Qt: the decrypted bytes go from the vault to the caller in memory, and a
plaintext file is written only by ``export_copy``, after the user confirmed the warning.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.errors import ValidationError
from dsr_desk.read_models import DocumentView
from dsr_desk.services.document_access import (
    OpenedDocument,
    export_document,
    open_document,
    record_document_printed,
)
from dsr_desk.services.documents import attach_document
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP

MAX_ATTACH_BYTES = 512 * 1024 * 1024


def open_for_view(session: AppSession, reference: str, document_id: str) -> OpenedDocument:
    return open_document(session.uow(), session.document_store(), reference, document_id)


def export_copy(session: AppSession, reference: str, document_id: str, target: Path) -> Path:
    """Called only after the user confirmed the warning (hence ``confirmed=True``)."""
    return export_document(
        session.uow(), session.document_store(), reference, document_id, target, confirmed=True
    )


def record_printed(session: AppSession, reference: str, document_id: str, pages: int) -> None:
    record_document_printed(session.uow(), reference, document_id, pages)


ATTACH_KINDS: tuple[tuple[str, DocumentKind], ...] = (
    (
        QT_TRANSLATE_NOOP("DocumentOps", "Identity document copy (retention rules apply)"),
        DocumentKind.ID,
    ),
    (
        QT_TRANSLATE_NOOP("DocumentOps", "Letter from the requester, or its scan"),
        DocumentKind.LETTER,
    ),
    (QT_TRANSLATE_NOOP("DocumentOps", "E-mail (.eml)"), DocumentKind.EMAIL),
    (
        QT_TRANSLATE_NOOP(
            "DocumentOps", "Mandate or proof of capacity (of whoever acts for the person)"
        ),
        DocumentKind.MANDATE,
    ),
    (QT_TRANSLATE_NOOP("DocumentOps", "Other"), DocumentKind.OTHER),
)


def guess_kind(filename: str) -> DocumentKind:
    return DocumentKind.EMAIL if filename.lower().endswith(".eml") else DocumentKind.ID


def guess_media_type(filename: str, head: bytes) -> str:
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    guessed, _encoding = mimetypes.guess_type(filename)
    return guessed or "application/octet-stream"


def attach_from_path(
    session: AppSession, reference: str, path: Path, kind: DocumentKind
) -> DocumentView:
    """Keep the chosen file, encrypted, in the request's file (streamed: read and encrypted
    block by block, memory does not grow with its size)."""
    try:
        if not path.is_file():
            raise ValidationError(
                QCoreApplication.translate("DocumentOps", "{name} is not a readable file.").format(
                    name=path.name
                )
            )
        if path.stat().st_size > MAX_ATTACH_BYTES:
            raise ValidationError(
                QCoreApplication.translate("DocumentOps", "{name} is larger than 512 MB.").format(
                    name=path.name
                )
            )
        content = path.open("rb")
    except OSError as problem:
        raise _unreadable(path, problem) from None
    with content:
        try:
            head = content.peek(8)[:8]  # does not move the position: the store reads it all
        except OSError as problem:
            raise _unreadable(path, problem) from None
        return attach_document(
            session.uow(),
            session.document_store(),
            reference,
            kind,
            path.name,
            guess_media_type(path.name, head),
            content,
        )


def _unreadable(path: Path, problem: OSError) -> ValidationError:
    return ValidationError(
        QCoreApplication.translate("DocumentOps", "{name} could not be read ({problem}).").format(
            name=path.name, problem=problem.strerror or "error"
        )
    )

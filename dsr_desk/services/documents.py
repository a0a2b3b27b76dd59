"""Use cases on the documents kept in a request's file (stored encrypted, see
:mod:`dsr_desk.storage.document_store`)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import BinaryIO

from dsr_desk.domain.documents import DocumentKind, DocumentRecord
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.requests import parse_reference
from dsr_desk.domain.roles import Action
from dsr_desk.read_models import DocumentView
from dsr_desk.services.loading import load_request
from dsr_desk.storage.document_store import DocumentStore, StoredDocument
from dsr_desk.storage.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

MAX_FILENAME_CHARS = 255  # documents.filename
MAX_MEDIA_TYPE_CHARS = 100  # documents.media_type
_MEDIA_TYPE = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$")
_UNSAFE_IN_NAME = re.compile(r"[\x00-\x1f\x7f/\\]")


def clean_filename(filename: str) -> str:
    """The file's own name (no folders, no control characters), at most 255 characters."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    name = " ".join(_UNSAFE_IN_NAME.sub(" ", name).split())
    if not name or name in {".", ".."}:
        raise ValidationError("The document needs a file name.")
    if len(name) > MAX_FILENAME_CHARS:
        _stem, dot, suffix = name.rpartition(".")
        keep = suffix if dot and len(suffix) <= 16 else ""
        name = name[: MAX_FILENAME_CHARS - len(keep) - 2] + "…" + ("." + keep if keep else "")
    return name


def clean_media_type(media_type: str) -> str:
    cleaned = media_type.strip().lower()
    if len(cleaned) > MAX_MEDIA_TYPE_CHARS or not _MEDIA_TYPE.match(cleaned):
        raise ValidationError(
            "{media_type!r} is not a media type (like application/pdf).", media_type=media_type
        )
    return cleaned


def attach_document(
    uow: UnitOfWork,
    store: DocumentStore,
    reference: str,
    kind: DocumentKind,
    filename: str,
    media_type: str,
    content: bytes | BinaryIO | Iterable[bytes],
) -> DocumentView:
    """Keep a file in a request's file: ciphertext to the store first, then the record.

    ``content`` may be an open binary file or an iterable of chunks: it is streamed into the
    store (``DocumentStore.add``), so memory does not grow with the document's size.

    The order matters: a database row never points at a file that does not exist. If
    anything fails before the commit, the ciphertext just written is deleted again, so
    nothing is left orphaned in the document folder.

    The audit entry holds the document id, kind, media type and size, but not the file name:
    names like "CNI Jeanne Martin.pdf" are personal data, and the hash-chained log can never be
    edited, whereas the documents row (with the name) is purged with the request. The id links
    the two for as long as the row exists.
    """
    uow.require(Action.KEEP_DOCUMENTS)
    name = clean_filename(filename)
    media = clean_media_type(media_type)
    ref = parse_reference(reference)
    stored = store.add(content)
    committed = False
    try:
        with uow:
            request = load_request(uow, ref)
            record = new_document_record(stored, kind, name, media, uow)
            request.attach(record, uow.clock.today())
            uow.record(
                "request.document_added",
                request.reference,
                document_id=stored.document_id,
                kind=kind.value,
                media_type=media,
                size=stored.size,
            )
            uow.commit()
            committed = True
    finally:
        if not committed:
            discard_unrecorded(store, stored)
    return document_view(record)


def new_document_record(
    stored: StoredDocument, kind: DocumentKind, filename: str, media_type: str, uow: UnitOfWork
) -> DocumentRecord:
    return DocumentRecord(
        document_id=stored.document_id,
        kind=kind,
        filename=filename,
        media_type=media_type,
        size=stored.size,
        sha256=stored.sha256,
        stored_name=stored.stored_name,
        added_at=uow.clock.now(),
        added_by=uow.user,
        wrapped_key=stored.wrapped_key,
    )


def discard_unrecorded(store: DocumentStore, stored: StoredDocument) -> None:
    """Best effort: the original error is the one the user must see. A file left behind is
    unreadable anyway (its wrapped key was never recorded)."""
    try:
        store.delete(stored.stored_name)
    except Exception:
        log.exception("could not remove the unrecorded document %s", stored.document_id)


def document_view(record: DocumentRecord) -> DocumentView:
    return DocumentView(
        document_id=record.document_id,
        kind=record.kind.value,
        filename=record.filename,
        media_type=record.media_type,
        size=record.size,
        added_at=record.added_at.isoformat(timespec="seconds"),
        added_by=record.added_by,
        purged=record.is_purged,
    )

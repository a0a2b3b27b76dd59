"""Team mode's documents: the document store's ciphertext kept in the team's PostgreSQL
database (``team_documents``), so that every member sees the documents.

The format is the workstation's (``storage.document_crypto``): a fresh file key per document,
AES-256-GCM in 1 MiB segments, each block (the header, then each sealed segment) one row, so
memory stays bounded by about two segments whatever the document's size. The file key is
wrapped under a key-encryption key derived (HKDF, the document store's label) from the team
key, as a workstation's is from its vault key, and recorded in ``documents.wrapped_key``: the
server's operator, or a dump, holds ciphertext and wrapped keys only. ``rotate-team-key``
wraps every file key again under the new team key (``storage.team_rotation``).

A purge deletes the wrapped key (the documents row) and the ciphertext rows (``delete``); the
purge then VACUUMs the tables concerned (``SqlUnitOfWork.flush_to_disk``).

``TeamDocumentStore`` has the ``DocumentStore`` interface, so the services take either.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Final

from sqlalchemy import Engine, delete, func, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from dsr_desk.domain.errors import ValidationError, VaultError
from dsr_desk.storage import tables
from dsr_desk.storage.document_crypto import (
    SEGMENT_SIZE,
    decrypt_stream,
    derive_document_kek,
    encrypt_stream,
    new_file_key,
    unwrap_file_key,
    wrap_file_key,
)
from dsr_desk.storage.document_store import (
    DOCUMENT_SUFFIX,
    DocumentStore,
    MeasuredChunks,
    StoredDocument,
    check_document_id,
)
from dsr_desk.storage.team_crypto import cipher_of_dialect

PARTS: Final = tables.team_documents
_READ_BATCH: Final = 4  # rows fetched at a time while decrypting (about 4 MiB)


def document_kek_of(team_key: bytes) -> bytes:
    """The key-encryption key of a team's document keys (the document store's derivation)."""
    return derive_document_kek(team_key)


def _stored_name(document_id: str) -> str:
    return document_id + DOCUMENT_SUFFIX


def _document_id_of(stored_name: str) -> str:
    if not isinstance(stored_name, str) or not stored_name.endswith(DOCUMENT_SUFFIX):
        raise ValidationError(
            "{stored_name!r} is not the name of a stored document.", stored_name=stored_name
        )
    return check_document_id(stored_name[: -len(DOCUMENT_SUFFIX)])


def _server_problem(problem: SQLAlchemyError) -> VaultError:
    reason = str(getattr(problem, "orig", None) or problem).strip().splitlines()
    return VaultError(
        "The team database could not store or read a document ({reason}); nothing was changed.",
        reason=reason[0] if reason else "?",
    )


def write_ciphertext(connection: Connection, document_id: str, blocks: Iterable[bytes]) -> None:
    """Insert a document's ciphertext blocks, one row each, in ``connection``'s transaction."""
    for part, block in enumerate(blocks):
        connection.execute(
            insert(PARTS).values(document_id=document_id, part=part, data=bytes(block))
        )


class TeamDocumentStore(DocumentStore):
    """Documents in the team database of ``engine``, under the team key installed on it (the
    logged-in user's). ``local_folder`` is this client's document folder (a decrypted copy is
    never written inside its data folder, as on a workstation); nothing is written there."""

    def __init__(
        self, engine: Engine, local_folder: Path, *, segment_size: int = SEGMENT_SIZE
    ) -> None:
        self._engine = engine
        self._folder = Path(local_folder)
        self._segment_size = segment_size

    def _current_kek(self) -> bytes:
        """Derived from the team key installed now (a rotation installs the new one)."""
        return document_kek_of(cipher_of_dialect(self._engine.dialect).team_key)

    # --- writing -----------------------------------------------------------------------

    def add(
        self, source: BinaryIO | Iterable[bytes] | bytes, *, document_id: str | None = None
    ) -> StoredDocument:
        doc_id = uuid.uuid4().hex if document_id is None else check_document_id(document_id)
        return self._put(source, doc_id, overwrite=False)

    def replace(
        self, source: BinaryIO | Iterable[bytes] | bytes, *, document_id: str
    ) -> StoredDocument:
        return self._put(source, check_document_id(document_id), overwrite=True)

    def _put(
        self, source: BinaryIO | Iterable[bytes] | bytes, document_id: str, *, overwrite: bool
    ) -> StoredDocument:
        kek = self._current_kek()
        file_key = new_file_key()
        measured = MeasuredChunks(source, document_id)

        try:
            with self._engine.begin() as connection:
                there = _part_count(connection, document_id)
                if there and not overwrite:
                    raise ValidationError(
                        "A document with id {doc_id} is already stored.", doc_id=document_id
                    )
                connection.execute(delete(PARTS).where(PARTS.c.document_id == document_id))
                blocks = encrypt_stream(file_key, iter(measured), segment_size=self._segment_size)
                write_ciphertext(connection, document_id, blocks)
        except SQLAlchemyError as problem:
            raise _server_problem(problem) from None
        return StoredDocument(
            document_id=document_id,
            stored_name=_stored_name(document_id),
            wrapped_key=wrap_file_key(kek, file_key, document_id),
            size=measured.size,
            sha256=measured.sha256(),
        )

    def delete(self, stored_name: str) -> None:
        """Delete a document's ciphertext rows (none is fine); with its wrapped key deleted
        from ``documents``, that is the crypto-shred of a purge."""
        document_id = _document_id_of(stored_name)
        try:
            with self._engine.begin() as connection:
                connection.execute(delete(PARTS).where(PARTS.c.document_id == document_id))
        except SQLAlchemyError as problem:
            raise VaultError(
                "The encrypted content of document {document_id} could not be deleted from "
                "the team database ({reason}).",
                document_id=document_id,
                reason=str(getattr(problem, "orig", None) or problem).strip()[:200],
            ) from None

    # --- reading -----------------------------------------------------------------------

    def iter_plaintext(
        self, stored_name: str, wrapped_key: bytes, document_id: str
    ) -> Iterator[bytes]:
        """As ``DocumentStore.iter_plaintext``: a missing document or a key that does not
        unwrap is reported at once, damage further in when reached."""
        check_document_id(document_id)
        if _document_id_of(stored_name) != document_id:
            raise ValidationError(
                "{stored_name!r} is not the name of a stored document.", stored_name=stored_name
            )
        try:
            with self._engine.connect() as connection:
                present = _part_count(connection, document_id)
        except SQLAlchemyError as problem:
            raise _server_problem(problem) from None
        if not present:
            raise VaultError(
                "The encrypted content of document {document_id} is missing from the team "
                "database. Restore it from the server's backup, or remove the document from "
                "the case.",
                document_id=document_id,
            )
        file_key = unwrap_file_key(self._current_kek(), wrapped_key, document_id)
        return self._decrypted(file_key, document_id)

    def _decrypted(self, file_key: bytes, document_id: str) -> Iterator[bytes]:
        with self._engine.connect() as connection:
            rows = connection.execute(
                select(PARTS.c.data)
                .where(PARTS.c.document_id == document_id)
                .order_by(PARTS.c.part)
                .execution_options(stream_results=True, yield_per=_READ_BATCH)
            )
            blocks = (bytes(data) for data in rows.scalars())
            yield from decrypt_stream(file_key, blocks, label=document_id)


def _part_count(connection: Connection, document_id: str) -> int:
    counted = connection.execute(
        select(func.count()).select_from(PARTS).where(PARTS.c.document_id == document_id)
    ).scalar()
    return int(counted or 0)


def stored_document_ids(connection: Connection) -> set[str]:
    """The ids of the documents whose ciphertext is on the team database."""
    return set(connection.execute(select(PARTS.c.document_id).distinct()).scalars())

"""The encrypted document store: one ``<document id>.dsrdoc`` file per document.

ID documents, letter scans, ``.eml`` originals and generated letters are kept in a folder of
ciphertext files (format: :mod:`dsr_desk.storage.document_crypto`). Each file has its own
random file key; the store hands back that key *wrapped* under a key-encryption key derived
from the vault's database key, and the caller keeps it in the (SQLCipher) database. The folder
alone therefore reveals nothing but sizes, and deleting a document's wrapped key from the
database crypto-shreds its file, including copies of the folder elsewhere, as long as no copy
of the database taken before the deletion survives beside them (the app keeps none: see
``storage.leftovers``; a user's or an IT backup of the data folder is outside its reach).

Security properties kept here:

* Plaintext never reaches disk. Content is encrypted while it streams in, in segments of
  1 MiB, with memory bounded by about two segments whatever the document size; only
  ciphertext is written. The single, deliberate exception is :meth:`DocumentStore.export_plaintext`
  ("save a decrypted copy" to a place the user chose).
* Writes are atomic: a temp file (``.<name>.<random>.tmp``, owner-only) in the same folder,
  ``fsync``, ``os.replace``, ``fsync`` of the folder. Any failure leaves the previous state
  (no file, or the old version) and removes the temp file, so a crash or a full disk never
  leaves a torn document that would later fail its integrity check.
* Names on disk come from validated document ids only (lower-case letters, digits, ``-`` and
  ``_``), so no id can escape the folder, collide on a case-insensitive file system or hit a
  reserved Windows device name.

Errors: ``IntegrityError`` for anything that fails authentication (tampering, damage, wrong
key), ``VaultError`` for I/O (missing file, full disk), ``ValidationError`` for bad arguments.
No message contains key material or document content.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import tempfile
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Final, cast

from dsr_desk.domain.errors import ValidationError, VaultError
from dsr_desk.messages import Text
from dsr_desk.storage.document_crypto import (
    MAX_SEGMENT_SIZE,
    MIN_SEGMENT_SIZE,
    SEGMENT_SIZE,
    decrypt_stream,
    derive_document_kek,
    encrypt_stream,
    new_file_key,
    unwrap_file_key,
    wrap_file_key,
)

DOCUMENT_SUFFIX: Final = ".dsrdoc"
FOLDER_MODE: Final = 0o700

_ID_PATTERN: Final = r"[a-z0-9][a-z0-9_-]{0,63}"
_DOCUMENT_ID: Final = re.compile(_ID_PATTERN)
_STORED_NAME: Final = re.compile(_ID_PATTERN + re.escape(DOCUMENT_SUFFIX))
_WINDOWS_DEVICES: Final = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"com{n}" for n in range(1, 10)]
    + [f"lpt{n}" for n in range(1, 10)]
)
# Directory fsync is not supported everywhere (some network and FUSE file systems).
_FSYNC_UNSUPPORTED: Final = frozenset({errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP})
_DISK_FULL: Final = frozenset({errno.ENOSPC, errno.EDQUOT})
_SOURCE_BLOCK: Final = 256 * 1024


@dataclass(frozen=True)
class StoredDocument:
    """What the caller records in the database for one stored document.

    ``wrapped_key`` is the only way to read the file: deleting it crypto-shreds the document.
    ``sha256`` (hex) is of the plaintext, for duplicate detection and audit; keep it inside
    the encrypted database only, as a hash of a known document confirms a guess.
    """

    document_id: str
    stored_name: str
    wrapped_key: bytes = field(repr=False)
    size: int
    sha256: str


class DocumentStore:
    """Encrypted files in ``folder``, with keys wrapped under a KEK from the database key."""

    def __init__(
        self, folder: Path, database_key: bytes, *, segment_size: int = SEGMENT_SIZE
    ) -> None:
        """Open (or create, owner-only) the store folder.

        The KEK is derived once here (HKDF, see ``derive_document_kek``); the database key
        itself is not kept. ``segment_size`` exists for tests; files record their own size,
        so a store reads files of any valid segment size.
        """
        if isinstance(segment_size, bool) or not isinstance(segment_size, int):
            raise ValidationError("The segment size must be a whole number of bytes.")
        if not MIN_SEGMENT_SIZE <= segment_size <= MAX_SEGMENT_SIZE:
            raise ValidationError(
                "The segment size must be between {min_segment_size} and {max_segment_size} bytes.",
                min_segment_size=MIN_SEGMENT_SIZE,
                max_segment_size=MAX_SEGMENT_SIZE,
            )
        self._folder = Path(folder)
        self._kek = derive_document_kek(database_key)
        self._segment_size = segment_size
        _ensure_private_folder(self._folder)

    @property
    def folder(self) -> Path:
        return self._folder

    # --- writing -----------------------------------------------------------------------

    def add(
        self, source: BinaryIO | Iterable[bytes] | bytes, *, document_id: str | None = None
    ) -> StoredDocument:
        """Encrypt and store a new document; return what the caller must record.

        ``source`` is streamed (bytes, a binary file object read in blocks, or an iterable of
        bytes chunks). Without ``document_id`` a random UUID4 (hex) is used. An id that
        already has a file is refused: overwriting is only done by :meth:`replace`, so a
        duplicate id can never silently destroy another document.
        """
        doc_id = uuid.uuid4().hex if document_id is None else check_document_id(document_id)
        target = self._folder / (doc_id + DOCUMENT_SUFFIX)
        if os.path.lexists(target):
            raise ValidationError("A document with id {doc_id} is already stored.", doc_id=doc_id)
        return self._store(source, doc_id, target, overwrite=False)

    def replace(
        self, source: BinaryIO | Iterable[bytes] | bytes, *, document_id: str
    ) -> StoredDocument:
        """Atomically replace a document's file with new content under a *new* file key.

        The old wrapped key stops working the moment this returns, so the caller must
        record the returned ``wrapped_key`` (a file and a database row cannot be changed in
        one atomic step). Where possible prefer ``add`` with a new id, commit the row, then
        ``delete`` the old file: that order never leaves a document unreadable.
        """
        doc_id = check_document_id(document_id)
        target = self._folder / (doc_id + DOCUMENT_SUFFIX)
        return self._store(source, doc_id, target, overwrite=True)

    def _store(
        self,
        source: BinaryIO | Iterable[bytes] | bytes,
        document_id: str,
        target: Path,
        *,
        overwrite: bool,
    ) -> StoredDocument:
        file_key = new_file_key()  # fresh for every write: nonces are never reused
        measured = MeasuredChunks(source, document_id)
        blocks = encrypt_stream(file_key, iter(measured), segment_size=self._segment_size)
        _atomic_write(
            target,
            blocks,
            what=Text("document {document_id}", document_id=document_id),
            remove_if_not_durable=not overwrite,
        )
        return StoredDocument(
            document_id=document_id,
            stored_name=target.name,
            wrapped_key=wrap_file_key(self._kek, file_key, document_id),
            size=measured.size,
            sha256=measured.sha256(),
        )

    def delete(self, stored_name: str) -> None:
        """Remove a document's ciphertext (a missing file is fine).

        This frees space; the erasure itself is the caller deleting the wrapped key, which
        makes every copy of the ciphertext (backups, sync clients, unallocated disk blocks)
        undecryptable, except with a copy of the database taken before the key was deleted.
        """
        path = self._path_of(stored_name)
        try:
            path.unlink()
        except FileNotFoundError:
            return
        except OSError as exc:
            raise VaultError(
                "The encrypted file {stored_name} could not be deleted ({exc}).",
                stored_name=stored_name,
                exc=_reason(exc),
            ) from exc
        with contextlib.suppress(OSError):
            _fsync_directory(self._folder)

    # --- reading -----------------------------------------------------------------------

    def iter_plaintext(
        self, stored_name: str, wrapped_key: bytes, document_id: str
    ) -> Iterator[bytes]:
        """Decrypt a document segment by segment (bounded memory).

        A missing file or a key that does not unwrap is reported at once; damage further in
        is reported as ``IntegrityError`` when reached. What was yielded before an error must
        be discarded: only a complete iteration proves the whole document authentic.
        """
        path = self._path_of(stored_name)
        check_document_id(document_id)
        try:
            os.stat(path)
        except FileNotFoundError:
            raise _missing(document_id) from None
        except OSError as exc:
            raise _unreadable(document_id, exc) from exc
        file_key = unwrap_file_key(self._kek, wrapped_key, document_id)
        return _decrypt_file(path, file_key, document_id)

    def read_bytes(self, doc: StoredDocument | tuple[str, bytes]) -> bytes:
        """Decrypt a whole document in memory (for viewing).

        ``doc`` is a ``StoredDocument`` or a ``(document_id, wrapped_key)`` pair (a stored
        name such as ``"<id>.dsrdoc"`` is accepted in place of the id).
        """
        if isinstance(doc, StoredDocument):
            stored_name, wrapped_key, document_id = (
                doc.stored_name,
                doc.wrapped_key,
                doc.document_id,
            )
        else:
            name, wrapped_key = doc
            if not isinstance(name, str):
                raise ValidationError("A document is given by its id and its wrapped key.")
            if name.endswith(DOCUMENT_SUFFIX):
                stored_name, document_id = name, name[: -len(DOCUMENT_SUFFIX)]
            else:
                stored_name, document_id = name + DOCUMENT_SUFFIX, name
        plain = bytearray()
        for block in self.iter_plaintext(stored_name, wrapped_key, document_id):
            plain += block
        return bytes(plain)

    def export_plaintext(
        self, stored_name: str, wrapped_key: bytes, document_id: str, target: Path
    ) -> None:
        """Save a decrypted copy at ``target`` (the user's explicit choice), atomically.

        This is the only place plaintext is written, on purpose. The copy is written to a
        temp file beside ``target`` and renamed into place only after the *whole* document
        authenticated, so a tampered or truncated document never produces a (partial)
        export and an existing ``target`` stays as it was. The copy is owner-only (0600).
        Targets inside the store folder are refused: it must hold ciphertext only.
        """
        target = Path(target)
        store = self._folder.resolve()
        parent = target.parent.resolve()
        if parent == store or store in parent.parents:
            raise ValidationError(
                "Choose a place outside the DSR Desk document folder for a decrypted copy."
            )
        blocks = self.iter_plaintext(stored_name, wrapped_key, document_id)
        _atomic_write(
            target,
            blocks,
            what=Text("the decrypted copy {target}", target=target),
            remove_if_not_durable=False,
        )

    # --- names -------------------------------------------------------------------------

    def _path_of(self, stored_name: str) -> Path:
        """Only ``<valid id>.dsrdoc`` is accepted: no separators, ``..`` or temp names."""
        if not isinstance(stored_name, str) or not _STORED_NAME.fullmatch(stored_name):
            raise ValidationError(
                "{stored_name!r} is not the name of a stored document.", stored_name=stored_name
            )
        check_document_id(stored_name[: -len(DOCUMENT_SUFFIX)])
        return self._folder / stored_name


# --- helpers -----------------------------------------------------------------------------


def check_document_id(document_id: str) -> str:
    if not isinstance(document_id, str) or not _DOCUMENT_ID.fullmatch(document_id):
        raise ValidationError(
            "A document id is 1 to 64 lower-case letters, digits, '-' or '_', starting with "
            "a letter or digit."
        )
    if document_id in _WINDOWS_DEVICES:
        raise ValidationError(
            "{document_id!r} cannot be used as a document id.", document_id=document_id
        )
    return document_id


def _ensure_private_folder(folder: Path) -> None:
    """Create the folder owner-only (0700): file names and sizes are still metadata."""
    if folder.is_dir():
        return
    try:
        folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        if os.name != "nt":
            os.chmod(folder, FOLDER_MODE)  # mkdir's mode is filtered through the umask
    except OSError as exc:
        raise VaultError(
            "The document folder {folder} could not be created ({exc}).",
            folder=folder,
            exc=_reason(exc),
        ) from exc


class MeasuredChunks:
    """A document's plaintext chunks as they are encrypted (one pass: the source may be a
    stream), measured on the way: their size and SHA-256 once iterated."""

    def __init__(self, source: BinaryIO | Iterable[bytes] | bytes, document_id: str) -> None:
        self._chunks = source_chunks(source, document_id)
        self._digest = hashlib.sha256()
        self.size = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._chunks:
            if not isinstance(chunk, bytes | bytearray | memoryview):
                raise ValidationError("Document content must be given as bytes.")
            self._digest.update(chunk)
            self.size += memoryview(chunk).nbytes  # not len(): a memoryview may hold ints
            yield chunk
            del chunk  # do not pin the previous chunk while the next one is read

    def sha256(self) -> str:
        return self._digest.hexdigest()


def source_chunks(source: BinaryIO | Iterable[bytes] | bytes, document_id: str) -> Iterator[bytes]:
    """The content to store as bytes chunks; a read failure of the *source* is reported as
    such (not as a write failure of the store)."""
    if isinstance(source, bytes | bytearray | memoryview):
        yield cast(bytes, source)  # no copy: encryption reads any bytes-like segment-wise
        return
    if isinstance(source, str):
        raise ValidationError("Document content must be bytes, not text.")
    try:
        if hasattr(source, "read"):
            # Read in blocks: a binary file iterates by lines, unbounded for binary data.
            reader = cast(BinaryIO, source)
            while block := reader.read(_SOURCE_BLOCK):
                yield block
        else:
            yield from source
    except OSError as exc:
        raise VaultError(
            "The content for document {document_id} could not be read ({exc}); nothing was stored.",
            document_id=document_id,
            exc=_reason(exc),
        ) from exc


def _decrypt_file(path: Path, file_key: bytes, document_id: str) -> Iterator[bytes]:
    """Open lazily, so an un-iterated result holds no file handle; read straight into the
    segment buffer (unbuffered ``readinto``), so no extra copy of a segment exists."""
    try:
        handle = open(path, "rb", buffering=0)  # noqa: SIM115 - closed by the with below
    except FileNotFoundError:
        raise _missing(document_id) from None
    except OSError as exc:
        raise _unreadable(document_id, exc) from exc
    with handle:
        try:
            yield from decrypt_stream(file_key, handle, label=document_id)
        except OSError as exc:  # only the reads of ``handle`` raise OSError here
            raise _unreadable(document_id, exc) from exc


def _atomic_write(
    target: Path, blocks: Iterable[bytes], *, what: Text, remove_if_not_durable: bool
) -> None:
    """Write ``blocks`` to ``target`` so that it is either the old file or the complete new one.

    Temp file in the same folder (so ``os.replace`` is an atomic rename), written in full and
    ``fsync``-ed before the rename, folder ``fsync``-ed after it. On any failure before the
    rename, the temp file is removed and ``target`` is untouched.

    If only the final folder sync fails, the rename happened but might not survive a power
    cut. For a new file (``remove_if_not_durable``) the file is removed again and the error
    reported, so the caller records nothing. When overwriting, the old version is already
    gone: the new one (complete and synced) is kept and no error raised, since raising would
    make the caller keep a key that no longer matches and lose both versions.
    """
    try:
        fd, temp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as exc:
        _close(blocks)
        raise _write_error(what, exc) from exc
    temp = Path(temp_name)  # mkstemp: O_EXCL, mode 0600
    try:
        try:
            for block in blocks:
                _write_all(fd, block)
                del block  # release this segment before the next one is produced
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
    except OSError as exc:
        _discard(temp)
        raise _write_error(what, exc) from exc
    except BaseException:
        _discard(temp)
        raise
    finally:
        _close(blocks)
    try:
        _fsync_directory(target.parent)
    except OSError as exc:
        if not remove_if_not_durable:
            return
        _discard(target)
        raise _write_error(what, exc) from exc


def _write_all(fd: int, data: bytes) -> None:
    """``os.write`` may write less than asked; loop until every byte is out."""
    with memoryview(data) as view:
        done, total = 0, len(view)
        while done < total:
            written = os.write(fd, view[done:])
            if written <= 0:
                raise OSError(errno.EIO, "the disk accepted no data")
            done += written


def _fsync_directory(directory: Path) -> None:
    """Make a rename or unlink durable (POSIX); Windows cannot open folders for this."""
    if os.name == "nt":
        return
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    except OSError as exc:
        if exc.errno not in _FSYNC_UNSUPPORTED:
            raise
    finally:
        os.close(dir_fd)


def _close(blocks: Iterable[bytes]) -> None:
    """Finish a generator now (releasing the source it reads), not at garbage collection."""
    close = getattr(blocks, "close", None)
    if callable(close):
        close()


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


class _Capitalised:
    """What could not be saved, at the start of a sentence (rendered when shown)."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __str__(self) -> str:
        shown = str(self.text)
        return shown[:1].upper() + shown[1:]


def _write_error(what: Text, exc: OSError) -> VaultError:
    if exc.errno in _DISK_FULL:
        return VaultError(
            "The disk is full: {what} could not be saved. Free some space and try "
            "again; nothing was changed.",
            what=what,
        )
    return VaultError(
        "{what} could not be saved ({reason}); nothing was changed.",
        what=_Capitalised(what),
        reason=_reason(exc),
    )


def _missing(document_id: str) -> VaultError:
    return VaultError(
        "The encrypted file for document {document_id} is missing. Restore the "
        "document folder from a backup, or remove the document from the case.",
        document_id=document_id,
    )


def _unreadable(document_id: str, exc: OSError) -> VaultError:
    return VaultError(
        "The encrypted file for document {document_id} could not be read ({exc}).",
        document_id=document_id,
        exc=_reason(exc),
    )

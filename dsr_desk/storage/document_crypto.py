"""Encryption format of the document store: per-file keys and streaming AES-256-GCM segments.

Every stored document (ID scan, letter scan, ``.eml`` original, generated letter) gets its own
random 256-bit *file key*. Only a wrapped copy of that key is kept, in the vault database; the
ciphertext file alone is useless. Deleting the wrapped key therefore crypto-shreds the file,
even if its bytes linger on disk, in a backup or on a cloud-synced copy of the folder.

File layout (all integers big-endian)::

    header  = "DSRDOC1" (7 bytes) ‖ version (1 byte, = 1) ‖ segment size S (4 bytes)
              ‖ nonce prefix P (7 random bytes)                              -> 19 bytes
    segment i (i = 0, 1, …, n-1) = AES-256-GCM(file key,
              nonce = P ‖ i (4 bytes) ‖ last flag (0x00, or 0x01 for i = n-1),
              associated data = the 19 header bytes,
              plaintext bytes [i*S, (i+1)*S) of the document)  -> ciphertext ‖ 16-byte tag

Every segment but the last holds exactly S plaintext bytes (S + 16 on disk); the last holds
1 to S bytes, or 0 bytes when the whole document is empty. This is the STREAM construction of
Hoang, Reyhanitabar, Rogaway and Vizár (as used by Tink's streaming AEAD and by age): because
the segment counter and the last-segment flag are part of each nonce, a segment is only
accepted at its own position and only as the last one if it was written as the last one.
Reordering, duplicating or dropping segments, cutting the file anywhere (including exactly at
a segment boundary) or appending bytes all make some tag check fail. Because the header is the
associated data of every segment, changing the declared segment size, the nonce prefix or the
version is detected too.

The random 56-bit prefix only has to keep nonces distinct *under one file key*; as every file
key is fresh and used for exactly one encryption, nonce reuse cannot happen even if two files
drew the same prefix. A replaced document gets a new file key, never a re-used one.

Decryption is streaming: plaintext is released one verified segment at a time. A caller must
therefore treat what it has received as unconfirmed until the iterator finishes without an
``IntegrityError`` (a truncated file is only detected at the end); the document store writes
exports to a temporary file and only renames it into place once the whole file verified.

No function here logs anything or puts key material or plaintext in an exception message.
"""

from __future__ import annotations

import secrets
import struct
from collections.abc import Iterable, Iterator
from typing import BinaryIO, Final, cast

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from dsr_desk.domain.errors import IntegrityError, ValidationError
from dsr_desk.messages import N_, Text
from dsr_desk.storage.key_wrapping import derive_subkey

SEGMENT_SIZE: Final = 1024 * 1024
MIN_SEGMENT_SIZE: Final = 1
# A ceiling for the (attacker-writable) header: a forged size must not make us buffer
# gigabytes before the first tag check can fail.
MAX_SEGMENT_SIZE: Final = 16 * 1024 * 1024

KEY_BYTES: Final = 32
TAG_BYTES: Final = 16
WRAP_NONCE_BYTES: Final = 12
WRAPPED_KEY_BYTES: Final = WRAP_NONCE_BYTES + KEY_BYTES + TAG_BYTES

MAGIC: Final = b"DSRDOC1"
FORMAT_VERSION: Final = 1
NONCE_PREFIX_BYTES: Final = 7
_HEADER: Final = struct.Struct(">7sBI7s")
HEADER_BYTES: Final = _HEADER.size  # 19

# The counter is 4 bytes of the nonce: 2**32 segments at most (4 PiB at 1 MiB segments).
_MAX_SEGMENTS: Final = 2**32

_KEK_INFO: Final = b"DSR Desk document KEK v1"
_WRAP_AAD_PREFIX: Final = b"DSR Desk file key v1\x00"

_NOT_LAST: Final = b"\x00"
_LAST: Final = b"\x01"


# --- keys ------------------------------------------------------------------------------


def new_file_key() -> bytes:
    """A fresh random 256-bit file key from the OS CSPRNG, used for exactly one file.

    One key per file (never per folder or per vault) is what makes crypto-shredding a single
    document possible and what rules out nonce reuse across files.
    """
    return secrets.token_bytes(KEY_BYTES)


def derive_document_kek(database_key: bytes) -> bytes:
    """The key-encryption key for file keys, derived from the vault's database key.

    HKDF-SHA256 with its own ``info`` label gives a key that is independent of the database
    key as SQLCipher uses it (domain separation), so no ciphertext under one key can ever be
    presented as ciphertext under the other. HKDF suffices: the database key is 256 uniformly
    random bits, not a guessable secret that would need a slow KDF.
    """
    _check_key(database_key, N_("database key"))
    return derive_subkey(database_key, _KEK_INFO)


def wrap_file_key(kek: bytes, file_key: bytes, document_id: str) -> bytes:
    """Encrypt ``file_key`` for storage in the database: ``nonce (12) ‖ ciphertext+tag (48)``.

    AES-256-GCM with a random 96-bit nonce (a KEK wraps few enough keys for random nonces to
    stay far below the collision bound). The associated data binds the wrapped key to its
    document id, so a wrapped key copied onto another document's row does not unwrap.
    """
    _check_key(kek, N_("document key-encryption key"))
    _check_key(file_key, N_("file key"))
    nonce = secrets.token_bytes(WRAP_NONCE_BYTES)
    return nonce + AESGCM(kek).encrypt(nonce, file_key, _wrap_aad(document_id))


def unwrap_file_key(kek: bytes, wrapped: bytes, document_id: str) -> bytes:
    """Recover a file key, or raise ``IntegrityError`` (wrong KEK, other document, tampering)."""
    _check_key(kek, N_("document key-encryption key"))
    aad = _wrap_aad(document_id)
    damaged = IntegrityError(
        "The key of document {document_id} does not open: it is damaged, was "
        "tampered with, or belongs to another document or vault.",
        document_id=document_id,
    )
    if not isinstance(wrapped, bytes | bytearray) or len(wrapped) != WRAPPED_KEY_BYTES:
        raise damaged
    nonce, sealed = bytes(wrapped[:WRAP_NONCE_BYTES]), bytes(wrapped[WRAP_NONCE_BYTES:])
    try:
        return AESGCM(kek).decrypt(nonce, sealed, aad)
    except InvalidTag:
        raise damaged from None


def _wrap_aad(document_id: str) -> bytes:
    if not isinstance(document_id, str) or not document_id:
        raise ValidationError("A document id is required to wrap or unwrap a file key.")
    # The prefix is fixed and the id is the only variable field, so the encoding is
    # unambiguous without a length prefix.
    return _WRAP_AAD_PREFIX + document_id.encode("utf-8")


def _check_key(key: object, what: str) -> None:
    if not isinstance(key, bytes) or len(key) != KEY_BYTES:
        raise ValidationError(
            "A {what} is exactly {key_bytes} bytes.", what=Text(what), key_bytes=KEY_BYTES
        )


# --- streaming encryption --------------------------------------------------------------


def encrypt_stream(
    file_key: bytes, chunks: Iterable[bytes], *, segment_size: int = SEGMENT_SIZE
) -> Iterator[bytes]:
    """Encrypt plaintext ``chunks`` of any sizes; yield the header, then one block per segment.

    Memory stays bounded whatever the document size: one segment buffer (filled by copying
    from the caller's chunks, or read straight into from a file object) and one sealed
    segment at a time, so a 1 GB scan never has to fit in memory and plaintext never has to
    be spooled to disk. A full segment is only sealed once the input has been peeked at,
    because only then is it known whether it carries the last-segment flag.

    Arguments are checked at once; the encryption itself runs as the result is iterated.
    """
    _check_key(file_key, N_("file key"))
    if isinstance(segment_size, bool) or not isinstance(segment_size, int):
        raise ValidationError("The segment size must be a whole number of bytes.")
    if not MIN_SEGMENT_SIZE <= segment_size <= MAX_SEGMENT_SIZE:
        raise ValidationError(
            "The segment size must be between {min_segment_size} and {max_segment_size} bytes.",
            min_segment_size=MIN_SEGMENT_SIZE,
            max_segment_size=MAX_SEGMENT_SIZE,
        )
    source = _Input(chunks, "Document content must be given as bytes.")
    return _encrypt_segments(AESGCM(file_key), source, segment_size)


def _encrypt_segments(aead: AESGCM, source: _Input, size: int) -> Iterator[bytes]:
    prefix = secrets.token_bytes(NONCE_PREFIX_BYTES)
    header = _HEADER.pack(MAGIC, FORMAT_VERSION, size, prefix)
    yield header
    buffer = bytearray(size)
    with memoryview(buffer) as view:
        counter = 0
        while True:
            filled = source.fill(view)
            last = filled < size or not source.has_more()
            yield aead.encrypt(_nonce(prefix, counter, last=last), view[:filled], header)
            if last:
                return
            counter += 1
            if counter >= _MAX_SEGMENTS:
                raise ValidationError(
                    "This document is too large to be stored in one encrypted file."
                )


def _nonce(prefix: bytes, counter: int, *, last: bool) -> bytes:
    """``prefix (7) ‖ counter (4, big-endian) ‖ flag (1)``: position and "last" are bound."""
    return prefix + counter.to_bytes(4, "big") + (_LAST if last else _NOT_LAST)


# --- streaming decryption --------------------------------------------------------------


def decrypt_stream(
    file_key: bytes, blocks: Iterable[bytes] | BinaryIO, *, label: str | None = None
) -> Iterator[bytes]:
    """Decrypt a document read as ``blocks`` (any sizes) or from a binary file object.

    Yields the plaintext one segment at a time, each only after its tag verified; memory
    stays bounded by one sealed segment plus one plaintext segment (file objects are read
    straight into the segment buffer). Raises ``IntegrityError`` for any defect: damaged or
    unknown header, flipped bit, wrong key, reordered, duplicated or missing segments,
    truncation, or bytes after the last segment. Nothing received is final until the
    iterator ends normally. ``label`` (a document id) only makes error messages clearer.
    """
    _check_key(file_key, N_("file key"))
    source = _Input(blocks, "Encrypted document content must be given as bytes.")
    return _decrypt_segments(AESGCM(file_key), source, label)


def _the_document(label: str | None) -> Text:
    return Text("The document {label}", label=label) if label else Text("The document")


def _damaged(label: str | None, where: str) -> IntegrityError:
    return IntegrityError(
        "{label} is damaged or was tampered with ({where}).",
        label=_the_document(label),
        where=where,
    )


def _decrypt_segments(aead: AESGCM, source: _Input, label: str | None) -> Iterator[bytes]:
    header_buffer = bytearray(HEADER_BYTES)
    with memoryview(header_buffer) as header_view:
        if source.fill(header_view) < HEADER_BYTES:
            raise _damaged(label, "header")
    header = bytes(header_buffer)
    magic, version, size, prefix = _HEADER.unpack(header)
    if magic != MAGIC:
        raise IntegrityError(
            "{label} is damaged or was tampered with (header): it is not a DSR "
            "Desk encrypted document.",
            label=_the_document(label),
        )
    if version != FORMAT_VERSION:
        # The version byte cannot be authenticated before the format is known; say both.
        raise IntegrityError(
            "{label} is damaged or was tampered with (header), or was written by a "
            "newer DSR Desk (unknown format version {version}).",
            label=_the_document(label),
            version=version,
        )
    if not MIN_SEGMENT_SIZE <= size <= MAX_SEGMENT_SIZE:
        raise _damaged(label, "header")

    sealed_size = size + TAG_BYTES
    buffer = bytearray(sealed_size)
    with memoryview(buffer) as view:
        counter = 0
        while True:
            filled = source.fill(view)
            # A full sealed segment is the last one only if no byte follows it.
            last = filled < sealed_size or not source.has_more()
            nonce = _nonce(prefix, counter, last=last)
            # Yielded unnamed: a local would keep the previous plaintext alive in the
            # suspended generator while the next segment is decrypted.
            yield _open_segment(aead, nonce, view[:filled], header, label, counter)
            if last:
                return
            counter += 1
            if counter >= _MAX_SEGMENTS:
                raise _damaged(label, f"segment {counter}")


def _open_segment(
    aead: AESGCM, nonce: bytes, sealed: memoryview, header: bytes, label: str | None, index: int
) -> bytes:
    if len(sealed) < TAG_BYTES:
        raise _damaged(label, f"segment {index}")
    try:
        return aead.decrypt(nonce, sealed, header)
    except InvalidTag:
        raise _damaged(label, f"segment {index}") from None


# --- input -------------------------------------------------------------------------------


class _Input:
    """Bytes from bytes, a binary file object or an iterable of chunks, copied into a buffer.

    Holds at most the caller's current chunk (never an earlier one), and reads file objects
    with ``readinto`` straight into the destination, so no extra copy of a segment exists.
    A file object is read in blocks, not iterated: iterating a binary file yields *lines*,
    whose length is unbounded for binary data (a whole scan could be one "line").
    """

    def __init__(self, source: Iterable[bytes] | BinaryIO, type_error: str) -> None:
        self._reader: BinaryIO | None = None
        self._chunks: Iterator[bytes | bytearray | memoryview] | None = None
        if isinstance(source, bytes | bytearray | memoryview):
            self._chunks = iter((source,))
        elif hasattr(source, "read"):
            self._reader = cast(BinaryIO, source)
        else:
            self._chunks = iter(source)
        self._pending: memoryview | None = None  # unread rest of the current chunk
        self._ended = False
        self._type_error = type_error

    def fill(self, target: memoryview) -> int:
        """Copy input into ``target`` until it is full or the input ends; return the count."""
        filled, wanted = 0, len(target)
        while filled < wanted:
            if self._pending is None and self._reader is not None and not self._ended:
                readinto = getattr(self._reader, "readinto", None)
                if readinto is not None:
                    count = readinto(target[filled:])
                    if count is None:
                        raise ValidationError(_NON_BLOCKING)
                    if not count:
                        self._ended = True
                        break
                    filled += count
                    continue
            pending = self._next_chunk()
            if pending is None:
                break
            take = min(wanted - filled, len(pending))
            target[filled : filled + take] = pending[:take]
            filled += take
            self._pending = pending[take:] if take < len(pending) else None
            if self._pending is None:
                pending.release()
        return filled

    def has_more(self) -> bool:
        """Whether at least one more byte follows (reads ahead by at most one chunk)."""
        return self._next_chunk(peek=True) is not None

    def _next_chunk(self, *, peek: bool = False) -> memoryview | None:
        if self._pending is not None:
            return self._pending
        while not self._ended:
            if self._reader is not None:
                chunk: object = self._reader.read(1 if peek else _READ_BLOCK)
                if chunk is None:
                    raise ValidationError(_NON_BLOCKING)
                if not chunk:
                    self._ended = True
                    return None
            else:
                assert self._chunks is not None
                chunk = next(self._chunks, None)
                if chunk is None:
                    self._ended = True
                    return None
            if not isinstance(chunk, bytes | bytearray | memoryview):
                raise ValidationError(self._type_error)
            try:
                view = memoryview(chunk).cast("B")
            except TypeError:
                raise ValidationError(self._type_error) from None
            if len(view):
                self._pending = view
                return view
            view.release()
        return None


_READ_BLOCK: Final = 256 * 1024
_NON_BLOCKING: Final = N_(
    "A non-blocking stream cannot be used for a document: it could end early."
)

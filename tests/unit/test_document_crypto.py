"""Document encryption format: STREAM segments of AES-256-GCM, per-file keys, key wrapping.

Most tests use a 64-byte segment size so that multi-segment files stay tiny and every byte
position can be tampered with exhaustively; a few use the real 1 MiB segments.
"""

from __future__ import annotations

import io
import itertools
import math
import os
import re
import secrets
import struct
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from hypothesis import given, settings
from hypothesis import strategies as st

from dsr_desk.domain.errors import IntegrityError, ValidationError
from dsr_desk.storage import document_crypto as dc
from dsr_desk.storage.document_crypto import (
    HEADER_BYTES,
    SEGMENT_SIZE,
    TAG_BYTES,
    WRAPPED_KEY_BYTES,
    decrypt_stream,
    derive_document_kek,
    encrypt_stream,
    new_file_key,
    unwrap_file_key,
    wrap_file_key,
)

SEG = 64
MIB = 1024 * 1024
DOC_ID = "3f2a9c0d5b7e4f61a8c9d0e1f2a3b4c5"
DAMAGED = re.compile(r"is damaged or was tampered with \((segment \d+|header)\)")


def encrypt(key: bytes, data: bytes, segment_size: int = SEG) -> bytes:
    return b"".join(encrypt_stream(key, [data], segment_size=segment_size))


def decrypt(key: bytes, blob: bytes) -> bytes:
    return b"".join(decrypt_stream(key, [blob]))


def expected_length(size: int, segment_size: int = SEG) -> int:
    segments = max(1, math.ceil(size / segment_size))
    return HEADER_BYTES + size + TAG_BYTES * segments


def segments_of(blob: bytes, segment_size: int = SEG) -> list[bytes]:
    """Split a ciphertext into its sealed segments (after the header)."""
    body, step = blob[HEADER_BYTES:], segment_size + TAG_BYTES
    return [body[i : i + step] for i in range(0, len(body), step)]


def assert_damaged(key: bytes, blob: bytes, where: str | None = None) -> None:
    with pytest.raises(IntegrityError) as caught:
        decrypt(key, blob)
    message = str(caught.value)
    assert "damaged or was tampered with" in message
    if where is not None:
        assert f"({where})" in message


@pytest.fixture(scope="module")
def key() -> bytes:
    return new_file_key()


# --- round trips ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "size", [0, 1, SEG - 1, SEG, SEG + 1, 2 * SEG, 3 * SEG - 1, 3 * SEG, 3 * SEG + 1, 1000]
)
def test_round_trip_at_segment_edges(key: bytes, size: int) -> None:
    data = os.urandom(size)
    blob = encrypt(key, data)
    assert len(blob) == expected_length(size)
    assert decrypt(key, blob) == data


@settings(max_examples=200, deadline=None)
@given(
    size=st.one_of(
        st.sampled_from([0, 1, SEG - 1, SEG, SEG + 1, 2 * SEG, 5 * SEG, 5 * SEG + 1]),
        st.integers(min_value=0, max_value=8 * SEG),
    ),
    seed=st.binary(min_size=8, max_size=8),
    cuts=st.lists(st.integers(min_value=0, max_value=8 * SEG), max_size=6),
    read_cuts=st.lists(st.integers(min_value=0, max_value=10 * SEG), max_size=6),
)
def test_round_trip_any_size_any_chunking(
    size: int, seed: bytes, cuts: list[int], read_cuts: list[int]
) -> None:
    """Input re-chunking and ciphertext block boundaries never change the result."""
    key = new_file_key()
    data = (seed * (size // 8 + 1))[:size]
    points = sorted({0, size, *(c for c in cuts if c <= size)})
    chunks = [data[a:b] for a, b in itertools.pairwise(points)] or [b""]
    blob = b"".join(encrypt_stream(key, chunks, segment_size=SEG))
    assert len(blob) == expected_length(size)
    marks = sorted({0, len(blob), *(c for c in read_cuts if c <= len(blob))})
    blocks = [blob[a:b] for a, b in itertools.pairwise(marks)]
    out = list(decrypt_stream(key, blocks))
    assert b"".join(out) == data
    assert [len(p) for p in out[:-1]] == [SEG] * (len(out) - 1)


def test_round_trip_real_segments_about_3_mib(key: bytes) -> None:
    data = os.urandom(3 * MIB + 12345)
    blob = b"".join(
        encrypt_stream(key, [data[i : i + 100_000] for i in range(0, len(data), 100_000)])
    )
    assert len(blob) == HEADER_BYTES + len(data) + 4 * TAG_BYTES
    assert struct.unpack(">I", blob[8:12])[0] == SEGMENT_SIZE
    out = list(decrypt_stream(key, io.BytesIO(blob)))
    assert [len(p) for p in out] == [MIB, MIB, MIB, 12345]
    assert b"".join(out) == data


def test_exact_multiple_of_real_segment_has_no_empty_tail(key: bytes) -> None:
    data = os.urandom(2 * MIB)
    blob = encrypt(key, data, SEGMENT_SIZE)
    assert len(blob) == HEADER_BYTES + 2 * MIB + 2 * TAG_BYTES
    assert decrypt(key, blob) == data
    assert_damaged(key, blob[: HEADER_BYTES + MIB + TAG_BYTES], "segment 0")


def test_empty_document_is_one_empty_final_segment(key: bytes) -> None:
    blob = encrypt(key, b"")
    assert len(blob) == HEADER_BYTES + TAG_BYTES
    assert list(decrypt_stream(key, [blob])) == [b""]
    assert b"".join(encrypt_stream(key, [], segment_size=SEG))[:7] == b"DSRDOC1"
    assert decrypt(key, b"".join(encrypt_stream(key, [], segment_size=SEG))) == b""


def test_inputs_bytes_file_object_and_mixed_chunk_types(key: bytes) -> None:
    data = os.urandom(5 * SEG + 3)
    for source in (data, io.BytesIO(data), [bytearray(data[:10]), memoryview(data)[10:]]):
        blob = b"".join(encrypt_stream(key, source, segment_size=SEG))  # type: ignore[arg-type]
        assert decrypt(key, blob) == data
        assert b"".join(decrypt_stream(key, blob)) == data  # type: ignore[arg-type]
        assert b"".join(decrypt_stream(key, io.BytesIO(blob))) == data


def test_same_plaintext_encrypts_differently(key: bytes) -> None:
    data = b"same content" * 20
    first, second = encrypt(key, data), encrypt(key, data)
    assert first != second
    assert first[12:19] != second[12:19]  # fresh random nonce prefix


# --- the format, pinned --------------------------------------------------------------------


def test_known_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Header, nonces and associated data exactly as documented (format stability)."""
    key, prefix = bytes(range(32)), bytes.fromhex("a1a2a3a4a5a6a7")
    monkeypatch.setattr(secrets, "token_bytes", lambda n: prefix if n == 7 else os.urandom(n))
    data = bytes(range(150))
    blob = encrypt(key, data)
    header = b"DSRDOC1" + b"\x01" + (64).to_bytes(4, "big") + prefix
    aead = AESGCM(key)
    expected = (
        header
        + aead.encrypt(prefix + b"\x00\x00\x00\x00\x00", data[:64], header)
        + aead.encrypt(prefix + b"\x00\x00\x00\x01\x00", data[64:128], header)
        + aead.encrypt(prefix + b"\x00\x00\x00\x02\x01", data[128:], header)
    )
    assert blob == expected


# --- tampering -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample(key: bytes) -> tuple[bytes, bytes]:
    data = os.urandom(3 * SEG + 20)  # segments of 64, 64, 64 and 20 bytes
    return data, encrypt(key, data)


def test_every_single_bit_flip_is_detected(key: bytes, sample: tuple[bytes, bytes]) -> None:
    """Header, every segment body and every tag: flipping any bit fails authentication."""
    _, blob = sample
    step = SEG + TAG_BYTES
    for position in range(len(blob)):
        for bit in (0, 7):
            damaged = bytearray(blob)
            damaged[position] ^= 1 << bit
            if position < HEADER_BYTES:
                # magic, version, size: refused as a header (or, for a size that is still
                # plausible, at segment 0); nonce prefix: segment 0 no longer opens.
                where = "segment 0" if position >= 12 else None
            else:
                where = f"segment {(position - HEADER_BYTES) // step}"
            assert_damaged(key, bytes(damaged), where)


@settings(max_examples=100, deadline=None)
@given(size=st.integers(0, 6 * SEG), data=st.data())
def test_random_bit_flip_detected(size: int, data: st.DataObject) -> None:
    key = new_file_key()
    blob = bytearray(encrypt(key, os.urandom(size)))
    position = data.draw(st.integers(0, len(blob) - 1))
    blob[position] ^= 1 << data.draw(st.integers(0, 7))
    with pytest.raises(IntegrityError):
        decrypt(key, bytes(blob))


def test_every_truncation_is_detected(key: bytes, sample: tuple[bytes, bytes]) -> None:
    """Cut anywhere: in the header, mid-segment, mid-tag, or exactly at a segment boundary."""
    _, blob = sample
    for length in range(len(blob)):
        assert_damaged(key, blob[:length])


def test_dropped_last_segment_at_boundary(key: bytes, sample: tuple[bytes, bytes]) -> None:
    _, blob = sample
    segments = segments_of(blob)
    header = blob[:HEADER_BYTES]
    assert_damaged(key, header + b"".join(segments[:-1]), "segment 2")
    assert_damaged(key, header + segments[0], "segment 0")
    assert_damaged(key, header, "segment 0")


def test_dropped_full_last_segment(key: bytes) -> None:
    data = os.urandom(3 * SEG)
    blob = encrypt(key, data)
    segments = segments_of(blob)
    assert len(segments) == 3
    assert_damaged(key, blob[:HEADER_BYTES] + b"".join(segments[:2]), "segment 1")


def test_reordered_segments(key: bytes, sample: tuple[bytes, bytes]) -> None:
    _, blob = sample
    header, (s0, s1, s2, s3) = blob[:HEADER_BYTES], segments_of(blob)
    assert_damaged(key, header + s1 + s0 + s2 + s3, "segment 0")
    assert_damaged(key, header + s0 + s2 + s1 + s3, "segment 1")
    assert_damaged(key, header + s0 + s1 + s3 + s2, "segment 2")


def test_duplicated_segment(key: bytes, sample: tuple[bytes, bytes]) -> None:
    _, blob = sample
    header, (s0, s1, s2, s3) = blob[:HEADER_BYTES], segments_of(blob)
    assert_damaged(key, header + s0 + s0 + s1 + s2 + s3, "segment 1")
    assert_damaged(key, header + s0 + s1 + s2 + s3 + s3)
    assert_damaged(key, header + s0 + s1 + s2 + s2, "segment 3")


def test_segments_from_another_file_rejected(key: bytes) -> None:
    """Same key, other file: its nonce prefix and header differ, so no segment transplants."""
    data = os.urandom(2 * SEG)
    first, second = encrypt(key, data), encrypt(key, data)
    mixed = first[:HEADER_BYTES] + segments_of(first)[0] + segments_of(second)[1]
    assert_damaged(key, mixed, "segment 1")


@pytest.mark.parametrize(
    "garbage", [b"\x00", b"x" * TAG_BYTES, b"y" * (SEG + TAG_BYTES), b"z" * 1000]
)
def test_trailing_garbage(key: bytes, sample: tuple[bytes, bytes], garbage: bytes) -> None:
    _, blob = sample
    assert_damaged(key, blob + garbage)


def test_trailing_copy_of_valid_segment(key: bytes, sample: tuple[bytes, bytes]) -> None:
    _, blob = sample
    assert_damaged(key, blob + segments_of(blob)[-1])
    assert_damaged(key, blob + segments_of(blob)[0])


def test_header_changes(key: bytes, sample: tuple[bytes, bytes]) -> None:
    _, blob = sample
    body = blob[HEADER_BYTES:]
    _, version, size, prefix = struct.unpack(">7sBI7s", blob[:HEADER_BYTES])
    assert (version, size) == (1, SEG)
    for other_size in (SEG - 1, SEG + 1, 2 * SEG, 1):
        forged = struct.pack(">7sBI7s", b"DSRDOC1", 1, other_size, prefix)
        assert_damaged(key, forged + body)
    for bad_size in (0, dc.MAX_SEGMENT_SIZE + 1, 2**32 - 1):
        forged = struct.pack(">7sBI7s", b"DSRDOC1", 1, bad_size, prefix)
        assert_damaged(key, forged + body, "header")
    with pytest.raises(IntegrityError, match="not a DSR Desk encrypted document"):
        decrypt(key, b"DSRDOC2" + blob[7:])
    with pytest.raises(IntegrityError, match=r"newer DSR Desk \(unknown format version 2\)"):
        decrypt(key, blob[:7] + b"\x02" + blob[8:])
    other_prefix = bytes(b ^ 0xFF for b in prefix)
    assert_damaged(key, blob[:12] + other_prefix + body, "segment 0")


def test_wrong_file_key(sample: tuple[bytes, bytes]) -> None:
    _, blob = sample
    assert_damaged(new_file_key(), blob, "segment 0")


def test_error_message_names_the_document(key: bytes, sample: tuple[bytes, bytes]) -> None:
    _, blob = sample
    with pytest.raises(IntegrityError) as caught:
        b"".join(decrypt_stream(key, [blob[:-1]], label=DOC_ID))
    assert str(caught.value) == (
        f"The document {DOC_ID} is damaged or was tampered with (segment 3)."
    )


def test_error_messages_hold_no_secret(key: bytes, sample: tuple[bytes, bytes]) -> None:
    data, blob = sample
    with pytest.raises(IntegrityError) as caught:
        decrypt(key, blob[:-1])
    text = str(caught.value).encode()
    assert key.hex().encode() not in text
    assert data[:8] not in text
    assert DAMAGED.search(str(caught.value))


def test_streaming_yields_only_verified_segments(key: bytes, sample: tuple[bytes, bytes]) -> None:
    """A damaged segment is never released; the ones before it were (the caller discards)."""
    data, blob = sample
    damaged = bytearray(blob)
    damaged[HEADER_BYTES + (SEG + TAG_BYTES) + 5] ^= 1
    received: list[bytes] = []
    with pytest.raises(IntegrityError, match=r"segment 1"):
        received.extend(decrypt_stream(key, [bytes(damaged)]))
    assert received == [data[:SEG]]


def test_segment_counter_limit(monkeypatch: pytest.MonkeyPatch, key: bytes) -> None:
    """The 32-bit counter must never wrap (a wrapped counter would reuse nonces)."""
    monkeypatch.setattr(dc, "_MAX_SEGMENTS", 3)
    data = os.urandom(3 * SEG)
    assert decrypt(key, encrypt(key, data)) == data
    with pytest.raises(ValidationError, match="too large"):
        encrypt(key, os.urandom(3 * SEG + 1))
    monkeypatch.setattr(dc, "_MAX_SEGMENTS", 10)
    blob = encrypt(key, os.urandom(4 * SEG))
    monkeypatch.setattr(dc, "_MAX_SEGMENTS", 3)
    assert_damaged(key, blob, "segment 3")


# --- argument checks -----------------------------------------------------------------------


def test_bad_arguments_are_refused_at_call_time(key: bytes) -> None:
    with pytest.raises(ValidationError):
        encrypt_stream(b"short", [b"x"])
    with pytest.raises(ValidationError):
        decrypt_stream(b"short", [b"x"])
    for size in (0, -1, dc.MAX_SEGMENT_SIZE + 1, True, 1.5):
        with pytest.raises(ValidationError):
            encrypt_stream(key, [b"x"], segment_size=size)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="bytes"):
        b"".join(encrypt_stream(key, ["text"]))  # type: ignore[list-item]
    with pytest.raises(ValidationError, match="bytes"):
        b"".join(decrypt_stream(key, ["text"]))  # type: ignore[list-item]


# --- bounded memory ------------------------------------------------------------------------


def _stream(total: int, chunk: int) -> Iterator[bytes]:
    block = os.urandom(chunk)
    for _ in range(total // chunk):
        yield block


def _traced_peak(work: Callable[[], int]) -> tuple[int, int]:
    tracemalloc.start()
    try:
        result = work()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


def test_encryption_memory_is_one_segment_buffer_plus_one_sealed_segment(key: bytes) -> None:
    """64 MiB from 256 KiB chunks: ~2 segments traced at peak, however long the stream."""
    total = 64 * MIB

    def work() -> int:
        count = 0
        for sealed in encrypt_stream(key, _stream(total, 256 * 1024)):
            count += len(sealed)
            del sealed
        return count

    count, peak = _traced_peak(work)
    assert count == HEADER_BYTES + total + 64 * TAG_BYTES
    assert peak < 2.6 * MIB, f"peak {peak / MIB:.2f} MiB"


def test_decryption_memory_from_a_file_is_about_two_segments(key: bytes, tmp_path: Path) -> None:
    total = 32 * MIB
    path = tmp_path / "blob"
    with open(path, "wb") as handle:
        for sealed in encrypt_stream(key, _stream(total, MIB)):
            handle.write(sealed)

    def work() -> int:
        count = 0
        with open(path, "rb", buffering=0) as handle:
            for plain in decrypt_stream(key, handle):
                count += len(plain)
                del plain
        return count

    count, peak = _traced_peak(work)
    assert count == total
    assert peak < 2.5 * MIB, f"peak {peak / MIB:.2f} MiB"


def test_pipeline_memory_does_not_grow_with_size(key: bytes) -> None:
    def work(total: int) -> Callable[[], int]:
        def run() -> int:
            return sum(
                len(p) for p in decrypt_stream(key, encrypt_stream(key, _stream(total, MIB)))
            )

        return run

    small, small_peak = _traced_peak(work(8 * MIB))
    large, large_peak = _traced_peak(work(64 * MIB))
    assert (small, large) == (8 * MIB, 64 * MIB)
    assert large_peak < small_peak + MIB // 2
    assert large_peak < 7 * MIB  # both sides: buffers, one look-ahead block, the source block


# --- keys and wrapping ---------------------------------------------------------------------


def test_new_file_keys_are_random_256_bit() -> None:
    keys = {new_file_key() for _ in range(50)}
    assert len(keys) == 50
    assert all(len(k) == 32 for k in keys)


def test_kek_is_hkdf_sha256_with_its_own_label() -> None:
    db_key = os.urandom(32)
    kek = derive_document_kek(db_key)
    expected = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"DSR Desk document KEK v1"
    ).derive(db_key)
    assert kek == expected
    assert kek != db_key
    assert derive_document_kek(db_key) == kek
    assert derive_document_kek(os.urandom(32)) != kek
    with pytest.raises(ValidationError):
        derive_document_kek(b"\x00" * 31)


def test_documents_written_before_the_shared_hkdf_helper_still_decrypt() -> None:
    """A known vector written by the former derivation (its own HKDF call): the document KEK,
    now ``key_wrapping.derive_subkey`` under the same label, unwraps its file key and the
    document decrypts."""
    db_key = bytes(range(32))
    kek = derive_document_kek(db_key)
    assert kek.hex() == "c0e65997d9d921f5633c349440d08a227c28c990d3fa1e08df114188a23146e4"
    wrapped = bytes.fromhex(
        "2487f6801b3882175f4e64cb6bd980ee52fc2e5227711097d4e9a4fb4fd03e76"
        "b936792e4153fc4c66386b064f43b8c3fceb9af372cb22eff6899bac"
    )
    stored = bytes.fromhex(
        "445352444f433101001000005383f872ae18c69122412fc9e83e6d00915d7a5b"
        "42c211f42aed05d67ea525f38312a36baf5fca5bd2e727"
    )
    file_key = unwrap_file_key(kek, wrapped, "doc-0001")
    assert file_key == bytes(range(32, 64))
    assert b"".join(decrypt_stream(file_key, [stored])) == b"Lettre du 16/02/2026"


def test_wrap_round_trip_and_layout() -> None:
    kek, file_key = derive_document_kek(os.urandom(32)), new_file_key()
    wrapped = wrap_file_key(kek, file_key, DOC_ID)
    assert len(wrapped) == WRAPPED_KEY_BYTES == 60
    assert file_key not in wrapped
    assert unwrap_file_key(kek, wrapped, DOC_ID) == file_key
    aad = b"DSR Desk file key v1\x00" + DOC_ID.encode()
    assert AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], aad) == file_key
    assert wrap_file_key(kek, file_key, DOC_ID) != wrapped  # random nonce


def test_unwrap_with_wrong_kek() -> None:
    kek, file_key = derive_document_kek(os.urandom(32)), new_file_key()
    wrapped = wrap_file_key(kek, file_key, DOC_ID)
    with pytest.raises(IntegrityError, match=f"The key of document {DOC_ID} does not open"):
        unwrap_file_key(derive_document_kek(os.urandom(32)), wrapped, DOC_ID)


def test_wrapped_key_is_bound_to_its_document_id() -> None:
    kek, file_key = derive_document_kek(os.urandom(32)), new_file_key()
    wrapped = wrap_file_key(kek, file_key, DOC_ID)
    for other in ("0" * 32, DOC_ID.upper(), DOC_ID + "0", DOC_ID[:-1]):
        with pytest.raises(IntegrityError):
            unwrap_file_key(kek, wrapped, other)


def test_tampered_or_malformed_wrapped_key() -> None:
    kek, file_key = derive_document_kek(os.urandom(32)), new_file_key()
    wrapped = wrap_file_key(kek, file_key, DOC_ID)
    for position in range(len(wrapped)):
        damaged = bytearray(wrapped)
        damaged[position] ^= 0x40
        with pytest.raises(IntegrityError):
            unwrap_file_key(kek, bytes(damaged), DOC_ID)
    for malformed in (b"", wrapped[:-1], wrapped + b"\x00"):
        with pytest.raises(IntegrityError):
            unwrap_file_key(kek, malformed, DOC_ID)
    with pytest.raises(ValidationError):
        wrap_file_key(kek, file_key, "")
    with pytest.raises(ValidationError):
        wrap_file_key(kek, b"k" * 16, DOC_ID)

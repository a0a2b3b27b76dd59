"""Decrypt SQLCipher 4 pages with the raw key, to inspect what the database really keeps
(freed cells, old page versions in the WAL) — the files on disk are ciphertext throughout.

Layout with a raw key: AES-256-CBC per page with the key itself; each page ends with a
reserve of 16 bytes IV + 64 bytes HMAC-SHA512; page 1 starts with the 16-byte salt.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    start = 16 if first else 0
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE_SIZE - RESERVE]) + decryptor.finalize()


def decrypted_database(path: Path, key: bytes) -> bytes:
    raw = path.read_bytes()
    return b"".join(
        _decrypt_page(raw[i : i + PAGE_SIZE], key, i == 0) for i in range(0, len(raw), PAGE_SIZE)
    )


def decrypted_wal(path: Path, key: bytes) -> bytes:
    if not path.exists():
        return b""
    raw = path.read_bytes()
    frames = []
    offset = WAL_HEADER
    while offset + WAL_FRAME_HEADER + PAGE_SIZE <= len(raw):
        page_number = int.from_bytes(raw[offset : offset + 4], "big")
        page = raw[offset + WAL_FRAME_HEADER : offset + WAL_FRAME_HEADER + PAGE_SIZE]
        frames.append(_decrypt_page(page, key, page_number == 1))
        offset += WAL_FRAME_HEADER + PAGE_SIZE
    return b"".join(frames)


def every_byte_under(folder: Path, key: bytes) -> dict[Path, bytes]:
    """Each file under ``folder`` as stored, followed by its decryption as SQLCipher pages (a
    database file or a copy of one) or as WAL frames: what someone holding the database key
    and a copy of the folder could read."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        raw = path.read_bytes()
        if path.name.endswith("-wal"):
            readable = decrypted_wal(path, key)
        elif raw and len(raw) % PAGE_SIZE == 0:
            readable = decrypted_database(path, key)
        else:
            readable = b""
        found[path] = raw + readable
    return found

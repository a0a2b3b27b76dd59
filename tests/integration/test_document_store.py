"""The encrypted document store on a real folder: round trips, atomic writes, fault injection.

Faults are injected by replacing ``os.write``, ``os.fsync`` and ``os.replace`` for the
duration of one test; the fakes only act on file descriptors inside the test's temp folder
(where ``/proc/self/fd`` can tell), so pytest's own output is never affected.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import stat
import tempfile
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dsr_desk.domain.errors import IntegrityError, ValidationError, VaultError
from dsr_desk.storage.document_crypto import HEADER_BYTES, TAG_BYTES
from dsr_desk.storage.document_store import DocumentStore, StoredDocument

SEG = 64
MIB = 1024 * 1024
CANARY = b"CANARY:passport-no-X7Q2-8841;"
POSIX = os.name != "nt"
REAL_WRITE, REAL_FSYNC = os.write, os.fsync


class Boom(Exception):
    """A failure from the caller's own source iterator."""


@pytest.fixture
def db_key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "vault" / "documents"


@pytest.fixture
def store(folder: Path, db_key: bytes) -> DocumentStore:
    return DocumentStore(folder, db_key, segment_size=SEG)


def canary_content(size: int = 10 * SEG + 7) -> bytes:
    return (CANARY * (size // len(CANARY) + 1))[:size]


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def temp_files(root: Path) -> list[Path]:
    return [p for p in files_under(root) if p.name.endswith(".tmp")]


def assert_no_plaintext(root: Path, secret: bytes = CANARY[:12]) -> None:
    for path in files_under(root):
        assert secret not in path.read_bytes(), f"plaintext found in {path}"


def fd_inside(fd: int, root: Path) -> bool:
    link = Path(f"/proc/self/fd/{fd}")
    if not link.parent.exists():  # not Linux: count every call
        return True
    try:
        return os.readlink(link).startswith(str(root))
    except OSError:
        return False


def failing_after(
    real: Callable[..., object], root: Path, calls: int, error: BaseException
) -> Callable[..., object]:
    """A stand-in for ``os.write``/``os.fsync`` that fails from call number ``calls`` on
    (counting only file descriptors under ``root``)."""
    seen = 0

    def fake(fd: int, *args: object) -> object:
        nonlocal seen
        if fd_inside(fd, root):
            seen += 1
            if seen >= calls:
                raise error
        return real(fd, *args)

    return fake


def chunks(data: bytes, size: int) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


# --- round trips -------------------------------------------------------------------------


def test_folder_is_created_owner_only(folder: Path, db_key: bytes) -> None:
    DocumentStore(folder, db_key)
    assert folder.is_dir()
    if POSIX:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.parametrize("size", [0, 1, SEG - 1, SEG, SEG + 1, 5 * SEG, 5 * SEG + 9])
def test_add_and_read_round_trip(store: DocumentStore, size: int) -> None:
    data = os.urandom(size)
    doc = store.add(data)
    assert len(doc.document_id) == 32
    assert int(doc.document_id, 16) >= 0
    assert doc.stored_name == doc.document_id + ".dsrdoc"
    assert doc.size == size
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert len(doc.wrapped_key) == 60
    path = store.folder / doc.stored_name
    assert path.read_bytes()[:7] == b"DSRDOC1"
    assert path.stat().st_size == HEADER_BYTES + size + TAG_BYTES * max(1, -(-size // SEG))
    if POSIX:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert store.read_bytes(doc) == data
    assert store.read_bytes((doc.document_id, doc.wrapped_key)) == data
    assert store.read_bytes((doc.stored_name, doc.wrapped_key)) == data
    assert b"".join(store.iter_plaintext(doc.stored_name, doc.wrapped_key, doc.document_id)) == (
        data
    )
    assert temp_files(store.folder) == []


def test_sources_bytes_file_object_iterable(store: DocumentStore) -> None:
    data = canary_content(7 * SEG + 3)
    cases: list[tuple[object, bytes]] = [
        (data, data),
        (bytearray(data), data),
        (memoryview(data), data),
        (io.BytesIO(data), data),
        (io.BufferedReader(io.BytesIO(data)), data),
        (chunks(data, 10), data),
        ([b"", bytearray(data[:5]), b"", memoryview(data)[5:]], data),
        (iter([]), b""),
        (io.BytesIO(b""), b""),
    ]
    for source, expected in cases:
        doc = store.add(source)  # type: ignore[arg-type]
        assert store.read_bytes(doc) == expected
        assert doc.size == len(expected)
        assert doc.sha256 == hashlib.sha256(expected).hexdigest()
    assert_no_plaintext(store.folder)


def test_real_segment_size_about_3_mib(tmp_path: Path, db_key: bytes) -> None:
    store = DocumentStore(tmp_path / "docs", db_key)
    data = os.urandom(3 * MIB + 1000)
    doc = store.add(chunks(data, 64 * 1024))
    parts = list(store.iter_plaintext(doc.stored_name, doc.wrapped_key, doc.document_id))
    assert [len(p) for p in parts] == [MIB, MIB, MIB, 1000]
    assert b"".join(parts) == data
    assert (tmp_path / "docs" / doc.stored_name).stat().st_size == (
        HEADER_BYTES + len(data) + 4 * TAG_BYTES
    )


def test_explicit_id_and_duplicates(store: DocumentStore) -> None:
    doc = store.add(b"first", document_id="letter-2026_001")
    assert doc.stored_name == "letter-2026_001.dsrdoc"
    with pytest.raises(ValidationError, match="already stored"):
        store.add(b"second", document_id="letter-2026_001")
    assert store.read_bytes(doc) == b"first"


def test_replace_uses_a_new_key(store: DocumentStore) -> None:
    old = store.add(b"old version", document_id="doc1")
    new = store.replace(b"new version", document_id="doc1")
    assert new.stored_name == old.stored_name
    assert new.wrapped_key != old.wrapped_key
    assert store.read_bytes(new) == b"new version"
    with pytest.raises(IntegrityError, match="doc1"):
        store.read_bytes(old)


def test_plaintext_never_written_to_the_folder(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every byte that goes through ``os.write`` into the folder is checked for the canary."""
    written: list[bytes] = []

    def spy(fd: int, data: bytes) -> int:
        if fd_inside(fd, store.folder.parent):
            written.append(bytes(data))
        return REAL_WRITE(fd, data)

    monkeypatch.setattr(os, "write", spy)
    data = canary_content(40 * SEG)
    doc = store.add(chunks(data, 17))
    monkeypatch.undo()
    assert written
    assert all(CANARY[:12] not in block for block in written)
    assert CANARY[:12] not in b"".join(written)
    assert_no_plaintext(store.folder.parent)
    assert store.read_bytes(doc) == data


def test_stored_document_repr_hides_the_wrapped_key(store: DocumentStore) -> None:
    doc = store.add(b"x")
    assert doc.wrapped_key.hex() not in repr(doc)
    assert repr(doc.wrapped_key) not in repr(doc)


# --- damage and wrong keys ---------------------------------------------------------------


def test_missing_file(store: DocumentStore) -> None:
    doc = store.add(b"content")
    (store.folder / doc.stored_name).unlink()
    with pytest.raises(VaultError, match=f"The encrypted file for document {doc.document_id} "):
        store.read_bytes(doc)
    with pytest.raises(VaultError, match="is missing"):
        store.iter_plaintext(doc.stored_name, doc.wrapped_key, doc.document_id)


def test_tampered_file_on_disk(store: DocumentStore) -> None:
    data = os.urandom(4 * SEG)
    doc = store.add(data)
    path = store.folder / doc.stored_name
    original = path.read_bytes()
    damaged = bytearray(original)
    damaged[HEADER_BYTES + 2 * (SEG + TAG_BYTES) + 3] ^= 0x10
    path.write_bytes(bytes(damaged))
    with pytest.raises(IntegrityError) as caught:
        store.read_bytes(doc)
    assert str(caught.value) == (
        f"The document {doc.document_id} is damaged or was tampered with (segment 2)."
    )
    path.write_bytes(original[: HEADER_BYTES + 3 * (SEG + TAG_BYTES)])  # dropped last segment
    with pytest.raises(IntegrityError, match=r"\(segment 2\)"):
        store.read_bytes(doc)
    path.write_bytes(original + b"\x00")
    with pytest.raises(IntegrityError, match="tampered"):
        store.read_bytes(doc)
    path.write_bytes(original)
    assert store.read_bytes(doc) == data


def test_wrong_database_key(store: DocumentStore, folder: Path) -> None:
    doc = store.add(b"content")
    other = DocumentStore(folder, os.urandom(32), segment_size=SEG)
    with pytest.raises(IntegrityError, match="does not open"):
        other.read_bytes(doc)


def test_wrapped_key_bound_to_document_and_files_not_swappable(store: DocumentStore) -> None:
    a = store.add(b"document A", document_id="aaaa")
    b = store.add(b"document B", document_id="bbbb")
    with pytest.raises(IntegrityError, match="does not open"):
        store.read_bytes(("bbbb", a.wrapped_key))
    path_a, path_b = store.folder / a.stored_name, store.folder / b.stored_name
    blob_a, blob_b = path_a.read_bytes(), path_b.read_bytes()
    path_a.write_bytes(blob_b)
    path_b.write_bytes(blob_a)
    with pytest.raises(IntegrityError, match=r"aaaa is damaged or was tampered with"):
        store.read_bytes(a)
    with pytest.raises(IntegrityError, match=r"bbbb is damaged or was tampered with"):
        store.read_bytes(b)


@pytest.mark.parametrize(
    "bad_id", ["", "../evil", "a/b", "a\\b", "A1", "a.b", ".hidden", "-x", "x" * 65, "con", "nul"]
)
def test_unsafe_document_ids_refused(store: DocumentStore, bad_id: str) -> None:
    with pytest.raises(ValidationError):
        store.add(b"x", document_id=bad_id)
    assert files_under(store.folder.parent) == []


@pytest.mark.parametrize(
    "bad_name",
    ["../x.dsrdoc", "x", "x.dsrdoc.tmp", ".x.dsrdoc.abc.tmp", "sub/x.dsrdoc", "X.dsrdoc", ""],
)
def test_unsafe_stored_names_refused(store: DocumentStore, bad_name: str) -> None:
    with pytest.raises(ValidationError):
        store.delete(bad_name)
    with pytest.raises(ValidationError):
        store.iter_plaintext(bad_name, b"k" * 60, "x")


def test_bad_sources(store: DocumentStore) -> None:
    with pytest.raises(ValidationError, match="not text"):
        store.add("text")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="bytes"):
        store.add([b"ok", "text"])  # type: ignore[list-item]
    assert files_under(store.folder) == []


# --- atomic writes under faults ----------------------------------------------------------

FAULTS = ["write-first", "write-later", "fsync", "replace", "enospc", "interrupt", "source"]


def inject(fault: str, monkeypatch: pytest.MonkeyPatch, root: Path) -> type[BaseException]:
    """Install one fault; return the exception type the store must raise."""
    if fault == "write-first":
        monkeypatch.setattr(
            os, "write", failing_after(REAL_WRITE, root, 1, OSError(errno.EIO, "I/O"))
        )
        return VaultError
    if fault == "write-later":  # header and two segments already written: a partial file
        monkeypatch.setattr(
            os, "write", failing_after(REAL_WRITE, root, 4, OSError(errno.EIO, "I/O"))
        )
        return VaultError
    if fault == "fsync":
        monkeypatch.setattr(
            os, "fsync", failing_after(REAL_FSYNC, root, 1, OSError(errno.EIO, "I/O"))
        )
        return VaultError
    if fault == "replace":

        def refuse(*_: object) -> None:
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(os, "replace", refuse)
        return VaultError
    if fault == "enospc":
        full = OSError(errno.ENOSPC, "No space left on device")
        monkeypatch.setattr(os, "write", failing_after(REAL_WRITE, root, 3, full))
        return VaultError
    if fault == "interrupt":
        monkeypatch.setattr(os, "write", failing_after(REAL_WRITE, root, 3, KeyboardInterrupt()))
        return KeyboardInterrupt
    assert fault == "source"
    return Boom


def source_for(fault: str, data: bytes) -> Iterator[bytes]:
    for index, chunk in enumerate(chunks(data, SEG)):
        if fault == "source" and index == 4:
            raise Boom("the scanner went away")
        yield chunk


@pytest.mark.parametrize("fault", FAULTS)
def test_failed_add_leaves_nothing(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    data = canary_content(10 * SEG)
    expected = inject(fault, monkeypatch, store.folder.parent)
    with pytest.raises(expected) as caught:
        store.add(source_for(fault, data), document_id="new-doc")
    monkeypatch.undo()
    if fault == "enospc":
        assert str(caught.value).startswith("The disk is full: document new-doc could not be saved")
    elif expected is VaultError:
        assert "nothing was changed" in str(caught.value)
    assert files_under(store.folder.parent) == []
    doc = store.add(data, document_id="new-doc")  # the id is free again
    assert store.read_bytes(doc) == data


@pytest.mark.parametrize("fault", FAULTS)
def test_failed_replace_keeps_the_old_file(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    old_data = os.urandom(3 * SEG + 5)
    old = store.add(old_data, document_id="doc")
    old_blob = (store.folder / old.stored_name).read_bytes()
    expected = inject(fault, monkeypatch, store.folder.parent)
    with pytest.raises(expected):
        store.replace(source_for(fault, canary_content(10 * SEG)), document_id="doc")
    monkeypatch.undo()
    assert files_under(store.folder.parent) == [store.folder / old.stored_name]
    assert (store.folder / old.stored_name).read_bytes() == old_blob
    assert store.read_bytes(old) == old_data
    assert_no_plaintext(store.folder.parent)


def test_folder_sync_failure_for_a_new_document(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File synced and renamed, then the folder fsync fails: the new file is taken back."""
    monkeypatch.setattr(
        os, "fsync", failing_after(REAL_FSYNC, store.folder.parent, 2, OSError(errno.EIO, "I/O"))
    )
    with pytest.raises(VaultError, match="could not be saved"):
        store.add(canary_content(), document_id="fresh")
    monkeypatch.undo()
    assert files_under(store.folder.parent) == []


def test_folder_sync_failure_when_overwriting_keeps_the_complete_new_file(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The old version is already replaced: returning the new key loses nothing, raising
    would lose both versions (the caller would keep the old key)."""
    store.add(b"old", document_id="doc")
    monkeypatch.setattr(
        os, "fsync", failing_after(REAL_FSYNC, store.folder.parent, 2, OSError(errno.EIO, "I/O"))
    )
    new = store.replace(b"new", document_id="doc")
    monkeypatch.undo()
    assert store.read_bytes(new) == b"new"
    assert temp_files(store.folder) == []


def test_partial_writes_are_completed(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``os.write`` may accept fewer bytes than given; the store keeps writing."""

    def dribble(fd: int, data: bytes) -> int:
        if fd_inside(fd, store.folder.parent):
            return REAL_WRITE(fd, bytes(memoryview(data)[:7]))
        return REAL_WRITE(fd, data)

    monkeypatch.setattr(os, "write", dribble)
    data = os.urandom(5 * SEG + 1)
    doc = store.add(data)
    monkeypatch.undo()
    assert store.read_bytes(doc) == data


def test_unreadable_source_file(store: DocumentStore) -> None:
    class Failing(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: object) -> int:
            raise OSError(errno.EIO, "Input/output error")

    with pytest.raises(VaultError, match=r"could not be read .*nothing was stored"):
        store.add(Failing())
    assert files_under(store.folder) == []


def test_temp_file_cannot_be_created(store: DocumentStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """E.g. a read-only or vanished folder (chmod cannot show it when tests run as root)."""

    def refuse(**_: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(VaultError, match=r"could not be saved \(Permission denied\)"):
        store.add(chunks(b"content", 3))
    monkeypatch.undo()
    assert files_under(store.folder) == []


# --- delete ------------------------------------------------------------------------------


def test_delete(store: DocumentStore) -> None:
    doc = store.add(b"to be erased")
    store.delete(doc.stored_name)
    assert files_under(store.folder) == []
    store.delete(doc.stored_name)  # already gone: fine
    with pytest.raises(VaultError, match="is missing"):
        store.read_bytes(doc)


# --- export ------------------------------------------------------------------------------


def test_export_plaintext_writes_exactly_the_content(store: DocumentStore, tmp_path: Path) -> None:
    data = os.urandom(6 * SEG + 11)
    doc = store.add(data)
    target = tmp_path / "exports" / "scan.pdf"
    target.parent.mkdir()
    store.export_plaintext(doc.stored_name, doc.wrapped_key, doc.document_id, target)
    assert target.read_bytes() == data
    if POSIX:
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert files_under(target.parent) == [target]
    target.write_bytes(b"previous export")
    store.export_plaintext(doc.stored_name, doc.wrapped_key, doc.document_id, target)
    assert target.read_bytes() == data


def test_export_of_a_damaged_document_writes_nothing(store: DocumentStore, tmp_path: Path) -> None:
    """Segments before the damage were decrypted, but never land at the target."""
    data = canary_content(8 * SEG)
    doc = store.add(data)
    path = store.folder / doc.stored_name
    blob = path.read_bytes()
    path.write_bytes(blob[:-1])  # truncated: only detectable at the very end
    exports = tmp_path / "exports"
    exports.mkdir()
    target = exports / "letter.eml"
    with pytest.raises(IntegrityError, match=r"\(segment 7\)"):
        store.export_plaintext(doc.stored_name, doc.wrapped_key, doc.document_id, target)
    assert files_under(exports) == []
    target.write_bytes(b"previous export")
    with pytest.raises(IntegrityError):
        store.export_plaintext(doc.stored_name, doc.wrapped_key, doc.document_id, target)
    assert files_under(exports) == [target]
    assert target.read_bytes() == b"previous export"


@pytest.mark.parametrize("fault", ["write-later", "fsync", "replace", "enospc"])
def test_export_faults_leave_no_partial_plaintext(
    store: DocumentStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    data = canary_content(10 * SEG)
    doc = store.add(data)
    exports = tmp_path / "exports"
    exports.mkdir()
    target = exports / "copy.bin"
    inject(fault, monkeypatch, exports)
    with pytest.raises(VaultError, match="decrypted copy"):
        store.export_plaintext(doc.stored_name, doc.wrapped_key, doc.document_id, target)
    monkeypatch.undo()
    assert files_under(exports) == []


def test_export_into_the_store_folder_is_refused(store: DocumentStore) -> None:
    doc = store.add(b"secret")
    for target in (store.folder / "copy.pdf", store.folder / "sub" / "copy.pdf"):
        with pytest.raises(ValidationError, match="outside"):
            store.export_plaintext(doc.stored_name, doc.wrapped_key, doc.document_id, target)
    assert files_under(store.folder) == [store.folder / doc.stored_name]


# --- bounded memory ----------------------------------------------------------------------


def test_add_and_export_memory_is_bounded(tmp_path: Path, db_key: bytes) -> None:
    """64 MiB through add and export with real 1 MiB segments: a few MiB traced at peak."""
    store = DocumentStore(tmp_path / "docs", db_key)
    block = os.urandom(MIB)

    def generated() -> Iterator[bytes]:
        for _ in range(64):
            yield block

    tracemalloc.start()
    try:
        doc = store.add(generated())
        _, add_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        target = tmp_path / "export.bin"
        store.export_plaintext(doc.stored_name, doc.wrapped_key, doc.document_id, target)
        _, export_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert doc.size == 64 * MIB
    assert target.stat().st_size == 64 * MIB
    assert add_peak < 3.5 * MIB, f"add peak {add_peak / MIB:.1f} MiB"
    assert export_peak < 3.5 * MIB, f"export peak {export_peak / MIB:.1f} MiB"


def test_stored_document_is_frozen(store: DocumentStore) -> None:
    doc = store.add(b"x")
    assert isinstance(doc, StoredDocument)
    with pytest.raises(AttributeError):
        doc.size = 5  # type: ignore[misc]

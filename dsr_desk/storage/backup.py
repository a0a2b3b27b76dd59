"""Backup files: a consistent copy of an open vault, still encrypted, in one file.

A backup (``.dsrbackup``) is a ZIP archive, stored without compression (everything in it is
ciphertext already), holding:

- ``dsr-desk.db``: the database, copied with SQLite's online backup API from a snapshot of the
  open vault, under the same SQLCipher key;
- ``documents/<stored name>``: every live document's encrypted file, as stored;
- ``vault.json``: the header, whose wrapped copies of the key open the backup — the recovery
  key always, the passphrase in passphrase mode; never a keyring entry of this computer;
- ``audit-anchor.json``: the audit log's anchor, read before the snapshot (the log then chains
  forward from it, as after a crash);
- ``purge-ledger.json``: what was destroyed up to now (``storage.purge_ledger``);
- ``manifest.json``, written last: format, creation time, vault id, key mode, schema revision,
  and the size and SHA-256 of every other member.

Nothing in it is readable without the key; the manifest names no person (document ids are
random). Verifying a backup reads every member against the manifest (and ZIP's own CRC): a
flipped byte or a truncated file is refused before anything is restored.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Final

from dsr_desk import __version__
from dsr_desk.domain.errors import VaultError
from dsr_desk.messages import Text
from dsr_desk.storage import cipher
from dsr_desk.storage.atomic import fsync_folder
from dsr_desk.storage.audit_anchor import ANCHOR_FILE
from dsr_desk.storage.plain_sql import rows
from dsr_desk.storage.purge_ledger import LEDGER_FILE, Ledger, from_database, read_ledger
from dsr_desk.storage.schema_version import stored_revision
from dsr_desk.storage.vault_header import HEADER_FILE, VaultHeader, header_from_json

BACKUP_SUFFIX: Final = ".dsrbackup"
MANIFEST: Final = "manifest.json"
FORMAT: Final = "dsr-desk-backup"
FORMAT_VERSION: Final = 1
DB_MEMBER: Final = "dsr-desk.db"
DOCUMENTS_PREFIX: Final = "documents/"
_FIXED_MEMBERS: Final = (HEADER_FILE, ANCHOR_FILE, LEDGER_FILE, DB_MEMBER)
_STORED_NAME: Final = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_CHUNK: Final = 1024 * 1024
_MAX_MANIFEST_BYTES: Final = 64 * 1024 * 1024

#: Progress while writing or reading a backup: (bytes done, bytes in all). It may raise to
#: cancel (nothing is then left behind).
Progress = Callable[[int, int], None]


class BackupRefused(VaultError):
    """A file that is not a whole, intact DSR Desk backup: nothing was changed."""


@dataclass(frozen=True)
class BackupInfo:
    """What a backup's manifest says (and, once verified, what it holds)."""

    path: Path
    created_at: str  # ISO 8601, UTC
    vault_id: str
    key_mode: str
    schema_revision: str
    app_version: str
    documents: int
    size: int  # bytes of the backup file

    @property
    def created_on(self) -> str:
        return self.created_at[:10]

    def to_json(self) -> dict[str, str | int]:
        return {
            "path": str(self.path),
            "created_at": self.created_at,
            "vault_id": self.vault_id,
            "key_mode": self.key_mode,
            "schema_revision": self.schema_revision,
            "app_version": self.app_version,
            "documents": self.documents,
            "size": self.size,
        }


# -- writing --------------------------------------------------------------------------------


def write_backup(
    data_dir: Path,
    header: VaultHeader,
    key: bytes,
    out: Path,
    now: datetime,
    *,
    progress: Progress | None = None,
) -> BackupInfo:
    """Write a backup of the vault in ``data_dir`` (open, and possibly in use) to ``out``,
    atomically: a crash, a full disk or a cancel leaves no partial file under that name."""
    out = out.expanduser().absolute()
    if out.is_dir():
        raise VaultError("{out} is a folder: give the backup file's name.", out=out)
    if out.parent.resolve().is_relative_to(data_dir.resolve()):
        raise VaultError("A backup inside the vault's own folder would be lost with it.")
    if not out.parent.is_dir():
        raise VaultError("The folder {parent} does not exist.", parent=out.parent)
    anchor = _read_optional(data_dir / ANCHOR_FILE)  # before the snapshot: the log goes on
    snapshot_of = _snapshot(data_dir, key, out.parent, header.vault_id)
    with snapshot_of as (snapshot, documents, destroyed, revision):
        ledger = read_ledger(data_dir, header.vault_id).merged(destroyed)
        members: list[tuple[str, Callable[[], IO[bytes]] | bytes]] = [
            (HEADER_FILE, (data_dir / HEADER_FILE).read_bytes()),
            (LEDGER_FILE, ledger.to_json()),
            (DB_MEMBER, snapshot.open_for_read),
        ]
        if anchor is not None:
            members.insert(1, (ANCHOR_FILE, anchor))
        for stored_name in documents:
            path = data_dir / "documents" / stored_name
            if not path.is_file():
                raise VaultError(
                    "A document changed while the backup was being made (purged meanwhile?): "
                    "nothing was written; make the backup again."
                )
            members.append((DOCUMENTS_PREFIX + stored_name, _opener(path)))
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": now.isoformat(timespec="seconds"),
            "app_version": __version__,
            "vault_id": header.vault_id,
            "key_mode": header.mode.value,
            "schema_revision": revision,
            "documents": len(documents),
        }
        _write_archive(out, members, manifest, progress)
    return verify_backup(out, check_contents=False)


@dataclass
class _Snapshot:
    path: Path

    def open_for_read(self) -> IO[bytes]:
        return self.path.open("rb")


@contextlib.contextmanager
def _snapshot(
    data_dir: Path, key: bytes, scratch: Path, vault_id: str
) -> Iterator[tuple[_Snapshot, list[str], Ledger, str]]:
    """A consistent copy of the database (encrypted, in ``scratch``, removed afterwards), the
    stored names of its live documents, what it says was destroyed, and its schema revision."""
    from dsr_desk.storage.vault import DB_FILE

    descriptor, name = tempfile.mkstemp(dir=scratch, prefix=".dsr-desk-backup-", suffix=".db")
    os.close(descriptor)
    path = Path(name)
    try:
        source = cipher.connect(data_dir / DB_FILE, key)
        try:
            target = cipher.connect(path, key)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                documents = [
                    str(row[0])
                    for row in rows(
                        target,
                        "SELECT stored_name FROM documents WHERE wrapped_key IS NOT NULL "
                        "ORDER BY stored_name",
                    )
                ]
                revision = stored_revision(target) or ""
                ledger = from_database(target, vault_id)
            finally:
                target.close()
        finally:
            source.close()
        yield _Snapshot(path), documents, ledger, revision
    except OSError as problem:
        raise _write_failure(problem) from None
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(f"{path}{suffix}").unlink()


def _opener(path: Path) -> Callable[[], IO[bytes]]:
    return lambda: path.open("rb")


def _read_optional(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _write_archive(
    out: Path,
    members: list[tuple[str, Callable[[], IO[bytes]] | bytes]],
    manifest: dict[str, object],
    progress: Progress | None,
) -> None:
    total = sum(_size_of(content) for _name, content in members)
    done = 0
    descriptor, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            files: dict[str, dict[str, object]] = {}
            with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_STORED) as archive:
                for member, content in members:
                    digest = hashlib.sha256()
                    size = 0
                    with (
                        archive.open(_zip_info(member), "w", force_zip64=True) as target,
                        _source(content) as source,
                    ):
                        while chunk := source.read(_CHUNK):
                            digest.update(chunk)
                            target.write(chunk)
                            size += len(chunk)
                            done += len(chunk)
                            if progress is not None:
                                progress(done, total)
                    files[member] = {"size": size, "sha256": digest.hexdigest()}
                document = dict(manifest, files=files)
                archive.writestr(_zip_info(MANIFEST), json.dumps(document, indent=1) + "\n")
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, out)
    except OSError as problem:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise _write_failure(problem) from None
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    fsync_folder(out.parent)


def _zip_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # no local time leaks
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o600 << 16
    return info


def _size_of(content: Callable[[], IO[bytes]] | bytes) -> int:
    if isinstance(content, bytes):
        return len(content)
    with content() as stream:
        return os.fstat(stream.fileno()).st_size


@contextlib.contextmanager
def _source(content: Callable[[], IO[bytes]] | bytes) -> Iterator[IO[bytes]]:
    if isinstance(content, bytes):
        import io

        yield io.BytesIO(content)
    else:
        with content() as stream:
            yield stream


def _write_failure(problem: OSError) -> VaultError:
    reason = problem.strerror or str(problem)
    return VaultError(
        "The backup could not be written ({reason}): nothing was left behind. "
        "Check the destination's free space and permissions.",
        reason=reason,
    )


# -- reading --------------------------------------------------------------------------------


def verify_backup(
    path: Path, *, check_contents: bool = True, progress: Progress | None = None
) -> BackupInfo:
    """Check ``path`` against its manifest without restoring anything: every member present,
    of the right size and SHA-256, nothing else in it. ``BackupRefused`` otherwise.
    ``check_contents=False`` reads the manifest only."""
    with _open_archive(path) as (archive, manifest):
        if check_contents:
            for _member, _chunks in _verified_members(archive, manifest, progress):
                for _chunk in _chunks:
                    pass
        return _info(path, manifest)


def extract_backup(path: Path, target: Path, *, progress: Progress | None = None) -> BackupInfo:
    """Verify ``path`` and write its members into the new folder ``target`` (owner-only);
    on any problem ``target`` is removed and ``BackupRefused`` (or ``VaultError``) raised."""
    target.mkdir(mode=0o700)
    try:
        with _open_archive(path) as (archive, manifest):
            (target / "documents").mkdir(mode=0o700)
            for member, chunks in _verified_members(archive, manifest, progress):
                destination = target / member
                descriptor = os.open(destination, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
                with os.fdopen(descriptor, "wb") as stream:
                    for chunk in chunks:
                        stream.write(chunk)
                    stream.flush()
                    os.fsync(stream.fileno())
            return _info(path, manifest)
    except OSError as problem:
        shutil.rmtree(target, ignore_errors=True)
        raise VaultError(
            "The backup could not be unpacked ({reason}): nothing was changed. "
            "Check the free space beside the data folder.",
            reason=problem.strerror or problem,
        ) from None
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise


@contextlib.contextmanager
def _open_archive(path: Path) -> Iterator[tuple[zipfile.ZipFile, dict[str, object]]]:
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BackupRefused("There is no backup file {path}.", path=path) from None
    except IsADirectoryError:
        raise BackupRefused("{path} is a folder, not a backup file.", path=path) from None
    except (zipfile.BadZipFile, OSError, ValueError) as problem:
        raise _refused(
            path,
            Text("it is not a DSR Desk backup, or it was cut short ({problem})", problem=problem),
        ) from None
    with archive:
        yield archive, _manifest(archive, path)


def _manifest(archive: zipfile.ZipFile, path: Path) -> dict[str, object]:
    try:
        info = archive.getinfo(MANIFEST)
        if info.file_size > _MAX_MANIFEST_BYTES:
            raise ValueError("its manifest is too large")
        document = json.loads(archive.read(MANIFEST).decode("utf-8"))
    except KeyError:
        raise _refused(
            path, Text("it has no manifest (not a DSR Desk backup, or cut short)")
        ) from None
    except (zipfile.BadZipFile, ValueError, UnicodeDecodeError, OSError) as problem:
        raise _refused(path, Text("its manifest is damaged ({problem})", problem=problem)) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _refused(path, Text("it is not a DSR Desk backup"))
    version = document.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise BackupRefused(
            "{path} was written by a newer DSR Desk (backup format {version}); "
            "update DSR Desk to restore it. Nothing was changed.",
            path=path,
            version=version,
        )
    files = document.get("files")
    if not isinstance(files, dict) or not all(
        isinstance(entry, dict)
        and isinstance(entry.get("size"), int)
        and isinstance(entry.get("sha256"), str)
        for entry in files.values()
    ):
        raise _refused(path, Text("its manifest does not list its files"))
    for name in files:
        if not _allowed_member(name):
            raise _refused(path, Text("it holds an unexpected file {name!r}", name=name))
    missing = [name for name in (HEADER_FILE, LEDGER_FILE, DB_MEMBER) if name not in files] + [
        key
        for key in ("created_at", "vault_id", "key_mode", "schema_revision", "app_version")
        if not isinstance(document.get(key), str)
    ]
    if missing:
        raise _refused(
            path, Text("its manifest does not give {missing}", missing=", ".join(missing))
        )
    in_archive = set(archive.namelist())
    listed = set(files) | {MANIFEST}
    if in_archive != listed:
        strays = sorted(in_archive ^ listed)
        raise _refused(
            path,
            Text("its content does not match its manifest ({strays})", strays=", ".join(strays)),
        )
    return document


def _allowed_member(name: str) -> bool:
    if name in _FIXED_MEMBERS:
        return True
    stored = name.removeprefix(DOCUMENTS_PREFIX)
    return stored != name and bool(_STORED_NAME.match(stored)) and stored not in {".", ".."}


def _verified_members(
    archive: zipfile.ZipFile, manifest: dict[str, object], progress: Progress | None
) -> Iterator[tuple[str, Iterator[bytes]]]:
    """Each member with its content in chunks; reading the last chunk checks its size and
    SHA-256 (``BackupRefused`` when they differ from the manifest)."""
    files = manifest["files"]
    assert isinstance(files, dict)
    path = Path(str(archive.filename))
    total = sum(int(entry["size"]) for entry in files.values())
    done = [0]

    def chunks(member: str, expected: dict[str, object]) -> Iterator[bytes]:
        digest = hashlib.sha256()
        size = 0
        try:
            with archive.open(member) as stream:
                while chunk := stream.read(_CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    done[0] += len(chunk)
                    if progress is not None:
                        progress(done[0], total)
                    yield chunk
        except (zipfile.BadZipFile, EOFError, OSError) as problem:
            raise _refused(
                path, Text("{member} is damaged ({problem})", member=member, problem=problem)
            ) from None
        if size != expected["size"] or digest.hexdigest() != expected["sha256"]:
            raise _refused(path, Text("{member} does not match its checksum", member=member))

    for member in sorted(files, key=lambda name: name.startswith(DOCUMENTS_PREFIX)):
        entry = files[member]
        yield member, chunks(member, entry)
    _check_small_members(archive, manifest, path)


def _check_small_members(archive: zipfile.ZipFile, manifest: dict[str, object], path: Path) -> None:
    """The header and ledger parse and belong to the vault the manifest names; the database
    is encrypted (no plaintext SQLite header)."""
    vault_id = manifest["vault_id"]
    try:
        header = header_from_json(archive.read(HEADER_FILE).decode("utf-8"))
        ledger = Ledger.from_json(archive.read(LEDGER_FILE), LEDGER_FILE)
        with archive.open(DB_MEMBER) as stream:
            start = stream.read(16)
    except (VaultError, UnicodeDecodeError, zipfile.BadZipFile, OSError) as problem:
        raise _refused(path, str(problem)) from None
    if header.vault_id != vault_id or ledger.vault_id != vault_id:
        raise _refused(path, Text("its files belong to different vaults"))
    if start.startswith(b"SQLite format 3"):
        raise _refused(path, Text("its database is not encrypted"))


def _info(path: Path, manifest: dict[str, object]) -> BackupInfo:
    documents = manifest.get("documents")
    return BackupInfo(
        path=path,
        created_at=str(manifest["created_at"]),
        vault_id=str(manifest["vault_id"]),
        key_mode=str(manifest["key_mode"]),
        schema_revision=str(manifest["schema_revision"]),
        app_version=str(manifest["app_version"]),
        documents=documents if isinstance(documents, int) else 0,
        size=path.stat().st_size,
    )


def _refused(path: Path, why: object) -> BackupRefused:
    """``why``: a ``Text`` (or an error), translated when the refusal is shown."""
    return BackupRefused(
        "{path} cannot be restored: {why}. Nothing was changed.", path=path, why=why
    )

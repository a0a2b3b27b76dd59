"""Files the app wrote by itself that must not outlive their use, removed when a vault opens.

* The copy of the database made before a schema upgrade (``backups/dsr-desk-<revision>-
  <stamp>.db``). It holds every document's wrapped key: kept, it would let a purged document be
  decrypted again from it and a copy of ``documents/``. It is removed as soon as the upgraded
  database has opened and passed SQLite's ``integrity_check``; while the check fails the copy is
  kept and the vault is not opened (the copy is then the way back). Copies left by a crash, or
  by earlier releases that kept them all, go the same way at the next open.
* Crash leftovers of the document store (``documents/``): partial temp files
  (``.<id>.dsrdoc.<random>.tmp``), files whose row was never committed (a crash between the
  file and its row), and files of purged rows (a crash between the purge's commit and the
  removal of the file).

Plain SQLCipher connection only (no SQLAlchemy): this runs in the fast path of every open.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import time
from pathlib import Path
from typing import Final

from dsr_desk.domain.errors import VaultError
from dsr_desk.storage.atomic import fsync_folder
from dsr_desk.storage.plain_sql import SqlConnection, rows, scalar

#: ``document_store.DOCUMENT_SUFFIX`` (not imported: that module loads ``uuid`` and the
#: cryptography package, which opening a vault does not need).
DOCUMENT_SUFFIX: Final = ".dsrdoc"

#: Where the pre-migration copies (and the vault header's second copy) are kept.
BACKUP_DIR_NAME: Final = "backups"

#: A document file or temp file untouched for this long, with no row, is certainly abandoned.
#:
#: Why age and not a lock: a writer (the GUI and a CLI command may run side by side) writes the
#: document file first and commits its row just after, so for a moment a valid file has no row.
#: The temp file's modification time moves with every segment written, the rename keeps it, and
#: the row is committed right after the rename (within the database busy timeout, 10 s, if
#: another writer holds the lock). A file not modified for an hour and still without a row can
#: therefore only be a crash leftover, with no lock file that a crash could itself leave stale.
#: A clock set back only delays the removal.
STALE_AFTER_SECONDS: Final = 3600

_DOCUMENT_FILE: Final = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}" + re.escape(DOCUMENT_SUFFIX))
_TEMP_FILE: Final = re.compile(
    r"\.[a-z0-9][a-z0-9_-]{0,63}" + re.escape(DOCUMENT_SUFFIX) + r"\..+\.tmp"
)


def pre_migration_copies(db_path: Path) -> list[Path]:
    """The database copies made before schema upgrades (``migrate.backup_database``)."""
    folder = db_path.parent / BACKUP_DIR_NAME
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_path.stem}-*{db_path.suffix}"))


def remove_leftovers(db: SqlConnection, db_path: Path, documents_dir: Path) -> None:
    """Remove the pre-migration copies (once the database passed its integrity check) and the
    document store's crash leftovers. ``db`` is an unlocked connection on ``db_path``."""
    remove_pre_migration_copies(db, db_path)
    remove_orphan_documents(db, documents_dir)


def remove_pre_migration_copies(db: SqlConnection, db_path: Path) -> list[Path]:
    """Check the database (``PRAGMA integrity_check``), then delete the copies made before its
    schema upgrades; returns them. Nothing is checked when there is no copy (the usual case)."""
    copies = pre_migration_copies(db_path)
    if not copies:
        return []
    problems = [str(row[0]) for row in rows(db, "PRAGMA integrity_check")]
    if problems != ["ok"]:
        raise VaultError(
            "The vault database fails its integrity check ({problem}). The copy "
            "made before its last upgrade is kept in {parent}: restore it with "
            "your IT support before using the vault again.",
            problem=problems[0],
            parent=db_path.parent / BACKUP_DIR_NAME,
        )
    for copy in copies:
        try:
            copy.unlink(missing_ok=True)
        except OSError as exc:  # kept, it would outlive a purge with every document's key
            raise VaultError(
                "The copy of the database made before an upgrade, {copy}, could not be "
                "removed ({reason}). Remove it, then open the vault again.",
                copy=copy,
                reason=exc.strerror or exc,
            ) from exc
    _sync_folder(copies[0].parent)
    return copies


def remove_orphan_documents(db: SqlConnection, folder: Path, now: float | None = None) -> list[str]:
    """Delete partial temp files and document files with no live row; returns their names.

    Files of purged rows go at once (their key is destroyed and the purge committed); temp
    files and files with no row at all only once older than ``STALE_AFTER_SECONDS``.
    """
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise VaultError(
            "The document folder {folder} could not be read ({exc}).", folder=folder, exc=exc
        ) from exc
    stored = [name for name in names if name.endswith(DOCUMENT_SUFFIX) and name[0] != "."]
    temps = [name for name in names if name.endswith(".tmp") and _TEMP_FILE.fullmatch(name)]
    if not stored and not temps:
        return []
    # The usual case, one file per live row and no temp file: nothing to read further (this
    # runs at every open). It may miss an orphan beside a lost file, never remove a good one.
    live_count = scalar(db, "SELECT count(*) FROM documents WHERE purged_at IS NULL")
    if not temps and len(stored) == live_count:
        return []
    live: set[str] = set()
    purged: set[str] = set()
    for document_id, is_purged in rows(
        db, "SELECT document_id, purged_at IS NOT NULL FROM documents"
    ):
        (purged if is_purged else live).add(str(document_id))
    stale_before = (time.time() if now is None else now) - STALE_AFTER_SECONDS
    orphans = []
    for name in stored:
        document_id = name[: -len(DOCUMENT_SUFFIX)]
        if document_id in live or not _DOCUMENT_FILE.fullmatch(name):
            continue
        # purged: its key is gone for good; no row: maybe a writer's, whose row comes next
        if document_id in purged or _stale_file(folder / name, stale_before):
            orphans.append(name)
    orphans += [name for name in temps if _stale_file(folder / name, stale_before)]
    removed = []
    for name in orphans:
        try:
            os.unlink(folder / name)
        except FileNotFoundError:
            pass
        except OSError:  # unreadable without a recorded key: removing it is only tidying up
            continue
        removed.append(name)
    if removed:
        _sync_folder(folder)
    return removed


def _stale_file(path: Path, before: float) -> bool:
    """A regular file (not a link or a folder) last modified before ``before``."""
    try:
        status = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return False
    return stat.S_ISREG(status.st_mode) and status.st_mtime < before


def _sync_folder(folder: Path) -> None:
    """Make the removals durable (best effort, as the store does)."""
    with contextlib.suppress(OSError):
        fsync_folder(folder)

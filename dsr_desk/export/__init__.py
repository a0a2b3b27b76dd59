"""Files DSR Desk writes for the user or other programs (letters, bundles, calendars,
attestations, the recovery sheet). Builders are pure functions over read models: exports never
open the database themselves. Every file goes through ``write_private``: the one place where
decrypted content reaches the disk, at a place the user chose."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from dsr_desk.domain.errors import ValidationError, VaultError
from dsr_desk.paths import refuse_inside_data_dir

__all__ = ["check_target", "write_private"]


def check_target(path: Path, data_dir: Path | None = None) -> None:
    """Refuse early a path that cannot receive an export file: a folder, a missing folder, or
    a place inside the data folder ``data_dir`` (which must hold ciphertext only)."""
    refuse_inside_data_dir(path, data_dir)
    if path.is_dir():
        raise ValidationError(f"{path} is a folder: give a file name.")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(f"The folder {folder} does not exist.")


def write_private(path: Path, data: bytes, *, data_dir: Path | None = None) -> Path:
    """Write ``data`` owner-only (0600) and atomically: a temp file beside the target, written
    in full and synced, renamed over it, then the folder synced. A reader never sees half a
    file, and a failure (full disk, no permission) leaves the old file as it was. With
    ``data_dir``, a target inside the data folder is refused."""
    check_target(path, data_dir)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as problem:
        raise VaultError(f"{path} could not be written ({problem.strerror}).") from problem
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, path)
    except OSError as problem:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if problem.errno in (errno.ENOSPC, errno.EDQUOT):
            raise VaultError(f"The disk is full: {path} could not be written.") from problem
        raise VaultError(f"{path} could not be written ({problem.strerror}).") from problem
    _fsync_folder(folder)
    return path


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable where the system allows it (not on Windows, not on some network
    file systems). Best effort: the file itself is complete and synced already."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)

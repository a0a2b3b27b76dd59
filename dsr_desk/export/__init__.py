"""Files DSR Desk writes for the user or other programs (letters, bundles, calendars,
attestations, the recovery sheet). Builders are pure functions over read models: exports never
open the database themselves. Every file goes through ``write_private`` (or ``open_private``
for content streamed piece by piece): the one place where decrypted content reaches the disk,
at a place the user chose."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from dsr_desk.domain.errors import ValidationError, VaultError
from dsr_desk.paths import refuse_inside_data_dir

__all__ = ["check_target", "open_private", "write_private"]


def check_target(path: Path, data_dir: Path | None = None) -> None:
    """Refuse early a path that cannot receive an export file: a folder, a missing folder, or
    a place inside the data folder ``data_dir`` (which must hold ciphertext only)."""
    refuse_inside_data_dir(path, data_dir)
    if path.is_dir():
        raise ValidationError("{path} is a folder: give a file name.", path=path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError("The folder {folder} does not exist.", folder=folder)


def write_private(path: Path, data: bytes, *, data_dir: Path | None = None) -> Path:
    """Write ``data`` owner-only (0600) and atomically: a temp file beside the target, written
    in full and synced, renamed over it, then the folder synced. A reader never sees half a
    file, and a failure (full disk, no permission) leaves the old file as it was. With
    ``data_dir``, a target inside the data folder is refused."""
    with open_private(path, data_dir=data_dir) as out:
        out.write(data)
    return path


@contextlib.contextmanager
def open_private(path: Path, *, data_dir: Path | None = None) -> Iterator[BinaryIO]:
    """``write_private`` for content written piece by piece (a large archive streamed in
    bounded memory): yields the temp file beside ``path``; when the block ends normally the
    file is synced and renamed over ``path``, and when it raises the temp file is removed and
    ``path`` is left as it was."""
    check_target(path, data_dir)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as problem:
        raise _write_error(path, problem) from problem
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, path)
    except OSError as problem:
        _discard(temp_name)
        raise _write_error(path, problem) from problem
    except BaseException:
        _discard(temp_name)
        raise
    _fsync_folder(folder)


def _discard(temp_name: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temp_name)


def _write_error(path: Path, problem: OSError) -> VaultError:
    if problem.errno in (errno.ENOSPC, errno.EDQUOT):
        return VaultError("The disk is full: {path} could not be written.", path=path)
    return VaultError("{path} could not be written ({reason}).", path=path, reason=problem.strerror)


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

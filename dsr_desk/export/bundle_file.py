"""Saving a finished bundle where the user chose: the one place its bytes reach the disk.

Atomic (a temp file beside the target, written in full, ``fsync``-ed, renamed over it, then
the folder ``fsync``-ed), owner-only (0600, from ``mkstemp``), and never inside the DSR Desk
data folder, which must hold ciphertext only (it is backed up and synchronised as such).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path
from typing import Final

from dsr_desk.domain.errors import ValidationError, VaultError

BUNDLE_SUFFIX: Final = ".zip"


def check_bundle_target(target: Path | str, data_dir: Path | None = None) -> Path:
    """The target, checked before any work is done (and again when writing)."""
    path = Path(target).expanduser()
    if not path.name or path.is_dir():
        raise ValidationError(f"{path} is a folder: give the bundle a file name.")
    if path.suffix.lower() != BUNDLE_SUFFIX:
        raise ValidationError(f"The bundle must be saved as a .zip file, not {path.name!r}.")
    folder = (path.parent if str(path.parent) else Path(".")).resolve()
    if not folder.is_dir():
        raise ValidationError(f"The folder {folder} does not exist.")
    if data_dir is not None:
        private = Path(data_dir).expanduser().resolve()
        if folder == private or private in folder.parents:
            raise ValidationError(
                "Choose a place outside the DSR Desk data folder for the bundle: that folder "
                "must hold encrypted files only."
            )
    return folder / path.name


def write_bundle_file(target: Path | str, content: bytes, *, data_dir: Path | None = None) -> Path:
    """Write ``content`` at ``target`` atomically, owner-only; returns the absolute path."""
    path = check_bundle_target(target, data_dir)
    try:
        handle, temp_name = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
    except OSError as problem:
        raise VaultError(f"{path} could not be written ({problem.strerror}).") from problem
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, path)
    except OSError as problem:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if problem.errno in (errno.ENOSPC, errno.EDQUOT):
            raise VaultError(f"The disk is full: {path} could not be written.") from problem
        raise VaultError(f"{path} could not be written ({problem.strerror}).") from problem
    _fsync_folder(path.parent)
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

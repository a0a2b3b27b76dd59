"""Saving a letter the user asked for: the one place a letter's plaintext reaches disk, at a
path the user chose, owner-only and atomically."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from dsr_desk.domain.errors import ValidationError, VaultError


def write_private_file(target: Path, content: bytes) -> None:
    """Write ``content`` atomically, owner-only (0600): a letter holds personal data."""
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError(f"The folder {folder} does not exist.")
    try:
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as problem:
        raise VaultError(f"{target} could not be written ({problem.strerror}).") from problem
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp_name, target)
    except OSError as problem:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise VaultError(f"{target} could not be written ({problem.strerror}).") from problem

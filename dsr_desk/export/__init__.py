"""Files DSR Desk writes for other programs (calendars...). Builders are pure functions over
read models: exports never open the database themselves."""

from __future__ import annotations

import os
from pathlib import Path

from dsr_desk.domain.errors import ValidationError

__all__ = ["check_target", "write_private"]


def check_target(path: Path) -> None:
    """Refuse early a path that cannot receive an export file."""
    if path.is_dir():
        raise ValidationError(f"{path} is a folder: give a file name.")
    if not path.parent.is_dir():
        raise ValidationError(f"The folder {path.parent} does not exist.")


def write_private(path: Path, data: bytes) -> None:
    """Write an owner-only file (an export may hold personal data), replaced whole: a reader
    never sees it half-written."""
    check_target(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        partial.replace(path)
    except OSError as problem:
        partial.unlink(missing_ok=True)
        raise ValidationError(f"Cannot write {path}: {problem.strerror or problem}.") from None

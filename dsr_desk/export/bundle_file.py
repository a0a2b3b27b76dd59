"""Saving a finished bundle where the user chose: the one place its bytes reach the disk.

The archive is streamed to its place (``open_bundle_file``): a bundle with a 1 GiB document
never holds that gigabyte in memory. Atomic (a temp file beside the target, written in full,
``fsync``-ed, renamed over it, then the folder ``fsync``-ed), owner-only (0600, from
``mkstemp``), and never inside the DSR Desk data folder, which must hold ciphertext only (it is
backed up and synchronised as such).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Final

from dsr_desk.domain.errors import ValidationError
from dsr_desk.export import open_private
from dsr_desk.messages import N_
from dsr_desk.paths import refuse_inside_data_dir

BUNDLE_SUFFIX: Final = ".zip"


def check_bundle_target(target: Path | str, data_dir: Path | None = None) -> Path:
    """The target, checked before any work is done (and again when writing)."""
    path = Path(target).expanduser()
    if not path.name or path.is_dir():
        raise ValidationError("{path} is a folder: give the bundle a file name.", path=path)
    if path.suffix.lower() != BUNDLE_SUFFIX:
        raise ValidationError(
            "The bundle must be saved as a .zip file, not {name!r}.", name=path.name
        )
    folder = (path.parent if str(path.parent) else Path(".")).resolve()
    if not folder.is_dir():
        raise ValidationError("The folder {folder} does not exist.", folder=folder)
    refuse_inside_data_dir(folder / path.name, data_dir, N_("the bundle"))
    return folder / path.name


@contextlib.contextmanager
def open_bundle_file(target: Path | str, *, data_dir: Path | None = None) -> Iterator[BinaryIO]:
    """A private (0600) temp file beside the checked target to stream the archive into; renamed
    over ``target`` when the block ends normally, removed if it raises."""
    with open_private(check_bundle_target(target, data_dir)) as out:
        yield out

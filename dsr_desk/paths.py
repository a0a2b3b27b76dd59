"""Where DSR Desk keeps its files: the platformdirs user data dir, unless overridden by
``--data-dir`` or ``DSR_DESK_DATA_DIR``."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from dsr_desk.domain.errors import ValidationError
from dsr_desk.messages import N_, Text

APP_DIR_NAME = "dsr-desk"
ENV_DATA_DIR = "DSR_DESK_DATA_DIR"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data dir to use: explicit override, then the environment, then the platform default."""
    chosen = override or os.environ.get(ENV_DATA_DIR)
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def refuse_inside_data_dir(
    target: Path,
    data_dir: Path | None,
    what: str = N_("the file"),
) -> None:
    """Refuse to write an export (letter, calendar, bundle, decrypted copy...) inside the data
    folder: everything there must stay ciphertext, since it is backed up and synchronised as
    such. The one check every export uses."""
    if data_dir is None:
        return
    folder = Path(target).expanduser().absolute().parent.resolve()
    private = Path(data_dir).expanduser().resolve()
    if folder == private or private in folder.parents:
        raise ValidationError(
            "Choose a place outside the DSR Desk data folder for {what}: that "
            "folder must hold encrypted files only.",
            what=Text(what),
        )

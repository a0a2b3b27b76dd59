"""Where DSR Desk keeps its files: the platformdirs user data dir, unless overridden by
``--data-dir`` or ``DSR_DESK_DATA_DIR``."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "dsr-desk"
ENV_DATA_DIR = "DSR_DESK_DATA_DIR"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def resolve_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data dir to use: explicit override, then the environment, then the platform default."""
    chosen = override or os.environ.get(ENV_DATA_DIR)
    return Path(chosen).expanduser().resolve() if chosen else default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create the directory (owner-only permissions) if missing."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path

"""Schema migrations at open: back the database file up, then upgrade to the app's head.
A database written by a newer DSR Desk is refused, untouched."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from dsr_desk.domain.errors import VaultError
from dsr_desk.storage.engine import checkpoint

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
BACKUP_DIR_NAME = "backups"


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:
        raise VaultError("This DSR Desk build has no database migrations (broken install).")
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _is_known(revision: str) -> bool:
    script = ScriptDirectory.from_config(_config())
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def backup_database(engine: Engine, db_path: Path, label: str, stamp: datetime) -> Path:
    """Copy the (still encrypted) database file aside after folding the WAL into it."""
    checkpoint(engine)
    backup_dir = db_path.parent / BACKUP_DIR_NAME
    backup_dir.mkdir(mode=0o700, exist_ok=True)
    target = backup_dir / f"{db_path.stem}-{label}-{stamp:%Y%m%dT%H%M%S}{db_path.suffix}"
    shutil.copy2(db_path, target)
    return target


def upgrade_database(engine: Engine, db_path: Path, stamp: datetime) -> Path | None:
    """Bring the schema to head; returns the backup made first (None if nothing to do)."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return None
    if current is not None and not _is_known(current):
        raise VaultError(
            f"This vault was written by a newer version of DSR Desk (schema {current}); "
            "install the newer version to open it. Nothing was changed."
        )
    backup = None
    with engine.connect() as connection:
        has_tables = bool(
            connection.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).scalar()
        )
    if has_tables:
        backup = backup_database(engine, db_path, current or "base", stamp)
    with engine.begin() as connection:
        command.upgrade(_config(connection), "head")
    return backup

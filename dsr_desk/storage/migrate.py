"""Schema migrations at open: back the database file up, then upgrade to the app's head.
A database written by a newer DSR Desk is refused, untouched. The copy is removed once the
upgraded database passed its integrity check (``storage.leftovers``).

Alembic is imported only when a migration must run: opening an up-to-date vault reads the
version with one query (this keeps every CLI command and the GUI start fast).
"""

from __future__ import annotations

import contextlib
import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from dsr_desk.domain.errors import VaultError
from dsr_desk.storage.engine import checkpoint, dbapi_of
from dsr_desk.storage.leftovers import BACKUP_DIR_NAME
from dsr_desk.storage.schema_version import SCHEMA_HEAD, stored_revision

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"

__all__ = ["SCHEMA_HEAD", "current_revision", "upgrade_database"]


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def alembic_head() -> str | None:
    """The head according to the migration scripts themselves (slow: imports Alembic)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision recorded in the database (see ``schema_version.stored_revision``)."""
    with engine.connect() as connection:
        return stored_revision(dbapi_of(connection))


def is_known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as connection:
        count = connection.execute(
            text("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
        ).scalar()
    return bool(count)


def backup_database(engine: Engine, db_path: Path, label: str, stamp: datetime) -> Path:
    """Copy the (still encrypted) database file aside after folding the WAL into it.

    The copy holds every document's wrapped key: the vault removes it once the upgraded
    database has opened and passed its integrity check (``leftovers``), so that no copy the
    app made by itself outlives a purge."""
    checkpoint(engine)
    backup_dir = db_path.parent / BACKUP_DIR_NAME
    backup_dir.mkdir(mode=0o700, exist_ok=True)
    target = backup_dir / f"{db_path.stem}-{label}-{stamp:%Y%m%dT%H%M%S}{db_path.suffix}"
    shutil.copy2(db_path, target)
    return target


def upgrade_database(engine: Engine, db_path: Path, stamp: datetime) -> Path | None:
    """Bring the schema to head; returns the backup made first (None if nothing to do)."""
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return None
    if current is not None and not is_known_revision(current):
        raise VaultError(
            "This vault was written by a newer version of DSR Desk (schema "
            "{current}); install the newer version to open it. Nothing was changed.",
            current=current,
        )
    from alembic import command

    backup = (
        backup_database(engine, db_path, current or "base", stamp) if _has_tables(engine) else None
    )
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    # A migration may clear data (0011: what purged rows kept): fold the log in, so that the
    # main file holds no old version of those pages. Busy: SQLite does it at the last close.
    with contextlib.suppress(VaultError):
        checkpoint(engine)
    return backup

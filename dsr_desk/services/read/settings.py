"""The preferences, read in plain SQL: the first screen reads them before SQLAlchemy is loaded.
Changing them is a use case (``services.settings.save_settings``)."""

from __future__ import annotations

from dsr_desk.services.settings import AppSettings, settings_from
from dsr_desk.storage.plain_sql import SqlConnection, rows


def read_settings(db: SqlConnection) -> AppSettings:
    """The vault's preferences (the defaults for any not stored)."""
    stored = rows(db, "SELECT key, value FROM settings")
    return settings_from({str(key): str(value) for key, value in stored})

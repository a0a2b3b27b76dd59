"""The per-vault preferences: what they are, and how they are read in plain SQL (the first
screen reads them before SQLAlchemy is loaded). Changing them is a use case:
``services.settings.save_settings``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields

from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.limits import MAX_NAME, check_length
from dsr_desk.i18n import PREFERENCES, SYSTEM
from dsr_desk.storage.plain_sql import SqlConnection, rows

IDLE_LOCK_RANGE = (1, 240)
LANGUAGES = PREFERENCES  # "system" (follow LANG: the default, also when none is stored), en, fr


@dataclass(frozen=True)
class AppSettings:
    idle_lock_minutes: int = 10
    language: str = SYSTEM  # the interface language (``dsr_desk.i18n``)
    display_name: str = ""  # how the user signs letters and appears in the audit log
    auto_purge_at_start: bool = False

    def validate(self) -> None:
        low, high = IDLE_LOCK_RANGE
        if not low <= self.idle_lock_minutes <= high:
            raise ValidationError(f"Idle lock must be between {low} and {high} minutes.")
        if self.language not in LANGUAGES:
            raise ValidationError(f"Language must be one of {', '.join(LANGUAGES)}.")
        check_length(self.display_name, MAX_NAME, "The display name")


def settings_from(raw: Mapping[str, str]) -> AppSettings:
    """The preferences from their stored ``key → text`` pairs (absent keys: the defaults)."""
    values: dict[str, object] = {}
    for spec in fields(AppSettings):
        if spec.name not in raw:
            continue
        text = raw[spec.name]
        if spec.type == "int":
            values[spec.name] = int(text)
        elif spec.type == "bool":
            values[spec.name] = text == "1"
        else:
            values[spec.name] = text
    return AppSettings(**values)  # type: ignore[arg-type]


def read_settings(db: SqlConnection) -> AppSettings:
    """The vault's preferences (the defaults for any not stored)."""
    stored = rows(db, "SELECT key, value FROM settings")
    return settings_from({str(key): str(value) for key, value in stored})

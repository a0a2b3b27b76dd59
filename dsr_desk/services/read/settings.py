"""The per-vault preferences: what they are, and how they are read in plain SQL (the first
screen reads them before SQLAlchemy is loaded). Changing them is a use case:
``services.settings.save_settings``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import PurePosixPath, PureWindowsPath

from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.limits import MAX_NAME, check_length
from dsr_desk.i18n import PREFERENCES, SYSTEM
from dsr_desk.storage.plain_sql import SqlConnection, rows

IDLE_LOCK_RANGE = (1, 240)
LANGUAGES = PREFERENCES  # "system" (follow LANG: the default, also when none is stored), en, fr
BACKUP_KEEP_RANGE = (1, 365)  # backups of this vault kept in the backup folder
BACKUP_WARN_RANGE = (1, 365)  # days without a backup before the dashboard warns
MAX_FOLDER = 1000  # characters of the backup folder's path
SERVER_BACKUP_DAYS_RANGE = (0, 3650)  # team mode: how long the server's backups keep data


@dataclass(frozen=True)
class AppSettings:
    idle_lock_minutes: int = 10
    language: str = SYSTEM  # the interface language (``dsr_desk.i18n``)
    display_name: str = ""  # how the user signs letters and appears in the audit log
    # the title under the user's signature ('' = the entity's, e.g. « Le délégué à la
    # protection des données »)
    signer_title: str = ""
    auto_purge_at_start: bool = False
    backup_folder: str = ""  # where backups go (a network share, a USB disk); none by default
    backup_keep: int = 14  # the rotation: the newest backups of this vault kept there
    backup_warn_days: int = 7  # the dashboard warns when the last backup is older than this
    backup_automatic: bool = True  # a backup there each day while the app runs (with a folder)
    # team mode: how long the server's own backups, WAL archives and replicas keep what was
    # deleted, in days (the DBA's figure; the purge attestations state it)
    server_backup_days: int = 30

    @property
    def automatic_backups(self) -> bool:
        """Whether the app backs up on its own: on by default once a folder is chosen."""
        return self.backup_automatic and bool(self.backup_folder)

    def validate(self) -> None:
        low, high = IDLE_LOCK_RANGE
        if not low <= self.idle_lock_minutes <= high:
            raise ValidationError(
                "Idle lock must be between {low} and {high} minutes.", low=low, high=high
            )
        if self.language not in LANGUAGES:
            raise ValidationError(
                "Language must be one of {languages}.", languages=", ".join(LANGUAGES)
            )
        check_length(self.display_name, MAX_NAME, "The display name")
        check_length(self.signer_title, MAX_NAME, "The title under your signature")
        low, high = BACKUP_KEEP_RANGE
        if not low <= self.backup_keep <= high:
            raise ValidationError(
                "Backups kept must be between {low} and {high}.", low=low, high=high
            )
        low, high = BACKUP_WARN_RANGE
        if not low <= self.backup_warn_days <= high:
            raise ValidationError(
                "The backup warning delay must be between {low} and {high} days.",
                low=low,
                high=high,
            )
        low, high = SERVER_BACKUP_DAYS_RANGE
        if not low <= self.server_backup_days <= high:
            raise ValidationError(
                "The server backup retention must be between {low} and {high} days.",
                low=low,
                high=high,
            )
        check_length(self.backup_folder, MAX_FOLDER, "The backup folder")
        folder = self.backup_folder
        if folder and not (
            PurePosixPath(folder).is_absolute() or PureWindowsPath(folder).is_absolute()
        ):
            raise ValidationError("Give the backup folder's full path.")


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

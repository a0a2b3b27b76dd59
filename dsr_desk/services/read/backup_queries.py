"""The last backup the audit log records (the dashboard's warning), and what a restored
database still holds of what the purge ledger says was destroyed."""

# ruff: noqa: S608 - SQL assembled from fixed text and one "?" per value; every value is bound

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from dsr_desk.domain.backups import backup_overdue
from dsr_desk.services.read.settings import read_settings
from dsr_desk.storage.plain_sql import SqlConnection, rows, scalar

_BATCH = 500  # bound parameters per query (SQLite allows 32,766; PostgreSQL more)


def last_backup_at(db: SqlConnection) -> datetime | None:
    """When the latest ``vault.backed_up`` entry was written, or ``None`` (never backed up).
    The newest entries are read first: with regular backups only the last few are read."""
    found = scalar(
        db,
        "SELECT at FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1",
        ["vault.backed_up"],
    )
    return None if found is None else datetime.fromisoformat(str(found))


@dataclass(frozen=True)
class BackupStatus:
    """What the dashboard says about backups."""

    last_at: datetime | None  # the latest backup (audit log), None if never
    warn_days: int  # the setting
    folder: str  # the backup folder ("" if none is set)
    automatic: bool  # the app backs up there each day it runs
    overdue: bool  # never backed up, or not for more than warn_days days


def backup_status(db: SqlConnection, now: datetime) -> BackupStatus:
    settings = read_settings(db)
    last = last_backup_at(db)
    return BackupStatus(
        last_at=last,
        warn_days=settings.backup_warn_days,
        folder=settings.backup_folder,
        automatic=settings.automatic_backups,
        overdue=backup_overdue(last, now, settings.backup_warn_days),
    )


def live_documents_among(db: SqlConnection, document_ids: Sequence[str]) -> dict[str, set[str]]:
    """Of ``document_ids``, those not purged here, by the reference of their request."""
    found: dict[str, set[str]] = {}
    for start in range(0, len(document_ids), _BATCH):
        batch = document_ids[start : start + _BATCH]
        sql = (
            "SELECT r.reference, d.document_id FROM documents d "
            "JOIN requests r ON r.id = d.request_id "
            f"WHERE d.purged_at IS NULL AND d.document_id IN ({_marks(batch)})"
        )
        for reference, document_id in rows(db, sql, batch):
            found.setdefault(str(reference), set()).add(str(document_id))
    return found


def not_anonymised_among(db: SqlConnection, references: Sequence[str]) -> list[str]:
    """Of ``references``, the requests here whose record is not anonymised."""
    found: list[str] = []
    for start in range(0, len(references), _BATCH):
        batch = references[start : start + _BATCH]
        sql = (
            "SELECT reference FROM requests WHERE anonymised_on IS NULL "
            f"AND reference IN ({_marks(batch)}) ORDER BY reference"
        )
        found.extend(str(reference) for (reference,) in rows(db, sql, batch))
    return found


def _marks(batch: Sequence[str]) -> str:
    """One bound-parameter mark per value: the SQL text holds no value."""
    return ", ".join("?" * len(batch))

"""What a restored database still holds of what the purge ledger says was destroyed."""

# ruff: noqa: S608 - SQL assembled from fixed text and one "?" per value; every value is bound

from __future__ import annotations

from collections.abc import Sequence

from dsr_desk.storage.plain_sql import SqlConnection, rows

_BATCH = 500  # bound parameters per query (SQLite allows 32,766; PostgreSQL more)


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

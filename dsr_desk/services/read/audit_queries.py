"""Read side of the audit-log page: entries newest first, filtered by request reference and
action, paged.

Hand-written SQL that SQLite and PostgreSQL read alike, on a DB-API connection
(``storage.plain_sql``), no SQLAlchemy; rows are plain frozen dataclasses.
"""

# ruff: noqa: S608 - SQL assembled from this module's fixed fragments; every value is bound

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final

from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.requests import parse_reference
from dsr_desk.services.read.queries import Where, escape_like
from dsr_desk.storage.plain_sql import SqlConnection, rows, scalar


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime  # timezone-aware UTC
    user: str
    action: str
    request_ref: str | None
    details_json: str


def _audit_where(request_ref: str | None, action_prefix: str | None) -> Where:
    """The conditions of the page's two filters on ``audit_log``."""
    where = Where()
    text = (request_ref or "").strip()
    if text:
        try:
            where.add("request_ref = ?", parse_reference(text))
        except ValidationError:  # a fragment ("0042", "2026-00"): contains, case-insensitive
            where.add("upper(request_ref) LIKE ? ESCAPE '\\'", f"%{escape_like(text.upper())}%")
    prefix = (action_prefix or "").strip()
    if prefix:
        where.add("action LIKE ? ESCAPE '\\'", f"{escape_like(prefix)}%")
    return where


_COLUMNS: Final = 'seq, at, "user", action, request_ref, details'


def audit_page(
    db: SqlConnection,
    request_ref: str | None = None,
    action_prefix: str | None = None,
    limit: int | None = 200,
    offset: int = 0,
) -> list[AuditRow]:
    """Audit entries, newest first. ``request_ref``: a full reference (any spelling that
    ``parse_reference`` accepts) matches exactly, a fragment matches references containing it;
    ``action_prefix`` keeps actions starting with it (``"request."``)."""
    where = _audit_where(request_ref, action_prefix)
    sql, params = f"SELECT {_COLUMNS} FROM audit_log{where.sql()} ORDER BY seq DESC", where.params
    if limit is not None:
        sql, params = f"{sql} LIMIT ? OFFSET ?", [*params, limit, offset]
    return [
        AuditRow(
            seq=int(seq),
            at=datetime.fromisoformat(at),
            user=user,
            action=action,
            request_ref=ref,
            details_json=details,
        )
        for seq, at, user, action, ref, details in rows(db, sql, params)
    ]


def count_audit_entries(
    db: SqlConnection, request_ref: str | None = None, action_prefix: str | None = None
) -> int:
    """How many entries ``audit_page`` can list for these filters."""
    where = _audit_where(request_ref, action_prefix)
    return int(scalar(db, f"SELECT count(*) FROM audit_log{where.sql()}", where.params) or 0)


def audit_actions(db: SqlConnection) -> list[str]:
    """The distinct actions present in the log, sorted (for the action filter)."""
    found = rows(db, "SELECT DISTINCT action FROM audit_log ORDER BY action")
    return [str(action) for (action,) in found]

"""Read side of the register-of-requests export (the accountability file, GDPR Art. 5(2)):
the requests matching the register's filters, with what the register shows and how each one
ended, built in SQL.

The requester's name is kept: the file is the DPO's own register of requests, as the register
on screen shows it, and the office must be able to find a request from it. Nothing else about
the requester (e-mail, address, documents, free text such as reasons or summaries) goes in.
"""

# ruff: noqa: S608 - SQL assembled from fixed fragments; every value is bound

from __future__ import annotations

from datetime import date
from typing import Any, Final

from dsr_desk.domain.request_kinds import Outcome, Status
from dsr_desk.read_models import RegisterEntry
from dsr_desk.services.read.queries import ROW_FROM, RequestFilter, matching
from dsr_desk.storage.plain_sql import SqlConnection, rows

_COLUMNS: Final = (
    "r.reference, r.type, e.name, p.name, r.received_on, r.due_on, r.status, r.outcome, "
    "r.closed_on, r.capacity"
)


def _day(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


def _entry(record: tuple[Any, ...]) -> RegisterEntry:
    reference, rtype, entity, requester, received, due, status, outcome, closed, capacity = record
    found = Outcome.of(Status(status), outcome)  # closed before outcomes were recorded
    return RegisterEntry(
        reference=str(reference),
        type=str(rtype),
        entity=str(entity),
        requester=str(requester),
        received_on=date.fromisoformat(str(received)),
        due_on=date.fromisoformat(str(due)),
        status=str(status),
        outcome=None if found is None else found.value,
        closed_on=_day(closed),
        capacity=str(capacity or "self"),
    )


def register_entries(
    db: SqlConnection, today: date, flt: RequestFilter | None = None
) -> list[RegisterEntry]:
    """Every request matching ``flt`` (as the register filters), in the order received
    (oldest first, then by reference): a register reads in time order."""
    where = matching(db, today, flt)
    sql = f"SELECT {_COLUMNS} FROM {ROW_FROM}{where.sql()} ORDER BY r.received_on, r.reference"
    return [_entry(record) for record in rows(db, sql, where.params)]

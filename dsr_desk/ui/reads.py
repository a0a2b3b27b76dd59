"""What the register and the dashboard read on the DB worker: plain rows from the read side's
plain SQL. No widgets here, so the first reads can start (``ui.first_reads``) before the views'
modules are even imported.

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

from dataclasses import dataclass

from dsr_desk.services.read import queries
from dsr_desk.services.read.backup_queries import BackupStatus, backup_status
from dsr_desk.services.read.dashboard import DashboardSummary, dashboard_summary
from dsr_desk.services.read.queries import RequestFilter, RequestRow
from dsr_desk.ui.session import AppSession

PAGE_SIZE = 200  # register rows per read


@dataclass(frozen=True)
class Page:
    """One page of the register; ``total`` is known on the first page only (-1 later)."""

    rows: list[RequestRow]
    total: int


def fetch_page(
    session: AppSession,
    flt: RequestFilter,
    offset: int,
    sort: str | None,
    descending: bool,
) -> Page:
    """Runs on the DB worker: one page of rows (and the total, on the first page)."""
    rows, total = queries.list_requests_page(
        session.reader(),
        session.clock.today(),
        flt,
        limit=PAGE_SIZE,
        offset=offset,
        sort=sort,
        descending=descending,
    )
    return Page(rows, total)


def fetch_entity_names(session: AppSession) -> list[str]:
    """Runs on the DB worker: the entities' names, for the entity filter."""
    return queries.entity_names(session.reader())


def load_summary(session: AppSession) -> DashboardSummary:
    """Runs on the DB worker: everything the dashboard shows."""
    return dashboard_summary(session.reader(), session.clock.today())


def load_backup_status(session: AppSession) -> BackupStatus:
    """Runs on the DB worker: the last backup and the warning setting (the dashboard's
    warning)."""
    return backup_status(session.reader(), session.clock.now())

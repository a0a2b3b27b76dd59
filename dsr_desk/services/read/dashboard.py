"""Read side of the dashboard: counts, the next deadlines and monthly series built in SQL,
fast with 100 000 requests; never loops over ORM objects.

Every function takes a DB-API connection (``storage.plain_sql.SqlConnection``) and returns
plain frozen rows. The SQL is written by hand in SQL that SQLite (the vault) and PostgreSQL
(team mode) read alike: dates bound as ``date``, booleans compared with ``FALSE``; the monthly
series come from tallies the database keeps (``storage.dashboard_tallies``, where months and
day counts are computed for each database). No SQLAlchemy, so the GUI can draw the dashboard
before SQLAlchemy is imported. The requesters page reads through
``requester_queries`` and the audit-log page through ``audit_queries`` (beside this module).
"""

# ruff: noqa: S608 - SQL assembled from this module's fixed fragments; every value is bound

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from dsr_desk.domain.request_kinds import DUE_SOON_DAYS, InformationKind, RequestType
from dsr_desk.services.read.queries import (
    OPEN_STATUS_VALUES,
    ROW_COLUMNS,
    ROW_FROM,
    RequestRow,
    in_list,
    request_rows,
)
from dsr_desk.storage.dashboard_tallies import ANSWERED_TABLE, RECEIVED_TABLE
from dsr_desk.storage.plain_sql import SqlConnection, rows, scalar

MONTHS_SHOWN = 12
UPCOMING_LIMIT = 15

#: ``r.status IN (?, ...)`` for the open statuses, and those values.
_OPEN, _OPEN_VALUES = in_list("r.status", OPEN_STATUS_VALUES)


@dataclass(frozen=True)
class DashboardSummary:
    """What the dashboard shows, as of ``today``.

    - ``open``: requests not yet answered (received, in progress or awaiting information).
    - ``overdue``: open, not on hold, due date before today (same rule as the register).
    - ``due_this_week``: open, not on hold, due between today and today + 7 days inclusive.
    - ``awaiting_identity``: open requests whose deadline is suspended because the office
      asked the requester for proof of identity and it has not arrived yet (an unanswered
      suspension of kind ``identity``). Requests that were never asked for ID are not counted,
      whatever their checks: many types (opt-outs, withdrawals) need none.
    - ``upcoming``: the overdue requests first (open, not on hold, the most late first, at
      most ``UPCOMING_LIMIT``), then the next ``UPCOMING_LIMIT`` open deadlines from today on
      (not on hold), earliest first: an overdue request is the first thing to deal with.
    - ``months``: the last ``MONTHS_SHOWN`` calendar months as ``YYYY-MM``, oldest first,
      ending with today's month.
    - ``per_month``: ``(YYYY-MM, type, count)`` of requests received in those months, only
      for non-zero counts, by month then type.
    - ``median_days_to_answer``: ``(YYYY-MM, median)`` for the months of ``months`` in which
      requests were closed: median of ``closed_on - received_on`` in calendar days (waiting
      time on hold included) over the requests closed that month; months without a closed
      request are left out.
    """

    today: date
    open: int
    overdue: int
    due_this_week: int
    awaiting_identity: int
    upcoming: list[RequestRow] = field(default_factory=list)
    months: list[str] = field(default_factory=list)
    per_month: list[tuple[str, str, int]] = field(default_factory=list)
    median_days_to_answer: list[tuple[str, float]] = field(default_factory=list)

    @property
    def total_received(self) -> int:
        """Requests received over ``months``."""
        return sum(count for _, _, count in self.per_month)


def month_keys(today: date, count: int = MONTHS_SHOWN) -> list[str]:
    """The ``count`` calendar months ending with today's, oldest first, as ``YYYY-MM``."""
    index = today.year * 12 + today.month - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index - count + 1, index + 1)]


#: The open, overdue and due-this-week counts: read from the (status, due_on, on_hold) index
#: alone, without a visit to each open request's row.
OPEN_COUNTS_SQL: Final = f"""
    SELECT count(*),
           coalesce(sum(CASE WHEN r.on_hold = FALSE AND r.due_on < ? THEN 1 ELSE 0 END), 0),
           coalesce(sum(CASE WHEN r.on_hold = FALSE AND r.due_on >= ? AND r.due_on <= ?
                        THEN 1 ELSE 0 END), 0)
    FROM requests r
    WHERE {_OPEN}"""


def open_counts_parameters(today: date) -> tuple[date | str, ...]:
    """The values bound into ``OPEN_COUNTS_SQL``."""
    week_end = today + timedelta(days=DUE_SOON_DAYS)
    return (today, today, week_end, *_OPEN_VALUES)


def _counts(db: SqlConnection, today: date) -> tuple[int, int, int]:
    """(open, overdue, due this week) in one pass over the open requests."""
    ((open_count, overdue, this_week),) = rows(db, OPEN_COUNTS_SQL, open_counts_parameters(today))
    return int(open_count), int(overdue), int(this_week)


_AWAITING_IDENTITY: Final = f"""
    SELECT count(*) FROM requests r
    WHERE {_OPEN}
      AND EXISTS (SELECT 1 FROM suspensions s
                  WHERE s.request_id = r.id AND s.received_on IS NULL AND s.kind = ?)"""


def _awaiting_identity(db: SqlConnection) -> int:
    """Open requests waiting for a proof of identity that was asked and has not arrived."""
    params = (*_OPEN_VALUES, InformationKind.IDENTITY.value)
    return int(scalar(db, _AWAITING_IDENTITY, params) or 0)


# Walks the (due_on, reference) index from today and stops at the limit: ``r.status || ''``
# (SQLite's unary ``+``, which PostgreSQL has not for text) keeps SQLite from choosing the
# status index instead, which would fetch and sort every open request due from today on
# (23 ms instead of 3 on 50 000 requests, first read).
_OPEN_UNINDEXED, _ = in_list("(r.status || '')", OPEN_STATUS_VALUES)
_UPCOMING: Final = f"""
    SELECT {ROW_COLUMNS} FROM {ROW_FROM}
    WHERE {_OPEN_UNINDEXED} AND r.on_hold = FALSE AND r.due_on >= ?
    ORDER BY r.due_on, r.reference
    LIMIT ?"""


# The overdue ones: few, read from the (status, due_on, on_hold) index.
_OVERDUE: Final = f"""
    SELECT {ROW_COLUMNS} FROM {ROW_FROM}
    WHERE {_OPEN} AND r.on_hold = FALSE AND r.due_on < ?
    ORDER BY r.due_on, r.reference
    LIMIT ?"""


def upcoming_deadlines(
    db: SqlConnection, today: date, limit: int = UPCOMING_LIMIT
) -> list[RequestRow]:
    """Open requests not on hold: the overdue ones first (the most late first, at most
    ``limit``), then those due today or later (earliest first, at most ``limit``)."""
    overdue = rows(db, _OVERDUE, (*_OPEN_VALUES, today, limit))
    coming = rows(db, _UPCOMING, (*_OPEN_VALUES, today, limit))
    return request_rows(db, [*overdue, *coming], today)


# Both monthly series come from the tallies the database keeps by trigger
# (``storage.dashboard_tallies``): a hundred rows, instead of grouping a year of requests.
_RECEIVED: Final = f"""
    SELECT month, type, count FROM {RECEIVED_TABLE}
    WHERE month >= ? AND month <= ? AND count > 0"""


def received_per_month(db: SqlConnection, months: list[str]) -> list[tuple[str, str, int]]:
    """``(YYYY-MM, type, count)`` of requests received in ``months`` (non-zero counts only)."""
    if not months:
        return []
    order = {t.value: i for i, t in enumerate(RequestType)}
    found = [
        (str(month), str(rtype), int(count))
        for month, rtype, count in rows(db, _RECEIVED, (months[0], months[-1]))
    ]
    return sorted(found, key=lambda row: (row[0], order.get(row[1], len(order)), row[1]))


_ANSWERED: Final = f"""
    SELECT month, days, count FROM {ANSWERED_TABLE}
    WHERE month >= ? AND month <= ? AND count > 0"""


def median_days_to_answer(db: SqlConnection, months: list[str]) -> list[tuple[str, float]]:
    """``(YYYY-MM, median days from receipt to closure)`` per month of closure in ``months``.

    The database keeps a histogram (month, days, how many) of the requests with a
    ``closed_on`` date, which is set when, and only when, a request is closed: a few hundred
    rows whatever the volume; the exact median is taken from it.
    """
    if not months:
        return []
    histograms: dict[str, dict[int, int]] = {}
    for month_key, day_count, how_many in rows(db, _ANSWERED, (months[0], months[-1])):
        histograms.setdefault(str(month_key), {})[int(day_count)] = int(how_many)
    return [(m, median_of_histogram(histograms[m])) for m in months if m in histograms]


def median_of_histogram(histogram: dict[int, int]) -> float:
    """The median of each ``value`` repeated ``count`` times, as ``statistics.median`` gives
    it (the mean of the two middle values when there is an even number of them)."""
    total = sum(histogram.values())
    if total <= 0:
        raise ValueError("the median of no values")
    middle_ranks = ((total - 1) // 2, total // 2)  # 0-based; equal when total is odd
    middle: list[int] = []
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        while len(middle) < 2 and seen > middle_ranks[len(middle)]:
            middle.append(value)
        if len(middle) == 2:
            break
    return (middle[0] + middle[1]) / 2


def dashboard_summary(db: SqlConnection, today: date) -> DashboardSummary:
    """Everything the dashboard shows, in five small queries (see ``DashboardSummary``)."""
    open_count, overdue, this_week = _counts(db, today)
    months = month_keys(today)
    return DashboardSummary(
        today=today,
        open=open_count,
        overdue=overdue,
        due_this_week=this_week,
        awaiting_identity=_awaiting_identity(db),
        upcoming=upcoming_deadlines(db, today),
        months=months,
        per_month=received_per_month(db, months),
        median_days_to_answer=median_days_to_answer(db, months),
    )

"""Read side of the dashboard, the requesters page and the audit-log page: counts, short lists
and monthly series built in SQL, fast with 100 000 requests; never loops over ORM objects.

Every function takes a SQLAlchemy ``Session`` (``uow.session``) and returns plain frozen rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    cast,
    exists,
    func,
    select,
)
from sqlalchemy.orm import Session

from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.requests import (
    OPEN_STATUSES,
    InformationKind,
    RequestType,
    parse_reference,
)
from dsr_desk.domain.text import fold
from dsr_desk.services.queries import RequestRow, escape_like
from dsr_desk.storage import tables

_R, _P, _E = tables.requests, tables.requesters, tables.entities
_S, _A = tables.suspensions, tables.audit_log

MONTHS_SHOWN = 12
UPCOMING_LIMIT = 15
DUE_THIS_WEEK_DAYS = 7

_OPEN = sorted(s.value for s in OPEN_STATUSES)


# -- the dashboard ---------------------------------------------------------------------------


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
    - ``upcoming``: the next ``UPCOMING_LIMIT`` open deadlines from today on (not on hold,
      overdue ones excluded — they have their own tile), earliest first.
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


def _first_day(month_key: str) -> date:
    year, month = month_key.split("-")
    return date(int(year), int(month), 1)


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _month_of(session: Session, column: Any) -> ColumnElement[str]:
    """``YYYY-MM`` of a date column, computed by the database (SQLite keeps dates as
    ``YYYY-MM-DD`` text: a substring is cheaper than ``strftime``)."""
    if _dialect(session) == "postgresql":
        return func.to_char(column, "YYYY-MM")
    return func.substr(column, 1, 7)


def _days_between(session: Session, later: Any, earlier: Any) -> ColumnElement[int]:
    """Whole calendar days from ``earlier`` to ``later``, computed by the database."""
    if _dialect(session) == "postgresql":
        return cast(later - earlier, Integer)
    return cast(func.julianday(later) - func.julianday(earlier), Integer)


def _counts(session: Session, today: date) -> tuple[int, int, int]:
    """(open, overdue, due this week) in one pass over the open requests."""
    active = _R.c.on_hold.is_(False)
    statement = select(
        func.count(),
        func.coalesce(func.sum(case((and_(active, _R.c.due_on < today), 1), else_=0)), 0),
        func.coalesce(
            func.sum(
                case(
                    (
                        and_(
                            active,
                            _R.c.due_on >= today,
                            _R.c.due_on <= today + timedelta(days=DUE_THIS_WEEK_DAYS),
                        ),
                        1,
                    ),
                    else_=0,
                )
            ),
            0,
        ),
    ).where(_R.c.status.in_(_OPEN))
    open_count, overdue, this_week = session.execute(statement).one()
    return int(open_count), int(overdue), int(this_week)


def _awaiting_identity(session: Session) -> int:
    waiting_for_id = exists().where(
        _S.c.request_id == _R.c.id,
        _S.c.received_on.is_(None),
        _S.c.kind == InformationKind.IDENTITY.value,
    )
    statement = select(func.count()).select_from(_R).where(_R.c.status.in_(_OPEN), waiting_for_id)
    return int(session.execute(statement).scalar() or 0)


def upcoming_deadlines(
    session: Session, today: date, limit: int = UPCOMING_LIMIT
) -> list[RequestRow]:
    """Open requests not on hold, due today or later, earliest deadline first."""
    statement = (
        select(
            _R.c.reference,
            _R.c.type,
            _R.c.status,
            _P.c.name,
            _P.c.email,
            _E.c.name,
            _R.c.received_on,
            _R.c.due_on,
            _R.c.extended_on,
            _R.c.assignee,
        )
        .join(_P, _P.c.id == _R.c.requester_id)
        .join(_E, _E.c.id == _R.c.entity_id)
        .where(_R.c.status.in_(_OPEN), _R.c.on_hold.is_(False), _R.c.due_on >= today)
        .order_by(_R.c.due_on, _R.c.reference)
        .limit(limit)
    )
    return [
        RequestRow(
            reference=ref,
            type=str(rtype),
            status=str(status),
            requester=name,
            email=email,
            entity=entity,
            received_on=received,
            due_on=due,
            on_hold=False,
            extended=extended_on is not None,
            assignee=assignee,
            days_left=(due - today).days,
            overdue=False,
        )
        for (
            ref,
            rtype,
            status,
            name,
            email,
            entity,
            received,
            due,
            extended_on,
            assignee,
        ) in session.execute(statement)
    ]


def received_per_month(session: Session, months: list[str]) -> list[tuple[str, str, int]]:
    """``(YYYY-MM, type, count)`` of requests received in ``months`` (non-zero counts only)."""
    if not months:
        return []
    month = _month_of(session, _R.c.received_on).label("month")
    statement = (
        select(month, _R.c.type, func.count())
        .where(_R.c.received_on >= _first_day(months[0]))
        .where(_R.c.received_on < _next_month(_first_day(months[-1])))
        .group_by(month, _R.c.type)
    )
    order = {t.value: i for i, t in enumerate(RequestType)}
    rows = [(str(m), str(t), int(n)) for m, t, n in session.execute(statement)]
    return sorted(rows, key=lambda row: (row[0], order.get(row[1], len(order)), row[1]))


def median_days_to_answer(session: Session, months: list[str]) -> list[tuple[str, float]]:
    """``(YYYY-MM, median days from receipt to closure)`` per month of closure in ``months``.

    The database returns a histogram (month, days, how many), a few hundred rows whatever the
    volume; the exact median is taken from it. ``closed_on`` is set when, and only when, a
    request is closed, so the date range alone selects closed requests (a status filter would
    make SQLite walk the status index, slower than one scan).
    """
    if not months:
        return []
    month = _month_of(session, _R.c.closed_on).label("month")
    days = _days_between(session, _R.c.closed_on, _R.c.received_on).label("days")
    statement = (
        select(month, days, func.count())
        .where(_R.c.closed_on >= _first_day(months[0]))
        .where(_R.c.closed_on < _next_month(_first_day(months[-1])))
        .group_by(month, days)
    )
    histograms: dict[str, dict[int, int]] = {}
    for month_key, day_count, how_many in session.execute(statement):
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


def _next_month(first: date) -> date:
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


def dashboard_summary(session: Session, today: date) -> DashboardSummary:
    """Everything the dashboard shows, in five small queries (see ``DashboardSummary``)."""
    open_count, overdue, this_week = _counts(session, today)
    months = month_keys(today)
    return DashboardSummary(
        today=today,
        open=open_count,
        overdue=overdue,
        due_this_week=this_week,
        awaiting_identity=_awaiting_identity(session),
        upcoming=upcoming_deadlines(session, today),
        months=months,
        per_month=received_per_month(session, months),
        median_days_to_answer=median_days_to_answer(session, months),
    )


# -- requesters ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequesterRow:
    requester_id: int
    name: str
    email: str | None
    requests: int
    open: int
    last_received: date | None


def _requester_search(search: str) -> ColumnElement[bool] | None:
    term = fold(search.strip())
    if not term:
        return None
    return _P.c.search_key.like(f"%{escape_like(term)}%", "\\")


def _requester_totals() -> Select[Any]:
    """Each requester with their number of requests, open requests and last receipt date."""
    return (
        select(
            _P.c.id,
            _P.c.name,
            _P.c.email,
            func.count(_R.c.id),
            func.coalesce(func.sum(case((_R.c.status.in_(_OPEN), 1), else_=0)), 0),
            func.max(_R.c.received_on),
        )
        .select_from(_P)
        .join(_R, _R.c.requester_id == _P.c.id)
        .group_by(_P.c.id, _P.c.name, _P.c.email)
    )


def _to_requester_row(row: Any) -> RequesterRow:
    pid, name, email, count, open_count, last = row
    return RequesterRow(
        requester_id=int(pid),
        name=name,
        email=email,
        requests=int(count),
        open=int(open_count),
        last_received=last,
    )


def _recent_requester_ids(session: Session, limit: int | None, offset: int) -> list[int]:
    """Requester ids by most recent request (ties: highest id first), read by walking the
    requests newest first on the ``received_on`` index and keeping each requester's first
    appearance: about ``offset + limit`` rows instead of an aggregate over every request."""
    wanted = None if limit is None else offset + limit
    seen: dict[int, None] = {}
    statement = select(_R.c.requester_id).order_by(
        _R.c.received_on.desc(), _R.c.requester_id.desc()
    )
    result = session.execute(statement.execution_options(yield_per=500))
    try:
        for (requester_id,) in result:
            seen.setdefault(int(requester_id))
            if wanted is not None and len(seen) >= wanted:
                break
    finally:
        result.close()
    return list(seen)[offset:]


def requesters_list(
    session: Session, search: str = "", limit: int | None = 200, offset: int = 0
) -> list[RequesterRow]:
    """Requesters with at least one request whose name or e-mail contains ``search``
    (case-insensitive), with their number of requests, open requests and last receipt date.
    Most recent request first, ties by newest requester record; pages with limit/offset."""
    condition = _requester_search(search)
    if condition is None:
        ids = _recent_requester_ids(session, limit, offset)
        if not ids:
            return []
        found = session.execute(_requester_totals().where(_P.c.id.in_(ids)))
        by_id = {row.requester_id: row for row in map(_to_requester_row, found)}
        return [by_id[requester_id] for requester_id in ids]
    statement = (
        _requester_totals()
        .where(condition)
        .order_by(func.max(_R.c.received_on).desc(), _P.c.id.desc())
    )
    if limit is not None:
        statement = statement.limit(limit).offset(offset)
    return [_to_requester_row(row) for row in session.execute(statement)]


def count_requesters(session: Session, search: str = "") -> int:
    """How many requesters ``requesters_list`` can list for this search."""
    condition = _requester_search(search)
    if condition is None:
        statement = select(func.count(func.distinct(_R.c.requester_id)))
    else:
        has_request = exists().where(_R.c.requester_id == _P.c.id)
        statement = select(func.count()).select_from(_P).where(condition, has_request)
    return int(session.execute(statement).scalar() or 0)


# -- the audit log ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime  # timezone-aware UTC
    user: str
    action: str
    request_ref: str | None
    details_json: str


def _audit_conditions(
    request_ref: str | None, action_prefix: str | None
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    text = (request_ref or "").strip()
    if text:
        try:
            conditions.append(_A.c.request_ref == parse_reference(text))
        except ValidationError:  # a fragment ("0042", "2026-00"): contains, case-insensitive
            fragment = f"%{escape_like(text.upper())}%"
            conditions.append(func.upper(_A.c.request_ref).like(fragment, "\\"))
    prefix = (action_prefix or "").strip()
    if prefix:
        conditions.append(_A.c.action.like(f"{escape_like(prefix)}%", "\\"))
    return conditions


def audit_page(
    session: Session,
    request_ref: str | None = None,
    action_prefix: str | None = None,
    limit: int | None = 200,
    offset: int = 0,
) -> list[AuditRow]:
    """Audit entries, newest first. ``request_ref``: a full reference (any spelling that
    ``parse_reference`` accepts) matches exactly, a fragment matches references containing it;
    ``action_prefix`` keeps actions starting with it (``"request."``)."""
    statement = (
        select(_A.c.seq, _A.c.at, _A.c.user, _A.c.action, _A.c.request_ref, _A.c.details)
        .where(*_audit_conditions(request_ref, action_prefix))
        .order_by(_A.c.seq.desc())
    )
    if limit is not None:
        statement = statement.limit(limit).offset(offset)
    return [
        AuditRow(
            seq=int(seq),
            at=datetime.fromisoformat(at),
            user=user,
            action=action,
            request_ref=ref,
            details_json=details,
        )
        for seq, at, user, action, ref, details in session.execute(statement)
    ]


def count_audit_entries(
    session: Session, request_ref: str | None = None, action_prefix: str | None = None
) -> int:
    statement = (
        select(func.count()).select_from(_A).where(*_audit_conditions(request_ref, action_prefix))
    )
    return int(session.execute(statement).scalar() or 0)


def audit_actions(session: Session) -> list[str]:
    """The distinct actions present in the log, sorted (for the action filter)."""
    statement = select(_A.c.action).distinct().order_by(_A.c.action)
    return [str(action) for action in session.execute(statement).scalars()]

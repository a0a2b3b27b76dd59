"""Read-side queries for list screens, the dashboard and the CLI: rows built in SQL, fast with
100 000 requests, never loops over ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, column, exists, func, or_, select, table
from sqlalchemy.orm import Session

from dsr_desk.domain.requests import OPEN_STATUSES, InformationKind, RequestType, Status
from dsr_desk.domain.text import fold
from dsr_desk.storage import tables
from dsr_desk.storage.search_index import SEARCH_TABLE

_R, _P, _E = tables.requests, tables.requesters, tables.entities


@dataclass(frozen=True)
class RequestRow:
    reference: str
    type: str
    status: str
    requester: str
    email: str | None
    entity: str
    received_on: date
    due_on: date
    on_hold: bool
    extended: bool
    assignee: str | None
    days_left: int | None  # None once closed
    overdue: bool


@dataclass(frozen=True)
class RequestFilter:
    search: str = ""
    statuses: frozenset[Status] = field(default_factory=frozenset)
    types: frozenset[RequestType] = field(default_factory=frozenset)
    entity: str | None = None
    assignee: str | None = None
    open_only: bool = False
    overdue_only: bool = False
    due_within_days: int | None = None  # open, not on hold, due from today to today + N
    awaiting_identity_only: bool = False  # proof of identity asked and not yet received


def _open_values() -> list[str]:
    return [s.value for s in OPEN_STATUSES]


_Query = TypeVar("_Query", bound=Select[Any])


def escape_like(text: str) -> str:
    """``text`` with LIKE's ``%``, ``_`` and the escape ``\\`` itself taken literally."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_pattern(text: str) -> str:
    """``%text%`` with the user's own ``%``, ``_`` and ``\\`` taken literally (escape ``\\``)."""
    return f"%{escape_like(text)}%"


_SEARCH = table(SEARCH_TABLE, column("rowid"), column("haystack"))


def search_condition(search: str) -> ColumnElement[bool]:
    """Reference, name or e-mail contains ``search``, ignoring case and accents.

    Through the trigram index (``storage.search_index``) when the text allows it: three
    characters or more, without LIKE's own ``%`` and ``_``, which are then matched literally
    by a plain scan."""
    term = search.strip()
    folded = fold(term)
    if len(folded) >= 3 and not any(ch in folded for ch in "%_\\"):
        hits = select(_SEARCH.c.rowid).where(_SEARCH.c.haystack.like(f"%{folded}%"))
        return _R.c.id.in_(hits)
    return or_(
        func.lower(_R.c.reference).like(like_pattern(term.lower()), escape="\\"),
        _P.c.search_key.like(like_pattern(folded), escape="\\"),
    )


def _filtered(statement: _Query, flt: RequestFilter, today: date) -> _Query:
    if flt.search.strip():
        statement = statement.where(search_condition(flt.search))
    if flt.statuses:
        statement = statement.where(_R.c.status.in_([s.value for s in flt.statuses]))
    if flt.types:
        statement = statement.where(_R.c.type.in_([t.value for t in flt.types]))
    if flt.entity:  # exact name (the GUI's choice), or ASCII case-insensitive (typed)
        statement = statement.where(
            or_(_E.c.name == flt.entity, func.lower(_E.c.name) == flt.entity.lower())
        )
    if flt.assignee:
        statement = statement.where(_R.c.assignee == flt.assignee)
    if (
        flt.open_only
        or flt.overdue_only
        or flt.due_within_days is not None
        or (flt.awaiting_identity_only)
    ):
        statement = statement.where(_R.c.status.in_(_open_values()))
    if flt.overdue_only:
        statement = statement.where(and_(_R.c.due_on < today, _R.c.on_hold.is_(False)))
    if flt.due_within_days is not None:
        statement = statement.where(
            _R.c.on_hold.is_(False),
            _R.c.due_on >= today,
            _R.c.due_on <= today + timedelta(days=flt.due_within_days),
        )
    if flt.awaiting_identity_only:
        suspensions = tables.suspensions
        statement = statement.where(
            exists().where(
                suspensions.c.request_id == _R.c.id,
                suspensions.c.received_on.is_(None),
                suspensions.c.kind == InformationKind.IDENTITY.value,
            )
        )
    return statement


SORT_KEYS = {
    "reference": _R.c.reference,
    "type": _R.c.type,
    "requester": _P.c.name,
    "entity": _E.c.name,
    "received": _R.c.received_on,
    "due": _R.c.due_on,
    "days_left": _R.c.due_on,
    "status": _R.c.status,
}


def _row(record: Any, today: date, open_values: set[str]) -> RequestRow:
    is_open_row = str(record.status) in open_values
    return RequestRow(
        reference=record.reference,
        type=str(record.type),
        status=str(record.status),
        requester=record.requester,
        email=record.email,
        entity=record.entity,
        received_on=record.received_on,
        due_on=record.due_on,
        on_hold=record.on_hold,
        extended=record.extended_on is not None,
        assignee=record.assignee,
        days_left=(record.due_on - today).days if is_open_row else None,
        overdue=is_open_row and not record.on_hold and today > record.due_on,
    )


def list_requests_page(
    session: Session,
    today: date,
    flt: RequestFilter | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
    sort: str | None = None,
    descending: bool = False,
) -> tuple[list[RequestRow], int]:
    """Requests matching the filter, and how many match in all (-1 for later pages: the caller
    knows it already). Default order: most urgent first (open ones by due date, then closed
    ones by due date); or ``sort`` (a key of SORT_KEYS). Ordering and paging happen in the
    database."""
    flt = flt or RequestFilter()
    if sort is None and flt.search.strip():
        # A text search: its matches are few or scanned anyway; sort them in one read that
        # also counts them (see _sorted_by).
        records, total = _sorted_by(session, today, flt, limit, offset, None, False)
    elif sort is None:
        records = _urgent_first(session, today, flt, limit, offset)
        if offset:
            total = -1
        elif limit is None or len(records) < limit:
            total = len(records)  # all of them fit on this page: no need to count
        else:
            total = count_requests(session, today, flt)
    else:
        records, total = _sorted_by(session, today, flt, limit, offset, sort, descending)
    open_values = set(_open_values())
    return [_row(record, today, open_values) for record in records], total


def _row_select() -> Select[Any]:
    return (
        select(
            _R.c.reference,
            _R.c.type,
            _R.c.status,
            _P.c.name.label("requester"),
            _P.c.email,
            _E.c.name.label("entity"),
            _R.c.received_on,
            _R.c.due_on,
            _R.c.on_hold,
            _R.c.extended_on,
            _R.c.assignee,
        )
        .join(_P, _P.c.id == _R.c.requester_id)
        .join(_E, _E.c.id == _R.c.entity_id)
    )


def _urgent_first(
    session: Session, today: date, flt: RequestFilter, limit: int | None, offset: int
) -> list[Any]:
    """Open requests by due date, then closed ones: two ordered reads (each walks an index on
    the due date and stops at the page), instead of sorting every matching row by "is open"."""
    is_open = _R.c.status.in_(_open_values())
    base = _filtered(_row_select(), flt, today)
    order = (_R.c.due_on, _R.c.reference)
    records: list[Any] = []
    open_before = 0
    if offset:  # where this page starts: among the open requests, or already past them
        open_before = count_requests(session, today, flt, only_open=True)
    if not offset or offset < open_before:
        first = _slice(base.where(is_open).order_by(*order), limit, offset)
        records = list(session.execute(first).all())
    if limit is None or len(records) < limit:
        room = None if limit is None else limit - len(records)
        closed = _slice(base.where(~is_open).order_by(*order), room, max(0, offset - open_before))
        records += session.execute(closed).all()
    return records


def _slice(statement: Select[Any], limit: int | None, offset: int) -> Select[Any]:
    """At most ``limit`` rows (None: all) after the first ``offset``."""
    if limit is None and not offset:
        return statement
    return statement.limit(-1 if limit is None else limit).offset(offset)


def _sorted_by(
    session: Session,
    today: date,
    flt: RequestFilter,
    limit: int | None,
    offset: int,
    sort: str | None,
    descending: bool,
) -> tuple[list[Any], int]:
    """Rows in the order of one column (``None``: urgent first). A text search scans every row
    anyway: its matches are counted in the same scan (a window function); otherwise the count
    is nearly free."""
    statement = _row_select()
    one_scan = bool(flt.search.strip()) and offset == 0
    if one_scan:
        statement = statement.add_columns(func.count().over().label("total"))
    statement = _filtered(statement, flt, today)
    if sort is None:
        is_open = _R.c.status.in_(_open_values())
        statement = statement.order_by(is_open.desc(), _R.c.due_on, _R.c.reference)
    else:
        column = SORT_KEYS[sort]
        statement = statement.order_by(
            column.desc() if descending else column.asc(),
            _R.c.reference.desc() if descending else _R.c.reference.asc(),
        )
    if limit is not None:
        statement = statement.limit(limit).offset(offset)
    records = list(session.execute(statement).all())
    if one_scan:
        return records, int(records[0].total) if records else 0
    return records, (-1 if offset else count_requests(session, today, flt))


def list_requests(
    session: Session,
    today: date,
    flt: RequestFilter | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
    sort: str | None = None,
    descending: bool = False,
) -> list[RequestRow]:
    """The rows of :func:`list_requests_page` without the total."""
    rows, _total = list_requests_page(
        session, today, flt, limit=limit, offset=offset, sort=sort, descending=descending
    )
    return rows


def count_requests(
    session: Session, today: date, flt: RequestFilter | None = None, *, only_open: bool = False
) -> int:
    """How many requests match (open ones only if asked); joins only the tables needed."""
    flt = flt or RequestFilter()
    statement = select(func.count()).select_from(_R)
    if only_open:
        statement = statement.where(_R.c.status.in_(_open_values()))
    if flt.search.strip():
        statement = statement.join(_P, _P.c.id == _R.c.requester_id)
    if flt.entity:
        statement = statement.join(_E, _E.c.id == _R.c.entity_id)
    return int(session.execute(_filtered(statement, flt, today)).scalar() or 0)

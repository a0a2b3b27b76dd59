"""Read-side queries for the register and the CLI: rows built in SQL, fast with 100 000
requests, never loops over ORM objects.

The SQL is written by hand, in SQL that SQLite (the vault) and PostgreSQL (team mode) read
alike, and runs on a DB-API connection (``storage.plain_sql``, which also turns ``?`` into
psycopg's ``%s``): no SQLAlchemy, so the GUI can draw its first register page before
SQLAlchemy is imported. Values are always bound (``?``; dates as ``date``); the SQL text is put
together only from this module's fixed fragments, never from what the user typed. The one
part that differs is the text search (``search_condition``).
"""

# ruff: noqa: S608 - SQL assembled from this module's fixed fragments; every value is bound

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Final

from dsr_desk.domain.calendar import add_months
from dsr_desk.domain.limits import MAX_SEARCH, check_length
from dsr_desk.domain.request_kinds import OPEN_STATUSES, InformationKind, RequestType, Status
from dsr_desk.domain.text import find_named, fold, requester_search_key
from dsr_desk.storage.plain_sql import (
    NO_LIMIT,
    POSTGRESQL,
    Dialect,
    SqlConnection,
    as_date,
    dialect_of,
    placeholders,
    rows,
    scalar,
)
from dsr_desk.storage.search_index import SEARCH_TABLE

#: The values of the open statuses, as stored (bound into ``status IN (...)`` lists).
OPEN_STATUS_VALUES: Final = tuple(sorted(s.value for s in OPEN_STATUSES))


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
    capacity: str = "self"  # who makes it: self, representative, guardian, heir


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
    # waiting for the requester longer than its entity's setting (``Request.on_hold_too_long``)
    on_hold_too_long_only: bool = False

    def __post_init__(self) -> None:
        check_length(self.search, MAX_SEARCH, "The search text")


def escape_like(text: str) -> str:
    """``text`` with LIKE's ``%``, ``_`` and the escape ``\\`` itself taken literally."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_pattern(text: str) -> str:
    """``%text%`` with the user's own ``%``, ``_`` and ``\\`` taken literally (escape ``\\``)."""
    return f"%{escape_like(text)}%"


#: A condition: a fixed SQL fragment and the values bound to its ``?``, in order.
Condition = tuple[str, Sequence[Any]]


def in_list(column: str, values: Sequence[str], *, negate: bool = False) -> Condition:
    """``column IN (?, ...)`` (or ``NOT IN``) and its values, for a fixed ``column``."""
    operator = "NOT IN" if negate else "IN"
    return f"{column} {operator} ({placeholders(len(values))})", tuple(values)


class Where:
    """A WHERE clause: fixed SQL fragments joined by AND, and their bound values in order."""

    def __init__(self) -> None:
        self.fragments: list[str] = []
        self.params: list[Any] = []

    def add(self, fragment: str, *params: Any) -> None:
        """One more condition, with the values of its ``?`` in order."""
        self.fragments.append(fragment)
        self.params.extend(params)

    def add_condition(self, condition: Condition) -> None:
        fragment, params = condition
        self.add(fragment, *params)

    def sql(self) -> str:
        """`` WHERE a AND b`` (empty when there is no condition)."""
        return f" WHERE {' AND '.join(self.fragments)}" if self.fragments else ""


# -- the register's filter -------------------------------------------------------------------

# A request ``r`` (the aliases every query here uses: requests r, requesters p, entities e).
ROW_COLUMNS = (
    "r.reference, r.type, r.status, p.name, p.email, e.name, r.received_on, r.due_on, "
    "r.on_hold, r.extended_on, r.assignee, r.capacity"
)
_JOIN_REQUESTER = " JOIN requesters p ON p.id = r.requester_id"
_JOIN_ENTITY = " JOIN entities e ON e.id = r.entity_id"
ROW_FROM = f"requests r{_JOIN_REQUESTER}{_JOIN_ENTITY}"
_AWAITING_IDENTITY = (
    "EXISTS (SELECT 1 FROM suspensions s WHERE s.request_id = r.id "
    "AND s.received_on IS NULL AND s.kind = ?)"
)


def uses_search_index(search: str) -> bool:
    """Whether ``search`` goes through the trigram index (else: a scan with LIKE)."""
    folded = fold(search.strip())
    return len(folded) >= 3 and not any(ch in folded for ch in "%_\\")


# A short search (one or two characters) matches much of the register: past this many matches,
# walking the urgent-first indexes until the page is full beats sorting every match.
DENSE_MATCHES = 2000


def search_condition(
    search: str, dialect: Dialect = "sqlite", db: SqlConnection | None = None
) -> Condition:
    """Reference, name or e-mail contains ``search``, ignoring case and accents: a condition on
    ``requests r`` joined to ``requesters p``, and its bound values.

    On SQLite, through the trigram index (``storage.search_index``) when the text allows it:
    three characters or more, without LIKE's own ``%`` and ``_``, which are then matched
    literally by a plain scan. On PostgreSQL: ``_team_search_condition`` (``db``, the team
    database's connection, gives the blind index's key; without it, the reference only)."""
    term = search.strip()
    folded = fold(term)
    if dialect == POSTGRESQL:
        return _team_search_condition(term, db)
    if uses_search_index(search):
        hits = f"SELECT rowid FROM {SEARCH_TABLE} WHERE haystack LIKE ?"
        return f"r.id IN ({hits})", (f"%{folded}%",)
    return _SCAN_SEARCH, (like_pattern(term.lower()), like_pattern(folded))


_SCAN_SEARCH: Final = "(lower(r.reference) LIKE ? ESCAPE '\\' OR p.search_key LIKE ? ESCAPE '\\')"


#: PostgreSQL: requests whose reference matches (the ``pg_trgm`` index on ``lower(reference)``
#: answers it), or whose requester holds the term's blind-index tokens.
_TEAM_REFERENCE: Final = (
    "r.id IN (SELECT id FROM requests WHERE lower(reference) LIKE ? ESCAPE '\\')"
)


def _team_search_condition(term: str, db: SqlConnection | None) -> Condition:
    """The search on PostgreSQL (team mode): the reference through its ``pg_trgm`` index
    (``storage.search_index``: references hold no personal data); names and e-mails, which
    are encrypted there, through the keyed blind index (``storage.blind_index``: HMAC tokens
    of the folded trigrams, or of the whole word for one or two characters), so that case and
    accents are ignored as on a workstation."""
    reference = like_pattern(term.lower())
    if db is None:
        return f"({_TEAM_REFERENCE})", (reference,)
    people, values = team_people_condition(db, term, "r.requester_id")
    return f"({_TEAM_REFERENCE} OR {people})", (reference, *values)


def team_people_condition(db: SqlConnection, term: str, requester_id: str) -> Condition:
    """On a team database: ``requester_id`` (a column) is a requester whose folded name or
    e-mail contains ``term``. Three characters or more: through the blind index. One or two:
    as a workstation's scan, the requesters' names and e-mails are read and decrypted here
    (the server holds no token of single letters: they would tell too much)."""
    from dsr_desk.storage.team_crypto import search_sql, team_cipher_for

    cipher = team_cipher_for(db)
    if uses_search_index(term):
        people, tokens = search_sql(cipher, term)
        return f"{requester_id} IN ({people})", tokens
    folded = fold(term.strip())
    found = [
        int(person_id)
        for person_id, name, email in rows(db, "SELECT id, name, email FROM requesters")
        if folded
        in requester_search_key(
            cipher.open("requesters.name", name),
            None if email is None else cipher.open("requesters.email", email),
        )
    ]
    return f"{requester_id} = ANY(?)", (found,)


def _entity_resolved(db: SqlConnection, flt: RequestFilter) -> RequestFilter:
    """The filter with its entity as stored: the name the GUI picked, or one typed with other
    case or accents ("ecole pilote" → "École Pilote"), matched as the services match it
    (``domain.text.find_named``). A name that matches none is kept: it finds nothing."""
    if not flt.entity:
        return flt
    stored = find_named(entity_names(db), flt.entity, str)
    return flt if stored is None or stored == flt.entity else replace(flt, entity=stored)


def _needs_open(flt: RequestFilter) -> bool:
    """Whether the filter keeps open requests only."""
    return (
        flt.open_only
        or flt.overdue_only
        or flt.due_within_days is not None
        or flt.awaiting_identity_only
        or flt.on_hold_too_long_only
    )


def _filtered(where: Where, flt: RequestFilter, today: date, db: SqlConnection) -> Where:
    """Add the filter's conditions on ``requests r`` (``p`` and ``e`` joined as needed)."""
    if flt.search.strip():
        where.add_condition(search_condition(flt.search, dialect_of(db), db))
    if flt.statuses:
        where.add_condition(in_list("r.status", sorted(s.value for s in flt.statuses)))
    if flt.types:
        where.add_condition(in_list("r.type", sorted(t.value for t in flt.types)))
    if flt.entity:  # the stored name: see _entity_resolved
        where.add("e.name = ?", flt.entity)
    if flt.assignee:
        # as the request file shows it: the same name whatever its case ("Mine")
        where.add("lower(r.assignee) = lower(?)", " ".join(flt.assignee.split()))
    if _needs_open(flt):
        where.add_condition(in_list("r.status", OPEN_STATUS_VALUES))
    if flt.overdue_only:
        where.add("r.due_on < ? AND r.on_hold = FALSE", today)
    if flt.due_within_days is not None:
        last = today + timedelta(days=flt.due_within_days)
        where.add("r.on_hold = FALSE AND r.due_on >= ? AND r.due_on <= ?", today, last)
    if flt.awaiting_identity_only:
        where.add(_AWAITING_IDENTITY, InformationKind.IDENTITY.value)
    if flt.on_hold_too_long_only:
        where.add(_ON_HOLD_TOO_LONG, *on_hold_cutoffs(today))
    return where


#: The months an entity may set before a request on hold is flagged (``Entity.on_hold_months``).
ON_HOLD_MONTHS: Final = range(1, 25)
_ON_HOLD_TOO_LONG = (
    "EXISTS (SELECT 1 FROM suspensions s JOIN entities eh ON eh.id = r.entity_id "
    "WHERE s.request_id = r.id AND s.received_on IS NULL AND s.asked_on < (CASE eh.on_hold_months "
    + " ".join("WHEN ? THEN ?" for _ in ON_HOLD_MONTHS)
    + " END))"
)


def on_hold_cutoffs(today: date) -> list[Any]:
    """For each setting of months: the first day an information asked on is not yet on hold
    too long on ``today`` (the domain's rule, ``Request.on_hold_too_long``: too long when
    ``add_months(asked_on, months) < today``; ``add_months`` never decreases, so it is a day
    before which every ask is too long), as the values bound to ``_ON_HOLD_TOO_LONG``."""
    values: list[Any] = []
    for months in ON_HOLD_MONTHS:
        lo, hi = today - timedelta(days=31 * months + 4), today
        while lo < hi:  # the first day x with add_months(x, months) >= today
            mid = lo + (hi - lo) // 2
            if add_months(mid, months) < today:
                lo = mid + timedelta(days=1)
            else:
                hi = mid
        values += [months, lo]
    return values


#: Sort key → the fixed SQL expression the register orders by (never user text).
SORT_KEYS: Final = {
    "reference": "r.reference",
    "type": "r.type",
    "requester": "p.name",
    "entity": "e.name",
    "received": "r.received_on",
    "due": "r.due_on",
    "days_left": "r.due_on",
    "status": "r.status",
}


def request_row(record: tuple[Any, ...], today: date) -> RequestRow:
    """A row of ``ROW_COLUMNS`` (dates as ``YYYY-MM-DD`` text or ``date``, booleans as 0/1 or
    ``bool``: SQLite's or PostgreSQL's)."""
    reference, rtype, status, requester, email, entity = record[:6]
    received_on, due_on = as_date(record[6]), as_date(record[7])
    is_open_row = status in OPEN_STATUS_VALUES
    # a closed request is never on hold (the column keeps what was awaited when it closed)
    on_hold = bool(record[8]) and is_open_row
    extended_on, assignee = record[9], record[10]
    return RequestRow(
        reference=reference,
        type=str(rtype),
        status=str(status),
        requester=requester,
        email=email,
        entity=entity,
        received_on=received_on,
        due_on=due_on,
        on_hold=on_hold,
        extended=extended_on is not None,
        assignee=assignee,
        days_left=(due_on - today).days if is_open_row else None,
        overdue=is_open_row and not on_hold and today > due_on,
        capacity=str(record[11]),
    )


#: The personal columns of ``ROW_COLUMNS``: their place → the column they come from.
_PERSONAL_ROW_COLUMNS: Final = {3: "requesters.name", 4: "requesters.email"}


def request_rows(
    db: SqlConnection, records: Sequence[tuple[Any, ...]], today: date
) -> list[RequestRow]:
    """``request_row`` of each record of ``ROW_COLUMNS`` read on ``db``: on a team database the
    requester's name and e-mail arrive encrypted, and are decrypted here."""
    return [request_row(record, today) for record in reveal(db, records, _PERSONAL_ROW_COLUMNS)]


def reveal(
    db: SqlConnection, records: Sequence[tuple[Any, ...]], personal: Mapping[int, str]
) -> list[tuple[Any, ...]]:
    """The records with their personal columns (place → ``table.column``) decrypted, on a
    team database (``storage.team_crypto``); as they are on a workstation."""
    if dialect_of(db) != POSTGRESQL:
        return list(records)
    from dsr_desk.storage.team_crypto import team_cipher_for

    cipher = team_cipher_for(db)
    opened = []
    for record in records:
        values = list(record)
        for place, label in personal.items():
            if values[place] is not None:
                values[place] = cipher.open(label, values[place])
        opened.append(tuple(values))
    return opened


# -- the register's pages --------------------------------------------------------------------


def list_requests_page(
    db: SqlConnection,
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
    flt = _entity_resolved(db, flt or RequestFilter())
    if sort is not None:
        if dialect_of(db) == POSTGRESQL and sort in CLIENT_SORTED_ON_TEAM:
            return _sorted_by_client(db, today, flt, limit, offset, sort, descending)
        records, total = _sorted_by(db, today, flt, limit, offset, sort, descending)
        return request_rows(db, records, today), total
    search = flt.search.strip()
    known_total: int | None = None
    if search and not uses_search_index(search) and not offset:
        # One or two characters: a scan that often matches most of the register. Count first
        # (it says how dense the matches are); many matches: walk the urgent-first indexes,
        # which fill the page quickly, instead of sorting every match.
        known_total = count_requests(db, today, flt)
        if known_total == 0:
            return [], 0  # no second scan for nothing
    walk = not search or (
        not uses_search_index(search) and (offset > 0 or (known_total or 0) > DENSE_MATCHES)
    )
    if not walk:
        # A selective text search: its matches are few; sort them in one read that also
        # counts them (see _sorted_by).
        records, total = _sorted_by(db, today, flt, limit, offset, None, False)
    else:
        records = _urgent_first(db, today, flt, limit, offset)
        if offset:
            total = -1
        elif known_total is not None:
            total = known_total
        elif limit is None or len(records) < limit:
            total = len(records)  # all of them fit on this page: no need to count
        else:
            total = count_requests(db, today, flt)
    return request_rows(db, records, today), total


#: Sort keys on an encrypted column: on a team database the server cannot order by them, so
#: the client sorts the filtered set (every matching row read, decrypted, sorted, then paged).
CLIENT_SORTED_ON_TEAM: Final = frozenset({"requester"})


def _sorted_by_client(
    db: SqlConnection,
    today: date,
    flt: RequestFilter,
    limit: int | None,
    offset: int,
    sort: str,
    descending: bool,
) -> tuple[list[RequestRow], int]:
    where = _filtered(Where(), flt, today, db)
    every = request_rows(db, _read_rows(db, where, _BY_DUE_DATE, None, 0), today)
    every.sort(key=lambda row: row.reference, reverse=descending)
    every.sort(key=lambda row: fold(row.requester), reverse=descending)  # stable: ties by ref
    end = None if limit is None else offset + limit
    return every[offset:end], (-1 if offset else len(every))


def _paging(limit: int | None, offset: int) -> Condition:
    """`` LIMIT ? OFFSET ?`` for at most ``limit`` rows (None: all) after the first
    ``offset`` (nothing when it is all of them)."""
    if limit is None and not offset:
        return "", ()
    return " LIMIT ? OFFSET ?", (NO_LIMIT if limit is None else limit, offset)


def _read_rows(
    db: SqlConnection,
    where: Where,
    order_by: Condition,
    limit: int | None,
    offset: int,
    *,
    with_total: bool = False,
) -> list[tuple[Any, ...]]:
    """Request rows (``ROW_COLUMNS``, then the count of every match if ``with_total``) in the
    given order, one page of them."""
    columns = f"{ROW_COLUMNS}, count(*) OVER ()" if with_total else ROW_COLUMNS
    order_sql, order_params = order_by
    paging_sql, paging_params = _paging(limit, offset)
    sql = f"SELECT {columns} FROM {ROW_FROM}{where.sql()} ORDER BY {order_sql}{paging_sql}"
    return rows(db, sql, [*where.params, *order_params, *paging_params])


_BY_DUE_DATE: Final[Condition] = ("r.due_on, r.reference", ())


def _urgent_first(
    db: SqlConnection, today: date, flt: RequestFilter, limit: int | None, offset: int
) -> list[tuple[Any, ...]]:
    """Open requests by due date, then closed ones: two ordered reads (each walks an index on
    the due date and stops at the page), instead of sorting every matching row by "is open"."""
    records: list[tuple[Any, ...]] = []
    open_before = 0
    if offset:  # where this page starts: among the open requests, or already past them
        open_before = count_requests(db, today, flt, only_open=True)
    if not offset or offset < open_before:
        where = _filtered(Where(), flt, today, db)
        where.add_condition(in_list("r.status", OPEN_STATUS_VALUES))
        records = _read_rows(db, where, _BY_DUE_DATE, limit, offset)
    if limit is None or len(records) < limit:
        room = None if limit is None else limit - len(records)
        where = _filtered(Where(), flt, today, db)
        where.add_condition(in_list("r.status", OPEN_STATUS_VALUES, negate=True))
        records += _read_rows(db, where, _BY_DUE_DATE, room, max(0, offset - open_before))
    return records


def _order_by(sort: str | None, descending: bool) -> Condition:
    """The ORDER BY of one sort key (``None``: open requests first, then by due date)."""
    if sort is None:
        is_open, values = in_list("r.status", OPEN_STATUS_VALUES)
        return f"{is_open} DESC, r.due_on, r.reference", values
    direction = "DESC" if descending else "ASC"
    return f"{SORT_KEYS[sort]} {direction}, r.reference {direction}", ()


def _sorted_by(
    db: SqlConnection,
    today: date,
    flt: RequestFilter,
    limit: int | None,
    offset: int,
    sort: str | None,
    descending: bool,
) -> tuple[list[tuple[Any, ...]], int]:
    """Rows in the order of one column (``None``: urgent first). A text search scans every row
    anyway: its matches are counted in the same scan (a window function); otherwise the count
    is nearly free."""
    one_scan = bool(flt.search.strip()) and offset == 0
    where = _filtered(Where(), flt, today, db)
    records = _read_rows(db, where, _order_by(sort, descending), limit, offset, with_total=one_scan)
    if one_scan:
        return records, int(records[0][-1]) if records else 0
    return records, (-1 if offset else count_requests(db, today, flt))


def list_requests(
    db: SqlConnection,
    today: date,
    flt: RequestFilter | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
    sort: str | None = None,
    descending: bool = False,
) -> list[RequestRow]:
    """The rows of :func:`list_requests_page` without the total."""
    found, _total = list_requests_page(
        db, today, flt, limit=limit, offset=offset, sort=sort, descending=descending
    )
    return found


def count_requests(
    db: SqlConnection, today: date, flt: RequestFilter | None = None, *, only_open: bool = False
) -> int:
    """How many requests match (open ones only if asked); joins only the tables needed."""
    flt = _entity_resolved(db, flt or RequestFilter())
    where = Where()
    if only_open:
        where.add_condition(in_list("r.status", OPEN_STATUS_VALUES))
    _filtered(where, flt, today, db)
    joins = (_JOIN_REQUESTER if flt.search.strip() else "") + (_JOIN_ENTITY if flt.entity else "")
    sql = f"SELECT count(*) FROM requests r{joins}{where.sql()}"
    return int(scalar(db, sql, where.params) or 0)


# -- entities ----------------------------------------------------------------------------------


def entity_names(db: SqlConnection) -> list[str]:
    """Every entity's name, in creation order (as ``uow.entities.list()`` lists them)."""
    return [str(name) for (name,) in rows(db, "SELECT name FROM entities ORDER BY id")]


def matching(db: SqlConnection, today: date, flt: RequestFilter | None = None) -> Where:
    """The WHERE clause of the requests matching ``flt`` (on ``ROW_FROM``'s aliases), for
    reads of other columns than the register's rows (``services.read.register_export``)."""
    return _filtered(Where(), _entity_resolved(db, flt or RequestFilter()), today, db)

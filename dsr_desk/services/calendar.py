"""Calendar exports (.ics) of request deadlines: one request, or every open request.

The list of open requests is the register's read (``services.read.queries``) over the stored
(denormalised) ``due_on``: fast with 100 000 requests, no ORM objects loaded. While a request
is not extended its stored due date is the one-month due date, which is also the
extension-notice deadline (rules.md §1); once extended the stored date is the extended one and
there is no notice deadline left.

Every export is audited (what was exported and whether names were included), since the file
leaves the encrypted vault.
"""

from __future__ import annotations

from dsr_desk.domain.requests import parse_reference
from dsr_desk.domain.roles import Action
from dsr_desk.export.ics import DEFAULT_UID_DOMAIN, DeadlineItem, build_calendar
from dsr_desk.services.loading import load_request
from dsr_desk.services.read.queries import RequestFilter, list_requests
from dsr_desk.storage.unit_of_work import SqlUnitOfWork, UnitOfWork

__all__ = ["open_deadlines_calendar", "request_calendar", "uid_domain"]


def uid_domain(vault_id: str | None) -> str:
    """Events of different vaults never share a UID; without a vault id, a fixed domain."""
    return f"{vault_id}.{DEFAULT_UID_DOMAIN}" if vault_id else DEFAULT_UID_DOMAIN


def _event_count(data: bytes) -> int:
    return data.count(b"\r\nBEGIN:VEVENT\r\n")


def request_calendar(
    uow: UnitOfWork,
    reference: str,
    *,
    vault_id: str | None = None,
    include_names: bool = False,
) -> bytes:
    """The deadlines of one request; a closed request's events come out cancelled, so that
    importing the file removes the events an earlier export put in the calendar."""
    ref = parse_reference(reference)
    with uow:
        request = load_request(uow, ref)
        schedule = request.deadlines()
        item = DeadlineItem(
            reference=request.reference,
            type=request.type.value,
            entity=request.entity.name,
            received_on=request.received_on,
            due_on=schedule.effective_due(request.is_extended),
            notice_by=None if request.is_extended else schedule.extension_notice_by,
            extended=request.is_extended,
            on_hold=schedule.on_hold_since is not None,
            closed=not request.is_open,
            requester=request.requester.name if include_names else None,
        )
        data = build_calendar(
            [item],
            stamp=uow.clock.now(),
            uid_domain=uid_domain(vault_id),
            title=f"DSR Desk — {request.reference}",
        )
        uow.record(
            "calendar.exported",
            request.reference,
            events=_event_count(data),
            names=include_names,
        )
        uow.commit()
        return data


def open_deadlines_calendar(
    uow: SqlUnitOfWork,
    *,
    vault_id: str | None = None,
    include_names: bool = False,
) -> bytes:
    """The deadlines of every open request, most urgent first (the register's rows, read by
    the read side in the export's own transaction, which also records the export)."""
    uow.require(Action.REPORTS)
    with uow:
        open_requests = list_requests(
            uow.dbapi_connection, uow.clock.today(), RequestFilter(open_only=True)
        )
        items = [
            DeadlineItem(
                reference=row.reference,
                type=row.type,
                entity=row.entity,
                received_on=row.received_on,
                due_on=row.due_on,
                notice_by=None if row.extended else row.due_on,
                extended=row.extended,
                on_hold=row.on_hold,
                requester=row.requester if include_names else None,
            )
            for row in open_requests
        ]
        data = build_calendar(items, stamp=uow.clock.now(), uid_domain=uid_domain(vault_id))
        uow.record(
            "calendar.exported",
            None,
            requests=len(items),
            events=_event_count(data),
            names=include_names,
        )
        uow.commit()
        return data

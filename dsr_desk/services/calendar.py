"""Calendar exports (.ics) of request deadlines: one request, or every open request.

The list of open requests is one SQL query over the stored (denormalised) ``due_on``: fast
with 100 000 requests, no ORM objects loaded. While a request is not extended its stored due
date is the one-month due date, which is also the extension-notice deadline (rules.md §1);
once extended the stored date is the extended one and there is no notice deadline left.

Every export is audited (what was exported and whether names were included), since the file
leaves the encrypted vault.
"""

from __future__ import annotations

from sqlalchemy import select

from dsr_desk.domain.requests import OPEN_STATUSES, parse_reference
from dsr_desk.export.ics import DEFAULT_UID_DOMAIN, DeadlineItem, build_calendar
from dsr_desk.services.loading import load_request
from dsr_desk.storage import tables
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
    """The deadlines of every open request, most urgent first."""
    requests, entities, requesters = tables.requests, tables.entities, tables.requesters
    columns = [
        requests.c.reference,
        requests.c.type,
        entities.c.name.label("entity"),
        requests.c.received_on,
        requests.c.due_on,
        requests.c.extended_on,
        requests.c.on_hold,
    ]
    statement = select(*columns).join(entities, entities.c.id == requests.c.entity_id)
    if include_names:
        statement = statement.add_columns(requesters.c.name.label("requester")).join(
            requesters, requesters.c.id == requests.c.requester_id
        )
    statement = statement.where(
        requests.c.status.in_([status.value for status in OPEN_STATUSES])
    ).order_by(requests.c.due_on, requests.c.reference)
    with uow:
        items = [
            DeadlineItem(
                reference=row.reference,
                type=str(row.type),
                entity=row.entity,
                received_on=row.received_on,
                due_on=row.due_on,
                notice_by=None if row.extended_on is not None else row.due_on,
                extended=row.extended_on is not None,
                on_hold=bool(row.on_hold),
                requester=row.requester if include_names else None,
            )
            for row in uow.session.execute(statement)
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

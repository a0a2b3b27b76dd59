"""CLI commands on requests: add, list, show, extend, close, ask, received, start, verify."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from dsr_desk.cli.context import CliContext
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.request_actions import ExtensionState
from dsr_desk.domain.requests import Capacity, Channel, InformationKind, RequestType
from dsr_desk.domain.verification import VerificationMethod, VerificationOutcome
from dsr_desk.read_models import RequestDetail, jsonable
from dsr_desk.services import requests as request_service
from dsr_desk.services.read import queries


def _print_detail(detail: RequestDetail, as_json: bool) -> None:
    if as_json:
        print(json.dumps(detail.to_json(), ensure_ascii=False, indent=2))
        return
    state = detail.status + (" (extended)" if detail.extended_on else "")
    state += "  [archive only: read-only, restricted]" if detail.archive_only else ""
    print(f"{detail.reference}  {detail.type}  {state}")
    print(
        f"  Requester:  {detail.requester_name}"
        + (f" <{detail.requester_email}>" if detail.requester_email else "")
    )
    if detail.capacity != "self":
        print(f"  Made by:    {detail.capacity}, for {detail.subject_name or '—'}")
    print(f"  Entity:     {detail.entity} ({detail.entity_role})")
    print(f"  Assigned:   {detail.assignee or 'nobody'}")
    print(f"  Received:   {detail.received_on:%d/%m/%Y} by {detail.channel}")
    print(
        f"  Due:        {detail.effective_due:%d/%m/%Y}"
        + ("  OVERDUE" if detail.overdue else "")
        + (f"  on hold since {detail.on_hold_since:%d/%m/%Y}" if detail.on_hold_since else "")
    )
    if detail.closed_on:
        print(
            f"  Closed:     {detail.closed_on:%d/%m/%Y} ({detail.outcome})"
            + (f" — {detail.outcome_reason}" if detail.outcome_reason else "")
        )
        if detail.outcome_granted:
            print(f"  Granted:    {detail.outcome_granted}")
        if detail.outcome_withheld:
            print(f"  Withheld:   {detail.outcome_withheld}")
    if detail.on_hold_too_long:
        print("  On hold too long: close it for lack of reply (--outcome unanswered)?")
    if detail.rights is not None:
        print(f"  Right:      {detail.rights.article}")
    print(f"  Identity:   {'verified' if detail.identity_verified else 'not verified'}")
    if detail.capacity_proof_missing:
        print("  Capacity:   no mandate or proof of capacity in the file yet")
    if detail.linked:
        linked = ", ".join(f"{r.reference} ({r.type}, {r.status})" for r in detail.linked)
        print(f"  Linked:     {linked} — asked in the same message")
    print(f"  Extension:  {_extension_words(detail)}")
    print("  Deadline:")
    for line in detail.explanation:
        print(f"    {line}")
    if detail.timeline:
        print("  Timeline:")
        for event in detail.timeline:
            print(f"    {event.at[:16].replace('T', ' ')}  {event.user}  {event.action}")


def _extension_words(detail: RequestDetail) -> str:
    """The domain's extension facts of the day (``detail.extension``), on one line."""
    outlook = detail.extension
    if outlook.state is ExtensionState.EXTENDED:
        return (
            f"extended to {outlook.extended_due:%d/%m/%Y} — reasons: "
            f"{detail.extension_reason or '—'}"
        )
    if outlook.state is ExtensionState.NOT_EXTENDED:
        return "not extended"
    if outlook.state is ExtensionState.NOT_ALLOWED:
        return "not allowed for this right"
    if outlook.state is ExtensionState.TOO_LATE:
        return (
            f"not extended; too late (the requester had to be told by {outlook.notice_by:%d/%m/%Y})"
        )
    left = outlook.days_left
    days = "today is the last day" if outlook.last_day else f"{left} day{'s' * (left != 1)} left"
    return (
        f"possible until {outlook.notice_by:%d/%m/%Y} ({days}); "
        f"due {outlook.extended_due:%d/%m/%Y} if extended"
    )


def cmd_add(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.unit_of_work() as uow:
        detail = request_service.register_request(
            uow,
            type=RequestType.parse(args.type),
            received_on=args.received,
            name=args.name,
            email=args.email,
            address=args.address or "",
            entity=args.entity,
            channel=Channel.parse(args.channel),
            summary=args.summary or "",
            language=args.lang,
            assignee=args.assignee,
            civility=args.civility,
            capacity=Capacity.parse(args.capacity),
            subject_name=args.subject_name,
            also=[RequestType.parse(other) for other in args.also],
        )
    print(detail.reference)
    for linked in detail.linked:
        print(linked.reference)
    return 0


def cmd_edit_requester(ctx: CliContext, args: argparse.Namespace) -> int:
    if all(v is None for v in (args.name, args.email, args.address, args.lang)):
        raise ValidationError("Give what to correct: --name, --email, --address or --lang.")
    with ctx.unit_of_work() as uow:
        detail = request_service.edit_requester(
            uow,
            args.ref,
            name=args.name,
            email=args.email,
            address=None if args.address is None else args.address.replace("\\n", "\n"),
            language=args.lang,
        )
    print(
        f"{detail.reference}: requester {detail.requester_name}"
        + (f" <{detail.requester_email}>" if detail.requester_email else "")
        + f" ({detail.requester_language})"
    )
    return 0


def cmd_assign(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.unit_of_work() as uow:
        detail = request_service.assign(uow, args.ref, args.to)
    print(f"{detail.reference}: assigned to {detail.assignee or 'nobody'}")
    return 0


def cmd_notify(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.unit_of_work() as uow:
        detail = request_service.record_recipient_notice(uow, args.ref, args.recipient, args.on)
    notice = detail.recipient_notices[-1]
    print(f"{detail.reference}: {notice.recipient} notified on {notice.notified_on:%d/%m/%Y}")
    return 0


def cmd_list(ctx: CliContext, args: argparse.Namespace) -> int:
    flt = queries.RequestFilter(
        search=args.search or "",
        types=frozenset({RequestType.parse(args.type)}) if args.type else frozenset(),
        entity=args.entity,
        open_only=args.open,
        overdue_only=args.overdue,
        on_hold_too_long_only=args.on_hold_too_long,
    )
    with ctx.unit_of_work() as uow, uow:
        rows = queries.list_requests(uow.dbapi_connection, ctx.clock.today(), flt, limit=args.limit)
    if args.json:
        print(json.dumps([jsonable(asdict(row)) for row in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("No requests match.")
        return 0
    for row in rows:
        if row.days_left is None:
            left = row.status
        elif row.on_hold:
            left = "on hold"
        elif row.overdue:
            left = f"OVERDUE {-row.days_left}d"
        else:
            left = f"{row.days_left}d left"
        print(
            f"{row.reference:<15} {row.type:<19} {row.requester[:28]:<28} "
            f"{row.received_on:%d/%m/%Y}  due {row.due_on:%d/%m/%Y}  {left}"
        )
    return 0


def cmd_show(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.unit_of_work() as uow:
        detail = request_service.get_request(uow, args.ref, consult_reason=args.reason)
        _print_detail(detail, args.json)
    return 0


def _done(detail: RequestDetail, message: str) -> int:
    print(f"{detail.reference}: {message}")
    return 0


def cmd_extend(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.unit_of_work() as uow:
        detail = request_service.extend(uow, args.ref, args.reason)
    return _done(detail, f"extended; now due {detail.effective_due:%d/%m/%Y}")


def cmd_close(ctx: CliContext, args: argparse.Namespace) -> int:
    outcome = request_service.parse_outcome(args.outcome)
    with ctx.unit_of_work() as uow:
        detail = request_service.close(
            uow,
            args.ref,
            outcome,
            reason=args.reason,
            on=args.on,
            granted=args.granted,
            withheld=args.withheld,
        )
    if not detail.answer_sent:
        print(
            f"dsr-desk: warning: no answer to {detail.reference} was recorded as sent "
            "(closed all the same).",
            file=sys.stderr,
        )
    code = _done(detail, f"closed as {detail.outcome} on {detail.closed_on:%d/%m/%Y}")
    if detail.rights is not None and detail.outcome == "completed":
        for kind, article in detail.rights.follow_ups:
            print(f"{detail.reference}: follow-up: {kind} ({article})")
    return code


def cmd_ask(ctx: CliContext, args: argparse.Namespace) -> int:
    amount = None if args.amount is None else request_service.parse_amount(args.amount)
    with ctx.unit_of_work() as uow:
        detail = request_service.ask_for_information(
            uow,
            args.ref,
            InformationKind(args.kind),
            args.reason,
            asked_on=args.on,
            late_reason=args.late_reason,
            unmatched=args.cannot_match,
            amount=amount,
            means=args.means or (),
        )
    return _done(detail, f"waiting for {args.kind} since {detail.on_hold_since:%d/%m/%Y}")


def cmd_received(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.unit_of_work() as uow:
        detail = request_service.information_received(uow, args.ref, received_on=args.on)
    return _done(detail, f"information received; now due {detail.effective_due:%d/%m/%Y}")


def cmd_start(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.unit_of_work() as uow:
        detail = request_service.start_processing(uow, args.ref)
    return _done(detail, "in progress")


def cmd_verify(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.unit_of_work() as uow:
        detail = request_service.record_identity_check(
            uow,
            args.ref,
            VerificationMethod.parse(args.method),
            checked_by=args.by,
            checked_on=args.on,
            document_kind=args.document_kind,
            number_last_chars=args.number_ending,
            outcome=VerificationOutcome.FAILED if args.failed else VerificationOutcome.VERIFIED,
        )
    return _done(detail, "identity check recorded")

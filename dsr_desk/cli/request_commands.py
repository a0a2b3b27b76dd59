"""CLI commands on requests: add, list, export, show, extend, close, ask, received, start,
verify."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from dsr_desk.cli.audit_words import action_words
from dsr_desk.cli.context import CliContext
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.request_actions import ExtensionState
from dsr_desk.domain.requests import Capacity, Channel, InformationKind, RequestType
from dsr_desk.domain.verification import VerificationMethod, VerificationOutcome
from dsr_desk.export import check_target
from dsr_desk.export.register_file import RegisterFormat, write_register
from dsr_desk.messages import N_, _, display_language, ngettext
from dsr_desk.read_models import RequestDetail, jsonable
from dsr_desk.services import requests as request_service
from dsr_desk.services.read import queries
from dsr_desk.services.register_export import export_register_entries

# The labels of `request show`, aligned on the longest in the display language.
_LABELS = (
    N_("Requester:"),
    N_("Made by:"),
    N_("Entity:"),
    N_("Assigned:"),
    N_("Received:"),
    N_("Due:"),
    N_("Closed:"),
    N_("Granted:"),
    N_("Withheld:"),
    N_("Right:"),
    N_("Identity:"),
    N_("Capacity:"),
    N_("Linked:"),
    N_("Extension:"),
)


def _line(label: str, value: str) -> str:
    """``  Requester:  Jeanne Martin`` (``label`` already translated)."""
    width = max(len(_(text)) for text in _LABELS) + 2
    return f"  {label:<{width}}{value}"


def _print_detail(detail: RequestDetail, as_json: bool) -> None:
    if as_json:
        print(json.dumps(detail.to_json(), ensure_ascii=False, indent=2))
        return
    state = detail.status + (" " + _("(extended)") if detail.extended_on else "")
    state += "  " + _("[archive only: read-only, restricted]") if detail.archive_only else ""
    print(f"{detail.reference}  {detail.type}  {state}")
    print(
        _line(_("Requester:"), detail.requester_name)
        + (f" <{detail.requester_email}>" if detail.requester_email else "")
    )
    if detail.capacity != "self":
        print(
            _line(
                _("Made by:"),
                _("{capacity}, for {subject}").format(
                    capacity=detail.capacity, subject=detail.subject_name or "—"
                ),
            )
        )
    print(_line(_("Entity:"), f"{detail.entity} ({detail.entity_role})"))
    print(_line(_("Assigned:"), detail.assignee or _("nobody")))
    print(
        _line(
            _("Received:"),
            _("{date} by {channel}").format(
                date=f"{detail.received_on:%d/%m/%Y}", channel=detail.channel
            ),
        )
    )
    print(
        _line(_("Due:"), f"{detail.effective_due:%d/%m/%Y}")
        + ("  " + _("OVERDUE") if detail.overdue else "")
        + (
            "  " + _("on hold since {date}").format(date=f"{detail.on_hold_since:%d/%m/%Y}")
            if detail.on_hold_since
            else ""
        )
    )
    if detail.closed_on:
        print(
            _line(_("Closed:"), f"{detail.closed_on:%d/%m/%Y} ({detail.outcome})")
            + (f" — {detail.outcome_reason}" if detail.outcome_reason else "")
        )
        if detail.outcome_granted:
            print(_line(_("Granted:"), detail.outcome_granted))
        if detail.outcome_withheld:
            print(_line(_("Withheld:"), detail.outcome_withheld))
    if detail.on_hold_too_long:
        print("  " + _("On hold too long: close it for lack of reply (--outcome unanswered)?"))
    if detail.rights is not None:
        print(_line(_("Right:"), detail.rights.article))
    verified = _("verified") if detail.identity_verified else _("not verified")
    print(_line(_("Identity:"), verified))
    if detail.capacity_proof_missing:
        print(_line(_("Capacity:"), _("no mandate or proof of capacity in the file yet")))
    if detail.linked:
        linked = ", ".join(f"{r.reference} ({r.type}, {r.status})" for r in detail.linked)
        print(_line(_("Linked:"), _("{linked} — asked in the same message").format(linked=linked)))
    print(_line(_("Extension:"), _extension_words(detail)))
    print("  " + _("Deadline:"))
    for line in detail.explanation:
        print(f"    {line}")
    if detail.timeline:
        print("  " + _("Timeline:"))
        for event in detail.timeline:
            when = event.at[:16].replace("T", " ")
            print(f"    {when}  {event.user}  {action_words(event.action)}")


def _extension_words(detail: RequestDetail) -> str:
    """The domain's extension facts of the day (``detail.extension``), on one line."""
    outlook = detail.extension
    if outlook.state is ExtensionState.EXTENDED:
        return _("extended to {date} — reasons: {reasons}").format(
            date=f"{outlook.extended_due:%d/%m/%Y}", reasons=detail.extension_reason or "—"
        )
    if outlook.state is ExtensionState.NOT_EXTENDED:
        return _("not extended")
    if outlook.state is ExtensionState.NOT_ALLOWED:
        return _("not allowed for this right")
    if outlook.state is ExtensionState.TOO_LATE:
        return _("not extended; too late (the requester had to be told by {date})").format(
            date=f"{outlook.notice_by:%d/%m/%Y}"
        )
    left = outlook.days_left
    days = (
        _("today is the last day")
        if outlook.last_day
        else ngettext("{n} day left", "{n} days left", left).format(n=left)
    )
    return _("possible until {date} ({days}); due {due} if extended").format(
        date=f"{outlook.notice_by:%d/%m/%Y}", days=days, due=f"{outlook.extended_due:%d/%m/%Y}"
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
        _("{ref}: requester {name}").format(ref=detail.reference, name=detail.requester_name)
        + (f" <{detail.requester_email}>" if detail.requester_email else "")
        + f" ({detail.requester_language})"
    )
    return 0


def cmd_assign(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.unit_of_work() as uow:
        detail = request_service.assign(uow, args.ref, args.to)
    print(
        _("{ref}: assigned to {name}").format(
            ref=detail.reference, name=detail.assignee or _("nobody")
        )
    )
    return 0


def cmd_notify(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.unit_of_work() as uow:
        detail = request_service.record_recipient_notice(uow, args.ref, args.recipient, args.on)
    notice = detail.recipient_notices[-1]
    print(
        _("{ref}: {recipient} notified on {date}").format(
            ref=detail.reference,
            recipient=notice.recipient,
            date=f"{notice.notified_on:%d/%m/%Y}",
        )
    )
    return 0


def _list_filter(args: argparse.Namespace) -> queries.RequestFilter:
    """The filter of ``request list`` and ``request export`` (the same flags)."""
    return queries.RequestFilter(
        search=args.search or "",
        types=frozenset({RequestType.parse(args.type)}) if args.type else frozenset(),
        entity=args.entity,
        open_only=args.open,
        overdue_only=args.overdue,
        on_hold_too_long_only=args.on_hold_too_long,
    )


def cmd_list(ctx: CliContext, args: argparse.Namespace) -> int:
    flt = _list_filter(args)
    with ctx.unit_of_work() as uow, uow:
        rows = queries.list_requests(uow.dbapi_connection, ctx.clock.today(), flt, limit=args.limit)
    if args.json:
        print(json.dumps([jsonable(asdict(row)) for row in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(_("No requests match."))
        return 0
    for row in rows:
        if row.days_left is None:
            left = row.status
        elif row.on_hold:
            left = _("on hold")
        elif row.overdue:
            left = _("OVERDUE {n}d").format(n=-row.days_left)
        else:
            left = _("{n}d left").format(n=row.days_left)
        due = _("due {date}").format(date=f"{row.due_on:%d/%m/%Y}")
        print(
            f"{row.reference:<15} {row.type:<19} {row.requester[:28]:<28} "
            f"{row.received_on:%d/%m/%Y}  {due}  {left:<13} {row.capacity}"
        )
    return 0


def cmd_export(ctx: CliContext, args: argparse.Namespace) -> int:
    """The register of requests (the accountability file) as CSV or XLSX."""
    out = Path(args.out)
    file_format = RegisterFormat.parse(args.format) if args.format else RegisterFormat.of_path(out)
    flt = _list_filter(args)
    check_target(out, ctx.data_dir)
    with ctx.unit_of_work() as uow:
        entries = export_register_entries(uow, flt, file_format=file_format.value)
    write_register(out, entries, file_format, data_dir=ctx.data_dir)
    count = len(entries)
    print(
        ngettext(
            "Wrote {count} request to {out}.", "Wrote {count} requests to {out}.", count
        ).format(count=count, out=out)
    )
    return 0


def cmd_show(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.unit_of_work() as uow:
        detail = request_service.get_request(
            uow, args.ref, consult_reason=args.reason, lang=display_language()
        )
        _print_detail(detail, args.json)
    return 0


def _done(detail: RequestDetail, message: str) -> int:
    print(_("{ref}: {message}").format(ref=detail.reference, message=message))
    return 0


def cmd_extend(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.unit_of_work() as uow:
        detail = request_service.extend(uow, args.ref, args.reason, reason_lang=args.reason_lang)
    return _done(
        detail, _("extended; now due {date}").format(date=f"{detail.effective_due:%d/%m/%Y}")
    )


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
            late_reason=args.late_reason,
            reason_lang=args.reason_lang,
        )
    if not detail.answer_sent:
        print(
            _(
                "dsr-desk: warning: no answer to {ref} was recorded as sent (closed all the same)."
            ).format(ref=detail.reference),
            file=sys.stderr,
        )
    code = _done(
        detail,
        _("closed as {outcome} on {date}").format(
            outcome=detail.outcome, date=f"{detail.closed_on:%d/%m/%Y}"
        ),
    )
    if detail.rights is not None and detail.outcome == "completed":
        for kind, article in detail.rights.follow_ups:
            print(
                _("{ref}: follow-up: {kind} ({article})").format(
                    ref=detail.reference, kind=kind, article=article
                )
            )
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
            reason_lang=args.reason_lang,
        )
    return _done(
        detail,
        _("waiting for {kind} since {date}").format(
            kind=args.kind, date=f"{detail.on_hold_since:%d/%m/%Y}"
        ),
    )


def cmd_received(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.unit_of_work() as uow:
        detail = request_service.information_received(uow, args.ref, received_on=args.on)
    return _done(
        detail,
        _("information received; now due {date}").format(date=f"{detail.effective_due:%d/%m/%Y}"),
    )


def cmd_start(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.unit_of_work() as uow:
        detail = request_service.start_processing(uow, args.ref)
    return _done(detail, _("in progress"))


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
    return _done(detail, _("identity check recorded"))

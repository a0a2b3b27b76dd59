"""CLI: ``dsr-desk letter REF --kind KIND --lang fr|en --out FILE.pdf [--sent]`` writes a
response letter and keeps its copy in the request's file; ``dsr-desk request sent REF
DOCUMENT_ID`` records that a letter kept earlier was sent. The GUI's letter dialog calls the
same services (``issue_letter``, ``mark_letter_sent``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from dsr_desk.cli.context import CliContext
from dsr_desk.domain.errors import ValidationError
from dsr_desk.export import check_target, write_private
from dsr_desk.messages import _
from dsr_desk.services.letters import (
    issue_letter,
    mark_letter_sent,
    parse_translations,
    sending,
)
from dsr_desk.services.requests import record_id_means


def cmd_letter(ctx: CliContext, args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise ValidationError("--out must name a .pdf file, not {name!r}.", name=out.name)
    if args.channel and not args.sent:
        raise ValidationError("--channel says how the letter was sent: add --sent.")
    check_target(out, ctx.data_dir)
    sent = sending(args.channel, ctx.clock.today(), args.registered) if args.sent else None
    if args.means and args.kind != "id-request":
        raise ValidationError("--means goes with an ID request letter (--kind id-request).")
    with ctx.opened_vault() as vault:
        if args.means:  # an ask recorded without its means: record them first (audited)
            record_id_means(ctx.uow_for(vault), args.ref, args.means)
        issued = issue_letter(
            lambda: ctx.uow_for(vault),
            ctx.document_store(vault),
            args.ref,
            args.kind,
            args.lang,
            sent=sent,
            signer=args.signer,
            registered_number=args.registered,
            objection_grounds=args.grounds,
            disclosure_override_reason=args.override_reason,
            refusal_reasons=args.reasons,
            recipient=args.recipient,
            activities=args.activity,
            late_extension_reason=args.late_reason,
            translations=parse_translations(args.translation),
            with_linked=args.with_linked,
        )
    write_private(out, issued.pdf, data_dir=ctx.data_dir)
    print(out)
    return 0


def cmd_sent(ctx: CliContext, args: argparse.Namespace) -> int:
    sent = sending(args.channel, args.on or ctx.clock.today(), args.registered)
    with ctx.unit_of_work() as uow:
        letter = mark_letter_sent(uow, args.ref, args.document_id, sent)
    print(
        _(
            "{ref}: {kind} letter ({lang}) recorded as sent on {sent_on:%d/%m/%Y} by {channel}"
        ).format(
            ref=args.ref,
            kind=letter.kind,
            lang=letter.lang,
            sent_on=letter.sent_on,
            channel=letter.channel,
        )
    )
    return 0

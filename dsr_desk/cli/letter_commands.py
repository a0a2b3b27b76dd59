"""CLI: ``dsr-desk letter REF --kind KIND --lang fr|en --out FILE.pdf`` writes a response letter."""

from __future__ import annotations

import argparse
from pathlib import Path

from dsr_desk.cli.context import CliContext
from dsr_desk.domain.errors import ValidationError
from dsr_desk.export import check_target, write_private
from dsr_desk.letters.render import render_letter
from dsr_desk.services.letters import prepare_letter


def cmd_letter(ctx: CliContext, args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise ValidationError(f"--out must name a .pdf file, not {out.name!r}.")
    check_target(out, ctx.data_dir)
    with ctx.opened_vault() as vault:
        letter = prepare_letter(
            ctx.uow_for(vault),
            args.ref,
            args.kind,
            args.lang,
            signer=args.signer,
            registered_number=args.registered,
            objection_grounds=args.grounds,
            disclosure_override_reason=args.override_reason,
            refusal_reasons=args.reasons,
            recipient=args.recipient,
            activities=args.activity,
            late_extension_reason=args.late_reason,
        )
    write_private(out, render_letter(letter), data_dir=ctx.data_dir)
    print(out)
    return 0

"""CLI commands on the retention of the request records themselves: ``records purge`` (with
``--dry-run``) and ``records attestation``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dsr_desk.cli.context import CliContext
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.roles import Action
from dsr_desk.export import check_target, write_private
from dsr_desk.messages import N_, _, ngettext
from dsr_desk.services.record_retention import (
    RecordItem,
    anonymise_due_records,
    records_attestation_pdf,
    records_plan,
)


def _print_records(items: list[RecordItem], as_json: bool, verb: str) -> None:
    if as_json:
        print(json.dumps([item.to_json() for item in items], ensure_ascii=False, indent=2))
        return
    if not items:
        print(_("No request record is due for anonymisation."))
        return
    for item in items:
        kept = _(" (suppression entry kept)") if item.fate == "suppression" else ""
        documents = ngettext("{count} document", "{count} documents", item.documents).format(
            count=item.documents
        )
        print(
            f"{item.due_on:%d/%m/%Y}  {item.reference}  {item.entity}  {item.type} "
            f"{item.status}, {documents}{kept}  ({item.rule})"
        )
    print(
        ngettext(
            "{count} request record {verb}.", "{count} request records {verb}.", len(items)
        ).format(count=len(items), verb=_(verb))
    )


def cmd_records_purge(ctx: CliContext, args: argparse.Namespace) -> int:
    """Exit 0 when done (also when nothing was due), 2 on any error (nothing changed)."""
    with ctx.opened_vault() as vault:
        if args.dry_run:
            items = records_plan(ctx.uow_for(vault), args.as_of or ctx.clock.today())
            _print_records(items, args.json, N_("due for anonymisation"))
        else:
            ctx.uow_for(vault).require(Action.PURGE_RECORDS)  # before the documents
            store = ctx.document_store(vault)
            outcome = anonymise_due_records(ctx.uow_for(vault), store, args.as_of)
            _print_records(list(outcome.items), args.json, N_("anonymised (documents shredded)"))
            if outcome.unfinished:  # the anonymisation is done: a note, not an error
                print(_("dsr-desk: note: {note}").format(note=outcome.unfinished), file=sys.stderr)
    return 0


def cmd_records_attestation(ctx: CliContext, args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise ValidationError("--out must name a .pdf file, not {name!r}.", name=out.name)
    check_target(out, ctx.data_dir)
    with ctx.opened_vault() as vault:
        pdf = records_attestation_pdf(ctx.uow_for(vault), args.start, args.end, args.entity)
    write_private(out, pdf, data_dir=ctx.data_dir)
    print(out)
    return 0

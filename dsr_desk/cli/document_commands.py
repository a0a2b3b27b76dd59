"""CLI commands on documents and retention: document add, document export, purge."""

from __future__ import annotations

import argparse
import json
import mimetypes
import sys
from pathlib import Path

from dsr_desk.cli.context import CliContext
from dsr_desk.domain.documents import DocumentKind
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.roles import Action
from dsr_desk.export import check_target
from dsr_desk.messages import N_, _, ngettext
from dsr_desk.services.document_access import export_document
from dsr_desk.services.documents import attach_document
from dsr_desk.services.retention import PurgeItem, purge_due_documents, purge_plan


def cmd_document_add(ctx: CliContext, args: argparse.Namespace) -> int:
    """The file is streamed into the store (read and encrypted block by block): memory does
    not grow with its size."""
    path = Path(args.file)
    if not path.is_file():
        raise ValidationError("{path} is not a readable file.", path=path)
    media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    try:
        content = path.open("rb")
    except OSError as problem:
        raise ValidationError(
            "{path} is not a readable file ({reason}).",
            path=path,
            reason=problem.strerror or "error",
        ) from problem
    with content, ctx.opened_vault() as vault:
        view = attach_document(
            ctx.uow_for(vault),
            ctx.document_store(vault),
            args.ref,
            DocumentKind.parse(args.kind),
            path.name,
            media_type,
            content,
        )
    print(view.document_id)
    return 0


def cmd_document_export(ctx: CliContext, args: argparse.Namespace) -> int:
    """Save a decrypted copy, as the GUI's confirmed "Save a copy" does: the same service,
    audited (``document.exported`` with the folder and the reason); refused once purged."""
    out = Path(args.out)
    check_target(out, ctx.data_dir)
    with ctx.opened_vault() as vault:
        written = export_document(
            ctx.uow_for(vault),
            ctx.document_store(vault),
            args.ref,
            args.document_id,
            out,
            confirmed=True,  # stating --reason is the command line's explicit confirmation
            reason=args.reason,
        )
    print(written)
    print(
        _(
            "This copy is not encrypted, and DSR Desk cannot purge it when the retention "
            "period ends: delete it when it is no longer needed."
        ),
        file=sys.stderr,
    )
    return 0


def _print_items(items: list[PurgeItem], as_json: bool, verb: str) -> None:
    if as_json:
        print(json.dumps([item.to_json() for item in items], ensure_ascii=False, indent=2))
        return
    if not items:
        print(_("Nothing is due for purge."))
        return
    for item in items:
        print(
            _("{day:%d/%m/%Y}  {reference}  {kind} document {document_id}  ({rule})").format(
                day=item.purge_date,
                reference=item.reference,
                kind=item.kind,
                document_id=item.document_id,
                rule=item.rule,
            )
        )
    print(
        ngettext("{count} document {verb}.", "{count} documents {verb}.", len(items)).format(
            count=len(items), verb=_(verb)
        )
    )


def cmd_purge(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.opened_vault() as vault:
        if args.dry_run:
            items = purge_plan(ctx.uow_for(vault), args.as_of or ctx.clock.today())
            _print_items(items, args.json, N_("due for purge"))
        else:
            ctx.uow_for(vault).require(Action.PURGE_DOCUMENTS)  # before the documents
            store = ctx.document_store(vault)
            outcome = purge_due_documents(ctx.uow_for(vault), store, args.as_of)
            _print_items(
                list(outcome.items), args.json, N_("purged (keys destroyed, files removed)")
            )
            if outcome.unfinished:  # the purge is done: a note, not an error
                print(_("dsr-desk: note: {note}").format(note=outcome.unfinished), file=sys.stderr)
    return 0

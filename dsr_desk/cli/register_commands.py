"""CLI commands on the processing register and calendars: register import, register list,
calendar. ``add_parsers`` declares their flags (part of the CLI contract)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from dsr_desk.cli.context import CliContext
from dsr_desk.domain.errors import ValidationError
from dsr_desk.export import check_target, write_private
from dsr_desk.messages import _, ngettext
from dsr_desk.services import calendar as calendar_service
from dsr_desk.services import register as register_service
from dsr_desk.services import register_csv
from dsr_desk.services.register import ActivityView
from dsr_desk.services.register_csv import MAX_CSV_BYTES

EXIT_OK = 0


def add_parsers(sub: argparse._SubParsersAction[Any]) -> None:
    """The ``register`` and ``calendar`` commands (called by ``cli.parser.build_parser``)."""
    register = sub.add_parser("register", help=_("the processing register (Art. 30) of entities"))
    rsub = register.add_subparsers(dest="action", required=True, metavar="ACTION")
    imp = rsub.add_parser("import", help=_("import activities from a CSV file (header row first)"))
    imp.add_argument("--entity", required=True, help=_("entity whose register receives them"))
    imp.add_argument("file", metavar="FILE.csv", help=_("CSV with ; or , (UTF-8 or Windows-1252)"))
    imp.add_argument(
        "--replace", action="store_true", help=_("replace the register instead of appending")
    )
    imp.set_defaults(handler=cmd_register_import)
    lst = rsub.add_parser("list", help=_("list the activities of one entity or of all"))
    lst.add_argument("--entity")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=cmd_register_list)

    calendar = sub.add_parser(
        "calendar", help=_("export deadlines as an .ics calendar (one request, or all open ones)")
    )
    calendar.add_argument("ref", nargs="?", help=_("one request (default: every open request)"))
    calendar.add_argument("--out", required=True, metavar="FILE.ics", help=_("the file to write"))
    calendar.add_argument(
        "--with-names",
        action="store_true",
        help=_("put requesters' names in the events (personal data leaves the vault)"),
    )
    calendar.set_defaults(handler=cmd_calendar)


def _read_csv(path: Path) -> bytes:
    if not path.is_file():
        raise ValidationError("{path} is not a readable file.", path=path)
    if path.stat().st_size > MAX_CSV_BYTES:
        raise ValidationError(
            "{name} is larger than {max_csv_bytes} MB.",
            name=path.name,
            max_csv_bytes=MAX_CSV_BYTES // 2**20,
        )
    try:
        return path.read_bytes()
    except OSError as problem:
        raise ValidationError(
            "Cannot read {path}: {reason}.", path=path, reason=problem.strerror
        ) from None


def cmd_register_import(ctx: CliContext, args: argparse.Namespace) -> int:
    data = _read_csv(Path(args.file))
    with ctx.unit_of_work() as uow:
        report = register_csv.import_register_csv(uow, args.entity, data, replace=args.replace)
    print(report.summary())
    return EXIT_OK


def _print_activities(views: list[ActivityView]) -> None:
    if not views:
        print(_("No processing activity is recorded yet."))
        return
    entity = None
    for view in views:
        if view.entity != entity:
            if entity is not None:
                print()
            entity = view.entity
            print(entity)
        print(f"  {view.position + 1:>2}. {view.name} — {view.legal_basis}")


def cmd_register_list(ctx: CliContext, args: argparse.Namespace) -> int:
    with ctx.unit_of_work() as uow:
        if args.entity:
            views = register_service.list_activities(uow, args.entity)
        else:
            views = register_service.list_all_activities(uow)
    if args.json:
        print(json.dumps([view.to_json() for view in views], ensure_ascii=False, indent=2))
    else:
        _print_activities(views)
    return EXIT_OK


def cmd_calendar(ctx: CliContext, args: argparse.Namespace) -> int:
    out = Path(args.out)
    check_target(out, ctx.data_dir)
    with ctx.opened_vault() as vault:
        uow = ctx.uow_for(vault)
        if args.ref:
            data = calendar_service.request_calendar(
                uow, args.ref, vault_id=vault.header.vault_id, include_names=args.with_names
            )
        else:
            data = calendar_service.open_deadlines_calendar(
                uow, vault_id=vault.header.vault_id, include_names=args.with_names
            )
    write_private(out, data, data_dir=ctx.data_dir)
    events = data.count(b"BEGIN:VEVENT")
    print(
        ngettext("Wrote {count} event to {out}.", "Wrote {count} events to {out}.", events).format(
            count=events, out=out
        )
    )
    return EXIT_OK

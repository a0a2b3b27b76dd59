"""The argument parser. Its flags and JSON keys are a contract for scripts and checks."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import NoReturn

from dsr_desk import __version__
from dsr_desk.cli import backup_commands, bundle_commands, register_commands, rekey_commands
from dsr_desk.cli import document_commands as dc
from dsr_desk.cli import record_commands as rc
from dsr_desk.cli import request_commands as rq
from dsr_desk.cli import vault_commands as vc
from dsr_desk.domain.deadlines import SuspensionPolicy
from dsr_desk.domain.entities import Role
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.identity_means import IdMeans
from dsr_desk.domain.limits import MAX_COUNT, check_count, parse_date
from dsr_desk.domain.requests import Capacity, InformationKind, Outcome
from dsr_desk.letters.kinds import LetterKind, SendChannel

EXIT_USAGE = 2


def _letter_handler(name: str) -> Callable[..., int]:
    """A letter command's handler, its module imported when it runs: composing letters loads
    ReportLab (a third of a second), which the other commands do not need."""

    def handler(ctx: object, args: argparse.Namespace) -> int:
        from dsr_desk.cli import letter_commands

        result: int = getattr(letter_commands, name)(ctx, args)
        return result

    handler.__name__ = name
    return handler


class OneLineParser(argparse.ArgumentParser):
    """Usage errors print one line (no usage dump) and exit 2."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _date(text: str) -> date:
    try:
        return parse_date(text)
    except ValidationError as problem:
        raise argparse.ArgumentTypeError(str(problem)) from None


def _count(text: str) -> int:
    """A whole number from 1 to ``MAX_COUNT`` (``--limit``, ``demo --count``)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number") from None
    try:
        check_count(value, "the number")
    except ValidationError as problem:
        raise argparse.ArgumentTypeError(str(problem)) from None
    return value


def _add_request_commands(sub: argparse._SubParsersAction[OneLineParser]) -> None:
    request = sub.add_parser("request", help="log, list and act on requests")
    rsub = request.add_subparsers(dest="action", required=True, metavar="ACTION")

    add = rsub.add_parser("add", help="log a new request; prints its reference")
    add.add_argument(
        "--type",
        required=True,
        help="access, rectification, erasure, restriction, objection, portability, "
        "marketing-opt-out, consent-withdrawal, automated-decision",
    )
    add.add_argument("--received", required=True, type=_date, help="receipt date YYYY-MM-DD")
    add.add_argument("--name", required=True, help="requester's full name")
    add.add_argument("--email")
    add.add_argument("--address", help="postal address (for letters)")
    add.add_argument("--entity", help="entity name (default: the first entity)")
    add.add_argument(
        "--channel", default="email", help="email, letter, form, phone, in-person, other"
    )
    add.add_argument("--summary", help="what is asked, in a sentence")
    add.add_argument("--lang", default="fr", choices=["fr", "en"], help="requester's language")
    add.add_argument("--assignee", help="who handles it")
    add.add_argument(
        "--civility",
        default="",
        help="M., Mme or none: how letters address the requester (none: « Madame, Monsieur »)",
    )
    add.add_argument(
        "--capacity",
        default="self",
        choices=[c.value for c in Capacity],
        help="who makes the request: the person concerned (self, the default), their "
        "representative, the parent or guardian of a minor, an heir of a deceased person",
    )
    add.add_argument(
        "--subject-name", help="the person the request concerns, when not the requester"
    )
    add.add_argument(
        "--also",
        action="append",
        default=[],
        metavar="TYPE",
        help="another right asked in the same message: logged as a linked request "
        "(repeatable); every reference is printed, one a line",
    )
    add.set_defaults(handler=rq.cmd_add)

    lst = rsub.add_parser("list", help="list requests, most urgent first")
    lst.add_argument("--json", action="store_true")
    lst.add_argument(
        "--overdue", action="store_true", help="only open requests past their due date"
    )
    lst.add_argument("--open", action="store_true", help="only open requests")
    lst.add_argument(
        "--on-hold-too-long",
        action="store_true",
        help="only requests waiting for the requester longer than their entity's setting "
        "(close them with --outcome unanswered)",
    )
    lst.add_argument("--search", help="reference, name or e-mail contains")
    lst.add_argument("--type")
    lst.add_argument("--entity")
    lst.add_argument("--limit", type=_count, help=f"at most this many (≤ {MAX_COUNT:,})")
    lst.set_defaults(handler=rq.cmd_list)

    show = rsub.add_parser("show", help="one request with its deadline explanation and timeline")
    show.add_argument("ref")
    show.add_argument("--json", action="store_true")
    show.add_argument(
        "--reason", help="why a closed objection record (restricted archive) is consulted"
    )
    show.set_defaults(handler=rq.cmd_show)

    extend = rsub.add_parser("extend", help="extend by two months (before the notice date)")
    extend.add_argument("ref")
    extend.add_argument("--reason", required=True)
    extend.set_defaults(handler=rq.cmd_extend)

    close = rsub.add_parser("close", help="record how the request ended")
    close.add_argument("ref")
    close.add_argument("--outcome", required=True, choices=[o.value for o in Outcome])
    close.add_argument(
        "--reason", help="required for refused, partial and excessive (what shows the excess)"
    )
    close.add_argument("--granted", help="partial: what is granted")
    close.add_argument("--withheld", help="partial: what is withheld")
    close.add_argument("--on", type=_date, help="date of the answer (default today)")
    close.set_defaults(handler=rq.cmd_close)

    ask = rsub.add_parser("ask", help="ask for ID, clarification or a fee (suspends the deadline)")
    ask.add_argument("ref")
    ask.add_argument("--kind", required=True, choices=[k.value for k in InformationKind])
    ask.add_argument("--reason", required=True)
    ask.add_argument("--amount", help="fee: the amount in euros (Art. 12(5)(a))")
    ask.add_argument(
        "--means",
        action="append",
        choices=[m.value for m in IdMeans],
        help="identity: what the requester may send, least intrusive first (repeat it); "
        "--reason then says why there is a reasonable doubt",
    )
    ask.add_argument(
        "--cannot-match",
        action="store_true",
        help="identity: the person cannot be matched with our records (needed to ask a "
        "marketing opt-out or consent withdrawal for ID)",
    )
    ask.add_argument("--on", type=_date)
    ask.add_argument(
        "--late-reason",
        metavar="TEXT",
        help="why an ask dated before a due date now passed is recorded only now (audited)",
    )
    ask.set_defaults(handler=rq.cmd_ask)

    received = rsub.add_parser("received", help="the awaited information arrived")
    received.add_argument("ref")
    received.add_argument("--on", type=_date)
    received.set_defaults(handler=rq.cmd_received)

    notify = rsub.add_parser(
        "notify", help="record that a recipient was told of the outcome (Art. 19)"
    )
    notify.add_argument("ref")
    notify.add_argument("--recipient", required=True, metavar="NAME", help="who was notified")
    notify.add_argument("--on", type=_date, help="date of the notice (default today)")
    notify.set_defaults(handler=rq.cmd_notify)

    edit = rsub.add_parser(
        "edit-requester",
        help="correct the requester's details after saving (on their other requests too)",
    )
    edit.add_argument("ref")
    edit.add_argument("--name", help="requester's full name")
    edit.add_argument("--email", help="e-mail address ('' when none is known)")
    edit.add_argument("--address", help="postal address (lines with \\n)")
    edit.add_argument("--lang", choices=["fr", "en"], help="the letters' language")
    edit.set_defaults(handler=rq.cmd_edit_requester)

    assign = rsub.add_parser("assign", help="give the request to another person of the office")
    assign.add_argument("ref")
    assign.add_argument("--to", required=True, metavar="NAME", help="who handles it ('' nobody)")
    assign.set_defaults(handler=rq.cmd_assign)

    start = rsub.add_parser("start", help="mark a new request as in progress")
    start.add_argument("ref")
    start.set_defaults(handler=rq.cmd_start)

    sent = rsub.add_parser("sent", help="record that a letter kept in the request's file was sent")
    sent.add_argument("ref")
    sent.add_argument(
        "document_id", metavar="DOCUMENT_ID", help="the letter's document id (request show --json)"
    )
    _add_channel_flag(sent)
    sent.add_argument("--registered", metavar="NUMBER", help="registered-mail number (LRAR)")
    sent.add_argument("--on", type=_date, help="the date it was sent (default today)")
    sent.set_defaults(handler=_letter_handler("cmd_sent"))


def _add_channel_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--channel",
        choices=[c.value for c in SendChannel],
        help="how it was sent (default: registered-post with --registered, else post)",
    )


def build_parser() -> OneLineParser:
    parser = OneLineParser(
        prog="dsr-desk",
        description="DSR Desk: GDPR data-subject requests, encrypted at rest. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation on a throwaway vault (letter, bundle, backup, window) "
        "and exit 0 if it works",
    )
    parser.add_argument("--data-dir", help="vault folder (default: the platform user data dir)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)

    init = sub.add_parser("init", help="create the encrypted vault; prints the recovery key once")
    init.add_argument(
        "--passphrase",
        action="store_true",
        help="protect with a passphrase instead of the OS keyring",
    )
    init.add_argument(
        "--user-name",
        help="your name, as letters are signed and the audit log names you (default: "
        "DSR_DESK_USER; never the login name)",
    )
    init.add_argument(
        "--user-title",
        help="the title under your signature (default: the entity's, e.g. the DPO)",
    )
    init.add_argument("--entity", default="My organisation", help="name of the first entity")
    init.add_argument("--address", default="", help="entity postal address (lines with \\n)")
    init.add_argument("--dpo", default="", help="DPO contact (e-mail or postal address)")
    init.add_argument("--country", default="FR")
    init.add_argument("--subdiv", help="holiday subdivision, e.g. 57 for Moselle")
    init.add_argument("--role", default="controller", choices=[r.value for r in Role])
    init.add_argument(
        "--policy",
        default="restart",
        choices=[p.value for p in SuspensionPolicy],
        help="how waiting for ID/clarification affects the deadline",
    )
    init.set_defaults(handler=vc.cmd_init)

    recover = sub.add_parser("recover", help="unlock with the recovery key and restore access")
    recover.add_argument(
        "--new-passphrase",
        action="store_true",
        help="switch to a new passphrase (from DSR_DESK_PASSPHRASE or a prompt)",
    )
    recover.set_defaults(handler=vc.cmd_recover)
    rekey_commands.add_parser(sub)
    backup_commands.add_parsers(sub)

    deadline = sub.add_parser("deadline", help="compute a response deadline (no vault needed)")
    deadline.add_argument("--received", required=True, type=_date)
    deadline.add_argument("--country", default="FR")
    deadline.add_argument("--subdiv")
    deadline.add_argument("--lang", default="en", choices=["en", "fr"])
    deadline.add_argument("--json", action="store_true")
    deadline.set_defaults(handler=vc.cmd_deadline)

    _add_request_commands(sub)
    register_commands.add_parsers(sub)
    bundle_commands.add_parsers(sub)

    verify = sub.add_parser("verify", help="record how a requester's identity was checked")
    verify.add_argument("ref")
    verify.add_argument(
        "--method", required=True, help="known-email, id-document, in-person or other"
    )
    verify.add_argument("--document-kind", help="e.g. passport, national ID card")
    verify.add_argument("--number-ending", help="last characters of the document number (≤ 4)")
    verify.add_argument("--by", help="who checked (default: you)")
    verify.add_argument("--on", type=_date)
    verify.add_argument("--failed", action="store_true", help="the check failed")
    verify.set_defaults(handler=rq.cmd_verify)

    document = sub.add_parser("document", help="documents kept (encrypted) in a request's file")
    dsub = document.add_subparsers(dest="action", required=True, metavar="ACTION")
    dadd = dsub.add_parser("add", help="store a file encrypted in the request's file")
    dadd.add_argument("ref")
    dadd.add_argument("file")
    dadd.add_argument(
        "--kind", required=True, choices=["id", "letter", "email", "other", "mandate"]
    )
    dadd.set_defaults(handler=dc.cmd_document_add)
    dexp = dsub.add_parser(
        "export", help="save a decrypted copy outside the vault (audited; not once purged)"
    )
    dexp.add_argument("ref")
    dexp.add_argument("document_id", metavar="DOCUMENT_ID")
    dexp.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    dexp.add_argument(
        "--reason", required=True, metavar="TEXT", help="why the copy leaves the vault (audited)"
    )
    dexp.set_defaults(handler=dc.cmd_document_export)

    letter = sub.add_parser("letter", help="write a response letter (PDF) for a request")
    letter.add_argument("ref")
    letter.add_argument("--kind", required=True, choices=[k.value for k in LetterKind])
    letter.add_argument("--lang", choices=["fr", "en"], help="default: the requester's language")
    letter.add_argument("--out", required=True, help="the PDF file to write")
    letter.add_argument("--registered", metavar="NUMBER", help="registered-mail number (LRAR)")
    letter.add_argument("--signer", metavar="NAME", help="who signs (default: your display name)")
    letter.add_argument(
        "--override-reason",
        metavar="TEXT",
        help="why data may be disclosed although the identity is not verified (audited)",
    )
    letter.add_argument("--reasons", help="reasons of a partial refusal")
    letter.add_argument("--grounds", help="objection: the outcome of the balancing test")
    letter.add_argument(
        "--recipient",
        metavar="NAME|ADDRESS",
        help="recipient-notice / forward: name and address, lines separated by |",
    )
    letter.add_argument(
        "--activity",
        action="append",
        metavar="NAME",
        help="access answer: a register activity that concerns the requester (repeat it)",
    )
    letter.add_argument(
        "--late-reason",
        metavar="TEXT",
        help="extension letter printed after its notice date: why (audited)",
    )
    letter.add_argument(
        "--translation",
        action="append",
        metavar="NAME=TEXT",
        help="a letter in another language than the request's: the translation of a text "
        "recorded on the request (reasons, granted, withheld, extension-reasons, information, "
        "summary); repeat it",
    )
    letter.add_argument(
        "--sent",
        action="store_true",
        help="the letter is sent today: record it with --channel and --registered",
    )
    _add_channel_flag(letter)
    letter.set_defaults(handler=_letter_handler("cmd_letter"))

    purge = sub.add_parser("purge", help="crypto-shred ID copies whose retention has ended")
    purge.add_argument("--as-of", type=_date, help="date to evaluate (default today)")
    purge.add_argument("--dry-run", action="store_true", help="list what is due; change nothing")
    purge.add_argument("--json", action="store_true")
    purge.set_defaults(handler=dc.cmd_purge)

    records = sub.add_parser("records", help="retention of the request records themselves")
    rsub = records.add_subparsers(dest="action", required=True, metavar="ACTION")
    rpurge = rsub.add_parser(
        "purge", help="anonymise the request records whose retention has ended"
    )
    rpurge.add_argument("--as-of", type=_date, help="date to evaluate (default today)")
    rpurge.add_argument("--dry-run", action="store_true", help="list what is due; change nothing")
    rpurge.add_argument("--json", action="store_true")
    rpurge.set_defaults(handler=rc.cmd_records_purge)
    rattest = rsub.add_parser(
        "attestation", help="PDF counting the records anonymised in a period, per entity"
    )
    rattest.add_argument("--start", type=_date, required=True, metavar="DATE")
    rattest.add_argument("--end", type=_date, required=True, metavar="DATE")
    rattest.add_argument("--entity", help="one entity (default: all)")
    rattest.add_argument("--out", required=True, help="the PDF file to write")
    rattest.set_defaults(handler=rc.cmd_records_attestation)

    audit = sub.add_parser("audit", help="audit log")
    asub = audit.add_subparsers(dest="action", required=True, metavar="ACTION")
    averify = asub.add_parser("verify", help="check the hash chain; exit 1 if broken")
    averify.add_argument("--json", action="store_true")
    averify.set_defaults(handler=vc.cmd_audit_verify)

    demo = sub.add_parser("demo", help="add realistic fake requests (demos, benchmarks)")
    demo.add_argument("--count", type=_count, default=200, help=f"how many (≤ {MAX_COUNT:,})")
    demo.add_argument("--seed", type=int, default=2026)
    demo.set_defaults(handler=vc.cmd_demo)
    return parser

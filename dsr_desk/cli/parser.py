"""The argument parser. Its flags and JSON keys are a contract for scripts and checks."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import NoReturn

from dsr_desk import __version__
from dsr_desk.cli import (
    backup_commands,
    bundle_commands,
    register_commands,
    rekey_commands,
    team_commands,
    user_commands,
)
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
from dsr_desk.messages import N_, _, display_language, ngettext

EXIT_USAGE = 2


def _add_reason_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--reason-lang",
        choices=["fr", "en"],
        help=_(
            "the language the reasons (and a partial answer's parts) are typed in (default: "
            "the request's); a letter in the other language asks for their translation"
        ),
    )


def _letter_handler(name: str) -> Callable[..., int]:
    """A letter command's handler, its module imported when it runs: composing letters loads
    ReportLab (a third of a second), which the other commands do not need."""

    def handler(ctx: object, args: argparse.Namespace) -> int:
        from dsr_desk.cli import letter_commands

        result: int = getattr(letter_commands, name)(ctx, args)
        return result

    handler.__name__ = name
    return handler


# argparse's own messages that our commands can show, extracted into our catalogue (argparse
# asks its module's ``_`` for them when it shows them: ``route_argparse_messages``).
ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("options"),
    N_("positional arguments"),
    N_("show this help message and exit"),
    N_("the following arguments are required: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unrecognized arguments: %s"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
)


def route_argparse_messages() -> None:
    """Make argparse speak the display language: it looks its messages up through the
    ``_`` and ``ngettext`` of its own module (bound from ``gettext`` at its import, whose
    language would come from the environment, not from ``dsr_desk.i18n``) when it shows them."""
    setattr(argparse, "_", _)  # noqa: B010 - a module attribute argparse reads by this name
    setattr(argparse, "ngettext", ngettext)  # noqa: B010


def error_line(prog: str, message: str) -> str:
    """``dsr-desk: error: …`` in the display language (``dsr-desk : erreur : …``)."""
    return _("{prog}: error: {message}").format(prog=prog, message=message)


class OneLineParser(argparse.ArgumentParser):
    """Usage errors print one line (no usage dump) and exit 2."""

    def error(self, message: str) -> NoReturn:
        print(error_line(self.prog, message), file=sys.stderr)
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
        raise argparse.ArgumentTypeError(
            _("{text} is not a whole number").format(text=repr(text[:40]))
        ) from None
    try:
        check_count(value, N_("the number"))
    except ValidationError as problem:
        raise argparse.ArgumentTypeError(str(problem)) from None
    return value


def _add_request_commands(sub: argparse._SubParsersAction[OneLineParser]) -> None:
    request = sub.add_parser("request", help=_("log, list and act on requests"))
    rsub = request.add_subparsers(dest="action", required=True, metavar="ACTION")

    add = rsub.add_parser("add", help=_("log a new request; prints its reference"))
    add.add_argument(
        "--type",
        required=True,
        help=_(
            "access, rectification, erasure, restriction, objection, portability, "
            "marketing-opt-out, consent-withdrawal, automated-decision"
        ),
    )
    add.add_argument("--received", required=True, type=_date, help=_("receipt date YYYY-MM-DD"))
    add.add_argument("--name", required=True, help=_("requester's full name"))
    add.add_argument("--email")
    add.add_argument("--address", help=_("postal address (for letters)"))
    add.add_argument("--entity", help=_("entity name (default: the first entity)"))
    add.add_argument(
        "--channel", default="email", help=_("email, letter, form, phone, in-person, other")
    )
    add.add_argument("--summary", help=_("what is asked, in a sentence"))
    add.add_argument("--lang", default="fr", choices=["fr", "en"], help=_("requester's language"))
    add.add_argument("--assignee", help=_("who handles it"))
    add.add_argument(
        "--civility",
        default="",
        help=_("M., Mme or none: how letters address the requester (none: « Madame, Monsieur »)"),
    )
    add.add_argument(
        "--capacity",
        default="self",
        choices=[c.value for c in Capacity],
        help=_(
            "who makes the request: the person concerned (self, the default), their "
            "representative, the parent or guardian of a minor, an heir of a deceased person"
        ),
    )
    add.add_argument(
        "--subject-name", help=_("the person the request concerns, when not the requester")
    )
    add.add_argument(
        "--also",
        action="append",
        default=[],
        metavar="TYPE",
        help=_(
            "another right asked in the same message: logged as a linked request "
            "(repeatable); every reference is printed, one a line"
        ),
    )
    add.set_defaults(handler=rq.cmd_add)

    lst = rsub.add_parser("list", help=_("list requests, most urgent first"))
    lst.add_argument("--json", action="store_true")
    lst.add_argument(
        "--overdue", action="store_true", help=_("only open requests past their due date")
    )
    lst.add_argument("--open", action="store_true", help=_("only open requests"))
    lst.add_argument(
        "--on-hold-too-long",
        action="store_true",
        help=_(
            "only requests waiting for the requester longer than their entity's setting "
            "(close them with --outcome unanswered)"
        ),
    )
    _add_list_filters(lst)
    lst.add_argument(
        "--limit", type=_count, help=_("at most this many (≤ {n:,})").format(n=MAX_COUNT)
    )
    lst.set_defaults(handler=rq.cmd_list)

    export = rsub.add_parser(
        "export",
        help=_(
            "the register of requests (accountability file) as CSV or XLSX: reference, "
            "type, entity, requester, dates, status, outcome, capacity"
        ),
    )
    export.add_argument("--out", required=True, metavar="FILE", help=_("the file to write"))
    export.add_argument(
        "--format",
        choices=["csv", "xlsx"],
        help=_(
            "csv (UTF-8 with BOM, ';'-separated, for Excel) or xlsx; default: from the "
            "file's extension, else csv"
        ),
    )
    export.add_argument(
        "--overdue", action="store_true", help=_("only open requests past their due date")
    )
    export.add_argument("--open", action="store_true", help=_("only open requests"))
    export.add_argument(
        "--on-hold-too-long",
        action="store_true",
        help=_("only requests waiting for the requester longer than their entity's setting"),
    )
    _add_list_filters(export)
    export.set_defaults(handler=rq.cmd_export)

    show = rsub.add_parser("show", help=_("one request with its deadline explanation and timeline"))
    show.add_argument("ref")
    show.add_argument("--json", action="store_true")
    show.add_argument(
        "--reason", help=_("why a closed objection record (restricted archive) is consulted")
    )
    show.set_defaults(handler=rq.cmd_show)

    extend = rsub.add_parser("extend", help=_("extend by two months (before the notice date)"))
    extend.add_argument("ref")
    extend.add_argument("--reason", required=True)
    _add_reason_lang(extend)
    extend.set_defaults(handler=rq.cmd_extend)

    close = rsub.add_parser("close", help=_("record how the request ended"))
    close.add_argument("ref")
    close.add_argument("--outcome", required=True, choices=[o.value for o in Outcome])
    close.add_argument(
        "--reason", help=_("required for refused, partial and excessive (what shows the excess)")
    )
    close.add_argument("--granted", help=_("partial: what is granted"))
    close.add_argument("--withheld", help=_("partial: what is withheld"))
    close.add_argument("--on", type=_date, help=_("date of the answer (default today)"))
    _add_reason_lang(close)
    close.add_argument(
        "--late-reason",
        metavar="TEXT",
        help=_(
            "why a closure dated on time (before the due date now passed, or before the "
            "on-hold period ended) is recorded only now (audited)"
        ),
    )
    close.set_defaults(handler=rq.cmd_close)

    ask = rsub.add_parser(
        "ask", help=_("ask for ID, clarification or a fee (suspends the deadline)")
    )
    ask.add_argument("ref")
    ask.add_argument("--kind", required=True, choices=[k.value for k in InformationKind])
    ask.add_argument("--reason", required=True)
    ask.add_argument("--amount", help=_("fee: the amount in euros (Art. 12(5)(a))"))
    ask.add_argument(
        "--means",
        action="append",
        choices=[m.value for m in IdMeans],
        help=_(
            "identity: what the requester may send, least intrusive first (repeat it); "
            "--reason then says why there is a reasonable doubt"
        ),
    )
    ask.add_argument(
        "--cannot-match",
        action="store_true",
        help=_(
            "identity: the person cannot be matched with our records (needed to ask a "
            "marketing opt-out or consent withdrawal for ID)"
        ),
    )
    ask.add_argument("--on", type=_date)
    _add_reason_lang(ask)
    ask.add_argument(
        "--late-reason",
        metavar="TEXT",
        help=_("why an ask dated before a due date now passed is recorded only now (audited)"),
    )
    ask.set_defaults(handler=rq.cmd_ask)

    received = rsub.add_parser("received", help=_("the awaited information arrived"))
    received.add_argument("ref")
    received.add_argument("--on", type=_date)
    received.set_defaults(handler=rq.cmd_received)

    notify = rsub.add_parser(
        "notify", help=_("record that a recipient was told of the outcome (Art. 19)")
    )
    notify.add_argument("ref")
    notify.add_argument("--recipient", required=True, metavar="NAME", help=_("who was notified"))
    notify.add_argument("--on", type=_date, help=_("date of the notice (default today)"))
    notify.set_defaults(handler=rq.cmd_notify)

    edit = rsub.add_parser(
        "edit-requester",
        help=_("correct the requester's details after saving (on their other requests too)"),
    )
    edit.add_argument("ref")
    edit.add_argument("--name", help=_("requester's full name"))
    edit.add_argument("--email", help=_("e-mail address ('' when none is known)"))
    edit.add_argument("--address", help=_("postal address (lines with \\n)"))
    edit.add_argument("--lang", choices=["fr", "en"], help=_("the letters' language"))
    edit.set_defaults(handler=rq.cmd_edit_requester)

    assign = rsub.add_parser("assign", help=_("give the request to another person of the office"))
    assign.add_argument("ref")
    assign.add_argument("--to", required=True, metavar="NAME", help=_("who handles it ('' nobody)"))
    assign.set_defaults(handler=rq.cmd_assign)

    start = rsub.add_parser("start", help=_("mark a new request as in progress"))
    start.add_argument("ref")
    start.set_defaults(handler=rq.cmd_start)

    sent = rsub.add_parser(
        "sent", help=_("record that a letter kept in the request's file was sent")
    )
    sent.add_argument("ref")
    sent.add_argument(
        "document_id",
        metavar="DOCUMENT_ID",
        help=_("the letter's document id (request show --json)"),
    )
    _add_channel_flag(sent)
    sent.add_argument("--registered", metavar="NUMBER", help=_("registered-mail number (LRAR)"))
    sent.add_argument("--on", type=_date, help=_("the date it was sent (default today)"))
    sent.set_defaults(handler=_letter_handler("cmd_sent"))


def _add_list_filters(parser: argparse.ArgumentParser) -> None:
    """The text, type and entity filters of ``request list`` and ``request export``."""
    parser.add_argument("--search", help="reference, name or e-mail contains")
    parser.add_argument("--type")
    parser.add_argument("--entity")


def _add_channel_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--channel",
        choices=[c.value for c in SendChannel],
        help=_("how it was sent (default: registered-post with --registered, else post)"),
    )


def build_parser() -> OneLineParser:
    parser = OneLineParser(
        prog="dsr-desk",
        description=_(
            "DSR Desk: GDPR data-subject requests, encrypted at rest. "
            "Without a command, opens the desktop app."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=_("show program's version number and exit"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_(
            "check this installation on a throwaway vault (letter, bundle, backup, window) "
            "and exit 0 if it works"
        ),
    )
    parser.add_argument("--data-dir", help=_("vault folder (default: the platform user data dir)"))
    parser.add_argument(
        "--db",
        metavar="URL",
        help=(
            "a team database: postgresql://USER@HOST:PORT/DATABASE (TLS options in its query, "
            "e.g. ?sslmode=verify-full&sslrootcert=ca.pem); default: $DSR_DESK_DB_URL, else "
            "the workstation vault"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)

    init = sub.add_parser(
        "init", help=_("create the encrypted vault; prints the recovery key once")
    )
    init.add_argument(
        "--passphrase",
        action="store_true",
        help=_("protect with a passphrase instead of the OS keyring"),
    )
    init.add_argument(
        "--user-name",
        help=_(
            "your name, as letters are signed and the audit log names you (default: "
            "DSR_DESK_USER; never the login name)"
        ),
    )
    init.add_argument(
        "--user-title",
        help=_("the title under your signature (default: the entity's, e.g. the DPO)"),
    )
    init.add_argument("--entity", default="My organisation", help=_("name of the first entity"))
    init.add_argument(
        "--admin",
        metavar="USER",
        help=_(
            "with --db: the first DPO account of the team database (its password from "
            "DSR_DESK_PASSWORD or a prompt)"
        ),
    )
    init.add_argument("--address", default="", help=_("entity postal address (lines with \\n)"))
    init.add_argument("--dpo", default="", help=_("DPO contact (e-mail or postal address)"))
    init.add_argument("--country", default="FR")
    init.add_argument("--subdiv", help=_("holiday subdivision, e.g. 57 for Moselle"))
    init.add_argument("--role", default="controller", choices=[r.value for r in Role])
    init.add_argument(
        "--policy",
        default="restart",
        choices=[p.value for p in SuspensionPolicy],
        help=_("how waiting for ID/clarification affects the deadline"),
    )
    init.set_defaults(handler=vc.cmd_init)

    recover = sub.add_parser("recover", help=_("unlock with the recovery key and restore access"))
    recover.add_argument(
        "--new-passphrase",
        action="store_true",
        help=_("switch to a new passphrase (from DSR_DESK_PASSPHRASE or a prompt)"),
    )
    recover.set_defaults(handler=vc.cmd_recover)
    rekey_commands.add_parser(sub)
    rotate = sub.add_parser(
        "rotate-team-key",
        help=(
            "with --db: a new team key; every personal field re-encrypted, the key given again "
            "to every remaining user and to the recovery key (DPO only)"
        ),
    )
    rotate.set_defaults(handler=team_commands.cmd_rotate_team_key)
    move = sub.add_parser(
        "migrate-to-team",
        help=_(
            "copy this workstation vault into a new, empty team database (--db), with --admin "
            "as its first DPO; prints the counts and the recovery key"
        ),
    )
    move.add_argument(
        "--admin",
        metavar="USER",
        help=_("the team's first DPO account (its password from DSR_DESK_PASSWORD or a prompt)"),
    )
    move.add_argument(
        "--server-backup-days",
        type=int,
        metavar="DAYS",
        help=_(
            "how long the server's backups, WAL archives and replicas keep deleted data, as "
            "the DBA gives it (stated in the purge attestations; default 30)"
        ),
    )
    move.add_argument("--json", action="store_true")
    move.set_defaults(handler=team_commands.cmd_migrate_to_team)
    backup_commands.add_parsers(sub)

    deadline = sub.add_parser("deadline", help=_("compute a response deadline (no vault needed)"))
    deadline.add_argument("--received", required=True, type=_date)
    deadline.add_argument("--country", default="FR")
    deadline.add_argument("--subdiv")
    deadline.add_argument(
        "--lang",
        default=display_language(),
        choices=["en", "fr"],
        help=_("language of the explanation (default: that of LANG)"),
    )
    deadline.add_argument("--json", action="store_true")
    deadline.set_defaults(handler=vc.cmd_deadline)

    _add_request_commands(sub)
    register_commands.add_parsers(sub)
    bundle_commands.add_parsers(sub)
    user_commands.add_parsers(sub)

    verify = sub.add_parser("verify", help=_("record how a requester's identity was checked"))
    verify.add_argument("ref")
    verify.add_argument(
        "--method", required=True, help=_("known-email, id-document, in-person or other")
    )
    verify.add_argument("--document-kind", help=_("e.g. passport, national ID card"))
    verify.add_argument("--number-ending", help=_("last characters of the document number (≤ 4)"))
    verify.add_argument("--by", help=_("who checked (default: you)"))
    verify.add_argument("--on", type=_date)
    verify.add_argument("--failed", action="store_true", help=_("the check failed"))
    verify.set_defaults(handler=rq.cmd_verify)

    document = sub.add_parser("document", help=_("documents kept (encrypted) in a request's file"))
    dsub = document.add_subparsers(dest="action", required=True, metavar="ACTION")
    dadd = dsub.add_parser("add", help=_("store a file encrypted in the request's file"))
    dadd.add_argument("ref")
    dadd.add_argument("file")
    dadd.add_argument(
        "--kind", required=True, choices=["id", "letter", "email", "other", "mandate"]
    )
    dadd.set_defaults(handler=dc.cmd_document_add)
    dexp = dsub.add_parser(
        "export", help=_("save a decrypted copy outside the vault (audited; not once purged)")
    )
    dexp.add_argument("ref")
    dexp.add_argument("document_id", metavar="DOCUMENT_ID")
    dexp.add_argument("--out", required=True, metavar="FILE", help=_("the file to write"))
    dexp.add_argument(
        "--reason", required=True, metavar="TEXT", help=_("why the copy leaves the vault (audited)")
    )
    dexp.set_defaults(handler=dc.cmd_document_export)

    letter = sub.add_parser("letter", help=_("write a response letter (PDF) for a request"))
    letter.add_argument("ref")
    letter.add_argument("--kind", required=True, choices=[k.value for k in LetterKind])
    letter.add_argument("--lang", choices=["fr", "en"], help=_("default: the requester's language"))
    letter.add_argument("--out", required=True, help=_("the PDF file to write"))
    letter.add_argument("--registered", metavar="NUMBER", help=_("registered-mail number (LRAR)"))
    letter.add_argument(
        "--signer", metavar="NAME", help=_("who signs (default: your display name)")
    )
    letter.add_argument(
        "--override-reason",
        metavar="TEXT",
        help=_("why data may be disclosed although the identity is not verified (audited)"),
    )
    letter.add_argument("--reasons", help=_("reasons of a partial refusal"))
    letter.add_argument("--grounds", help=_("objection: the outcome of the balancing test"))
    letter.add_argument(
        "--recipient",
        metavar="NAME|ADDRESS",
        help=_("recipient-notice / forward: name and address, lines separated by |"),
    )
    letter.add_argument(
        "--activity",
        action="append",
        metavar="NAME",
        help=_("access answer: a register activity that concerns the requester (repeat it)"),
    )
    letter.add_argument(
        "--late-reason",
        metavar="TEXT",
        help=_("extension letter printed after its notice date: why (audited)"),
    )
    letter.add_argument(
        "--translation",
        action="append",
        metavar="NAME=TEXT",
        help=_(
            "a letter in another language than the request's: the translation of a text "
            "recorded on the request (reasons, granted, withheld, extension-reasons, information, "
            "summary); repeat it"
        ),
    )
    letter.add_argument(
        "--sent",
        action="store_true",
        help=_("the letter is sent today: record it with --channel and --registered"),
    )
    letter.add_argument(
        "--means",
        action="append",
        choices=[m.value for m in IdMeans],
        help=_(
            "id-request: record what the requester may send on a request for identity that "
            "holds none (asked before the means were recorded; audited), least intrusive first "
            "(repeat it)"
        ),
    )
    letter.add_argument(
        "--with-linked",
        action="store_true",
        help=_(
            "answer the other rights asked in the same message (linked requests) in the same "
            "mailing: one PDF with a letter for each, kept in each request's file"
        ),
    )
    _add_channel_flag(letter)
    letter.set_defaults(handler=_letter_handler("cmd_letter"))

    purge = sub.add_parser("purge", help=_("crypto-shred ID copies whose retention has ended"))
    purge.add_argument("--as-of", type=_date, help=_("date to evaluate (default today)"))
    purge.add_argument("--dry-run", action="store_true", help=_("list what is due; change nothing"))
    purge.add_argument("--json", action="store_true")
    purge.set_defaults(handler=dc.cmd_purge)

    records = sub.add_parser("records", help=_("retention of the request records themselves"))
    rsub = records.add_subparsers(dest="action", required=True, metavar="ACTION")
    rpurge = rsub.add_parser(
        "purge", help=_("anonymise the request records whose retention has ended")
    )
    rpurge.add_argument("--as-of", type=_date, help=_("date to evaluate (default today)"))
    rpurge.add_argument(
        "--dry-run", action="store_true", help=_("list what is due; change nothing")
    )
    rpurge.add_argument("--json", action="store_true")
    rpurge.set_defaults(handler=rc.cmd_records_purge)
    rattest = rsub.add_parser(
        "attestation", help=_("PDF counting the records anonymised in a period, per entity")
    )
    rattest.add_argument("--start", type=_date, required=True, metavar="DATE")
    rattest.add_argument("--end", type=_date, required=True, metavar="DATE")
    rattest.add_argument("--entity", help=_("one entity (default: all)"))
    rattest.add_argument("--out", required=True, help=_("the PDF file to write"))
    rattest.set_defaults(handler=rc.cmd_records_attestation)

    audit = sub.add_parser("audit", help=_("audit log"))
    asub = audit.add_subparsers(dest="action", required=True, metavar="ACTION")
    averify = asub.add_parser("verify", help=_("check the hash chain; exit 1 if broken"))
    averify.add_argument("--json", action="store_true")
    averify.set_defaults(handler=vc.cmd_audit_verify)

    demo = sub.add_parser("demo", help=_("add realistic fake requests (demos, benchmarks)"))
    demo.add_argument(
        "--count", type=_count, default=200, help=_("how many (≤ {n:,})").format(n=MAX_COUNT)
    )
    demo.add_argument("--seed", type=int, default=2026)
    demo.set_defaults(handler=vc.cmd_demo)
    return parser

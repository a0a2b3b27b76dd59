"""CLI: ``dsr-desk bundle REF --out FILE.zip`` writes the portability / access bundle (GDPR
Art. 15 and 20): JSON and CSV per category, an HTML overview, the documents the requester
provided and a manifest of SHA-256 hashes; optionally AES-256 encrypted.

The password is never a command-line argument (it would show in the process list and the
shell history): ``--password-env VAR`` names the environment variable holding it.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import Any

from dsr_desk.cli.context import CliContext
from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.passphrase_policy import MIN_BUNDLE_PASSWORD_CHARS
from dsr_desk.export.bundle import check_password
from dsr_desk.export.bundle_file import check_bundle_target, open_bundle_file
from dsr_desk.messages import _
from dsr_desk.services.extra_files import ExtraFile, read_extra_files
from dsr_desk.services.portability import export_bundle

EXIT_OK = 0


def _added(text: str) -> tuple[str, str]:
    category, equals, path = text.partition("=")
    if not equals or not category.strip() or not path.strip():
        raise argparse.ArgumentTypeError(
            f"--add takes CATEGORY=FILE (e.g. orders=orders.csv), not {text!r}"
        )
    return category.strip(), path.strip()


def add_parsers(sub: argparse._SubParsersAction[Any]) -> None:
    """The ``bundle`` command (called by ``cli.parser.build_parser``)."""
    bundle = sub.add_parser(
        "bundle",
        help=_("write the portability / access bundle (zip: JSON, CSV, HTML, manifest)"),
    )
    bundle.add_argument("ref")
    bundle.add_argument("--out", required=True, metavar="FILE.zip", help=_("the zip file to write"))
    bundle.add_argument(
        "--add",
        action="append",
        type=_added,
        default=[],
        metavar="CATEGORY=FILE",
        help=_("one more category from a CSV or JSON file exported by another system (repeatable)"),
    )
    bundle.add_argument(
        "--password-env",
        metavar="VAR",
        help=_(
            "encrypt with AES-256, password (≥ {n} characters) read from this environment "
            "variable; give it to the requester through another channel"
        ).format(n=MIN_BUNDLE_PASSWORD_CHARS),
    )
    bundle.add_argument(
        "--override-reason",
        metavar="TEXT",
        help=_("why data may be disclosed although the identity is not verified (audited)"),
    )
    bundle.add_argument(
        "--lang", choices=["fr", "en"], help=_("overview language (default: the requester's)")
    )
    bundle.add_argument("--json", action="store_true")
    bundle.set_defaults(handler=cmd_bundle)


def _password(variable: str | None) -> str | None:
    if variable is None:
        return None
    value = os.environ.get(variable)
    if not value:
        raise ValidationError(
            "--password-env: the environment variable {variable} is not set.", variable=variable
        )
    return value


def cmd_bundle(ctx: CliContext, args: argparse.Namespace) -> int:
    out = check_bundle_target(Path(args.out), ctx.data_dir)
    password = _password(args.password_env)
    check_password(password)
    extras = [ExtraFile.of(category, Path(path)) for category, path in args.add]
    read_extra_files(extras)  # refuse a bad file before the vault is even opened
    with ctx.opened_vault() as vault, open_bundle_file(out, data_dir=ctx.data_dir) as sink:
        result = export_bundle(
            ctx.uow_for(vault),
            ctx.document_store(vault),
            args.ref,
            extra_files=extras,
            password=password,
            override_reason=args.override_reason,
            lang=args.lang,
            out=sink,  # streamed: memory does not grow with the documents
        )
    written = out
    if args.json:
        print(
            json.dumps(
                {
                    "reference": result.reference,
                    "out": str(written),
                    "files": result.file_count,
                    "manifest_sha256": result.manifest_sha256,
                    "encrypted": result.encrypted,
                },
                indent=2,
            )
        )
    else:
        print(written)
        line = (
            _("{count} files, AES-256 encrypted; manifest SHA-256 {sha256}")
            if result.encrypted
            else _("{count} files; manifest SHA-256 {sha256}")
        )
        print(line.format(count=result.file_count, sha256=result.manifest_sha256))
    return EXIT_OK

"""Command-line entry point: `dsr-desk COMMAND` for scripts and scheduled jobs; no command
opens the desktop app. Errors print one line and exit 2."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from dsr_desk.cli.context import CliContext
from dsr_desk.cli.parser import EXIT_USAGE, build_parser
from dsr_desk.domain.errors import DsrError

EXIT_INTERRUPTED = 130


def run_gui(data_dir: str | None) -> int:
    try:
        from dsr_desk.ui.app import run
    except ImportError:
        print(
            "dsr-desk: the desktop app is not part of this build yet; see `dsr-desk --help`.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    result: int = run(data_dir)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return run_gui(args.data_dir)
    try:
        ctx = CliContext.from_args(args.data_dir)
        result: int = args.handler(ctx, args)
        return result
    except DsrError as problem:
        print(f"dsr-desk: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("dsr-desk: interrupted; nothing more was changed.", file=sys.stderr)
        return EXIT_INTERRUPTED

"""Command-line entry point: `dsr-desk COMMAND` for scripts and scheduled jobs; no command
opens the desktop app. Every failure prints one line on stderr and exits 2, also when the
system fails under the command (full disk, file size limit, damaged page, closed pipe)."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from dsr_desk.bootstrap import ENV_TODAY
from dsr_desk.cli.context import (
    ENV_DB_URL,
    ENV_NEW_PASSWORD,
    ENV_PASSPHRASE,
    ENV_PASSWORD,
    ENV_RECOVERY_KEY,
    CliContext,
)
from dsr_desk.cli.failures import non_utf8_argument, non_utf8_variable
from dsr_desk.cli.parser import EXIT_USAGE, build_parser, error_line, route_argparse_messages
from dsr_desk.domain.errors import DsrError
from dsr_desk.i18n import system_language
from dsr_desk.logs import configure_logging, remove_logging
from dsr_desk.messages import _, set_language
from dsr_desk.paths import resolve_data_dir
from dsr_desk.services.failures import describe_failure, full_disk_message
from dsr_desk.storage.vault import vault_exists
from dsr_desk.user import ENV_USER

EXIT_INTERRUPTED = 130
ENV_DEBUG = "DSR_DESK_DEBUG"  # show the traceback of an unexpected failure
TEXT_VARIABLES = (
    ENV_PASSPHRASE,
    ENV_RECOVERY_KEY,
    ENV_USER,
    ENV_TODAY,
    ENV_PASSWORD,
    ENV_NEW_PASSWORD,
    ENV_DB_URL,
)


def run_gui(data_dir: str | None, db_url: str | None = None) -> int:
    """Start the desktop app. Only a missing PySide6 earns a friendly line; any other import
    failure is a bug in DSR Desk and shows as one (a traceback), never as a missing feature."""
    try:
        from dsr_desk.ui.app import run
    except ModuleNotFoundError as missing:
        if missing.name is None or missing.name.split(".")[0] != "PySide6":
            raise
        print(
            _(
                "dsr-desk: the desktop app needs PySide6, which is not installed here; the "
                "commands work without it (see `dsr-desk --help`)."
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    result: int = run(data_dir, db_url)
    return result


def _silence_stdout() -> None:
    """Point stdout at devnull, so that the final flush at exit cannot fail a second time
    (the Python documentation's way with a closed pipe)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no usable stdout at all
        pass
    finally:
        os.close(devnull)


def _error(message: str) -> int:
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except (OSError, ValueError):  # stdout itself failed (closed pipe, full device)
        _silence_stdout()
    print(error_line("dsr-desk", message), file=sys.stderr)
    return EXIT_USAGE


def _on_full_disk(error: BaseException, data_dir: str | None) -> str | None:
    try:
        return full_disk_message(error, resolve_data_dir(data_dir))
    except Exception:  # never let the diagnosis hide the error itself
        return None


def _log_unexpected(failure: BaseException, data_dir: str | None) -> Path | None:
    """Write the failure (its type and place, never its message: ``dsr_desk.logs``) to the
    vault's log file; only where a vault exists (a failed ``init`` must leave nothing)."""
    try:
        folder = resolve_data_dir(data_dir)
        if not vault_exists(folder):
            return None
        handler = configure_logging(folder)
        try:
            logging.getLogger("dsr_desk.cli").error(
                "command failed", exc_info=(type(failure), failure, failure.__traceback__)
            )
        finally:
            remove_logging(handler)
    except Exception:  # never let the log hide the error itself
        return None
    return handler.path


def _check_text(argv: Sequence[str]) -> str | None:
    position = non_utf8_argument(argv)
    if position is not None:
        option = argv[position - 2] if position >= 2 else ""
        if option.startswith("--"):
            return _("the value of {option} is not valid UTF-8 text; nothing was changed.").format(
                option=option
            )
        return _("argument {position} is not valid UTF-8 text; nothing was changed.").format(
            position=position
        )
    variable = non_utf8_variable(TEXT_VARIABLES)
    if variable is not None:
        return _("{variable} is not valid UTF-8 text; nothing was changed.").format(
            variable=variable
        )
    return None


def main(argv: Sequence[str] | None = None) -> int:
    set_language(system_language())  # messages, help and argparse's words follow LANG
    route_argparse_messages()
    arguments = list(sys.argv[1:] if argv is None else argv)
    refusal = _check_text(arguments)
    if refusal is not None:
        return _error(refusal)
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.self_test:
        if args.command is not None:
            return _error(_("--self-test takes no command; it uses a throwaway vault of its own."))
        from dsr_desk.ui.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        try:
            return run_gui(args.data_dir, args.db or os.environ.get(ENV_DB_URL))
        except DsrError as problem:  # before any window opens (a bad DSR_DESK_TODAY)
            return _error(str(problem))
    try:
        ctx = CliContext.from_args(args.data_dir, args.db or os.environ.get(ENV_DB_URL))
        result: int = args.handler(ctx, args)
    except DsrError as problem:
        return _error(_on_full_disk(problem, args.data_dir) or str(problem))
    except KeyboardInterrupt:
        print(_("dsr-desk: interrupted; nothing more was changed."), file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader went away (`dsr-desk request list | head`): quietly
        _silence_stdout()
        return EXIT_USAGE
    except Exception as failure:  # the system failed under us: one line, never a traceback
        message = _on_full_disk(failure, args.data_dir) or describe_failure(failure)
        if message is None:
            if os.environ.get(ENV_DEBUG):
                raise
            logged = _log_unexpected(failure, args.data_dir)
            where = (
                " " + _("The details are in {path}.").format(path=logged)
                if logged is not None
                else ""
            )
            message = _(
                "unexpected failure ({kind}); nothing more was done.{where} "
                "Set {variable}=1 to see them here, and please report it."
            ).format(kind=type(failure).__name__, where=where, variable=ENV_DEBUG)
        return _error(" ".join(message.split()))
    return _flushed(result)


def _flushed(result: int) -> int:
    """Flush the output now, so that a closed pipe or a full device shows here, not at exit."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_USAGE
    except OSError as problem:
        _silence_stdout()
        return _error(
            _("the output could not be written ({reason}).").format(reason=problem.strerror)
        )
    return result

"""An error nobody expected in a CLI command: one line on stderr (its type and where the
details are, never its message), exit 2, and the details in the vault's log file without
personal data. ``DSR_DESK_DEBUG=1`` shows the traceback instead."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dsr_desk import logs
from tests.integration.cli_helpers import PASSPHRASE, init_vault

CANARY = "Zéphyrine Canary-Quintal"

CHILD = """
import sys
from dsr_desk.cli import main, request_commands

def broken(*args, **kwargs):
    raise LookupError("no requester named " + sys.argv[2])

request_commands.queries.list_requests = broken
sys.exit(main(["--data-dir", sys.argv[1], "request", "list"]))
"""


def _run(data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), CANARY],
        capture_output=True,
        text=True,
        env={**os.environ, "DSR_DESK_PASSPHRASE": PASSPHRASE, **env},
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


def test_an_unexpected_failure_is_one_line_and_logged_without_data(data_dir: Path) -> None:
    init_vault(data_dir, "--entity", "École Pilote")
    child = _run(data_dir)
    assert child.returncode == 2
    lines = child.stderr.strip().splitlines()
    assert len(lines) == 1, child.stderr
    assert lines[0].startswith("dsr-desk: error: unexpected failure (LookupError)")
    assert str(logs.log_path(data_dir)) in lines[0]
    assert CANARY not in child.stderr
    text = logs.log_path(data_dir).read_text(encoding="utf-8")
    assert "command failed" in text and "LookupError (message withheld)" in text
    assert "in broken" in text
    assert CANARY not in text


def test_debug_shows_the_traceback(data_dir: Path) -> None:
    init_vault(data_dir, "--entity", "École Pilote")
    child = _run(data_dir, DSR_DESK_DEBUG="1")
    assert child.returncode == 1
    assert "Traceback" in child.stderr and "LookupError" in child.stderr


def test_no_log_folder_where_there_is_no_vault(tmp_path: Path) -> None:
    missing = tmp_path / "nothing-here"
    child = _run(missing)
    assert child.returncode == 2
    assert not missing.exists()

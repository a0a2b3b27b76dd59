"""How `dsr-desk` (no command) starts the desktop app, in a child process through the real
entry point: the GUI takes the CLI's bootstrap (``DSR_DESK_TODAY`` included); only a missing
PySide6 earns the friendly line, any other import failure is a bug and shows as one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

FRIENDLY = "the desktop app needs PySide6, which is not installed here"

# The controller built by ui.app.run() records what it was given, then gives up at once (as a
# user closing the first-run wizard does).
RECORD_START = """
import json, sys
from dsr_desk.cli import main
from dsr_desk.ui import app as app_module

class Recording(app_module.AppController):
    def start(self):
        session = self.session
        print(json.dumps({"today": session.clock.today().isoformat(), "user": session.user,
                          "data_dir": str(session.data_dir)}))
        return False

app_module.AppController = Recording
sys.exit(main(["--data-dir", sys.argv[1]]))
"""

# PySide6 absent: None in sys.modules makes its import fail as a missing module does.
WITHOUT_PYSIDE = """
import sys
sys.modules["PySide6"] = None
from dsr_desk.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""

# A bug of ours: a module of the GUI lacks a name that ui.app imports (a botched rename), or
# one of our modules cannot be found at all.
BROKEN_GUI = """
import sys, types
if sys.argv[2] == "missing name":
    sys.modules["dsr_desk.ui.idle"] = types.ModuleType("dsr_desk.ui.idle")
else:
    sys.modules["dsr_desk.ui.idle"] = None
from dsr_desk.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def _child(script: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        stdin=subprocess.DEVNULL,
        check=False,
    )


def test_the_gui_honours_the_simulated_day(data_dir: Path) -> None:
    child = _child(RECORD_START, str(data_dir), DSR_DESK_TODAY="2026-03-20")
    assert child.returncode == 0, child.stderr
    given = json.loads(child.stdout.splitlines()[-1])
    assert given == {
        "today": "2026-03-20",
        "user": "test-user",
        "data_dir": str(data_dir.resolve()),
    }


def test_a_bad_simulated_day_stops_the_gui_with_one_line(data_dir: Path) -> None:
    child = _child(RECORD_START, str(data_dir), DSR_DESK_TODAY="tomorrow")
    assert child.returncode == 2
    assert child.stdout == ""  # no controller was built
    assert child.stderr == "dsr-desk: error: 'tomorrow' is not a date: use YYYY-MM-DD.\n"


def test_a_missing_pyside_gives_the_friendly_line(data_dir: Path) -> None:
    child = _child(WITHOUT_PYSIDE, str(data_dir))
    assert child.returncode == 2
    assert child.stderr.startswith(f"dsr-desk: {FRIENDLY}")
    assert "Traceback" not in child.stderr


@pytest.mark.parametrize("bug", ["missing name", "missing module"])
def test_a_broken_gui_import_shows_as_a_bug(data_dir: Path, bug: str) -> None:
    child = _child(BROKEN_GUI, str(data_dir), bug)
    assert child.returncode == 1
    assert "Traceback" in child.stderr
    assert "dsr_desk.ui.idle" in child.stderr
    assert FRIENDLY not in child.stderr
    assert "not part of this build" not in child.stderr

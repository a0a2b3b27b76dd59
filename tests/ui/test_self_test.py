"""``dsr-desk --self-test``: the real program on a throwaway vault passes, prints one line per
check and leaves nothing behind; a broken installation fails at the check that finds it (exit
1, the checks after it not run), and the temporary vault goes all the same. CI runs the same
command on the built bundle (``.ci/run``)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from dsr_desk.letters import fonts
from dsr_desk.ui import self_test as selftest

CHECK_NAMES = [name for name, _check in selftest.CHECKS]


def test_the_self_test_passes_in_a_child_process_and_leaves_nothing(tmp_path: Path) -> None:
    scratch, home = tmp_path / "tmp", tmp_path / "home"
    scratch.mkdir()
    env = {
        **os.environ,
        "TMPDIR": str(scratch),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "dsr_desk", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "DSR Desk 0.1.0 self-test"
    assert [line.split(":")[0] for line in lines[1:-1]] == [f"ok    {n}" for n in CHECK_NAMES]
    assert lines[-1].startswith(f"self-test passed: {len(CHECK_NAMES)} checks in ")
    assert "set in PT Serif" in proc.stdout
    assert "rendered through QtPdf" in proc.stdout
    assert "user guides open in the viewer: user-guide.fr.md" in proc.stdout
    assert "backup written and verified (1 document, " in proc.stdout
    assert proc.stderr == ""  # not even the offscreen platform's notice
    assert list(scratch.iterdir()) == []  # the temporary vault is gone
    # neither a vault nor window settings were written in the user's folders
    assert not (home / "data").exists()
    assert not (home / "config").exists()


def test_the_self_test_takes_no_command(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "dsr_desk", "--self-test", "deadline", "--received", "2026-03-02"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        "dsr-desk: error: --self-test takes no command; it uses a throwaway vault of its own."
    )


def test_a_missing_letter_font_fails_at_the_letter_and_stops_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a bundle without PT Serif's files would: ReportLab's Vera stands in."""
    vera = fonts._CANDIDATES[1]
    folder = fonts._folder(vera)
    assert folder is not None
    monkeypatch.setattr(fonts, "letter_font", lambda: fonts._register(vera, folder))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    out = io.StringIO()

    assert selftest.run_self_test(out) == selftest.EXIT_FAILED

    lines = out.getvalue().splitlines()
    assert [line.split(":")[0] for line in lines[1:4]] == [
        "ok    vault",
        "ok    migrations",
        "ok    request",
    ]
    assert lines[4] == (
        "FAIL  letter: the letters' typeface is missing (Bitstream Vera (bundled with ReportLab))"
    )
    assert lines[5].startswith("self-test FAILED at letter (")
    assert len(lines) == 6  # nothing after the failing check
    assert list(tmp_path.iterdir()) == []  # the vault was closed and removed all the same


def test_a_missing_qt_translation_fails_its_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(selftest, "QT_LANGUAGES", ("fr", "xx"))
    monkeypatch.setattr(selftest, "CHECKS", (("translations", selftest.check_translations),))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    out = io.StringIO()

    assert selftest.run_self_test(out) == selftest.EXIT_FAILED

    assert "FAIL  translations: Qt's translation qtbase_xx.qm is missing from " in out.getvalue()
    assert list(tmp_path.iterdir()) == []

"""Unexpected errors: a dialog with "Copy details", a rotating log file, no personal data.

The canary is a requester's name put in the error's message, as a validation message or
SQLAlchemy's "[parameters: ...]" would: it must reach neither the log nor the copied details.
"""

from __future__ import annotations

import errno
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dsr_desk import logs
from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.errors import DsrError
from dsr_desk.ui.dialogs.error_dialog import ErrorDialog
from dsr_desk.ui.error_reporting import install_error_reporting
from dsr_desk.ui.ops import Ops
from tests.ui.conftest import UI_PASSPHRASE, UI_TODAY
from tests.vault_templates import copy_vault

CANARY = "Zéphyrine Canary-Quintal"


def _failing() -> None:
    try:
        {}["x"]
    except KeyError as error:
        raise RuntimeError(f"could not save requester {CANARY!r}") from error


def _error() -> RuntimeError:
    try:
        _failing()
    except RuntimeError as error:
        return error
    raise AssertionError("unreachable")


def test_described_without_message_with_its_chain_and_place() -> None:
    text = logs.describe_exception(_error())
    assert CANARY not in text
    assert "builtins.KeyError (message withheld)" in text
    assert "builtins.RuntimeError (message withheld)" in text
    assert text.index("KeyError") < text.index("which led to") < text.index("RuntimeError")
    assert 'File "tests/ui/test_error_reporting.py"' not in text  # not a dsr_desk path...
    assert "test_error_reporting.py" in text and "in _failing" in text  # ...still its place
    assert str(Path.home()) not in text or str(Path.home()) == "/"


def test_log_file_holds_the_error_type_not_the_data(tmp_path: Path) -> None:
    handler = logs.configure_logging(tmp_path)
    try:
        assert logs.configure_logging(tmp_path) is handler  # once per file
        error = _error()
        logging.getLogger("dsr_desk.ui.ops").error(
            "operation %s failed", "save_request", exc_info=(type(error), error, None)
        )
    finally:
        logs.remove_logging(handler)
    text = logs.log_path(tmp_path).read_text(encoding="utf-8")
    assert "operation save_request failed" in text
    assert "RuntimeError (message withheld)" in text
    assert CANARY not in text
    assert (logs.log_path(tmp_path).stat().st_mode & 0o777) == 0o600
    assert (logs.log_path(tmp_path).parent.stat().st_mode & 0o777) == 0o700


def test_a_data_folder_made_for_the_log_is_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "not-yet"  # the first start: no vault, no data folder
    handler = logs.configure_logging(folder)
    try:
        logging.getLogger("dsr_desk.qt").warning("a warning before the first-run wizard")
    finally:
        logs.remove_logging(handler)
    assert (folder.stat().st_mode & 0o777) == 0o700


def test_log_file_rotates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 400)
    handler = logs.configure_logging(tmp_path)
    try:
        for number in range(40):
            logging.getLogger("dsr_desk.test").warning("line %d %s", number, "x" * 40)
    finally:
        logs.remove_logging(handler)
    names = sorted(path.name for path in logs.log_path(tmp_path).parent.iterdir())
    assert names == ["dsr-desk.log", "dsr-desk.log.1", "dsr-desk.log.2"]
    assert "line 39" in logs.log_path(tmp_path).read_text(encoding="utf-8")
    assert all(path.stat().st_size <= 400 for path in logs.log_path(tmp_path).parent.iterdir())


def test_uncaught_errors_show_one_dialog_and_reach_the_log(qtbot: QtBot, tmp_path: Path) -> None:
    previous = (sys.excepthook, threading.excepthook)
    reporting = install_error_reporting(tmp_path)
    try:
        error = _error()
        sys.excepthook(type(error), error, error.__traceback__)  # what PySide calls for a slot
        dialog = reporting.reporter.dialog
        assert isinstance(dialog, ErrorDialog)
        qtbot.waitUntil(dialog.isVisible)
        assert "RuntimeError" in dialog.summary_label.text()
        assert CANARY not in dialog.details and "message withheld" in dialog.details
        dialog.copy_button.click()
        assert QGuiApplication.clipboard().text() == dialog.details
        sys.excepthook(type(error), error, error.__traceback__)  # again: no second dialog
        assert reporting.reporter.shown == 1
        dialog.accept()

        thread = threading.Thread(target=_failing, name="worker")  # from another thread
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: reporting.reporter.shown == 2)
        second = reporting.reporter.dialog
        assert second is not None and second is not dialog
        qtbot.waitUntil(second.isVisible)
        second.accept()
    finally:
        reporting.uninstall()
    assert (sys.excepthook, threading.excepthook) == previous
    text = logs.log_path(tmp_path).read_text(encoding="utf-8")
    assert text.count("unexpected error") == 3
    assert "[worker]" in text
    assert CANARY not in text


CHILD = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
from dsr_desk.ui import app as app_module
from dsr_desk.ui.style import create_application

data_dir, passphrase, canary = sys.argv[1], sys.argv[2], sys.argv[3]
app = create_application(sys.argv)
state = {"step": "unlock", "since": time.monotonic()}
started = time.monotonic()

def top(name):
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None

def boom():
    raise ValueError("the requester " + canary + " broke it")

def tick():
    now = time.monotonic()
    if now - started > 90:
        print("timed out at " + state["step"], flush=True)
        QApplication.exit(3)
    elif state["step"] == "unlock":
        dialog = top("unlockDialog")
        if dialog is not None:
            field = dialog.findChild(QLineEdit, "unlockPassphrase")
            QTest.keyClicks(field, passphrase)
            QTimer.singleShot(0, field.returnPressed.emit)
            state["step"] = "window"
    elif state["step"] == "window":
        window = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QMainWindow) and w.isVisible()), None)
        if window is not None:
            state["window"] = window
            QTimer.singleShot(0, boom)  # an exception escaping a slot of the running loop
            state["step"] = "dialog"
    elif state["step"] == "dialog":
        dialog = top("errorDialog")
        if dialog is not None:
            print("dialog shown", flush=True)
            dialog.accept()
            state["step"] = "alive"
            state["since"] = now
    elif state["step"] == "alive" and now - state["since"] > 0.5:
        print("still running" if state["window"].isVisible() else "no window", flush=True)
        state["step"] = "closing"
        QTimer.singleShot(0, state["window"].close)

timer = QTimer()
timer.timeout.connect(tick)
timer.start(50)
code = app_module.run(data_dir)
print(f"exit {code}", flush=True)
sys.exit(code)
"""


def test_an_error_in_the_running_app_shows_the_dialog_and_the_app_goes_on(
    data_dir: Path,
) -> None:
    copy_vault(data_dir, FixedClock.on(UI_TODAY), passphrase=UI_PASSPHRASE)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), UI_PASSPHRASE, CANARY],
        capture_output=True,
        text=True,
        timeout=150,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert child.stdout.splitlines() == ["dialog shown", "still running", "exit 0"], (
        child.stdout + child.stderr
    )
    text = logs.log_path(data_dir).read_text(encoding="utf-8")
    assert "ValueError (message withheld)" in text
    assert "in boom" in text
    assert CANARY not in text
    assert CANARY not in child.stderr  # nothing printed the message either
    assert QApplication.instance() is not None


def _full_disk() -> None:
    raise OSError(errno.ENOSPC, "No space left on device", "/somewhere/dsr-desk.db")


def test_a_full_disk_under_an_operation_is_said_in_one_line(qtbot: QtBot, tmp_path: Path) -> None:
    worker = Ops()
    errors: list[DsrError] = []
    try:
        worker.run(_full_disk, receiver=worker, on_error=errors.append)
        qtbot.waitUntil(lambda: bool(errors))
    finally:
        worker.shutdown()
    assert str(errors[0]).startswith("The disk is full (/somewhere/dsr-desk.db)")


def test_an_unexpected_error_in_an_operation_opens_the_error_dialog(
    qtbot: QtBot, tmp_path: Path
) -> None:
    reporting = install_error_reporting(tmp_path)
    worker = Ops()
    errors: list[DsrError] = []
    try:
        worker.run(_failing, receiver=worker, on_error=errors.append)
        qtbot.waitUntil(lambda: bool(errors) and reporting.reporter.shown == 1)
        dialog = reporting.reporter.dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible)
        dialog.accept()
    finally:
        worker.shutdown()
        reporting.uninstall()
    assert str(errors[0]) == "Unexpected error: RuntimeError."
    text = logs.log_path(tmp_path).read_text(encoding="utf-8")
    assert "unexpected error" in text and "in _failing" in text
    assert CANARY not in text

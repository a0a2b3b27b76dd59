"""Lock and unlock through the real ``app.exec()`` loop, in a child process.

pytest-qt never runs ``QApplication.exec()``, so it cannot see what the running loop does
when a window closes: with the main window hidden behind a lock, the unlock dialog is the
last visible window, and closing it used to end the application ("quit on last window
closed"). The child starts the app through ``dsr_desk.ui.app.run`` (with a ``QApplication``
that already exists, as the entry point allows), presses Ctrl+L, types the passphrase and
Enter, twice, checks the app still runs, then closes the main window, which must end it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dsr_desk.domain.clock import FixedClock
from tests.ui.conftest import UI_PASSPHRASE, UI_TODAY
from tests.vault_templates import copy_vault

CHILD = r"""
import sys, time
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
from dsr_desk.ui import app as app_module
from dsr_desk.ui.style import create_application

data_dir, passphrase = sys.argv[1], sys.argv[2]
app = create_application(sys.argv)  # run() must accept an application that exists
started = time.monotonic()
state = {"step": "wait-unlock", "cycles": 0, "since": time.monotonic()}

def say(text):
    print(text, flush=True)

def later(action):
    # Pressing a key can open a modal loop (the unlock dialog): not from inside this timer's
    # slot, which Qt would not call again until that loop ends.
    QTimer.singleShot(0, action)

def main_window():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow):
            return widget
    return None

def unlock_field():
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "unlockDialog" and widget.isVisible():
            field = widget.findChild(QLineEdit, "unlockPassphrase")
            if field is not None and field.isVisible():
                return field
    return None

def tick():
    step = state["step"]
    now = time.monotonic()
    if now - started > 90:
        say("timed out at " + step)
        QApplication.exit(3)
        return
    window = main_window()
    if step == "wait-unlock":
        field = unlock_field()
        if field is not None:
            QTest.keyClicks(field, passphrase)
            later(lambda: QTest.keyClick(field, Qt.Key.Key_Return))
            state["step"] = "wait-window"
    elif step == "wait-window":
        if window is not None and window.isVisible() and unlock_field() is None:
            if state["cycles"] == 2:
                say("unlocked twice")
                state["step"] = "linger"
                state["since"] = now
                return
            state["step"] = "settle"
            state["since"] = now
    elif step == "settle":  # let the first screen finish loading before locking again
        if now - state["since"] > 0.7:
            state["cycles"] += 1
            say(f"lock {state['cycles']}")
            later(lambda: QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier))
            state["step"] = "wait-unlock"
    elif step == "linger":  # the loop must still be running, the window still shown
        if now - state["since"] > 1.0:
            say("still running" if window is not None and window.isVisible() else "no window")
            state["step"] = "closing"
            later(window.close)  # closing the main window ends the application

timer = QTimer()
timer.timeout.connect(tick)
timer.start(50)
code = app_module.run(data_dir)
say(f"exit {code}")
sys.exit(code)
"""


def test_two_lock_unlock_cycles_keep_the_app_running(data_dir: Path) -> None:
    copy_vault(data_dir, FixedClock.on(UI_TODAY), passphrase=UI_PASSPHRASE)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), UI_PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=150,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "DSR_DESK_TODAY": "2026-03-20"},
        check=False,
    )
    lines = child.stdout.splitlines()
    assert lines == ["lock 1", "lock 2", "unlocked twice", "still running", "exit 0"], (
        child.stdout + child.stderr
    )
    assert child.returncode == 0

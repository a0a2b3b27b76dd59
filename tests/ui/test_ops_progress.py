"""Long operations on the DB worker: a progress dialog that shows the steps and can cancel."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from dsr_desk.domain.errors import Cancelled, DsrError
from dsr_desk.services.progress import step
from dsr_desk.ui.ops import CancelToken, Ops


def _progress_dialog() -> QProgressDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
    visible = [w for w in found if w.isVisible()]
    return visible[0] if visible else None


def test_a_long_operation_shows_its_progress_and_cancels_cleanly(qtbot: QtBot, ops: Ops) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    halfway = threading.Event()
    changed: list[int] = []

    def slow_job(cancel: CancelToken) -> str:
        for done in range(200):
            step(cancel, done, 200, "The test job")
            if done == 5:
                halfway.set()
            time.sleep(0.01)
        changed.append(1)  # only reached if never cancelled
        return "finished"

    results: list[object] = []
    errors: list[DsrError] = []
    ops.run(
        slow_job,
        receiver=window,
        on_done=results.append,
        on_error=errors.append,
        busy_text="Working through 200 items…",
        parent=window,
        cancel=CancelToken(),
    )
    qtbot.waitUntil(lambda: _progress_dialog() is not None, timeout=5000)
    dialog = _progress_dialog()
    assert dialog is not None
    assert dialog.labelText() == "Working through 200 items…"
    qtbot.waitUntil(lambda: dialog.maximum() == 200 and dialog.value() > 5, timeout=5000)

    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.isEnabled()
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], Cancelled)
    assert str(errors[0]) == "The test job cancelled: nothing was changed."
    assert results == [] and changed == []
    qtbot.waitUntil(lambda: _progress_dialog() is None)
    assert not ops.busy


def test_a_quick_operation_shows_no_dialog(qtbot: QtBot, ops: Ops) -> None:
    results: list[object] = []
    ops.run(
        lambda cancel: "done",
        receiver=ops,
        on_done=results.append,
        busy_text="…",
        cancel=CancelToken(),
    )
    qtbot.waitUntil(lambda: results == ["done"])
    # the busy delay's timer is stopped and gone: nothing can pop up afterwards
    qtbot.waitUntil(lambda: not ops.findChildren(QTimer))
    assert _progress_dialog() is None

"""Idle auto-lock through the real AppController: a FixedClock stands in for the minutes."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.requests import RequestType
from dsr_desk.services import requests as request_service
from dsr_desk.services.read.settings import AppSettings
from dsr_desk.services.settings import save_settings
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.ui.app import AppController
from dsr_desk.ui.dialogs.unlock_dialog import UnlockDialog
from dsr_desk.ui.idle import CHECK_INTERVAL_MS, IdleWatcher
from dsr_desk.ui.main_window import REQUESTS
from tests.ui.conftest import UI_PASSPHRASE
from tests.vault_templates import open_copy

OPEN_TIMEOUT_MS = 20_000


@dataclass
class Seen:
    """What the screen showed when the unlock dialog came up."""

    unlocked: bool
    window_visible: bool
    rows: int
    title: str


@pytest.fixture
def idle_vault(data_dir: Path, clock: FixedClock) -> Path:
    """A passphrase vault with one entity, one request and a 5-minute idle lock."""
    vault, _ = open_copy(
        data_dir, clock, passphrase=UI_PASSPHRASE, entities=[{"name": "Groupe Scolaire Exemple"}]
    )

    def uow() -> SqlUnitOfWork:
        return SqlUnitOfWork(vault.session_factory, clock, "ui-tester")

    request_service.register_request(
        uow(), type=RequestType.ACCESS, received_on=date(2026, 3, 2), name="Jeanne Martin"
    )
    save_settings(uow(), AppSettings(idle_lock_minutes=5))
    vault.close()
    return data_dir


@pytest.fixture
def controller(
    idle_vault: Path, clock: FixedClock, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AppController]:
    """An AppController whose unlock dialog is typed into instead of blocking in exec()."""
    seen: list[Seen] = []

    def type_passphrase(dialog: UnlockDialog) -> int:
        app = controller_box[0]
        window = app.window
        seen.append(
            Seen(
                unlocked=app.session.is_unlocked,
                window_visible=window is not None and window.isVisible(),
                rows=0 if window is None else window.register.model.rowCount(),
                title=dialog.title_label.text(),
            )
        )
        dialog.open()  # not given to qtbot: after exec() the dialog is Qt's to delete
        qtbot.keyClicks(dialog.passphrase_edit, UI_PASSPHRASE)
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.vault is not None, timeout=OPEN_TIMEOUT_MS)
        return dialog.result()

    # QDialog.exec, not UnlockDialog.exec: the dialog's own exec() (hand-over to Qt for
    # deletion afterwards) stays in the loop
    monkeypatch.setattr(QDialog, "exec", type_passphrase)
    app = AppController(idle_vault, clock, "ui-tester")
    controller_box = [app]
    app.seen = seen  # type: ignore[attr-defined]
    yield app
    app.shutdown()
    window, app.window = app.window, None
    if window is not None:
        window.close()
    del window  # deleted now, while QApplication lives (not at interpreter exit)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # finished dialogs


def _register_rows(app: AppController) -> int:
    assert app.window is not None
    return app.window.register.model.rowCount()


def test_idle_minutes_lock_the_app_and_hide_personal_data(
    qtbot: QtBot, controller: AppController, clock: FixedClock
) -> None:
    assert controller.start()
    window = controller.window
    assert window is not None
    qtbot.waitExposed(window)
    window.show_page(REQUESTS)
    qtbot.waitUntil(lambda: _register_rows(controller) == 1)
    assert controller.session.is_unlocked
    assert controller.idle.minutes == 5  # from the vault's preferences
    assert controller.idle.is_running
    qtbot.waitUntil(lambda: controller.idle.watching_input)  # once the first frame is up

    # 4 minutes idle: nothing happens; a key press counts as activity
    clock.advance(timedelta(minutes=4))
    controller.idle.check()
    assert controller.session.is_unlocked
    qtbot.keyClick(window.register.table, Qt.Key.Key_Down)
    clock.advance(timedelta(minutes=4))  # 8 minutes since start, 4 since the key press
    controller.idle.check()
    assert controller.session.is_unlocked

    # 5 minutes without activity: lock, then the unlock dialog (typed into by the fixture)
    clock.advance(timedelta(minutes=1))
    controller.idle.check()
    seen = controller.seen  # type: ignore[attr-defined]
    assert len(seen) == 2  # start-up, then after the lock
    assert seen[1].unlocked is False
    assert seen[1].window_visible is False
    assert seen[1].rows == 0
    assert seen[1].title == "DSR Desk is locked"

    # unlocked again: the window and the register come back
    assert controller.session.is_unlocked
    assert window.isVisible()
    window.show_page(REQUESTS)
    qtbot.waitUntil(lambda: _register_rows(controller) == 1)


def test_giving_up_at_the_unlock_dialog_quits(
    qtbot: QtBot, controller: AppController, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert controller.start()
    assert controller.window is not None
    qtbot.waitUntil(lambda: _register_rows(controller) == 1)
    quits: list[bool] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: 0)  # Quit DSR Desk
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    clock.advance(timedelta(minutes=5))
    controller.idle.check()
    assert quits == [True]
    assert not controller.session.is_unlocked
    assert not controller.window.isVisible()
    assert _register_rows(controller) == 0
    assert not controller.idle.is_running


# --- the watcher on its own ----------------------------------------------------------------


def _send(widget: QWidget, event: QEvent) -> None:
    QApplication.sendEvent(widget, event)


def test_watcher_counts_input_as_activity_and_fires_once(qtbot: QtBot) -> None:
    clock = FixedClock.on(date(2026, 3, 20))
    watcher = IdleWatcher(clock)
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.set_minutes(2)
    with pytest.raises(ValueError, match="at least one minute"):
        watcher.set_minutes(0)

    clock.advance(timedelta(minutes=10))
    watcher.check()
    assert fired == []  # not started: never fires

    watcher.start()
    assert watcher._timer.interval() == CHECK_INTERVAL_MS
    assert watcher._timer.isActive()
    clock.advance(timedelta(minutes=1, seconds=59))
    watcher.check()
    assert fired == []

    for event in (
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"),
        QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(3, 3),
            QPointF(3, 3),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    ):
        clock.advance(timedelta(minutes=1, seconds=59))
        _send(widget, event)
        assert watcher.last_activity == clock.now()
        watcher.check()
        assert fired == []

    clock.advance(timedelta(minutes=2))
    watcher.check()
    watcher.check()
    assert fired == [True]  # once, not at every check

    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # activity re-arms it
    clock.advance(timedelta(minutes=2))
    watcher.check()
    assert fired == [True, True]

    watcher.stop()
    assert not watcher._timer.isActive()
    clock.advance(timedelta(minutes=1))
    before = watcher.last_activity
    qtbot.keyClick(widget, Qt.Key.Key_B)
    assert watcher.last_activity == before  # no longer listening
    clock.advance(timedelta(minutes=30))
    watcher.check()
    assert fired == [True, True]


def test_input_is_watched_after_the_delay_given(qtbot: QtBot) -> None:
    """The app starts the watch with a delay (its first frame first): the idle time runs from
    the start, input counts once the filter is in."""
    clock = FixedClock.on(date(2026, 3, 20))
    watcher = IdleWatcher(clock)
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    watcher.set_minutes(2)
    watcher.start(input_after_ms=50)
    assert watcher.is_running and not watcher.watching_input
    started = watcher.last_activity
    clock.advance(timedelta(minutes=1))
    qtbot.keyClick(widget, Qt.Key.Key_A)
    assert watcher.last_activity == started  # not watched yet
    qtbot.waitUntil(lambda: watcher.watching_input)
    qtbot.keyClick(widget, Qt.Key.Key_B)
    assert watcher.last_activity == clock.now()
    clock.advance(timedelta(minutes=2))
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.check()
    assert fired == [True]
    watcher.stop()
    assert not watcher.is_running and not watcher.watching_input

    watcher.start(input_after_ms=50)  # stopped before the delay: the filter never comes
    watcher.stop()
    assert not [timer for timer in watcher.findChildren(QTimer) if timer.isActive()]
    assert not watcher.watching_input


def test_quiet_time_restarts_at_each_input(qtbot: QtBot) -> None:
    """``quiet_ms`` (real time since the last input) decides when the ORM is warmed up."""
    watcher = IdleWatcher(FixedClock.on(date(2026, 3, 20)))
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    watcher.start()
    qtbot.waitUntil(lambda: watcher.quiet_ms() >= 100)
    QApplication.sendEvent(
        widget,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"),
    )
    assert watcher.quiet_ms() < 100
    watcher.stop()


def test_the_idle_lock_waits_for_a_job_the_user_waits_on_then_counts_from_its_end(
    qtbot: QtBot, controller: AppController, clock: FixedClock
) -> None:
    """A copy to a team server ends with a recovery key shown once: idle minutes passing while
    it runs do not lock the app under it; once it ends, the minutes count again from then."""
    assert controller.start()
    window = controller.window
    assert window is not None
    qtbot.waitExposed(window)
    release = threading.Event()
    ended: list[str] = []
    controller.ops.run(
        lambda: release.wait(30) and "copied",
        receiver=window,
        on_done=ended.append,
        busy_text="Copying the register to the team server…",
        parent=window,
    )

    clock.advance(timedelta(minutes=6))  # past the 5 minutes, while the job runs
    controller.idle.check()
    assert controller.session.is_unlocked
    seen = controller.seen  # type: ignore[attr-defined]
    assert len(seen) == 1  # the start-up's unlock only

    release.set()
    qtbot.waitUntil(lambda: ended == ["copied"])
    qtbot.waitUntil(lambda: controller.idle.idle_for() == timedelta(0), timeout=5000)
    assert controller.session.is_unlocked  # the result is there to be read

    clock.advance(timedelta(minutes=4))
    controller.idle.check()
    assert controller.session.is_unlocked
    clock.advance(timedelta(minutes=1))  # 5 minutes since the job ended
    controller.idle.check()
    assert len(seen) == 2 and seen[1].unlocked is False  # locked, then unlocked again

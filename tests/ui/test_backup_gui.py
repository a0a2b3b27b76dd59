"""File → Back up now… and File → Restore… on real widgets (offscreen): the backup is written
from the open vault with its progress, the restore dialog says what is lost and takes the
backup's key; the whole restore — lock, replace, unlock — through the real ``app.exec()`` in a
child process."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.requests import RequestType
from dsr_desk.services import backup as backup_service
from dsr_desk.services import requests as svc
from dsr_desk.services.read.queries import RequestFilter, list_requests_page
from dsr_desk.storage.backup import verify_backup
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Unlock, open_vault
from dsr_desk.ui.dialogs.restore_dialog import RestoreDialog
from dsr_desk.ui.main_window import MainWindow
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from tests.ui.conftest import UI_ENTITY, UI_PASSPHRASE, UI_TODAY
from tests.vault_templates import copy_vault


def _add(session: AppSession, ops: Ops, name: str) -> str:
    detail = ops.call(
        lambda: svc.register_request(
            session.uow(), type=RequestType.ACCESS, received_on=date(2026, 3, 2), name=name
        )
    )
    return str(detail.reference)


def test_back_up_now_writes_the_backup_from_the_open_vault(
    qtbot: QtBot, app_session: AppSession, ops: Ops, tmp_path: Path, monkeypatch: object
) -> None:
    _add(app_session, ops, "Jeanne Martin")
    window = MainWindow(app_session, ops)
    qtbot.addWidget(window)
    window.start()
    target = tmp_path / "saves" / "monday"
    target.parent.mkdir()
    asked: list[str] = []

    def save_name(parent: object, title: str, proposed: str, filters: str) -> tuple[str, str]:
        asked.append(proposed)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)  # type: ignore[attr-defined]
    assert window.backup_action.text() == "Back up now…"
    window.backup_action.trigger()
    written = target.with_name("monday.dsrbackup")  # the extension added
    qtbot.waitUntil(lambda: "Backup written" in window.message_bar.label.text(), timeout=20000)
    assert asked and asked[0].endswith("dsr-desk-2026-03-20.dsrbackup")
    assert str(written) in window.message_bar.label.text()
    assert "recovery key or its passphrase" in window.message_bar.label.text()
    assert verify_backup(written).key_mode == "passphrase"


def test_the_restore_dialog_says_what_is_lost_and_takes_the_key(
    qtbot: QtBot, app_session: AppSession, ops: Ops, tmp_path: Path
) -> None:
    out = tmp_path / "b.dsrbackup"
    assert app_session.vault is not None
    info = ops.call(
        lambda: backup_service.back_up(app_session.vault, app_session.uow(), out)  # type: ignore[arg-type]
    )
    dialog = RestoreDialog(info, app_session.data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    summary = dialog.findChild(type(dialog.error), "restoreSummary")
    assert summary is not None
    assert "Backup of 20/03/2026" in summary.text()
    assert "everything recorded after" in summary.text()
    assert dialog.by_passphrase.isVisible()  # a passphrase vault: either opens it
    dialog.restore_button.click()
    assert dialog.error.isVisible() and dialog.error.text() == "Type the recovery key."
    assert dialog.unlock is None and dialog.isVisible()
    dialog.by_passphrase.setChecked(True)
    qtbot.keyClicks(dialog.secret, UI_PASSPHRASE)
    dialog.restore_button.click()
    assert dialog.unlock == Unlock(passphrase=UI_PASSPHRASE)
    assert dialog.secret.text() == ""  # not kept in the widget


CHILD = r"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QRadioButton, QPushButton
from dsr_desk.ui import app as app_module
from dsr_desk.ui.style import create_application

data_dir, passphrase, backup = sys.argv[1], sys.argv[2], sys.argv[3]
app = create_application(sys.argv)
started = time.monotonic()
state = {"step": "wait-unlock", "since": time.monotonic()}

def say(text):
    print(text, flush=True)

def later(action):
    QTimer.singleShot(0, action)

def visible(name):
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None

def main_window():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow):
            return widget
    return None

def tick():
    step = state["step"]
    now = time.monotonic()
    if now - started > 120:
        say("timed out at " + step)
        QApplication.exit(3)
        return
    window = main_window()
    if step == "wait-unlock":
        dialog = visible("unlockDialog")
        field = dialog.findChild(QLineEdit, "unlockPassphrase") if dialog else None
        if field is not None and field.isVisible():
            QTest.keyClicks(field, passphrase)
            later(lambda: QTest.keyClick(field, Qt.Key.Key_Return))
            state["step"] = "wait-window"
    elif step == "wait-window":
        if window is not None and window.isVisible() and visible("unlockDialog") is None:
            state["step"] = "settle"
            state["since"] = now
    elif step == "settle":
        if now - state["since"] > 0.7:
            say("unlocked")
            state["step"] = "wait-restore-dialog"
            later(lambda: window.backup_actions.confirm_restore(Path(backup)))
    elif step == "wait-restore-dialog":
        dialog = visible("restoreDialog")
        if dialog is not None:
            say("asked")
            dialog.findChild(QRadioButton, "byPassphrase").setChecked(True)
            QTest.keyClicks(dialog.findChild(QLineEdit, "restoreSecret"), passphrase)
            later(dialog.findChild(QPushButton, "restoreButton").click)
            state["step"] = "wait-locked"
    elif step == "wait-locked":
        if window is not None and not window.isVisible():
            say("locked")
            state["step"] = "wait-restored"
    elif step == "wait-restored":
        text = window.message_bar.label.text() if window is not None else ""
        if window.isVisible() and "Restored the backup of" in text:
            say(text)
            state["step"] = "closing"
            later(window.close)

timer = QTimer()
timer.timeout.connect(tick)
timer.start(50)
code = app_module.run(data_dir)
say(f"exit {code}")
sys.exit(code)
"""


def test_restore_locks_replaces_and_reopens_through_the_event_loop(
    data_dir: Path, tmp_path: Path
) -> None:
    clock = FixedClock.on(UI_TODAY)
    recovery_key = copy_vault(data_dir, clock, passphrase=UI_PASSPHRASE, entities=[UI_ENTITY])
    vault = open_vault(data_dir, clock, Unlock(recovery_key=recovery_key))

    def uow() -> SqlUnitOfWork:
        return SqlUnitOfWork(vault.session_factory, clock, "dpo")

    def names() -> list[str]:
        with uow() as unit:
            rows, _total = list_requests_page(unit.dbapi_connection, clock.today(), RequestFilter())
        return sorted(row.requester for row in rows)

    svc.register_request(
        uow(), type=RequestType.ACCESS, received_on=date(2026, 3, 2), name="Avant Sauvegarde"
    )
    out = tmp_path / "b.dsrbackup"
    backup_service.back_up(vault, uow(), out)
    svc.register_request(
        uow(), type=RequestType.ERASURE, received_on=date(2026, 3, 9), name="Après Sauvegarde"
    )
    assert names() == ["Après Sauvegarde", "Avant Sauvegarde"]
    vault.close()

    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), UI_PASSPHRASE, str(out)],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "DSR_DESK_TODAY": "2026-03-20"},
        check=False,
    )
    lines = child.stdout.splitlines()
    assert lines == [
        "unlocked",
        "asked",
        "locked",
        "Restored the backup of 20/03/2026.",
        "exit 0",
    ], child.stdout + child.stderr
    vault = open_vault(data_dir, clock, Unlock(passphrase=UI_PASSPHRASE))
    assert names() == ["Avant Sauvegarde"]
    vault.close()
    assert [p.name for p in data_dir.parent.iterdir() if p.name.startswith(".")] == []

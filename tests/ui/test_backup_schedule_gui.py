"""Backups from the GUI, on real widgets offscreen: the dashboard's warning (never backed up,
or too long ago) and its *Back up now* button, which clears it; the automatic backup into the
folder of the settings (due or not, a missing folder said once); the backup settings saved."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from dsr_desk.domain.clock import FixedClock
from dsr_desk.services import backup as backup_service
from dsr_desk.services.read.settings import AppSettings
from dsr_desk.services.settings import load_settings, save_settings
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.ui.app import AppController
from dsr_desk.ui.backup_schedule import BackupScheduler
from dsr_desk.ui.dialogs.unlock_dialog import UnlockDialog
from dsr_desk.ui.main_window import DASHBOARD, SETTINGS, MainWindow
from dsr_desk.ui.message_bar import MessageBar
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from tests.ui.conftest import UI_ENTITY, UI_PASSPHRASE
from tests.vault_templates import open_copy


def _set(session: AppSession, ops: Ops, **changes: object) -> None:
    ops.call(
        lambda: save_settings(
            session.uow(),
            replace(load_settings(session.uow()), **changes),  # type: ignore[arg-type]
        )
    )


def _window(qtbot: QtBot, session: AppSession, ops: Ops) -> MainWindow:
    window = MainWindow(session, ops)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.dashboard.backup_status is not None, timeout=10000)
    return window


def test_never_backed_up_the_dashboard_says_so_and_backs_up_from_there(
    qtbot: QtBot, app_session: AppSession, ops: Ops, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, app_session, ops)
    warning = window.dashboard.backup_warning
    assert warning.isVisible()
    assert warning.label.text() == "No backup yet: choose a backup folder in Settings."
    assert warning.folder_button.isVisible()

    qtbot.mouseClick(warning.folder_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == SETTINGS
    assert window.settings.preferences_tab.backup_folder_edit.hasFocus()
    window.show_page(DASHBOARD)

    target = tmp_path / "first.dsrbackup"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(target), "")
    )  # no folder set: the button asks where, as File → Back up now… does
    qtbot.mouseClick(warning.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Backup written" in window.message_bar.label.text(), timeout=20000)
    assert target.is_file()
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=5000)  # the backup was audited


def test_an_old_backup_warns_and_back_up_now_writes_into_the_folder(
    qtbot: QtBot, app_session: AppSession, ops: Ops, clock: FixedClock, tmp_path: Path
) -> None:
    folder = tmp_path / "nas"
    folder.mkdir()
    assert app_session.vault is not None
    vault = app_session.vault
    ops.call(lambda: backup_service.back_up(vault, app_session.uow(), tmp_path / "old.dsrbackup"))
    _set(app_session, ops, backup_folder=str(folder), backup_automatic=False)
    clock.advance(timedelta(days=10))

    window = _window(qtbot, app_session, ops)
    warning = window.dashboard.backup_warning
    assert warning.isVisible()
    assert warning.label.text() == (
        "The last backup was made on 20/03/2026, 10 days ago (more than 7 days). "
        "Automatic backups are off in Settings."
    )
    assert not warning.folder_button.isVisible()

    qtbot.mouseClick(warning.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=20000)
    written = list(folder.iterdir())
    assert len(written) == 1 and written[0].name.startswith("dsr-desk-2026-03-30-")
    assert str(written[0]) in window.message_bar.label.text()

    clock.advance(timedelta(days=7, hours=1))  # the app left open for a week: shown again
    window.dashboard.reload()
    assert warning.isVisible()
    assert warning.label.text().startswith("The last backup was made on 30/03/2026, 7 days ago")


def test_the_automatic_backup_runs_when_due_and_a_missing_folder_is_said_once(
    qtbot: QtBot, app_session: AppSession, ops: Ops, clock: FixedClock, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    _set(app_session, ops, backup_folder=str(usb), backup_keep=2)
    bar = MessageBar()
    qtbot.addWidget(bar)
    errors: list[str] = []
    shown = bar.show_error
    bar.show_error = lambda text: (errors.append(text), shown(text))  # type: ignore[method-assign]
    scheduler = BackupScheduler(app_session, ops, bar)

    scheduler.start()  # after unlock: a check now, then hourly
    assert scheduler.active
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=10000)
    assert errors[0].startswith(f"Automatic backup: The backup folder {usb} cannot be found")
    for _hour in range(3):  # the hourly checks: still unplugged, nothing more said
        scheduler.check()
        ops.call(lambda: None)  # the checks are done on the worker
        qtbot.wait(10)
    assert len(errors) == 1

    usb.mkdir()  # plugged in again
    with qtbot.waitSignal(scheduler.backed_up, timeout=20000) as made:
        scheduler.check()
    first = made.args[0].info.path
    assert first.parent == usb
    assert bar.label.text() == f"Automatic backup written: {first}."
    scheduler.check()  # a backup made minutes ago: not due
    ops.call(lambda: None)
    qtbot.wait(10)
    assert list(usb.iterdir()) == [first]

    for _day in (1, 2):  # a day later each time: due; the rotation keeps 2
        clock.advance(timedelta(days=1, minutes=1))
        with qtbot.waitSignal(scheduler.backed_up, timeout=20000) as made:
            scheduler.check()
    assert [path.name for path in made.args[0].removed] == [first.name]
    assert bar.label.text().endswith("1 older backup of this vault deleted (rotation).")
    assert len(list(usb.iterdir())) == 2
    assert len(errors) == 1

    scheduler.stop()  # on lock
    assert not scheduler.active


def test_the_backup_settings_are_saved_with_the_preferences(
    qtbot: QtBot, app_session: AppSession, ops: Ops, tmp_path: Path
) -> None:
    window = _window(qtbot, app_session, ops)
    window.show_backup_settings()
    prefs = window.settings.preferences_tab
    qtbot.waitUntil(lambda: prefs.backup_keep_spin.value() == 14, timeout=5000)
    assert prefs.backup_warn_spin.value() == 7 and prefs.backup_automatic_check.isChecked()
    assert prefs.backup_folder_edit.text() == ""
    qtbot.keyClicks(prefs.backup_folder_edit, str(tmp_path))
    prefs.backup_keep_spin.setValue(30)
    prefs.backup_warn_spin.setValue(3)
    with qtbot.waitSignal(window.settings.preferences_saved, timeout=5000):
        qtbot.mouseClick(prefs.save_preferences_button, Qt.MouseButton.LeftButton)
    saved = ops.call(lambda: load_settings(app_session.uow()))
    assert (saved.backup_folder, saved.backup_keep, saved.backup_warn_days) == (
        str(tmp_path),
        30,
        3,
    )
    assert saved.automatic_backups

    prefs.backup_folder_edit.setText("relative/folder")
    qtbot.mouseClick(prefs.save_preferences_button, Qt.MouseButton.LeftButton)
    assert prefs.preferences_status.text() == "Give the backup folder's full path."


def test_the_app_backs_up_once_the_first_screen_is_quiet_and_not_behind_the_lock(
    qtbot: QtBot,
    data_dir: Path,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    vault, _ = open_copy(data_dir, clock, passphrase=UI_PASSPHRASE, entities=[UI_ENTITY])
    save_settings(
        SqlUnitOfWork(vault.session_factory, clock, "ui-tester"),
        AppSettings(backup_folder=str(folder)),
    )
    vault.close()

    def type_passphrase(dialog: UnlockDialog) -> int:
        dialog.open()  # not given to qtbot: after exec() the dialog is Qt's to delete
        qtbot.keyClicks(dialog.passphrase_edit, UI_PASSPHRASE)
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.vault is not None, timeout=20000)
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", type_passphrase)
    app = AppController(data_dir, clock, "ui-tester")
    try:
        assert app.start()
        main = app.window
        assert main is not None
        qtbot.waitUntil(lambda: len(list(folder.iterdir())) == 1, timeout=20000)
        assert main.backup_scheduler.active  # then hourly
        qtbot.waitUntil(lambda: not main.dashboard.backup_warning.isVisible(), timeout=5000)

        stopped: list[bool] = []
        real_unlock = app.unlock
        monkeypatch.setattr(
            app,
            "unlock",
            lambda: (stopped.append(not main.backup_scheduler.active), real_unlock())[1],
        )
        app.lock()
        assert stopped == [True]  # no backup is started behind the lock
        clock.advance(timedelta(days=1, minutes=1))  # due again after the unlock
        qtbot.waitUntil(lambda: len(list(folder.iterdir())) == 2, timeout=20000)
    finally:
        app.shutdown()
        window, app.window = app.window, None
        if window is not None:
            window.close()
        del window
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

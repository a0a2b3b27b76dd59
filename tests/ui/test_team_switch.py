"""Moving a data folder between this workstation and a team server from Settings (real
PostgreSQL: the throwaway cluster; a real vault; real widgets).

A workstation's DPO moves the vault (with a request) through Settings' dialog: the server then
holds the request (read through the app's own login), the choice is remembered for the folder
without the password, the team's recovery key is shown once, and the app asks to log in there.
A database that is not empty is one message in the dialog: nothing remembered, the vault's
session goes on. In team mode, "Work on this workstation instead…" forgets the server and the
next unlock opens the folder's vault (or the first-run wizard if it has none). One test runs the
switch through the real ``app.exec()`` in a child process.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.requests import RequestType
from dsr_desk.domain.roles import UserRole
from dsr_desk.services import requests as svc
from dsr_desk.services import team
from dsr_desk.services.read.queries import list_requests
from dsr_desk.storage.pg_engine import TeamDatabase, create_team_engine
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import Unlock, open_vault, vault_exists
from dsr_desk.ui.app import AppController
from dsr_desk.ui.dialogs.first_run_wizard import FirstRunWizard
from dsr_desk.ui.dialogs.login_dialog import LoginDialog
from dsr_desk.ui.dialogs.team_switch_dialog import MoveToTeamDialog, WorkstationQuestion
from dsr_desk.ui.dialogs.unlock_dialog import UnlockDialog
from dsr_desk.ui.main_window import REQUESTS, SETTINGS
from dsr_desk.ui.recovery_sheet import recovery_sheet_html
from dsr_desk.ui.team_mode import TeamChoice, forget_team, remember_team, remembered_team
from tests.ui.conftest import UI_ENTITY, UI_PASSPHRASE
from tests.vault_templates import copy_vault

pytestmark = pytest.mark.postgres

ADMIN, ADMIN_PASSWORD = "camille", "orchard velvet compass harbour"
REQUESTER = "Hélène Curie"
MOVE_TIMEOUT_MS = 60_000
RECOVERY_KEY = re.compile(r"^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$")


def _vault_with_a_request(data_dir: Path, clock: FixedClock) -> str:
    """A closed passphrase vault in ``data_dir`` holding one request; its recovery key."""
    recovery_key = copy_vault(data_dir, clock, passphrase=UI_PASSPHRASE, entities=[UI_ENTITY])
    vault = open_vault(data_dir, clock, Unlock(recovery_key=recovery_key))
    try:
        svc.register_request(
            SqlUnitOfWork(vault.session_factory, clock, "ui-tester"),
            type=RequestType.ACCESS,
            received_on=date(2026, 3, 16),
            name=REQUESTER,
        )
    finally:
        vault.close()
    return recovery_key


@pytest.fixture(autouse=True)
def forget_server(data_dir: Path) -> Iterator[None]:
    yield
    forget_team(data_dir)  # the next test's data folder starts as a workstation


@pytest.fixture
def seen() -> list[str]:
    return []


@pytest.fixture
def controller(
    data_dir: Path,
    clock: FixedClock,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    seen: list[str],
    pg_empty_url: str,  # shut down before the database is dropped (colleagues' feed)
) -> Iterator[AppController]:
    """An AppController on ``data_dir`` whose modal dialogs are answered instead of blocking
    in exec(): the unlock dialog gets the passphrase, the login dialog the admin's password
    (the account it offers is noted), the first-run wizard is cancelled; ``seen`` lists them."""

    def answer(dialog: QDialog) -> int:
        dialog.open()  # not given to qtbot: after exec() the dialog is Qt's to delete
        if isinstance(dialog, LoginDialog):
            seen.append(f"login as {dialog.account_edit.text()}")
            qtbot.keyClicks(dialog.password_edit, ADMIN_PASSWORD)
            qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: dialog.login is not None, timeout=MOVE_TIMEOUT_MS)
        elif isinstance(dialog, UnlockDialog):
            seen.append("unlock")
            qtbot.keyClicks(dialog.passphrase_edit, UI_PASSPHRASE)
            qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: dialog.vault is not None, timeout=MOVE_TIMEOUT_MS)
        elif isinstance(dialog, FirstRunWizard):
            seen.append("first-run wizard")
            dialog.reject()
        else:
            raise AssertionError(f"unexpected dialog {type(dialog).__name__}")
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", answer)
    app = AppController(data_dir, clock, "ui-tester")
    yield app
    app.shutdown()
    window, app.window = app.window, None
    if window is not None:
        window.close()
    del window
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _preferences(qtbot: QtBot, app: AppController) -> object:
    window = app.window
    assert window is not None
    window.show_page(SETTINGS)
    prefs = window.settings.preferences_tab
    qtbot.waitUntil(lambda: prefs.where_label.text() != "")
    return prefs


def _open_move_dialog(qtbot: QtBot, app: AppController, url: str) -> MoveToTeamDialog:
    prefs = _preferences(qtbot, app)
    button = prefs.move_to_team_button  # type: ignore[attr-defined]
    assert button.isVisibleTo(prefs)
    assert not prefs.work_here_button.isVisibleTo(prefs)  # type: ignore[attr-defined]
    assert prefs.backups_box.isVisibleTo(prefs)  # type: ignore[attr-defined]
    assert prefs.vault_box.title() == "Vault"  # type: ignore[attr-defined]
    button.click()
    dialog = prefs.move_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, MoveToTeamDialog)
    qtbot.waitExposed(dialog)
    assert dialog.server.ssl_combo.currentData() == "verify-full"  # the safe default
    assert dialog.backup_days_spin.value() == 30  # as the CLI's --server-backup-days
    assert not dialog.move_button.isEnabled()
    qtbot.keyClicks(dialog.server.url_edit, url)
    dialog.server.ssl_combo.setCurrentIndex(dialog.server.ssl_combo.findData("disable"))
    dialog.admin_edit.clear()
    qtbot.keyClicks(dialog.admin_edit, ADMIN)
    qtbot.keyClicks(dialog.password_edit, ADMIN_PASSWORD)
    qtbot.keyClicks(dialog.again_edit, ADMIN_PASSWORD)
    assert dialog.move_button.isEnabled()
    assert dialog.move_button.isDefault()  # Enter moves
    return dialog


def _team_requests(url: str, clock: FixedClock) -> list[str]:
    """The requesters on the server, as another client logged in as the admin reads them."""
    database = TeamDatabase(create_team_engine(url))
    try:
        team.log_in(database, clock, ADMIN, ADMIN_PASSWORD)
        return sorted(row.requester for row in list_requests(database.reader, clock.today()))
    finally:
        database.close()


def test_a_vault_moved_from_settings_is_on_the_server_and_the_app_logs_in_there(
    qtbot: QtBot,
    controller: AppController,
    data_dir: Path,
    clock: FixedClock,
    pg_empty_url: str,
    seen: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _vault_with_a_request(data_dir, clock)
    assert controller.start()
    assert seen == ["unlock"]
    first_window = controller.window
    assert first_window is not None
    assert not first_window.work_here_action.isVisible()  # on a workstation: nothing to leave
    dialog = _open_move_dialog(qtbot, controller, pg_empty_url)
    qtbot.keyClick(dialog.again_edit, Qt.Key.Key_Return)  # Enter: the default button

    qtbot.waitUntil(lambda: dialog.migrated is not None, timeout=MOVE_TIMEOUT_MS)
    expected = TeamChoice(f"{pg_empty_url}?sslmode=disable", ADMIN)
    # remembered for this folder at once, the account's name but never a password
    assert remembered_team(data_dir) == expected
    settings = QSettings()
    assert not any(ADMIN_PASSWORD in str(settings.value(key)) for key in settings.allKeys())
    assert dialog.password_edit.text() == "" and dialog.again_edit.text() == ""
    # the result: the counts on both sides, the chain verified, the recovery key once
    assert dialog.pages.currentIndex() == MoveToTeamDialog.RESULT
    assert dialog.result_title.text().startswith("The register is now on the team server 127.")
    assert dialog.findChild(object, "moveCount11").text() == "1"  # requests: vault
    assert dialog.findChild(object, "moveCount12").text() == "1"  # requests: server
    assert dialog.chain_label.text().startswith("Audit log on the server: ")
    assert "verified" in dialog.chain_label.text()
    key = dialog.key_label.text()
    assert RECOVERY_KEY.match(key), key
    assert not dialog.login_button.isEnabled()  # once the key is said to be stored
    # the team's recovery sheet: saved owner-only, naming the server and what the key opens
    sheet = tmp_path / "team sheet"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(sheet), ""))
    dialog.save_button.click()
    saved = sheet.with_name("team sheet.pdf")
    assert saved.read_bytes().startswith(b"%PDF")
    assert saved.stat().st_mode & 0o777 == 0o600
    assert dialog.sheet_status.text().startswith(f"Saved to {saved}.")
    facts = dialog._sheet_facts()
    assert facts is not None and facts[0] == key
    text = recovery_sheet_html(*facts, team=True)
    assert "Team server · Serveur d&#x27;équipe" in text and facts[1] in text
    assert "opens the team key of your DSR Desk team database" in text
    assert "unlock window" not in text  # a vault's instructions are not a team's
    assert not dialog.cancel_button.isVisible()
    assert controller.session.vault is not None  # still the vault until the dialog closes
    dialog.stored_check.setChecked(True)
    assert dialog.login_button.isDefault()
    dialog.login_button.click()

    # the app locks and asks to log in on the server, the admin's name offered
    qtbot.waitUntil(lambda: controller.session.is_team, timeout=MOVE_TIMEOUT_MS)
    assert seen == ["unlock", f"login as {ADMIN}"]
    assert controller.team_url == expected.url
    assert controller.session.role is UserRole.DPO and controller.session.user == ADMIN
    window = controller.window
    assert window is not None and window is not first_window  # built for the server
    assert not window.backup_action.isVisible()  # a server's backups are the DBA's
    assert window.work_here_action.isVisible()
    window.show_page(REQUESTS)
    qtbot.waitUntil(lambda: window.register.model.rowCount() == 1, timeout=10_000)
    assert window.register.model.row_at(0).requester == REQUESTER
    # another client reads it there too; the workstation's vault is still in its folder
    assert _team_requests(pg_empty_url, clock) == [REQUESTER]
    assert vault_exists(data_dir)
    qtbot.waitUntil(lambda: not controller.ops.busy)


def test_a_lock_while_the_recovery_key_shows_closes_it_and_logs_in_on_the_server(
    qtbot: QtBot,
    controller: AppController,
    data_dir: Path,
    clock: FixedClock,
    pg_empty_url: str,
    seen: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _vault_with_a_request(data_dir, clock)
    assert controller.start()
    dialog = _open_move_dialog(qtbot, controller, pg_empty_url)
    dialog.move_button.click()
    qtbot.waitUntil(lambda: dialog.migrated is not None, timeout=MOVE_TIMEOUT_MS)

    def no_question(_box: QMessageBox) -> int:
        raise AssertionError("nobody is asked on lock")

    monkeypatch.setattr(QMessageBox, "exec", no_question)
    window = controller.window
    assert window is not None
    window.lock_action.trigger()  # as the idle lock does
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # gone, asking nothing
    assert seen == ["unlock", f"login as {ADMIN}"]  # the lock's own unlock: on the server
    assert controller.session.is_team
    new_window = controller.window
    assert new_window is not None and new_window is not window  # built for the server
    assert not new_window.backup_action.isVisible()
    qtbot.wait(50)  # the switch queued by the dialog finds the session open: nothing more
    assert seen == ["unlock", f"login as {ADMIN}"]
    qtbot.waitUntil(lambda: not controller.ops.busy)


def test_a_database_that_is_not_empty_is_one_message_and_nothing_changes(
    qtbot: QtBot,
    controller: AppController,
    data_dir: Path,
    clock: FixedClock,
    pg_empty_url: str,
) -> None:
    database = TeamDatabase(create_team_engine(pg_empty_url))
    try:
        team.create_team(database, clock, "someone", ADMIN_PASSWORD, {"name": "Autre"})
    finally:
        database.close()
    _vault_with_a_request(data_dir, clock)
    assert controller.start()
    dialog = _open_move_dialog(qtbot, controller, pg_empty_url)
    dialog.move_button.click()
    qtbot.waitUntil(dialog.message_label.isVisible, timeout=MOVE_TIMEOUT_MS)
    assert dialog.message_label.text() == (
        "The team database is not empty: the register moves only into a new, empty database "
        "(its administrator creates it). Nothing was changed."
    )
    assert dialog.migrated is None
    assert dialog.pages.currentIndex() == MoveToTeamDialog.FORM
    assert dialog.move_button.isEnabled()  # another server can be tried
    assert remembered_team(data_dir) is None
    assert controller.session.vault is not None and not controller.session.is_team
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert controller.session.vault is not None and controller.team_url is None


def test_a_weak_or_mistyped_password_is_refused_before_anything_is_sent(
    qtbot: QtBot, controller: AppController, data_dir: Path, clock: FixedClock
) -> None:
    _vault_with_a_request(data_dir, clock)
    assert controller.start()
    dialog = _open_move_dialog(qtbot, controller, "postgresql://nobody@127.0.0.1:1/none")
    dialog.again_edit.setText(ADMIN_PASSWORD + "x")
    dialog.move_button.click()
    assert dialog.message_label.text() == "The two passwords differ."
    for edit in (dialog.password_edit, dialog.again_edit):
        edit.setText("camille12345")
    dialog.move_button.click()
    assert dialog.message_label.text().startswith("This password is too easy to guess.")
    assert not dialog.busy and dialog.move_button.isEnabled()  # nothing was started
    assert remembered_team(data_dir) is None
    qtbot.waitUntil(lambda: not controller.ops.busy)


def _answer_workstation_question(monkeypatch: pytest.MonkeyPatch, seen: list[str]) -> None:
    def answer(box: QMessageBox) -> int:
        assert isinstance(box, WorkstationQuestion)
        seen.append("asked")
        assert "The team server and the register on it are not changed" in (box.informativeText())
        box.open()
        box.confirm_button.click()
        return box.result()

    monkeypatch.setattr(QMessageBox, "exec", answer)


def _team_for(url: str, clock: FixedClock, *, assistant: str = "") -> None:
    """A team database set up by the admin (`init`), with an assistant's account if named."""
    from dsr_desk.services import accounts

    database = TeamDatabase(create_team_engine(url))
    try:
        team.create_team(database, clock, ADMIN, ADMIN_PASSWORD, {"name": "Lycée Exemple"})
        if assistant:
            accounts.add_user(
                SqlUnitOfWork(database.session_factory, clock, ADMIN, UserRole.DPO),
                assistant,
                UserRole.ASSISTANT,
                ADMIN_PASSWORD,
            )
    finally:
        database.close()


def test_working_on_this_workstation_again_forgets_the_server_and_unlocks_the_vault(
    qtbot: QtBot,
    controller: AppController,
    data_dir: Path,
    clock: FixedClock,
    pg_empty_url: str,
    seen: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _team_for(pg_empty_url, clock)
    _vault_with_a_request(data_dir, clock)
    remember_team(data_dir, TeamChoice(pg_empty_url, ADMIN))
    app = AppController(data_dir, clock, "ui-tester")  # as the app starts on this folder
    try:
        assert app.team_url == pg_empty_url
    finally:
        app.shutdown()
    controller.team_url, controller.team_account = pg_empty_url, ADMIN
    assert controller.start()
    assert seen == [f"login as {ADMIN}"]
    prefs = _preferences(qtbot, controller)
    assert prefs.work_here_button.isVisibleTo(prefs)  # type: ignore[attr-defined]
    assert not prefs.move_to_team_button.isVisibleTo(prefs)  # type: ignore[attr-defined]
    # the server's backups are its administrator's: no backup settings here
    assert not prefs.backups_box.isVisibleTo(prefs)  # type: ignore[attr-defined]
    assert prefs.vault_box.title() == "Team server"  # type: ignore[attr-defined]
    _answer_workstation_question(monkeypatch, seen)
    prefs.work_here_button.click()  # type: ignore[attr-defined]

    qtbot.waitUntil(lambda: controller.session.vault is not None, timeout=MOVE_TIMEOUT_MS)
    assert seen == [f"login as {ADMIN}", "asked", "unlock"]
    assert remembered_team(data_dir) is None
    assert controller.team_url is None and not controller.session.is_team
    window = controller.window
    assert window is not None
    assert window.backup_action.isVisible() and not window.work_here_action.isVisible()
    window.show_page(REQUESTS)
    qtbot.waitUntil(lambda: window.register.model.rowCount() == 1, timeout=10_000)
    assert window.register.model.row_at(0).requester == REQUESTER  # the vault's own
    # the server was not touched: the admin still logs in there and reads nothing new
    assert _team_requests(pg_empty_url, clock) == []
    qtbot.waitUntil(lambda: not controller.ops.busy)


def test_an_assistant_goes_back_from_the_file_menu_to_the_first_run_wizard(
    qtbot: QtBot,
    controller: AppController,
    data_dir: Path,
    clock: FixedClock,
    pg_empty_url: str,
    seen: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Any role may leave the server (Settings is a DPO's: the File menu has it); a folder
    without a vault then gets the first-run wizard."""
    _team_for(pg_empty_url, clock, assistant="noah")
    remember_team(data_dir, TeamChoice(pg_empty_url, "noah"))
    controller.team_url, controller.team_account = pg_empty_url, "noah"
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    assert controller.start()
    window = controller.window
    assert window is not None
    assert controller.session.role is UserRole.ASSISTANT
    assert window.nav.item(SETTINGS).isHidden()
    assert window.work_here_action.isVisible()
    _answer_workstation_question(monkeypatch, seen)
    window.work_here_action.trigger()
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=MOVE_TIMEOUT_MS)
    assert seen == ["login as noah", "asked", "first-run wizard"]
    assert remembered_team(data_dir) is None
    assert not controller.session.is_unlocked
    assert quits == [True]  # the wizard given up: the app ends, as at a first start


CHILD = r"""
import sys, time
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit
from PySide6.QtWidgets import QMainWindow, QPushButton
from dsr_desk.cli import main
from dsr_desk.ui.style import create_application

data_dir, url, passphrase, admin, password = sys.argv[1:6]
app = create_application(sys.argv)  # run() accepts an application that exists
started = time.monotonic()
state = {"step": "wait-unlock", "since": time.monotonic()}

def say(text):
    print(text, flush=True)

def later(action):
    QTimer.singleShot(0, action)  # a click may open a modal loop: not from this slot

def shown(name):
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None

def main_window():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget
    return None

def tick():
    step = state["step"]
    now = time.monotonic()
    if now - started > 120:
        say("timed out at " + step)
        QApplication.exit(3)
        return
    if step == "wait-unlock":
        dialog = shown("unlockDialog")
        if dialog is not None:
            say("unlock dialog")
            field = dialog.findChild(QLineEdit, "unlockPassphrase")
            QTest.keyClicks(field, passphrase)
            later(lambda: QTest.keyClick(field, Qt.Key.Key_Return))
            state["step"] = "wait-vault"
    elif step == "wait-vault":
        window = main_window()
        if window is not None and shown("unlockDialog") is None:
            say("on the vault")
            window.show_page(5)  # Settings
            button = window.findChild(QPushButton, "moveToTeam")
            later(button.click)
            state["step"] = "wait-move"
    elif step == "wait-move":
        dialog = shown("moveToTeamDialog")
        if dialog is not None:
            say("move dialog")
            dialog.findChild(QLineEdit, "teamUrl").setText(url)
            ssl = dialog.findChild(QComboBox, "teamSslMode")
            ssl.setCurrentIndex(ssl.findData("disable"))
            dialog.findChild(QLineEdit, "teamAdmin").setText(admin)
            dialog.findChild(QLineEdit, "teamAdminPassword").setText(password)
            dialog.findChild(QLineEdit, "teamAdminPasswordAgain").setText(password)
            later(dialog.findChild(QPushButton, "moveRegister").click)
            state["step"] = "wait-result"
    elif step == "wait-result":
        dialog = shown("moveToTeamDialog")
        check = dialog.findChild(QCheckBox, "teamRecoveryStored") if dialog else None
        if check is not None and check.isVisible():
            requests = dialog.findChild(QLabel, "moveCount12").text()
            say("moved: " + requests + " request on the server")
            check.setChecked(True)
            later(dialog.findChild(QPushButton, "goToTeamLogin").click)
            state["step"] = "wait-login"
    elif step == "wait-login":
        dialog = shown("loginDialog")
        if dialog is not None:
            say("login dialog for " + dialog.findChild(QLineEdit, "loginAccount").text())
            field = dialog.findChild(QLineEdit, "loginPassword")
            QTest.keyClicks(field, password)
            later(lambda: QTest.keyClick(field, Qt.Key.Key_Return))
            state["step"] = "wait-team"
    elif step == "wait-team":
        window = main_window()
        if window is not None and shown("loginDialog") is None:
            say("logged in: " + window.statusBar().currentMessage().split(" · ")[0])
            state["step"] = "linger"
            state["since"] = now
    elif step == "linger" and now - state["since"] > 1.0:
        state["step"] = "closing"
        later(main_window().close)  # closing the main window ends the application

timer = QTimer()
timer.timeout.connect(tick)
timer.start(50)
code = main(["--data-dir", data_dir])
from pathlib import Path
from dsr_desk.ui.team_mode import remembered_team
choice = remembered_team(Path(data_dir))  # the app's own settings (its names set by run())
say(f"exit {code}, remembered: {choice.account if choice else None}")
sys.exit(code)
"""


def test_the_switch_runs_through_the_real_event_loop(
    data_dir: Path, clock: FixedClock, pg_empty_url: str
) -> None:
    """``dsr-desk --data-dir D`` through ``app.exec()``: the vault unlocked, the register
    moved from Settings, the app locked and on the server's login, then on the server."""
    _vault_with_a_request(data_dir, clock)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DSR_DESK_TODAY": "2026-03-20"}
    arguments = [str(data_dir), pg_empty_url, UI_PASSPHRASE, ADMIN, ADMIN_PASSWORD]
    child = subprocess.run(
        [sys.executable, "-c", CHILD, *arguments],
        capture_output=True,
        text=True,
        timeout=200,
        env=env,
        check=False,
    )
    lines = child.stdout.splitlines()
    assert lines == [
        "unlock dialog",
        "on the vault",
        "move dialog",
        "moved: 1 request on the server",
        f"login dialog for {ADMIN}",
        f"logged in: {ADMIN}",
        f"exit 0, remembered: {ADMIN}",  # the server, for the next start on this folder
    ], child.stdout + child.stderr
    assert child.returncode == 0
    assert _team_requests(pg_empty_url, clock) == [REQUESTER]

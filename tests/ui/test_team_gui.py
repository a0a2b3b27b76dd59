"""The desktop app on a team database (real PostgreSQL: the throwaway cluster; real widgets).

The first-run wizard's "A team server" choice logs in and leaves nothing on this computer but
the server remembered (no password) and the head of the team's audit chain; the login dialog
stands where the unlock dialog stands (a wrong password says so, with the wait before the next
try); an assistant sees no Settings and no purge; a colleague's request (another client: another
engine) appears in the open register; the lock drops the team key and asks to log in again,
and another account's role is then what the window shows. One test starts the real
``dsr-desk --data-dir D --db URL`` through ``app.exec()`` in a child process and logs in
through the dialog.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWizard
from pytestqt.qtbot import QtBot

from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.requests import RequestType
from dsr_desk.domain.roles import UserRole
from dsr_desk.services import accounts, team
from dsr_desk.services import requests as svc
from dsr_desk.storage.pg_engine import TeamDatabase, create_team_engine
from dsr_desk.storage.team_anchor import TEAM_ANCHORS_DIR
from dsr_desk.storage.unit_of_work import SqlUnitOfWork
from dsr_desk.storage.vault import vault_exists
from dsr_desk.ui.app import AppController
from dsr_desk.ui.dialogs.first_run_wizard import FirstRunWizard
from dsr_desk.ui.dialogs.login_dialog import LoginDialog
from dsr_desk.ui.main_window import DOCUMENTS, REQUESTS, SETTINGS
from dsr_desk.ui.team_mode import TeamChoice, forget_team, remembered_team

pytestmark = pytest.mark.postgres

DPO, DPO_PASSWORD = "camille", "orchard velvet compass harbour"
ASSISTANT, ASSISTANT_PASSWORD = "noah", "lantern meadow pebble violin"
LOGIN_TIMEOUT_MS = 20_000


@pytest.fixture
def team_url(pg_empty_url: str, clock: FixedClock) -> str:
    """A team database set up by the DPO (`init`), with an assistant's account too."""
    database = TeamDatabase(create_team_engine(pg_empty_url))
    try:
        team.create_team(database, clock, DPO, DPO_PASSWORD, {"name": "Lycée Exemple"})
        accounts.add_user(
            SqlUnitOfWork(database.session_factory, clock, DPO, UserRole.DPO),
            ASSISTANT,
            UserRole.ASSISTANT,
            ASSISTANT_PASSWORD,
        )
    finally:
        database.close()
    return pg_empty_url


@pytest.fixture
def forget_server(data_dir: Path) -> Iterator[None]:
    yield
    forget_team(data_dir)  # the next test's data folder starts as a workstation


def _colleague_registers(url: str, clock: FixedClock, name: str) -> None:
    """Another client (its own engine, the DPO logged in) registers a request."""
    database = TeamDatabase(create_team_engine(url))
    try:
        team.log_in(database, clock, DPO, DPO_PASSWORD)
        svc.register_request(
            SqlUnitOfWork(database.session_factory, clock, DPO, UserRole.DPO),
            type=RequestType.ACCESS,
            received_on=date(2026, 3, 16),
            name=name,
        )
    finally:
        database.close()


@pytest.mark.usefixtures("forget_server")
def test_the_first_run_team_choice_logs_in_and_keeps_only_the_server(
    qtbot: QtBot, data_dir: Path, clock: FixedClock, team_url: str
) -> None:
    wizard = FirstRunWizard(data_dir, clock, "ui-tester")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    radio = wizard.protection_page.team_radio  # clicked where its text is
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert not wizard.protection_page.isCommitPage()  # nothing is created: Next, not Create
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == FirstRunWizard.TEAM
    page = wizard.team_page
    assert page.server.ssl_combo.currentData() == "verify-full"  # the safe default
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "Log in"
    assert not finish.isEnabled()
    qtbot.keyClicks(page.server.url_edit, team_url)
    assert not page.server.host_edit.isEnabled()  # a URL given: the fields are its
    page.server.ssl_combo.setCurrentIndex(
        page.server.ssl_combo.findData("disable")
    )  # the local cluster
    page.account_edit.clear()
    qtbot.keyClicks(page.account_edit, DPO)
    qtbot.keyClicks(page.password_edit, DPO_PASSWORD)
    assert finish.isEnabled()
    finish.click()

    qtbot.waitUntil(
        lambda: wizard.result() == QDialog.DialogCode.Accepted, timeout=LOGIN_TIMEOUT_MS
    )

    login = wizard.team_login
    assert login is not None
    try:
        assert login.account.name == DPO
        assert login.account.role is UserRole.DPO
        assert wizard.vault is None
        assert page.password_edit.text() == ""
        # nothing on this computer but the head of the team's chain this client saw
        assert not vault_exists(data_dir)
        assert [p.name for p in data_dir.iterdir()] == [TEAM_ANCHORS_DIR]
        expected = TeamChoice(f"{team_url}?sslmode=disable", DPO)
        assert remembered_team(data_dir) == expected
        settings = QSettings()
        kept = [str(settings.value(key)) for key in settings.allKeys()]
        assert not any(DPO_PASSWORD in value for value in kept)  # never the password
        # the next start on this data folder is a team one
        next_start = AppController(data_dir, clock, "ui-tester")
        next_start.shutdown()
        assert (next_start.team_url, next_start.team_account) == (expected.url, DPO)
    finally:
        login.close()


def test_a_wrong_password_says_so_with_the_wait_before_the_next_try(
    qtbot: QtBot, data_dir: Path, clock: FixedClock, team_url: str
) -> None:
    dialog = LoginDialog(data_dir, clock, team_url, ASSISTANT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.account_edit.text() == ASSISTANT  # the account last used is offered
    assert dialog.server_label.text().startswith("Team server: 127.0.0.1:")
    for attempt in (1, 2):
        qtbot.keyClicks(dialog.password_edit, "not the password at all")
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        assert dialog.password_edit.text() == ""  # cleared at once
        qtbot.waitUntil(dialog.message_label.isVisible, timeout=LOGIN_TIMEOUT_MS)
        assert dialog.message_label.text() == "Wrong user name or password."
        # 1 s after one failure, 2 s after two: the failures are counted on the server
        assert dialog.countdown_label.text() == f"Try again in {attempt} s."
        assert not dialog.login_button.isEnabled()
        assert dialog.login_button.text() == f"Log in ({attempt} s)"
        if attempt == 1:
            qtbot.waitUntil(dialog.login_button.isEnabled, timeout=2500)
            assert not dialog.countdown_label.isVisible()
            assert dialog.login_button.text() == "Log in"
            clock.advance(timedelta(seconds=1))  # the server's clock: the wait is over too
            dialog.message_label.hide()
    assert dialog.login is None


def test_an_unreachable_server_is_one_message(
    qtbot: QtBot, data_dir: Path, clock: FixedClock, pg_cluster: object
) -> None:
    dialog = LoginDialog(data_dir, clock, "postgresql://nobody@127.0.0.1:1/none", DPO)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password_edit, DPO_PASSWORD)
    dialog.login_button.click()
    qtbot.waitUntil(dialog.message_label.isVisible, timeout=LOGIN_TIMEOUT_MS)
    message = dialog.message_label.text()
    assert message.startswith("The team database ")
    assert "@127.0.0.1:1/none cannot be reached: " in message
    assert "Connection refused" in message
    assert not dialog.countdown_label.isVisible()
    assert dialog.login_button.isEnabled()


@pytest.fixture
def controller(
    data_dir: Path, clock: FixedClock, team_url: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AppController]:
    """An AppController on ``--db URL`` whose login dialog is typed into (the next account of
    ``logins`` each time) instead of blocking in exec()."""
    logins: list[tuple[str, str]] = [(ASSISTANT, ASSISTANT_PASSWORD), (DPO, DPO_PASSWORD)]
    titles: list[str] = []

    def log_in(dialog: LoginDialog) -> int:
        name, password = logins.pop(0)
        titles.append(dialog.title_label.text())
        dialog.open()  # not given to qtbot: after exec() the dialog is Qt's to delete
        dialog.account_edit.setText(name)
        qtbot.keyClicks(dialog.password_edit, password)
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.login is not None, timeout=LOGIN_TIMEOUT_MS)
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", log_in)
    app = AppController(data_dir, clock, "ui-tester", team_url)
    app.titles = titles  # type: ignore[attr-defined]
    yield app
    app.shutdown()
    window, app.window = app.window, None
    if window is not None:
        window.close()
    del window
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_an_assistant_works_on_the_team_database_and_a_lock_asks_to_log_in_again(
    qtbot: QtBot, controller: AppController, clock: FixedClock, team_url: str
) -> None:
    assert controller.start()
    window = controller.window
    assert window is not None
    qtbot.waitExposed(window)
    session = controller.session
    assert session.is_team and session.role is UserRole.ASSISTANT
    assert session.user == ASSISTANT  # the audit log names the account
    # what an assistant cannot do is not shown
    assert window.nav.item(SETTINGS).isHidden()
    assert not window.backup_action.isVisible()
    window.show_page(DOCUMENTS)
    page = window.pages.widget(DOCUMENTS)
    assert not page.purge_button.isVisible()  # type: ignore[attr-defined]
    assert not page.records.anonymise_button.isVisible()  # type: ignore[attr-defined]
    assert ASSISTANT in window.statusBar().currentMessage()

    # a colleague's request appears in the open register (LISTEN/NOTIFY)
    window.show_page(REQUESTS)
    qtbot.waitUntil(lambda: window.register.model.rowCount() == 0 and not controller.ops.busy)
    assert controller.colleagues is not None
    qtbot.wait(300)  # listening
    _colleague_registers(team_url, clock, "Hélène Curie")
    qtbot.waitUntil(lambda: window.register.model.rowCount() == 1, timeout=5000)
    assert window.register.model.row_at(0).requester == "Hélène Curie"

    # the lock closes the team database (its key dropped), stops listening, asks to log in;
    # the DPO logs in next: the window shows what a DPO may do
    team_before = session.team
    assert team_before is not None
    window.lock_action.trigger()
    assert controller.titles == ["Log in to DSR Desk", "DSR Desk is locked"]  # type: ignore[attr-defined]
    assert session.team is not None and session.team is not team_before
    assert getattr(team_before.engine.dialect, "dsr_team_cipher", None) is None
    assert session.role is UserRole.DPO and session.user == DPO
    new_window = controller.window
    assert new_window is not None and new_window is not window
    assert not new_window.nav.item(SETTINGS).isHidden()
    assert controller.colleagues is not None
    # Settings shows where the register is kept, read-only: the server and the account
    new_window.show_page(SETTINGS)
    prefs = new_window.pages.widget(SETTINGS).preferences_tab  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: prefs.where_label.text() != "")
    assert prefs.where_label.text() == "A team server (PostgreSQL)"
    server = team_url.split("@", 1)[1]
    assert prefs.team_server_label.text() == server
    assert prefs.team_account_label.text() == f"{DPO} (DPO)"
    assert prefs.team_server_label.isVisibleTo(prefs)
    assert not prefs.vault_id_label.isVisibleTo(prefs)
    assert not prefs.key_change_button.isVisibleTo(prefs)


CHILD = r"""
import sys, time
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
from dsr_desk.cli import main
from dsr_desk.ui.style import create_application

data_dir, url, account, password = sys.argv[1:5]
app = create_application(sys.argv)  # run() accepts an application that exists
started = time.monotonic()
state = {"step": "wait-login", "since": time.monotonic()}

def say(text):
    print(text, flush=True)

def later(action):
    QTimer.singleShot(0, action)  # a key press may open a modal loop: not from this slot

def main_window():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget
    return None

def login_dialog():
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "loginDialog" and widget.isVisible():
            return widget
    return None

def tick():
    step = state["step"]
    now = time.monotonic()
    if now - started > 90:
        say("timed out at " + step)
        QApplication.exit(3)
        return
    if step == "wait-login":
        dialog = login_dialog()
        if dialog is not None:
            say("login dialog")
            name = dialog.findChild(QLineEdit, "loginAccount")
            field = dialog.findChild(QLineEdit, "loginPassword")
            name.setText(account)
            QTest.keyClicks(field, password)
            later(lambda: QTest.keyClick(field, Qt.Key.Key_Return))
            state["step"] = "wait-window"
    elif step == "wait-window":
        window = main_window()
        if window is not None and login_dialog() is None:
            say("logged in: " + window.statusBar().currentMessage().split(" · ")[0])
            state["step"] = "linger"
            state["since"] = now
    elif step == "linger" and now - state["since"] > 1.0:
        state["step"] = "closing"
        later(main_window().close)  # closing the main window ends the application

timer = QTimer()
timer.timeout.connect(tick)
timer.start(50)
code = main(["--data-dir", data_dir, "--db", url])
say(f"exit {code}")
sys.exit(code)
"""


def test_dsr_desk_db_url_starts_on_the_login_dialog_and_runs_on_the_server(
    data_dir: Path, team_url: str
) -> None:
    """The real entry point (``dsr-desk --data-dir D --db URL``) through ``app.exec()``: the
    login dialog first (no wizard: no vault here), then the main window as the account."""
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), team_url, ASSISTANT, ASSISTANT_PASSWORD],
        capture_output=True,
        text=True,
        timeout=150,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "DSR_DESK_TODAY": "2026-03-20"},
        check=False,
    )
    lines = child.stdout.splitlines()
    assert lines == ["login dialog", f"logged in: {ASSISTANT}", "exit 0"], (
        child.stdout + child.stderr
    )
    assert child.returncode == 0
    assert not vault_exists(data_dir)

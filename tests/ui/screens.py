"""The main views and dialogs of the French walk (``test_french_ui``), opened one after the
other on real widgets with real data, for the walks that look at every screen the same way:
the English walk (no French word) and the accessibility walk (names, Tab order).

``walk_screens`` yields ``(name, root)`` with ``root`` shown and, for a dialog, active; the
screen is closed when the walk resumes.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from dsr_desk.domain.requests import RequestType
from dsr_desk.services import requests as svc
from dsr_desk.ui.main_window import AUDIT, DOCUMENTS, REQUESTERS, REQUESTS, SETTINGS, MainWindow
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from tests.ui.conftest import UI_TODAY

#: The team server the login dialog of the walk names (never reached).
TEAM_URL = "postgresql://dsr@db.example.org:5432/dsr?sslmode=verify-full"
#: The requests the walk shows: one overdue, one due soon (names typed as an English office
#: would; the French walk types French ones).
PEOPLE = (
    ("Jane Martin", date(2026, 2, 10), RequestType.ACCESS),
    ("Paul Durand", date(2026, 2, 25), RequestType.ERASURE),
    ("Mary Smith", date(2026, 3, 2), RequestType.ACCESS),  # its dialogs: every action open
)


def add_request(
    session: AppSession, ops: Ops, name: str, received: date, rtype: RequestType
) -> str:
    detail = ops.call(
        lambda: svc.register_request(
            session.uow(),
            type=rtype,
            received_on=received,
            name=name,
            email="jane.martin@example.org",
            summary="A copy of my school file",
            language="en",  # the export's contents are listed in the requester's language
        )
    )
    return str(detail.reference)


def _activate(qtbot: QtBot, widget: QWidget) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


def _close(dialog: QDialog) -> None:
    """Close ``dialog`` unless the walk's consumer closed it (with Escape: some delete on
    close)."""
    if shiboken6.isValid(dialog) and dialog.isVisible():
        dialog.reject()


def _pages(
    qtbot: QtBot, session: AppSession, ops: Ops, window: MainWindow, reference: str
) -> Iterator[tuple[str, QWidget]]:
    from dsr_desk.ui.views.settings_entities import GENERAL_TAB, REGISTER_TAB, WORDING_TAB

    yield "dashboard", window
    window.show_page(REQUESTS)
    qtbot.waitUntil(lambda: window.register.model.rowCount() == len(PEOPLE) + 1)
    yield "register", window
    view = window.open_request(reference)
    qtbot.waitUntil(lambda: view.file is not None)
    yield "request file", window
    for page, name in ((REQUESTERS, "requesters"), (AUDIT, "audit log"), (DOCUMENTS, "documents")):
        window.show_page(page)
        qtbot.wait(50)
        yield name, window
    window.show_page(SETTINGS)
    settings = window.settings
    entities = settings.entities_tab
    qtbot.waitUntil(lambda: entities.entity_list.count() == 1)
    yield "settings: general", window
    entities.entity_tabs.setCurrentIndex(REGISTER_TAB)
    status = entities.register_editor.findChild(QLabel, "registerStatus")
    assert status is not None
    qtbot.waitUntil(lambda: status.text() != "", timeout=15000)
    yield "settings: processing register", window
    entities.entity_tabs.setCurrentIndex(WORDING_TAB)
    qtbot.waitUntil(lambda: entities.wording_editor.origin.text() != "", timeout=15000)
    yield "settings: letter wording", window
    entities.entity_tabs.setCurrentIndex(GENERAL_TAB)
    settings.tabs.setCurrentIndex(1)
    yield "settings: preferences and vault", window
    settings.tabs.setCurrentIndex(0)


def _dialogs(
    qtbot: QtBot, session: AppSession, ops: Ops, window: MainWindow, reference: str, tmp: Path
) -> Iterator[tuple[str, QWidget]]:
    from dsr_desk.domain.requests import InformationKind
    from dsr_desk.ui.dialogs.ask_information_dialog import AskInformationDialog
    from dsr_desk.ui.dialogs.bundle_dialog import BundleDialog
    from dsr_desk.ui.dialogs.first_run_wizard import FirstRunWizard
    from dsr_desk.ui.dialogs.letter_dialog import LetterDialog, MarkSentDialog
    from dsr_desk.ui.dialogs.login_dialog import LoginDialog
    from dsr_desk.ui.dialogs.new_request_dialog import NewRequestDialog
    from dsr_desk.ui.dialogs.team_switch_dialog import MoveToTeamDialog
    from dsr_desk.ui.dialogs.unlock_dialog import UnlockDialog

    new_request = NewRequestDialog(session, ops, window)
    _activate(qtbot, new_request)
    qtbot.waitUntil(lambda: new_request.entity_combo.count() == 1)
    yield "new request", new_request
    _close(new_request)

    view = window.open_request(reference)
    qtbot.waitUntil(lambda: view.file is not None)
    for action in ("extend", "identity", "close"):
        view.request_actions.buttons[action].click()
        dialog = view.request_actions.active_dialog
        assert dialog is not None
        _activate(qtbot, dialog)
        yield action, dialog
        _close(dialog)

    assert view.file is not None
    bundle = BundleDialog(session, ops, view.file.detail, UI_TODAY, window)
    with qtbot.waitSignal(bundle.plan_ready, timeout=15000):
        _activate(qtbot, bundle)
    yield "data export", bundle
    _close(bundle)

    view.request_actions.buttons["letters"].click()
    letters = view.documents.letter_dialog
    assert isinstance(letters, LetterDialog)
    qtbot.waitUntil(
        lambda: letters.document.pageCount() >= 1 or letters.error.isVisible(), timeout=15000
    )
    _activate(qtbot, letters)
    yield "letters", letters
    _close(letters)

    sent = MarkSentDialog(received_on=date(2026, 3, 2), today=UI_TODAY, registered=True)
    qtbot.addWidget(sent)
    _activate(qtbot, sent)
    yield "mark as sent", sent
    _close(sent)

    ask = AskInformationDialog(
        reference,
        policy="pause",
        received_on=date(2026, 3, 2),
        due=date(2026, 4, 2),
        today=UI_TODAY,
        kind=InformationKind.IDENTITY,
    )
    qtbot.addWidget(ask)
    _activate(qtbot, ask)
    yield "ask for information", ask
    _close(ask)

    for name, show in (
        ("user guide", window.show_guide),
        ("keyboard shortcuts", window.show_shortcuts),
        ("about", window.show_about),
    ):
        help_dialog: QDialog = show()
        _activate(qtbot, help_dialog)
        yield name, help_dialog
        _close(help_dialog)

    unlock = UnlockDialog(session.data_dir, session.clock)
    qtbot.addWidget(unlock)
    _activate(qtbot, unlock)
    yield "unlock", unlock
    _close(unlock)

    wizard = FirstRunWizard(tmp / "new-vault", session.clock, "ui-tester")
    qtbot.addWidget(wizard)
    _activate(qtbot, wizard)
    yield "first-run wizard", wizard
    _close(wizard)

    team_wizard = FirstRunWizard(tmp / "team-client", session.clock, "ui-tester")
    qtbot.addWidget(team_wizard)
    team_wizard.protection_page.team_radio.setChecked(True)
    team_wizard.show()
    team_wizard.next()  # a team server: its address, TLS options and the account
    _activate(qtbot, team_wizard)
    yield "first-run wizard: team server", team_wizard
    _close(team_wizard)

    login = LoginDialog(session.data_dir, session.clock, TEAM_URL, "camille")
    qtbot.addWidget(login)
    _activate(qtbot, login)
    yield "team login", login
    _close(login)

    move = MoveToTeamDialog(session, ops, window)
    _activate(qtbot, move)
    yield "move to a team server", move
    _close(move)


def walk_screens(
    qtbot: QtBot, session: AppSession, ops: Ops, tmp: Path, size: tuple[int, int] = (1280, 800)
) -> Iterator[tuple[str, QWidget]]:
    """Every main view (in the main window) and every dialog of the French walk, in turn."""
    from dsr_desk.domain.requests import Outcome

    references = [add_request(session, ops, *person) for person in PEOPLE]
    closed = add_request(session, ops, "Lea Ross", date(2026, 1, 5), RequestType.ERASURE)
    ops.call(  # the dashboard's charts show an answered request
        lambda: svc.close(
            session.uow(),
            closed,
            Outcome.COMPLETED,
            on=date(2026, 1, 19),
            late_reason="recorded after the fact",
        )
    )
    window = MainWindow(session, ops)
    qtbot.addWidget(window)
    window.resize(*size)
    window.start()
    _activate(qtbot, window)
    qtbot.waitUntil(lambda: window.dashboard.charts is not None, timeout=15000)
    charts = window.dashboard.charts
    assert charts is not None
    qtbot.waitUntil(lambda: charts.isVisible() and not charts.median_chart.is_empty)
    for name, root in _pages(qtbot, session, ops, window, references[0]):
        _activate(qtbot, window)  # a busy indicator shown meanwhile took the activation
        window.nav.setFocus()  # where a user who just chose the page is
        yield name, root
    yield from _dialogs(qtbot, session, ops, window, references[-1], tmp)
    qtbot.waitUntil(lambda: not ops.busy)

"""The main window's Help menu (guide, shortcuts, about), File → Quit, Ctrl+W on request tabs,
their titles, and the exports reachable from the File menu (register of requests, calendar)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from dsr_desk import __version__
from dsr_desk.domain.requests import Outcome, RequestType
from dsr_desk.services import requests as svc
from dsr_desk.ui.dialogs.help_dialogs import AboutDialog, GuideDialog, ShortcutsDialog, guide_path
from dsr_desk.ui.dialogs.register_export import RegisterExport
from dsr_desk.ui.main_window import REQUESTS, MainWindow
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.request_view import RequestFileView

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def _add(session: AppSession, ops: Ops, name: str, received: date, rtype: RequestType) -> str:
    detail = ops.call(
        lambda: svc.register_request(session.uow(), type=rtype, received_on=received, name=name)
    )
    return str(detail.reference)


def _window(qtbot: QtBot, session: AppSession, ops: Ops) -> MainWindow:
    window = MainWindow(session, ops)
    qtbot.addWidget(window)
    window.resize(1024, 640)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_the_user_guide_opens_in_the_interface_language_and_searches(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    window = _window(qtbot, app_session, ops)
    dialog = window.show_guide()
    assert isinstance(dialog, GuideDialog)
    assert guide_path().name == "user-guide.en.md"  # the tests run in English
    text = dialog.browser.toPlainText()
    assert text.startswith("DSR Desk — user guide")
    assert "**" not in text  # rendered from Markdown, not shown as source
    assert window.show_guide() is dialog  # one guide window, raised again

    qtbot.keyClicks(dialog.search, "recovery key")
    assert dialog.browser.textCursor().selectedText().lower() == "recovery key"
    first = dialog.browser.textCursor().position()
    assert dialog.find_next()
    assert dialog.browser.textCursor().position() != first
    dialog.search.setText("no such words anywhere")
    assert dialog.found.text() == "Not found"
    assert guide_path("fr").read_text(encoding="utf-8").startswith("# DSR Desk —")


def test_the_shortcuts_list_is_read_from_the_actions(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    window = _window(qtbot, app_session, ops)
    extra = QAction(window)
    extra.setText("Something new")
    extra.setShortcut(QKeySequence("Ctrl+Shift+J"))
    window.addAction(extra)  # a shortcut added anywhere shows up: the list cannot lag

    dialog = window.show_shortcuts()
    assert isinstance(dialog, ShortcutsDialog)
    rows = dict(dialog.rows())
    assert rows["New request"].startswith("Ctrl+N")
    assert rows["Lock"] == "Ctrl+L"
    assert rows["Close the request file"] == "Ctrl+W"
    assert rows["Quit"] == "Ctrl+Q"
    assert "F1" in rows["User guide"]
    assert rows["Something new"] == "Ctrl+Shift+J"
    assert rows["Zoom in"]  # the document viewer's, from its own table
    assert "Main window" in rows and "Document viewer" in rows  # section headings


def test_about_says_version_data_folder_and_vault_mode(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    window = _window(qtbot, app_session, ops)
    dialog = window.show_about()
    assert isinstance(dialog, AboutDialog)
    assert dialog.values["aboutVersion"].text() == __version__
    assert dialog.values["aboutDataFolder"].text() == str(app_session.data_dir)
    assert dialog.values["aboutVaultMode"].text() == "Passphrase"
    assert "Proprietary" in dialog.values["aboutLicence"].text()


def test_ctrl_w_closes_the_request_tab_and_tabs_show_the_name(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    long_name = "Marie-Christine de La Tour d'Auvergne-Lauraguais"
    ref = _add(app_session, ops, long_name, date(2026, 3, 2), RequestType.ACCESS)
    window = _window(qtbot, app_session, ops)
    window.start()
    view = window.open_request(ref)
    assert isinstance(view, RequestFileView)
    tabs = window.request_tabs
    qtbot.waitUntil(lambda: tabs.tabText(1).startswith(f"{ref} · Marie"))
    assert tabs.tabText(1).endswith("…")  # elided
    assert tabs.tabToolTip(1) == f"{ref} · {long_name}"

    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert tabs.count() == 1
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert tabs.count() == 1 and tabs.widget(0) is window.register  # the register stays
    window.show_page(0)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == 0 and window.isVisible()
    qtbot.waitUntil(lambda: not ops.busy)


def test_file_quit_closes_the_window(qtbot: QtBot, app_session: AppSession, ops: Ops) -> None:
    window = _window(qtbot, app_session, ops)
    assert window.quit_action in window.menuBar().actions()[0].menu().actions()
    with qtbot.waitSignal(window.closed, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_export_the_register_with_its_current_filters(
    qtbot: QtBot,
    app_session: AppSession,
    ops: Ops,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    access = _add(app_session, ops, "Jeanne Martin", date(2026, 2, 10), RequestType.ACCESS)
    erasure = _add(app_session, ops, "Paul Durand", date(2026, 2, 25), RequestType.ERASURE)
    closed = _add(app_session, ops, "Léa Roux", date(2026, 1, 5), RequestType.ERASURE)
    ops.call(
        lambda: svc.close(
            app_session.uow(),
            closed,
            Outcome.COMPLETED,
            on=date(2026, 1, 19),
            late_reason="recorded after the fact",
        )
    )
    window = _window(qtbot, app_session, ops)
    window.start()
    register = window.register
    register.type_filter.setCurrentIndex(register.type_filter.findData("erasure"))

    target = tmp_path / "registre"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kwargs: (str(target), "Excel workbook (*.xlsx)")),
    )
    done: list[RegisterExport] = []
    from dsr_desk.ui.dialogs import register_export

    original = register_export.export_register

    def export(*args: object, **kwargs: object) -> int | None:
        return original(*args, on_done=done.append)  # type: ignore[arg-type]

    monkeypatch.setattr(register_export, "export_register", export)
    window.export_register_action.trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert done[0].path == tmp_path / "registre.xlsx" and done[0].requests == 2
    assert done[0].message() == f"Register exported: 2 requests in {tmp_path / 'registre.xlsx'}."
    sheet = load_workbook(done[0].path).active
    assert sheet is not None
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:4] == ("Reference", "Type", "Entity", "Requester")
    assert [(row[0], row[1], row[6], row[7]) for row in values[1:]] == [
        (closed, "Erasure", "Completed", "Granted"),
        (erasure, "Erasure", "Received", None),
    ]
    assert access not in {row[0] for row in values}  # the filter applied
    qtbot.waitUntil(lambda: not ops.busy)


def test_export_the_deadline_calendar_from_the_file_menu(
    qtbot: QtBot,
    app_session: AppSession,
    ops: Ops,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    _add(app_session, ops, "Jeanne Martin", date(2026, 3, 2), RequestType.ACCESS)
    window = _window(qtbot, app_session, ops)
    window.start()
    target = tmp_path / "deadlines.ics"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    assert window.current_request_reference() is None
    window.export_calendar_action.trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert b"BEGIN:VEVENT" in target.read_bytes()
    qtbot.waitUntil(lambda: "Calendar saved" in window.message_bar.label.text())
    assert window.pages.currentIndex() != REQUESTS or window.request_tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: not ops.busy)

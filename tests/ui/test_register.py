"""The request register on real widgets: rows, search-as-you-type, filters, urgency text."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from dsr_desk.domain.requests import RequestType
from dsr_desk.services import requests as svc
from dsr_desk.ui.main_window import REQUESTS, MainWindow
from dsr_desk.ui.models.request_table import Column
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession


def _add(
    session: AppSession,
    ops: Ops,
    name: str,
    received: date,
    email: str | None = None,
    rtype: RequestType = RequestType.ACCESS,
) -> str:
    detail = ops.call(
        lambda: svc.register_request(
            session.uow(), type=rtype, received_on=received, name=name, email=email
        )
    )
    return str(detail.reference)


def _texts(window: MainWindow, column: Column) -> list[str]:
    model = window.register.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_register_lists_searches_and_flags_urgency(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    _add(app_session, ops, "Jeanne Martin", date(2026, 2, 10), "jeanne@exemple.fr")  # overdue
    _add(app_session, ops, "Paul Durand", date(2026, 2, 25))  # due 25/03: 5 days left
    _add(app_session, ops, "Amina Benali", date(2026, 3, 18), rtype=RequestType.ERASURE)
    window = MainWindow(app_session, ops)
    qtbot.addWidget(window)
    window.start()
    window.show_page(REQUESTS)
    qtbot.waitUntil(lambda: window.register.model.rowCount() == 3)
    assert window.register.count_label.text() == "3 requests"
    assert _texts(window, Column.REQUESTER) == ["Jeanne Martin", "Paul Durand", "Amina Benali"]
    statuses = _texts(window, Column.STATUS)
    assert statuses[0].startswith("OVERDUE")
    assert statuses[1].startswith("Due soon")
    assert _texts(window, Column.DAYS_LEFT)[:2] == ["10 late", "5"]

    window.focus_search()
    qtbot.keyClicks(window.register.search, "jeanne@")
    qtbot.waitUntil(lambda: window.register.model.rowCount() == 1)
    assert _texts(window, Column.REFERENCE) == ["DSR-2026-0001"]

    window.register.search.clear()
    window.register.type_filter.setCurrentIndex(window.register.type_filter.findData("erasure"))
    qtbot.waitUntil(lambda: _texts(window, Column.REQUESTER) == ["Amina Benali"])

    window.clear_personal_data()
    assert window.register.model.rowCount() == 0


def test_dashboard_tiles_and_requesters_lead_to_the_register(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    from dsr_desk.domain.requests import InformationKind

    _add(app_session, ops, "Jeanne Martin", date(2026, 2, 10), "jeanne@exemple.fr")  # overdue
    soon = _add(app_session, ops, "Paul Durand", date(2026, 2, 25))  # due 25/03
    waiting = _add(app_session, ops, "Amina Benali", date(2026, 3, 18))
    ops.call(
        lambda: svc.ask_for_information(
            app_session.uow(), waiting, InformationKind.IDENTITY, "copy of an ID card"
        )
    )
    window = MainWindow(app_session, ops)
    qtbot.addWidget(window)
    window.start()
    qtbot.waitUntil(lambda: not ops.busy)

    window.show_register_filter("due_this_week")
    qtbot.waitUntil(lambda: _texts(window, Column.REFERENCE) == [soon])
    assert window.pages.currentIndex() == REQUESTS
    window.show_register_filter("awaiting_identity")
    qtbot.waitUntil(lambda: _texts(window, Column.REFERENCE) == [waiting])
    window.show_register_filter("overdue")
    qtbot.waitUntil(lambda: _texts(window, Column.REQUESTER) == ["Jeanne Martin"])
    window.show_register_search("jeanne@exemple.fr")
    qtbot.waitUntil(lambda: window.register.status_filter.currentIndex() == 0)
    qtbot.waitUntil(lambda: _texts(window, Column.REQUESTER) == ["Jeanne Martin"])
    assert window.register.search.text() == "jeanne@exemple.fr"


def test_keyboard_shortcuts(qtbot: QtBot, app_session: AppSession, ops: Ops) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction

    window = MainWindow(app_session, ops)
    qtbot.addWidget(window)
    window.start()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    def keys(action: QAction) -> set[str]:
        return {seq.toString() for seq in action.shortcuts()}

    assert "Ctrl+N" in keys(window.new_action)
    assert "Ctrl+F" in keys(window.find_action)
    assert keys(window.lock_action) == {"Ctrl+L"}
    assert "Ctrl+P" in keys(window.print_action)
    assert "F5" in keys(window.refresh_action)

    with qtbot.waitSignal(window.new_request_requested, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.lock_requested, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == REQUESTS
    qtbot.waitUntil(window.register.search.hasFocus)

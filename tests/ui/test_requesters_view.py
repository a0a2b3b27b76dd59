"""The requesters page on real widgets: counts per requester, search, native sorting, paging,
and a double-click that asks for that requester's requests."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from pytestqt.qtbot import QtBot

from dsr_desk.domain.requests import Outcome, RequestType
from dsr_desk.services import requests as svc
from dsr_desk.ui.models.requester_table import Column
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views import requesters_view
from dsr_desk.ui.views.requesters_view import RequestersView

# Showing a top-level widget on the offscreen platform always logs this plugin limitation;
# every other Qt warning still fails the test.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def _add(session: AppSession, ops: Ops, name: str, received: date, email: str | None) -> str:
    detail = ops.call(
        lambda: svc.register_request(
            session.uow(), type=RequestType.ACCESS, received_on=received, name=name, email=email
        )
    )
    return str(detail.reference)


def _populate(session: AppSession, ops: Ops) -> None:
    first = _add(session, ops, "Jeanne Martin", date(2026, 1, 12), "jeanne@exemple.fr")
    ops.call(
        lambda: svc.close(
            session.uow(),
            first,
            Outcome.COMPLETED,
            on=date(2026, 1, 20),
            late_reason="recorded after the fact",
        )
    )
    _add(session, ops, "Jeanne Martin", date(2026, 2, 28), "jeanne@exemple.fr")
    _add(session, ops, "Paul Durand", date(2026, 3, 2), None)
    _add(session, ops, "Amina Benali", date(2026, 2, 27), "amina@exemple.fr")


def _view(qtbot: QtBot, session: AppSession, ops: Ops) -> RequestersView:
    view = RequestersView(session, ops)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    qtbot.waitExposed(view)
    view.reload()
    qtbot.waitUntil(lambda: view.count_label.text() != "")
    return view


def _column(view: RequestersView, column: Column) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_lists_requesters_with_their_counts(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    _populate(app_session, ops)
    view = _view(qtbot, app_session, ops)
    assert view.count_label.text() == "3 requesters"
    rows = [[view.proxy.index(r, c).data() for c in Column] for r in range(view.proxy.rowCount())]
    assert rows == [  # most recent requester first
        ["Paul Durand", "—", "1", "1", "02/03/2026"],
        ["Jeanne Martin", "jeanne@exemple.fr", "2", "1", "28/02/2026"],
        ["Amina Benali", "amina@exemple.fr", "1", "1", "27/02/2026"],
    ]

    qtbot.keyClicks(view.search, "EXEMPLE.FR")
    qtbot.waitUntil(lambda: view.count_label.text() == "2 requesters")
    assert _column(view, Column.NAME) == ["Jeanne Martin", "Amina Benali"]

    view.search.clear()
    qtbot.keyClicks(view.search, "nobody")
    qtbot.waitUntil(lambda: view.count_label.text() == "0 requesters")
    assert view.proxy.rowCount() == 0


def test_sorts_on_native_values(qtbot: QtBot, app_session: AppSession, ops: Ops) -> None:
    _populate(app_session, ops)
    _add(app_session, ops, "Karim Haddad", date(2025, 12, 30), None)
    view = _view(qtbot, app_session, ops)
    header = view.table.horizontalHeader()

    centre = QPoint(
        header.sectionViewportPosition(Column.LAST_RECEIVED)
        + header.sectionSize(Column.LAST_RECEIVED) // 2,
        header.height() // 2,
    )
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # like a user
    # As text "02/03/2026" < "27/02/2026" < "28/02/2026" < "30/12/2025"; as dates, by day.
    assert _column(view, Column.LAST_RECEIVED) == [
        "30/12/2025",
        "27/02/2026",
        "28/02/2026",
        "02/03/2026",
    ]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert _column(view, Column.LAST_RECEIVED)[0] == "02/03/2026"  # a second click: descending

    view.table.sortByColumn(Column.REQUESTS, Qt.SortOrder.DescendingOrder)
    assert _column(view, Column.NAME)[0] == "Jeanne Martin"

    view.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert _column(view, Column.NAME) == [
        "Amina Benali",
        "Jeanne Martin",
        "Karim Haddad",
        "Paul Durand",
    ]


def test_double_click_asks_for_the_requesters_requests(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    _populate(app_session, ops)
    view = _view(qtbot, app_session, ops)
    asked: list[str] = []
    view.search_requests.connect(asked.append)

    def double_click(row: int) -> None:
        spot = view.table.visualRect(view.proxy.index(row, Column.NAME)).center()
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)

    double_click(1)
    assert asked == ["jeanne@exemple.fr"]  # the e-mail when known
    double_click(0)
    assert asked == ["jeanne@exemple.fr", "Paul Durand"]  # else the name

    view.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    double_click(0)  # the proxy row maps back to the right requester
    assert asked[-1] == "amina@exemple.fr"


def test_pages_in_with_fetch_more_and_clears_on_lock(
    qtbot: QtBot, app_session: AppSession, ops: Ops, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(requesters_view, "PAGE_SIZE", 2)
    for day in range(1, 8):
        _add(app_session, ops, f"Person {day}", date(2026, 3, day), f"p{day}@exemple.fr")
    view = _view(qtbot, app_session, ops)
    assert view.count_label.text() == "7 requesters"
    qtbot.waitUntil(lambda: view.model.rowCount() == 7)  # the view asks for more as it has room
    assert _column(view, Column.NAME) == [f"Person {day}" for day in range(7, 0, -1)]
    assert not view.model.canFetchMore()

    view.search.setText("p3@")
    view.clear()
    assert view.model.rowCount() == 0
    assert view.search.text() == ""
    assert view.count_label.text() == ""
    # no reload was left pending by the cleared search box: no debounce running, no job
    assert not [timer for timer in view.findChildren(QTimer) if timer.isActive()]
    qtbot.waitUntil(lambda: not ops.busy)
    assert view.model.rowCount() == 0

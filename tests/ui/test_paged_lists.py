"""The three paged list pages (register, requesters, audit log) read through one
``ui.widgets.paged_list.PagedList``: the same freshness, the same latest-answer-wins, the same
clearing on lock. Checked on each page with real widgets on a real vault."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from dsr_desk.domain.requests import RequestType
from dsr_desk.services import requests as svc
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.audit_view import AuditView
from dsr_desk.ui.views.register_view import RegisterView
from dsr_desk.ui.views.requesters_view import RequestersView
from dsr_desk.ui.widgets.paged_list import PagedList

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")

PAGES: dict[str, Callable[[AppSession, Ops], QWidget]] = {
    "register": RegisterView,
    "requesters": RequestersView,
    "audit": AuditView,
}


def _add(session: AppSession, ops: Ops, name: str) -> None:
    ops.call(
        lambda: svc.register_request(
            session.uow(), type=RequestType.ACCESS, received_on=date(2026, 3, 2), name=name
        )
    )


def _count(page: QWidget) -> QLabel:
    label = page.count_label  # type: ignore[attr-defined]
    assert isinstance(label, QLabel)
    return label


@pytest.mark.parametrize("name", list(PAGES))
def test_a_hidden_page_reloads_when_shown_and_clears_on_lock(
    qtbot: QtBot, app_session: AppSession, ops: Ops, name: str
) -> None:
    page = PAGES[name](app_session, ops)
    qtbot.addWidget(page)
    assert isinstance(page.paging, PagedList)  # type: ignore[attr-defined]
    page.show()
    qtbot.waitExposed(page)
    page.reload()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: _count(page).text() != "")
    before = _count(page).text()

    page.hide()
    with qtbot.waitSignal(ops.changed):
        _add(app_session, ops, "Hélène Curie")
    assert page.paging._freshness.stale  # type: ignore[attr-defined]  # owes a reload...
    assert _count(page).text() == before  # ...but a hidden page keeps its rows meanwhile

    page.show()  # shown again: it owes a reload and makes it
    qtbot.waitUntil(lambda: _count(page).text() != before)

    page.clear()  # type: ignore[attr-defined]
    assert _count(page).text() == ""
    assert page.model.rowCount() == 0  # type: ignore[attr-defined]
    qtbot.wait(300)  # longer than any filter debounce: clearing the filter read nothing back
    assert _count(page).text() == ""
    assert page.model.rowCount() == 0  # type: ignore[attr-defined]

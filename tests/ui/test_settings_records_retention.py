"""Settings → entity: the one new field, how long request records are kept before they are
anonymised (5 years by default), saved through the entity form on real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from dsr_desk.services.entities import EntityView, list_entities
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.settings_view import SettingsView


@pytest.fixture
def view(qtbot: QtBot, app_session: AppSession, ops: Ops) -> SettingsView:
    page = SettingsView(app_session, ops)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.entities_tab.entity_list.count() == 1)
    return page


def _entity(session: AppSession, ops: Ops) -> EntityView:
    found: list[EntityView] = ops.call(lambda: list_entities(session.uow()))
    return found[0]


def test_the_records_retention_is_an_entity_setting(
    qtbot: QtBot, view: SettingsView, app_session: AppSession, ops: Ops
) -> None:
    tab = view.entities_tab
    spin = tab.entity_form.records_years
    assert spin.isVisible() and spin.value() == 5 and (spin.minimum(), spin.maximum()) == (1, 30)
    assert "art. 2224" in spin.toolTip()
    assert "at most 6, the limitation period of art. 8 CPP" in (
        tab.entity_form.objection_years.toolTip()
    )
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "7")
    assert spin.value() == 7
    button = tab.save_entity_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    qtbot.waitUntil(lambda: _entity(app_session, ops).retention_records_years == 7)

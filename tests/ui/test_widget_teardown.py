"""Views and dialogs that watch their own children must survive every way of being destroyed."""

from __future__ import annotations

import gc
from functools import partial

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from dsr_desk.ui.dialogs.new_request_dialog import NewRequestDialog
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.dashboard_view import DashboardView

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def _shown_dashboard(qtbot: QtBot, app_session: AppSession, ops: Ops, parent=None):
    view = DashboardView(app_session, ops, parent)
    view.resize(900, 600)
    view.show()
    view.reload()
    qtbot.waitUntil(view.isVisible)
    for _ in range(20):
        QApplication.processEvents()
    return view


def test_dashboard_deleted_by_python(qtbot: QtBot, app_session: AppSession, ops: Ops) -> None:
    view = _shown_dashboard(qtbot, app_session, ops)
    del view
    gc.collect()
    QApplication.processEvents()


def test_dashboard_deleted_later(qtbot: QtBot, app_session: AppSession, ops: Ops) -> None:
    view = _shown_dashboard(qtbot, app_session, ops)
    view.deleteLater()
    del view
    for _ in range(5):
        QApplication.processEvents()
    gc.collect()


def test_dashboard_deleted_with_its_parent(qtbot: QtBot, app_session: AppSession, ops: Ops) -> None:
    parent = QWidget()
    parent.resize(900, 600)
    parent.show()
    _shown_dashboard(qtbot, app_session, ops, parent)
    parent.deleteLater()
    del parent
    for _ in range(5):
        QApplication.processEvents()
    gc.collect()


def test_new_request_dialog_deleted_while_shown_with_messages(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    dialog = NewRequestDialog(app_session, ops)
    dialog.show()
    qtbot.waitUntil(partial(_has_one_entity, dialog))
    qtbot.keyClicks(dialog.email_edit, "not-an-address")
    dialog.email_edit.editingFinished.emit()  # shows the field's message (a relayout)
    QApplication.processEvents()
    del dialog
    gc.collect()
    for _ in range(5):
        QApplication.processEvents()


def _has_one_entity(dialog: NewRequestDialog) -> bool:
    return dialog.entity_combo.count() == 1

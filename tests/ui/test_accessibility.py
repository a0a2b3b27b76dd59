"""Keyboard and screen-reader use of every main view and dialog of the French walk
(``tests.ui.screens``), on real widgets with real data (``tests.ui.accessibility`` defines the
checks):

- every visible focusable widget has a name (accessible name, buddy label or its own words);
  the charts are named and described; a table's column headers reach a screen reader as its
  model's headers;
- Tab from the first focus visits every focusable widget, in reading order, and comes back
  (no trap);
- in each dialog the default button (Enter) is the primary action, still after Tab has passed
  over the other buttons, and Escape cancels;
- every page is reachable with Ctrl+1…, listed in Help → Keyboard shortcuts.

Control tests show the checks fail on a widget without a name, on a Tab trap and on a Tab
order that goes backwards.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dsr_desk.ui.main_window import PAGES, MainWindow
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from tests.ui.accessibility import header_problems, tab_problems, unnamed
from tests.ui.screens import walk_screens

#: What Enter does in each dialog: its primary action.
PRIMARY = {
    "new request": "Save request",
    "extend": "Extend the deadline",
    "identity": "Record the check",
    "close": "Record completion",
    "data export": "Save as…",
    "letters": "Print…",
    "mark as sent": "Keep as sent",
    "ask for information": "Record the request",
    "user guide": "Next",
    "keyboard shortcuts": "Close",
    "about": "Close",
    "unlock": "Unlock",
    "first-run wizard": "Create vault",
    "first-run wizard: team server": "Log in",
    "team login": "Log in",
    "move to a team server": "Move the register",
}


def _default_button(dialog: QDialog) -> str:
    defaults = [
        button.text()
        for button in dialog.findChildren(QPushButton)
        if button.isDefault() and button.isVisibleTo(dialog)
    ]
    return " + ".join(defaults)


def test_every_view_and_dialog_is_named_and_walked_by_tab_in_reading_order(
    qtbot: QtBot, app_session: AppSession, ops: Ops, tmp_path: Path
) -> None:
    problems: dict[str, list[str]] = {}
    walked: list[str] = []
    for name, root in walk_screens(qtbot, app_session, ops, tmp_path):
        walked.append(name)
        found = unnamed(root) + header_problems(root)
        if name == "dashboard":  # the charts are drawn (an answered request): described
            charts = [view for view in root.findChildren(QChartView) if view.isVisibleTo(root)]
            assert len(charts) == 2
            assert "Erasure" in charts[0].accessibleDescription()
        if isinstance(root, QDialog):
            before = _default_button(root)
            if before != PRIMARY[name]:
                found.append(f"Enter would press {before!r}, not {PRIMARY[name]!r}")
        found += tab_problems(root)
        if isinstance(root, QDialog):
            after = _default_button(root)
            if after != before:
                found.append(f"after Tab, Enter would press {after!r}, not {before!r}")
            focus = QApplication.focusWidget()
            assert focus is not None
            with qtbot.waitSignal(root.finished, timeout=2000) as escaped:
                QTest.keyClick(focus, Qt.Key.Key_Escape)
            if escaped.args != [QDialog.DialogCode.Rejected.value]:
                found.append(f"Escape ended with {escaped.args}")
        if found:
            problems[name] = found
    assert len(walked) == 26  # every page and every dialog of the walk
    assert problems == {}


# -- the checks can fail -----------------------------------------------------------------------


def _shown_dialog(qtbot: QtBot, *widgets: QWidget) -> QDialog:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    for widget in widgets:
        form.addRow(widget)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_a_widget_without_a_name_is_found(qtbot: QtBot) -> None:
    search = QLineEdit()
    search.setObjectName("search")
    search.setPlaceholderText("Search")  # a placeholder is no name: it goes when one types
    dismiss = QToolButton()
    dismiss.setObjectName("dismiss")
    dismiss.setText("✕")  # a symbol is no name either
    labelled = QLineEdit()
    label = QLabel("&Name")
    label.setBuddy(labelled)
    dialog = _shown_dialog(qtbot, search, dismiss, label, labelled, QPushButton("OK"))
    assert unnamed(dialog) == ["QLineEdit#search", "QToolButton#dismiss"]
    search.setAccessibleName("Search requests")
    dismiss.setAccessibleName("Dismiss")
    assert unnamed(dialog) == []


def test_a_tab_trap_and_a_backward_tab_order_are_found(qtbot: QtBot) -> None:
    first, second, third = QLineEdit(), QLineEdit(), QLineEdit()
    for name, edit in (("first", first), ("second", second), ("third", third)):
        edit.setObjectName(name)
    notes = QPlainTextEdit()  # Tab types a tab character: the focus never leaves
    notes.setObjectName("notes")
    dialog = _shown_dialog(qtbot, first, second, third, notes, QPushButton("OK"))
    first.setFocus()
    assert tab_problems(dialog) == [
        "Tab is trapped in QPlainTextEdit#notes",
        "Tab never reaches QPushButton#",  # the button after the trap
    ]
    notes.setTabChangesFocus(True)
    first.setFocus()
    assert tab_problems(dialog) == []
    QWidget.setTabOrder(third, second)  # first, third, second: back up one line
    first.setFocus()
    problems = tab_problems(dialog)
    assert len(problems) == 1
    assert problems[0].startswith("Tab goes back from QLineEdit#third")


def test_every_page_has_its_shortcut_listed_in_the_help(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    from dsr_desk.ui.main_window import REQUESTERS

    window = MainWindow(app_session, ops)
    qtbot.addWidget(window)
    window.start()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert len(window.page_actions) == len(PAGES)  # a DPO sees Settings too
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == REQUESTERS
    assert QApplication.focusWidget() is window.nav  # Tab goes on into the page
    from dsr_desk.ui.dialogs.help_dialogs import ShortcutsDialog

    shortcuts = window.show_shortcuts()
    assert isinstance(shortcuts, ShortcutsDialog)
    rows = dict(shortcuts.rows())
    for index, page in enumerate(PAGES):
        assert rows[f"Go to {page}"] == f"Ctrl+{index + 1}"
    qtbot.waitUntil(lambda: not ops.busy)


def test_enter_in_the_guide_search_goes_to_the_next_match_once(qtbot: QtBot) -> None:
    from dsr_desk.ui.dialogs.help_dialogs import GuideDialog

    dialog = GuideDialog(language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, "recovery key")  # the first match is selected
    first = dialog.browser.textCursor().selectionStart()
    QTest.keyClick(dialog.search, Qt.Key.Key_Return)
    second = dialog.browser.textCursor().selectionStart()
    assert second > first  # the next match (Enter pressed Next once, not Next then Previous)
    assert dialog.isVisible()

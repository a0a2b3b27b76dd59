"""The Help menu's dialogs: the user guide (in the interface's language, searchable), the
keyboard shortcuts (read from the actions and shortcuts the app really defines, so the list
cannot lag behind them) and “About DSR Desk” (version, licence, data folder, vault mode).

The guides are package data (``resources/guides/user-guide.{fr,en}.md``): they ship with the
package and the bundle; ``docs/`` holds identical copies (``make docs``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dsr_desk import APP_NAME, __version__
from dsr_desk.i18n import ENGLISH, UI_LANGUAGES
from dsr_desk.ui.screen_fit import resize_to_screen
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP
from dsr_desk.ui.translation import running_language

GUIDES_DIR: Final = Path(__file__).resolve().parents[2] / "resources" / "guides"


def guide_path(language: str | None = None) -> Path:
    """The user guide in ``language`` (default: the interface's), English if none."""
    language = language or running_language()
    return GUIDES_DIR / f"user-guide.{language if language in UI_LANGUAGES else ENGLISH}.md"


def guide_text(language: str | None = None) -> str:
    return guide_path(language).read_text(encoding="utf-8")


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpDialogs", text)


class GuideDialog(QDialog):
    """The user guide, rendered from Markdown, with a search field (Enter: next match)."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(QCoreApplication.translate("HelpDialogs", "User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(QCoreApplication.translate("HelpDialogs", "User guide"))
        self.browser.setMarkdown(guide_text(language))
        self.search = QLineEdit(self)
        self.search.setObjectName("guideSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            QCoreApplication.translate("HelpDialogs", "Search the guide")
        )
        self.search.setAccessibleName(QCoreApplication.translate("HelpDialogs", "Search the guide"))
        self.previous_button = QPushButton(
            QCoreApplication.translate("HelpDialogs", "Previous"), self
        )
        self.next_button = QPushButton(QCoreApplication.translate("HelpDialogs", "Next"), self)
        self.found = QLabel(self)
        self.found.setObjectName("guideSearchResult")
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.previous_button)
        search_row.addWidget(self.next_button)
        search_row.addWidget(self.found)
        # Enter in the search field presses Next (the dialog's default button), once
        self.previous_button.setAutoDefault(False)
        self.next_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.next_button, self.browser)  # as laid out: the guide, then Close
        self.search.textChanged.connect(self._search_changed)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self).activated.connect(
            self.search.setFocus
        )
        resize_to_screen(self, 820, 640)
        self.search.setFocus()

    def _search_changed(self, text: str) -> None:
        cursor = self.browser.textCursor()
        cursor.clearSelection()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        if text:
            self.find_next()
        else:
            self.found.clear()

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        """The next (or previous) match, wrapping around; says so when there is none."""
        text = self.search.text()
        if not text:
            return False
        found = self.browser.find(text, flags)
        if not found:  # wrap around
            cursor = self.browser.textCursor()
            backward = bool(flags & QTextDocument.FindFlag.FindBackward)
            cursor.movePosition(
                cursor.MoveOperation.End if backward else cursor.MoveOperation.Start
            )
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.found.setText("" if found else QCoreApplication.translate("HelpDialogs", "Not found"))
        return found


# -- keyboard shortcuts ------------------------------------------------------------------------

#: Shortcuts of windows that are not open when the list is made (the document viewer's): the
#: viewer makes its own from this same table (``dialogs.document_pages.VIEWER_KEYS``).
VIEWER_SECTION = QT_TRANSLATE_NOOP("HelpDialogs", "Document viewer")
MAIN_SECTION = QT_TRANSLATE_NOOP("HelpDialogs", "Main window")


def _keys_text(sequences: Iterable[QKeySequence]) -> str:
    texts: list[str] = []
    for sequence in sequences:
        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        if text and text not in texts:
            texts.append(text)
    return ", ".join(texts)


def window_shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, its keys) of every action and shortcut defined on ``window`` and its
    children, menus included: read from the objects themselves."""
    found: list[tuple[str, str]] = []
    seen: set[int] = set()
    for action in window.findChildren(QAction):
        if id(action) in seen or not action.shortcuts():
            continue
        seen.add(id(action))
        name = re.sub("&(.)", r"\1", action.text()).rstrip("…").strip()  # "&&" is an "&"
        found.append((name, _keys_text(action.shortcuts())))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.key().isEmpty():
            continue
        name = shortcut.whatsThis() or shortcut.objectName()
        found.append((name, _keys_text([shortcut.key()])))
    return [(name, keys) for name, keys in found if name and keys]


def viewer_shortcuts() -> list[tuple[str, str]]:
    from dsr_desk.ui.dialogs.document_pages import VIEWER_KEYS

    return [
        (
            QCoreApplication.translate("DocumentPages", label),
            _keys_text(QKeySequence.keyBindings(key)),
        )
        for key, _button, label in VIEWER_KEYS
    ]


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut: the main window's (from its actions), then the viewer's."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(QCoreApplication.translate("HelpDialogs", "Keyboard shortcuts"))
        sections = (
            (_tr(MAIN_SECTION), window_shortcuts(window)),
            (_tr(VIEWER_SECTION), viewer_shortcuts()),
        )
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(
            QCoreApplication.translate("HelpDialogs", "Keyboard shortcuts")
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("HelpDialogs", "Action"),
                QCoreApplication.translate("HelpDialogs", "Keys"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for title, rows in sections:
            heading = QTableWidgetItem(title)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            at = self.table.rowCount()
            self.table.insertRow(at)
            self.table.setItem(at, 0, heading)
            self.table.setSpan(at, 0, 1, 2)
            for name, keys in sorted(rows, key=lambda row: row[0].casefold()):
                at = self.table.rowCount()
                self.table.insertRow(at)
                self.table.setItem(at, 0, QTableWidgetItem(name))
                self.table.setItem(at, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        resize_to_screen(self, 560, 560)

    def rows(self) -> list[tuple[str, str]]:
        """The table's rows as text (a section heading has no keys)."""
        out = []
        for row in range(self.table.rowCount()):
            name, keys = self.table.item(row, 0), self.table.item(row, 1)
            out.append((name.text() if name else "", keys.text() if keys else ""))
        return out


# -- about ---------------------------------------------------------------------------------------

LICENCE = QT_TRANSLATE_NOOP("HelpDialogs", "Proprietary licence: all rights reserved")
MODE_WORDS: Final = {
    "keyring": QT_TRANSLATE_NOOP("HelpDialogs", "Key in this computer's keyring"),
    "passphrase": QT_TRANSLATE_NOOP("HelpDialogs", "Passphrase"),
    "team": QT_TRANSLATE_NOOP("HelpDialogs", "Account on a team server (PostgreSQL)"),
}


class AboutDialog(QDialog):
    """Version, licence, data folder and how the vault is unlocked."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(
            QCoreApplication.translate("HelpDialogs", "About {app}").format(app=APP_NAME)
        )
        title = QLabel(f"<b>{APP_NAME}</b>", self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        summary = QLabel(
            QCoreApplication.translate(
                "HelpDialogs",
                "Data-subject requests of a DPO office: deadlines, letters and records.",
            ),
            self,
        )
        summary.setWordWrap(True)
        form = QFormLayout()
        vault = session.vault
        mode = vault.mode.value if vault is not None else "team" if session.is_team else ""
        values = (
            ("aboutVersion", QCoreApplication.translate("HelpDialogs", "Version:"), __version__),
            ("aboutLicence", QCoreApplication.translate("HelpDialogs", "Licence:"), _tr(LICENCE)),
            (
                "aboutDataFolder",
                QCoreApplication.translate("HelpDialogs", "Data folder:"),
                str(session.data_dir),
            ),
            (
                "aboutVaultMode",
                QCoreApplication.translate("HelpDialogs", "Vault unlocked with:"),
                _tr(MODE_WORDS[mode])
                if mode in MODE_WORDS
                else QCoreApplication.translate("HelpDialogs", "Locked"),
            ),
        )
        self.values: dict[str, QLabel] = {}
        for name, label, value in values:
            shown = QLabel(value, self)
            shown.setObjectName(name)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
            self.values[name] = shown
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        resize_to_screen(self, 520, 260)

"""Settings page, in two tabs, each a child widget with its own ``reload()`` and ``clear()``.

*Entities* (``settings_entities.EntitySettingsTab``): the list of entities on the left; for the
selected one, three tabs: *General* (letterhead with its optional logo, holiday calendar,
deadline policy, ID-copy retention), *Processing register* (the Art. 30 activities quoted in
access answers, CSV import) and *Letter wording* (the entity's own text of each letter, per
language, with a live preview). Moving to another entity (or to a new one) asks before dropping
unsaved changes in any of the three; switching tabs keeps them as they are.

*Preferences and vault* (``settings_preferences.PreferencesTab``): the user's preferences, and
where the vault lives and how it opens.

What the tabs show is fetched on the DB worker (``settings_jobs``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.settings_entities import EntitySettingsTab
from dsr_desk.ui.views.settings_preferences import PreferencesTab


class SettingsView(QWidget):
    """Two tabs: the entities (each with its general settings, processing register and
    letter wording) and the user's preferences with the vault box."""

    preferences_saved = Signal(object)  # AppSettings, e.g. for the idle lock to follow
    register_moved = Signal(object)  # TeamChoice, or None: back to this workstation

    def __init__(self, session: AppSession, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsView")
        self.entities_tab = EntitySettingsTab(session, ops)
        self.preferences_tab = PreferencesTab(session, ops)
        self.preferences_tab.preferences_saved.connect(self.preferences_saved)
        self.preferences_tab.register_moved.connect(self.register_moved)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.entities_tab, self.tr("Entities"))
        self.tabs.addTab(self.preferences_tab, self.tr("Preferences and vault"))
        self.tabs.setTabToolTip(
            0, self.tr("Letterhead, calendar, retention, register and letter wording")
        )
        self.tabs.setTabToolTip(
            1, self.tr("Your preferences, and where the vault is and how it opens")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_preferences(self) -> None:
        """The *Preferences and vault* tab, its backup folder focused."""
        self.tabs.setCurrentWidget(self.preferences_tab)
        self.preferences_tab.backup_folder_edit.setFocus()

    def reload(self) -> None:
        """Fetch fresh data (when the page is shown, F5). Text being edited stays."""
        self.entities_tab.reload()
        self.preferences_tab.reload()

    def clear(self) -> None:
        """Drop all data from the widgets (on lock)."""
        self.entities_tab.clear()
        self.preferences_tab.clear()

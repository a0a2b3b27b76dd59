"""Settings page, in two tabs.

*Entities* (``settings_entities``): the list of entities on the left; for the selected one,
three tabs: *General* (letterhead with its optional logo, holiday calendar, deadline policy,
ID-copy retention), *Processing register* (the Art. 30 activities quoted in access answers, CSV
import) and *Letter wording* (the entity's own text of each letter, per language, with a live
preview). Moving to another entity (or to a new one) asks before dropping unsaved changes in any
of the three; switching tabs keeps them as they are.

*Preferences and vault* (``settings_preferences``): the user's preferences, and where the vault
lives and how it opens.

What the page shows is fetched on the DB worker (``settings_jobs``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListWidgetItem, QTabWidget, QVBoxLayout, QWidget

from dsr_desk.services.entities import EntityView
from dsr_desk.services.settings import AppSettings
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.settings_entities import SettingsEntities
from dsr_desk.ui.views.settings_jobs import SettingsData, load_settings_page
from dsr_desk.ui.views.settings_preferences import SettingsPreferences


class SettingsView(SettingsEntities, SettingsPreferences, QWidget):
    """Two tabs: the entities (each with its general settings, processing register and
    letter wording) and the user's preferences with the vault box."""

    preferences_saved = Signal(object)  # AppSettings, e.g. for the idle lock to follow

    def __init__(self, session: AppSession, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._ops = session, ops
        self._entities: list[EntityView] = []
        self._editing: str | None = None  # name of the entity in the form; None = new one
        self._select_after_load: str | None = None
        self._baseline: dict[str, Any] = {}  # the form's values as loaded (unsaved edits)
        self._reload_form = False  # after a save: show the entity as stored (canonical codes)
        self._loaded_settings: AppSettings | None = None
        self.setObjectName("settingsView")

        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_entities(), "Entities")
        self.tabs.addTab(self._build_preferences_page(), "Preferences and vault")
        self.tabs.setTabToolTip(0, "Letterhead, calendar, retention, register and letter wording")
        self.tabs.setTabToolTip(1, "Your preferences, and where the vault is and how it opens")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        ops.operation_done.connect(self._on_operation_done)

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Fetch fresh data (when the page is shown, F5). Text being edited stays."""
        if not self._session.is_unlocked:
            return
        self._reload_entities()
        self.register_editor.reload()  # after its own writes and entity changes, it reloads itself

    def _reload_entities(self) -> None:
        self._show_vault()
        self._ops.run(load_settings_page, self._session, on_done=self._show_data)

    def _show_data(self, data: SettingsData) -> None:
        self._entities = list(data.entities)
        wanted = self._select_after_load or self._editing
        self._select_after_load = None
        self.entity_list.blockSignals(True)
        self.entity_list.clear()
        for view in self._entities:
            QListWidgetItem(view.name, self.entity_list)
        self.entity_list.blockSignals(False)
        names = [view.name for view in self._entities]
        if wanted in names:
            self.entity_list.setCurrentRow(names.index(wanted))
        elif self._editing is None and self._form_dirty():
            pass  # a new entity being typed: keep it
        elif names:
            self.entity_list.setCurrentRow(0)
        else:
            self.new_entity()
        # preferences being edited stay as typed; otherwise show what is stored
        if self._loaded_settings is None or self.current_preferences() == self._loaded_settings:
            self._show_settings(data.settings)
        self._loaded_settings = data.settings

    # -- shared -----------------------------------------------------------------------------

    def _on_operation_done(self, kind: str) -> None:
        if kind.startswith("entity") and self._session.is_unlocked:
            self._reload_entities()

    def clear(self) -> None:
        """Drop all data from the widgets (on lock)."""
        self._entities = []
        self._select_after_load = None
        self._reload_form = False
        self._loaded_settings = None
        self.entity_list.clear()
        self._set_form_mode(None)
        self.entity_form.set_values()
        self._baseline = {}
        self.register_editor.clear()
        self.register_editor.set_entity("")
        self.wording_editor.set_entity(None)
        self._show_settings(AppSettings())
        for label in (
            self.vault_mode_label,
            self.vault_folder_label,
            self.vault_id_label,
            self.vault_created_label,
        ):
            label.clear()

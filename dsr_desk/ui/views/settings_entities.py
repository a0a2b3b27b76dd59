"""The *Entities* tab of the Settings page.

The list of entities on the left; for the selected one, three tabs: *General* (letterhead with
its optional logo, holiday calendar, deadline policy, ID-copy retention), *Processing register*
(the Art. 30 activities quoted in access answers, CSV import) and *Letter wording* (the entity's
own text of each letter, per language, with a live preview). Moving to another entity (or to a
new one) asks before dropping unsaved changes in any of the three; switching tabs keeps them as
they are.

A child widget of ``SettingsView`` (``dsr_desk.ui.views.settings_view``) with its own
``reload()`` and ``clear()``; it fetches its entities on the DB worker (``settings_jobs``) and
reloads them after every change of an entity.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, Final

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain.changes import Changes
from dsr_desk.domain.errors import DsrError
from dsr_desk.services.entities import EntityView, add_entity, update_entity
from dsr_desk.ui.freshness import Freshness
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP
from dsr_desk.ui.views.settings_jobs import load_entities
from dsr_desk.ui.views.settings_parts import scrolled, show_status, status_label
from dsr_desk.ui.widgets.entity_form import EntityForm
from dsr_desk.ui.widgets.letter_template_editor import LetterTemplateEditor
from dsr_desk.ui.widgets.register_editor import RegisterEditor

GENERAL_TAB, REGISTER_TAB, WORDING_TAB = 0, 1, 2
TAB_TIPS: Final = {
    GENERAL_TAB: QT_TRANSLATE_NOOP(
        "EntitySettingsTab", "Letterhead and logo, holiday calendar, deadline policy, ID copies"
    ),
    REGISTER_TAB: QT_TRANSLATE_NOOP(
        "EntitySettingsTab", "The processing activities (Art. 30) quoted in access answers"
    ),
    WORDING_TAB: QT_TRANSLATE_NOOP(
        "EntitySettingsTab", "This entity's own wording of each letter, with a live preview"
    ),
}


class EntitySettingsTab(QWidget):
    """The entities tab: the list, the selected entity's general form, register and wording,
    and the guard against dropping unsaved changes."""

    def __init__(self, session: AppSession, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._ops = session, ops
        self._entities: list[EntityView] = []
        self._editing: str | None = None  # name of the entity in the form; None = new one
        self._select_after_load: str | None = None
        self._baseline: dict[str, Any] = {}  # the form's values as loaded (unsaved edits)
        self._reload_form = False  # after a save: show the entity as stored (canonical codes)

        self.entity_list = QListWidget()
        self.entity_list.setObjectName("entityList")
        self.entity_list.setMinimumWidth(170)
        self.entity_list.setMaximumWidth(220)
        self.entity_list.setStyleSheet("QListWidget#entityList::item { padding: 3px 4px; }")
        self.entity_list.currentItemChanged.connect(self._entity_selected)
        list_label = QLabel(self.tr("&Entities"))
        list_label.setBuddy(self.entity_list)
        bold = list_label.font()
        bold.setBold(True)
        list_label.setFont(bold)
        self.add_entity_button = QPushButton(self.tr("Add entity"))
        self.add_entity_button.setObjectName("addEntity")
        self.add_entity_button.clicked.connect(self.new_entity)
        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.entity_list, 1)
        left.addWidget(self.add_entity_button)

        self.form_title = QLabel()
        self.form_title.setObjectName("entityFormTitle")
        self.form_title.setTextFormat(Qt.TextFormat.PlainText)
        title_font = self.form_title.font()
        title_font.setBold(True)
        if title_font.pointSizeF() > 0:
            title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.form_title.setFont(title_font)

        self.entity_tabs = QTabWidget()
        self.entity_tabs.setObjectName("entityTabs")
        self.register_editor = RegisterEditor(session, ops, "")
        self.wording_editor = LetterTemplateEditor(session, ops, None)
        self.entity_tabs.addTab(self._build_general(), self.tr("&General"))
        # mnemonics free on every tab: Alt+G, Alt+O, Alt+I (the forms use the others)
        self.entity_tabs.addTab(self.register_editor, self.tr("Pr&ocessing register"))
        self.entity_tabs.addTab(self.wording_editor, self.tr("Letter word&ing"))
        for tab, tip in TAB_TIPS.items():
            self.entity_tabs.setTabToolTip(tab, self.tr(tip))
        self.entity_tabs.currentChanged.connect(lambda _index: self._sync_editors())
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.form_title)
        right.addWidget(self.entity_tabs, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)
        layout.setSpacing(14)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        self._set_form_mode(None)
        self._freshness = Freshness(self, ops, self._shows, self._fetch)

    def _build_general(self) -> QWidget:
        self.entity_form = EntityForm(with_retention=True, with_logo=True)
        self.save_entity_button = QPushButton(self.tr("Save entity"))
        self.save_entity_button.setObjectName("saveEntity")
        self.save_entity_button.clicked.connect(self.save_entity)
        self.entity_status = status_label("entityStatus")
        self.entity_form.edited.connect(self.entity_status.clear)
        buttons = QHBoxLayout()
        buttons.addWidget(self.entity_status, 1)
        buttons.addWidget(self.save_entity_button, 0, Qt.AlignmentFlag.AlignTop)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(12, 12, 12, 12)
        column.addWidget(self.entity_form)
        column.addSpacing(6)
        column.addLayout(buttons)
        column.addStretch(1)
        general = scrolled(content, "entityGeneral")
        general.setAccessibleName(self.tr("General"))
        return general

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Fetch the entities again, and the register shown. Text being edited stays."""
        if not self._session.is_unlocked:
            return
        self._freshness.mark_fresh()
        self._fetch()
        self.register_editor.reload()  # after its own writes and entity changes, it reloads itself

    def _fetch(self) -> None:
        self._ops.run(load_entities, self._session, on_done=self._show_entities)

    def _show_entities(self, entities: list[EntityView]) -> None:
        self._entities = list(entities)
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

    def _shows(self, changes: Changes) -> bool:
        return changes.entities and self._session.is_unlocked

    def clear(self) -> None:
        """Drop all data from the widgets (on lock)."""
        self._entities = []
        self._select_after_load = None
        self._reload_form = False
        self.entity_list.clear()
        self._set_form_mode(None)
        self.entity_form.set_values()
        self._baseline = {}
        self.register_editor.clear()
        self.register_editor.set_entity("")
        self.wording_editor.set_entity(None)

    # -- entities ---------------------------------------------------------------------------

    def _view(self, name: str | None) -> EntityView | None:
        return next((v for v in self._entities if v.name == name), None)

    def _entity_selected(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        view = self._view(current.text())
        if view is None:
            return
        switching = view.name != self._editing
        if switching and not self.confirm_leave():
            self._reselect(previous)
            return
        self._set_form_mode(view.name)
        stored = {key: getattr(view, key) for key in self.entity_form.values()}
        if switching or self._reload_form or not self._form_dirty():
            self.entity_form.set_values(**asdict(view))
        self._reload_form = False
        self._baseline = stored  # edits in progress (another write reloaded the page) stay
        self._sync_editors()

    def _reselect(self, item: QListWidgetItem | None) -> None:
        """Put the selection back where it was (the user kept their unsaved changes)."""
        self.entity_list.blockSignals(True)
        if item is None:
            self.entity_list.setCurrentRow(-1)
            self.entity_list.clearSelection()
        else:
            self.entity_list.setCurrentItem(item)
        self.entity_list.blockSignals(False)

    def new_entity(self) -> None:
        """Empty the form to add another entity."""
        if not self.confirm_leave():
            return
        self._reselect(None)
        self._set_form_mode(None)
        self.entity_form.set_values()
        self._baseline = self.entity_form.values()
        self._sync_editors()
        self.entity_tabs.setCurrentIndex(GENERAL_TAB)
        self.entity_form.name_edit.setFocus()

    def _form_dirty(self) -> bool:
        return bool(self._baseline) and self.entity_form.values() != self._baseline

    def unsaved_parts(self) -> list[str]:
        """The tabs of the entity shown that hold changes not saved yet."""
        parts = []
        if self._form_dirty():
            parts.append(self.tr("General"))
        name = self._editing
        if name is not None:
            if self.register_editor.entity_name == name and self.register_editor.is_dirty():
                parts.append(self.tr("Processing register"))
            if self.wording_editor.entity_name == name and self.wording_editor.is_dirty():
                parts.append(self.tr("Letter wording"))
        return parts

    def confirm_leave(self) -> bool:
        """True when nothing is unsaved for the entity shown, or the user agrees to drop it."""
        parts = self.unsaved_parts()
        if not parts:
            return True
        if self._editing is not None:
            question = self.tr("“{name}” has changes that are not saved ({parts}). Discard them?")
        else:
            question = self.tr(
                "The new entity has changes that are not saved ({parts}). Discard them?"
            )
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            question.format(name=self._editing, parts=", ".join(parts)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _set_form_mode(self, editing: str | None) -> None:
        if editing != self._editing or editing is None:
            self.entity_status.clear()  # a message about another entity
        self._editing = editing
        self.form_title.setText(
            self.tr("New entity")
            if editing is None
            else self.tr("Editing “{name}”").format(name=editing)
        )
        self.save_entity_button.setText(
            self.tr("Create entity") if editing is None else self.tr("Save entity")
        )
        for tab in (REGISTER_TAB, WORDING_TAB):
            self.entity_tabs.setTabEnabled(tab, editing is not None)
            self.entity_tabs.setTabToolTip(
                tab,
                self.tr("Create the entity first") if editing is None else self.tr(TAB_TIPS[tab]),
            )

    def _sync_editors(self) -> None:
        """The register and the wording follow the entity shown; the wording (which renders a
        preview) loads only when its tab is open."""
        name = self._editing
        self.register_editor.set_entity(name or "")
        if name is not None and self.entity_tabs.currentIndex() == WORDING_TAB:
            self.wording_editor.set_entity(name)
        elif self.wording_editor.entity_name != name:
            self.wording_editor.set_entity(None)

    def save_entity(self) -> None:
        if self.entity_form.validate() is not None:
            return
        values = self.entity_form.values()
        session = self._session
        self.save_entity_button.setEnabled(False)
        self._select_after_load = values["name"]
        self._reload_form = True
        if self._editing is None:
            self._ops.run(
                lambda: add_entity(session.uow(), values),
                on_done=self._entity_saved,
                on_error=self._entity_failed,
            )
        else:
            name = self._editing
            self._ops.run(
                lambda: update_entity(session.uow(), name, **values),
                on_done=self._entity_saved,
                on_error=self._entity_failed,
            )

    def _entity_saved(self, name: str) -> None:
        self.save_entity_button.setEnabled(True)
        previous = self._editing
        if previous is not None and previous != name:  # renamed: the editors follow
            if self.register_editor.entity_name == previous:
                self.register_editor.entity_renamed(name)
            if self.wording_editor.entity_name == previous:
                self.wording_editor.entity_renamed(name)
        self._set_form_mode(name)
        self._baseline = self.entity_form.values()  # saved; the reload shows it as stored
        self._select_after_load = name
        show_status(self.entity_status, self.tr("“{name}” saved.").format(name=name), ok=True)

    def _entity_failed(self, problem: DsrError) -> None:
        self.save_entity_button.setEnabled(True)
        self._select_after_load = None
        self._reload_form = False
        self.entity_form.show_error(str(problem))

"""The processing register (GDPR Art. 30) of one entity: a table of its activities and a form
to edit the selected one, add, remove, reorder, or import a spreadsheet.

Access answers quote this register (purposes, data, recipients, retention, source, transfers),
so it is worth keeping exact. Every change runs a service on the database worker
(``ops.run(..., kind="register.changed")``); the table reloads after each one. Unsaved edits
are never dropped silently: moving away from them asks first.

The editor is split by concern: ``register_activity_list`` builds the toolbar and table and
holds the list's actions, ``register_activity_form`` the form of one activity (mixins of the
editor, so every widget and action stays reachable on it under its name) and
``register_editor_io`` the worker side. This module keeps the editor itself: its heading,
loading, and running changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dsr_desk.domain.errors import DsrError
from dsr_desk.services.register import ActivityView, list_activities
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.widgets.entity_form import ERROR_STYLE, OK_STYLE
from dsr_desk.ui.widgets.labels import MUTED, plain_label
from dsr_desk.ui.widgets.register_activity_form import RegisterActivityForm
from dsr_desk.ui.widgets.register_activity_list import RegisterActivityList, activities_text
from dsr_desk.ui.widgets.register_editor_io import KIND, Loaded


class RegisterEditor(RegisterActivityList, RegisterActivityForm, QWidget):
    """Edit one entity's processing register (Settings places it under the entity form)."""

    def __init__(
        self, session: AppSession, ops: Ops, entity_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session, self._ops = session, ops
        self._entity = entity_name
        self._activities: list[ActivityView] = []
        self._editing: int | None = None  # position in the form; None = a new activity
        self._select_after_load: int | None = None
        self._generation = 0
        self._busy = False
        self._adding = False  # the user asked for an empty form to add an activity
        self.setObjectName("registerEditor")

        self.title = QLabel()
        self.title.setObjectName("registerTitle")
        font = self.title.font()
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label = QLabel()
        self.count_label.setObjectName("registerActivityCount")
        self.count_label.setStyleSheet(MUTED)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.count_label)

        heading_box = QVBoxLayout()
        heading_box.setSpacing(2)
        heading_box.addLayout(heading)
        intro = plain_label(
            "What access answers tell requesters (Art. 15): purposes, data, recipients, "
            "retention, source and transfers of each processing activity.",
            selectable=False,
        )
        intro.setStyleSheet(MUTED)
        heading_box.addWidget(intro)

        toolbar = self._build_toolbar()
        table = self._build_table()
        report_area = self._build_report()

        layout = QVBoxLayout(self)
        layout.addLayout(heading_box)
        layout.addLayout(toolbar)
        layout.addWidget(table, 1)
        layout.addWidget(report_area)
        layout.addSpacing(6)
        layout.addWidget(self._build_form())

        self.add_button.clicked.connect(self.new_activity)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.import_button.clicked.connect(self.import_csv)
        ops.operation_done.connect(self._on_operation_done)
        self._show_title()
        self._set_form_mode(None)
        self._update_buttons()

    def _show_title(self) -> None:
        self.title.setText(
            f"Processing register — {self._entity}" if self._entity else "Processing register"
        )
        count = len(self._activities)
        self.count_label.setText(activities_text(count) if count else "")

    # -- loading ----------------------------------------------------------------------------

    @property
    def entity_name(self) -> str:
        return self._entity

    def set_entity(self, name: str) -> None:
        """Show another entity's register (e.g. when Settings selects another entity); an
        empty name shows nothing until an entity is set."""
        if name == self._entity:
            return
        self._entity = name
        self.clear()
        self.reload()

    def entity_renamed(self, name: str) -> None:
        """The entity shown was renamed: follow it, keeping what is being edited."""
        self._entity = name
        self._show_title()

    def reload(self) -> None:
        if not self._session.is_unlocked or not self._entity:
            return
        self._generation += 1
        session, entity, generation = self._session, self._entity, self._generation
        self._ops.run(
            lambda: Loaded(entity, generation, list_activities(session.uow(), entity)),
            on_done=self._show_loaded,
            on_error=self._failed,
        )

    def _show_loaded(self, loaded: Loaded) -> None:
        if loaded.generation != self._generation or loaded.entity != self._entity:
            return  # an older answer, or another entity's
        keep_edits = self._select_after_load is None and self.is_dirty()
        wanted = self._select_after_load
        if wanted is None:
            wanted = self._editing
        self._select_after_load = None
        self._activities = list(loaded.activities)
        self.model.set_rows(self._activities)
        self._show_title()
        if wanted is not None and wanted >= len(self._activities):
            wanted = len(self._activities) - 1 if self._activities else None
        if keep_edits:
            # Someone else changed the register while the user types: keep their text.
            self._select_row(self._editing)
            self._set_form_mode(self._editing)
            self._update_buttons()
            return
        if wanted is None and self._activities and not self._adding:
            wanted = 0
        self._select_row(wanted)
        self._show_in_form(wanted)
        if not self._activities:
            self._status(
                "No activity yet: fill in the form and add it, or import a spreadsheet.", ok=True
            )

    def _on_operation_done(self, kind: str) -> None:
        if kind.startswith(("register", "demo", "entity")) and self._session.is_unlocked:
            self.reload()

    def clear(self) -> None:
        """Drop all data from the widgets (on lock, or before showing another entity)."""
        self._generation += 1
        self._activities = []
        self._select_after_load = None
        self._adding = False
        self.model.clear()
        self._set_form_mode(None)
        self.set_values(None)
        self.report.clear()
        self.report_area.hide()
        self.status.clear()
        self._show_title()
        self._update_buttons()

    # -- running ----------------------------------------------------------------------------

    def _run(self, call: Callable[[], object], done_text: str) -> None:
        self._set_busy(True)

        def done(_result: object) -> None:
            self._set_busy(False)
            if done_text:
                self._status(done_text, ok=True)

        self._ops.run(call, on_done=done, on_error=self._failed, kind=KIND)

    def _failed(self, problem: DsrError) -> None:
        self._set_busy(False)
        self._select_after_load = None
        self._status(str(problem), ok=False)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _status(self, text: str, *, ok: bool) -> None:
        self.status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.status.setText(text)

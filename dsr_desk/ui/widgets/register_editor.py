"""The processing register (GDPR Art. 30) of one entity: a table of its activities and a form
to edit the selected one, add, remove, reorder, or import a spreadsheet.

Access answers quote this register (purposes, data, recipients, retention, source, transfers),
so it is worth keeping exact. Every change runs a service on the database worker
(``ops.run``); the table reloads after each one (its changes, ``ui.freshness``). Unsaved edits
are never dropped silently: moving away from them asks first.

The editor holds two child widgets joined by signals: the activity list
(``register_activity_list``: the toolbar, the table, loading and the list's actions) and the
activity form (``register_activity_form``: the fields of one activity, saving, the status
line). Selecting an activity in the list loads it in the form; saving it in the form makes the
list select it once reloaded. ``register_editor_io`` is the worker side. This module keeps the
editor itself: its heading, and which entity it shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.widgets.labels import MUTED, plain_label
from dsr_desk.ui.widgets.register_activity_form import ActivityForm
from dsr_desk.ui.widgets.register_activity_list import ActivityList, activities_text


class RegisterEditor(QWidget):
    """Edit one entity's processing register (Settings places it under the entity form)."""

    def __init__(
        self, session: AppSession, ops: Ops, entity_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._entity = entity_name
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
            self.tr(
                "What access answers tell requesters (Art. 15): purposes, data, recipients, "
                "retention, source and transfers of each processing activity."
            ),
            selectable=False,
        )
        intro.setStyleSheet(MUTED)
        heading_box.addWidget(intro)

        self.activity_list = ActivityList(session, ops)
        self.activity_form = ActivityForm(session, ops)
        self.activity_list.set_entity(entity_name)
        self.activity_form.set_entity(entity_name)

        layout = QVBoxLayout(self)
        layout.addLayout(heading_box)
        layout.addWidget(self.activity_list, 1)
        layout.addSpacing(6)
        layout.addWidget(self.activity_form)

        activities, form = self.activity_list, self.activity_form
        activities.current_changed.connect(form.show_activity)
        activities.refreshed.connect(form.follow)
        activities.new_started.connect(form.start_new)
        activities.message.connect(form.show_status)
        activities.busy_changed.connect(form.set_busy)
        activities.loaded.connect(lambda _count: self._show_title())
        form.saved.connect(activities.select_after_load)
        form.dirty_changed.connect(activities.set_form_dirty)
        form.busy_changed.connect(activities.set_busy)
        self._show_title()

    def _show_title(self) -> None:
        self.title.setText(
            self.tr("Processing register — {entity}").format(entity=self._entity)
            if self._entity
            else self.tr("Processing register")
        )
        count = self.activity_list.activity_count()
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
        self._follow_entity(name)
        self.clear()
        self.reload()

    def entity_renamed(self, name: str) -> None:
        """The entity shown was renamed: follow it, keeping what is being edited."""
        self._follow_entity(name)
        self._show_title()

    def _follow_entity(self, name: str) -> None:
        self._entity = name
        self.activity_list.set_entity(name)
        self.activity_form.set_entity(name)

    def reload(self) -> None:
        self.activity_list.reload()

    def is_dirty(self) -> bool:
        """The form holds edits not saved yet."""
        return self.activity_form.is_dirty()

    def clear(self) -> None:
        """Drop all data from the widgets (on lock, or before showing another entity)."""
        self.activity_list.clear()
        self.activity_form.clear()
        self._show_title()

"""The activity list of the processing register editor: the toolbar, the table of one
entity's activities and its selection, loading them, and the list's actions (add, remove,
reorder, import a spreadsheet).

A child widget of ``RegisterEditor`` (``dsr_desk.ui.widgets.register_editor``), which joins it
to the activity form by signals: the list says which activity the form shows
(``current_changed``, ``refreshed``) and what the status line says (``message``); the form
says when it holds unsaved edits (``set_form_dirty``), so the list asks before dropping them,
and which activity it saved (``select_after_load``). Every change runs on the database worker;
the list reloads after the changes of the register (``ui.freshness``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain.changes import Changes
from dsr_desk.domain.errors import DsrError
from dsr_desk.services.register import ActivityView, list_activities, move_activity, remove_activity
from dsr_desk.services.register_csv import ImportReport, RegisterImportError
from dsr_desk.ui.freshness import Freshness
from dsr_desk.ui.ops import Latest, Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.widgets.labels import plain_label
from dsr_desk.ui.widgets.record_table import TABLE_STYLE, RecordTableModel
from dsr_desk.ui.widgets.register_editor_io import Loaded, import_file


def _one_line(text: str) -> str:
    return " ".join(text.split())


def activities_text(count: int) -> str:
    """``1 activity``, ``3 activities`` (in the interface's language)."""
    if count == 1:
        return QCoreApplication.translate("ActivityList", "1 activity")
    return QCoreApplication.translate("ActivityList", "{n} activities").format(n=count)


class _ActivityTable(QTableView):
    """Asks for a few rows only, so the form keeps its full height; any extra height the
    editor gets still goes to the table."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        rows = self.verticalHeader().defaultSectionSize() * 4
        return QSize(hint.width(), self.horizontalHeader().sizeHint().height() + rows + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """The name and legal basis narrowed (in proportion) when the table is too narrow for
        them and a third of it for the purpose: no sideways scrolling at 1024 px; what a cell
        cannot show, its tooltip says whole."""
        header = self.horizontalHeader()
        if header.count() < 4:
            return
        room = self.viewport().width() - header.sectionSize(0)
        sides = header.sectionSize(1) + header.sectionSize(3)
        wanted = room - max(room // 3, header.minimumSectionSize())
        if sides > wanted > 0:
            name = header.sectionSize(1) * wanted // sides
            header.resizeSection(1, name)
            header.resizeSection(3, wanted - name)


class ActivityList(QWidget):
    """The toolbar and table of one entity's activities, and what they do."""

    # the activity the form shows: position (None: a new one), its ActivityView, the count
    current_changed = Signal(object, object, int)
    # the register reloaded under the form's unsaved edits: same arguments, the text stays
    refreshed = Signal(object, object, int)
    loaded = Signal(int)  # the number of activities, after each load (and clear)
    message = Signal(str, bool)  # for the status line: text ("" clears it), ok
    busy_changed = Signal(bool)  # a change of the register runs (or ended)
    new_started = Signal()  # the user asked for an empty form to add an activity

    def __init__(self, session: AppSession, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._ops = session, ops
        self._entity = ""
        self._activities: list[ActivityView] = []
        self._current: int | None = None  # position shown in the form; None = a new activity
        self._select_after_load: int | None = None
        self._latest = Latest(ops, self)
        self._busy = False
        self._adding = False  # the user asked for an empty form to add an activity
        self._form_dirty = False  # the form holds edits not saved yet

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_toolbar())
        layout.addWidget(self._build_table(), 1)
        layout.addWidget(self._build_report())

        self.add_button.clicked.connect(self.new_activity)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.import_button.clicked.connect(self.import_csv)
        self._freshness = Freshness(self, ops, self._shows, self.reload)
        self._update_buttons()

    # -- building ---------------------------------------------------------------------------

    def _build_toolbar(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("Add activity"))
        self.add_button.setObjectName("registerAdd")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("registerRemove")
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setObjectName("registerUp")
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setObjectName("registerDown")
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setObjectName("registerImport")
        self.import_button.setToolTip(
            self.tr(
                "A spreadsheet saved as CSV, one activity per row, with a header row: name, "
                "purpose, legal_basis, data_categories, recipients, retention, source, "
                "transfers, automated_decisions (French headers work too)."
            )
        )
        toolbar = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.import_button)
        return toolbar

    def _build_table(self) -> QTableView:
        self.model = RecordTableModel(
            [
                (self.tr("#"), lambda v: str(v.position + 1)),
                (self.tr("Activity"), lambda v: v.name),
                (self.tr("Purpose"), lambda v: _one_line(v.purpose)),
                (self.tr("Legal basis"), lambda v: _one_line(v.legal_basis)),
            ],
            self,
        )
        self.table = _ActivityTable()
        self.table.setObjectName("registerActivities")
        self.table.setAccessibleName(self.tr("Processing activities"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.table.setModel(self.model)
        self.table.setStyleSheet(TABLE_STYLE)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(27)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 280)
        header.resizeSection(3, 300)
        self.table.setMinimumHeight(110)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        return self.table

    def _build_report(self) -> QScrollArea:
        self.report = plain_label()
        self.report.setObjectName("registerImportReport")
        self.report.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.report_area = QScrollArea()
        self.report_area.setWidgetResizable(True)
        self.report_area.setFrameShape(QFrame.Shape.NoFrame)
        self.report_area.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 16)
        self.report_area.setWidget(self.report)
        self.report_area.hide()
        return self.report_area

    # -- loading ----------------------------------------------------------------------------

    def activity_count(self) -> int:
        return len(self._activities)

    def set_entity(self, name: str) -> None:
        """Work on another entity's register (``clear`` and ``reload`` show it)."""
        self._entity = name

    def reload(self) -> None:
        if not self._session.is_unlocked or not self._entity:
            return
        self._freshness.mark_fresh()
        session, entity = self._session, self._entity
        self._latest.run(
            lambda: Loaded(entity, list_activities(session.uow(), entity)),
            on_done=self._show_loaded,
            on_error=self._failed,
        )

    def _show_loaded(self, loaded: Loaded) -> None:
        if loaded.entity != self._entity:
            return  # another entity's (shown since)
        keep_edits = self._select_after_load is None and self._form_dirty
        wanted = self._select_after_load
        if wanted is None:
            wanted = self._current
        self._select_after_load = None
        self._activities = list(loaded.activities)
        self.model.set_rows(self._activities)
        self.loaded.emit(len(self._activities))
        if wanted is not None and wanted >= len(self._activities):
            wanted = len(self._activities) - 1 if self._activities else None
        if keep_edits:
            # Someone else changed the register while the user types: keep their text.
            self._select_row(self._current)
            self._update_buttons()
            self.refreshed.emit(self._current, self._activity(self._current), len(self._activities))
            return
        if wanted is None and self._activities and not self._adding:
            wanted = 0
        self._select_row(wanted)
        self._show(wanted)
        if not self._activities:
            self.message.emit(
                self.tr("No activity yet: fill in the form and add it, or import a spreadsheet."),
                True,
            )

    def _shows(self, changes: Changes) -> bool:
        """The register's changes, and the entities' (a renamed entity)."""
        return (changes.register or changes.entities) and self._session.is_unlocked

    def clear(self) -> None:
        """Drop all data from the widgets (on lock, or before showing another entity)."""
        self._latest.drop()
        self._activities = []
        self._current = None
        self._select_after_load = None
        self._adding = False
        self.model.clear()
        self.report.clear()
        self.report_area.hide()
        self._update_buttons()
        self.loaded.emit(0)

    # -- what the form tells --------------------------------------------------------------

    def set_form_dirty(self, dirty: bool) -> None:
        """The form holds edits not saved yet (or no longer): ask before dropping them."""
        self._form_dirty = dirty

    def select_after_load(self, position: int) -> None:
        """The form saved the activity now at ``position``: show it after the reload."""
        self._select_after_load = position

    def set_busy(self, busy: bool) -> None:
        """A change of the register runs (here or in the form): no other starts meanwhile."""
        self._busy = busy
        self._update_buttons()

    # -- table and selection ----------------------------------------------------------------

    def selected_position(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _activity(self, position: int | None) -> ActivityView | None:
        if position is None or position >= len(self._activities):
            return None
        return self._activities[position]

    def _select_row(self, position: int | None) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if position is None:
            self.table.clearSelection()
            selection.clearCurrentIndex()
        else:
            self.table.selectRow(position)
            self.table.scrollTo(self.model.index(position, 0))
        selection.blockSignals(False)
        self.table.viewport().update()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        position = self.selected_position()
        if position == self._current:
            return
        if not self._confirm_discard():
            self._select_row(self._current)
            return
        self._show(position)

    def _show(self, position: int | None) -> None:
        """Make ``position`` the activity in the form (None: a new one)."""
        if position is not None and position >= len(self._activities):
            position = None
        if position is not None:
            self._adding = False
        self._current = position
        self._update_buttons()
        self.current_changed.emit(position, self._activity(position), len(self._activities))

    def _confirm_discard(self) -> bool:
        """True when the form holds no unsaved edits, or the user agrees to drop them."""
        if not self._form_dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("This activity has changes that are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _update_buttons(self) -> None:
        position = self._current
        idle = not self._busy
        has_row = position is not None and idle
        self.remove_button.setEnabled(has_row)
        self.up_button.setEnabled(has_row and position is not None and position > 0)
        self.down_button.setEnabled(
            has_row and position is not None and position < len(self._activities) - 1
        )
        self.add_button.setEnabled(idle)
        self.import_button.setEnabled(idle)

    # -- actions ----------------------------------------------------------------------------

    def new_activity(self) -> None:
        """Empty the form to add an activity at the end of the register."""
        if not self._confirm_discard():
            return
        self._adding = True
        self._select_row(None)
        self._show(None)
        self.new_started.emit()

    def remove_selected(self) -> None:
        position = self._current
        if position is None:
            return
        name = self._activities[position].name
        answer = QMessageBox.question(
            self,
            self.tr("Remove activity"),
            self.tr(
                "Remove “{name}” from the register of {entity}? Access answers will no "
                "longer mention it."
            ).format(name=name, entity=self._entity),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        session, entity = self._session, self._entity
        self._select_after_load = max(position - 1, 0)
        self._run(
            lambda: remove_activity(session.uow(), entity, position),
            self.tr("“{name}” removed.").format(name=name),
        )

    def move_selected(self, step: int) -> None:
        position = self._current
        if position is None or not 0 <= position + step < len(self._activities):
            return
        if not self._confirm_discard():
            return
        session, entity, target = self._session, self._entity, position + step
        self._select_after_load = target
        self._run(lambda: move_activity(session.uow(), entity, position, target), "")

    def import_csv(self) -> None:
        if not self._confirm_discard():
            return
        path_text, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a processing register"),
            "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if not path_text:
            return
        replace = self._ask_import_mode()
        if replace is None:
            return
        session, entity, path = self._session, self._entity, Path(path_text)
        self.report_area.hide()
        self._select_after_load = 0 if replace else len(self._activities)
        self._set_busy(True)
        self._ops.run(
            import_file,
            session,
            entity,
            path,
            replace,
            on_done=self._imported,
            on_error=self._import_failed,
        )

    def _ask_import_mode(self) -> bool | None:
        """Replace (True) or append (False) when the register already has activities."""
        if not self._activities:
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Import a processing register"))
        box.setText(
            self.tr(
                "The register of {entity} has {activities}. "
                "Add the file's activities after them, or replace them all?"
            ).format(entity=self._entity, activities=activities_text(len(self._activities)))
        )
        append = box.addButton(self.tr("Add after them"), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(self.tr("Replace them all"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(append)
        box.exec()
        clicked = box.clickedButton()
        if clicked is append:
            return False
        if clicked is replace:
            return True
        return None

    def _imported(self, report: ImportReport) -> None:
        self._set_busy(False)
        self._show_report(report.summary(), ok=True)

    def _import_failed(self, problem: DsrError) -> None:
        self._set_busy(False)
        self._select_after_load = None
        if isinstance(problem, RegisterImportError) and len(problem.problems) > 1:
            lines = "\n".join(f"• {line}" for line in problem.problems)
            count = len({line.split(":", 1)[0] for line in problem.problems})
            text = self.tr("Nothing was imported: {n} rows need fixing.").format(n=count)
            text += "\n" + lines
        else:
            text = str(problem)
        self._show_report(text, ok=False)

    def _show_report(self, text: str, *, ok: bool) -> None:
        self.report.setStyleSheet(
            "padding:6px; border-radius:4px; "
            + (
                "background:#e8f3e8; color:#1e4d20; border:1px solid #b7d6b8;"
                if ok
                else "background:#fbe9e7; color:#8c1d18; border:1px solid #e6b3ad;"
            )
        )
        self.report.setText(text)
        self.report_area.show()

    # -- running ----------------------------------------------------------------------------

    def _run(self, call: Callable[[], object], done_text: str) -> None:
        self._set_busy(True)

        def done(_result: object) -> None:
            self._set_busy(False)
            if done_text:
                self.message.emit(done_text, True)

        self._ops.run(call, on_done=done, on_error=self._failed)

    def _failed(self, problem: DsrError) -> None:
        self._set_busy(False)
        self._select_after_load = None
        self.message.emit(str(problem), False)

    def _set_busy(self, busy: bool) -> None:
        self.set_busy(busy)
        self.busy_changed.emit(busy)

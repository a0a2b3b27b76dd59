"""The activity list of the processing register editor: the toolbar, the table of activities
and its selection, and the list's actions (add, remove, reorder, import a spreadsheet).

A mixin of ``RegisterEditor`` (``dsr_desk.ui.widgets.register_editor``): the ``_build_*``
methods keep their widgets on the editor under their own names (the tests and Settings reach
them there). Every change runs on the database worker through the editor's ``_run`` or
``Ops.run`` with ``kind=KIND``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QItemSelection, QSize, Qt
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
)

from dsr_desk.domain.errors import DsrError
from dsr_desk.services.register import move_activity, remove_activity
from dsr_desk.services.register_csv import ImportReport, RegisterImportError
from dsr_desk.ui.widgets.labels import plain_label
from dsr_desk.ui.widgets.record_table import TABLE_STYLE, RecordTableModel
from dsr_desk.ui.widgets.register_editor_io import KIND, RegisterEditorHost, import_file

_IMPORT_FILTER: Final = "CSV files (*.csv *.txt);;All files (*)"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def activities_text(count: int) -> str:
    return f"{count} activit{'y' if count == 1 else 'ies'}"


class _ActivityTable(QTableView):
    """Asks for a few rows only, so the form keeps its full height; any extra height the
    editor gets still goes to the table."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        rows = self.verticalHeader().defaultSectionSize() * 4
        return QSize(hint.width(), self.horizontalHeader().sizeHint().height() + rows + 4)


class RegisterActivityList(RegisterEditorHost):
    """The toolbar and table of the register's activities, and what they do."""

    if TYPE_CHECKING:  # RegisterActivityForm's and RegisterEditor's

        def _refresh_save_state(self) -> None: ...
        def _confirm_discard(self) -> bool: ...
        def _show_in_form(self, position: int | None) -> None: ...
        def _run(self, call: Callable[[], object], done_text: str) -> None: ...
        def _set_busy(self, busy: bool) -> None: ...

    # -- building ---------------------------------------------------------------------------

    def _build_toolbar(self) -> QHBoxLayout:
        self.add_button = QPushButton("Add activity")
        self.add_button.setObjectName("registerAdd")
        self.remove_button = QPushButton("Remove")
        self.remove_button.setObjectName("registerRemove")
        self.up_button = QPushButton("Move up")
        self.up_button.setObjectName("registerUp")
        self.down_button = QPushButton("Move down")
        self.down_button.setObjectName("registerDown")
        self.import_button = QPushButton("Import CSV…")
        self.import_button.setObjectName("registerImport")
        self.import_button.setToolTip(
            "A spreadsheet saved as CSV, one activity per row, with a header row: name, "
            "purpose, legal_basis, data_categories, recipients, retention, source, transfers, "
            "automated_decisions (French headers work too)."
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
                ("#", lambda v: str(v.position + 1)),
                ("Activity", lambda v: v.name),
                ("Purpose", lambda v: _one_line(v.purpose)),
                ("Legal basis", lambda v: _one_line(v.legal_basis)),
            ],
            self,
        )
        self.table = _ActivityTable()
        self.table.setObjectName("registerActivities")
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

    # -- table and selection ----------------------------------------------------------------

    def selected_position(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

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
        if position == self._editing:
            return
        if not self._confirm_discard():
            self._select_row(self._editing)
            return
        self._show_in_form(position)

    def _update_buttons(self) -> None:
        position = self._editing
        idle = not self._busy
        has_row = position is not None and idle
        self.remove_button.setEnabled(has_row)
        self.up_button.setEnabled(has_row and position is not None and position > 0)
        self.down_button.setEnabled(
            has_row and position is not None and position < len(self._activities) - 1
        )
        self.add_button.setEnabled(idle)
        self.import_button.setEnabled(idle)
        self._refresh_save_state()

    # -- actions ----------------------------------------------------------------------------

    def new_activity(self) -> None:
        """Empty the form to add an activity at the end of the register."""
        if not self._confirm_discard():
            return
        self._adding = True
        self._select_row(None)
        self._show_in_form(None)
        self.status.clear()
        self.fields["name"].setFocus()

    def remove_selected(self) -> None:
        position = self._editing
        if position is None:
            return
        name = self._activities[position].name
        answer = QMessageBox.question(
            self,
            "Remove activity",
            f"Remove “{name}” from the register of {self._entity}? Access answers will no "
            "longer mention it.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        session, entity = self._session, self._entity
        self._select_after_load = max(position - 1, 0)
        self._run(lambda: remove_activity(session.uow(), entity, position), f"“{name}” removed.")

    def move_selected(self, step: int) -> None:
        position = self._editing
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
            self, "Import a processing register", "", _IMPORT_FILTER
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
            kind=KIND,
        )

    def _ask_import_mode(self) -> bool | None:
        """Replace (True) or append (False) when the register already has activities."""
        if not self._activities:
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Import a processing register")
        box.setText(
            f"The register of {self._entity} has {activities_text(len(self._activities))}. "
            "Add the file's activities after them, or replace them all?"
        )
        append = box.addButton("Add after them", QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton("Replace them all", QMessageBox.ButtonRole.DestructiveRole)
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
            text = f"Nothing was imported: {count} rows need fixing.\n{lines}"
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

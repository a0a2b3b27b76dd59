"""The processing register (GDPR Art. 30) of one entity: a table of its activities and a form
to edit the selected one, add, remove, reorder, or import a spreadsheet.

Access answers quote this register (purposes, data, recipients, retention, source, transfers),
so it is worth keeping exact. Every change runs a service on the database worker
(``ops.run(..., kind="register.changed")``); the table reloads after each one. Unsaved edits
are never dropped silently: moving away from them asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PySide6.QtCore import QItemSelection, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain.errors import DsrError, ValidationError
from dsr_desk.services.register import (
    ACTIVITY_FIELDS,
    FIELD_LABELS,
    NAME_MAX_CHARS,
    REQUIRED_FIELDS,
    ActivityView,
    add_activity,
    list_activities,
    move_activity,
    remove_activity,
    update_activity,
)
from dsr_desk.services.register_csv import (
    MAX_CSV_BYTES,
    ImportReport,
    RegisterImportError,
    import_register_csv,
)
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.widgets.entity_form import ERROR_STYLE, OK_STYLE
from dsr_desk.ui.widgets.labels import MUTED, plain_label
from dsr_desk.ui.widgets.record_table import TABLE_STYLE, RecordTableModel

KIND: Final = "register.changed"
COMMON_BASES: Final = (
    "Consent (Art. 6(1)(a))",
    "Contract (Art. 6(1)(b))",
    "Legal obligation (Art. 6(1)(c))",
    "Vital interests (Art. 6(1)(d))",
    "Public task (Art. 6(1)(e))",
    "Legitimate interests (Art. 6(1)(f))",
)
# field → (label, lines shown, placeholder)
_FORM_FIELDS: Final[dict[str, tuple[str, int, str]]] = {
    "name": ("&Name", 1, "e.g. Enrolment and student records"),
    "purpose": ("&Purpose", 3, "What the data is used for"),
    "legal_basis": ("&Legal basis", 3, "e.g. Contract (Art. 6(1)(b))"),
    "data_categories": ("&Data categories", 3, "Identity, contact details, marks…"),
    "recipients": ("&Recipients", 3, "Departments, processors, authorities…"),
    "retention": ("Re&tention", 3, "How long, or the criteria (e.g. 3 years from last contact)"),
    "source": ("&Source", 2, "Where the data comes from when not from the person"),
    "transfers": ("Tr&ansfers", 3, "Outside the EEA, and the safeguards (Art. 46)"),
    "automated_decisions": ("A&utomated decisions", 2, "None, or the logic and effects"),
}
_RIGHT_COLUMN: Final = ("recipients", "retention", "transfers", "automated_decisions")
_IMPORT_FILTER: Final = "CSV files (*.csv *.txt);;All files (*)"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _plural(count: int) -> str:
    return f"{count} activit{'y' if count == 1 else 'ies'}"


@dataclass(frozen=True)
class _Loaded:
    entity: str
    generation: int
    activities: list[ActivityView]


def _import_file(session: AppSession, entity: str, path: Path, replace: bool) -> ImportReport:
    """Runs on the DB worker: read the file, then import it (all rows or none)."""
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise ValidationError(f"{path.name} is larger than {MAX_CSV_BYTES // 2**20} MB.")
        data = path.read_bytes()
    except OSError as problem:
        raise ValidationError(f"Cannot read {path.name}: {problem.strerror or problem}.") from None
    return import_register_csv(session.uow(), entity, data, replace=replace)


class _ActivityTable(QTableView):
    """Asks for a few rows only, so the form keeps its full height; any extra height the
    editor gets still goes to the table."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        rows = self.verticalHeader().defaultSectionSize() * 4
        return QSize(hint.width(), self.horizontalHeader().sizeHint().height() + rows + 4)


class _FieldsScroll(QScrollArea):
    """Asks for the whole form's height (QScrollArea caps its hint at 24 lines): the form
    scrolls only when the editor is really short of room."""

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        frame = 2 * self.frameWidth()
        return QSize(hint.width() + frame, hint.height() + frame)


class RegisterEditor(QWidget):
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

        self.report = plain_label()
        self.report.setObjectName("registerImportReport")
        self.report.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.report_area = QScrollArea()
        self.report_area.setWidgetResizable(True)
        self.report_area.setFrameShape(QFrame.Shape.NoFrame)
        self.report_area.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 16)
        self.report_area.setWidget(self.report)
        self.report_area.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(heading_box)
        layout.addLayout(toolbar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.report_area)
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

    # -- building ---------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        self.form_title = QLabel()
        self.form_title.setObjectName("registerFormTitle")
        font = self.form_title.font()
        font.setBold(True)
        self.form_title.setFont(font)

        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        columns = (QVBoxLayout(), QVBoxLayout())
        line_height = self.fontMetrics().lineSpacing()
        for name, (label, lines, placeholder) in _FORM_FIELDS.items():
            editor: QLineEdit | QPlainTextEdit
            if lines == 1:
                editor = QLineEdit()
                editor.setMaxLength(NAME_MAX_CHARS)
                editor.textEdited.connect(lambda _text: self._edited())
            else:
                editor = QPlainTextEdit()
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(line_height * lines + 14)
                editor.textChanged.connect(self._edited)
            editor.setObjectName(f"activity_{name}")
            editor.setPlaceholderText(placeholder)
            self.fields[name] = editor
            label_widget = QLabel(label + (" *" if name in REQUIRED_FIELDS else ""))
            label_widget.setBuddy(editor)
            label_row = QHBoxLayout()
            label_row.addWidget(label_widget, 1, Qt.AlignmentFlag.AlignBottom)
            if name == "legal_basis":
                label_row.addWidget(self._bases_button())
            column = columns[name in _RIGHT_COLUMN]
            column.addLayout(label_row)
            column.addWidget(editor)
            column.addSpacing(4)
        columns_layout = QHBoxLayout()
        columns_layout.setSpacing(18)
        columns_layout.setContentsMargins(0, 0, 4, 0)
        for column in columns:
            column.setSpacing(2)
            column.addStretch(1)
            columns_layout.addLayout(column, 1)

        self.status = plain_label(selectable=False)
        self.status.setObjectName("registerStatus")
        required = QLabel("* needed for every activity")
        required.setStyleSheet(MUTED)
        self.revert_button = QPushButton("Revert")
        self.revert_button.setObjectName("registerRevert")
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton("Save activity")
        self.save_button.setObjectName("registerSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(required)
        buttons.addSpacing(12)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)

        panel = QFrame()
        panel.setObjectName("registerForm")
        panel.setStyleSheet("QFrame#registerForm { border:1px solid #d0d4d8; border-radius:4px; }")
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(12, 8, 12, 10)
        panel_layout.addWidget(self.form_title)
        fields = QWidget()
        fields.setLayout(columns_layout)
        fields_scroll = _FieldsScroll()
        fields_scroll.setObjectName("registerFields")
        fields_scroll.setWidgetResizable(True)
        fields_scroll.setFrameShape(QFrame.Shape.NoFrame)
        fields_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fields_scroll.setMinimumHeight(150)
        fields_scroll.setWidget(fields)
        panel_layout.addWidget(fields_scroll, 1)
        panel_layout.addLayout(buttons)
        return panel

    def _bases_button(self) -> QToolButton:
        menu = QMenu(self)
        for basis in COMMON_BASES:
            action = menu.addAction(basis)
            action.triggered.connect(lambda _checked=False, text=basis: self._insert_basis(text))
        self.bases_button = QToolButton()
        self.bases_button.setObjectName("registerBases")
        self.bases_button.setText("Common bases ▾")
        self.bases_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.bases_button.setToolTip("Insert one of the six legal bases of Art. 6(1)")
        self.bases_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.bases_button.setMenu(menu)
        return self.bases_button

    def _insert_basis(self, basis: str) -> None:
        editor = self.fields["legal_basis"]
        assert isinstance(editor, QPlainTextEdit)
        current = editor.toPlainText().strip()
        editor.setPlainText(f"{current}; {basis}" if current else basis)

    # -- form -------------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        """The form's values, trimmed (keyword arguments for the register services)."""
        result = {}
        for name, editor in self.fields.items():
            text = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
            result[name] = text.strip()
        return result

    def set_values(self, view: ActivityView | None) -> None:
        for name, editor in self.fields.items():
            text = getattr(view, name) if view is not None else ""
            editor.blockSignals(True)
            if isinstance(editor, QLineEdit):
                editor.setText(text)
                editor.setCursorPosition(0)
            else:
                editor.setPlainText(text)
            editor.blockSignals(False)
        self._refresh_save_state()

    def _loaded_values(self) -> dict[str, str]:
        if self._editing is None or self._editing >= len(self._activities):
            return dict.fromkeys(ACTIVITY_FIELDS, "")
        view = self._activities[self._editing]
        return {name: getattr(view, name) for name in ACTIVITY_FIELDS}

    def is_dirty(self) -> bool:
        return self.values() != self._loaded_values()

    def _edited(self) -> None:
        """The user typed: an old status message no longer applies."""
        self.status.clear()
        self._refresh_save_state()

    def _refresh_save_state(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty and not self._busy)
        self.revert_button.setEnabled(dirty and not self._busy)

    def problem(self) -> str | None:
        values = self.values()
        missing = [FIELD_LABELS[f] for f in REQUIRED_FIELDS if not values[f]]
        if missing:
            return f"Fill in the {', '.join(missing)}."
        return None

    def _set_form_mode(self, editing: int | None) -> None:
        self._editing = editing
        if editing is None:
            self.form_title.setText("New activity")
            self.save_button.setText("Add activity")
        else:
            self.form_title.setText(f"Activity {editing + 1} of {len(self._activities)}")
            self.save_button.setText("Save activity")

    def _confirm_discard(self) -> bool:
        """True when there are no unsaved edits, or the user agrees to drop them."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            "Unsaved changes",
            "This activity has changes that are not saved. Discard them?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def revert(self) -> None:
        self._show_in_form(self._editing)

    def _show_in_form(self, position: int | None) -> None:
        if position is not None and position >= len(self._activities):
            position = None
        if position is not None:
            self._adding = False
        self._set_form_mode(position)
        self.set_values(None if position is None else self._activities[position])
        self._update_buttons()

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

    def _show_title(self) -> None:
        self.title.setText(
            f"Processing register — {self._entity}" if self._entity else "Processing register"
        )
        count = len(self._activities)
        self.count_label.setText(_plural(count) if count else "")

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
            lambda: _Loaded(entity, generation, list_activities(session.uow(), entity)),
            on_done=self._show_loaded,
            on_error=self._failed,
        )

    def _show_loaded(self, loaded: _Loaded) -> None:
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

    def save(self) -> None:
        problem = self.problem()
        if problem is not None:
            self._status(problem, ok=False)
            return
        values = self.values()
        session, entity = self._session, self._entity
        if self._editing is None:
            self._select_after_load = len(self._activities)
            self._run(lambda: add_activity(session.uow(), entity, **values), "Activity added.")
        else:
            position = self._editing
            current = self._loaded_values()
            changes = {k: v for k, v in values.items() if v != current[k]}
            self._select_after_load = position
            self._run(
                lambda: update_activity(session.uow(), entity, position, **changes),
                "Activity saved.",
            )

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
            _import_file,
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
            f"The register of {self._entity} has {_plural(len(self._activities))}. "
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

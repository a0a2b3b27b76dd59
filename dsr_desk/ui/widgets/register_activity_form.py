"""The form of the processing register editor: the fields of one activity, saving and
reverting, and the editor's status line.

A child widget of ``RegisterEditor`` (``dsr_desk.ui.widgets.register_editor``), which joins it
to the activity list by signals: the form shows the activity the list selects
(``show_activity``, ``follow``), tells when it holds unsaved edits (``dirty_changed``, so the
list asks before dropping them) and which activity it saved (``saved``, so the list selects it
once reloaded). Saving runs on the database worker; the list reloads from the changes it
reports.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain.errors import DsrError
from dsr_desk.services.register import (
    ACTIVITY_FIELDS,
    FIELD_LABELS,
    NAME_MAX_CHARS,
    REQUIRED_FIELDS,
    TEXT_MAX_CHARS,
    ActivityView,
    add_activity,
    update_activity,
)
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.text_limits import cap_plain_text
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP
from dsr_desk.ui.widgets.entity_form import ERROR_STYLE, OK_STYLE
from dsr_desk.ui.widgets.labels import MUTED, plain_label, whole_example

COMMON_BASES: Final = (
    QT_TRANSLATE_NOOP("ActivityForm", "Consent (Art. 6(1)(a))"),
    QT_TRANSLATE_NOOP("ActivityForm", "Contract (Art. 6(1)(b))"),
    QT_TRANSLATE_NOOP("ActivityForm", "Legal obligation (Art. 6(1)(c))"),
    QT_TRANSLATE_NOOP("ActivityForm", "Vital interests (Art. 6(1)(d))"),
    QT_TRANSLATE_NOOP("ActivityForm", "Public task (Art. 6(1)(e))"),
    QT_TRANSLATE_NOOP("ActivityForm", "Legitimate interests (Art. 6(1)(f))"),
)
# field → (label, lines shown, placeholder)
_FORM_FIELDS: Final[dict[str, tuple[str, int, str]]] = {
    "name": (
        QT_TRANSLATE_NOOP("ActivityForm", "&Name"),
        1,
        QT_TRANSLATE_NOOP("ActivityForm", "e.g. Enrolment and student records"),
    ),
    "purpose": (
        QT_TRANSLATE_NOOP("ActivityForm", "&Purpose"),
        3,
        QT_TRANSLATE_NOOP("ActivityForm", "What the data is used for"),
    ),
    "legal_basis": (
        QT_TRANSLATE_NOOP("ActivityForm", "&Legal basis"),
        3,
        QT_TRANSLATE_NOOP("ActivityForm", "e.g. Contract (Art. 6(1)(b))"),
    ),
    "data_categories": (
        QT_TRANSLATE_NOOP("ActivityForm", "&Data categories"),
        3,
        QT_TRANSLATE_NOOP("ActivityForm", "Identity, contact details, marks…"),
    ),
    "recipients": (
        QT_TRANSLATE_NOOP("ActivityForm", "&Recipients"),
        3,
        QT_TRANSLATE_NOOP("ActivityForm", "Departments, processors, authorities…"),
    ),
    "retention": (
        QT_TRANSLATE_NOOP("ActivityForm", "Re&tention"),
        3,
        QT_TRANSLATE_NOOP(
            "ActivityForm", "How long, or the criteria (e.g. 3 years from last contact)"
        ),
    ),
    "source": (
        QT_TRANSLATE_NOOP("ActivityForm", "&Source"),
        2,
        QT_TRANSLATE_NOOP("ActivityForm", "Where the data comes from when not from the person"),
    ),
    "transfers": (
        QT_TRANSLATE_NOOP("ActivityForm", "Tr&ansfers"),
        3,
        QT_TRANSLATE_NOOP("ActivityForm", "Outside the EEA, and the safeguards (Art. 46)"),
    ),
    "automated_decisions": (
        QT_TRANSLATE_NOOP("ActivityForm", "A&utomated decisions"),
        2,
        QT_TRANSLATE_NOOP("ActivityForm", "None, or the logic and effects"),
    ),
}
# the required fields, named in the message that asks to fill them in
_REQUIRED_WORDS: Final = {
    "name": QT_TRANSLATE_NOOP("ActivityForm", "name"),
    "purpose": QT_TRANSLATE_NOOP("ActivityForm", "purpose"),
    "legal_basis": QT_TRANSLATE_NOOP("ActivityForm", "legal basis"),
    "data_categories": QT_TRANSLATE_NOOP("ActivityForm", "data categories"),
}
_RIGHT_COLUMN: Final = ("recipients", "retention", "transfers", "automated_decisions")


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


class ActivityForm(QFrame):
    """The fields of the activity being edited (or added), with Save and Revert."""

    saved = Signal(int)  # the position of the activity just saved (or added)
    busy_changed = Signal(bool)  # a save runs (or ended)
    dirty_changed = Signal(bool)  # the fields hold edits not saved yet (or no longer)

    def __init__(self, session: AppSession, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._ops = session, ops
        self._entity = ""
        self._position: int | None = None  # the activity's position; None = a new activity
        self._activity: ActivityView | None = None  # as stored, when editing one
        self._count = 0  # activities in the register
        self._busy = False
        self._dirty = False
        self.setObjectName("registerForm")
        self.setStyleSheet("QFrame#registerForm { border:1px solid #d0d4d8; border-radius:4px; }")

        self.form_title = QLabel()
        self.form_title.setObjectName("registerFormTitle")
        font = self.form_title.font()
        font.setBold(True)
        self.form_title.setFont(font)

        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        # The register's texts in French, and the same in English for letters in English.
        self.language_tabs = QTabWidget()
        self.language_tabs.setObjectName("registerLanguages")
        self.language_tabs.addTab(self._language_fields(""), self.tr("Français"))
        self.language_tabs.addTab(self._language_fields("_en"), self.tr("English (letters)"))

        self.status = plain_label(selectable=False)
        self.status.setObjectName("registerStatus")
        required = QLabel(self.tr("* needed for every activity"))
        required.setStyleSheet(MUTED)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setObjectName("registerRevert")
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Save activity"))
        self.save_button.setObjectName("registerSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(required)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)

        panel_layout = QVBoxLayout(self)
        panel_layout.setContentsMargins(12, 8, 12, 10)
        panel_layout.addWidget(self.form_title)
        fields = self.language_tabs
        fields_scroll = _FieldsScroll()
        fields_scroll.setObjectName("registerFields")
        fields_scroll.setAccessibleName(self.tr("Activity"))
        fields_scroll.setWidgetResizable(True)
        fields_scroll.setFrameShape(QFrame.Shape.NoFrame)
        fields_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fields_scroll.setMinimumHeight(150)
        fields_scroll.setWidget(fields)
        panel_layout.addWidget(fields_scroll, 1)
        panel_layout.addWidget(self.status)  # a line of its own: whole at 1024 px, in French
        panel_layout.addLayout(buttons)
        self._set_mode(None, 0)

    def _language_fields(self, suffix: str) -> QWidget:
        """The activity's fields in one language (``suffix`` "" French, "_en" English)."""
        columns = (QVBoxLayout(), QVBoxLayout())
        line_height = self.fontMetrics().lineSpacing()
        for base, (text, lines, placeholder) in _FORM_FIELDS.items():
            name = base + suffix
            # no mnemonics twice: the French tab keeps them
            label = self.tr(text).replace("&", "") if suffix else self.tr(text)
            editor: QLineEdit | QPlainTextEdit
            if lines == 1:
                editor = QLineEdit()
                editor.setMaxLength(NAME_MAX_CHARS)
                editor.textEdited.connect(lambda _text: self._edited())
            else:
                editor = QPlainTextEdit()
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(line_height * lines + 14)
                cap_plain_text(editor, TEXT_MAX_CHARS)
                editor.textChanged.connect(self._edited)
            editor.setObjectName(f"activity_{name}")
            editor.setPlaceholderText(self.tr(placeholder))
            if isinstance(editor, QLineEdit):
                whole_example(editor)
            self.fields[name] = editor
            label_widget = QLabel(label + (" *" if name in REQUIRED_FIELDS else ""))
            label_widget.setBuddy(editor)
            label_row = QHBoxLayout()
            label_row.addWidget(label_widget, 1, Qt.AlignmentFlag.AlignBottom)
            if name == "legal_basis":
                label_row.addWidget(self._bases_button())
            column = columns[base in _RIGHT_COLUMN]
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

        widget = QWidget()
        widget.setLayout(columns_layout)
        return widget

    def _bases_button(self) -> QToolButton:
        menu = QMenu(self)
        for basis_source in COMMON_BASES:
            basis = self.tr(basis_source)
            action = menu.addAction(basis)
            action.triggered.connect(lambda _checked=False, text=basis: self._insert_basis(text))
        self.bases_button = QToolButton()
        self.bases_button.setObjectName("registerBases")
        self.bases_button.setText(self.tr("Common bases ▾"))
        self.bases_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.bases_button.setToolTip(self.tr("Insert one of the six legal bases of Art. 6(1)"))
        self.bases_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.bases_button.setMenu(menu)
        return self.bases_button

    def _insert_basis(self, basis: str) -> None:
        editor = self.fields["legal_basis"]
        assert isinstance(editor, QPlainTextEdit)
        current = editor.toPlainText().strip()
        editor.setPlainText(f"{current}; {basis}" if current else basis)

    # -- what the list tells ----------------------------------------------------------------

    def set_entity(self, name: str) -> None:
        """The entity whose register the activity belongs to."""
        self._entity = name

    def show_activity(
        self, position: int | None, activity: ActivityView | None, count: int
    ) -> None:
        """Show the activity at ``position`` as stored (None: an empty form for a new one)."""
        self._activity = activity if position is not None else None
        self._set_mode(position, count)
        self.set_values(self._activity)

    def follow(self, position: int | None, activity: ActivityView | None, count: int) -> None:
        """The register reloaded while the fields hold unsaved edits: they stay, compared from
        now on with the activity as stored now."""
        self._activity = activity if position is not None else None
        self._set_mode(position, count)
        self._refresh_save_state()

    def start_new(self) -> None:
        """The user asked for an empty form to add an activity: type its name first."""
        self.status.clear()
        self.fields["name"].setFocus()

    def set_busy(self, busy: bool) -> None:
        """A change of the register runs (here or in the list): no save meanwhile."""
        self._busy = busy
        self._refresh_save_state()

    def show_status(self, text: str, ok: bool) -> None:
        self.status.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.status.setText(text)

    def clear(self) -> None:
        """Drop the activity shown and the status line (on lock, or another entity)."""
        self.show_activity(None, None, 0)
        self.status.clear()

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
        if self._activity is None:
            return dict.fromkeys(ACTIVITY_FIELDS, "")
        return {name: getattr(self._activity, name) for name in ACTIVITY_FIELDS}

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
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def problem(self) -> str | None:
        values = self.values()
        missing = [
            self.tr(_REQUIRED_WORDS[f]) if f in _REQUIRED_WORDS else FIELD_LABELS[f]
            for f in REQUIRED_FIELDS
            if not values[f]
        ]
        if missing:
            return self.tr("Fill in the {fields}.").format(fields=", ".join(missing))
        return None

    def _set_mode(self, position: int | None, count: int) -> None:
        self._position, self._count = position, count
        if position is None:
            self.form_title.setText(self.tr("New activity"))
            self.save_button.setText(self.tr("Add activity"))
        else:
            self.form_title.setText(
                self.tr("Activity {n} of {count}").format(n=position + 1, count=count)
            )
            self.save_button.setText(self.tr("Save activity"))

    def revert(self) -> None:
        self.set_values(self._activity)

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.show_status(problem, ok=False)
            return
        values = self.values()
        session, entity = self._session, self._entity
        if self._position is None:
            self._run(
                lambda: add_activity(session.uow(), entity, **values),
                self._count,
                self.tr("Activity added."),
            )
        else:
            position = self._position
            current = self._loaded_values()
            changes = {k: v for k, v in values.items() if v != current[k]}
            self._run(
                lambda: update_activity(session.uow(), entity, position, **changes),
                position,
                self.tr("Activity saved."),
            )

    def _run(self, call: Callable[[], object], position: int, done_text: str) -> None:
        self._set_busy(True)

        def done(_result: object) -> None:
            self._set_busy(False)
            self.show_status(done_text, ok=True)
            self.saved.emit(position)  # before the reload that follows (Ops.changed)

        self._ops.run(call, on_done=done, on_error=self._failed)

    def _failed(self, problem: DsrError) -> None:
        self._set_busy(False)
        self.show_status(str(problem), ok=False)

    def _set_busy(self, busy: bool) -> None:
        self.set_busy(busy)
        self.busy_changed.emit(busy)

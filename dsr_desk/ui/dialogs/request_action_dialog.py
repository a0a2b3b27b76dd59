"""The shape shared by the request-file dialogs (extend, close, ask, received, identity check).

A dialog never calls a service itself and never closes on OK: it validates inline (OK stays
disabled and a hint says why), then emits ``submitted``. The request file runs the service and
calls ``finish()`` on success or ``show_error(message)`` on a refusal, so the user's input is
still there to correct. While the call runs, OK and Cancel are disabled.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain.limits import MAX_REASON
from dsr_desk.ui.discard_guard import DiscardGuard
from dsr_desk.ui.text_limits import cap_plain_text

DATE_FORMAT = "dd/MM/yyyy"
HINT_STYLE = "color:#6b4e00;"
ERROR_STYLE = (
    "background:#fbe9e7; color:#8c1d18; border:1px solid #e6b3ad; border-radius:4px; padding:6px;"
)
NOTE_STYLE = "color:#3c4043;"
LANGUAGE_WORDS = {"fr": "Français", "en": "English"}  # each in its own tongue


def fmt_date(day: date) -> str:
    """Dates read DD/MM/YYYY everywhere in DSR Desk."""
    return f"{day:%d/%m/%Y}"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_edit(value: date, minimum: date | None = None, maximum: date | None = None) -> QDateEdit:
    """A calendar-popup date field limited to [minimum, maximum]."""
    edit = QDateEdit(to_qdate(value))
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    if minimum is not None:
        edit.setMinimumDate(to_qdate(minimum))
    if maximum is not None:
        edit.setMaximumDate(to_qdate(maximum))
    edit.setDate(to_qdate(value))
    return edit


def date_of(edit: QDateEdit) -> date:
    qdate = edit.date()
    return date(qdate.year(), qdate.month(), qdate.day())


def reason_edit(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(90)
    cap_plain_text(edit, MAX_REASON)
    return edit


def typed_language(lang: str) -> QComboBox:
    """The language a typed reason is in (Français / English), ``lang`` chosen first (the
    request's): a letter in the other language then asks for its translation."""
    combo = QComboBox()
    combo.setObjectName("typedLanguage")
    for code, words in LANGUAGE_WORDS.items():
        combo.addItem(words, code)
    combo.setCurrentIndex(max(0, combo.findData(lang)))
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setAccessibleName(
        QCoreApplication.translate("RequestActionDialog", "Language of the text typed")
    )
    combo.setToolTip(
        QCoreApplication.translate(
            "RequestActionDialog",
            "The language this text is typed in. A letter in the other language asks for its "
            "translation instead of mixing two languages.",
        )
    )
    return combo


def label_with_language(label: QLabel, combo: QComboBox) -> QWidget:
    """A form row's label with the typed language's combo under it (compact: the label column
    stays as wide as the label)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(label)
    layout.addWidget(combo, 0, Qt.AlignmentFlag.AlignLeft)
    layout.addStretch(1)
    return box


class RequestActionDialog(QDialog):
    """Base: intro text, a form, a validation hint, an error box, OK/Cancel."""

    submitted = Signal()
    #: The version of the request the page showed when the dialog opened: what the user
    #: decided on (``run_service``'s ``seen_version``).
    seen_version: tuple[int, int] | None = None

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(520)
        self._busy = False
        # Escape or closing with reasons typed asks first (armed when first shown, once the
        # dialog has filled in what it proposes)
        self.discard_guard = DiscardGuard(self)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("dialogIntro")
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(10)
        self.hint = QLabel()
        self.hint.setObjectName("dialogHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    @property
    def cancel_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert button is not None
        return button

    @property
    def busy(self) -> bool:
        return self._busy

    # -- validation -------------------------------------------------------------------------

    def problem(self) -> str | None:
        """What still prevents OK, in words for the user; None when the input is valid."""
        return None

    def revalidate(self) -> None:
        problem = self.problem()
        self.hint.setText(problem or "")
        self.hint.setVisible(problem is not None)
        self.ok_button.setEnabled(problem is None and not self._busy)
        self.cancel_button.setEnabled(not self._busy)

    # -- the round trip with the request file -----------------------------------------------

    def _submit(self) -> None:
        if self._busy or self.problem() is not None:
            return
        self._busy = True
        self.error.hide()
        self.revalidate()
        self.submitted.emit()

    def show_error(self, text: str) -> None:
        """The service refused: say why, keep every field as typed."""
        self._busy = False
        self.error.setText(text)
        self.error.show()
        self.revalidate()

    def finish(self) -> None:
        self._busy = False
        self.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.discard_guard.armed:
            self._buttons_last()
            self.discard_guard.arm()

    def _buttons_last(self) -> None:
        """Tab as laid out: the fields (added by each dialog after the buttons were made),
        then OK and Cancel in the order they are shown; the first focus is the first field."""
        chain: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self and widget not in chain:
            chain.append(widget)
            widget = widget.nextInFocusChain()
        fields = [
            each
            for each in chain
            if each.focusPolicy() & Qt.FocusPolicy.TabFocus and not self.buttons.isAncestorOf(each)
        ]
        if not fields:
            return
        previous = fields[-1]
        for button in sorted(self.buttons.buttons(), key=lambda each: each.x()):
            QWidget.setTabOrder(previous, button)
            previous = button

    def closeEvent(self, event: QCloseEvent) -> None:
        self.discard_guard.close_event(event, super().closeEvent)

    def reject(self) -> None:
        if self._busy:  # the call is under way: wait for its answer
            return
        if self.discard_guard.allows_closing():
            super().reject()

"""Choosing a new vault passphrase: two fields and a strength hint.

Shared by both vault dialogs: the first-run wizard (a new vault) and the unlock dialog
(a new passphrase after recovery).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from dsr_desk.domain.errors import ValidationError
from dsr_desk.domain.passphrase_policy import MIN_PASSPHRASE_CHARS, passphrase_problem
from dsr_desk.storage.key_wrapping import check_new_passphrase
from dsr_desk.ui.widgets.vault_styles import ERROR_STYLE, HINT_STYLE

# NATIVE_SIGNALS: with PySide6 6.12.0 on Python 3.11, every ``SignalInstance.emit()`` made
# from Python drops one reference to ``True`` (it returns it without a new reference); after a
# few thousand emits the interpreter aborts ("deallocating True"). Frequent notifications
# (every keystroke) are therefore forwarded signal-to-signal inside Qt, never ``emit``-ed.


def passphrase_strength(text: str) -> tuple[str, bool]:
    """A short hint about a new passphrase as it is typed, and whether it would be accepted:
    the reason of ``domain.passphrase_policy`` when it would not."""
    length = len(text)
    if length == 0:
        return (
            QCoreApplication.translate(
                "PassphraseFields",
                "At least {min_passphrase_chars} characters; a few unrelated words work well.",
            ).format(min_passphrase_chars=MIN_PASSPHRASE_CHARS),
            False,
        )
    if length < MIN_PASSPHRASE_CHARS:
        missing = MIN_PASSPHRASE_CHARS - length
        return (
            QCoreApplication.translate("PassphraseFields", "Too short: 1 more character needed.")
            if missing == 1
            else QCoreApplication.translate(
                "PassphraseFields", "Too short: {missing} more characters needed."
            ).format(missing=missing)
        ), False
    problem = passphrase_problem(text)
    if problem is not None:
        return problem, False
    return QCoreApplication.translate("PassphraseFields", "Strength: hard to guess."), True


class NewPassphraseFields(QWidget):
    """Two password fields with a live hint; ``problem()`` says what is still wrong."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.first_edit.setObjectName("newPassphrase")
        self.second_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second_edit.setObjectName("confirmPassphrase")
        # the row's label stands beside the field's box (with its note), not the field itself
        self.first_edit.setAccessibleName(
            QCoreApplication.translate("PassphraseFields", "Passphrase")
        )
        self.second_edit.setAccessibleName(
            QCoreApplication.translate("PassphraseFields", "Type it again")
        )
        self.hint_label = QLabel()
        self.hint_label.setObjectName("passphraseHint")
        self.hint_label.setWordWrap(True)
        self.match_label = QLabel()
        self.match_label.setObjectName("passphraseMatch")
        self.match_label.setWordWrap(True)
        self.match_label.setStyleSheet(ERROR_STYLE)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(
            QCoreApplication.translate("PassphraseFields", "Passphrase"),
            _with_note(self.first_edit, self.hint_label),
        )
        form.addRow(
            QCoreApplication.translate("PassphraseFields", "Type it again"),
            _with_note(self.second_edit, self.match_label),
        )
        for edit in (self.first_edit, self.second_edit):
            edit.textChanged.connect(self._update)
            edit.textChanged.connect(self.changed)  # after _update; see NATIVE_SIGNALS
        self._update()

    def passphrase(self) -> str | None:
        """The new passphrase when it is acceptable, else None."""
        return self.first_edit.text() if self.problem() is None else None

    def problem(self) -> str | None:
        first, second = self.first_edit.text(), self.second_edit.text()
        try:
            check_new_passphrase(first)
        except ValidationError as problem:
            return str(problem)
        if first != second:
            return (
                QCoreApplication.translate("PassphraseFields", "The two passphrases differ.")
                if second
                else QCoreApplication.translate("PassphraseFields", "Type the passphrase again.")
            )
        return None

    def clear(self) -> None:
        self.first_edit.clear()
        self.second_edit.clear()

    def _update(self) -> None:
        first, second = self.first_edit.text(), self.second_edit.text()
        hint, acceptable = passphrase_strength(first)
        self.hint_label.setText(hint)
        self.hint_label.setStyleSheet(HINT_STYLE if acceptable or not first else ERROR_STYLE)
        differs = (bool(second) and not first.startswith(second)) or len(second) > len(first)
        self.match_label.setText(
            QCoreApplication.translate("PassphraseFields", "The two passphrases differ.")
            if differs
            else ""
        )
        self.match_label.setVisible(differs)


def _with_note(field: QWidget, note: QLabel) -> QWidget:
    """A field with a short note right under it (one form row, tight spacing)."""
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(3)
    layout.addWidget(field)
    layout.addWidget(note)
    return cell

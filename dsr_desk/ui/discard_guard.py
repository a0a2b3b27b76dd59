"""Asking before a dialog with typed content is closed: one small object a dialog holds.

``DiscardGuard(dialog)`` notes what the dialog's text inputs hold when it is armed (after the
dialog filled in what it proposes: a name, today's checker), and ``allows_closing()`` —
called from the dialog's ``reject()``, which Escape, Cancel and the window's close button all
reach — says yes at once when nothing was typed since, else asks "Discard what you typed?".
A close the program asks for (``close()``, not the user's click on the window's close button)
goes without a question: the dialog passes its close event through ``close_event``.
Something that is not typed but would be lost as well (an ``.eml`` or a scan loaded) is
reported with ``mark_changed()``.

On lock every dialog goes without a question (``discarding_without_asking``, used by the
app's ``close_open_dialogs``): nothing with personal data may stay on screen, and a question
still open then is answered "discard".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

TextInput = QLineEdit | QPlainTextEdit | QTextEdit


class _Lock:
    """How many times every dialog was closed without asking (a lock), and whether it is
    under way now."""

    closings = 0
    under_way = False


@contextmanager
def discarding_without_asking() -> Iterator[None]:
    """While open dialogs are closed on lock: no question, and an open question is "discard"."""
    _Lock.closings += 1
    _Lock.under_way = True
    try:
        yield
    finally:
        _Lock.under_way = False


def closing_on_lock() -> bool:
    """Whether the lock is closing every dialog now (a dialog then asks nothing)."""
    return _Lock.under_way


def _text(widget: TextInput) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


def _typed_inputs(dialog: QWidget) -> list[TextInput]:
    """The dialog's text inputs: its line and text edits, not the ones inside a date, spin
    box or combo box (a date picked is not typed content)."""
    found: list[TextInput] = []
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue
        if not isinstance(widget, QLineEdit) and widget.isReadOnly():
            continue
        found.append(widget)
    return found


class DiscardGuard(QObject):
    """Watches a dialog's text inputs; asks before what was typed is thrown away."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._armed: dict[TextInput, str] | None = None
        self._changed = False
        self.asking: QMessageBox | None = None  # the question, while it is on screen
        self._quiet = False  # a close the program asked for: no question

    @property
    def armed(self) -> bool:
        return self._armed is not None

    def arm(self) -> None:
        """Note what the inputs hold now (the dialog's own proposals): only what is typed
        after this counts."""
        self._armed = {widget: _text(widget) for widget in _typed_inputs(self._dialog)}
        self._changed = False

    def mark_changed(self) -> None:
        """Something that would be lost, besides typed text (a file loaded)."""
        self._changed = True

    def has_changes(self) -> bool:
        if self._changed:
            return True
        if self._armed is None:
            return False
        armed = self._armed
        return any(  # an input made since (a row shown later) was empty then
            _text(widget).strip() != armed.get(widget, "").strip()
            for widget in _typed_inputs(self._dialog)
        )

    def close_event(self, event: QCloseEvent, close: Callable[[QCloseEvent], None]) -> None:
        """The dialog's ``closeEvent``: ``close`` is its base class's. Only the user's own
        close (the window's button: a spontaneous event) may ask."""
        if event.spontaneous():
            close(event)
            return
        self._quiet = True
        try:
            close(event)
        finally:
            self._quiet = False

    def allows_closing(self) -> bool:
        """True when the dialog may close: nothing typed, the user chose to discard it, the
        program closes it, or the app is locking."""
        if _Lock.under_way or self._quiet or not self.has_changes():
            return True
        if self.asking is not None:
            return False  # already asking (Escape pressed twice)
        closings = _Lock.closings
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("DiscardGuard", "Discard what you typed?"),
            QCoreApplication.translate(
                "DiscardGuard",
                "What you typed or added in this window has not been saved. Close it and lose it?",
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self._dialog,
        )
        box.setObjectName("discardQuestion")
        discard = box.button(QMessageBox.StandardButton.Discard)
        keep = box.button(QMessageBox.StandardButton.Cancel)
        if discard is not None:
            discard.setText(QCoreApplication.translate("DiscardGuard", "Discard"))
        if keep is not None:
            keep.setText(QCoreApplication.translate("DiscardGuard", "Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        self.asking = box
        try:
            answer = box.exec()
        finally:
            self.asking = None
            box.deleteLater()
        if _Lock.closings != closings:  # locked while asking: everything goes
            return isValid(self._dialog) and self._dialog.isVisible()  # unless gone already
        return answer == QMessageBox.StandardButton.Discard

"""Answering the "Discard what you typed?" question (``ui.discard_guard``) as a user would:
the question is modal, so the answer is scheduled before the key press or click that asks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

ATTEMPTS = 200  # 10 ms apart: two seconds for the question to show


def answer_discard_question(discard: bool, seen: list[str] | None = None) -> Callable[[], None]:
    """Schedule a click on "Discard" (or "Keep editing") of the next discard question; the
    question's text is appended to ``seen``. Returns nothing useful: call it first, then act."""

    def attempt(left: int) -> None:
        box = next(
            (
                widget
                for widget in QApplication.topLevelWidgets()
                if isinstance(widget, QMessageBox)
                and widget.objectName() == "discardQuestion"
                and widget.isVisible()
            ),
            None,
        )
        if box is None:
            if left:
                QTimer.singleShot(10, lambda: attempt(left - 1))
            return
        if seen is not None:
            seen.append(box.text())
        which = QMessageBox.StandardButton.Discard if discard else QMessageBox.StandardButton.Cancel
        button = box.button(which)
        assert button is not None
        button.click()

    QTimer.singleShot(0, lambda: attempt(ATTEMPTS))
    return lambda: None


def discard_questions_open() -> int:
    return sum(
        1
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox)
        and widget.objectName() == "discardQuestion"
        and widget.isVisible()
    )

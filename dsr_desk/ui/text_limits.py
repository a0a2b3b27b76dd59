"""The domain's size limits (``domain.limits``) on the forms' text fields: a ``QLineEdit``
has ``setMaxLength``; a ``QPlainTextEdit`` has no such setting, so its overflow is cut off as
it is typed or pasted."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit


def cap_plain_text(edit: QPlainTextEdit, limit: int) -> None:
    """Keep ``edit`` at ``limit`` characters at most."""

    def trim() -> None:
        document = edit.document()
        if document.characterCount() - 1 <= limit:  # characterCount counts a final separator
            return
        cursor = QTextCursor(document)
        cursor.setPosition(limit)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        edit.moveCursor(QTextCursor.MoveOperation.End)

    edit.textChanged.connect(trim)

"""A titled section that takes files dropped on it (the request file's attachments).

It only reports which local files were dropped; what they are and keeping them is the owner's
job (``request_file_documents``), on the worker thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

_STYLE = "QGroupBox { font-weight:600; } QGroupBox * { font-weight:normal; }"
_HIGHLIGHT = "QGroupBox { border:2px dashed #2a6fb0; background:#e8f1fb; }"


def local_files(mime: QMimeData) -> list[Path]:
    """The local files among dragged URLs (folders and remote URLs left out)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class FileDropBox(QGroupBox):
    """A section (as ``widgets.labels.section`` makes them) that accepts dropped files."""

    files_dropped = Signal(list)  # list[Path]

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setAcceptDrops(True)
        self.setStyleSheet(_STYLE)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 10, 12, 12)
        self.body.setSpacing(8)
        self.accepting = True  # False while nothing can be attached (no request shown)

    def _highlight(self, on: bool) -> None:
        self.setStyleSheet(_STYLE + (_HIGHLIGHT if on else ""))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.accepting or not local_files(event.mimeData()):
            event.ignore()
            return
        event.acceptProposedAction()
        self._highlight(True)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.accepting and local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._highlight(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        files = local_files(event.mimeData()) if self.accepting else []
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(files)

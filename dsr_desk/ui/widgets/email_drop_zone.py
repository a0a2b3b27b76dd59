"""Where the requester's ``.eml`` (or the scan of a paper letter) is dropped in the new-request
dialog, and its plain labels.

The zone only reports which local file was dropped (or that the user wants to choose or remove
one); reading and checking the file is the dialog's job, on the worker thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

_RELAYOUT_EVENTS = frozenset({QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.LayoutRequest})
_DROP_STYLE = "#emailDropZone {{ border:2px dashed {colour}; border-radius:6px; {extra} }}"


def eml_path(mime: QMimeData) -> Path | None:
    """The first local file among dragged URLs (its type is checked when it is read)."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            return Path(url.toLocalFile())
    return None


class RelayoutLabel(QLabel):
    """A label that says when showing, hiding or rewrapping changes the room it needs (instead
    of an event filter owned by the dialog: a filter that dies first is a crash risk)."""

    relayout = Signal()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in _RELAYOUT_EVENTS:
            self.relayout.emit()
        return handled


def relayout_label(text: str = "", *, wrap: bool = True) -> RelayoutLabel:
    label = RelayoutLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names come from e-mails: never rich text
    label.setWordWrap(wrap)
    return label


def kilobytes(size: int) -> str:
    return QCoreApplication.translate("EmailDropZone", "{n} KB").format(
        n=max(1, round(size / 1024))
    )


class EmailDropZone(QFrame):
    """Where the requester's ``.eml`` or letter scan is dropped (or chosen with the button)."""

    file_dropped = Signal(object)  # Path
    choose_requested = Signal()
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emailDropZone")
        self.setAcceptDrops(True)
        self.text = relayout_label()
        self.choose_button = QPushButton(
            QCoreApplication.translate("EmailDropZone", "&Choose a file…")
        )
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_requested)
        self.remove_button = QPushButton(QCoreApplication.translate("EmailDropZone", "Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(
            QCoreApplication.translate("EmailDropZone", "Do not keep this file with the request")
        )
        self.remove_button.clicked.connect(self.remove_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 10, 10)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.choose_button)
        self.show_empty()
        self._highlight(False)

    def show_empty(self) -> None:
        self.text.setText(
            QCoreApplication.translate(
                "EmailDropZone",
                "Drop the requester's e-mail (.eml) here to fill in the form, or the scan of "
                "a paper letter (PDF, JPEG, PNG).",
            )
        )
        self.remove_button.hide()

    def show_file(self, filename: str, size: int) -> None:
        self.text.setText(
            QCoreApplication.translate(
                "EmailDropZone",
                "✉  {filename}  ·  {size}\nWill be kept with the request, encrypted.",
            ).format(filename=filename, size=kilobytes(size))
        )
        self.remove_button.show()

    def show_scan(self, filename: str, size: int) -> None:
        self.text.setText(
            QCoreApplication.translate(
                "EmailDropZone",
                "{filename}  ·  {size}\nWill be kept with the request, encrypted, as the "
                "letter received.",
            ).format(filename=filename, size=kilobytes(size))
        )
        self.remove_button.show()

    def _highlight(self, on: bool) -> None:
        colour = "#2a6fb0" if on else "#9aa5b1"
        extra = "background:#e8f1fb;" if on else ""
        self.setStyleSheet(_DROP_STYLE.format(colour=colour, extra=extra))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if eml_path(event.mimeData()) is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self._highlight(True)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if eml_path(event.mimeData()) is None:
            event.ignore()
        else:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._highlight(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._highlight(False)
        path = eml_path(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.file_dropped.emit(path)

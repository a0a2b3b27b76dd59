"""A message bar above the pages: errors stay until dismissed, information fades out.

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

INFO_TIMEOUT_MS = 6000
_STYLES = {
    "error": "background:#fbe9e7; color:#8c1d18; border:1px solid #e6b3ad;",
    "info": "background:#e8f1fb; color:#0b3d6e; border:1px solid #b6cde6;",
}


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAccessibleName(self.tr("Message"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self._timer = QTimer(self, singleShot=True, interval=INFO_TIMEOUT_MS)
        self._timer.timeout.connect(self.hide)
        self.kind = ""
        self.hide()

    def show_error(self, text: str) -> None:
        self._show("error", text)

    def show_info(self, text: str) -> None:
        self._show("info", text)
        self._timer.start()

    def _show(self, kind: str, text: str) -> None:
        self._timer.stop()
        self.kind = kind
        self.setStyleSheet(f"#messageBar {{ {_STYLES[kind]} border-radius:4px; }}")
        self.label.setText(text)
        self.show()

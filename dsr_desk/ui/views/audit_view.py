"""Audit log page (placeholder until its view lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession


class AuditView(QWidget):
    def __init__(self, session: AppSession, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._ops = session, ops
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Audit log"))

    def reload(self) -> None:
        """Fetch fresh data (called when the page is shown and after operations)."""

    def clear(self) -> None:
        """Drop all personal data from the widgets (on lock)."""

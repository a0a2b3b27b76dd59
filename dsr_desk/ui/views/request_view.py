"""The request file (placeholder until its view lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession


class RequestFileView(QWidget):
    def __init__(
        self, session: AppSession, ops: Ops, reference: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.reference = reference
        self._session, self._ops = session, ops
        QVBoxLayout(self).addWidget(QLabel(reference))

    def reload(self) -> None:
        """Fetch the request again."""

"""A recovery key shown once, large and selectable, in a framed box: the vault's in the
first-run wizard, the team's when a register moves to a team server."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class RecoveryKeyBox(QFrame):
    """The frame (object name ``frame_name``) and, in it, ``label`` (``label_name``), the key
    in a bold monospaced font of ``points``; ``margin``: above and below the key."""

    def __init__(
        self,
        *,
        frame_name: str,
        label_name: str,
        points: int,
        margin: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(frame_name)
        self.setStyleSheet(
            f"#{frame_name} {{ background: #f4f6f8; border: 1px solid #9aa5b1; "
            "border-radius: 6px; }"
        )
        self.label = QLabel()
        self.label.setObjectName(label_name)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(points)
        font.setBold(True)
        self.label.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, margin, 16, margin)
        layout.addWidget(self.label)

"""Label helpers: user data is always shown as plain text, never interpreted as HTML."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

MUTED = "color:#5f6368;"


def plain_label(text: str = "", *, selectable: bool = True, wrap: bool = True) -> QLabel:
    """A label that shows user data as plain text (never interpreted as HTML)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def section(title: str) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title)
    box.setStyleSheet("QGroupBox { font-weight:600; } QGroupBox * { font-weight:normal; }")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(12, 10, 12, 12)
    layout.setSpacing(8)
    return box, layout


def empty_label(text: str) -> QLabel:
    label = plain_label(text, selectable=False)
    label.setStyleSheet(MUTED)
    return label


def empty_state_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A page's or a panel's "nothing to show" sentence: centred, muted, in a dashed frame."""
    label = QLabel(text, parent)
    label.setObjectName("emptyState")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet(
        "QLabel#emptyState { color: palette(placeholder-text); font-style: italic;"
        " border: 1px dashed palette(mid); border-radius: 6px; }"
    )
    return label

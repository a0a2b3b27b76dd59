"""Small pieces both tabs of the Settings page build with: the status line under a form and
the scrolled content of a tab."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

from dsr_desk.ui.widgets.entity_form import ERROR_STYLE, OK_STYLE


def status_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def show_status(label: QLabel, text: str, *, ok: bool) -> None:
    label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
    label.setText(text)


def scrolled(content: QWidget, name: str) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll

"""The application's look: calm, legible, generous spacing for all-day use."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

STYLESHEET = """
QListWidget#navigation {
    background: #f3f5f8;
    border: none;
    border-right: 1px solid #d9dee5;
    font-size: 14px;
    padding-top: 8px;
}
QListWidget#navigation::item {
    padding: 9px 14px;
    border-radius: 6px;
    margin: 1px 6px;
    color: #28323c;
}
QListWidget#navigation::item:selected {
    background: #1f5fa8;
    color: white;
}
QListWidget#navigation::item:hover:!selected {
    background: #e3e9f1;
}
QTableView {
    gridline-color: #e4e7eb;
    selection-background-color: #cfe0f5;
    selection-color: #1b2733;
}
QHeaderView::section {
    background: #f3f5f8;
    border: none;
    border-bottom: 1px solid #d9dee5;
    border-right: 1px solid #e4e7eb;
    padding: 5px 6px;
    font-weight: 600;
}
QLineEdit, QComboBox, QDateEdit, QPlainTextEdit, QTextEdit {
    padding: 4px 6px;
}
QGroupBox {
    font-weight: 600;
    margin-top: 14px;
}
QGroupBox::title {
    subcontrol-origin: margin;
    left: 8px;
    padding: 0 4px;
}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)

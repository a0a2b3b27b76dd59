"""The application's look: calm, legible, generous spacing for all-day use.

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

#: The application's icon (drawn by Qt's SVG icon engine at every size it is shown at; the
#: PNG sizes in packaging/linux/icons are rendered from it by tools/render_icons.py).
ICON_PATH = Path(__file__).resolve().parent.parent / "resources" / "icons" / "dsr-desk.svg"

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


FUSION_GIVEN = "dsrDeskFusionGiven"  # application property: the style came with the arguments


def create_application(argv: list[str]) -> QApplication:
    """The QApplication, told on its command line to use the Fusion style: setting the style
    afterwards from Python hands back a QStyle, whose classes then load (about 20 ms before
    the first frame). Arguments of the user's own come first: ours win."""
    app = QApplication([*argv, "-style", "Fusion"])
    app.setProperty(FUSION_GIVEN, True)
    return app


def apply_style(app: QApplication) -> None:
    if not app.property(FUSION_GIVEN):  # an application made elsewhere (tests, tools)
        app.setStyle("Fusion")
    app.setStyleSheet(STYLESHEET)


def set_window_icon(app: QApplication) -> None:
    """Every window's icon: the SVG, read only when first drawn (nothing at start-up)."""
    app.setWindowIcon(QIcon(str(ICON_PATH)))

"""The application's look: calm, legible, generous spacing for all-day use.

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication

#: The application's icon (drawn by Qt's SVG icon engine at every size it is shown at; the
#: PNG sizes in packaging/linux/icons are rendered from it by tools/render_icons.py).
ICON_PATH = Path(__file__).resolve().parent.parent / "resources" / "icons" / "dsr-desk.svg"

# Colours through the palette's roles (``palette(...)``): the system's light or dark palette is
# followed everywhere (no near-white backgrounds under a dark palette).
STYLESHEET = """
QListWidget#navigation {
    background: palette(alternate-base);
    border: none;
    border-right: 1px solid palette(mid);
    font-size: 14px;
    padding-top: 8px;
}
QListWidget#navigation::item {
    padding: 9px 14px;
    border-radius: 6px;
    margin: 1px 6px;
    color: palette(window-text);
}
QListWidget#navigation::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
}
QListWidget#navigation::item:hover:!selected {
    background: palette(midlight);
}
QTableView {
    gridline-color: palette(midlight);
    selection-background-color: palette(highlight);
    selection-color: palette(highlighted-text);
}
QHeaderView::section {
    background: palette(button);
    color: palette(button-text);
    border: none;
    border-bottom: 1px solid palette(mid);
    border-right: 1px solid palette(midlight);
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

#: the navigation's item padding and margin (STYLESHEET), each side, and its font size
NAV_ITEM_SIDES = 2 * (14 + 6)
NAV_FONT_PX = 14


def is_dark(palette: QPalette) -> bool:
    """A dark palette: its window colour darker than its text."""
    return (
        palette.color(QPalette.ColorRole.Window).lightness()
        < palette.color(QPalette.ColorRole.WindowText).lightness()
    )


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

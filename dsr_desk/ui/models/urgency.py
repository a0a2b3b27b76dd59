"""How close a request is to its deadline, as the tables show it: in words and in colour
(never colour alone).

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from dsr_desk.domain.request_kinds import DUE_SOON_DAYS
from dsr_desk.services.read.queries import RequestRow

OVERDUE_COLOUR = QColor("#b3261e")
DUE_SOON_COLOUR = QColor("#8a5300")
# The same reds and ambers, light enough to read on a dark palette's base.
OVERDUE_COLOUR_ON_DARK = QColor("#ff8a80")
DUE_SOON_COLOUR_ON_DARK = QColor("#ffb74d")


def _dark(palette: QPalette | None) -> bool:
    """Whether the text sits on a dark base (the system's dark palette)."""
    if palette is None:
        palette = QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base).lightness()
    return base < palette.color(QPalette.ColorRole.Text).lightness()


def overdue_colour(palette: QPalette | None = None) -> QColor:
    """Red readable on the palette's base (the application's palette when none is given)."""
    return OVERDUE_COLOUR_ON_DARK if _dark(palette) else OVERDUE_COLOUR


def due_soon_colour(palette: QPalette | None = None) -> QColor:
    """Amber readable on the palette's base."""
    return DUE_SOON_COLOUR_ON_DARK if _dark(palette) else DUE_SOON_COLOUR


def urgency(row: RequestRow) -> str:
    """'overdue', 'soon' or ''."""
    if row.days_left is None or row.on_hold:
        return ""
    if row.overdue:
        return "overdue"
    if row.days_left <= DUE_SOON_DAYS:
        return "soon"
    return ""

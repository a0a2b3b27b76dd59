"""How close a request is to its deadline, as the tables show it: in words and in colour
(never colour alone).

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from dsr_desk.domain.request_kinds import DUE_SOON_DAYS
from dsr_desk.services.read.queries import RequestRow

OVERDUE_COLOUR = QColor("#b3261e")
DUE_SOON_COLOUR = QColor("#8a5300")


def urgency(row: RequestRow) -> str:
    """'overdue', 'soon' or ''."""
    if row.days_left is None or row.on_hold:
        return ""
    if row.overdue:
        return "overdue"
    if row.days_left <= DUE_SOON_DAYS:
        return "soon"
    return ""

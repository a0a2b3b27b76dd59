"""The dashboard's upcoming-deadlines table: a short list of plain rows, the overdue ones first
(in red, worded "Overdue by 3 days"), then the others earliest first ("Due today", "In 3
days").

A ``QStandardItemModel`` filled once per load, not a Python model: the table is on the first
screen, and a Python model's ``headerData`` is called with a ``Qt.Orientation``, which would
build PySide's whole ``Qt`` namespace before the first paint (``ui.enum_properties``).

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QStandardItem, QStandardItemModel

from dsr_desk.domain.request_kinds import DUE_SOON_DAYS
from dsr_desk.services.read.queries import RequestRow
from dsr_desk.ui.kind_words import status_label, type_label
from dsr_desk.ui.models.item_roles import FOREGROUND_ROLE, RIGHT_ALIGNED, TEXT_ALIGNMENT_ROLE
from dsr_desk.ui.models.urgency import due_soon_colour, overdue_colour
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP


class Column(IntEnum):
    REFERENCE = 0
    REQUESTER = 1
    TYPE = 2
    DUE = 3
    DAYS_LEFT = 4


HEADERS = {
    Column.REFERENCE: QT_TRANSLATE_NOOP("Columns", "Reference"),
    Column.REQUESTER: QT_TRANSLATE_NOOP("Columns", "Requester"),
    Column.TYPE: QT_TRANSLATE_NOOP("Columns", "Type"),
    Column.DUE: QT_TRANSLATE_NOOP("Columns", "Due"),
    Column.DAYS_LEFT: QT_TRANSLATE_NOOP("Columns", "Days left"),
}


def days_left_text(days: int | None) -> str:
    """How far the deadline is, in words: overdue, due today and due later read apart."""
    if days is None:
        return "—"
    if days == -1:
        return QCoreApplication.translate("Upcoming", "Overdue by 1 day")
    if days < 0:
        return QCoreApplication.translate("Upcoming", "Overdue by {n} days").format(n=-days)
    if days == 0:
        return QCoreApplication.translate("Upcoming", "Due today")
    if days == 1:
        return QCoreApplication.translate("Upcoming", "Tomorrow")
    return QCoreApplication.translate("Upcoming", "In {n} days").format(n=days)


def display(row: RequestRow, column: Column) -> str:
    """A cell's text."""
    match column:
        case Column.REFERENCE:
            return row.reference
        case Column.REQUESTER:
            return row.requester
        case Column.TYPE:
            return type_label(row.type)
        case Column.DUE:
            return f"{row.due_on:%d/%m/%Y}"
        case Column.DAYS_LEFT:
            return days_left_text(row.days_left)


def tooltip(row: RequestRow) -> str:
    """Every cell's tooltip: what hidden Type and Due columns would have said, and more."""
    return (
        f"{row.reference} · {type_label(row.type)} · {row.entity} · {status_label(row.status)}"
        f" · {row.due_on:%d/%m/%Y}"
    )


class UpcomingTableModel(QStandardItemModel):
    """Not paged, not sortable: ``set_rows(rows)`` hands over the whole list (already in
    order); ``set_rows(())`` empties it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(0, len(Column), parent)
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("Columns", HEADERS[column]) for column in Column]
        )
        self._rows: tuple[RequestRow, ...] = ()

    def set_rows(self, rows: Sequence[RequestRow]) -> None:
        self._rows = tuple(rows)
        self.setRowCount(0)
        for row in self._rows:
            self.appendRow(self._items(row))

    def row_at(self, row: int) -> RequestRow:
        return self._rows[row]

    @property
    def rows(self) -> tuple[RequestRow, ...]:
        return self._rows

    @staticmethod
    def _items(row: RequestRow) -> list[QStandardItem]:
        tip = tooltip(row)
        soon = row.days_left is not None and row.days_left <= DUE_SOON_DAYS
        items = []
        for column in Column:
            item = QStandardItem(display(row, column))
            item.setEditable(False)
            item.setToolTip(tip)
            if row.overdue:  # the whole row, in red (the Days left column says it too)
                item.setData(overdue_colour(), FOREGROUND_ROLE)
            elif soon and column in (Column.DUE, Column.DAYS_LEFT):
                item.setData(due_soon_colour(), FOREGROUND_ROLE)  # the text says it too
            items.append(item)
        items[Column.DAYS_LEFT].setData(RIGHT_ALIGNED, TEXT_ALIGNMENT_ROLE)
        return items

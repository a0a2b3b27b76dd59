"""The dashboard's upcoming-deadlines table: a short list of plain rows, earliest first."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any, cast

from PySide6.QtCore import Qt

from dsr_desk.services.queries import RequestRow
from dsr_desk.ui.models.row_table import RIGHT_ALIGNED, RowTableModel
from dsr_desk.ui.models.urgency import DUE_SOON_COLOUR, DUE_SOON_DAYS


class Column(IntEnum):
    REFERENCE = 0
    REQUESTER = 1
    TYPE = 2
    DUE = 3
    DAYS_LEFT = 4


HEADERS = {
    Column.REFERENCE: "Reference",
    Column.REQUESTER: "Requester",
    Column.TYPE: "Type",
    Column.DUE: "Due",
    Column.DAYS_LEFT: "Days left",
}


def days_left_text(days: int | None) -> str:
    if days is None:
        return "—"
    if days < 0:
        return f"{-days} late"
    if days == 0:
        return "today"
    return "1 day" if days == 1 else f"{days} days"


class UpcomingTableModel(RowTableModel):
    """Not paged: ``set_rows(rows)`` hands over the whole list."""

    columns = Column
    headers = HEADERS
    extra_roles = frozenset(
        {
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
        }
    )

    def row_at(self, row: int) -> RequestRow:
        return cast(RequestRow, super().row_at(row))

    def display(self, row: RequestRow, column: Column) -> str:
        match column:
            case Column.REFERENCE:
                return row.reference
            case Column.REQUESTER:
                return row.requester
            case Column.TYPE:
                return row.type.replace("-", " ")
            case Column.DUE:
                return f"{row.due_on:%d/%m/%Y}"
            case Column.DAYS_LEFT:
                return days_left_text(row.days_left)

    def native(self, row: RequestRow, column: Column) -> str | date | int:
        match column:
            case Column.DUE:
                return row.due_on
            case Column.DAYS_LEFT:
                return row.days_left if row.days_left is not None else 10**6
            case _:
                return self.display(row, column)

    def extra(self, row: RequestRow, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.DAYS_LEFT:
            return RIGHT_ALIGNED
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column in (Column.DUE, Column.DAYS_LEFT)
            and row.days_left is not None
            and row.days_left <= DUE_SOON_DAYS
        ):
            return DUE_SOON_COLOUR  # a colour (a QBrush costs its class's loading)
        if role == Qt.ItemDataRole.ToolTipRole:
            status = row.status.replace("-", " ")
            return f"{row.reference} · {row.type.replace('-', ' ')} · {row.entity} · {status}"
        return None

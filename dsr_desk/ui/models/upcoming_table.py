"""The dashboard's upcoming-deadlines table: a short list of plain rows, earliest first."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from dsr_desk.services.queries import RequestRow
from dsr_desk.ui.models.request_table import DUE_SOON_COLOUR, DUE_SOON_DAYS, ROW_ROLE, SORT_ROLE

_Index = QModelIndex | QPersistentModelIndex


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


class UpcomingTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RequestRow] = []

    def set_rows(self, rows: list[RequestRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> RequestRow:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._native(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.DAYS_LEFT:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column in (Column.DUE, Column.DAYS_LEFT)
            and row.days_left is not None
            and row.days_left <= DUE_SOON_DAYS
        ):
            return QBrush(DUE_SOON_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            status = row.status.replace("-", " ")
            return f"{row.reference} · {row.type.replace('-', ' ')} · {row.entity} · {status}"
        return None

    @staticmethod
    def _display(row: RequestRow, column: Column) -> str:
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

    @staticmethod
    def _native(row: RequestRow, column: Column) -> str | QDate | int:
        """Values Qt can order (a Python ``date`` would reach a proxy as an opaque variant)."""
        match column:
            case Column.DUE:
                return QDate(row.due_on.year, row.due_on.month, row.due_on.day)
            case Column.DAYS_LEFT:
                return row.days_left if row.days_left is not None else 10**6
            case _:
                return UpcomingTableModel._display(row, column)

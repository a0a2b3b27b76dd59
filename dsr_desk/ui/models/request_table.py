"""The request register's table model: plain rows in, display formatting only in ``data()``.

Rows arrive page by page (``fetchMore``) from a query run on the DB worker; sorting asks the
database again (``sort_requested``) so that paging and order always agree on 100 000 rows.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from dsr_desk.services.queries import RequestRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
DUE_SOON_DAYS = 7
OVERDUE_COLOUR = QColor("#b3261e")
DUE_SOON_COLOUR = QColor("#8a5300")

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    REFERENCE = 0
    TYPE = 1
    REQUESTER = 2
    ENTITY = 3
    RECEIVED = 4
    DUE = 5
    DAYS_LEFT = 6
    STATUS = 7


HEADERS = {
    Column.REFERENCE: "Reference",
    Column.TYPE: "Type",
    Column.REQUESTER: "Requester",
    Column.ENTITY: "Entity",
    Column.RECEIVED: "Received",
    Column.DUE: "Due",
    Column.DAYS_LEFT: "Days left",
    Column.STATUS: "Status",
}

SORT_KEYS = {
    Column.REFERENCE: "reference",
    Column.TYPE: "type",
    Column.REQUESTER: "requester",
    Column.ENTITY: "entity",
    Column.RECEIVED: "received",
    Column.DUE: "due",
    Column.DAYS_LEFT: "days_left",
    Column.STATUS: "status",
}


def urgency(row: RequestRow) -> str:
    """'overdue', 'soon' or '' — shown as text and as colour, never colour alone."""
    if row.days_left is None or row.on_hold:
        return ""
    if row.overdue:
        return "overdue"
    if row.days_left <= DUE_SOON_DAYS:
        return "soon"
    return ""


def status_text(row: RequestRow) -> str:
    label = row.status.replace("-", " ")
    flag = urgency(row)
    if flag == "overdue":
        return f"OVERDUE · {label}"
    if flag == "soon":
        return f"Due soon · {label}"
    if row.on_hold:
        return f"{label} (on hold)"
    return label + (" (extended)" if row.extended and row.days_left is not None else "")


def _days_left_text(row: RequestRow) -> str:
    if row.days_left is None:
        return "—"
    if row.on_hold:
        return "on hold"
    if row.days_left < 0:
        return f"{-row.days_left} late"
    return str(row.days_left)


class RequestTableModel(QAbstractTableModel):
    fetch_more_requested = Signal(int)  # offset of the next page
    sort_requested = Signal(str, bool)  # sort key, descending

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RequestRow] = []
        self._total = 0
        self._loading = False

    # -- feeding ----------------------------------------------------------------------------

    def set_rows(self, rows: list[RequestRow], total: int) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._total = total
        self._loading = False
        self.endResetModel()

    def append_rows(self, rows: list[RequestRow]) -> None:
        self._loading = False
        if not rows:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def clear(self) -> None:
        self.set_rows([], 0)

    @property
    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> RequestRow:
        return self._rows[row]

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._loading = True
            self.fetch_more_requested.emit(len(self._rows))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Column -1 means "no column": the default, most-urgent-first order."""
        key = SORT_KEYS[Column(column)] if column >= 0 else ""
        self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

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
        if role == Qt.ItemDataRole.ForegroundRole and column in (
            Column.DUE,
            Column.DAYS_LEFT,
            Column.STATUS,
        ):
            flag = urgency(row)
            if flag:
                return QBrush(OVERDUE_COLOUR if flag == "overdue" else DUE_SOON_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.REQUESTER and row.email:
            return row.email
        return None

    @staticmethod
    def _display(row: RequestRow, column: Column) -> str:
        match column:
            case Column.REFERENCE:
                return row.reference
            case Column.TYPE:
                return row.type.replace("-", " ")
            case Column.REQUESTER:
                return row.requester
            case Column.ENTITY:
                return row.entity
            case Column.RECEIVED:
                return f"{row.received_on:%d/%m/%Y}"
            case Column.DUE:
                return f"{row.due_on:%d/%m/%Y}"
            case Column.DAYS_LEFT:
                return _days_left_text(row)
            case Column.STATUS:
                return status_text(row)

    @staticmethod
    def _native(row: RequestRow, column: Column) -> str | date | int:
        match column:
            case Column.RECEIVED:
                return row.received_on
            case Column.DUE:
                return row.due_on
            case Column.DAYS_LEFT:
                return row.days_left if row.days_left is not None else 10**6
            case _:
                return RequestTableModel._display(row, column)

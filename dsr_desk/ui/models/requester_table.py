"""The requesters table model: plain rows in, display formatting only in ``data()``.

Rows arrive page by page (``fetchMore``); a ``QSortFilterProxyModel`` with ``sortRole =
SORT_ROLE`` sorts the loaded rows on their native values (numbers, dates; names compared
locale-aware by the proxy). Dates are handed to Qt as ``QDate``: the proxy cannot order Python
``date`` objects (they reach it as opaque ``PyObject`` variants and compare as unordered).
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from dsr_desk.services.dashboard import RequesterRow
from dsr_desk.ui.models.request_table import ROW_ROLE, SORT_ROLE

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    EMAIL = 1
    REQUESTS = 2
    OPEN = 3
    LAST_RECEIVED = 4


HEADERS = {
    Column.NAME: "Name",
    Column.EMAIL: "E-mail",
    Column.REQUESTS: "Requests",
    Column.OPEN: "Open",
    Column.LAST_RECEIVED: "Last received",
}

_NUMERIC = (Column.REQUESTS, Column.OPEN)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class RequesterTableModel(QAbstractTableModel):
    fetch_more_requested = Signal(int)  # offset of the next page

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RequesterRow] = []
        self._total = 0
        self._loading = False

    # -- feeding ----------------------------------------------------------------------------

    def set_rows(self, rows: list[RequesterRow], total: int) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._total = total
        self._loading = False
        self.endResetModel()

    def append_rows(self, rows: list[RequesterRow]) -> None:
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

    def row_at(self, row: int) -> RequesterRow:
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
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.NAME, Column.EMAIL):
            return "Double-click to list this requester's requests"
        return None

    @staticmethod
    def _display(row: RequesterRow, column: Column) -> str:
        match column:
            case Column.NAME:
                return row.name
            case Column.EMAIL:
                return row.email or "—"
            case Column.REQUESTS:
                return str(row.requests)
            case Column.OPEN:
                return str(row.open) if row.open else "—"
            case Column.LAST_RECEIVED:
                return f"{row.last_received:%d/%m/%Y}" if row.last_received else "—"

    @staticmethod
    def _native(row: RequesterRow, column: Column) -> str | QDate | int:
        match column:
            case Column.NAME:
                return row.name
            case Column.EMAIL:
                return row.email or ""
            case Column.REQUESTS:
                return row.requests
            case Column.OPEN:
                return row.open
            case Column.LAST_RECEIVED:
                return qdate(row.last_received or date.min)

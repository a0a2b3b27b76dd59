"""The requesters table model: plain rows in, formatting only in ``display()``.

Rows arrive page by page (``fetchMore``); a ``QSortFilterProxyModel`` with ``sortRole =
SORT_ROLE`` sorts the loaded rows on their native values (numbers, dates; names compared
locale-aware by the proxy).
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt

from dsr_desk.services.read.requester_queries import RequesterRow
from dsr_desk.ui.models.row_table import RowTableModel
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP


class Column(IntEnum):
    NAME = 0
    EMAIL = 1
    REQUESTS = 2
    OPEN = 3
    LAST_RECEIVED = 4


HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("Columns", "Name"),
    Column.EMAIL: QT_TRANSLATE_NOOP("Columns", "E-mail"),
    Column.REQUESTS: QT_TRANSLATE_NOOP("Columns", "Requests"),
    Column.OPEN: QT_TRANSLATE_NOOP("Columns", "Open"),
    Column.LAST_RECEIVED: QT_TRANSLATE_NOOP("Columns", "Last received"),
}

_NUMERIC = (Column.REQUESTS, Column.OPEN)


class RequesterTableModel(RowTableModel):
    columns = Column
    headers = HEADERS
    extra_roles = frozenset({Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole})

    def row_at(self, row: int) -> RequesterRow:
        return cast(RequesterRow, super().row_at(row))

    def display(self, row: RequesterRow, column: Column) -> str:
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

    def native(self, row: RequesterRow, column: Column) -> str | date | int:
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
                return row.last_received or date.min

    def extra(self, row: RequesterRow, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.NAME, Column.EMAIL):
            return QCoreApplication.translate(
                "RequesterTable", "Double-click to list this requester's requests"
            )
        return None

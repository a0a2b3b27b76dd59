"""The request register's table model: plain rows in, formatting only in ``display()``.

Rows arrive page by page (``fetchMore``) from a query run on the DB worker; sorting asks the
database again (``sort_requested``) so that paging and order always agree on 100 000 rows.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt, Signal

from dsr_desk.services.read.queries import RequestRow
from dsr_desk.ui.kind_words import status_label, type_label
from dsr_desk.ui.models.row_table import RowTableModel
from dsr_desk.ui.models.urgency import DUE_SOON_COLOUR, OVERDUE_COLOUR, urgency
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP


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
    Column.REFERENCE: QT_TRANSLATE_NOOP("Columns", "Reference"),
    Column.TYPE: QT_TRANSLATE_NOOP("Columns", "Type"),
    Column.REQUESTER: QT_TRANSLATE_NOOP("Columns", "Requester"),
    Column.ENTITY: QT_TRANSLATE_NOOP("Columns", "Entity"),
    Column.RECEIVED: QT_TRANSLATE_NOOP("Columns", "Received"),
    Column.DUE: QT_TRANSLATE_NOOP("Columns", "Due"),
    Column.DAYS_LEFT: QT_TRANSLATE_NOOP("Columns", "Days left"),
    Column.STATUS: QT_TRANSLATE_NOOP("Columns", "Status"),
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

_URGENCY_COLUMNS = (Column.DUE, Column.DAYS_LEFT, Column.STATUS)
#: the columns given what room there is (the register's widths), their text elided
_ELIDED_COLUMNS = (Column.TYPE, Column.ENTITY, Column.STATUS)


def status_text(row: RequestRow) -> str:
    label = status_label(row.status)
    flag = urgency(row)
    if flag == "overdue":
        return QCoreApplication.translate("RequestTable", "OVERDUE · {status}").format(status=label)
    if flag == "soon":
        return QCoreApplication.translate("RequestTable", "Due soon · {status}").format(
            status=label
        )
    if row.on_hold:
        return QCoreApplication.translate("RequestTable", "{status} (on hold)").format(status=label)
    if row.extended and row.days_left is not None:
        return QCoreApplication.translate("RequestTable", "{status} (extended)").format(
            status=label
        )
    return label


def _days_left_text(row: RequestRow) -> str:
    if row.days_left is None:
        return "—"
    if row.on_hold:
        return QCoreApplication.translate("RequestTable", "on hold")
    if row.days_left < 0:
        return QCoreApplication.translate("RequestTable", "{n} late").format(n=-row.days_left)
    return str(row.days_left)


class RequestTableModel(RowTableModel):
    sort_requested = Signal(str, bool)  # sort key, descending

    columns = Column
    headers = HEADERS
    extra_roles = frozenset({Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole})

    def row_at(self, row: int) -> RequestRow:
        return cast(RequestRow, super().row_at(row))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Column -1 means "no column": the default, most-urgent-first order."""
        key = SORT_KEYS[Column(column)] if column >= 0 else ""
        self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

    def display(self, row: RequestRow, column: Column) -> str:
        match column:
            case Column.REFERENCE:
                return row.reference
            case Column.TYPE:
                return type_label(row.type)
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

    def native(self, row: RequestRow, column: Column) -> str | date | int:
        match column:
            case Column.RECEIVED:
                return row.received_on
            case Column.DUE:
                return row.due_on
            case Column.DAYS_LEFT:
                return row.days_left if row.days_left is not None else 10**6
            case _:
                return self.display(row, column)

    def extra(self, row: RequestRow, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column in _URGENCY_COLUMNS:
            flag = urgency(row)
            if flag:
                return OVERDUE_COLOUR if flag == "overdue" else DUE_SOON_COLOUR  # the text's
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.REQUESTER:  # the whole name (it may be elided) and the e-mail
                return "\n".join(part for part in (row.requester, row.email) if part)
            if column in _ELIDED_COLUMNS:  # cut short in a narrow column: said whole here
                return self.display(row, column)
        return None

"""The upcoming purges of the "Documents & retention" page: rows already due are tinted and
say "due now" in words (not colour alone); the dates sort as dates."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dsr_desk.services.retention import PurgeItem
from dsr_desk.ui.dialogs.request_action_dialog import fmt_date
from dsr_desk.ui.models.row_table import RowTableModel
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP

DUE_BACKGROUND = QColor("#fbe9e7")
DUE_FOREGROUND = QColor("#8c1d18")
KIND_WORDS = {
    "id": QT_TRANSLATE_NOOP("PurgePlanTable", "ID copy"),
    "letter": QT_TRANSLATE_NOOP("PurgePlanTable", "letter"),
    "email": QT_TRANSLATE_NOOP("PurgePlanTable", "e-mail"),
    "other": QT_TRANSLATE_NOOP("PurgePlanTable", "other"),
    "mandate": QT_TRANSLATE_NOOP("PurgePlanTable", "mandate"),
}


class Column(IntEnum):
    PURGE_DATE = 0
    WHEN = 1
    REFERENCE = 2
    KIND = 3
    RULE = 4


def when_text(purge_date: date, today: date) -> str:
    days = (purge_date - today).days
    if days <= 0:
        return QCoreApplication.translate("PurgePlanTable", "due now")
    return (
        "tomorrow"
        if days == 1
        else QCoreApplication.translate("PurgePlanTable", "in {days} days").format(days=days)
    )


class PurgePlanModel(RowTableModel):
    extra_roles = frozenset(
        {
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ToolTipRole,
        }
    )
    columns = Column
    headers = {  # noqa: RUF012 - read-only class constant, as in the other table models
        Column.PURGE_DATE: QT_TRANSLATE_NOOP("Columns", "Purge date"),
        Column.WHEN: QT_TRANSLATE_NOOP("Columns", "When"),
        Column.REFERENCE: QT_TRANSLATE_NOOP("Columns", "Request"),
        Column.KIND: QT_TRANSLATE_NOOP("Columns", "Document"),
        Column.RULE: QT_TRANSLATE_NOOP("Columns", "Retention rule"),
    }

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = date.min

    def set_plan(self, rows: tuple[PurgeItem, ...] | list[PurgeItem], today: date) -> None:
        self._today = today
        self.set_rows(rows)

    def display(self, row: PurgeItem, column: Column) -> str:
        match column:
            case Column.PURGE_DATE:
                return fmt_date(row.purge_date)
            case Column.WHEN:
                return when_text(row.purge_date, self._today)
            case Column.REFERENCE:
                return row.reference
            case Column.KIND:
                return (
                    QCoreApplication.translate("PurgePlanTable", KIND_WORDS[row.kind])
                    if row.kind in KIND_WORDS
                    else row.kind
                )
            case Column.RULE:
                return row.rule

    def native(self, row: PurgeItem, column: Column) -> Any:
        if column in (Column.PURGE_DATE, Column.WHEN):
            return row.purge_date
        return self.display(row, column)

    def extra(self, row: PurgeItem, column: Column, role: int) -> Any:
        due = row.purge_date <= self._today
        if role == Qt.ItemDataRole.BackgroundRole and due:
            return QBrush(DUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and due:
            return QBrush(DUE_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and due and column == Column.WHEN:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "PurgePlanTable", "{reference}: {rule}; purge from {date}"
            ).format(reference=row.reference, rule=row.rule, date=fmt_date(row.purge_date))
        return None

"""The audit-log table model: plain rows (newest first), paged with ``fetchMore``; times are
shown in the workstation's local time, details summarised on one line (full text as tooltip)."""

from __future__ import annotations

import json
from datetime import datetime
from enum import IntEnum
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from dsr_desk.services.read.audit_queries import AuditRow
from dsr_desk.ui.audit_words import (
    HIDDEN_DETAILS,
    action_label,
    detail_label,
    detail_value,
    details_in_words,
    labelled,
)
from dsr_desk.ui.models.row_table import RowTableModel
from dsr_desk.ui.models.urgency import OVERDUE_COLOUR
from dsr_desk.ui.tr_marks import QT_TRANSLATE_NOOP

SUMMARY_LIMIT = 140


class Column(IntEnum):
    SEQ = 0
    TIME = 1
    USER = 2
    ACTION = 3
    REQUEST = 4
    DETAILS = 5


HEADERS = {
    Column.SEQ: QT_TRANSLATE_NOOP("Columns", "#"),
    Column.TIME: QT_TRANSLATE_NOOP("Columns", "Time"),
    Column.USER: QT_TRANSLATE_NOOP("Columns", "User"),
    Column.ACTION: QT_TRANSLATE_NOOP("Columns", "Action"),
    Column.REQUEST: QT_TRANSLATE_NOOP("Columns", "Request"),
    Column.DETAILS: QT_TRANSLATE_NOOP("Columns", "Details"),
}


def _details(details_json: str) -> dict[str, Any] | None:
    try:
        loaded = json.loads(details_json)
    except ValueError:
        return None
    return loaded if isinstance(loaded, dict) else None


def summarise_details(action: str, details_json: str, limit: int = SUMMARY_LIMIT) -> str:
    """``label: value · label: value`` in words on one line, cut at ``limit`` characters
    (identifiers such as a document's id or a reason's MAC only in the full details)."""
    details = _details(details_json)
    if details is None:
        text = details_json
    else:
        text = " · ".join(
            labelled(label, " ".join(value.split()))
            for label, value in details_in_words(action, details)
        )
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def full_details(action: str, details_json: str) -> str:
    """Every detail, one a line, in words (the identifiers too, for whoever traces them)."""
    details = _details(details_json)
    if details is None:
        return details_json
    return "\n".join(
        labelled(
            detail_label(key),
            str(value) if key in HIDDEN_DETAILS else detail_value(action, key, value),
        )
        for key, value in details.items()
    )


def local_time_text(at: datetime) -> str:
    return f"{at.astimezone():%d/%m/%Y %H:%M:%S}"


class AuditTableModel(RowTableModel):
    columns = Column
    headers = HEADERS
    extra_roles = frozenset(
        {
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ForegroundRole,
        }
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._broken_seq: int | None = None

    def clear(self) -> None:
        self._broken_seq = None
        super().clear()

    def mark_broken(self, seq: int | None) -> None:
        """Show the entry named by a failed verification in red (``None``: no mark)."""
        self._broken_seq = seq
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1)
            )

    def row_of_seq(self, seq: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.seq == seq), None)

    def row_at(self, row: int) -> AuditRow:
        return cast(AuditRow, super().row_at(row))

    def display(self, row: AuditRow, column: Column) -> str:
        match column:
            case Column.SEQ:
                return str(row.seq)
            case Column.TIME:
                return local_time_text(row.at)
            case Column.USER:
                return row.user
            case Column.ACTION:
                return action_label(row.action)
            case Column.REQUEST:
                return row.request_ref or "—"
            case Column.DETAILS:
                return summarise_details(row.action, row.details_json)

    def native(self, row: AuditRow, column: Column) -> str | int | datetime:
        match column:
            case Column.SEQ:
                return row.seq
            case Column.TIME:
                return row.at
            case _:
                return self.display(row, column)

    def extra(self, row: AuditRow, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.DETAILS:
            return full_details(row.action, row.details_json)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.ACTION:
            return row.action  # as stored, for whoever searches the log or the CLI's output
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SEQ:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and row.seq == self._broken_seq:
            return QBrush(OVERDUE_COLOUR)
        return None

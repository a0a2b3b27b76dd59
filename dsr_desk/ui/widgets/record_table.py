"""Small read-only tables for read models (suspensions, checks, documents, timeline) that
grow with their rows, so the page scrolls instead of the table."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
CELL_PADDING = 8
TABLE_STYLE = (
    "QTableView { border:1px solid #d0d4d8; gridline-color:#e0e3e6; }"
    f"QTableView::item {{ padding:4px {CELL_PADDING}px; }}"
    f"QHeaderView::section {{ padding:4px {CELL_PADDING}px; background:#f1f3f4; color:#3c4043;"
    " border:none; border-bottom:1px solid #d0d4d8; font-weight:600; }"
)
Column = tuple[str, Callable[[Any], str]]


class RecordTableModel(QAbstractTableModel):
    """Read-only rows of a read model (suspensions, checks, documents, timeline)."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()][1](row)
        if role == RECORD_ROLE:
            return row
        return None


class PaddedCellDelegate(QStyledItemDelegate):
    """Measures wrapped text at the width it is painted at: the style sheet's cell padding
    counts in a cell's width but not in the width its text wraps to when Qt sizes rows."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        narrower = QStyleOptionViewItem(option)
        narrower.rect = option.rect.adjusted(0, 0, -2 * CELL_PADDING, 0)
        return super().sizeHint(narrower, index)


class FittedTable(QTableView):
    """A short table that grows to show every row: the page scrolls, never the table."""

    def __init__(self, model: RecordTableModel, stretch_column: int) -> None:
        super().__init__()
        self.setModel(model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet(TABLE_STYLE)
        self.setItemDelegate(PaddedCellDelegate(self))
        self.verticalHeader().hide()
        self.verticalHeader().setMinimumSectionSize(28)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        # Row heights depend on the final column widths, which settle after the resize event:
        # refit once the event loop is idle, coalescing the burst of section resizes.
        self._refit_later = QTimer(self, singleShot=True, interval=0)
        self._refit_later.timeout.connect(self.refit)
        header.sectionResized.connect(lambda *_: self._refit_later.start())
        model.modelReset.connect(self.refit)
        model.modelReset.connect(self._refit_later.start)
        self.refit()

    def refit(self) -> None:
        self.resizeRowsToContents()
        rows = self.model().rowCount()
        height = (
            self.horizontalHeader().sizeHint().height()
            + sum(self.rowHeight(row) for row in range(rows))
            + 2 * self.frameWidth()
        )
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._refit_later.start()

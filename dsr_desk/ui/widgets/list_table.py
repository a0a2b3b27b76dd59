"""The read-only list tables of the main pages (register, requesters, audit log): one row
selected at a time, no editing, alternate colours, a stretching column and set widths; and the
typing debounce of their filter boxes."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QAbstractItemModel, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView

ROW_HEIGHT = 26


def list_table(
    model: QAbstractItemModel,
    object_name: str,
    *,
    stretch: int,
    widths: Iterable[tuple[int, int]],
    sortable: bool = False,
) -> QTableView:
    table = QTableView()
    table.setObjectName(object_name)
    table.setModel(model)
    if sortable:
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for column, width in widths:
        header.resizeSection(column, width)
    return table


def debounced(owner: QObject, edit: QLineEdit, action: Callable[[], None], ms: int) -> QTimer:
    """Run ``action`` once typing in ``edit`` has paused for ``ms`` milliseconds."""
    timer = QTimer(owner, singleShot=True, interval=ms)
    timer.timeout.connect(action)
    edit.textChanged.connect(lambda _text: timer.start())
    return timer

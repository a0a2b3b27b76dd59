"""The shared row-table plumbing, on a small model of its own: feeding, paging, headers, roles
and sorting through a proxy on native values (Python dates handed over as ``QDate``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import IntEnum
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt
from pytestqt.qtbot import QtBot

from dsr_desk.ui.models.row_table import ROW_ROLE, SORT_ROLE, RowTableModel, sortable


@dataclass(frozen=True)
class Item:
    name: str
    day: date
    count: int


class Column(IntEnum):
    NAME = 0
    DAY = 1
    COUNT = 2


HEADERS = {Column.NAME: "Name", Column.DAY: "Day", Column.COUNT: "Count"}


class ItemModel(RowTableModel):
    columns = Column
    headers = HEADERS
    extra_roles = frozenset({Qt.ItemDataRole.ToolTipRole})

    def display(self, row: Item, column: Column) -> str:
        match column:
            case Column.NAME:
                return row.name
            case Column.DAY:
                return f"{row.day:%d/%m/%Y}"
            case Column.COUNT:
                return str(row.count)

    def native(self, row: Item, column: Column) -> Any:
        return row.day if column == Column.DAY else super().native(row, column)

    def extra(self, row: Item, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME:
            return f"tip {row.name}"
        return None


def test_extra_is_asked_for_its_roles_only(qapp: object) -> None:
    asked: list[int] = []

    class Recording(ItemModel):
        def extra(self, row: Item, column: Column, role: int) -> Any:
            asked.append(role)
            return super().extra(row, column, role)

    model = Recording()
    model.set_rows(ROWS)
    first = model.index(0, Column.NAME)
    for role in (
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.SizeHintRole,
    ):
        first.data(role)
    assert asked == [Qt.ItemDataRole.ToolTipRole]


def test_a_model_answering_extra_roles_must_name_them() -> None:
    with pytest.raises(TypeError, match="extra_roles"):

        class Forgetful(RowTableModel):
            columns = Column
            headers = HEADERS

            def extra(self, row: Item, column: Column, role: int) -> Any:
                return "never asked"


ROWS = [
    Item("b", date(2026, 1, 5), 10),
    Item("a", date(2025, 12, 31), 9),
    Item("c", date(2026, 1, 4), 2),
]


@pytest.fixture
def model(qapp: object) -> ItemModel:
    return ItemModel()


def _texts(model: Any, column: Column) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_set_rows_without_total_is_not_paged(model: ItemModel) -> None:
    model.set_rows(ROWS)
    assert (model.rowCount(), model.columnCount(), model.total) == (3, 3, 3)
    assert not model.canFetchMore(QModelIndex())
    assert model.row_at(1) is ROWS[1]
    assert model.rowCount(model.index(0, 0)) == 0  # a flat table: no children


def test_paging_asks_once_per_page_until_the_total(qtbot: QtBot, model: ItemModel) -> None:
    asked: list[int] = []
    model.fetch_more_requested.connect(asked.append)
    model.set_rows(ROWS[:2], total=5)
    assert model.canFetchMore(QModelIndex())

    with qtbot.waitSignal(model.fetch_more_requested) as blocker:
        model.fetchMore(QModelIndex())
    assert blocker.args == [2]
    model.fetchMore(QModelIndex())  # still loading: no second request
    assert asked == [2]
    assert not model.canFetchMore(QModelIndex())

    with qtbot.waitSignal(model.rowsInserted):
        model.append_rows(ROWS[2:])
    assert model.rowCount() == 3
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert asked == [2, 3]

    model.append_rows([])  # the query ran dry before the expected total: stop paging
    assert model.total == 3
    assert not model.canFetchMore(QModelIndex())


def test_clear_resets_rows_and_paging(qtbot: QtBot, model: ItemModel) -> None:
    model.set_rows(ROWS, total=100)
    with qtbot.waitSignal(model.modelReset):
        model.clear()
    assert (model.rowCount(), model.total) == (0, 0)
    assert not model.canFetchMore(QModelIndex())


def test_headers_and_roles(model: ItemModel) -> None:
    model.set_rows(ROWS)
    horizontal = Qt.Orientation.Horizontal
    assert [model.headerData(c, horizontal) for c in Column] == ["Name", "Day", "Count"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) is None

    first = model.index(0, Column.NAME)
    assert first.data() == "b"
    assert first.data(ROW_ROLE) is ROWS[0]
    assert first.data(SORT_ROLE) == "b"  # by default a cell sorts on its text
    assert first.data(Qt.ItemDataRole.ToolTipRole) == "tip b"
    assert model.index(0, Column.COUNT).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, Column.DAY).data() == "05/01/2026"
    assert model.index(0, Column.DAY).data(SORT_ROLE) == QDate(2026, 1, 5)


def test_a_proxy_sorts_dates_chronologically(model: ItemModel) -> None:
    # Enough rows that Python dates (opaque variants to Qt) would come out scrambled; as text,
    # day-first, 31/12/2025 would sort after 05/01/2026.
    days = [(2026, 1, 5), (2025, 12, 31), (2026, 1, 4), (2025, 3, 2), (2026, 2, 1), (2025, 11, 30)]
    model.set_rows([Item(f"r{i}", date(*day), i) for i, day in enumerate(days)])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    oldest_first = [
        "02/03/2025",
        "30/11/2025",
        "31/12/2025",
        "04/01/2026",
        "05/01/2026",
        "01/02/2026",
    ]

    proxy.sort(Column.DAY, Qt.SortOrder.AscendingOrder)
    assert _texts(proxy, Column.DAY) == oldest_first
    proxy.sort(Column.DAY, Qt.SortOrder.DescendingOrder)
    assert _texts(proxy, Column.DAY) == oldest_first[::-1]


def test_sortable_values() -> None:
    assert sortable(date(2025, 3, 1)) == QDate(2025, 3, 1)
    moment = datetime(2026, 3, 20, 9, 30, tzinfo=UTC)
    assert sortable(moment) == moment.timestamp()  # a datetime keeps its time of day
    assert sortable(7) == 7
    assert sortable("x") == "x"

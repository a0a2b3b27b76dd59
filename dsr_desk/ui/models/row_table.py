"""The plumbing shared by the table models that show plain (frozen-dataclass) rows.

A subclass names its ``columns`` (an ``IntEnum``) and their ``headers``, and says how a cell
reads (``display``), how it sorts (``native``) and the other roles it answers (``extra_roles``,
``extra``): a view asks for eight roles per cell it paints or measures, and every role no model
answers gets ``None`` at once, before the index is even looked at. Rows may arrive
page by page: ``set_rows(rows, total)`` with ``total`` above ``len(rows)`` lets a view call
``fetchMore``, which emits ``fetch_more_requested(offset)`` once until ``append_rows`` answers.

A ``QSortFilterProxyModel`` with ``sortRole = SORT_ROLE`` sorts on the native values. Python
dates are handed to Qt as ``QDate`` (and datetimes as timestamps): the proxy cannot order them
otherwise, they reach it as opaque ``PyObject`` variants that compare as unordered.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY = Qt.ItemDataRole.DisplayRole
_HORIZONTAL = Qt.Orientation.Horizontal
_OWN_ROLES = frozenset({_DISPLAY, SORT_ROLE, ROW_ROLE})

_Index = QModelIndex | QPersistentModelIndex


def sortable(value: Any) -> Any:
    """``value`` as something a proxy model can order."""
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, date):
        return QDate(value.year, value.month, value.day)
    return value


class RowTableModel(QAbstractTableModel):
    """Rows in, text out; subclasses set ``columns`` and ``headers`` and override ``display``."""

    fetch_more_requested = Signal(int)  # offset of the next page

    columns: ClassVar[type[IntEnum]]
    headers: ClassVar[Mapping[Any, str]]  # a title for every member of ``columns``
    extra_roles: ClassVar[frozenset[int]] = frozenset()  # the roles ``extra`` answers

    # Column members by position (``columns(i)`` costs an enum lookup per cell painted) and
    # the roles answered: the class's, so that a view asking during the model's teardown
    # (the instance's attributes already cleared by the garbage collector) still gets them.
    _column_at: ClassVar[tuple[IntEnum, ...]] = ()
    _roles: ClassVar[frozenset[int]] = frozenset()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "extra" in vars(cls) and not cls.extra_roles:
            raise TypeError(f"{cls.__name__} answers extra roles: name them in extra_roles")
        if hasattr(cls, "columns"):
            cls._column_at = tuple(sorted(cls.columns))
        cls._roles = _OWN_ROLES | cls.extra_roles

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._total = 0
        self._loading = False

    # -- cells: what subclasses override ----------------------------------------------------

    def display(self, row: Any, column: Any) -> str:
        """The cell's text; ``column`` is a member of ``columns``."""
        raise NotImplementedError

    def native(self, row: Any, column: Any) -> Any:
        """The value the cell sorts on (numbers, dates…); by default its text."""
        return self.display(row, column)

    def extra(self, row: Any, column: Any, role: int) -> Any:
        """The roles of ``extra_roles``: colours, alignment, tooltips, fonts."""
        return None

    # -- feeding ----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any], total: int | None = None) -> None:
        """Replace the rows; ``total`` (default: no more than these) allows paging."""
        self.beginResetModel()
        self._rows = list(rows)
        self._total = len(self._rows) if total is None else total
        self._loading = False
        self.endResetModel()

    def append_rows(self, rows: Sequence[Any]) -> None:
        """The page asked for by ``fetch_more_requested``; an empty one ends the paging."""
        self._loading = False
        if not rows:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def clear(self) -> None:
        self.set_rows([])

    @property
    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._loading = True
            self.fetch_more_requested.emit(len(self._rows))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == _HORIZONTAL:
            return QCoreApplication.translate("Columns", self.headers[self._column_at[section]])
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if role not in self._roles or not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._column_at[index.column()]
        if role == _DISPLAY:
            return self.display(row, column)
        if role == SORT_ROLE:
            return sortable(self.native(row, column))
        if role == ROW_ROLE:
            return row
        return self.extra(row, column, role)  # noqa: S610 (a Qt role, not Django's extra())

"""What the paged list pages (register, requesters, audit log) share: their reading.

A ``PagedList`` is held by its page (composition, a child QObject) and does the reading the
three pages did each in their own copy:

* ``reload()`` asks for the first page of the current filter; only the latest answer is shown
  (a search typed on drops the answers to the letters before it: ``ops.Latest``);
* the next pages come as the table scrolls (``RowTableModel.fetch_more_requested``), each a
  follow-up of the latest reload, dropped with it;
* typing in the filter box reloads once typing has paused;
* the page stays fresh (``ui.freshness``): after a write it shows, it reloads now when visible,
  else when next shown;
* the count label says how many rows the filter finds;
* ``clear()`` (on lock) drops what is under way and every row.

The page says how to read: ``query(offset)`` returns the worker function, bound to the filter
as the widgets show it now (``functools.partial``), which returns a page object with ``rows``
and ``total`` (the total on the first page only).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from dsr_desk.domain.changes import Changes
from dsr_desk.ui.freshness import Freshness
from dsr_desk.ui.models.row_table import RowTableModel
from dsr_desk.ui.ops import Latest, Ops
from dsr_desk.ui.widgets.list_table import debounced


class ListPage(Protocol):
    """What a worker function of a paged list returns."""

    @property
    def rows(self) -> Any: ...

    @property
    def total(self) -> int | None: ...


class PagedList(QObject):
    """The reading of one paged list page; see the module's docstring."""

    first_page_shown = Signal(object)  # the page object of a (new) first page, once shown

    def __init__(
        self,
        page: QWidget,
        ops: Ops,
        model: RowTableModel,
        *,
        query: Callable[[int], Callable[[], ListPage]],
        shows: Callable[[Changes], bool],
        count_label: QLabel,
        count_text: Callable[[int], str],
        filter_edit: QLineEdit,
        debounce_ms: int,
        also_on_change: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(page)
        self._model, self._query = model, query
        self._count_label, self._count_text = count_label, count_text
        self._also_on_change = also_on_change
        self._latest = Latest(ops, page)
        self._debounce = debounced(self, filter_edit, self.reload, debounce_ms)
        self._freshness = Freshness(page, ops, shows, self._changed)
        model.fetch_more_requested.connect(self._fetch_more)

    def reload(self) -> None:
        """The first page for the current filter (an older read answering late is dropped)."""
        self._debounce.stop()
        self._freshness.mark_fresh()
        self._latest.run(self._query(0), on_done=self._show_first_page)

    def clear(self) -> None:
        """Drop every row and whatever read is under way (on lock)."""
        self._latest.drop()
        self._debounce.stop()
        self._model.clear()
        self._count_label.clear()

    def _changed(self) -> None:
        self.reload()
        if self._also_on_change is not None:
            self._also_on_change()

    def _show_first_page(self, page: ListPage) -> None:
        self._model.set_rows(page.rows, page.total or 0)
        self._count_label.setText(self._count_text(self._model.total))
        self.first_page_shown.emit(page)

    def _fetch_more(self, offset: int) -> None:
        self._latest.follow(self._query(offset), on_done=self._append_page)

    def _append_page(self, page: ListPage) -> None:
        self._model.append_rows(page.rows)

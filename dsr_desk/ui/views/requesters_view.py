"""The requesters page: who wrote in, how often, and what is still open for them.

Search-as-you-type on name or e-mail; rows come page by page from
``services.read.requester_queries.requesters_list`` (most recent requester first) and a proxy
sorts the loaded rows on their native values. Double-click a requester to list their requests.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain import limits
from dsr_desk.domain.changes import Changes
from dsr_desk.services.read.requester_queries import RequesterRow, count_requesters, requesters_list
from dsr_desk.ui.models.requester_table import Column, RequesterTableModel
from dsr_desk.ui.models.row_table import SORT_ROLE
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.widgets.list_table import list_table
from dsr_desk.ui.widgets.paged_list import PagedList

PAGE_SIZE = 200
SEARCH_DEBOUNCE_MS = 150


@dataclass(frozen=True)
class Page:
    rows: list[RequesterRow]
    total: int | None


def fetch_page(session: AppSession, search: str, offset: int) -> Page:
    """Runs on the DB worker: one page of requesters (and the total on the first page)."""
    db = session.reader()
    rows = requesters_list(db, search, PAGE_SIZE, offset)
    total = count_requesters(db, search) if offset == 0 else None
    return Page(rows, total)


def count_text(total: int) -> str:
    if total == 1:
        return QCoreApplication.translate("RequestersView", "1 requester")
    number = f"{total:,}".replace(",", " ")
    return QCoreApplication.translate("RequestersView", "{n} requesters").format(n=number)


def _shows(changes: Changes) -> bool:
    return changes.any_request


class RequestersView(QWidget):
    search_requests = Signal(str)  # e-mail, else name: the register searches for it

    def __init__(self, session: AppSession, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session

        self.search = QLineEdit(
            placeholderText=QCoreApplication.translate("RequestersView", "Search name or e-mail")
        )
        self.search.setObjectName("requestersSearch")
        self.search.setAccessibleName(
            QCoreApplication.translate("RequestersView", "Search requesters")
        )
        self.search.setMaxLength(limits.MAX_SEARCH)
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("requestersCount")
        hint = QLabel(
            QCoreApplication.translate(
                "RequestersView", "Double-click a requester to see their requests."
            )
        )
        hint.setStyleSheet("color: palette(placeholder-text);")
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)

        self.model = RequesterTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)
        self.table = list_table(
            self.proxy,
            "requestersTable",
            sortable=True,
            stretch=Column.EMAIL,
            widths=(
                (Column.NAME, 260),
                (Column.REQUESTS, 90),
                (Column.OPEN, 80),
                (Column.LAST_RECEIVED, 120),
            ),
        )

        self.table.setAccessibleName(QCoreApplication.translate("RequestersView", "Requesters"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

        self.paging = PagedList(
            self,
            ops,
            self.model,
            query=lambda offset: partial(fetch_page, session, self.search.text(), offset),
            shows=_shows,
            count_label=self.count_label,
            count_text=count_text,
            filter_edit=self.search,
            debounce_ms=SEARCH_DEBOUNCE_MS,
        )
        # A double-click (or Enter) emits ``activated``; with no edit trigger a double-click
        # also emits ``doubleClicked``: connecting both would act twice.
        self.table.activated.connect(self._activated)

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Fetch fresh data (called when the page is shown and after operations)."""
        self.paging.reload()

    # -- interaction ------------------------------------------------------------------------

    def row_at(self, proxy_row: int) -> RequesterRow:
        source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
        return self.model.row_at(source.row())

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.row_at(index.row())
            self.search_requests.emit(row.email or row.name)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear(self) -> None:
        """Drop all personal data from the widgets (on lock)."""
        self.paging.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

"""The request register: search-as-you-type, filters, a paged table of plain rows."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from functools import partial

from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain import limits
from dsr_desk.domain.changes import Changes
from dsr_desk.domain.request_kinds import DUE_SOON_DAYS, RequestType, Status
from dsr_desk.services.read.queries import RequestFilter
from dsr_desk.ui.kind_words import status_label, type_label
from dsr_desk.ui.models.request_table import Column, RequestTableModel
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.reads import Page, fetch_entity_names, fetch_page
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.widgets.list_table import list_table
from dsr_desk.ui.widgets.paged_list import PagedList

SEARCH_DEBOUNCE_MS = 120
ALL, OPEN, OVERDUE = "all", "open", "overdue"
DUE_THIS_WEEK, AWAITING_IDENTITY = "due_this_week", "awaiting_identity"
ON_HOLD_TOO_LONG = "on_hold_too_long"
SPECIAL_FILTERS = (ALL, OPEN, OVERDUE, DUE_THIS_WEEK, AWAITING_IDENTITY, ON_HOLD_TOO_LONG)


def count_text(total: int) -> str:
    number = f"{total:,}".replace(",", " ")
    if total == 1:
        return QCoreApplication.translate("RegisterView", "1 request")
    return QCoreApplication.translate("RegisterView", "{n} requests").format(n=number)


# Where the user's column widths are kept (QSettings), one width per column
WIDTHS_KEY = "register/column_widths"
FILTER_CHARS = 14  # a filter shows this many characters; its list shows the whole labels


def default_widths(metrics: QFontMetrics) -> dict[Column, int]:
    """Column widths that fit their words at the table's font, in the UI's language: the
    reference, dates, days left and status in full; the type and entity elided when long. The
    requester takes what remains (it stretches)."""
    pad = 18  # cell padding

    def fit(*texts: str) -> int:
        return max(metrics.horizontalAdvance(text) for text in texts) + pad

    header = {
        column: QCoreApplication.translate("Columns", RequestTableModel.headers[column])
        for column in Column
    }
    statuses = [status_label(status.value) for status in Status]
    return {
        Column.REFERENCE: fit("DSR-2026-0000", header[Column.REFERENCE]),
        Column.TYPE: min(fit(*(type_label(t.value) for t in RequestType)), 110),
        Column.ENTITY: 120,
        Column.RECEIVED: fit("00/00/0000", header[Column.RECEIVED]),
        Column.DUE: fit("00/00/0000", header[Column.DUE]),
        Column.DAYS_LEFT: fit(
            header[Column.DAYS_LEFT],
            QCoreApplication.translate("RequestTable", "{n} late").format(n=99),
        ),
        Column.STATUS: min(fit(*statuses), 160),
    }


def _shows(changes: Changes) -> bool:
    """Rows of requests, with their entity's name (and the entity filter's names)."""
    return changes.any_request or changes.entities


class RegisterView(QWidget):
    open_request = Signal(str)  # reference
    first_page_shown = Signal()  # a (new) first page of rows is in the table

    def __init__(self, session: AppSession, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._ops = session, ops
        self._sort: tuple[str | None, bool] = (None, False)

        self.search = QLineEdit(
            placeholderText=self.tr("Search reference, name or e-mail   (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("registerSearch")
        self.search.setAccessibleName(self.tr("Search requests"))
        self.search.setMaxLength(limits.MAX_SEARCH)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), ALL)
        self.status_filter.addItem(self.tr("Open"), OPEN)
        self.status_filter.addItem(self.tr("Overdue"), OVERDUE)
        self.status_filter.addItem(self.tr("Due this week"), DUE_THIS_WEEK)
        self.status_filter.addItem(self.tr("Awaiting identity"), AWAITING_IDENTITY)
        self.status_filter.addItem(self.tr("On hold too long"), ON_HOLD_TOO_LONG)
        self.status_filter.setItemData(
            self.status_filter.count() - 1,
            self.tr(
                "Waiting for the requester for longer than the entity's setting: close them for "
                "lack of reply?"
            ),
            Qt.ItemDataRole.ToolTipRole,
        )
        for status in Status:
            self.status_filter.addItem(status_label(status.value), status.value)
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.type_filter = QComboBox()
        self.type_filter.setAccessibleName(self.tr("Type"))
        self.type_filter.addItem(self.tr("All types"), ALL)
        for rtype in RequestType:
            self.type_filter.addItem(type_label(rtype.value), rtype.value)
        self.entity_filter = QComboBox()
        self.entity_filter.setAccessibleName(self.tr("Entity"))
        self.entity_filter.addItem(self.tr("All entities"), ALL)
        self.mine = QCheckBox(self.tr("Mine"))
        self.count_label = QLabel()
        self.count_label.setObjectName("registerCount")

        # two lines: the search keeps its width; the filters shrink to a few characters (their
        # lists show the whole labels) rather than forcing the window wider
        search_line = QHBoxLayout()
        search_line.addWidget(self.search, 1)
        search_line.addWidget(self.count_label)
        filter_line = QHBoxLayout()
        for combo in (self.status_filter, self.type_filter, self.entity_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(FILTER_CHARS)
            filter_line.addWidget(combo, 1)
        filter_line.addWidget(self.mine)
        filters = QVBoxLayout()
        filters.setSpacing(6)
        filters.addLayout(search_line)
        filters.addLayout(filter_line)

        self.model = RequestTableModel(self)
        self.table = list_table(
            self.model,
            "registerTable",
            sortable=True,
            stretch=Column.REQUESTER,
            widths=(),
        )
        self.table.setAccessibleName(self.tr("Requests"))
        self._restore_widths()
        self.table.horizontalHeader().sectionResized.connect(self._remember_widths)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        self.paging = PagedList(
            self,
            ops,
            self.model,
            query=self._query,
            shows=_shows,
            count_label=self.count_label,
            count_text=count_text,
            filter_edit=self.search,
            debounce_ms=SEARCH_DEBOUNCE_MS,
            also_on_change=self.refresh_entities,
        )
        self.paging.first_page_shown.connect(lambda _page: self.first_page_shown.emit())
        for combo in (self.status_filter, self.type_filter, self.entity_filter):
            combo.currentIndexChanged.connect(self.reload)
        self.mine.toggled.connect(self.reload)
        self.model.sort_requested.connect(self._sort_by)
        self.table.activated.connect(self._activated)  # Enter, and double-click too
        self.refresh_entities()

    # -- column widths ----------------------------------------------------------------------

    def _restore_widths(self) -> None:
        """The user's widths when kept (QSettings), else the defaults; the requester stretches."""
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)
        widths = default_widths(self.table.fontMetrics())
        saved = QSettings().value(WIDTHS_KEY)
        if isinstance(saved, list) and len(saved) == len(Column):
            with suppress(TypeError, ValueError):  # not a list of widths: the defaults
                widths.update({column: int(saved[column]) for column in widths})
        self._widths = {
            column: max(width, header.minimumSectionSize()) for column, width in widths.items()
        }
        for column, width in self._widths.items():
            header.resizeSection(column, width)

    def _remember_widths(self, column: int, _old: int, new: int) -> None:
        header = self.table.horizontalHeader()
        if header.sectionResizeMode(column) is QHeaderView.ResizeMode.Stretch:
            return  # the requester follows the window, not the user
        if new <= 0 or header.isSectionHidden(column):
            return  # hidden (the entity column, with one entity): its width is kept
        self._widths[Column(column)] = new
        QSettings().setValue(WIDTHS_KEY, [self._widths.get(c, 0) for c in Column])

    # -- filters ----------------------------------------------------------------------------

    def current_filter(self) -> RequestFilter:
        status = self.status_filter.currentData()
        rtype = self.type_filter.currentData()
        entity = self.entity_filter.currentData()
        # who "me" is: the vault's display name, once read (it may change in Settings)
        self.mine.setToolTip(
            self.tr("Only requests assigned to {user}").format(user=self._session.user)
        )
        return RequestFilter(
            search=self.search.text(),
            statuses=frozenset({Status(status)}) if status not in SPECIAL_FILTERS else frozenset(),
            types=frozenset({RequestType(rtype)}) if rtype != ALL else frozenset(),
            entity=None if entity == ALL else entity,
            assignee=self._session.user if self.mine.isChecked() else None,
            open_only=status == OPEN,
            overdue_only=status == OVERDUE,
            due_within_days=DUE_SOON_DAYS if status == DUE_THIS_WEEK else None,
            awaiting_identity_only=status == AWAITING_IDENTITY,
            on_hold_too_long_only=status == ON_HOLD_TOO_LONG,
        )

    def set_entities(self, names: list[str]) -> None:
        current = self.entity_filter.currentData()
        self.entity_filter.blockSignals(True)
        self.entity_filter.clear()
        self.entity_filter.addItem(self.tr("All entities"), ALL)
        for name in names:
            self.entity_filter.addItem(name, name)
        # one entity: its column says nothing and takes room from the requester
        self.table.setColumnHidden(Column.ENTITY, len(names) <= 1)
        index = self.entity_filter.findData(current)
        self.entity_filter.setCurrentIndex(max(index, 0))
        self.entity_filter.blockSignals(False)

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """The first page for the current filter (an older search answering late is dropped)."""
        self.paging.reload()

    def refresh_entities(self) -> None:
        self._ops.run(fetch_entity_names, self._session, on_done=self.set_entities)

    def _query(self, offset: int) -> Callable[[], Page]:
        sort, descending = self._sort
        return partial(fetch_page, self._session, self.current_filter(), offset, sort, descending)

    def _sort_by(self, key: str, descending: bool) -> None:
        self._sort = (key or None, descending)
        self.reload()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_request.emit(self.model.row_at(index.row()).reference)

    def show_filter(self, key: str) -> None:
        """Show one of the dashboard's lists (open, overdue, due this week, awaiting ID)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        index = self.status_filter.findData(key)
        if index >= 0 and index != self.status_filter.currentIndex():
            self.status_filter.setCurrentIndex(index)  # reloads
        else:
            self.reload()

    def search_for(self, text: str) -> None:
        """Show every request matching ``text`` (a requester's e-mail or name)."""
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.status_filter.blockSignals(False)
        self.search.setText(text)
        self.reload()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear(self) -> None:
        """Drop every row (on lock): no personal data stays in the widgets."""
        self.paging.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

"""The request register: search-as-you-type, filters, a paged table of plain rows."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from functools import partial

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
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


# Where the user's column widths are kept (QSettings): one width per column, 0 where the user
# has not set one (that column follows the window)
WIDTHS_KEY = "register/column_widths"
FILTER_CHARS = 14  # a filter shows this many characters; its list shows the whole labels
CELL_PAD = 10  # a cell's text margins (3 px each side) and a little air
REQUESTER_CHARS = 18  # the requester's share when room is short (it stretches beyond)
#: sized to their content, always in full: the reference, the dates, the days left
CONTENT_COLUMNS = (Column.REFERENCE, Column.RECEIVED, Column.DUE, Column.DAYS_LEFT)
#: given what room is left, up to their longest text; elided (the tooltip says it whole)
SHARED_COLUMNS = (Column.TYPE, Column.ENTITY, Column.STATUS, Column.REQUESTER)
MAX_SHARED = 220  # no shared column asks for more than this (an entity's long name)
#: when room is short: the requester (whom the request is from) gets most, then the status, the
#: type, and the entity (its name often starts alike: the filter above tells them apart)
SHARE_WEIGHTS = {Column.TYPE: 1.0, Column.ENTITY: 0.8, Column.STATUS: 1.2, Column.REQUESTER: 1.5}


def content_texts() -> dict[Column, list[str]]:
    """The widest texts each column shows, in the UI's language."""
    late = QCoreApplication.translate("RequestTable", "{n} late").format(n=999)
    on_hold = QCoreApplication.translate("RequestTable", "on hold")
    overdue = QCoreApplication.translate("RequestTable", "OVERDUE · {status}")
    return {
        Column.REFERENCE: ["DSR-0000-0000"],
        Column.RECEIVED: ["00/00/0000"],
        Column.DUE: ["00/00/0000"],
        Column.DAYS_LEFT: [late, on_hold, "000"],
        Column.TYPE: [type_label(rtype.value) for rtype in RequestType],
        Column.STATUS: [overdue.format(status=status_label(s.value)) for s in Status],
    }


def fair_shares(
    room: int, wants: dict[Column, int], floors: dict[Column, int], weights: dict[Column, float]
) -> dict[Column, int]:
    """``room`` shared out: each column what it wants when all fit; else one level times the
    column's weight, the columns wanting less than their part keeping their want; never under
    a column's floor."""
    shares: dict[Column, int] = {}
    left = dict(wants)
    while left:
        level = room / sum(weights[column] for column in left)
        modest = {column: want for column, want in left.items() if want <= level * weights[column]}
        if not modest:
            shares.update({column: int(level * weights[column]) for column in left})
            break
        for column, want in modest.items():
            shares[column] = want
            room -= want
            del left[column]
    return {column: max(width, floors[column]) for column, width in shares.items()}


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
        """The user's widths when kept (QSettings); the other columns fitted to the table's
        width, again whenever it changes; the requester stretches."""
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(40)
        # the style sheet's weight on the header's own font: a header too narrow for its
        # word is elided ("Jours rest…") rather than cut at both ends
        font = header.font()
        font.setWeight(QFont.Weight.DemiBold)
        header.setFont(font)
        self._entity_names: list[str] = []
        self._fitting = False
        self._user_widths: dict[Column, int] = {}
        saved = QSettings().value(WIDTHS_KEY)
        if isinstance(saved, list) and len(saved) == len(Column):
            with suppress(TypeError, ValueError):  # not a list of widths: none
                widths = {column: int(saved[column]) for column in Column}
                self._user_widths = {
                    column: max(width, header.minimumSectionSize())
                    for column, width in widths.items()
                    if width > 0 and column != Column.REQUESTER
                }
        header.sectionResized.connect(self._remember_widths)
        header.sortIndicatorChanged.connect(lambda _column, _order: self._fit_columns())
        self.table.viewport().installEventFilter(self)
        self._fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _header_widths(self) -> tuple[dict[Column, int], int]:
        """Each header's width for its word (the style sheet's font and padding), and the room
        the sort arrow takes besides, in the sorted column."""
        header = self.table.horizontalHeader()
        with_arrow = {column: header.sectionSizeHint(column) for column in Column}
        shown = header.isSortIndicatorShown()
        header.setSortIndicatorShown(False)
        bare = {column: header.sectionSizeHint(column) for column in Column}
        header.setSortIndicatorShown(shown)
        arrow = max(with_arrow[column] - bare[column] for column in Column)
        return bare, arrow

    def _fit_columns(self) -> None:
        """Reference, dates and days left as wide as their texts at the table's font; type,
        entity, status and requester share the rest of the table's width (the requester
        stretching); a width the user set is kept. Every header's word is shown whole."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        words, arrow = self._header_widths()
        sorted_column = header.sortIndicatorSection()
        floors = {
            column: words[column] + (arrow if column == sorted_column else 0) for column in Column
        }
        texts = content_texts()
        texts[Column.ENTITY] = self._entity_names
        texts[Column.REQUESTER] = ["n" * REQUESTER_CHARS]

        def want(column: Column) -> int:
            widest = max((metrics.horizontalAdvance(text) for text in texts[column]), default=0)
            return max(widest + CELL_PAD, floors[column])

        shown = [column for column in Column if not header.isSectionHidden(column)]
        widths = {
            column: self._user_widths[column] for column in shown if column in self._user_widths
        }
        widths.update({column: want(column) for column in CONTENT_COLUMNS if column not in widths})
        wants = {
            column: min(want(column), max(MAX_SHARED, floors[column]))
            for column in SHARED_COLUMNS
            if column in shown and column not in widths
        }
        room = self.table.viewport().width() - sum(widths.values())
        if not self.table.isVisible():  # not laid out yet: no width to share
            room = sum(wants.values())
        widths.update(fair_shares(room, wants, floors, SHARE_WEIGHTS))
        self._fitting = True
        try:
            for column, width in widths.items():
                if column != Column.REQUESTER:  # it stretches over what is left
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _remember_widths(self, column: int, _old: int, new: int) -> None:
        """A width the user set (dragging a column's edge) is kept, in QSettings."""
        header = self.table.horizontalHeader()
        if self._fitting or header.sectionResizeMode(column) is QHeaderView.ResizeMode.Stretch:
            return  # fitted, or the requester, which follows the window
        if new <= 0 or header.isSectionHidden(column):
            return  # hidden (the entity column, with one entity): its width is kept
        self._user_widths[Column(column)] = new
        QSettings().setValue(WIDTHS_KEY, [self._user_widths.get(c, 0) for c in Column])

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
        self._entity_names = list(names)
        self._fitting = True  # shown again: not a width the user set
        try:
            self.table.setColumnHidden(Column.ENTITY, len(names) <= 1)
        finally:
            self._fitting = False
        self._fit_columns()
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

"""The dashboard: four count tiles (click to list those requests), the next deadlines, and two
charts over the last twelve months (requests received by type, median days to answer).

Everything comes from one read (``services.read.dashboard.dashboard_summary``) run on the DB worker;
the page reloads when shown and after the writes that change requests or entities
(``ui.freshness``), never on a timer. A second, small read (``services.read.backup_queries``)
says when the last backup was made: above the tiles, a warning with a *Back up now* button when
there was none or it is older than the setting; it is read after the figures are shown, and
again after a backup or a change of the settings.

The charts (``dashboard_charts``, with Qt Charts) are built after the page's first paint: the
figures a DPO assistant acts on come first, the charts a moment later.

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, QTimer, Signal
from PySide6.QtGui import QFont, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain.backups import backup_overdue
from dsr_desk.domain.changes import Changes
from dsr_desk.services.read.backup_queries import BackupStatus
from dsr_desk.services.read.dashboard import DashboardSummary
from dsr_desk.ui.first_reads import DASHBOARD as FIRST_DASHBOARD
from dsr_desk.ui.first_reads import FirstReads
from dsr_desk.ui.freshness import Freshness
from dsr_desk.ui.models.upcoming_table import Column, UpcomingTableModel, display
from dsr_desk.ui.ops import Latest, Ops
from dsr_desk.ui.reads import load_backup_status, load_summary
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.style import is_dark
from dsr_desk.ui.widgets.labels import empty_state_label

if TYPE_CHECKING:
    from dsr_desk.ui.views.dashboard_charts import ChartPanel, DashboardCharts

# Keys emitted by ``show_requests`` (the register's filters use the same words).
OPEN, OVERDUE, DUE_THIS_WEEK, AWAITING_IDENTITY = (
    "open",
    "overdue",
    "due_this_week",
    "awaiting_identity",
)

REQUESTER_MIN_WIDTH = 140
# What the item delegate adds to a cell's text: (focus frame margin + 1) on each side, the
# margin being 2 in the Fusion style the app uses (a constant: asking QStyle from Python
# before the first frame costs ~20 ms of class loading).
CELL_PADDING = 2 * (2 + 1)
SCROLL_BAR_EXTENT = 14  # the Fusion style's vertical scroll bar, beside the rows
CHART_MIN_WIDTH = 330  # twelve month names must fit (upright when narrow)
TILE_WIDTH_GUESS = 240  # a tile's width before its first resize (its lines then measured)

NEUTRAL, DANGER, WARNING = "neutral", "danger", "warning"

TILE_STYLE = """
QPushButton#countTile {
    background: palette(base);
    border: 1px solid palette(mid);
    border-left: 6px solid palette(mid);
    border-radius: 6px;
    text-align: left;
}
QPushButton#countTile:hover { background: palette(alternate-base); }
QPushButton#countTile:focus { border-color: palette(highlight); }
QLabel#tileHint { color: palette(placeholder-text); }
QFrame#backupWarning {
    background: %(warning_background)s;
    border: 1px solid #e0b46a;
    border-radius: 4px;
}
QFrame#backupWarning QLabel { color: %(warning_text)s; }
"""
# A tile's own sheet for its tone: setting it re-styles the tile and its labels (no QStyle
# call from Python, whose first use costs ~20 ms of class loading before the first frame).
# Each tone's tint and text, under a light palette and under a dark one (the system's: a
# pale pink tile with dark red text would glare on a dark desktop).
TONE_COLOURS = {  # tone: ((background, text) light, (background, text) dark)
    DANGER: (("#fdecea", "#b3261e"), ("#3f1d1b", "#f2b8b5")),
    WARNING: (("#fff4e0", "#8a5300"), ("#3a2c12", "#f5c97a")),
}
TONE_STYLE = (
    "QPushButton#countTile {{ background: {background}; border-left-color: {text}; }}"
    " QLabel {{ color: {text}; }}"
)


def tone_style(tone: str, dark: bool) -> str:
    """A tile's own style sheet for its tone under a light or a dark palette."""
    if tone not in TONE_COLOURS:
        return ""
    background, text = TONE_COLOURS[tone][dark]
    return TONE_STYLE.format(background=background, text=text)


def page_style(dark: bool) -> str:
    """The dashboard's style sheet (the backup warning tinted for the palette)."""
    background, text = TONE_COLOURS[WARNING][dark]
    return TILE_STYLE % {"warning_background": background, "warning_text": text}


def today_label(day: date) -> str:
    """``Friday 20/03/2026`` (the weekday in the interface's language)."""
    weekday = QLocale().toString(QDate(day.year, day.month, day.day), "dddd")
    return f"{weekday[:1].upper()}{weekday[1:]} {day:%d/%m/%Y}"


class CountTile(QPushButton):
    """A big number and what it counts; a button, so mouse, keyboard and screen readers work.

    Its title and hint wrap onto two lines when the tile is narrow (four tiles in a 1024 px
    window, "Échéance cette semaine"); the tile is as high as its lines need at its width (a
    minimum height kept from ``heightForWidth``, which the window's minimum size does not ask)
    and the row's tiles share the tallest one's height."""

    def __init__(self, key: str, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key, self.title = key, title
        self.setObjectName("countTile")
        self.setProperty("tone", NEUTRAL)
        self.setToolTip(
            hint + "\n" + QCoreApplication.translate("CountTile", "Click to list these requests.")
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        self.count_label = QLabel("—", self)
        self.count_label.setObjectName("tileCount")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        self.count_label.setFont(big)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("tileTitle")
        self.title_label.setWordWrap(True)
        bold = QFont(self.font())
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.hint_label = QLabel(hint, self)
        self.hint_label.setObjectName("tileHint")
        self.hint_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 8, 8)  # left: inside the 6 px coloured edge
        layout.setSpacing(0)
        layout.addWidget(self.count_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)
        layout.addStretch(1)  # a shorter tile's lines stay at the top of the row's height
        self.setMinimumHeight(self.heightForWidth(TILE_WIDTH_GUESS))
        self.setAccessibleName(title)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self.heightForWidth(event.size().width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)  # the lines at this width, wrapped or not

    @property
    def count_text(self) -> str:
        return self.count_label.text()

    def set_count(self, count: int | None, tone: str = NEUTRAL) -> None:
        self.count_label.setText("—" if count is None else f"{count:,}".replace(",", " "))
        self.setAccessibleName(
            QCoreApplication.translate("CountTile", "{title}: {count}").format(
                title=self.title, count=self.count_label.text()
            )
        )
        if self.property("tone") != tone:
            self.setProperty("tone", tone)
            self.setStyleSheet(tone_style(tone, is_dark(self.palette())))

    @property
    def tone(self) -> str:
        return str(self.property("tone"))


def _panel_title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class _UpcomingTable(QTableView):
    """The upcoming-deadlines table; says when its viewport (not the frame) changed size."""

    viewport_resized = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        # Kept from the viewport's resize events: the first call of ``viewport()`` from Python
        # costs about ten milliseconds (PySide loads every widget class to name its type).
        self.viewport_width = 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A scroll area's resize events are its viewport's. (Overriding ``viewportEvent``
        instead would hand every event of the viewport to Python, and each new kind of event
        costs its class's loading before the first frame.)"""
        super().resizeEvent(event)
        self.viewport_width = event.size().width()
        self.viewport_resized.emit()


def _shows(changes: Changes) -> bool:
    """The figures count requests; an entity's rules (its deadline policy) move due dates."""
    return changes.any_request or changes.entities


def _shows_backups(changes: Changes) -> bool:
    """A backup was made, or the settings (the warning's delay, the folder) changed."""
    return changes.backups or changes.settings


def _day(instant: datetime) -> str:
    return f"{instant.astimezone():%d/%m/%Y}"


class BackupWarning(QFrame):
    """The line above the tiles when the vault has not been backed up for too long."""

    back_up = Signal()
    choose_folder = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("backupWarning")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setObjectName("backupWarningText")
        self.label.setWordWrap(True)
        self.back_up_button = QPushButton(self.tr("Back up now"), self)
        self.back_up_button.setObjectName("backupWarningBackUp")
        self.back_up_button.clicked.connect(self.back_up)
        self.folder_button = QPushButton(self.tr("Choose a backup folder…"), self)
        self.folder_button.setObjectName("backupWarningFolder")
        self.folder_button.clicked.connect(self.choose_folder)
        row.addWidget(self.label, 1)
        row.addWidget(self.folder_button)
        row.addWidget(self.back_up_button)
        QWidget.setTabOrder(self.folder_button, self.back_up_button)  # as laid out
        self.hide()

    def show_status(self, status: BackupStatus, now: datetime) -> None:
        if not status.overdue:
            self.hide()
            return
        if status.last_at is None:
            text = (
                self.tr("No backup yet: back up now into {folder}.").format(folder=status.folder)
                if status.folder
                else self.tr("No backup yet: choose a backup folder in Settings.")
            )
        else:
            days = (now - status.last_at).days
            text = self.tr(
                "The last backup was made on {day}, {days} days ago (more than {limit} days)."
            ).format(day=_day(status.last_at), days=days, limit=status.warn_days)
            if not status.folder:
                text += " " + self.tr("Choose a backup folder in Settings for daily backups.")
            elif status.automatic:
                text += " " + self.tr("Is the backup folder {folder} there?").format(
                    folder=status.folder
                )
            else:
                text += " " + self.tr("Automatic backups are off in Settings.")
        self.label.setText(text)
        self.folder_button.setVisible(not status.folder)
        self.show()


class DashboardView(QWidget):
    show_requests = Signal(str)  # OPEN, OVERDUE, DUE_THIS_WEEK or AWAITING_IDENTITY
    figures_shown = Signal()  # the tiles and the deadlines of a new summary are in
    loaded = Signal()  # ...and the charts are drawn
    open_request = Signal(str)  # reference
    back_up_requested = Signal(bool)  # the backup warning's button: a backup folder is set
    backup_folder_wanted = Signal()  # its "Choose a backup folder…": the Settings page

    def __init__(self, session: AppSession, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._latest = Latest(ops, self)
        self._backup_latest = Latest(ops, self)
        self.summary: DashboardSummary | None = None
        self.backup_status: BackupStatus | None = None
        self.setStyleSheet(page_style(is_dark(self.palette())))

        # The layouts first, then each widget made inside its parent: a widget moved into
        # this page afterwards would have its fonts, palette and styles resolved again.
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        body = QHBoxLayout()
        body.setSpacing(16)
        left = QVBoxLayout()
        layout.addLayout(top)
        self.backup_warning = BackupWarning(self)
        layout.addWidget(self.backup_warning)
        layout.addLayout(tiles)
        layout.addSpacing(4)
        layout.addLayout(body, 1)
        body.addLayout(left, 1)

        heading = QLabel(self.tr("Dashboard"), self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        heading.setFont(font)
        self.as_of = QLabel(self)
        self.as_of.setObjectName("dashboardDate")
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.as_of)

        self.tiles = {
            OPEN: CountTile(OPEN, self.tr("Open"), self.tr("Not answered yet"), self),
            OVERDUE: CountTile(
                OVERDUE, self.tr("Overdue"), self.tr("Past the due date, not on hold"), self
            ),
            DUE_THIS_WEEK: CountTile(
                DUE_THIS_WEEK, self.tr("Due this week"), self.tr("Due in the next 7 days"), self
            ),
            AWAITING_IDENTITY: CountTile(
                AWAITING_IDENTITY,
                self.tr("Awaiting identity"),
                self.tr("Proof of ID asked, not received"),
                self,
            ),
        }
        for key, tile in self.tiles.items():
            tile.clicked.connect(lambda _checked=False, key=key: self.show_requests.emit(key))
            tiles.addWidget(tile)

        left.addWidget(_panel_title(self.tr("Upcoming deadlines"), self))
        self.upcoming_stack = QStackedWidget(self)
        left.addWidget(self.upcoming_stack, 1)
        self.upcoming_model = UpcomingTableModel(self)
        self._upcoming_fixed_width = 0  # see _measure_upcoming_columns
        self._upcoming_widths: dict[Column, int] = {}
        self.upcoming = _UpcomingTable(self.upcoming_stack)
        self.upcoming.setObjectName("upcomingTable")
        self.upcoming.setAccessibleName(self.tr("Upcoming deadlines"))
        self.upcoming.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.upcoming.setModel(self.upcoming_model)
        self.upcoming.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.upcoming.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.upcoming.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.upcoming.setAlternatingRowColors(True)
        self.upcoming.verticalHeader().hide()
        self.upcoming.verticalHeader().setDefaultSectionSize(26)
        header = self.upcoming.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.REQUESTER, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.upcoming_empty = empty_state_label(
            self.tr("No open deadline ahead."), self.upcoming_stack
        )
        self.upcoming_stack.addWidget(self.upcoming)
        self.upcoming_stack.addWidget(self.upcoming_empty)
        self.upcoming_stack.setCurrentWidget(self.upcoming_empty)

        self.charts: DashboardCharts | None = None  # made after the first paint
        self._charts_wanted = False  # a summary waits for the charts
        self._charts_slot = QWidget(self)
        self._charts_slot.setMinimumWidth(CHART_MIN_WIDTH)
        self._charts_column = QVBoxLayout(self._charts_slot)
        self._charts_column.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self._charts_slot, 1)

        # A double-click (or Enter) emits ``activated``; with no edit trigger a double-click
        # also emits ``doubleClicked``: connecting both would act twice.
        self.upcoming.activated.connect(self._activated)
        self.upcoming.viewport_resized.connect(self._fit_upcoming_columns)
        self._freshness = Freshness(self, ops, _shows, self.reload)
        self._backup_freshness = Freshness(self, ops, _shows_backups, self.reload_backup_status)
        self.backup_warning.back_up.connect(
            lambda: self.back_up_requested.emit(
                bool(self.backup_status is not None and self.backup_status.folder)
            )
        )
        self.backup_warning.choose_folder.connect(self.backup_folder_wanted)

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Fetch fresh data (called when the page is shown and after operations)."""
        self._freshness.mark_fresh()
        self._latest.run(load_summary, self._session, on_done=self._show)
        if self.backup_status is None:
            self.reload_backup_status()
        else:  # the last backup is read again only after a backup or a change of settings
            self._show_backups(self.backup_status)

    def reload_backup_status(self) -> None:
        """Read when the last backup was made (after the figures: on the same DB worker).
        Without a backup for long, that read walks the whole audit log (≈0.5 s with 400 000
        entries): once per unlock, and after each backup or change of the settings."""
        self._backup_freshness.mark_fresh()
        self._backup_latest.run(load_backup_status, self._session, on_done=self._show_backups)

    def _show_backups(self, status: BackupStatus) -> None:
        now = self._session.clock.now()
        status = replace(status, overdue=backup_overdue(status.last_at, now, status.warn_days))
        self.backup_status = status
        if self._session.is_team:  # a team server's backups are its administrator's
            self.backup_warning.hide()
            return
        self.backup_warning.show_status(status, now)

    def start_with(self, reads: FirstReads) -> None:
        """The figures from the reads made at unlock (no second read)."""
        loaded: DashboardSummary | None = reads.take(FIRST_DASHBOARD)
        if loaded is None:
            self.reload()  # the reads failed: this one reports why
            return
        self._latest.drop()
        self._show(loaded)
        self.reload_backup_status()

    def _show(self, summary: DashboardSummary) -> None:
        self.summary = summary
        self.as_of.setText(today_label(summary.today))
        self.tiles[OPEN].set_count(summary.open)
        self.tiles[OVERDUE].set_count(summary.overdue, DANGER if summary.overdue else NEUTRAL)
        self.tiles[DUE_THIS_WEEK].set_count(
            summary.due_this_week, WARNING if summary.due_this_week else NEUTRAL
        )
        self.tiles[AWAITING_IDENTITY].set_count(summary.awaiting_identity)
        self.upcoming_model.set_rows(summary.upcoming)
        self._measure_upcoming_columns()
        self.upcoming_stack.setCurrentWidget(
            self.upcoming if summary.upcoming else self.upcoming_empty
        )
        self.figures_shown.emit()
        if self.charts is not None:
            self.charts.draw(summary)
            self.loaded.emit()
        else:
            self._charts_wanted = True
            self.update()  # the charts come after the next paint

    # -- charts -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._charts_wanted:
            self._charts_wanted = False
            QTimer.singleShot(0, self, self._make_charts)  # once this frame is on screen

    def _make_charts(self) -> None:
        from dsr_desk.ui.views.dashboard_charts import DashboardCharts, finish_tile

        if self.charts is None:
            for tile in self.tiles.values():
                finish_tile(tile)
            self.charts = DashboardCharts()
            self._charts_column.addWidget(self.charts)
        if self.summary is not None:
            self.charts.draw(self.summary)
            self.loaded.emit()

    @property
    def received_chart(self) -> ChartPanel:
        assert self.charts is not None, "the charts are made after the first paint"
        return self.charts.received_chart

    @property
    def median_chart(self) -> ChartPanel:
        assert self.charts is not None, "the charts are made after the first paint"
        return self.charts.median_chart

    # -- narrow windows ---------------------------------------------------------------------

    def _measure_upcoming_columns(self) -> None:
        """The width the columns other than the requester's need for the rows shown: the
        widest text (measured with the table's font, as the item delegate draws it) plus the
        cell's padding, or the header's own width. Once per load, from the texts alone (asking
        the view for every cell's size hint costs tens of milliseconds). The table is never
        made narrower than its reference, its days left and REQUESTER_MIN_WIDTH for the name
        (the charts beside it give way)."""
        table, header, model = self.upcoming, self.upcoming.horizontalHeader(), self.upcoming_model
        metrics = table.fontMetrics()
        padding = CELL_PADDING

        def needed(column: Column) -> int:
            texts = (display(row, column) for row in model.rows)
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            return max(widest + padding, header.sectionSizeHint(column))

        self._upcoming_widths = {
            column: needed(column)
            for column in (Column.REFERENCE, Column.TYPE, Column.DUE, Column.DAYS_LEFT)
        }
        self._upcoming_fixed_width = sum(self._upcoming_widths.values())
        # the columns never hidden, and the requester's least: the layout keeps that room
        least = (
            self._upcoming_widths[Column.REFERENCE]
            + self._upcoming_widths[Column.DAYS_LEFT]
            + REQUESTER_MIN_WIDTH
        )
        table.setMinimumWidth(least + 2 * table.frameWidth() + SCROLL_BAR_EXTENT)
        if table.isVisible():  # else its first resize fits it, at its real width
            self._fit_upcoming_columns()

    def _fit_upcoming_columns(self) -> None:
        """Hide the Type column (it stays in the row tooltip) when the requester's name would
        otherwise be squeezed below REQUESTER_MIN_WIDTH; then the Due date too (the tooltip and
        the days left, "Overdue by 3 days", still say it) if that is not enough."""
        table = self.upcoming
        room = table.viewport_width - REQUESTER_MIN_WIDTH
        narrow = room < self._upcoming_fixed_width
        narrower = room < self._upcoming_fixed_width - self._upcoming_widths.get(Column.TYPE, 0)
        if table.isColumnHidden(Column.TYPE) != narrow:
            table.setColumnHidden(Column.TYPE, narrow)
        if table.isColumnHidden(Column.DUE) != narrower:
            table.setColumnHidden(Column.DUE, narrower)

    # -- interaction ------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_request.emit(self.upcoming_model.row_at(index.row()).reference)

    def clear(self) -> None:
        """Drop all personal data from the widgets (on lock)."""
        self._latest.drop()  # a load still on its way is dropped
        self._backup_latest.drop()
        self.summary = None
        self.backup_status = None
        self.backup_warning.hide()
        self.as_of.clear()
        for tile in self.tiles.values():
            tile.set_count(None)
        self.upcoming_model.set_rows(())
        self.upcoming_stack.setCurrentWidget(self.upcoming_empty)
        if self.charts is not None:
            self.charts.clear()

"""The dashboard: four count tiles (click to list those requests), the next deadlines, and two
charts over the last twelve months (requests received by type, median days to answer).

Everything comes from one read (``services.dashboard.dashboard_summary``) run on the DB worker;
the page reloads when shown and after writes (``operation_done``), never on a timer.
"""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from dsr_desk.domain.request_kinds import RequestType
from dsr_desk.services.dashboard import DashboardSummary
from dsr_desk.ui.first_reads import DASHBOARD as FIRST_DASHBOARD
from dsr_desk.ui.first_reads import FirstReads
from dsr_desk.ui.models.upcoming_table import Column, UpcomingTableModel
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.reads import Summary, load_summary
from dsr_desk.ui.session import AppSession

# Keys emitted by ``show_requests`` (the register's filters use the same words).
OPEN, OVERDUE, DUE_THIS_WEEK, AWAITING_IDENTITY = (
    "open",
    "overdue",
    "due_this_week",
    "awaiting_identity",
)

MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# One fixed, colour-blind-safe colour per request type (Okabe-Ito), whatever types are shown.
TYPE_COLOURS = {
    RequestType.ACCESS: "#0072b2",
    RequestType.RECTIFICATION: "#56b4e9",
    RequestType.ERASURE: "#d55e00",
    RequestType.RESTRICTION: "#f0e442",
    RequestType.OBJECTION: "#cc79a7",
    RequestType.PORTABILITY: "#009e73",
    RequestType.MARKETING_OPT_OUT: "#e69f00",
    RequestType.CONSENT_WITHDRAWAL: "#8c8c8c",
}
MEDIAN_COLOUR = "#0072b2"
CHART_MIN_WIDTH = 400
AXIS_ALLOWANCE = 80  # value axis, its title and the margins, left of the first category
LABEL_PADDING = 9  # Qt Charts elides a label that fills its category
REQUESTER_MIN_WIDTH = 140

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
QPushButton#countTile[tone="danger"] { background: #fdecea; border-left-color: #b3261e; }
QPushButton#countTile[tone="warning"] { background: #fff4e0; border-left-color: #8a5300; }
QPushButton#countTile[tone="danger"] QLabel { color: #b3261e; }
QPushButton#countTile[tone="warning"] QLabel { color: #8a5300; }
QLabel#tileHint { color: palette(placeholder-text); }
"""


def type_label(rtype: str) -> str:
    return rtype.replace("-", " ").capitalize()


def today_label(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {day:%d/%m/%Y}"


def month_label(month_key: str) -> str:
    """``2025-04`` → ``Apr`` (the axis title gives the years)."""
    return MONTH_NAMES[int(month_key.split("-")[1]) - 1]


def period_label(months: list[str]) -> str:
    """``2025-04``…``2026-03`` → ``Apr 2025 – Mar 2026``."""
    if not months:
        return ""
    first, last = months[0], months[-1]
    return f"{month_label(first)} {first[:4]} – {month_label(last)} {last[:4]}"


def nice_step(maximum: float) -> float:
    """A 1-2-5 tick interval giving about five ticks up to ``maximum``."""
    raw = max(maximum, 1.0) / 5
    magnitude = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    for factor in (1, 2, 5, 10):
        if magnitude * factor >= raw:
            return float(magnitude * factor)
    return float(magnitude * 10)  # pragma: no cover - the loop always returns


class CountTile(QPushButton):
    """A big number and what it counts; a button, so mouse, keyboard and screen readers work."""

    def __init__(self, key: str, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key, self.title = key, title
        self.setObjectName("countTile")
        self.setProperty("tone", NEUTRAL)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(f"{hint}\nClick to list these requests.")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(96)

        self.count_label = QLabel("—")
        self.count_label.setObjectName("tileCount")
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2.4)
        big.setBold(True)
        self.count_label.setFont(big)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("tileTitle")
        bold = QFont(self.font())
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.hint_label = QLabel(hint)
        self.hint_label.setObjectName("tileHint")
        for label in (self.count_label, self.title_label, self.hint_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 12, 8)
        layout.setSpacing(0)
        layout.addWidget(self.count_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)
        self.setAccessibleName(title)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        margins = self._layout.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        self.hint_label.setVisible(self.hint_label.sizeHint().width() <= room)  # else: tooltip

    @property
    def count_text(self) -> str:
        return self.count_label.text()

    def set_count(self, count: int | None, tone: str = NEUTRAL) -> None:
        self.count_label.setText("—" if count is None else f"{count:,}".replace(",", " "))
        self.setAccessibleName(f"{self.title}: {self.count_label.text()}")
        if self.property("tone") != tone:
            self.setProperty("tone", tone)
            for widget in (self, self.count_label, self.title_label, self.hint_label):
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    @property
    def tone(self) -> str:
        return str(self.property("tone"))


def _panel_title(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def _empty_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("emptyState")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet(
        "QLabel#emptyState { color: palette(placeholder-text); font-style: italic;"
        " border: 1px dashed palette(mid); border-radius: 6px; }"
    )
    return label


def _new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 8, 4))
    layout = chart.layout()
    if layout is not None:
        layout.setContentsMargins(0, 0, 0, 0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


class _ResizingChartView(QChartView):
    """A chart view that says when it was resized (no event filter on a child: a filter object
    that dies before the widget it watches is a crash risk in PySide)."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class _UpcomingTable(QTableView):
    """The upcoming-deadlines table; says when its viewport (not the frame) changed size."""

    viewport_resized = Signal()

    def viewportEvent(self, event: QEvent) -> bool:
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:
            self.viewport_resized.emit()
        return handled


class _ChartPanel(QStackedWidget):
    """A chart (with a wrapping legend under it), or a sentence saying why it is empty."""

    def __init__(self, title: str, empty_text: str, object_name: str) -> None:
        super().__init__()
        self.chart = _new_chart(title)
        self.chart.legend().setVisible(False)  # the QLabel below wraps; QLegend truncates
        self.view = _ResizingChartView(self.chart)
        self.view.setObjectName(object_name)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setMinimumSize(CHART_MIN_WIDTH, 200)  # twelve month names must fit
        self.legend = QLabel()
        self.legend.setObjectName(f"{object_name}Legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.legend.hide()
        page = QWidget()
        page.setObjectName("chartPage")
        page.setStyleSheet("QWidget#chartPage { background: white; }")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 6)
        column.setSpacing(0)
        column.addWidget(self.view, 1)
        column.addWidget(self.legend)
        self.page = page
        self.empty = _empty_label(empty_text)
        self.addWidget(page)
        self.addWidget(self.empty)
        self.show_empty(True)
        self.view.resized.connect(self.fit_category_labels)

    def fit_category_labels(self) -> None:
        """Month names stand upright when the categories are too narrow for them (Qt Charts
        would elide them to "…")."""
        for axis in self.chart.axes(Qt.Orientation.Horizontal):
            if isinstance(axis, QBarCategoryAxis) and axis.count():
                metrics = QFontMetrics(axis.labelsFont())
                widest = max(metrics.horizontalAdvance(label) for label in axis.categories())
                room = (self.view.width() - AXIS_ALLOWANCE) / axis.count()
                axis.setLabelsAngle(0 if room >= widest + LABEL_PADDING else -90)

    def reset(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.legend.clear()
        self.legend.hide()

    def set_legend(self, entries: list[tuple[str, str]]) -> None:
        """``(label, colour)`` pairs, shown as coloured squares that wrap onto lines."""
        self.legend.setText(
            "&nbsp;&nbsp; ".join(
                f'<span style="color:{colour}; font-size:large">&#9632;</span>&nbsp;'
                f"{html.escape(label).replace(' ', '&nbsp;')}"
                for label, colour in entries
            )
        )
        self.legend.setVisible(bool(entries))

    def show_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.empty if empty else self.page)

    @property
    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty


class DashboardView(QWidget):
    show_requests = Signal(str)  # OPEN, OVERDUE, DUE_THIS_WEEK or AWAITING_IDENTITY
    loaded = Signal()  # a summary is on screen
    open_request = Signal(str)  # reference

    def __init__(self, session: AppSession, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session, self._ops = session, ops
        self._generation = 0
        self.summary: DashboardSummary | None = None
        self.setStyleSheet(TILE_STYLE)

        heading = QLabel("Dashboard")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        heading.setFont(font)
        self.as_of = QLabel()
        self.as_of.setObjectName("dashboardDate")
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.as_of)

        self.tiles = {
            OPEN: CountTile(OPEN, "Open", "Not answered yet"),
            OVERDUE: CountTile(OVERDUE, "Overdue", "Past the due date, not on hold"),
            DUE_THIS_WEEK: CountTile(DUE_THIS_WEEK, "Due this week", "Due in the next 7 days"),
            AWAITING_IDENTITY: CountTile(
                AWAITING_IDENTITY, "Awaiting identity", "Proof of ID asked, not received"
            ),
        }
        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        for key, tile in self.tiles.items():
            tile.clicked.connect(lambda _checked=False, key=key: self.show_requests.emit(key))
            tiles.addWidget(tile)

        self.upcoming_model = UpcomingTableModel(self)
        self._upcoming_fixed_width = 0  # see _measure_upcoming_columns
        self.upcoming = _UpcomingTable()
        self.upcoming.setObjectName("upcomingTable")
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
        self.upcoming_empty = _empty_label("No open deadline ahead.")
        self.upcoming_stack = QStackedWidget()
        self.upcoming_stack.addWidget(self.upcoming)
        self.upcoming_stack.addWidget(self.upcoming_empty)
        self.upcoming_stack.setCurrentWidget(self.upcoming_empty)

        left = QVBoxLayout()
        left.addWidget(_panel_title("Upcoming deadlines"))
        left.addWidget(self.upcoming_stack, 1)

        self.received_chart = _ChartPanel(
            "Requests received per month, by type",
            "No request received in the last 12 months.",
            "receivedChart",
        )
        self.median_chart = _ChartPanel(
            "Median days to answer (by month of the answer)",
            "No request answered in the last 12 months.",
            "medianChart",
        )
        right = QVBoxLayout()
        right.addWidget(self.received_chart, 3)
        right.addWidget(self.median_chart, 2)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addLayout(left, 1)
        body.addLayout(right, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addSpacing(4)
        layout.addLayout(body, 1)

        # A double-click (or Enter) emits ``activated``; with no edit trigger a double-click
        # also emits ``doubleClicked``: connecting both would act twice.
        self.upcoming.activated.connect(self._activated)
        self.upcoming.viewport_resized.connect(self._fit_upcoming_columns)
        ops.operation_done.connect(self._on_operation_done)

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Fetch fresh data (called when the page is shown and after operations)."""
        self._generation += 1
        self._ops.run(load_summary, self._session, self._generation, on_done=self._show)

    def start_with(self, reads: FirstReads) -> None:
        """The figures from the reads made at unlock (no second read)."""
        loaded: Summary | None = reads.take(FIRST_DASHBOARD)
        if loaded is None:
            self.reload()  # the reads failed: this one reports why
            return
        self._generation += 1
        self._show(replace(loaded, generation=self._generation))

    def _on_operation_done(self, kind: str) -> None:
        if self.isVisible() and kind.startswith(("request", "entity", "demo")):
            self.reload()

    def _show(self, loaded: Summary) -> None:
        if loaded.generation != self._generation:
            return  # cleared, or a newer reload is on its way
        summary = self.summary = loaded.summary
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
        self._draw_received(summary)
        self._draw_median(summary)
        self.loaded.emit()

    # -- charts -----------------------------------------------------------------------------

    def _draw_received(self, summary: DashboardSummary) -> None:
        panel = self.received_chart
        panel.reset()
        if summary.total_received == 0:
            panel.show_empty(True)
            return
        position = {month: i for i, month in enumerate(summary.months)}
        counts: dict[str, list[int]] = {}
        for month, rtype, count in summary.per_month:
            counts.setdefault(rtype, [0] * len(summary.months))[position[month]] += count
        series = QStackedBarSeries()
        legend: list[tuple[str, str]] = []
        known = [(t.value, TYPE_COLOURS[t]) for t in RequestType]
        unknown = [(t, "#5f6368") for t in sorted(set(counts) - {t.value for t in RequestType})]
        for rtype, colour in known + unknown:
            values = counts.get(rtype)
            if values:
                series.append(self._bar_set(type_label(rtype), values, colour))
                legend.append((type_label(rtype), colour))
        series.setBarWidth(0.7)
        series.hovered.connect(self._bar_hovered)
        panel.chart.addSeries(series)
        axis_x = self._month_axis(summary.months)
        panel.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        panel.fit_category_labels()
        totals = [0] * len(summary.months)
        for month, _rtype, count in summary.per_month:
            totals[position[month]] += count
        axis_y = self._value_axis("Requests", max(totals))
        panel.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        panel.set_legend(legend)
        panel.show_empty(False)

    def _draw_median(self, summary: DashboardSummary) -> None:
        panel = self.median_chart
        panel.reset()
        if not summary.median_days_to_answer:
            panel.show_empty(True)
            return
        position = {month: i for i, month in enumerate(summary.months)}
        line = QLineSeries()
        line.setName("Median days from receipt to answer")
        pen = QPen(QColor(MEDIAN_COLOUR))
        pen.setWidthF(2.5)
        line.setPen(pen)
        line.setPointsVisible(True)
        line.setPointLabelsVisible(True)
        line.setPointLabelsFormat("@yPoint")
        line.setPointLabelsClipping(False)
        for month, median in summary.median_days_to_answer:
            line.append(float(position[month]), median)
        panel.chart.addSeries(line)
        axis_x = self._month_axis(summary.months)
        panel.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        line.attachAxis(axis_x)
        panel.fit_category_labels()
        highest = max(median for _, median in summary.median_days_to_answer)
        axis_y = self._value_axis("Days", highest * 1.15)
        panel.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        line.attachAxis(axis_y)
        panel.show_empty(False)

    def _bar_hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if not status or self.summary is None:
            QToolTip.hideText()
            return
        month = self.summary.months[index]
        count = int(bar_set.at(index))
        text = f"{bar_set.label()} · {month_label(month)} {month[:4]}: {count}"
        QToolTip.showText(QCursor.pos(), text, self.received_chart.view)

    @staticmethod
    def _bar_set(label: str, values: list[int], colour: str) -> QBarSet:
        bar_set = QBarSet(label)
        bar_set.setColor(QColor(colour))
        bar_set.setBorderColor(QColor(colour))
        bar_set.append([float(v) for v in values])
        return bar_set

    @staticmethod
    def _month_axis(months: list[str]) -> QBarCategoryAxis:
        axis = QBarCategoryAxis()
        axis.append([month_label(m) for m in months])
        axis.setTitleText(period_label(months))
        axis.setGridLineVisible(False)
        return axis

    @staticmethod
    def _value_axis(title: str, maximum: float) -> QValueAxis:
        step = nice_step(maximum)
        top = step * max(1, -(-maximum // step))
        axis = QValueAxis()
        axis.setTitleText(title)
        axis.setLabelFormat("%d")
        axis.setRange(0, top)
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0)
        axis.setTickInterval(step)
        return axis

    # -- narrow windows ---------------------------------------------------------------------

    def _measure_upcoming_columns(self) -> None:
        """The width the columns other than the requester's need for the rows shown: the
        widest text (measured with the table's font, as the item delegate draws it) plus the
        cell's padding, or the header's own width. Once per load, from the texts alone (asking
        the view for every cell's size hint costs tens of milliseconds)."""
        table, header, model = self.upcoming, self.upcoming.horizontalHeader(), self.upcoming_model
        metrics = table.fontMetrics()
        padding = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        rows = [model.row_at(index) for index in range(model.rowCount())]

        def needed(column: Column) -> int:
            texts = (model.display(row, column) for row in rows)
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            return max(widest + padding, header.sectionSizeHint(column))

        self._upcoming_fixed_width = sum(
            needed(column)
            for column in (Column.REFERENCE, Column.TYPE, Column.DUE, Column.DAYS_LEFT)
        )
        if table.isVisible():  # else its first resize fits it, at its real width
            self._fit_upcoming_columns()

    def _fit_upcoming_columns(self) -> None:
        """Hide the Type column (it stays in the row tooltip) when the requester's name would
        otherwise be squeezed below REQUESTER_MIN_WIDTH."""
        table = self.upcoming
        narrow = table.viewport().width() < self._upcoming_fixed_width + REQUESTER_MIN_WIDTH
        if table.isColumnHidden(Column.TYPE) != narrow:
            table.setColumnHidden(Column.TYPE, narrow)

    # -- interaction ------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_request.emit(self.upcoming_model.row_at(index.row()).reference)

    def clear(self) -> None:
        """Drop all personal data from the widgets (on lock)."""
        self._generation += 1  # a load still on its way is dropped
        self.summary = None
        self.as_of.clear()
        for tile in self.tiles.values():
            tile.set_count(None)
        self.upcoming_model.clear()
        self.upcoming_stack.setCurrentWidget(self.upcoming_empty)
        for panel in (self.received_chart, self.median_chart):
            panel.reset()
            panel.show_empty(True)

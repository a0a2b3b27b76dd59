"""The dashboard's two charts over the last twelve months: requests received per month by type
(stacked bars) and the median days to answer (a line).

Qt Charts is imported with this module, which the dashboard loads after its first paint: the
tiles and the deadlines are on screen first, the charts follow a moment later. The tiles are
finished here too (``finish_tile``): what they need from PySide's ``Qt`` namespace waits for
that paint (``ui.enum_properties``).
"""

from __future__ import annotations

import html

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QLabel, QStackedWidget, QToolTip, QVBoxLayout, QWidget

from dsr_desk.domain.request_kinds import RequestType
from dsr_desk.services.read.dashboard import DashboardSummary
from dsr_desk.ui.kind_words import type_label
from dsr_desk.ui.style import is_dark
from dsr_desk.ui.views.dashboard_view import CHART_MIN_WIDTH, CountTile
from dsr_desk.ui.widgets.labels import empty_state_label

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
    RequestType.AUTOMATED_DECISION: "#56b4e9",
}
MEDIAN_COLOUR = "#0072b2"
CHART_MIN_HEIGHT = 130  # both charts, their legend and the tiles in a 1024×640 window
AXIS_ALLOWANCE = 80  # value axis, its title and the margins, left of the first category
LABEL_PADDING = 9  # Qt Charts elides a label that fills its category
# Below the value axis's labels: the month names, the period's title and the margins; and the
# height each of its labels takes (Qt Charts elides them all to "…" when they would touch).
VALUE_AXIS_ALLOWANCE = 50
TICK_SPACING = 26


def scale_value_axis(axis: QValueAxis, highest: float, height: int) -> None:
    """From 0 to a round value above ``highest``, with two to five labelled ticks, as many as
    a chart ``height`` px high has room for."""
    ticks = max(2, min(5, (height - VALUE_AXIS_ALLOWANCE) // TICK_SPACING))
    step = nice_step(highest, ticks)
    top = step * max(1, -(-highest // step))
    if (axis.max(), axis.tickInterval()) != (top, step):
        axis.setRange(0, top)
        axis.setTickInterval(step)


def month_label(month_key: str) -> str:
    """``2025-04`` → ``Apr`` (``avr.`` in French; the axis title gives the years)."""
    return QLocale().standaloneMonthName(
        int(month_key.split("-")[1]), QLocale.FormatType.ShortFormat
    )


def narrow_month_labels(months: list[str]) -> list[str]:
    """``2025-04``… → ``A``, ``M``, ``J``… (the locale's narrow names) for a narrow chart. A
    category axis keeps one of equal labels: a repeated letter (June, July) is told apart by
    zero-width spaces, which draw nothing."""
    labels: list[str] = []
    for month in months:
        letter = QLocale().standaloneMonthName(
            int(month.split("-")[1]), QLocale.FormatType.NarrowFormat
        )
        labels.append(letter + "\u200b" * sum(label.rstrip("\u200b") == letter for label in labels))
    return labels


def _level_fits(metrics: QFontMetrics, labels: list[str], room: float) -> bool:
    """Each label fits its category's ``room`` written level (Qt Charts elides it else)."""
    return room >= max(metrics.horizontalAdvance(label) for label in labels) + LABEL_PADDING


def period_label(months: list[str]) -> str:
    """``2025-04``…``2026-03`` → ``Apr 2025 – Mar 2026``."""
    if not months:
        return ""
    first, last = months[0], months[-1]
    return f"{month_label(first)} {first[:4]} – {month_label(last)} {last[:4]}"


def nice_step(maximum: float, ticks: int = 5) -> float:
    """A 1-2-5 tick interval giving about ``ticks`` ticks up to ``maximum``."""
    raw = max(maximum, 1.0) / ticks
    magnitude = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    for factor in (1, 2, 5, 10):
        if magnitude * factor >= raw:
            return float(magnitude * factor)
    return float(magnitude * 10)  # pragma: no cover - the loop always returns


def finish_tile(tile: CountTile) -> None:
    """The pointing hand on a count tile, and its labels let the mouse through to the button."""
    tile.setCursor(Qt.CursorShape.PointingHandCursor)
    for label in (tile.count_label, tile.title_label, tile.hint_label):
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


def _new_chart() -> QChart:
    chart = QChart()  # its title is a label above it (a chart elides a long one)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    # the system's light or dark palette (the bars keep their own colours)
    palette = QGuiApplication.palette()
    chart.setTheme(
        QChart.ChartTheme.ChartThemeDark if is_dark(palette) else QChart.ChartTheme.ChartThemeLight
    )
    chart.setBackgroundBrush(palette.base())
    chart.legend().setLabelBrush(palette.text())
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


class ChartPanel(QStackedWidget):
    """A chart with its title above it and a legend under it (both wrapping labels), or a
    sentence saying why it is empty.

    The title and the legend are as high as their lines at the panel's width (``fit_labels``):
    a stacked widget does not pass a wrapping label's height for width on to the layouts
    above it, which then gave the panel one line's height and the legend was drawn over the
    month axis."""

    def __init__(self, title: str, empty_text: str, object_name: str) -> None:
        super().__init__()
        self.months: list[str] = []  # the categories' months (``2025-04``…), when drawn
        self.highest = 0.0  # the value axis's highest value, when drawn
        self.chart = _new_chart()
        self.title = QLabel(title)
        self.title.setObjectName(f"{object_name}Title")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 10.0))
        self.title.setFont(font)
        self.chart.legend().setVisible(False)  # the QLabel below wraps; QLegend truncates
        self.view = _ResizingChartView(self.chart)
        self.view.setObjectName(object_name)
        self.view.setAccessibleName(title)  # an image: its title, and its figures described
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setMinimumSize(CHART_MIN_WIDTH, CHART_MIN_HEIGHT)  # twelve months fit
        self.legend = QLabel()
        self.legend.setObjectName(f"{object_name}Legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.legend.hide()
        page = QWidget()
        page.setObjectName("chartPage")
        page.setStyleSheet("QWidget#chartPage { background: palette(base); }")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 4, 0, 6)
        column.setSpacing(0)
        column.addWidget(self.title)
        column.addWidget(self.view, 1)
        column.addWidget(self.legend)
        self.page = page
        self.empty = empty_state_label(empty_text)
        self.addWidget(page)
        self.addWidget(self.empty)
        self.show_empty(True)
        self.view.resized.connect(self.fit_category_labels)
        self.view.resized.connect(self.fit_value_axis)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_labels()

    def fit_labels(self) -> None:
        """The title's and the legend's heights: their wrapped lines at the panel's width."""
        for label in (self.title, self.legend):
            if label.isHidden():
                continue
            needed = label.heightForWidth(self.width())
            if needed > 0 and (label.minimumHeight(), label.maximumHeight()) != (needed, needed):
                label.setFixedHeight(needed)

    def fit_value_axis(self) -> None:
        """Fewer ticks on a short chart (1024×640), so that its values are not elided."""
        for axis in self.chart.axes(Qt.Orientation.Vertical):
            if isinstance(axis, QValueAxis) and self.highest:
                scale_value_axis(axis, self.highest, self.view.height())

    def fit_category_labels(self) -> None:
        """Short month names ("Apr") when the categories are wide enough, else their initials
        ("A"), else the short names upright: never elided to "…" by Qt Charts. Upright names
        take a third of a short chart's height, which the 1024×640 window does not have."""
        for axis in self.chart.axes(Qt.Orientation.Horizontal):
            if isinstance(axis, QBarCategoryAxis) and self.months:
                metrics = QFontMetrics(axis.labelsFont())
                room = (self.view.width() - AXIS_ALLOWANCE) / len(self.months)
                short = [month_label(month) for month in self.months]
                narrow = narrow_month_labels(self.months)
                level = _level_fits(metrics, short, room)
                if not level and _level_fits(metrics, narrow, room):
                    short, level = narrow, True
                if axis.categories() != short:
                    axis.setCategories(short)
                axis.setLabelsAngle(0 if level else -90)

    def reset(self) -> None:
        self.months = []
        self.highest = 0.0
        self.view.setAccessibleDescription("")
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
        self.fit_labels()

    def show_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.empty if empty else self.page)

    @property
    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty


class DashboardCharts(QWidget):
    """Both charts, one above the other; ``draw`` fills them from a summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: DashboardSummary | None = None
        self.received_chart = ChartPanel(
            self.tr("Requests received per month, by type"),
            self.tr("No request received in the last 12 months."),
            "receivedChart",
        )
        self.median_chart = ChartPanel(
            self.tr("Median days to answer (by month of the answer)"),
            self.tr("No request answered in the last 12 months."),
            "medianChart",
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.received_chart, 3)
        column.addWidget(self.median_chart, 2)

    def draw(self, summary: DashboardSummary) -> None:
        self.summary = summary
        self._draw_received(summary)
        self._draw_median(summary)

    def clear(self) -> None:
        self.summary = None
        for panel in (self.received_chart, self.median_chart):
            panel.reset()
            panel.show_empty(True)

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
        panel.months = list(summary.months)
        panel.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        panel.fit_category_labels()
        totals = [0] * len(summary.months)
        for month, _rtype, count in summary.per_month:
            totals[position[month]] += count
        panel.highest = max(totals)
        axis_y = self._value_axis(self.tr("Requests"), panel)
        panel.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        panel.set_legend(legend)
        per_month = [
            "{month}: {counts}".format(
                month=f"{month_label(month)} {month[:4]}",
                counts=", ".join(
                    f"{type_label(rtype)} {values[index]}"
                    for rtype, values in counts.items()
                    if values[index]
                ),
            )
            for index, month in enumerate(summary.months)
            if totals[index]
        ]
        panel.view.setAccessibleDescription(
            self.tr("Requests received, by month and type: {months}.").format(
                months="; ".join(per_month)
            )
        )
        panel.show_empty(False)

    def _draw_median(self, summary: DashboardSummary) -> None:
        panel = self.median_chart
        panel.reset()
        if not summary.median_days_to_answer:
            panel.show_empty(True)
            return
        position = {month: i for i, month in enumerate(summary.months)}
        line = QLineSeries()
        line.setName(self.tr("Median days from receipt to answer"))
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
        panel.months = list(summary.months)
        panel.chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        line.attachAxis(axis_x)
        panel.fit_category_labels()
        highest = max(median for _, median in summary.median_days_to_answer)
        panel.highest = highest * 1.15
        axis_y = self._value_axis(self.tr("Days"), panel)
        panel.chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        line.attachAxis(axis_y)
        panel.view.setAccessibleDescription(
            self.tr("Median days to answer, by month: {months}.").format(
                months="; ".join(
                    f"{month_label(month)} {month[:4]}: {QLocale().toString(median, 'g', 3)}"
                    for month, median in summary.median_days_to_answer
                )
            )
        )
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
    def _value_axis(title: str, panel: ChartPanel) -> QValueAxis:
        axis = QValueAxis()
        axis.setTitleText(title)
        axis.setLabelFormat("%d")
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0)
        scale_value_axis(axis, panel.highest, panel.view.height())
        return axis

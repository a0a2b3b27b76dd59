"""The dashboard on real widgets: tiles, upcoming deadlines, charts, refresh after writes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCharts import QLineSeries, QStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleFactory
from pytestqt.qtbot import QtBot

from dsr_desk.domain.requests import InformationKind, Outcome, RequestType
from dsr_desk.services import requests as svc
from dsr_desk.ui.models.upcoming_table import Column, days_left_text
from dsr_desk.ui.models.urgency import (
    DUE_SOON_COLOUR,
    OVERDUE_COLOUR,
    due_soon_colour,
    overdue_colour,
)
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.views.dashboard_charts import nice_step
from dsr_desk.ui.views.dashboard_view import (
    AWAITING_IDENTITY,
    CELL_PADDING,
    DANGER,
    DUE_THIS_WEEK,
    NEUTRAL,
    OPEN,
    OVERDUE,
    WARNING,
    DashboardView,
)

# Showing a top-level widget on the offscreen platform always logs this plugin limitation;
# every other Qt warning still fails the test.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def _add(
    session: AppSession,
    ops: Ops,
    name: str,
    received: date,
    rtype: RequestType = RequestType.ACCESS,
) -> str:
    detail = ops.call(
        lambda: svc.register_request(session.uow(), type=rtype, received_on=received, name=name)
    )
    return str(detail.reference)


def _populate(session: AppSession, ops: Ops) -> dict[str, str]:
    """Today is Friday 20/03/2026."""
    refs = {
        "overdue": _add(session, ops, "Jeanne Martin", date(2026, 2, 10)),  # due 10/03
        "soon": _add(session, ops, "Paul Durand", date(2026, 2, 25), RequestType.ERASURE),
        "later": _add(session, ops, "Amina Benali", date(2026, 3, 18), RequestType.OBJECTION),
        "waiting": _add(session, ops, "Luc Moreau", date(2026, 3, 16)),
        "closed": _add(session, ops, "Léa Roux", date(2026, 1, 5), RequestType.ERASURE),
    }
    ops.call(
        lambda: svc.ask_for_information(
            session.uow(), refs["waiting"], InformationKind.IDENTITY, "ID card copy"
        )
    )
    ops.call(
        lambda: svc.close(
            session.uow(),
            refs["closed"],
            Outcome.COMPLETED,
            on=date(2026, 1, 19),
            late_reason="recorded after the fact",
        )
    )
    return refs


def _view(qtbot: QtBot, session: AppSession, ops: Ops) -> DashboardView:
    view = DashboardView(session, ops)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.loaded):  # the charts too: they are drawn after a paint
        view.reload()
    return view


def test_tiles_table_and_charts(qtbot: QtBot, app_session: AppSession, ops: Ops) -> None:
    refs = _populate(app_session, ops)
    view = _view(qtbot, app_session, ops)

    counts = {key: tile.count_text for key, tile in view.tiles.items()}
    assert counts == {OPEN: "4", OVERDUE: "1", DUE_THIS_WEEK: "1", AWAITING_IDENTITY: "1"}
    assert view.tiles[OVERDUE].tone == DANGER
    assert view.tiles[OVERDUE].title_label.text() == "Overdue"  # said in words, not only red
    assert view.tiles[DUE_THIS_WEEK].tone == WARNING
    assert view.tiles[OPEN].tone == NEUTRAL
    assert view.tiles[OVERDUE].accessibleName() == "Overdue: 1"
    assert view.as_of.text() == "Friday 20/03/2026"

    model = view.upcoming_model
    assert view.upcoming_stack.currentWidget() is view.upcoming
    rows = [[model.index(r, c).data() for c in Column] for r in range(model.rowCount())]
    assert rows == [  # the overdue request first, said in words as well as in red
        [refs["overdue"], "Jeanne Martin", "Access", "10/03/2026", "Overdue by 10 days"],
        [refs["soon"], "Paul Durand", "Erasure", "25/03/2026", "In 5 days"],
        [refs["later"], "Amina Benali", "Objection", "20/04/2026", "In 31 days"],
    ]
    foreground = Qt.ItemDataRole.ForegroundRole
    assert all(
        model.index(0, column).data(foreground) == OVERDUE_COLOUR for column in Column
    )  # the whole overdue row is red (a light palette here)
    soon_due, later_due = model.index(1, Column.DUE), model.index(2, Column.DUE)
    assert soon_due.data(foreground) == DUE_SOON_COLOUR  # within 7 days: amber, and "5 days"
    assert later_due.data(foreground) is None
    assert model.index(1, Column.REFERENCE).data(foreground) is None
    alignment = model.index(1, Column.DAYS_LEFT).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert model.index(1, Column.REFERENCE).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert (
        model.index(2, Column.TYPE)
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith(f"{refs['later']} · Objection · ")
    )
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Reference", "Requester", "Type", "Due", "Days left"]
    assert not model.flags(soon_due) & Qt.ItemFlag.ItemIsEditable

    # Finished after the first paint (see ui.enum_properties): the hand, clicks through labels.
    tile = view.tiles[OPEN]
    assert tile.cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert tile.count_label.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    assert not view.received_chart.is_empty
    (bars,) = view.received_chart.chart.series()
    assert isinstance(bars, QStackedBarSeries)
    by_label = {s.label(): [int(s.at(i)) for i in range(s.count())] for s in bars.barSets()}
    assert set(by_label) == {"Access", "Erasure", "Objection"}
    assert by_label["Access"][-2:] == [1, 1]  # February: Jeanne; March: Luc
    assert by_label["Erasure"][-3:] == [1, 1, 0]  # January: Léa; February: Paul
    axis_x = view.received_chart.chart.axes(Qt.Orientation.Horizontal)[0]
    assert axis_x.titleText() == "Apr 2025 – Mar 2026"
    assert "Access" in view.received_chart.legend.text()

    assert not view.median_chart.is_empty
    (line,) = view.median_chart.chart.series()
    assert isinstance(line, QLineSeries)
    assert [(p.x(), p.y()) for p in line.points()] == [(9.0, 14.0)]  # January: 14 days


def test_tiles_and_upcoming_emit_navigation(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    refs = _populate(app_session, ops)
    view = _view(qtbot, app_session, ops)

    for key in (OVERDUE, OPEN, DUE_THIS_WEEK, AWAITING_IDENTITY):
        with qtbot.waitSignal(view.show_requests) as shown:
            qtbot.mouseClick(view.tiles[key], Qt.MouseButton.LeftButton)
        assert shown.args == [key]

    view.tiles[OPEN].setFocus()
    with qtbot.waitSignal(view.show_requests) as shown:
        qtbot.keyClick(view.tiles[OPEN], Qt.Key.Key_Space)  # keyboard users too
    assert shown.args == [OPEN]

    opened: list[str] = []
    view.open_request.connect(opened.append)
    second = view.upcoming.visualRect(view.upcoming_model.index(2, Column.REQUESTER)).center()
    qtbot.mouseClick(view.upcoming.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert opened == []  # a single click only selects
    qtbot.mouseDClick(view.upcoming.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert opened == [refs["later"]]  # once, not twice

    view.upcoming.setFocus()
    qtbot.keyClick(view.upcoming, Qt.Key.Key_Up)
    qtbot.keyClick(view.upcoming, Qt.Key.Key_Return)
    assert opened == [refs["later"], refs["soon"]]


def test_refreshes_after_a_write_and_clears_on_lock(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    _populate(app_session, ops)
    view = _view(qtbot, app_session, ops)
    assert view.tiles[OPEN].count_text == "4"

    ops.run(
        lambda: svc.register_request(
            app_session.uow(), type=RequestType.ACCESS, received_on=date(2026, 3, 19), name="X Y"
        ),
    )
    qtbot.waitUntil(lambda: view.tiles[OPEN].count_text == "5")
    qtbot.waitUntil(lambda: view.upcoming_model.rowCount() == 4)

    view.clear()
    assert all(tile.count_text == "—" for tile in view.tiles.values())
    assert view.tiles[OVERDUE].tone == NEUTRAL
    assert view.upcoming_model.rowCount() == 0
    assert view.received_chart.is_empty and view.median_chart.is_empty
    assert view.received_chart.chart.series() == []
    assert view.as_of.text() == ""


def test_charts_come_after_the_first_paint(qtbot: QtBot, app_session: AppSession, ops: Ops) -> None:
    _populate(app_session, ops)
    view = DashboardView(app_session, ops)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.figures_shown):
        view.reload()
    assert view.tiles[OPEN].count_text == "4"
    assert view.charts is None  # never painted: the figures only
    view.resize(1200, 800)
    with qtbot.waitSignal(view.loaded):
        view.show()
    assert view.charts is not None
    assert not view.received_chart.is_empty and not view.median_chart.is_empty

    with qtbot.waitSignal(view.loaded):  # made once: later loads draw them at once
        view.reload()
    view.clear()
    assert view.received_chart.is_empty and view.received_chart.chart.series() == []


def test_empty_vault_shows_empty_states(qtbot: QtBot, app_session: AppSession, ops: Ops) -> None:
    view = _view(qtbot, app_session, ops)
    assert {tile.count_text for tile in view.tiles.values()} == {"0"}
    assert view.tiles[OVERDUE].tone == NEUTRAL
    assert view.upcoming_stack.currentWidget() is view.upcoming_empty
    assert view.upcoming_empty.text() == "No open deadline ahead."
    assert view.received_chart.is_empty
    assert view.received_chart.empty.text() == "No request received in the last 12 months."
    assert view.median_chart.is_empty


def test_narrow_page_keeps_names_and_months_readable(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    _populate(app_session, ops)
    view = _view(qtbot, app_session, ops)
    axis = view.received_chart.chart.axes(Qt.Orientation.Horizontal)[0]
    assert not view.upcoming.isColumnHidden(Column.TYPE)
    assert axis.labelsAngle() == 0
    assert axis.categories()[:3] == ["Apr", "May", "Jun"]

    view.resize(820, 700)
    qtbot.waitUntil(lambda: view.upcoming.isColumnHidden(Column.TYPE))
    # the months' initials, level (not "…", nor upright names taking a third of the chart)
    qtbot.waitUntil(lambda: axis.categories()[0] == "A")
    assert [label.rstrip("\u200b") for label in axis.categories()] == list("AMJJASONDJFM")
    assert len(set(axis.categories())) == 12 and axis.labelsAngle() == 0
    tooltip = view.upcoming_model.index(1, Column.REQUESTER).data(Qt.ItemDataRole.ToolTipRole)
    assert "Erasure" in tooltip  # the hidden type is still told

    view.resize(780, 640)  # a 1024×640 window: the due date goes too, the days left say it
    qtbot.waitUntil(lambda: view.upcoming.isColumnHidden(Column.DUE))
    assert "25/03/2026" in tooltip  # and the tooltip gives the date
    table = view.upcoming
    shown = [c for c in Column if not table.isColumnHidden(c)]
    assert sum(table.columnWidth(c) for c in shown) <= table.viewport().width()  # no clipping

    view.resize(1200, 800)
    qtbot.waitUntil(lambda: not view.upcoming.isColumnHidden(Column.TYPE))
    assert not view.upcoming.isColumnHidden(Column.DUE)
    qtbot.waitUntil(lambda: axis.categories()[0] == "Apr")
    assert axis.labelsAngle() == 0


def test_nice_axis_steps() -> None:
    assert [nice_step(m) for m in (0, 1, 4, 12, 19, 48, 230, 1800)] == [
        1.0,
        1.0,
        1.0,
        5.0,
        5.0,
        10.0,
        50.0,
        500.0,
    ]


def test_cell_padding_is_the_fusion_styles(qapp: QApplication) -> None:
    fusion = QStyleFactory.create("Fusion")
    margin = fusion.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
    assert 2 * (margin + 1) == CELL_PADDING


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (-3, "Overdue by 3 days"),
        (-1, "Overdue by 1 day"),
        (0, "Due today"),
        (1, "Tomorrow"),
        (3, "In 3 days"),
    ],
)
def test_upcoming_days_in_words(days: int, words: str) -> None:
    """ "Due today" never reads like "in 3 days", and overdue says it."""
    assert days_left_text(days) == words


def test_overdue_red_stays_readable_on_a_dark_palette(qapp: QApplication) -> None:
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    light = QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    light.setColor(QPalette.ColorRole.Text, QColor("#000000"))

    def contrast(one: QColor, two: QColor) -> float:
        def luminance(colour: QColor) -> float:
            def channel(value: float) -> float:
                return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

            return (
                0.2126 * channel(colour.redF())
                + 0.7152 * channel(colour.greenF())
                + 0.0722 * channel(colour.blueF())
            )

        high, low = sorted((luminance(one), luminance(two)), reverse=True)
        return (high + 0.05) / (low + 0.05)

    for palette in (dark, light):
        base = palette.color(QPalette.ColorRole.Base)
        assert contrast(overdue_colour(palette), base) >= 4.5  # WCAG AA for text
        assert contrast(due_soon_colour(palette), base) >= 4.5

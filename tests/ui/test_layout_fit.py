"""The main window fits a 1024×640 screen, in English and in French (issue 17, item 2).

On real widgets, offscreen: every page of the main window and an opened request file are laid
out in a 1024×640 window; no widget forces the window wider (its minimum size hint stays within
1024 px) and the request file's primary actions stay visible. ``DSR_DESK_LAYOUT_PNG=<folder>``
renders each page to PNG there (to look at them)."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QValueAxis
from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dsr_desk.demo.seed import seed_demo_data
from dsr_desk.domain.clock import FixedClock
from dsr_desk.domain.requests import Outcome, RequestType
from dsr_desk.services import requests as svc
from dsr_desk.services import team
from dsr_desk.storage.pg_engine import TeamDatabase, create_team_engine
from dsr_desk.ui.dialogs.new_request_dialog import NewRequestDialog
from dsr_desk.ui.main_window import PAGES, REQUESTS, SETTINGS, MainWindow
from dsr_desk.ui.models.request_table import Column
from dsr_desk.ui.models.upcoming_table import Column as UpcomingColumn
from dsr_desk.ui.models.upcoming_table import display
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.screen_fit import fitted_size
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.style import STYLESHEET
from dsr_desk.ui.translation import apply_language, remove_translators
from dsr_desk.ui.views.dashboard_charts import ChartPanel
from dsr_desk.ui.views.dashboard_view import CELL_PADDING, REQUESTER_MIN_WIDTH
from dsr_desk.ui.views.register_view import WIDTHS_KEY
from dsr_desk.ui.views.request_view import RequestFileView
from dsr_desk.ui.views.settings_entities import WORDING_TAB

WIDTH, HEIGHT = 1024, 640
PLACEHOLDER_MARGINS = 12  # a line edit's frame and text margins, either side


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    from PySide6.QtCore import QLocale

    before = QLocale()
    assert apply_language(qapp, request.param) == request.param
    yield request.param
    remove_translators(qapp)
    QLocale.setDefault(before)
    qapp.setProperty("dsrDeskLanguage", None)


def _add(session: AppSession, ops: Ops, name: str, received: date, rtype: RequestType) -> str:
    detail = ops.call(
        lambda: svc.register_request(
            session.uow(),
            type=rtype,
            received_on=received,
            name=name,
            email="jeanne.martin-dupont@exemple.fr",
            summary="Copie de mon dossier scolaire",
        )
    )
    return str(detail.reference)


def _render(widget: QWidget, name: str) -> None:
    folder = os.environ.get("DSR_DESK_LAYOUT_PNG")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _too_wide(window: MainWindow) -> int | None:
    """The width the window needs, when more than 1024 px (None when it fits)."""
    QApplication.processEvents()
    needed = max(window.minimumSizeHint().width(), window.width())
    return needed if needed > WIDTH else None


def _clipped(root: QWidget) -> list[str]:
    """The texts of ``root``'s shown, word-wrapped labels given less height than they need."""
    return [
        label.text()
        for label in root.findChildren(QLabel)
        if label.isVisibleTo(root)
        and label.wordWrap()
        and label.text()
        and label.height() < label.heightForWidth(label.width())
    ]


def test_every_page_and_a_request_file_fit_1024(
    qtbot: QtBot, language: str, app_session: AppSession, ops: Ops
) -> None:
    QSettings().remove(WIDTHS_KEY)  # the default widths
    ref = _add(app_session, ops, "Jeanne Martin-Dupont", date(2026, 2, 10), RequestType.ACCESS)
    _add(app_session, ops, "Paul Durand", date(2026, 3, 16), RequestType.ERASURE)
    window = MainWindow(app_session, ops)
    qtbot.addWidget(window)
    window.setStyleSheet(STYLESHEET)  # the application's style sheet, on this window only
    window.resize(WIDTH, HEIGHT)
    window.start()
    window.show()
    qtbot.waitExposed(window)
    too_wide: dict[str, int | None] = {}
    for index, page in enumerate(PAGES):
        window.resize(WIDTH, HEIGHT)
        window.show_page(index)
        qtbot.wait(100)
        too_wide[page] = _too_wide(window)
        _render(window, f"{language}-page{index}")

    window.resize(WIDTH, HEIGHT)
    view = window.open_request(ref)
    qtbot.waitUntil(lambda: view.file is not None)
    qtbot.wait(50)
    too_wide["request file"] = _too_wide(window)
    for name, button in view.request_actions.buttons.items():
        if button.isEnabled():  # what can be done now: shown, inside the window
            assert button.isVisibleTo(window), name
            right = button.mapTo(window, button.rect().topRight()).x()
            assert 0 <= right < window.width(), name
    _render(window, f"{language}-request")
    assert _clipped(view) == []
    if os.environ.get("DSR_DESK_LAYOUT_PNG"):
        qtbot.wait(300)
        _render(window, f"{language}-request-later")
        window.resize(WIDTH - 1, HEIGHT)
        qtbot.wait(100)
        _render(window, f"{language}-request-resized")
    assert {page: width for page, width in too_wide.items() if width} == {}


def _shown_whole(label: QLabel) -> bool:
    """The label has the room its text needs: its width on one line, or (wrapping) the
    height of its lines at its width (Qt would elide or cut the text otherwise)."""
    if label.wordWrap():
        return label.height() >= label.heightForWidth(label.width())
    return label.width() >= label.sizeHint().width() and label.height() >= label.sizeHint().height()


def _in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


def _axis_clipping(panel: ChartPanel) -> list[str]:
    """Axis labels Qt Charts would elide to "…": values closer than a line of text apart,
    level month names wider than their category."""
    found: list[str] = []
    plot = panel.chart.plotArea()
    name = panel.view.objectName()
    for axis in panel.chart.axes():
        metrics = QFontMetrics(axis.labelsFont())
        if isinstance(axis, QValueAxis):
            gaps = round(axis.max() / axis.tickInterval())
            if plot.height() / gaps < metrics.height():
                found.append(f"{name}: {gaps + 1} values in {plot.height():.0f} px")
        elif isinstance(axis, QBarCategoryAxis) and axis.labelsAngle() == 0:
            room = plot.width() / axis.count()
            for label in axis.categories():
                if metrics.horizontalAdvance(label) > room:
                    found.append(f"{name}: month {label!r} wider than {room:.0f} px")
    return found


def _dashboard_clipping(window: MainWindow) -> list[str]:
    """What the dashboard cuts, hides or draws over: tile texts, the chart legend, the upcoming
    deadlines' cells and headers."""
    found: list[str] = []
    dashboard = window.dashboard
    page = dashboard.rect()
    for tile in dashboard.tiles.values():
        labels = (tile.count_label, tile.title_label, tile.hint_label)
        for label in labels:
            if not label.isVisibleTo(window):
                found.append(f"tile {tile.title!r}: {label.text()!r} hidden")
            elif not _shown_whole(label) or not tile.rect().contains(label.geometry()):
                found.append(f"tile {tile.title!r}: {label.text()!r} cut")
        shown = [label for label in labels if label.isVisibleTo(window)]
        for upper, lower in itertools.pairwise(shown):
            if upper.geometry().intersects(lower.geometry()):
                found.append(f"tile {tile.title!r}: {lower.text()!r} over {upper.text()!r}")
        if not page.contains(_in(tile, dashboard)):
            found.append(f"tile {tile.title!r} out of the page")
    for panel in (dashboard.received_chart, dashboard.median_chart):
        view, legend, title = panel.view, panel.legend, panel.title
        if not title.isVisibleTo(window) or not _shown_whole(title):
            found.append(f"title of {view.objectName()} cut")
        if _in(title, dashboard).intersects(_in(view, dashboard)):
            found.append(f"title of {view.objectName()} over its chart")
        found += _axis_clipping(panel)
        if view.height() < view.minimumHeight():
            found.append(f"chart {view.objectName()} squeezed to {view.height()} px")
        if not page.contains(_in(panel, dashboard)):
            found.append(f"chart {view.objectName()} out of the page")
        if legend.isVisibleTo(window):
            if not _shown_whole(legend):
                found.append(f"legend of {view.objectName()} cut")
            if _in(legend, dashboard).intersects(_in(view, dashboard)):
                found.append(f"legend of {view.objectName()} over its chart")
            if not _in(panel, dashboard).contains(_in(legend, dashboard)):
                found.append(f"legend of {view.objectName()} out of its panel")
    table = dashboard.upcoming
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    shown = [c for c in UpcomingColumn if not table.isColumnHidden(c)]
    for column in shown:
        width = header.sectionSize(column)
        if width < header.sectionSizeHint(column):
            found.append(f"header {column.name} cut ({width} px)")
        for row in dashboard.upcoming_model.rows:
            text = display(row, column)
            if metrics.horizontalAdvance(text) + CELL_PADDING > width:
                found.append(f"{column.name} {text!r} elided ({width} px)")
    if header.sectionSize(UpcomingColumn.REQUESTER) < REQUESTER_MIN_WIDTH:
        found.append(f"requester squeezed to {header.sectionSize(UpcomingColumn.REQUESTER)} px")
    if sum(header.sectionSize(c) for c in shown) > table.viewport().width():
        found.append("the upcoming table scrolls sideways")
    return found


@pytest.mark.parametrize(
    "size", [QSize(WIDTH, HEIGHT), QSize(1280, 800)], ids=["1024x640", "1280x800"]
)
def test_the_dashboard_shows_every_text_whole(
    qtbot: QtBot, language: str, size: QSize, app_session: AppSession, ops: Ops
) -> None:
    """At 1024×640 and 1280×800, in English and in French, with the backup warning shown: no
    tile loses its subtitle or cuts its title, the chart legend (every request type, on
    several lines) lies under its chart, not over the month axis, and the upcoming table
    shows its headers, references, days left and requesters' names whole."""
    names = iter(
        [
            "Jeanne Martin-Dupont",
            "Sébastien Alexandre",
            "Emmanuelle Rivière",
            "Madeleine Rousseau",
            "Paul Durand",
            "Amina Benali",
            "Luc Moreau",
            "Anastasie Albert",
            "Thierry Chartier",
        ]
    )
    _add(app_session, ops, next(names), date(2026, 2, 10), RequestType.ACCESS)  # overdue
    for day, rtype in enumerate(t for t in RequestType if t is not RequestType.ACCESS):
        _add(app_session, ops, next(names), date(2026, 2, 12 + 2 * day), rtype)
    closed = _add(app_session, ops, "Léa Roux", date(2026, 1, 5), RequestType.ERASURE)
    ops.call(
        lambda: svc.close(
            app_session.uow(),
            closed,
            Outcome.COMPLETED,
            on=date(2026, 1, 19),
            late_reason="recorded after the fact",
        )
    )
    window = MainWindow(app_session, ops)
    qtbot.addWidget(window)
    window.setStyleSheet(STYLESHEET)
    window.resize(size)
    window.start()
    window.show()
    qtbot.waitExposed(window)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: dashboard.charts is not None and dashboard.backup_status is not None)
    qtbot.waitUntil(dashboard.backup_warning.isVisible)  # no backup yet
    qtbot.wait(100)
    _render(window, f"{language}-dashboard-{size.width()}")
    assert dashboard.received_chart.legend.isVisible()
    assert len(dashboard.upcoming_model.rows) == 9
    taller = [f"window {window.height()} px high"] if window.height() > size.height() else []
    assert taller + _dashboard_clipping(window) == []


def test_the_register_keeps_the_users_column_widths(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    QSettings().remove(WIDTHS_KEY)
    window = MainWindow(app_session, ops)
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.start()
    window.show_page(REQUESTS)
    table = window.register.table
    qtbot.waitUntil(lambda: table.isColumnHidden(Column.ENTITY))  # one entity
    header = table.horizontalHeader()
    default = header.sectionSize(Column.TYPE)
    assert header.sectionResizeMode(Column.REQUESTER) is QHeaderView.ResizeMode.Stretch
    header.resizeSection(Column.TYPE, default + 57)  # as a drag of the user's would
    window.close()

    again = MainWindow(app_session, ops)
    qtbot.addWidget(again)
    again.start()
    again.show_page(REQUESTS)
    assert again.register.table.horizontalHeader().sectionSize(Column.TYPE) == default + 57
    # the entity column, hidden with one entity, comes back at its width with a second one
    again.register.set_entities(["Groupe Scolaire Exemple", "Collège Exemple"])
    assert not again.register.table.isColumnHidden(Column.ENTITY)
    assert again.register.table.horizontalHeader().sectionSize(Column.ENTITY) >= 100


def _register_at_1024(qtbot: QtBot, session: AppSession, ops: Ops) -> MainWindow:
    """The register as the screenshots show it: the application's style sheet, a 1024×640
    window, the demo data's entities (long names) and requests."""
    window = MainWindow(session, ops)
    qtbot.addWidget(window)
    window.setStyleSheet(STYLESHEET)
    window.resize(WIDTH, HEIGHT)
    window.start()
    window.show()
    qtbot.waitExposed(window)
    window.show_page(REQUESTS)
    table = window.register.table
    qtbot.waitUntil(lambda: window.register.model.rowCount() > 20)
    qtbot.waitUntil(lambda: not table.isColumnHidden(Column.ENTITY))  # several entities
    qtbot.wait(50)
    return window


def test_the_registers_columns_fit_1024_with_demo_data(
    qtbot: QtBot, language: str, app_session: AppSession, ops: Ops
) -> None:
    """No horizontal scrolling; every header's word whole (bold, as the style sheet has it);
    the reference, dates and days left whole; the requester not squeezed; what is elided is
    said whole in a tooltip; a width the user sets is kept (issue 17, item 2)."""
    QSettings().remove(WIDTHS_KEY)
    ops.call(lambda: seed_demo_data(app_session.uow(), 40))
    window = _register_at_1024(qtbot, app_session, ops)
    _render(window, f"{language}-register")
    assert window.width() == WIDTH
    table, model = window.register.table, window.register.model
    header = table.horizontalHeader()
    shown = [column for column in Column if not table.isColumnHidden(column)]
    assert header.length() <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    bold = QFont(table.font())
    bold.setWeight(QFont.Weight.DemiBold)
    words = QFontMetrics(bold)
    cells = table.fontMetrics()
    for column in shown:
        word = model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= words.horizontalAdvance(word) + 12, word
    for column in (Column.REFERENCE, Column.RECEIVED, Column.DUE, Column.DAYS_LEFT):
        for row in range(model.rowCount()):
            text = model.index(row, column).data()
            assert cells.horizontalAdvance(text) + 6 <= header.sectionSize(column), text
    assert header.sectionSize(Column.REQUESTER) >= cells.horizontalAdvance("n" * 15)
    for column in (Column.TYPE, Column.ENTITY, Column.STATUS, Column.REQUESTER):
        index = model.index(0, column)
        assert index.data() in index.data(Qt.ItemDataRole.ToolTipRole)

    # sorted: the header's arrow takes room too, and its word stays whole
    table.sortByColumn(Column.DAYS_LEFT, Qt.SortOrder.AscendingOrder)
    qtbot.wait(50)
    assert header.sectionSize(Column.DAYS_LEFT) >= header.sectionSizeHint(Column.DAYS_LEFT)
    assert table.horizontalScrollBar().maximum() == 0

    header.resizeSection(Column.STATUS, 150)  # as a drag of the user's would
    window.close()
    again = _register_at_1024(qtbot, app_session, ops)
    again_header = again.register.table.horizontalHeader()
    assert again_header.sectionSize(Column.STATUS) == 150
    assert again.register.table.horizontalScrollBar().maximum() == 0


def test_the_letter_dialog_opens_within_the_screen(
    qtbot: QtBot, app_session: AppSession, ops: Ops
) -> None:
    """It asks for 1100×820; on a smaller screen (offscreen: 800×600) it opens within the
    available geometry, and it can shrink to a 1366×768 laptop's."""
    ref = _add(app_session, ops, "Jeanne Martin", date(2026, 3, 2), RequestType.ACCESS)
    view = RequestFileView(app_session, ops, ref)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded):
        view.reload()
    view.request_actions.buttons["letters"].click()
    dialog = view.documents.letter_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768 - 40, hint


def test_a_large_window_is_fitted_to_the_screen(qapp: QApplication) -> None:
    screen = qapp.primaryScreen().availableGeometry()
    fitted = fitted_size(QSize(screen.width() + 300, 200))
    assert fitted.width() < screen.width() and fitted.height() == 200
    assert fitted_size(QSize(300, 200)) == QSize(300, 200)


def _dark_palette() -> QPalette:
    palette = QPalette()
    dark, text = QColor(40, 42, 46), QColor(230, 230, 230)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button):
        palette.setColor(role, dark)
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
        palette.setColor(role, QColor(30, 31, 34))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(role, text)
    palette.setColor(QPalette.ColorRole.Mid, QColor(70, 72, 76))
    palette.setColor(QPalette.ColorRole.Midlight, QColor(60, 62, 66))
    return palette


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    before = qapp.palette()
    qapp.setPalette(_dark_palette())
    yield
    qapp.setPalette(before)


def _lightness(widget: QWidget, x: int, y: int) -> int:
    return widget.grab().toImage().pixelColor(x, y).lightness()


def test_a_dark_palette_reaches_the_headers_navigation_and_charts(
    qtbot: QtBot, dark: None, app_session: AppSession, ops: Ops
) -> None:
    _add(app_session, ops, "Jeanne Martin", date(2026, 3, 2), RequestType.ACCESS)
    window = MainWindow(app_session, ops)
    qtbot.addWidget(window)
    window.setStyleSheet(STYLESHEET)  # the application's style sheet, on this window only
    window.resize(WIDTH, HEIGHT)
    window.start()
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.dashboard.findChild(ChartPanel) is not None, timeout=5000)
    for panel in window.dashboard.findChildren(ChartPanel):
        assert panel.chart.backgroundBrush().color().lightness() < 80
    _render(window, "dark-dashboard")
    nav = window.nav
    assert _lightness(nav, nav.width() // 2, nav.height() - 10) < 80  # below the items
    window.show_page(REQUESTS)
    qtbot.waitUntil(lambda: window.register.model.rowCount() == 1)
    header = window.register.table.horizontalHeader()
    assert _lightness(header, header.sectionViewportPosition(0) + 3, 3) < 80
    _render(window, "dark-register")


@pytest.fixture
def wide_font(qapp: QApplication) -> Iterator[None]:
    """A wider font than the default (DejaVu Sans Mono here; Cantarell or Noto Sans on a
    desktop): the navigation must follow the application's font."""
    before = qapp.font()
    qapp.setFont(QFont("DejaVu Sans Mono"))
    yield
    qapp.setFont(before)


@pytest.mark.usefixtures("wide_font")
def test_the_navigation_fits_its_longest_page_name(
    qtbot: QtBot, language: str, app_session: AppSession, ops: Ops
) -> None:
    window = MainWindow(app_session, ops)
    qtbot.addWidget(window)
    window.setStyleSheet(STYLESHEET)
    window.show()
    qtbot.waitExposed(window)
    nav = window.nav
    metrics = QFontMetrics(nav.font())  # the style sheet's font
    for row in range(nav.count()):
        text = nav.item(row).text()
        room = nav.visualItemRect(nav.item(row)).width() - 2 * 14  # the item's padding
        assert metrics.horizontalAdvance(text) <= room, text


def test_the_new_request_dialogs_labels_are_shown_whole(
    qtbot: QtBot, language: str, app_session: AppSession, ops: Ops
) -> None:
    dialog = NewRequestDialog(app_session, ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _render(dialog, f"{language}-new-request")
    form = dialog.findChild(QFormLayout)
    assert form is not None
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel) and label.isVisible() and label.text():
            assert label.width() >= label.sizeHint().width(), label.text()
    assert form.horizontalSpacing() >= 12


def _settings_clipping(window: MainWindow, shown: QWidget) -> list[str]:
    """What the Settings tab ``shown`` scrolls sideways, cuts or elides: a scroll area wider
    than its viewport (a form, a table, a list), a label shorter or narrower than its text, a
    button, check box or tab bar narrower than its words."""
    found: list[str] = []
    for area in shown.findChildren(QAbstractScrollArea):
        if area.isVisibleTo(window) and area.horizontalScrollBar().maximum() > 0:
            found.append(f"{area.objectName() or type(area).__name__} scrolls sideways")
    for label in shown.findChildren(QLabel):
        if label.isVisibleTo(window) and label.text() and not _shown_whole(label):
            found.append(f"label {label.text()!r} cut ({label.width()}×{label.height()} px)")
    for edit in shown.findChildren(QLineEdit):
        hint = edit.placeholderText()
        room = edit.width() - PLACEHOLDER_MARGINS
        shown_empty = edit.isVisibleTo(window) and hint and not edit.text()
        if shown_empty and edit.fontMetrics().horizontalAdvance(hint) > room:
            found.append(f"example {hint!r} cut ({edit.width()} px)")
    for button in shown.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.width() < button.sizeHint().width():
            found.append(f"button {button.text()!r} cut ({button.width()} px)")
    for bar in shown.findChildren(QTabBar):
        if bar.isVisibleTo(window) and bar.width() < bar.sizeHint().width():
            found.append(f"tabs {[bar.tabText(i) for i in range(bar.count())]} cut")
    return found


def _settings_cuts(qtbot: QtBot, window: MainWindow, size: QSize, name: str) -> list[str]:
    """Each tab of the Settings page in turn (an entity's general settings, processing
    register and letter wording; the preferences, backups and vault), in ``window`` shown at
    ``size``: what each scrolls sideways, cuts or elides, and a window wider than 1024 px."""
    window.setStyleSheet(STYLESHEET)
    window.resize(size)
    window.start()
    window.show()
    qtbot.waitExposed(window)
    window.show_page(SETTINGS)
    settings = window.settings
    entities = settings.entities_tab
    qtbot.waitUntil(lambda: entities.entity_list.count() == 1)
    found: list[str] = []
    tabs = [(entities, index) for index in range(entities.entity_tabs.count())]
    for number, (tab, index) in enumerate([*tabs, (settings.preferences_tab, None)]):
        settings.tabs.setCurrentWidget(tab)
        if index is not None:
            entities.entity_tabs.setCurrentIndex(index)
        if index == WORDING_TAB:
            qtbot.waitUntil(lambda: entities.wording_editor.placeholders.count() > 0)
        qtbot.wait(100)
        title = settings.tabs.tabText(settings.tabs.currentIndex())
        if index is not None:
            title += " / " + entities.entity_tabs.tabText(index)
        _render(window, f"{name}-{size.width()}-{number}")
        found += [f"{title}: {cut}" for cut in _settings_clipping(window, tab)]
        if (needed := _too_wide(window)) and size.width() == WIDTH:
            found.append(f"{title}: the window needs {needed} px")
    if window.size() != size:
        found.append(f"the window grew to {window.width()}×{window.height()} px")
    return found


@pytest.mark.parametrize(
    "size", [QSize(WIDTH, HEIGHT), QSize(1280, 800)], ids=["1024x640", "1280x800"]
)
def test_the_settings_page_shows_every_text_whole(
    qtbot: QtBot, language: str, size: QSize, app_session: AppSession, ops: Ops
) -> None:
    """At 1024×640 and 1280×800, in English and in French: each tab of the Settings page
    scrolls only up and down, and shows its labels, buttons and tabs whole (the French
    preferences needed 780 px, wider than the page; the register's table and the wording's
    placeholders scrolled sideways; the register's status line was squeezed to 65 px)."""
    window = MainWindow(app_session, ops)
    qtbot.addWidget(window)
    cuts = _settings_cuts(qtbot, window, size, f"{language}-settings")
    assert cuts == [], "\n".join(cuts)


@pytest.fixture
def team_session(
    pg_empty_url: str, clock: FixedClock, data_dir: Path, ops: Ops
) -> Iterator[AppSession]:
    """A team database set up by its DPO, who is logged in."""
    database = TeamDatabase(create_team_engine(pg_empty_url))
    password = "orchard velvet compass harbour"
    team.create_team(database, clock, "camille", password, {"name": "Lycée Exemple"})
    session = AppSession(data_dir, clock, "camille", None)
    session.attach_team(database, team.log_in(database, clock, "camille", password))
    yield session
    ops.call(session.lock)


@pytest.mark.postgres
@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_the_settings_page_fits_1024_in_french_on_a_team_server(
    qtbot: QtBot, language: str, team_session: AppSession, ops: Ops
) -> None:
    """The same on a team database (its vault box: the server, the account, "Work on this
    workstation instead…"), in French at 1024×640."""
    window = MainWindow(team_session, ops)
    qtbot.addWidget(window)
    cuts = _settings_cuts(qtbot, window, QSize(WIDTH, HEIGHT), f"{language}-team-settings")
    assert window.settings.preferences_tab.work_here_button.isVisibleTo(window)
    assert cuts == [], "\n".join(cuts)

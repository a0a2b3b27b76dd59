"""What a screen reader and a keyboard user meet on a window, checked on real widgets.

``unnamed(root)``: the visible focusable widgets that have no name — neither an accessible name,
nor a label whose buddy they are, nor visible text of their own (a button's words, a checkable
group's title, a tab bar's tabs). A symbol (``✕``, ``…``) is no name: a name has a letter or a
digit. Charts are images: each needs a name and a description, focusable or not.

``tab_walk(root)``: the widgets the Tab key visits from the first focus, by real key presses,
until the focus comes back to where it started; ``tab_problems`` says what is wrong with it —
a trap (Tab leaves the focus where it is, or cycles without coming back), a focusable widget
Tab never reaches, or a step backwards in reading order within a group.

Reading order, defined so as to be meaningful and not flaky (positions are the layout's, not
the timing's): two consecutive stops *a* → *b* with the same parent widget (a group: a dialog's
body, a group box, a tab's page, a button row) are in order when *b* is on a later line (its
top below *a*'s vertical middle), on the same line to the right of *a*, or at the top of a
later column (wholly to the right of *a*). A step to a different group is not judged (a group is
visited as a whole; which group comes first is the layout's nesting).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabBar,
    QTableView,
    QWidget,
)

SLACK = 4  # pixels: a row's widgets of different heights are still on one line
SECTIONS = 4  # Tab presses a widget may keep (a date edit's day, month, year) before a trap


def _has_words(text: str) -> bool:
    return any(ch.isalnum() for ch in text.replace("&", ""))


def focus_target(widget: QWidget) -> QWidget:
    """The widget that takes the focus for ``widget`` (a spin box's line edit → the spin box's
    proxy chain resolved)."""
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def focusable(root: QWidget) -> list[QWidget]:
    """The visible, enabled widgets of ``root`` that Tab can land on (a focus proxy stands for
    the widget it serves)."""
    found: list[QWidget] = []
    for widget in root.findChildren(QWidget):
        if widget.focusProxy() is not None or not widget.isVisibleTo(root):
            continue
        if not widget.isEnabled() or not widget.isVisible():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.window() is not root.window():
            continue
        found.append(widget)
    return found


def buddy_text(widget: QWidget, root: QWidget) -> str:
    """The text of a visible label whose buddy is ``widget`` (or a widget it proxies for)."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not label.isVisibleTo(root):
            continue
        if buddy is widget or focus_target(buddy) is widget:
            return label.text()
    return ""


def name_of(widget: QWidget, root: QWidget) -> str:
    """What a screen reader announces as ``widget``'s name ('' when nothing)."""
    for text in (widget.accessibleName(), buddy_text(widget, root)):
        if _has_words(text):
            return text
    if isinstance(widget, QAbstractButton) and _has_words(widget.text()):
        return widget.text()
    if isinstance(widget, QGroupBox) and _has_words(widget.title()):
        return widget.title()
    if isinstance(widget, QTabBar) and widget.count():
        texts = [widget.tabText(index) for index in range(widget.count())]
        if all(_has_words(text) for text in texts):
            return " / ".join(texts)
    return ""


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName()}"


def unnamed(root: QWidget) -> list[str]:
    """The focusable widgets of ``root`` without a name, and the charts without a name or a
    description."""
    from PySide6.QtCharts import QChartView

    missing = [_describe(widget) for widget in focusable(root) if not name_of(widget, root)]
    for chart in root.findChildren(QChartView):
        if chart.isVisibleTo(root) and not (
            _has_words(chart.accessibleName()) and _has_words(chart.accessibleDescription())
        ):
            missing.append(_describe(chart))
    return missing


def header_problems(root: QWidget) -> list[str]:
    """Tables whose column headers do not reach a screen reader as the model's headers."""
    problems: list[str] = []
    for view in root.findChildren(QTableView):
        model = view.model()
        if not view.isVisibleTo(root) or model is None:
            continue
        interface = QAccessible.queryAccessibleInterface(view)
        announced = [
            interface.child(index).text(QAccessible.Text.Name)
            for index in range(interface.childCount())
            if interface.child(index).role() == QAccessible.Role.ColumnHeader
        ]
        expected = [
            str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for column in range(model.columnCount(QModelIndex()))
        ]
        if announced and announced != expected:
            problems.append(f"{_describe(view)}: {announced} != {expected}")
    return problems


@dataclass(frozen=True)
class Stop:
    widget: QWidget
    rect: QRect  # in the window's coordinates


def tab_walk(root: QWidget, limit: int = 0) -> tuple[list[Stop], str]:
    """Press Tab from the first focus until the focus is back where it started: the stops in
    order and '' — or the stops so far and what went wrong (a trap)."""
    window = root.window()
    start = QApplication.focusWidget()
    if start is None or start.window() is not window:
        window.focusNextChild()
        start = QApplication.focusWidget()
    if start is None:
        return [], "nothing has the focus"
    limit = limit or 2 * len(focusable(window)) + 4
    stops: list[Stop] = []
    current = start
    stayed = 0
    for _ in range(limit):
        if not stayed:
            stops.append(Stop(current, QRect(current.mapTo(window, QPoint(0, 0)), current.size())))
        QTest.keyClick(current, Qt.Key.Key_Tab)
        following = QApplication.focusWidget()
        if following is None:
            return stops, f"Tab from {_describe(current)} left nothing focused"
        if following is start and following is not current:
            return stops, ""
        if following is current:  # a date's next section, or a trap
            stayed += 1
            if stayed > SECTIONS:
                alone = focusable(window) == [current]  # a window of one button
                return stops, "" if alone else f"Tab is trapped in {_describe(current)}"
            continue
        if any(stop.widget is following for stop in stops):
            return stops, f"Tab cycles at {_describe(following)} without coming back"
        current, stayed = following, 0
    return stops, f"no way back to the first focus after {limit} presses"


def _in_order(a: QWidget, b: QWidget, rect_a: QRect, rect_b: QRect) -> bool:
    if a.isAncestorOf(b):  # into a container (a scroll area, then its fields)
        return True
    if rect_b.top() >= rect_a.center().y() - SLACK:  # a later line
        return True
    # the same line to the right, or the top of a later column
    return rect_b.left() >= rect_a.right() - SLACK


def tab_problems(root: QWidget) -> list[str]:
    """Traps, unreachable widgets and steps backwards in reading order, on ``root``'s window
    (the focus chain is the window's); only steps between widgets inside ``root`` are judged."""
    stops, trap = tab_walk(root)
    problems = [trap] if trap else []
    visited = {id(stop.widget) for stop in stops}
    problems += [
        f"Tab never reaches {_describe(widget)}"
        for widget in focusable(root)
        if id(widget) not in visited
    ]

    def inside(stop: Stop) -> bool:
        return stop.widget is root or root.isAncestorOf(stop.widget)

    judged = [stop for stop in stops if inside(stop)]
    if not judged:
        return problems
    # When the first focus is not the first field (a dialog focusing its main field), the walk
    # wraps once from the end of the window to its beginning: that step is no disorder.
    first = min(judged, key=lambda stop: (stop.rect.top(), stop.rect.left()))
    wrapped = False
    for before, after in itertools.pairwise(stops):
        if not (inside(before) and inside(after)):
            continue
        if _in_order(before.widget, after.widget, before.rect, after.rect):
            continue
        if after is first and not wrapped:
            wrapped = True
            continue
        problems.append(
            f"Tab goes back from {_describe(before.widget)} {before.rect.getRect()}"
            f" to {_describe(after.widget)} {after.rect.getRect()}"
        )
    return problems

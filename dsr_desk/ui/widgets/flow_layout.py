"""A layout that wraps its widgets onto the next line when the width runs out.

Used for bars of buttons whose labels grow with the language (French labels are longer): the
bar never forces its window wider than its widest button, and keeps every button visible.
A stretch item (``addStretch``) starts the group that is kept at the far end of the bar (the
closing actions of the request file): on one line when the width allows, else wrapped too.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget


class FlowLayout(QLayout):
    """Left-to-right rows of widgets that wrap (height for width)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout ----------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addStretch(self, _stretch: int = 1) -> None:
        """The items after it go to the far end of the line."""
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))

    def setSpacing(self, spacing: int) -> None:
        self._spacing = spacing
        self.invalidate()

    def spacing(self) -> int:
        return self._spacing

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:
        """One line of everything (what the bar would like)."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._spacing * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """The widest item: the bar never asks for more."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    # -- the rows ---------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [
            item
            for item in self._items
            if item.spacerItem() is None and not item.isEmpty()  # hidden widgets are empty
        ]

    def _groups(self) -> tuple[list[QLayoutItem], list[QLayoutItem]]:
        """The items before the stretch (left) and after it (right)."""
        left: list[QLayoutItem] = []
        right: list[QLayoutItem] = []
        current = left
        for item in self._items:
            if item.spacerItem() is not None:
                current = right
            elif not item.isEmpty():
                current.append(item)
        return left, right

    def _do_layout(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        left, right = self._groups()
        rows = self._rows(left + right, area.width())
        y = area.y()
        right_ids = {id(item) for item in right}
        for row in rows:
            height = max(item.sizeHint().height() for item in row)
            if apply:
                x = area.x()
                for item in row:
                    hint = item.sizeHint()
                    item.setGeometry(QRect(QPoint(x, y), QSize(hint.width(), height)))
                    x += hint.width() + self._spacing
                self._push_right(row, right_ids, area)
            y += height + self._spacing
        total = y - self._spacing - area.y() if rows else 0
        return total + m.top() + m.bottom()

    def _push_right(self, row: list[QLayoutItem], right_ids: set[int], area: QRect) -> None:
        """Move the row's right-group items to the far end of the line."""
        tail = [item for item in row if id(item) in right_ids]
        if not tail:
            return
        x = area.right() + 1
        for item in reversed(tail):
            geometry = item.geometry()
            x -= geometry.width()
            item.setGeometry(QRect(QPoint(x, geometry.y()), geometry.size()))
            x -= self._spacing

    def _rows(self, items: list[QLayoutItem], width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = []
        row: list[QLayoutItem] = []
        used = 0
        for item in items:
            needed = item.sizeHint().width()
            if row and used + self._spacing + needed > width:
                rows.append(row)
                row, used = [], 0
            used += needed if not row else self._spacing + needed
            row.append(item)
        if row:
            rows.append(row)
        return rows

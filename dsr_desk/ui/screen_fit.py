"""Window sizes that fit the screen they open on (a 1366×768 laptop, a 1024×640 window)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: the share of the available screen a dialog takes at most (room for the window frame)
SCREEN_SHARE = 0.92


def fitted_size(wanted: QSize, widget: QWidget | None = None) -> QSize:
    """``wanted``, shrunk to the available geometry of the screen (``widget``'s, else the
    primary one): never larger than ``SCREEN_SHARE`` of it."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    area = screen.availableGeometry()
    return wanted.boundedTo(
        QSize(int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE))
    )


def resize_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width``×``height``, or less when the screen is smaller."""
    parent = widget.parentWidget()
    widget.resize(fitted_size(QSize(width, height), parent if parent is not None else widget))

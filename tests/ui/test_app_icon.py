"""Every window of the app carries its icon: the SVG, drawn at whatever size is asked."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from dsr_desk.ui.app import prepare_application
from dsr_desk.ui.style import ICON_PATH


def test_the_application_gives_its_windows_the_svg_icon(qapp: QApplication, qtbot: QtBot) -> None:
    before = qapp.windowIcon()
    names, sheet = (qapp.applicationName(), qapp.organizationName()), qapp.styleSheet()
    try:
        collector = prepare_application(qapp)
        collector.stop()
        assert ICON_PATH.name == "dsr-desk.svg"
        assert ICON_PATH.is_file()
        window = QWidget()
        qtbot.addWidget(window)
        icon = window.windowIcon()
        for size in (16, 48, 256):
            pixmap = icon.pixmap(size, size)
            assert (pixmap.width(), pixmap.height()) == (size, size)
            image = pixmap.toImage()
            centre = image.pixelColor(size // 2, size // 2 + size // 8)
            assert centre.alpha() == 255  # drawn, not an empty square
    finally:  # the other tests' application as it was
        qapp.setWindowIcon(before if not before.isNull() else QIcon())
        qapp.setApplicationName(names[0])
        qapp.setOrganizationName(names[1])
        qapp.setStyleSheet(sheet)

"""What the Settings page's mixins share: the common base (``SettingsHost``), the status line
under a form and the scrolled content of a tab."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

from dsr_desk.ui.mixin_bases import WidgetMixin
from dsr_desk.ui.ops import Ops
from dsr_desk.ui.session import AppSession
from dsr_desk.ui.widgets.entity_form import ERROR_STYLE, OK_STYLE


def status_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def scrolled(content: QWidget, name: str) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


class SettingsHost(WidgetMixin):
    """What the Settings page's mixins (entities, preferences and vault) use of the page they
    are part of, set by ``SettingsView.__init__``; a QWidget for the type checker only."""

    _session: AppSession
    _ops: Ops

    @staticmethod
    def _status(label: QLabel, text: str, *, ok: bool) -> None:
        label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        label.setText(text)

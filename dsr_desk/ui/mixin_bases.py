"""Bases of the mixins that split a big widget class by concern (the request file, the document
viewer, the bundle dialog, the register editor).

A mixin is only ever part of its widget class, so the type checker sees it as that Qt class
(the widget's attributes and methods resolve in it); at run time it is a plain class, and the
widget class lists the Qt class itself after its mixins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    WidgetMixin = QWidget
    DialogMixin = QDialog
else:
    WidgetMixin = object
    DialogMixin = object

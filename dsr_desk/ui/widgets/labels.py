"""Label helpers: user data is always shown as plain text, never interpreted as HTML.

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from dsr_desk.ui.enum_properties import set_enum_property

MUTED = "color: palette(placeholder-text);"  # the palette's own muted text, light or dark


def plain_label(text: str = "", *, selectable: bool = True, wrap: bool = True) -> QLabel:
    """A label that shows user data as plain text (never interpreted as HTML)."""
    label = QLabel(text)
    set_enum_property(label, "textFormat", "PlainText")  # by name: see ui.enum_properties
    label.setWordWrap(wrap)
    if selectable:
        set_enum_property(label, "textInteractionFlags", "TextSelectableByMouse")
    return label


def section(title: str) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title)
    box.setStyleSheet("QGroupBox { font-weight:600; } QGroupBox * { font-weight:normal; }")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(12, 10, 12, 12)
    layout.setSpacing(8)
    return box, layout


def empty_label(text: str) -> QLabel:
    label = plain_label(text, selectable=False)
    label.setStyleSheet(MUTED)
    return label


def empty_state_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A page's or a panel's "nothing to show" sentence: centred, muted, in a dashed frame."""
    label = QLabel(text, parent)
    label.setObjectName("emptyState")
    set_enum_property(label, "alignment", "AlignCenter")
    label.setWordWrap(True)
    label.setStyleSheet(
        "QLabel#emptyState { color: palette(placeholder-text); font-style: italic;"
        " border: 1px dashed palette(mid); border-radius: 6px; }"
    )
    return label


#: What a line edit's frame and text margins take, both sides, with some room to spare.
_EDIT_MARGINS = 28


def whole_example(edit: QLineEdit) -> QLineEdit:
    """``edit``'s example (its placeholder) shown whole: the edit is at least as wide as the
    example (a form that wraps long rows then puts the field under its label, at full width,
    rather than cut the example to "…"), and the example is its tooltip too."""
    example = edit.placeholderText()
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(example) + _EDIT_MARGINS)
    if not edit.toolTip():
        edit.setToolTip(example)
    return edit

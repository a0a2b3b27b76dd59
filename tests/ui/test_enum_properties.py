"""Enum and flag properties set by their keys' names, and the item roles kept as numbers: the
first screen's ways around PySide's ``Qt`` namespace (``ui.enum_properties``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QProgressDialog
from pytestqt.qtbot import QtBot

from dsr_desk.ui.enum_properties import set_enum_property
from dsr_desk.ui.models import item_roles
from dsr_desk.ui.models.row_table import ROW_ROLE, SORT_ROLE
from dsr_desk.ui.widgets.labels import empty_state_label, plain_label


def test_enum_and_flag_properties_by_name(qtbot: QtBot) -> None:
    label = QLabel("<b>not bold</b>")
    qtbot.addWidget(label)
    set_enum_property(label, "textFormat", "PlainText")
    set_enum_property(label, "alignment", "AlignRight|AlignVCenter")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    listing = QListWidget()
    qtbot.addWidget(listing)
    set_enum_property(listing, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
    assert listing.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    dialog = QProgressDialog()
    qtbot.addWidget(dialog)
    set_enum_property(dialog, "windowModality", "WindowModal")
    assert dialog.windowModality() == Qt.WindowModality.WindowModal


def test_a_wrong_name_or_key_is_refused(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match="no enum property 'textFormatt'"):
        set_enum_property(label, "textFormatt", "PlainText")
    assert "textFormatt" not in [bytes(name).decode() for name in label.dynamicPropertyNames()]
    with pytest.raises(ValueError, match="no enum property 'text'"):
        set_enum_property(label, "text", "PlainText")  # a property, but not an enum
    with pytest.raises(ValueError, match=r"'PlainTxt' is not a value of QLabel\.textFormat"):
        set_enum_property(label, "textFormat", "PlainTxt")
    assert label.textFormat() == Qt.TextFormat.AutoText  # unchanged


def test_label_helpers_show_user_data_as_plain_text(qtbot: QtBot) -> None:
    label = plain_label("<i>Dupont</i>")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    empty = empty_state_label("Nothing yet.")
    qtbot.addWidget(empty)
    assert empty.alignment() == Qt.AlignmentFlag.AlignCenter


def test_item_roles_are_qts_own_numbers() -> None:
    assert Qt.ItemDataRole.TextAlignmentRole == item_roles.TEXT_ALIGNMENT_ROLE
    assert Qt.ItemDataRole.ForegroundRole == item_roles.FOREGROUND_ROLE
    assert Qt.AlignmentFlag.AlignRight == item_roles.ALIGN_RIGHT
    assert Qt.AlignmentFlag.AlignVCenter == item_roles.ALIGN_VCENTER
    assert Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter == item_roles.RIGHT_ALIGNED
    assert (Qt.ItemDataRole.UserRole + 1, Qt.ItemDataRole.UserRole + 2) == (SORT_ROLE, ROW_ROLE)

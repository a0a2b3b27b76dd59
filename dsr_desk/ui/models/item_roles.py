"""Item-data roles and alignments as plain numbers (Qt's fixed values), for the models on the
first screen: naming them through ``Qt.ItemDataRole`` would build PySide's whole ``Qt``
namespace there (see ``ui.enum_properties``). ``tests/ui/test_item_roles.py`` checks them
against Qt's own."""

from __future__ import annotations

TOOLTIP_ROLE = 3
TEXT_ALIGNMENT_ROLE = 7
FOREGROUND_ROLE = 9
USER_ROLE = 0x0100

ALIGN_RIGHT = 0x0002
ALIGN_VCENTER = 0x0080
#: Numbers and counts: right-aligned, vertically centred.
RIGHT_ALIGNED = ALIGN_RIGHT | ALIGN_VCENTER

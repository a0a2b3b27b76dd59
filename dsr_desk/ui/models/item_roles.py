"""Item-data roles and alignments as plain numbers (Qt's fixed values), for the deadlines table
on the first screen: naming them through ``Qt.ItemDataRole`` would build PySide's whole ``Qt``
namespace there (see ``ui.enum_properties``). The other models name ``Qt``'s own.
``tests/ui/test_enum_properties.py`` checks these against Qt's.

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

TEXT_ALIGNMENT_ROLE = 7
FOREGROUND_ROLE = 9

ALIGN_RIGHT = 0x0002
ALIGN_VCENTER = 0x0080
#: Numbers and counts: right-aligned, vertically centred.
RIGHT_ALIGNED = ALIGN_RIGHT | ALIGN_VCENTER

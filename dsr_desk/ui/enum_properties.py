"""Setting a widget's enum or flag property by its key's name, through Qt's meta-object.

PySide builds its whole ``Qt`` namespace (95 enums made as Python ``enum`` classes, about
20 ms) the first time any part of it is touched: importing ``Qt`` from ``QtCore``, passing a
``Qt.AlignmentFlag``, or a Python method that Qt calls with one (a Python table model's
``headerData`` gets a ``Qt.Orientation``). The empty window the app's start is measured against
never pays this, so nothing on the first screen touches ``Qt``: the properties it needs are set
here by name (``"AlignCenter"``, ``"PlainText"``), its item roles are plain numbers
(``ui.models.item_roles``) and its one table has a C++ model (``ui.models.upcoming_table``).
What needs ``Qt`` itself waits for the first paint.

The rule binds only the first screen's modules, named in ``FIRST_SCREEN_MODULES``
(``tests/ui/test_first_screen.py``), each saying so in its docstring: that test refuses any
``Qt`` they name, and ``tests/ui/test_fast_start.py`` that a module outside the list is loaded
before the first paint, or that the namespace is built by then. Every other module uses
PySide's ``Qt`` plainly (``Qt.AlignmentFlag.AlignCenter``).

First-screen module (listed in ``tests/ui/test_first_screen.py``): it never names PySide's
``Qt``, whose namespace would then be built before the first paint (``ui.enum_properties``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_enum_property(target: QObject, name: str, keys: str) -> None:
    """Set ``target``'s enum or flag property ``name`` to ``keys`` (one key, or flags joined
    with ``|``, e.g. ``"AlignRight|AlignVCenter"``).

    Raises ``ValueError`` when ``target`` has no such property or the keys are not among its
    values (``setProperty`` would otherwise add a dynamic property, silently)."""
    meta = target.metaObject()
    index = meta.indexOfProperty(name)
    if index < 0 or not meta.property(index).isEnumType():
        raise ValueError(f"{type(target).__name__} has no enum property {name!r}")
    if not target.setProperty(name, keys):
        raise ValueError(f"{keys!r} is not a value of {type(target).__name__}.{name}")

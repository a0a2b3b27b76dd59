"""Spare PySide its source scan of every module the app imports.

For its ``from __feature__ import snake_case`` switch, PySide reads the source of each module
that an import statement names once PySide is loaded, to see whether it uses PySide: about a
tenth of a millisecond each, for a hundred modules before the first frame. DSR Desk selects
no feature, so the modules are marked in PySide's feature table before they are imported, and
the reading is skipped.

The mark (-1, "ignore this module") is what the scan itself records for a module without
PySide in its source; for one with PySide (0, "no feature") nothing changes either way while
no module selects a feature. With a PySide that has no such table, nothing is done.
"""

from __future__ import annotations

import sys
from importlib.machinery import ModuleSpec
from typing import Any

import PySide6  # noqa: F401 - loads the feature support whose table is marked here

FEATURE_MODULE = "shibokensupport.feature"
IGNORED = -1


class _MarkBeforeImport:
    """A meta path finder that finds nothing: it marks each module about to be imported."""

    def __init__(self, table: dict[str, int]) -> None:
        self._table = table

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        self._table.setdefault(fullname, IGNORED)
        return None


def skip_feature_scans() -> bool:
    """Mark the modules loaded so far and those imported from now on; False when this PySide
    keeps no feature table (its scans then go on as before)."""
    table = getattr(sys.modules.get(FEATURE_MODULE), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return False
    if not any(isinstance(finder, _MarkBeforeImport) for finder in sys.meta_path):
        for name in list(sys.modules):
            table.setdefault(name, IGNORED)
        sys.meta_path.insert(0, _MarkBeforeImport(table))
    return True

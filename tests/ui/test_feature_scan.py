"""PySide's source scan of imported modules is skipped (ui.feature_scan), and the modules
imported afterwards use PySide as usual."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import dsr_desk.ui  # noqa: F401 - installs the marking, as the app's start does
from dsr_desk.ui.feature_scan import FEATURE_MODULE, IGNORED, skip_feature_scans


def test_a_module_imported_later_is_marked_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = sys.modules[FEATURE_MODULE]
    read: list[str] = []
    monkeypatch.setattr(feature, "_mod_uses_pyside", lambda module: read.append(module.__name__))
    (tmp_path / "dsr_scan_probe.py").write_text(
        "from PySide6.QtCore import QSize, Qt\n"
        "def probe():\n"
        "    return QSize(3, 4).width(), Qt.AlignmentFlag.AlignLeft\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "dsr_scan_probe", raising=False)

    probe = __import__("dsr_scan_probe")  # an import statement's way: PySide hooks __import__

    assert read == []  # PySide did not read its source
    assert feature.pyside_feature_dict["dsr_scan_probe"] == IGNORED
    assert probe.probe()[0] == 3  # and the module uses PySide normally
    assert skip_feature_scans()  # a second call adds no second finder
    assert sum(type(f).__name__ == "_MarkBeforeImport" for f in sys.meta_path) == 1

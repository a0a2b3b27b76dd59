"""The bundle's spec leaves out only Qt modules DSR Desk does not import: a module imported
one day (say QtSvgWidgets) must be taken out of the spec's list, or the bundle would lack it
(which only the built program's --self-test would show, and only if that path is checked)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "dsr-desk.spec"


def spec_list(name: str) -> set[str]:
    for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and [
            t.id for t in node.targets if isinstance(t, ast.Name)
        ] == [name]:
            return set(ast.literal_eval(node.value))
    raise AssertionError(f"{name} not found in {SPEC.name}")


def qt_modules_imported() -> set[str]:
    found = set()
    for path in (ROOT / "dsr_desk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                found.add(node.module.split(".")[1])  # type: ignore[union-attr]
            elif isinstance(node, ast.Import):
                found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6.")}
    return found


def test_no_qt_module_the_app_imports_is_left_out_of_the_bundle() -> None:
    imported = qt_modules_imported()
    assert {"QtCore", "QtGui", "QtWidgets", "QtPdf"} <= imported
    assert imported <= spec_list("QT_USED")
    assert imported.isdisjoint(spec_list("QT_UNUSED"))


def test_the_spec_leaves_out_the_heavy_qt_modules() -> None:
    left_out = spec_list("QT_UNUSED")
    for heavy in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia"):
        assert heavy in left_out

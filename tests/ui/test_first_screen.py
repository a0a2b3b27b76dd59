"""The first screen's modules, named once: those of ``dsr_desk.ui`` loaded before the main
window's first paint (after a keyring or recovery-key unlock). They never name PySide's ``Qt``:
its first use builds the whole namespace (95 Python enums, ≈20 ms; ``ui.enum_properties``),
which the start-up goal cannot afford before that paint. Every other module uses ``Qt`` plainly.

``tests/ui/test_fast_start.py`` checks in a real start that this list is exactly what is loaded
by the first paint, and that the namespace is not built by then (which also catches an implicit
use, such as an overload that converts to a ``Qt`` enum); the tests here read the source.
Outside ``dsr_desk.ui`` nothing imports PySide at all (domain, storage and services are below
the UI), so the rule has nothing to bind there."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FIRST_SCREEN_MODULES = frozenset(
    {
        "dsr_desk.ui",
        "dsr_desk.ui.app",
        "dsr_desk.ui.dialog_lifetime",
        "dsr_desk.ui.enum_properties",
        "dsr_desk.ui.error_reporting",
        "dsr_desk.ui.first_reads",
        "dsr_desk.ui.freshness",
        "dsr_desk.ui.gc_guard",
        "dsr_desk.ui.idle",
        "dsr_desk.ui.kind_words",
        "dsr_desk.ui.main_window",
        "dsr_desk.ui.message_bar",
        "dsr_desk.ui.models",
        "dsr_desk.ui.models.item_roles",
        "dsr_desk.ui.models.upcoming_table",
        "dsr_desk.ui.models.urgency",
        "dsr_desk.ui.ops",
        "dsr_desk.ui.reads",
        "dsr_desk.ui.session",
        "dsr_desk.ui.silent_unlock",
        "dsr_desk.ui.style",
        "dsr_desk.ui.team_mode",
        "dsr_desk.ui.tr_marks",
        "dsr_desk.ui.translation",
        "dsr_desk.ui.views",
        "dsr_desk.ui.views.dashboard_view",
        "dsr_desk.ui.widgets",
        "dsr_desk.ui.widgets.labels",
    }
)

MARK = "First-screen module"


def module_path(name: str) -> Path:
    base = ROOT.joinpath(*name.split("."))
    return base / "__init__.py" if base.is_dir() else base.with_suffix(".py")


def qt_uses(source: str, where: str) -> list[str]:
    """Each place ``source`` names ``Qt`` (imported, as a name or as an attribute such as
    ``QtCore.Qt``), as ``where:line``."""
    found = []
    for node in ast.walk(ast.parse(source, where)):
        if isinstance(node, ast.ImportFrom):
            if any(alias.name == "Qt" for alias in node.names):
                found.append(f"{where}:{node.lineno} imports Qt")
        elif isinstance(node, ast.Name) and node.id == "Qt":
            found.append(f"{where}:{node.lineno} names Qt")
        elif isinstance(node, ast.Attribute) and node.attr == "Qt":
            found.append(f"{where}:{node.lineno} names .Qt")
    return found


def test_first_screen_modules_never_name_qt() -> None:
    offenders = []
    for name in sorted(FIRST_SCREEN_MODULES):
        path = module_path(name)
        offenders += qt_uses(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert offenders == [], "the first screen must not build PySide's Qt namespace"


def test_the_check_finds_qt_wherever_it_is_named() -> None:
    source = (
        "from PySide6.QtCore import QObject, Qt\n"
        "import PySide6.QtCore as core\n"
        "def later():\n"
        "    from PySide6.QtCore import Qt as Q\n"
        "    return core.Qt.AlignmentFlag.AlignLeft\n"
    )
    assert qt_uses(source, "m.py") == [
        "m.py:1 imports Qt",
        "m.py:4 imports Qt",
        "m.py:5 names .Qt",
    ]
    assert qt_uses("from PySide6.QtCore import QObject, QTimer\nQt = 1\n", "m.py") == [
        "m.py:2 names Qt"
    ]


def test_each_first_screen_module_says_so() -> None:
    unmarked = [
        str(module_path(name).relative_to(ROOT))
        for name in sorted(FIRST_SCREEN_MODULES)
        if MARK not in (ast.get_docstring(ast.parse(module_path(name).read_text("utf-8"))) or "")
    ]
    assert unmarked == []


def test_only_the_first_screen_modules_say_so() -> None:
    claimed = []
    for path in sorted((ROOT / "dsr_desk").rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
        if MARK in docstring and name not in FIRST_SCREEN_MODULES:
            claimed.append(name)
    assert claimed == []


def test_nothing_outside_the_ui_imports_pyside() -> None:
    importers = []
    for path in sorted((ROOT / "dsr_desk").rglob("*.py")):
        if (ROOT / "dsr_desk" / "ui") in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                modules = [node.module or ""]
            else:
                continue
            if any(module.split(".")[0] in ("PySide6", "shiboken6") for module in modules):
                importers.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert importers == []

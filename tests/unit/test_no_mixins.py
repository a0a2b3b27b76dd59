"""The house is composed, not mixed in: no class in dsr_desk/ combines a Qt class with a class
of ours defined in another module (the mixins that shared one ``self`` across files), and no
``*Mixin`` / ``*Host`` base classes are left."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "dsr_desk"


def _classes() -> list[tuple[str, ast.ClassDef]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        relative = str(path.relative_to(PACKAGE.parent))
        found += [(relative, node) for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    return found


def _base_name(base: ast.expr) -> str:
    if isinstance(base, ast.Name):
        return base.id
    if isinstance(base, ast.Attribute):
        return base.attr
    return ""


def test_no_class_mixes_a_qt_class_with_one_of_ours() -> None:
    classes = _classes()
    ours = {node.name: where for where, node in classes}
    offenders = []
    for where, node in classes:
        names = [_base_name(base) for base in node.bases]
        qt_bases = [name for name in names if name.startswith("Q")]
        our_bases = [name for name in names if name in ours and ours[name] != where]
        if qt_bases and our_bases:
            offenders.append(f"{where}:{node.lineno} class {node.name}({', '.join(names)})")
    assert offenders == []


def test_no_mixin_or_host_classes() -> None:
    offenders = [
        f"{where}:{node.lineno} {node.name}"
        for where, node in _classes()
        if node.name.endswith(("Mixin", "Host"))
    ]
    assert offenders == []
    assert not (PACKAGE / "ui" / "mixin_bases.py").exists()

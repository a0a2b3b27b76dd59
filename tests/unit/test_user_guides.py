"""The user guides: the package's copies (opened by Help → User guide, shipped in the wheel
and the bundle) are the canonical ones; ``docs/`` holds identical copies (``make docs``)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE_GUIDES = ROOT / "dsr_desk" / "resources" / "guides"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_docs_copy_of_each_guide_is_the_packaged_one(language: str) -> None:
    packaged = PACKAGE_GUIDES / f"user-guide.{language}.md"
    docs = ROOT / "docs" / f"user-guide.{language}.md"
    assert packaged.is_file(), "the guide must ship inside the package"
    assert docs.read_bytes() == packaged.read_bytes(), "run `make docs` to copy it to docs/"


def test_the_bundle_and_the_wheel_take_the_guides_in() -> None:
    """Package data: ``resources/**/*`` in pyproject.toml and in the PyInstaller spec."""
    assert '"resources/**/*"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    spec = (ROOT / "packaging" / "dsr-desk.spec").read_text(encoding="utf-8")
    assert '"resources/**/*"' in spec

"""Copy the user guides from the package (the canonical copies, shipped with the app and its
bundle and opened from Help → User guide) to ``docs/`` (``make docs``).

Edit ``dsr_desk/resources/guides/user-guide.{fr,en}.md``, then run this;
``tests/unit/test_user_guides.py`` fails when a ``docs/`` copy differs.
Usage: python tools/sync_guides.py
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_GUIDES = ROOT / "dsr_desk" / "resources" / "guides"
DOCS = ROOT / "docs"


def main() -> int:
    for guide in sorted(PACKAGE_GUIDES.glob("user-guide.*.md")):
        target = DOCS / guide.name
        if not target.exists() or target.read_bytes() != guide.read_bytes():
            shutil.copyfile(guide, target)
            print(f"updated {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

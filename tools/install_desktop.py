"""Install DSR Desk's launcher, AppStream metainfo and icons into the user's XDG folders.

Usage: python tools/install_desktop.py [--exec PROGRAM]   (`make install-desktop`)

Into ``$XDG_DATA_HOME`` (default ``~/.local/share``): ``applications/APP_ID.desktop``,
``metainfo/APP_ID.metainfo.xml``, ``icons/hicolor/<N>x<N>/apps/dsr-desk.png`` for every PNG size
in ``packaging/linux/icons`` and ``icons/hicolor/scalable/apps/dsr-desk.svg``. The launcher
runs PROGRAM: by default the built bundle ``dist/dsr-desk/dsr-desk`` when it exists, else the
``dsr-desk`` command on the PATH. Standard library only (no Qt, no venv needed).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "io.github.dsrdesk.DsrDesk"
ICON_NAME = "dsr-desk"
LINUX = ROOT / "packaging" / "linux"
SVG = ROOT / "dsr_desk" / "resources" / "icons" / f"{ICON_NAME}.svg"
BUNDLE = ROOT / "dist" / "dsr-desk" / "dsr-desk"
SIZE_FOLDER = re.compile(r"^(\d+)x\1$")


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def program() -> str:
    return str(BUNDLE) if BUNDLE.is_file() and os.access(BUNDLE, os.X_OK) else "dsr-desk"


def exec_value(path: str) -> str:
    """``path`` as the desktop entry spec wants it in Exec/TryExec (quoted when needed)."""
    if re.fullmatch(r"[A-Za-z0-9_./+-]+", path):
        return path
    escaped = path.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    return '"' + escaped.replace("$", "\\$") + '"'


def desktop_entry(exec_path: str) -> str:
    """The packaged entry with Exec and TryExec pointing at ``exec_path``."""
    text = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^Exec=.*$", lambda _m: f"Exec={exec_value(exec_path)}", text)
    return re.sub(r"(?m)^TryExec=.*$", lambda _m: f"TryExec={exec_value(exec_path)}", text)


def _copy(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    target.chmod(0o644)
    return target


def install(home: Path, exec_path: str) -> list[Path]:
    written = []
    entry = home / "applications" / f"{APP_ID}.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_entry(exec_path), encoding="utf-8")
    entry.chmod(0o644)
    written.append(entry)
    metainfo = f"{APP_ID}.metainfo.xml"
    written.append(_copy(LINUX / metainfo, home / "metainfo" / metainfo))
    hicolor = home / "icons" / "hicolor"
    for folder in sorted((LINUX / "icons").iterdir()):
        if SIZE_FOLDER.match(folder.name):
            png = folder / f"{ICON_NAME}.png"
            written.append(_copy(png, hicolor / folder.name / "apps" / png.name))
    written.append(_copy(SVG, hicolor / "scalable" / "apps" / SVG.name))
    return written


def refresh_caches(home: Path) -> None:
    """Tell the desktop about the new files, where its tools are installed (best effort)."""
    hicolor = home / "icons" / "hicolor"
    commands = [["update-desktop-database", "-q", str(home / "applications")]]
    if (hicolor / "icon-theme.cache").exists():  # never start a cache that would go stale
        commands.append(["gtk-update-icon-cache", "-q", "-t", "-f", str(hicolor)])
    for command in commands:
        if shutil.which(command[0]) is not None:
            subprocess.run(command, check=False, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exec", dest="exec_path", help="the program the launcher runs")
    args = parser.parse_args(argv)
    home = data_home()
    exec_path = args.exec_path or program()
    for path in install(home, exec_path):
        print(path)
    refresh_caches(home)
    print(f"The launcher runs {exec_path}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Linux desktop integration: the launcher, the AppStream metainfo and the icon set are valid
and agree with each other, and ``make install-desktop`` puts them in the user's XDG folders
($XDG_DATA_HOME), the launcher running the program it is told to."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from dsr_desk import __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.dsrdesk.DsrDesk"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
SVG = ROOT / "dsr_desk" / "resources" / "icons" / "dsr-desk.svg"
SIZES = (16, 32, 48, 64, 128, 256)


class CaseSensitiveParser(configparser.ConfigParser):
    """Desktop entry keys are case-sensitive (``Name`` and ``Name[fr]``)."""

    def optionxform(self, optionstr: str) -> str:
        return optionstr


def desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = CaseSensitiveParser(interpolation=None, strict=True)
    parser.read_string(path.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def png_size(path: Path) -> tuple[int, int, int]:
    """Width, height and colour type from the PNG's IHDR chunk."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    width, height, _depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, colour


def test_the_desktop_entry_launches_dsr_desk_with_its_icon() -> None:
    entry = desktop_entry(DESKTOP)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "DSR Desk"
    assert entry["Exec"] == entry["TryExec"] == "dsr-desk"
    assert entry["Icon"] == "dsr-desk"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert "Office" in entry["Categories"].split(";")
    assert entry["Comment[fr]"] and entry["GenericName[fr]"]


def test_the_metainfo_describes_the_same_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == "DSR Desk"
    assert root.findtext("metadata_license") == "CC0-1.0"
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == "dsr-desk"
    assert len(root.findall("description/p")) >= 1
    release = root.find("releases/release")
    assert release is not None
    assert release.get("version") == __version__


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_appstreamcli_validates_the_metainfo() -> None:
    proc = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_icon_set_has_every_size_rendered_from_the_svg() -> None:
    svg = ET.parse(SVG).getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.get("viewBox") == "0 0 256 256"
    folders = sorted(p.name for p in (LINUX / "icons").iterdir())
    assert folders == sorted(f"{n}x{n}" for n in SIZES)
    for size in SIZES:
        assert png_size(LINUX / "icons" / f"{size}x{size}" / "dsr-desk.png") == (size, size, 6)
    ico = (ROOT / "packaging" / "windows" / "dsr-desk.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 4)  # an icon file holding four sizes


def _installed(home: Path) -> set[str]:
    return {str(p.relative_to(home)) for p in home.rglob("*") if p.is_file()}


def test_make_install_desktop_installs_into_xdg_data_home(tmp_path: Path) -> None:
    home = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(home), "PYTHON": sys.executable}
    proc = subprocess.run(
        ["make", "-s", "install-desktop", f"PYTHON={sys.executable}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    icons = {f"icons/hicolor/{n}x{n}/apps/dsr-desk.png" for n in SIZES}
    assert _installed(home) - {"applications/mimeinfo.cache"} == {
        f"applications/{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml",
        "icons/hicolor/scalable/apps/dsr-desk.svg",
        *icons,
    }
    for size in SIZES:
        source = LINUX / "icons" / f"{size}x{size}" / "dsr-desk.png"
        installed = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "dsr-desk.png"
        assert installed.read_bytes() == source.read_bytes()
    assert (home / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    entry = desktop_entry(home / "applications" / DESKTOP.name)
    bundle = ROOT / "dist" / "dsr-desk" / "dsr-desk"
    assert entry["Exec"] == (str(bundle) if bundle.is_file() else "dsr-desk")
    assert entry["Icon"] == "dsr-desk"
    assert f"The launcher runs {entry['Exec']}." in proc.stdout


def test_the_launcher_runs_the_program_given_quoted_when_needed(tmp_path: Path) -> None:
    home = tmp_path / "share"
    program = "/opt/DSR Desk/dsr-desk"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "install_desktop.py"), "--exec", program],
        env={**os.environ, "XDG_DATA_HOME": str(home)},
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    entry = desktop_entry(home / "applications" / DESKTOP.name)
    assert entry["Exec"] == entry["TryExec"] == '"/opt/DSR Desk/dsr-desk"'
    assert entry["Name"] == "DSR Desk"  # the rest of the entry as packaged

"""Render the app's SVG icon to the PNG sizes desktops look for, and to a Windows .ico.

Usage: python tools/render_icons.py   (offscreen; rewrites the committed files below)

The source is ``dsr_desk/resources/icons/dsr-desk.svg`` (also the window icon). Outputs:
``packaging/linux/icons/<N>x<N>/dsr-desk.png`` for every size in ``SIZES``, installed by
``make install-desktop`` into ``icons/hicolor/<N>x<N>/apps/``, and
``packaging/windows/dsr-desk.ico`` (the Windows executable's and installer's icon).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "dsr_desk" / "resources" / "icons" / "dsr-desk.svg"
LINUX_ICONS = ROOT / "packaging" / "linux" / "icons"
WINDOWS_ICON = ROOT / "packaging" / "windows" / "dsr-desk.ico"
SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 32, 48, 256)  # what Windows asks for (Explorer, taskbar, installer)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)  # transparent
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    """A .ico holding one PNG per size (the format Windows Vista and later read)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts, plugins
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"render_icons: {SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        out = LINUX_ICONS / f"{size}x{size}" / "dsr-desk.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(out), "PNG"):
            print(f"render_icons: could not write {out}", file=sys.stderr)
            return 1
        print(out.relative_to(ROOT))
    WINDOWS_ICON.parent.mkdir(parents=True, exist_ok=True)
    WINDOWS_ICON.write_bytes(ico_bytes([(n, png_bytes(render(renderer, n))) for n in ICO_SIZES]))
    print(WINDOWS_ICON.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

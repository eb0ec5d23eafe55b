"""Render the app icon from its SVG sources into every file the platforms need.

    .venv/bin/python packaging/make_icons.py          (or: make icons)

Sources (drawn by hand, committed):
  resources/icons/mail-mamori.svg         detailed, used from 48 px up
  resources/icons/mail-mamori-small.svg   simplified on a 16 px grid, used for 16-32 px
  resources/icons/mail-mamori-20.svg      the small drawing on a 20 px grid (16 px at 125 %)
Outputs (committed, so that builds need neither Qt's SVG renderer nor this script):
  resources/icons/mail-mamori-{16..512}.png   Linux hicolor theme, window icon (20: window only)
  resources/icons/mail-mamori.png             256 px: the window icon the app loads
  resources/icons/mail-mamori.ico             Windows: the .exe and the installer
  resources/icons/mail-mamori.icns            macOS: the .app bundle

Each size is rendered from the SVG at that size rather than scaled down from a large bitmap,
so small sizes stay sharp.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
LARGE_SVG = ICONS / "mail-mamori.svg"
SMALL_SVG = ICONS / "mail-mamori-small.svg"
PNG_SIZES = (16, 20, 24, 32, 48, 64, 128, 256, 512)
SMALL_LIMIT = 32  # sizes up to this use the simplified drawing
# Sizes with a drawing of their own, on their own pixel grid: the 16 px drawing scaled to 20 px
# (a Windows title bar at 125 %) put its edges between pixels.
HINTED_SVGS = {20: ICONS / "mail-mamori-20.svg"}
ICO_SIZES = (16, 20, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(size: int):  # type: ignore[no-untyped-def]
    """The icon at `size` x `size` pixels as a Pillow RGBA image."""
    from PIL import Image
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    source = HINTED_SVGS.get(size) or (SMALL_SVG if size <= SMALL_LIMIT else LARGE_SVG)
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {source}")
    image = QImage(size, size, QImage.Format.Format_RGBA8888)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = bytes(image.constBits())[: size * size * 4]
    return Image.frombytes("RGBA", (size, size), data)


def main() -> int:
    """Write every PNG, the ICO and the ICNS next to the SVG sources."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt up)
    images = {size: render(size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    written = []
    for size in PNG_SIZES:
        path = ICONS / f"mail-mamori-{size}.png"
        images[size].save(path, optimize=True)
        written.append(path)
    images[256].save(ICONS / "mail-mamori.png", optimize=True)
    written.append(ICONS / "mail-mamori.png")
    largest_ico = max(ICO_SIZES)
    images[largest_ico].save(
        ICONS / "mail-mamori.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != largest_ico],
    )
    written.append(ICONS / "mail-mamori.ico")
    largest_icns = max(ICNS_SIZES)
    images[largest_icns].save(
        ICONS / "mail-mamori.icns",
        append_images=[images[s] for s in ICNS_SIZES if s != largest_icns],
    )
    written.append(ICONS / "mail-mamori.icns")
    for path in written:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

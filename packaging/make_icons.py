"""Render the application icon from its SVG source: PNGs for Linux, .ico for Windows and
.icns for macOS, next to the source in resources/icons/ (docs/packaging.md#icon).

Run after changing keyaccount-desk.svg: python packaging/make_icons.py
(Qt renders the SVG; Pillow, which matplotlib already needs, writes .ico and .icns.)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAME = "keyaccount-desk"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt paints only with an application
    renderer = QSvgRenderer(str(ICONS / f"{NAME}.svg"))
    if not renderer.isValid():
        print(f"cannot read {ICONS / f'{NAME}.svg'}", file=sys.stderr)
        return 1
    out = ICONS / "png"
    out.mkdir(exist_ok=True)
    for size in SIZES:
        render(renderer, size).save(str(out / f"{NAME}-{size}.png"))
    largest = Image.open(out / f"{NAME}-512.png")
    largest.save(ICONS / f"{NAME}.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    largest.save(ICONS / f"{NAME}.icns")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

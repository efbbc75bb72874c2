"""Regenerate the application icon's sizes from its SVG source: ``make icons``.

``installer_app/resources/icons/installer-app.svg`` is the only hand-edited file. This renders it
with Qt's SVG renderer into one PNG per size the window icon uses, then packs a Windows ``.ico``
(16-256 px) and a macOS ``.icns`` (16-1024 px) with Pillow (a dev dependency: the program itself
only reads the PNGs). The generated files are committed, so building the package needs neither.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent.parent / "installer_app" / "resources" / "icons"
SOURCE = ICON_DIR / "installer-app.svg"
#: The PNGs shipped with the program (window icon, About dialog, Linux desktop files).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZE = 1024


def render(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent ``size`` x ``size`` square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: PLC0415
    from PySide6.QtGui import QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def generate(svg: Path, out: Path) -> list[Path]:
    """Write every PNG size, the ``.ico`` and the ``.icns`` into ``out``; returns their paths."""
    from PIL import Image  # noqa: PLC0415

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for size in PNG_SIZES:
        path = out / f"installer-app-{size}.png"
        path.write_bytes(render(svg, size))
        written.append(path)
    # Each .ico size is rendered from the vector source (sharper than Pillow's downscaling).
    ico_images = [Image.open(io.BytesIO(render(svg, size))).convert("RGBA") for size in ICO_SIZES]
    largest = ico_images[-1]
    ico = out / "installer-app.ico"
    largest.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=ico_images[:-1],
    )
    written.append(ico)
    icns = out / "installer-app.icns"
    Image.open(io.BytesIO(render(svg, ICNS_SIZE))).convert("RGBA").save(icns, format="ICNS")
    written.append(icns)
    return written


def main(argv: list[str] | None = None) -> int:
    """Entry point; prints each file written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=ICON_DIR)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in generate(args.svg, args.out):
        print(f"{path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Build what the program reads at run time from the sources in ``resources/``: ``make resources``.

``resources/`` holds the hand-edited sources; this writes ``installer_app/resources/`` from them:

- ``icons/installer-app.svg`` is rendered with Qt's SVG renderer into one PNG per size the window
  icon uses, and packed into a Windows ``.ico`` (16-256 px) and a macOS ``.icns`` (16-1024 px)
  with Pillow (a dev dependency: the program itself only reads the PNGs);
- ``samples/*`` (the sample CSV and rules file for ``installer-app prepare``) are copied as they
  are;
- ``SOURCES.sha256`` records the hash of every source used, so a test can tell when a source
  changed without this being run again.

The generated files are committed, so installing the package (editable or as a wheel) and
building it with PyInstaller need neither Qt's SVG renderer nor Pillow.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources"
PACKAGE_RESOURCES = ROOT / "installer_app" / "resources"
SVG = Path("icons") / "installer-app.svg"
#: The PNGs shipped with the program (window icon, About dialog); see installer_app.resources.
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


def copy_samples(sources: Path, out: Path) -> list[Path]:
    """Copy every sample file from ``sources/samples`` to ``out/samples``; returns the copies."""
    target = out / "samples"
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for sample in sorted((sources / "samples").iterdir()):
        if sample.is_file():
            written.append(Path(shutil.copyfile(sample, target / sample.name)))
    return written


def source_manifest(sources: Path) -> str:
    """One line "<sha256>  <path>" for every source used (the SVG and the samples)."""
    used = [sources / SVG, *sorted(p for p in (sources / "samples").iterdir() if p.is_file())]
    lines = [
        f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {path.relative_to(sources).as_posix()}"
        for path in used
    ]
    return "\n".join(lines) + "\n"


def build(sources: Path, out: Path) -> list[Path]:
    """Everything the program needs at run time, from ``sources`` into ``out``."""
    written = generate(sources / SVG, out / "icons")
    written += copy_samples(sources, out)
    manifest = out / "SOURCES.sha256"
    manifest.write_text(source_manifest(sources), encoding="utf-8", newline="\n")
    return [*written, manifest]


def main(argv: list[str] | None = None) -> int:
    """Entry point; prints each file written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=Path, default=SOURCES)
    parser.add_argument("--out", type=Path, default=PACKAGE_RESOURCES)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in build(args.sources, args.out):
        print(f"{path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

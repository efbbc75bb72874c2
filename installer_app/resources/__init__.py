"""The files the program reads at run time, built from the repository's ``resources/``.

``resources/`` at the top of the repository holds the hand-edited sources (the icon's SVG, the
sample files for ``installer-app prepare``); ``make resources`` (``build_spec/build_resources.py``)
renders and copies what the program needs into this folder, and the results are committed. So a
source checkout, an editable install, a wheel (package data) and the frozen build (which bundles
:func:`runtime_files` at the same place next to the modules) all find them here.
"""

from __future__ import annotations

from pathlib import Path

#: This folder.
FOLDER = Path(__file__).resolve().parent
#: The application icon, one PNG per size (plus the .ico and .icns the packaged executables use).
ICONS = FOLDER / "icons"
#: The sizes the icon is rendered at as PNG (window icon, About dialog).
ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)
#: Sample input of ``installer-app prepare``: a CSV of three PBXs and a numbering rules file.
SAMPLES = FOLDER / "samples"
SAMPLE_CSV = SAMPLES / "batch.csv"
SAMPLE_RULES = SAMPLES / "rules.json"
#: What ``make resources`` built from which source: "<sha256>  <path under resources/>" lines.
SOURCES_MANIFEST = FOLDER / "SOURCES.sha256"


def icon_file(size: int) -> Path:
    """The PNG of the icon at ``size`` pixels (one of :data:`ICON_SIZES`)."""
    return ICONS / f"installer-app-{size}.png"


def runtime_files() -> list[Path]:
    """Every file the running program reads from this folder (the frozen build bundles these)."""
    return [*(icon_file(size) for size in ICON_SIZES), SAMPLE_CSV, SAMPLE_RULES]


def missing_files() -> list[Path]:
    """The files of :func:`runtime_files` that are not there (a build that lost them)."""
    return [path for path in runtime_files() if not path.is_file()]

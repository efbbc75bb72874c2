"""The application's icon, loaded from the PNGs generated from its SVG source (``make icons``).

The files live in ``installer_app/resources/icons`` next to the code, so the same lookup works
from a source checkout, an installed package and the frozen build (which bundles that folder at
the same place relative to the modules).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

#: Where the icon files are.
ICON_DIR = Path(__file__).resolve().parents[2] / "resources" / "icons"
#: The sizes generated as PNG (see ``build_spec/make_icons.py``).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_file(size: int) -> Path:
    """The PNG of ``size`` pixels (one of :data:`ICON_SIZES`)."""
    return ICON_DIR / f"installer-app-{size}.png"


def application_icon() -> QIcon:
    """The icon with every generated size; a null icon when the files are missing.

    A missing file is not an error at run time (the window simply gets the platform's default
    icon); ``installer-app --selftest`` reports it, so a build that lost them fails CI.
    """
    icon = QIcon()
    for size in ICON_SIZES:
        path = icon_file(size)
        if path.is_file():
            icon.addFile(str(path))
    return icon

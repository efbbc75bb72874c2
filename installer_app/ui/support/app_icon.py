"""The application's icon, loaded from the PNGs rendered from its SVG source (``make resources``).

The files live in ``installer_app/resources/icons`` (:mod:`installer_app.resources`) next to the
code, so the same lookup works from a source checkout, an installed package and the frozen build
(which bundles that folder at the same place relative to the modules).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from installer_app import resources

#: Where the icon files are.
ICON_DIR = resources.ICONS
#: The sizes rendered as PNG (see ``build_spec/build_resources.py``).
ICON_SIZES = resources.ICON_SIZES


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

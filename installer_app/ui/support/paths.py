"""Where the desktop program keeps its own files, per user and per platform (Qt standard paths).

The locations depend on the organisation and application names that
:func:`~installer_app.ui.app.configure_application` gives Qt, so ask once that is done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def log_folder() -> Path:
    """Where the rotating, redacted log lives (per user, per platform)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base or Path.home() / ".installer-app") / "logs"

"""How the More menu's dialogs open: window-modal, without blocking the loop, freed on close."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


def open_dialog(dialog: D) -> D:
    """Show ``dialog`` with ``open()`` (the qasync loop keeps running) and delete it once it is
    closed; returns it."""
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog

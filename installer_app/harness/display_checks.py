"""What the screenshots check besides the pictures: a high-contrast palette and clipped labels.

The wizard must stay usable at 200 % scaling and in a high-contrast palette; a label that does
not wrap and is narrower (or lower) than its text needs shows its words cut off.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

_ROLES = QPalette.ColorRole


def high_contrast_palette() -> QPalette:
    """White and yellow on black, as the high-contrast themes of Windows show it."""
    palette = QPalette()
    black, white = QColor("#000000"), QColor("#ffffff")
    for role in (_ROLES.Window, _ROLES.Base, _ROLES.AlternateBase, _ROLES.Button):
        palette.setColor(role, black)
    for role in (_ROLES.WindowText, _ROLES.Text, _ROLES.ButtonText, _ROLES.BrightText):
        palette.setColor(role, white)
    palette.setColor(_ROLES.ToolTipBase, black)
    palette.setColor(_ROLES.ToolTipText, white)
    palette.setColor(_ROLES.PlaceholderText, QColor("#c0c0c0"))
    palette.setColor(_ROLES.Highlight, QColor("#1aebff"))
    palette.setColor(_ROLES.HighlightedText, black)
    palette.setColor(_ROLES.Link, QColor("#ffff00"))
    palette.setColor(_ROLES.LinkVisited, QColor("#ffff00"))
    for role in (_ROLES.Light, _ROLES.Midlight, _ROLES.Mid, _ROLES.Dark, _ROLES.Shadow):
        palette.setColor(role, white)
    disabled = QColor("#3ff23f")
    for role in (_ROLES.WindowText, _ROLES.Text, _ROLES.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def clipped_labels(root: QWidget) -> list[str]:
    """The shown labels under ``root`` that do not wrap and are too small for their text."""
    clipped = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or label.wordWrap() or not label.text().strip():
            continue
        if label.width() <= 0 or label.height() <= 0:
            continue  # never laid out (an item in a closed list)
        needed = label.sizeHint()
        if label.width() < needed.width() or label.height() < needed.height():
            clipped.append(
                f"{label.text()!r}: {label.width()}×{label.height()}"
                f" < {needed.width()}×{needed.height()}"
            )
    return clipped

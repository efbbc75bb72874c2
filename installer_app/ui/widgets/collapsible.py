"""A section that folds away: a title with an arrow, and its content shown only when open.

Used for settings most technicians never need (a Rainbow application id and secret), kept one
click (or one Alt shortcut) away instead of cluttering the page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QToolButton, QVBoxLayout, QWidget


class CollapsibleSection(QWidget):
    """A titled section whose :attr:`content` widget is shown only when expanded.

    Put the section's widgets in a layout set on :attr:`content`.

    Args:
        title: the title, with its Alt shortcut ("A&dvanced").

    Signals:
        expandedChanged(bool): the section was opened (True) or folded (False).
    """

    expandedChanged = Signal(bool)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle_button = QToolButton()
        self.toggle_button.setText(title)
        self.toggle_button.setAccessibleName(title.replace("&", ""))
        self.toggle_button.setCheckable(True)
        self.toggle_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle_button.setAutoRaise(True)
        self.toggle_button.setStyleSheet("QToolButton { border: none; }")
        self.toggle_button.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle_button.toggled.connect(self._on_toggled)
        self.content = QFrame()
        self.content.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.content)

    def is_expanded(self) -> bool:
        """Whether the content is shown."""
        return self.toggle_button.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        """Open or fold the section."""
        self.toggle_button.setChecked(expanded)

    def _on_toggled(self, expanded: bool) -> None:
        self.toggle_button.setArrowType(
            Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        )
        self.content.setVisible(expanded)
        self.expandedChanged.emit(expanded)

"""The busy line of a network step: what is going on, a moving bar, and a Cancel button.

Every network step shows one while it runs so the technician knows the program is working and
can give up (a slow site link, a wrong server) without closing the wizard.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class BusyIndicator(QWidget):
    """An indeterminate progress bar with a text and a Cancel button; hidden when idle.

    Args:
        cancel_text: the Cancel button's text, with its Alt shortcut (unique on the page).

    Signals:
        cancelRequested(): the technician pressed Cancel.
    """

    cancelRequested = Signal()

    def __init__(self, cancel_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(160)
        self.bar.setAccessibleName(self.tr("Working"))
        self.cancel_button = QPushButton(cancel_text or self.tr("C&ancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running step"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancelRequested)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.cancel_button)
        self.setVisible(False)

    def start(self, text: str) -> None:
        """Show ``text`` with the moving bar and an enabled Cancel button."""
        self.bar.setRange(0, 0)
        self.label.setText(text)
        self.cancel_button.setEnabled(True)
        self.setVisible(True)

    def show_progress(self, done: int, total: int) -> None:
        """Fill the bar to ``done`` of ``total`` (a moving bar again with :meth:`start`)."""
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def stop(self) -> None:
        """Hide the indicator."""
        self.setVisible(False)
        self.label.setText("")

    @property
    def running(self) -> bool:
        """Whether the indicator is shown (tests read it)."""
        return not self.isHidden()

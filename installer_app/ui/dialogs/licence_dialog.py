"""The WebRTC gateway's licence summary, to accept or decline before the gateway is activated."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from installer_app.ui.support.licence_text import licence_text


class LicenceDialog(QDialog):
    """A scrollable read-only licence text with "I accept" and "Decline".

    Open it with ``open()`` (window-modal, does not block the event loop) and listen to
    ``accepted`` / ``rejected``; closing the window or pressing Escape declines. "Decline" is
    the default button so that Enter never accepts by accident.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("licenceDialog")
        self.setWindowTitle(self.tr("WebRTC gateway licence agreement"))
        self.setModal(True)
        self.resize(600, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Read the licence summary of the WebRTC gateway. The gateway is activated only "
                "if you accept it; the full terms are in the Rainbow portal."
            )
        )
        intro.setWordWrap(True)
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setPlainText(licence_text())
        self.text_view.setAccessibleName(self.tr("Licence agreement summary"))
        intro.setBuddy(self.text_view)
        self.buttons = QDialogButtonBox()
        self.accept_button = QPushButton(self.tr("I &accept"))
        self.accept_button.setAccessibleName(self.tr("I accept the licence"))
        self.accept_button.setAutoDefault(False)
        self.decline_button = QPushButton(self.tr("&Decline"))
        self.decline_button.setAccessibleName(self.tr("Decline the licence"))
        self.decline_button.setDefault(True)
        self.buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.decline_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(intro)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.buttons)
        self.text_view.setFocus()

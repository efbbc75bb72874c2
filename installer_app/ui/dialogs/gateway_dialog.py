"""The WebRTC gateway: what choosing it does here, and the step left in the Rainbow admin portal.

No public Rainbow interface activates the gateway (only ``hasMediaPillar`` is known, read
only), and its licence agreement is shown and accepted in the portal. So this dialog shows no
licence text: it shows the portal's step, and recording the choice puts that step in the
report (:mod:`installer_app.domain.portal`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from installer_app.domain.portal import TRANSLATION_CONTEXT, WEBRTC_NOTE


class GatewayDialog(QDialog):
    """The portal's step for the gateway, with "Record the choice" and "Cancel".

    Open it with ``open()`` (window-modal, does not block the event loop) and listen to
    ``accepted`` / ``rejected``; closing the window or pressing Escape cancels. "Cancel" is the
    default button so that Enter never records the choice by accident.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gatewayDialog")
        self.setWindowTitle(self.tr("WebRTC gateway: a step in the Rainbow admin portal"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.text_label = QLabel(QCoreApplication.translate(TRANSLATION_CONTEXT, WEBRTC_NOTE))
        self.text_label.setObjectName("gatewayStep")
        self.text_label.setWordWrap(True)
        self.text_label.setMinimumWidth(440)
        self.buttons = QDialogButtonBox()
        self.accept_button = QPushButton(self.tr("&Record the choice"))
        self.accept_button.setAccessibleName(self.tr("Record the WebRTC gateway choice"))
        self.accept_button.setAutoDefault(False)
        self.decline_button = QPushButton(self.tr("&Cancel"))
        self.decline_button.setAccessibleName(self.tr("Cancel: no WebRTC gateway"))
        self.decline_button.setDefault(True)
        self.buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.decline_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.text_label)
        layout.addWidget(self.buttons)
        self.decline_button.setFocus()

"""Shown when the PBX is declared but the installation file cannot be written: the credentials
Rainbow generated exist nowhere else on this computer, so they are shown to copy, with what to do.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from installer_app.ui.widgets.copy_field import CopyField


class UnrecordedCredentialsDialog(QDialog):
    """The equipment id and activation code with copy buttons, and why they are shown.

    Open it with ``open()`` (window-modal, does not block the event loop).

    Args:
        system_id: the Rainbow system declared.
        equipment_id, activation_code: what Rainbow generated ("" when not readable).
        reason: why the file could not be written.
    """

    def __init__(
        self,
        *,
        system_id: str,
        equipment_id: str,
        activation_code: str,
        reason: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unrecordedCredentialsDialog")
        self.setWindowTitle(self.tr("Copy the credentials now"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The PBX is declared on Rainbow (system %1), but the installation file cannot be "
                "written: %2\n\nCopy the equipment id and activation code now and enter them in "
                "OMC > Cloud > Rainbow. Then save the installation to a folder you may write to "
                "and declare again: the declaration is found and recorded."
            )
            .replace("%1", system_id)
            .replace("%2", reason)
        )
        intro.setWordWrap(True)
        self.equipment_field = CopyField(self.tr("Equipment id (PABX-ID):"))
        self.equipment_field.set_value(equipment_id)
        self.code_field = CopyField(self.tr("Activation code:"), secret=True)
        self.code_field.set_value(activation_code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(intro)
        layout.addWidget(self.equipment_field)
        layout.addWidget(self.code_field)
        layout.addWidget(buttons)

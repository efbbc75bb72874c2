"""PBX: its name on Rainbow, and whether the WebRTC gateway is wanted (a step in the portal)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from installer_app.domain.flow import WizardState
from installer_app.ui.dialogs.gateway_dialog import GatewayDialog
from installer_app.ui.pages.base import StepPage
from installer_app.ui.widgets.form_rows import field_with_message
from installer_app.ui.widgets.inline_message import InlineMessage


def _utc_now() -> datetime:
    return datetime.now(UTC)


class PbxPage(StepPage):
    """Server name and WebRTC gateway.

    No public Rainbow interface activates the gateway: ticking it opens a dialog with the step
    to do in the Rainbow admin portal, where its licence agreement is accepted (window-modal,
    not blocking the loop). The box stays ticked only when the technician records the choice;
    the time (UTC) goes into ``state.licence_accepted_at`` (the plan's confirmation of the
    choice) and the report lists the portal step. Unticking clears it.

    Attributes:
        gateway_dialog_factory: builds the dialog; tests may replace it.
        clock: the time the choice is recorded, timezone-aware UTC; tests may replace it.
        gateway_dialog: the dialog while it is open, else None.
    """

    def _init_ui(self) -> None:
        self.setTitle(self.tr("PBX on Rainbow"))
        self.setSubTitle(
            self.tr("How the PBX is named on Rainbow, and whether the WebRTC gateway is wanted.")
        )
        self.gateway_dialog_factory: Callable[[QWidget], GatewayDialog] = GatewayDialog
        self.clock: Callable[[], datetime] = _utc_now
        self.gateway_dialog: GatewayDialog | None = None
        self._accepted_at: datetime | None = None
        self._name_touched = False
        self._init_identity()
        self._init_gateway()
        self._body.addStretch(1)

    def _init_identity(self) -> None:
        box = QGroupBox(self.tr("PBX"))
        form = QFormLayout(box)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Server name"))
        self.name_edit.setToolTip(
            self.tr("The PBX's name in the Rainbow portal, as the customer will see it.")
        )
        self.name_edit.textEdited.connect(self._name_edited)
        self.name_edit.textChanged.connect(self.changed)
        name_label = QLabel(self.tr("&Server name:"))
        name_label.setBuddy(self.name_edit)
        self.name_message = InlineMessage(self.tr("Server name problem"))
        self.model_label = QLabel()
        self.model_label.setObjectName("pbxModel")
        self.model_label.setWordWrap(True)
        form.addRow(name_label, field_with_message(self.name_edit, self.name_message))
        form.addRow(self.tr("Model:"), self.model_label)
        self._body.addWidget(box)

    def _init_gateway(self) -> None:
        box = QGroupBox(self.tr("WebRTC gateway"))
        layout = QVBoxLayout(box)
        self.webrtc_box = QCheckBox(self.tr("The &WebRTC gateway is wanted"))
        self.webrtc_box.setAccessibleName(self.tr("The WebRTC gateway is wanted"))
        self.webrtc_box.toggled.connect(self._webrtc_toggled)
        explanation = QLabel(
            self.tr(
                "The gateway lets Rainbow users call through this PBX from a browser or the "
                "Rainbow application. It is activated in the Rainbow admin portal (Customer "
                "companies > the company > Communication > Comm. Servers > the server), where "
                "its licence agreement is accepted; this program records the choice and puts "
                "that step in the report. It can also be done later."
            )
        )
        explanation.setWordWrap(True)
        explanation.setIndent(24)
        self.accepted_label = QLabel()
        self.accepted_label.setObjectName("licenceAccepted")
        self.accepted_label.setWordWrap(True)
        self.accepted_label.setIndent(24)
        layout.addWidget(self.webrtc_box)
        layout.addWidget(explanation)
        layout.addWidget(self.accepted_label)
        self._body.addWidget(box)

    # -- state -----------------------------------------------------------------------------

    def load_state(self, state: WizardState) -> None:
        self.name_edit.setText(state.server_name)
        company = state.company_name.strip()
        self.name_edit.setPlaceholderText(
            self.tr("e.g. %1 OXO").replace("%1", company)
            if company
            else self.tr("e.g. Head office OXO")
        )
        self.model_label.setText(
            self.tr("%1 (declared on Rainbow as type oxo)").replace("%1", state.pbx_model.label)
        )
        self._accepted_at = state.licence_accepted_at if state.webrtc_enabled else None
        if self._accepted_at is None:
            # Never shown ticked without an acceptance: ticking again asks for it.
            state.webrtc_enabled = False
            state.licence_accepted_at = None
        self.webrtc_box.setChecked(self._accepted_at is not None)
        self._show_feedback()

    def store_state(self, state: WizardState) -> None:
        state.server_name = self.name_edit.text().strip()
        # Ticked but not yet recorded (the dialog is open) blocks Next through the domain.
        enabled = self.webrtc_box.isChecked()
        state.webrtc_enabled = enabled
        state.licence_accepted_at = self._accepted_at if enabled else None
        self._show_feedback()

    def _show_feedback(self) -> None:
        if self._name_touched and not self.name_edit.text().strip():
            self.name_message.show_error(
                self.tr("Server name must not be empty: name the PBX as on Rainbow.")
            )
        else:
            self.name_message.clear_message()
        if self.webrtc_box.isChecked() and self._accepted_at is not None:
            when = self._accepted_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M")
            self.accepted_label.setText(
                self.tr(
                    "Choice recorded on %1 UTC. Activate the gateway in the Rainbow admin portal."
                ).replace("%1", when)
            )
            self.accepted_label.setVisible(True)
        else:
            self.accepted_label.clear()
            self.accepted_label.setVisible(False)

    def _name_edited(self) -> None:
        # textEdited comes after textChanged: show the message for this very edit too.
        self._name_touched = True
        self._show_feedback()

    # -- gateway ---------------------------------------------------------------------------

    def _webrtc_toggled(self, checked: bool) -> None:
        if self._loading:
            return
        if not checked:
            self._accepted_at = None
            self.changed()
            return
        self.changed()
        if self._accepted_at is None:
            self._ask_gateway()

    def _ask_gateway(self) -> None:
        """Open the dialog; the box is ticked for good only on "Record the choice"."""
        if self.gateway_dialog is not None:
            return
        dialog = self.gateway_dialog_factory(self)
        self.gateway_dialog = dialog
        dialog.accepted.connect(self._choice_recorded)
        dialog.rejected.connect(self._choice_cancelled)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _choice_recorded(self) -> None:
        self._accepted_at = self.clock()
        self.webrtc_box.setChecked(True)
        self.changed()

    def _choice_cancelled(self) -> None:
        self._accepted_at = None
        self.webrtc_box.blockSignals(True)
        self.webrtc_box.setChecked(False)
        self.webrtc_box.blockSignals(False)
        self.changed()

    def _dialog_closed(self) -> None:
        dialog = self.gateway_dialog
        self.gateway_dialog = None
        if dialog is not None:
            dialog.deleteLater()

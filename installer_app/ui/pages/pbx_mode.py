"""PBX and mode: the model, and how it reached the customer (stock or BTCO)."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QGroupBox, QLabel, QRadioButton, QVBoxLayout

from installer_app.domain.flow import WizardState
from installer_app.domain.plan import DeliveryMode, PbxModel
from installer_app.ui.pages.base import StepPage


class PbxModePage(StepPage):
    """Model and delivery mode, each explained in one sentence; BTCO off for Evolution."""

    def _init_ui(self) -> None:
        self.setTitle(self.tr("PBX and delivery mode"))
        self.setSubTitle(self.tr("Which PBX is it, and how did it reach the customer?"))
        self._init_model()
        self._init_mode()
        self._body.addStretch(1)

    def _init_model(self) -> None:
        box = QGroupBox(self.tr("PBX model"))
        layout = QVBoxLayout(box)
        self.oxo_button = QRadioButton(self.tr("OXO &Connect"))
        self.evolution_button = QRadioButton(self.tr("OXO Connect &Evolution"))
        self.model_group = QButtonGroup(self)
        for button in (self.oxo_button, self.evolution_button):
            button.setAccessibleName(button.text().replace("&", ""))
            self.model_group.addButton(button)
            layout.addWidget(button)
            button.toggled.connect(self.changed)
        self._body.addWidget(box)

    def _init_mode(self) -> None:
        box = QGroupBox(self.tr("Delivery mode"))
        layout = QVBoxLayout(box)
        self.stock_button = QRadioButton(self.tr("&Stock"))
        self.stock_button.setAccessibleName(self.tr("Stock mode"))
        stock_help = QLabel(
            self.tr(
                "The PBX comes from your fleet with generic software: you type its fleet and "
                "installation references, and nothing needs configuring on the PBX."
            )
        )
        # Spelled out here, where BTCO first appears.
        self.btco_button = QRadioButton(self.tr("B&TCO (Build To Customer Order)"))
        self.btco_button.setAccessibleName(self.tr("BTCO (Build To Customer Order) mode"))
        btco_help = QLabel(
            self.tr(
                "The PBX was built to order: Rainbow generates its equipment id and activation "
                "code, which you then enter in OMC (Expert View > Cloud > Rainbow)."
            )
        )
        self.btco_reason = QLabel(
            self.tr("BTCO is not available for OXO Connect Evolution: use stock mode.")
        )
        self.btco_reason.setObjectName("btcoReason")
        self.mode_group = QButtonGroup(self)
        for button, help_label in ((self.stock_button, stock_help), (self.btco_button, btco_help)):
            help_label.setWordWrap(True)
            help_label.setIndent(24)
            self.mode_group.addButton(button)
            layout.addWidget(button)
            layout.addWidget(help_label)
            button.toggled.connect(self.changed)
        self.btco_reason.setWordWrap(True)
        self.btco_reason.setIndent(24)
        layout.addWidget(self.btco_reason)
        self._body.addWidget(box)

    def load_state(self, state: WizardState) -> None:
        is_evolution = state.pbx_model is PbxModel.OXO_CONNECT_EVOLUTION
        (self.evolution_button if is_evolution else self.oxo_button).setChecked(True)
        is_btco = state.mode is DeliveryMode.BTCO
        (self.btco_button if is_btco else self.stock_button).setChecked(True)
        self._update_btco()

    def store_state(self, state: WizardState) -> None:
        self._update_btco()
        state.pbx_model = (
            PbxModel.OXO_CONNECT_EVOLUTION
            if self.evolution_button.isChecked()
            else PbxModel.OXO_CONNECT
        )
        state.mode = DeliveryMode.BTCO if self.btco_button.isChecked() else DeliveryMode.STOCK

    def _update_btco(self) -> None:
        evolution = self.evolution_button.isChecked()
        if evolution and self.btco_button.isChecked():
            self.stock_button.setChecked(True)
        self.btco_button.setEnabled(not evolution)
        self.btco_button.setToolTip(self.btco_reason.text() if evolution else "")
        self.btco_reason.setVisible(evolution)

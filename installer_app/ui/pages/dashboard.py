"""Dashboard: both sides live, the timeline of changes, and the diagnosis in plain words."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from installer_app.domain.flow import WizardState
from installer_app.domain.pbx_side import PbxConnection, parse_connection
from installer_app.domain.plan import DeliveryMode, InstallationPlan
from installer_app.domain.portal import RESET_CONNECTION_STEP, WEBRTC_STEP, PortalStep
from installer_app.domain.portal import TRANSLATION_CONTEXT as PORTAL_CONTEXT
from installer_app.domain.status import AdminStatus
from installer_app.pbx import GuidedOmcDriver, PbxDriver
from installer_app.services.backoff import Backoff
from installer_app.services.monitor import InstallationSnapshot, RainbowSnapshot
from installer_app.services.plan_files_service import plan_or_problems
from installer_app.services.watch import watch_installation
from installer_app.ui.pages.base import StepPage
from installer_app.ui.support.domain_text import translate_domain, translate_parts
from installer_app.ui.support.pbx_words import connection_text
from installer_app.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)

#: The diagnosis' colour per severity, on a light and on a dark window (a high-contrast theme).
_SEVERITY_COLOURS = {
    "ok": ("#1b7f3b", "#7ee2a0"),
    "info": ("#1f5fa8", "#9cc8ff"),
    "warning": ("#a86a00", "#ffcc80"),
    "error": ("#b3261e", "#f2b8b5"),
}


def _diagnosis_text(text: str) -> str:
    return QCoreApplication.translate("Diagnosis", text)


class DashboardPage(StepPage):
    """Live status of Rainbow and the PBX, refreshed with backoff while visible."""

    def _init_ui(self) -> None:
        self.setTitle(self.tr("Dashboard"))
        self.setSubTitle(
            self.tr("Both sides, live, until Rainbow shows Running and the PBX Connected.")
        )
        self.runner = TaskRunner(self)
        self.installer.finished.connect(lambda _result: self.runner.cancel())
        self.backoff = Backoff.settling()
        self.snapshot: InstallationSnapshot | None = None
        self._init_sides()
        self._init_diagnosis()
        self._init_timeline()

    def _init_sides(self) -> None:
        sides = QHBoxLayout()
        rainbow_box = QGroupBox(self.tr("Rainbow"))
        rainbow_form = QFormLayout(rainbow_box)
        self.rainbow_status = QLabel("–")
        self.rainbow_status.setObjectName("rainbowStatus")
        self.rainbow_channels = QLabel("–")
        self.rainbow_system = QLabel("–")
        # hasMediaPillar, read only: the only public trace of the WebRTC gateway.
        self.rainbow_gateway = QLabel("–")
        self.rainbow_gateway.setObjectName("rainbowGateway")
        rainbow_form.addRow(self.tr("Status:"), self.rainbow_status)
        rainbow_form.addRow(self.tr("Channels:"), self.rainbow_channels)
        rainbow_form.addRow(self.tr("System:"), self.rainbow_system)
        rainbow_form.addRow(self.tr("WebRTC:"), self.rainbow_gateway)
        pbx_box = QGroupBox(self.tr("PBX (OMC: Cloud > Rainbow)"))
        pbx_form = QFormLayout(pbx_box)
        self.pbx_connection = QLabel("–")
        self.pbx_connection.setObjectName("pbxConnection")
        self.pbx_enabled = QLabel("–")
        self.pbx_id = QLabel("–")
        pbx_form.addRow(self.tr("Connection:"), self.pbx_connection)
        pbx_form.addRow(self.tr("Rainbow enabled:"), self.pbx_enabled)
        pbx_form.addRow(self.tr("PABX-ID:"), self.pbx_id)
        for label in (self.rainbow_status, self.pbx_connection):
            font = label.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.3)
            label.setFont(font)
        sides.addWidget(rainbow_box, 1)
        sides.addWidget(pbx_box, 1)
        self._body.addLayout(sides)

    def _init_diagnosis(self) -> None:
        box = QGroupBox(self.tr("Diagnosis"))
        layout = QVBoxLayout(box)
        self.cause = QLabel(self.tr("Reading both sides…"))
        self.cause.setObjectName("diagnosisCause")
        self.cause.setWordWrap(True)
        self.next_action = QLabel()
        self.next_action.setObjectName("diagnosisAction")
        self.next_action.setWordWrap(True)
        self.gateway_note = QLabel()
        self.gateway_note.setObjectName("gatewayNote")
        self.gateway_note.setWordWrap(True)
        self.gateway_note.setVisible(False)
        self.code_note = QLabel()
        self.code_note.setObjectName("activationCodeNote")
        self.code_note.setWordWrap(True)
        self.code_note.setVisible(False)
        self.refresh_line = QLabel()
        self.refresh_button = QPushButton(self.tr("&Refresh now"))
        self.refresh_button.clicked.connect(self.refresh_now)
        row = QHBoxLayout()
        row.addWidget(self.refresh_line, 1)
        row.addWidget(self.refresh_button)
        layout.addWidget(self.cause)
        layout.addWidget(self.next_action)
        layout.addWidget(self.gateway_note)
        layout.addWidget(self.code_note)
        layout.addLayout(row)
        self._body.addWidget(box)

    def _init_timeline(self) -> None:
        box = QGroupBox(self.tr("Timeline"))
        layout = QVBoxLayout(box)
        self.timeline = QListWidget()
        self.timeline.setAccessibleName(self.tr("Timeline of status changes"))
        layout.addWidget(self.timeline)
        self._body.addWidget(box, 1)

    # -- life cycle ------------------------------------------------------------------------

    def load_state(self, state: WizardState) -> None:
        plan = self.installer.installation_plan()
        self._show_timeline(plan)
        self.backoff = Backoff.settling()
        self.runner.start(self._watch())

    def cleanupPage(self) -> None:
        self.runner.cancel()
        super().cleanupPage()

    def refresh_now(self) -> None:
        """Read both sides now and restart the backoff."""
        self.backoff.restart()
        self.runner.start(self._watch())

    async def _driver(self, plan: InstallationPlan) -> PbxDriver:
        services = self.installer.services
        if services.pushes_to_pbx:
            return await services.pbx_driver(plan)
        return GuidedOmcDriver.for_plan(plan, confirmed=self.installer.pbx_confirmed)

    async def _watch(self) -> None:
        """Both sides until the page is left: the services' watch, which records every change
        in the plan's timeline; the page shows each round and keeps the plan."""
        plan = self.installer.installation_plan()
        if plan is None:
            _plan, problems = plan_or_problems(self.state)
            self.cause.setText(translate_domain(problems[0].message) if problems else "")
            return
        rainbow = self.installer.services.rainbow
        client = rainbow.client() if rainbow.session is not None else None
        driver = await self._driver(plan)
        try:
            await watch_installation(
                client,
                driver,
                plan,
                until=lambda _snapshot: False,
                backoff=self.backoff,
                on_snapshot=self._on_snapshot,
                on_wait=self._on_wait,
            )
        finally:
            await driver.aclose()

    def _on_snapshot(
        self, plan: InstallationPlan, snapshot: InstallationSnapshot, changed: bool
    ) -> None:
        self.snapshot = snapshot
        self._show(snapshot)
        self._show_timeline(plan)
        if changed:
            not_saved = self.installer.set_plan(plan)
            if not_saved is not None:
                self.refresh_line.setText(translate_parts(not_saved.message, not_saved.hint))

    def _on_wait(self, delay: float) -> None:
        if delay < 1:  # right after a change: "in 0 s" would read as stuck
            self.refresh_line.setText(self.tr("Next refresh in under a second"))
            return
        self.refresh_line.setText(self.tr("Next refresh in %1 s").replace("%1", f"{delay:.0f}"))

    # -- rendering -------------------------------------------------------------------------

    def _show(self, snapshot: InstallationSnapshot) -> None:
        rainbow = snapshot.rainbow
        if rainbow is not None and rainbow.admin_status is not None:
            status, channels = self._rainbow_texts(rainbow)
            self.rainbow_status.setText(status)
            self.rainbow_channels.setText(channels)
            self.rainbow_system.setText(rainbow.system_id or "–")
            self._show_rainbow_extras(rainbow)
        elif snapshot.rainbow_error:
            self.rainbow_status.setText(self.tr("Cannot read"))
            self.rainbow_channels.setText(translate_domain(snapshot.rainbow_error))
        elif self.installer.services.rainbow.session is None:
            self.rainbow_status.setText(self.tr("Not signed in"))
        else:
            self.rainbow_status.setText(self.tr("Not declared"))
        pbx = snapshot.pbx
        if pbx is not None:
            self.pbx_connection.setText(connection_text(pbx.connection))
            self.pbx_enabled.setText(self.tr("Yes") if pbx.rainbow_enabled else self.tr("No"))
            self.pbx_id.setText(pbx.pabx_id or "–")
            if pbx.last_error:
                self.pbx_connection.setToolTip(pbx.last_error)
        elif snapshot.pbx_error:
            self.pbx_connection.setText(self.tr("Cannot read"))
            self.pbx_enabled.setText(translate_domain(snapshot.pbx_error))
        diagnosis = snapshot.diagnosis
        colours = _SEVERITY_COLOURS.get(diagnosis.severity)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        colour = colours[1 if dark else 0] if colours else ""
        self.cause.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        self.cause.setText(_diagnosis_text(diagnosis.cause))
        self.next_action.setText(_diagnosis_text(diagnosis.next_action))
        if self.state.mode is DeliveryMode.STOCK and pbx is None:
            self.pbx_connection.setText(self.tr("Read in OMC"))

    def _show_rainbow_extras(self, rainbow: RainbowSnapshot) -> None:
        """The gateway as Rainbow reports it (and the portal step while it is wanted but not
        active), and whether the BTCO code can still be read."""
        state = self.state
        active = bool(rainbow.has_media_pillar)
        self.rainbow_gateway.setText(self.tr("active") if active else self.tr("not active"))
        self.rainbow_gateway.setToolTip(self.tr("As Rainbow reports it (hasMediaPillar)"))
        self._show_step(self.gateway_note, WEBRTC_STEP, state.webrtc_enabled and not active)
        btco = state.mode is DeliveryMode.BTCO
        self._show_step(self.code_note, RESET_CONNECTION_STEP, btco and not rainbow.code_readable)

    def _show_step(self, label: QLabel, text: str, shown: bool) -> None:
        """Show a step of the Rainbow admin portal in ``label``, or hide it."""
        label.setVisible(shown)
        if shown:
            step = PortalStep(text, self.state.company_name, self.state.server_name)
            label.setText(step.render(lambda t: QCoreApplication.translate(PORTAL_CONTEXT, t)))

    def _rainbow_texts(self, rainbow: RainbowSnapshot) -> tuple[str, str]:
        """The status and channels shown; a value this version does not know is shown as
        Rainbow sent it, never as a known word."""
        says = self.tr("Rainbow says: %1")
        unknown = rainbow.unknown
        status = rainbow.admin_status.value if rainbow.admin_status else ""
        if rainbow.admin_status is AdminStatus.UNKNOWN:
            status = says.replace("%1", unknown.get("status", str(rainbow.raw_status)))
        channels = {
            name: says.replace("%1", unknown[name]) if name in unknown else value
            for name, value in rainbow.channels.items()
        }
        connection = rainbow.connection.value
        if "connection" in unknown:
            connection = says.replace("%1", unknown["connection"])
        return status, ", ".join(f"{k}: {v}" for k, v in sorted(channels.items())) or connection

    def _show_timeline(self, plan: InstallationPlan | None) -> None:
        self.timeline.clear()
        for event in plan.progress.timeline if plan is not None else ():
            side = self.tr("Rainbow") if event.side == "rainbow" else self.tr("PBX")
            stamp = event.at.astimezone().strftime("%H:%M:%S")
            status = event.status
            if event.side != "rainbow" and parse_connection(status) is not PbxConnection.UNKNOWN:
                status = connection_text(parse_connection(status))
            self.timeline.addItem(f"{stamp}  {side}: {status}")

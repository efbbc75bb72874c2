"""Declaration: the PBX declared on Rainbow, step by step, with Cancel; BTCO credentials to copy."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from installer_app.domain.flow import WizardState
from installer_app.domain.plan import DeliveryMode, InstallationPlan
from installer_app.rainbow import System
from installer_app.services.declaration import AlreadyDeclaredError
from installer_app.services.failures import Failure, describe
from installer_app.services.plan_declaration import PlanDeclaration
from installer_app.services.plan_files_service import plan_or_problems, plan_saver
from installer_app.ui.dialogs.unrecorded_credentials import UnrecordedCredentialsDialog
from installer_app.ui.pages.base import StepPage
from installer_app.ui.support.domain_text import translate_domain, translate_parts
from installer_app.ui.tasks import TaskRunner
from installer_app.ui.widgets.copy_field import CopyField

logger = logging.getLogger(__name__)

_PENDING, _RUNNING, _DONE, _FAILED = "○", "…", "✓", "✗"


class DeclarationPage(StepPage):
    """Declares the plan's PBX (never twice) and shows the result to copy."""

    def _init_ui(self) -> None:
        self.setTitle(self.tr("Declaration on Rainbow"))
        self.setSubTitle(
            self.tr("The PBX is declared for the customer company. It is never declared twice.")
        )
        self.runner = TaskRunner(self)
        self.runner.busyChanged.connect(self._busy_changed)
        self._step_names = {
            "sign_in": self.tr("Signed in to Rainbow"),
            "company": self.tr("Customer company and site"),
            "duplicate_check": self.tr("Checking that the PBX is not declared yet"),
            "create": self.tr("Declaring the PBX"),
            "verify": self.tr("Reading the declaration back"),
        }
        steps_box = QGroupBox(self.tr("Progress"))
        steps_layout = QVBoxLayout(steps_box)
        self.step_labels: dict[str, QLabel] = {}
        for key, text in self._step_names.items():
            label = QLabel(f"{_PENDING}  {text}")
            label.setObjectName(f"step_{key}")
            self.step_labels[key] = label
            steps_layout.addWidget(label)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Declaration in progress"))
        self.status_label = QLabel()
        self.status_label.setObjectName("declarationStatus")
        self.status_label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        # It has the focus while declaring: a second Return (after the Summary's) must not
        # cancel; Return goes to Next, disabled until the declaration ends. Space cancels.
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.runner.cancel)
        self.retry_button = QPushButton(self.tr("&Declare again"))
        self.retry_button.clicked.connect(self.start_declaration)
        #: Shown with the "already declared" message: takes that declaration over, once confirmed.
        self.adopt_button = QPushButton(self.tr("&Take over this declaration…"))
        self.adopt_button.clicked.connect(self._confirm_take_over)
        self.adopt_button.setVisible(False)
        self.take_over_box: QMessageBox | None = None
        self.unrecorded_dialog: UnrecordedCredentialsDialog | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0 if self.progress.isVisible() else 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.adopt_button)
        buttons.addWidget(self.retry_button)
        self._body.addWidget(steps_box)
        self._body.addLayout(buttons)
        self._body.addWidget(self.status_label)
        self._body.addWidget(self._init_result())
        self._body.addStretch(1)
        #: Asks whether to reuse an existing declaration; tests replace it.
        self.confirm_reuse: Callable[[System], Awaitable[bool]] = self._ask_reuse
        self._busy_changed(False)

    def _init_result(self) -> QGroupBox:
        """The credentials Rainbow stores for the PBX, with copy buttons, and what to know.

        In BTCO mode this is where they first appear (there is no credentials page before the
        declaration: nothing exists to show yet), so the note says where they go, where they are
        kept and what to do if the code is lost.
        """
        self.result_box = QGroupBox()
        layout = QVBoxLayout(self.result_box)
        self.equipment_field = CopyField(self.tr("Equipment id (PABX-ID):"))
        self.code_field = CopyField(self.tr("Activation code:"), secret=True)
        width = max(
            self.equipment_field.label.sizeHint().width(), self.code_field.label.sizeHint().width()
        )
        for field in (self.equipment_field, self.code_field):
            field.label.setMinimumWidth(width)
            layout.addWidget(field)
        self.result_note = QLabel()
        self.result_note.setObjectName("credentialsNote")
        self.result_note.setWordWrap(True)
        layout.addWidget(self.result_note)
        return self.result_box

    def _show_mode(self, mode: DeliveryMode) -> None:
        if mode is DeliveryMode.BTCO:
            self.result_box.setTitle(self.tr("Generated by Rainbow: to copy into OMC"))
            note = self.tr(
                "The next page shows where each value goes in OMC (Expert View > Cloud > "
                "Rainbow), with the same copy buttons. This program keeps both: in its draft "
                "until Finish, and in the installation file when there is one. If the "
                'activation code is ever lost, "Reset connection" in the Rainbow admin portal '
                "(Customer companies > the company > Communication > Comm. Servers > the "
                "server) makes a new one: the PBX stays disconnected until it is entered in OMC."
            )
        else:
            self.result_box.setTitle(self.tr("Stored on Rainbow"))
            note = self.tr(
                "In stock mode both are the fleet and installation references joined by a "
                "dash: nothing needs entering on the PBX."
            )
        self.result_note.setText(note)

    def load_state(self, state: WizardState) -> None:
        plan = self.installer.installation_plan()
        self._show_mode(state.mode)
        self._show_result(plan)
        if plan is not None and plan.progress.system_id:
            for key in self.step_labels:
                self._mark(key, _DONE)
            self.status_label.setText(
                self.tr("Declared on Rainbow (system %1).").replace("%1", plan.progress.system_id)
            )
        elif not self.runner.busy:
            self.start_declaration()

    def extra_blockers(self) -> list[str]:
        if self.runner.busy:
            return [self.tr("The declaration is in progress.")]
        return []

    def cleanupPage(self) -> None:
        self.runner.cancel()
        super().cleanupPage()

    def start_declaration(self) -> None:
        """Start (or restart) the declaration in the background."""
        self.adopt_button.setVisible(False)
        self.runner.start(self._declare())

    def take_over_declaration(self) -> None:
        """Declare again, reusing the declaration found for this company without asking (the
        user confirmed it is this PBX's)."""
        self.adopt_button.setVisible(False)
        self.runner.start(self._declare(take_over=True))

    def _mark(self, key: str, mark: str) -> None:
        self.step_labels[key].setText(f"{mark}  {self._step_names[key]}")

    def _busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        plan = self.installer.plan
        declared = plan is not None and bool(plan.progress.system_id)
        self.retry_button.setEnabled(not busy and not declared)
        self._update_reason()
        self.completeChanged.emit()

    async def _declare(self, take_over: bool = False) -> None:
        plan = self.installer.installation_plan()
        if plan is None:
            _plan, problems = plan_or_problems(self.state)
            self.status_label.setText("\n".join(translate_domain(p.message) for p in problems))
            return
        for key in self.step_labels:
            self._mark(key, _PENDING)
        self._mark("sign_in", _DONE)
        current = "company"
        self._mark(current, _RUNNING)
        self.status_label.setText(self.tr("Declaring…"))

        def on_step(name: str) -> None:
            nonlocal current
            self._mark(current, _DONE)
            current = name
            self._mark(name, _RUNNING)

        try:
            result = await self.installer.services.rainbow.declare(
                plan,
                reuse_existing=_accept if take_over else self.confirm_reuse,
                create_site_name=self.state.create_site_name or None,
                on_step=on_step,
                record_intent=self._record_intent,
            )
        except asyncio.CancelledError:
            self._mark(current, _FAILED)
            self.status_label.setText(
                self.tr(
                    "Cancelled. If the declaration had reached Rainbow, declaring again finds "
                    "it: the PBX is never declared twice."
                )
            )
            raise
        except Exception as error:  # every failure is shown in words, never a traceback
            self._mark(current, _FAILED)
            self._show_failure(describe(error))
            self.adopt_button.setVisible(isinstance(error, AlreadyDeclaredError))
            return
        for key in self.step_labels:
            self._mark(key, _DONE)
        outcome = result.outcome
        if outcome.resumed:
            text = self.tr(
                "Found the declaration an interrupted attempt sent (system %1): it is used."
            ).replace("%1", outcome.system.id)
        elif outcome.reused:
            text = self.tr("This PBX was already declared: the existing declaration is used.")
        else:
            text = self.tr("Declared on Rainbow (system %1).").replace("%1", outcome.system.id)
        self.status_label.setText(text)
        self._show_result(result.plan)
        not_saved = self.installer.set_plan(result.plan)
        if not_saved is not None:
            self._show_failure(not_saved, also=text)
            self._show_unrecorded(result, translate_domain(not_saved.message))

    def _show_failure(self, failure: Failure, *, also: str = "") -> None:
        logger.warning("Declaration failed (%s): %s", failure.kind, failure.message)
        shown = translate_parts(failure.message, failure.hint, separator="\n")
        self.status_label.setText("\n".join(t for t in (also, shown) if t))

    def _show_result(self, plan: InstallationPlan | None) -> None:
        declared = plan is not None and bool(plan.progress.system_id)
        self.equipment_field.set_value((plan.equipment_id or "") if plan and declared else "")
        self.code_field.set_value((plan.activation_code or "") if plan and declared else "")
        self.result_box.setVisible(declared)

    def _record_intent(self, plan: InstallationPlan) -> None:
        """Before the create call: the unfinished declaration into the state (and its draft)
        and the installation file; a file that cannot be written stops the declaration."""
        self.state.progress = plan.progress
        if self.installer.plan_path is not None:
            save = plan_saver(self.installer.plan_path, passphrase=self.installer.plan_passphrase)
            save(plan)
        self.installer.stateChanged.emit()

    def _show_unrecorded(self, result: PlanDeclaration, reason: str) -> None:
        declared = result.plan
        self.unrecorded_dialog = UnrecordedCredentialsDialog(
            system_id=result.outcome.system.id,
            equipment_id=declared.equipment_id or "",
            activation_code=declared.activation_code or "",
            reason=reason,
            parent=self,
        )
        self.unrecorded_dialog.open()

    def _confirm_take_over(self) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Take over the declaration"))
        box.setText(
            self.tr(
                "Take over the declaration found on Rainbow for this PBX? Do it only if you know "
                "it is this PBX's: its equipment id and activation code become this "
                "installation's."
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def finished(code: int) -> None:
            box.deleteLater()
            if code == QMessageBox.StandardButton.Yes.value:
                self.take_over_declaration()

        box.finished.connect(finished)
        self.take_over_box = box
        box.open()

    async def _ask_reuse(self, system: System) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Already declared"))
        box.setText(
            self.tr("This PBX is already declared for this company as '%1'. Use it?").replace(
                "%1", system.name
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        answer: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

        def finished(code: int) -> None:
            if not answer.done():
                answer.set_result(code == QMessageBox.StandardButton.Yes.value)

        box.finished.connect(finished)
        box.open()
        try:
            return await answer
        finally:
            box.deleteLater()


async def _accept(_system: System) -> bool:
    return True

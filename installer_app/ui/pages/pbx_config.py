"""PBX configuration: the guided OMC checklist (copy each value, tick each step), or a push
through the sandbox driver; stock mode's short list."""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from installer_app.domain.flow import WizardState
from installer_app.domain.pbx_side import PbxConnection
from installer_app.domain.plan import DeliveryMode
from installer_app.pbx import GuidedOmcDriver
from installer_app.pbx.guided import TRANSLATION_CONTEXT
from installer_app.pbx.omc_checklist import STEP_WAIT_CONNECTED
from installer_app.services.failures import describe
from installer_app.services.pbx_config import PbxAccess, configure_pbx, mark_configured
from installer_app.services.plan_files_service import plan_or_problems
from installer_app.ui.pages.base import StepPage
from installer_app.ui.support.domain_text import translate_domain, translate_parts
from installer_app.ui.support.pbx_words import connection_text
from installer_app.ui.tasks import TaskRunner
from installer_app.ui.widgets.copy_field import CopyField

logger = logging.getLogger(__name__)


def _translated(text: str) -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


class PbxConfigPage(StepPage):
    """Configure the PBX side, by hand in OMC (guided) or pushed (sandbox)."""

    def _init_ui(self) -> None:
        self.setTitle(self.tr("PBX configuration"))
        self.runner = TaskRunner(self)
        self.runner.busyChanged.connect(lambda _busy: self._refresh_buttons())
        self.push_box = QGroupBox(self.tr("Sandbox PBX"))
        push_layout = QHBoxLayout(self.push_box)
        self.push_button = QPushButton(self.tr("&Push the settings to the PBX"))
        self.push_button.setAccessibleName(self.tr("Push the settings to the PBX"))
        self.push_button.clicked.connect(self.start_push)
        self.push_status = QLabel()
        self.push_status.setObjectName("pushStatus")
        self.push_status.setWordWrap(True)
        push_layout.addWidget(self.push_button)
        push_layout.addWidget(self.push_status, 1)
        # The values to copy come first, so that they are on screen without scrolling.
        self.values_box = QGroupBox(self.tr("Values to enter in OMC"))
        self.values_layout = QVBoxLayout(self.values_box)
        self.values_layout.setSpacing(2)
        self.steps_box = QGroupBox(self.tr("In OMC"))
        self.steps_layout = QVBoxLayout(self.steps_box)
        self.steps_layout.setSpacing(0)
        self.steps_layout.addStretch(1)  # the steps stay together at the top
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to step 1, not to the frame
        scroll.setWidget(self.steps_box)
        self._body.addWidget(self.push_box)
        self._body.addWidget(self.values_box)
        self._body.addWidget(scroll, 1)
        self.step_boxes: dict[str, QCheckBox] = {}
        #: The copy fields by step id ("step/1" for a step's second value, and so on).
        #: The step the next page watches (the PBX connecting): shown, never ticked by hand.
        self.watched_label = QLabel()
        self.copy_fields: dict[str, CopyField] = {}
        self._step_widgets: list[QWidget] = []
        self._title_of_watched = ""
        self.guided: GuidedOmcDriver | None = None
        self._ticking = False

    def load_state(self, state: WizardState) -> None:
        stock = state.mode is DeliveryMode.STOCK
        self.setSubTitle(
            self.tr("Stock mode: nothing to configure on the PBX; check these points.")
            if stock
            else self.tr("Enter the values in OMC (Expert View > Cloud > Rainbow), step by step.")
        )
        self.push_box.setVisible(self.installer.services.pushes_to_pbx and not stock)
        plan = self.installer.installation_plan()
        if plan is None:
            return
        previous = self.guided.confirmed if self.guided is not None else set()
        self.guided = GuidedOmcDriver.for_plan(plan, confirmed=previous)
        self._build_steps(self.guided)
        self._refresh_buttons()

    def _build_steps(self, guided: GuidedOmcDriver) -> None:
        for widget in self._step_widgets:
            widget.deleteLater()
        self._step_widgets.clear()
        self.step_boxes.clear()
        self.copy_fields.clear()
        for number, step in enumerate(guided.steps, start=1):
            title = f"{number}. {_translated(step.title)}"
            row = QWidget()
            layout = QVBoxLayout(row)
            layout.setContentsMargins(0, 2, 0, 2)
            layout.setSpacing(0)
            if step.id == STEP_WAIT_CONNECTED:
                # Not confirmed here: only whoever sees Connected may say so (the push, the
                # dashboard); the configuration is complete without it.
                self.watched_label = QLabel()
                self.watched_label.setObjectName("watchedStep")
                self.watched_label.setWordWrap(True)
                self.watched_label.setIndent(4)
                self._show_watched(title, PbxConnection.UNKNOWN)
                layout.addWidget(self.watched_label)
            else:
                box = QCheckBox(title)
                box.setAccessibleName(_translated(step.title))
                box.setAccessibleDescription(_translated(step.detail))
                box.setChecked(step.id in guided.confirmed)
                box.toggled.connect(lambda checked, sid=step.id: self._confirm(sid, checked))
                layout.addWidget(box)
                self.step_boxes[step.id] = box
            detail = QLabel(_translated(step.detail))
            detail.setWordWrap(True)
            detail.setIndent(24)
            layout.addWidget(detail)
            for index, value in enumerate(step.values()):
                label = _translated(value.label) + ":"
                field = CopyField(label, secret=value.secret, large=value.secret)
                field.set_value(value.value)
                self.values_layout.addWidget(field)
                self._step_widgets.append(field)
                self.copy_fields[step.id if index == 0 else f"{step.id}/{index}"] = field
            self.steps_layout.insertWidget(self.steps_layout.count() - 1, row)
            self._step_widgets.append(row)
        self.values_box.setVisible(bool(self.copy_fields))
        self._order_tab_stops()
        widest = max((f.label.sizeHint().width() for f in self.copy_fields.values()), default=0)
        for field in self.copy_fields.values():
            field.label.setMinimumWidth(widest)  # the values start in one column
        self._title_of_watched = next(
            (
                f"{n}. {_translated(s.title)}"
                for n, s in enumerate(guided.steps, start=1)
                if s.id == STEP_WAIT_CONNECTED
            ),
            "",
        )

    def _order_tab_stops(self) -> None:
        """Tab follows the screen: the push, the values to copy above, then the steps in order.

        Made step by step, each step's values came in the middle of the steps.
        """
        chain: list[QWidget] = [self.push_button]
        for field in self.copy_fields.values():
            chain += [field.value_edit, field.copy_button]
        chain += self.step_boxes.values()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_watched(self, title: str, connection: PbxConnection) -> None:
        """The connection step: ticked only when the PBX reads Connected."""
        if connection is PbxConnection.CONNECTED:
            text = self.tr("✔ %1: the PBX reads Connected.").replace("%1", title)
        else:
            text = self.tr("%1: the next page watches this for you.").replace("%1", title)
        self.watched_label.setText(text)
        self.watched_label.setAccessibleName(text)

    def _confirm(self, step_id: str, checked: bool) -> None:
        if self.guided is None:
            return
        if checked:
            self.guided.confirm(step_id)
        else:
            self.guided.unconfirm(step_id)
        if not self._ticking:
            self._set_configured(self.guided.configured)

    def _set_configured(self, configured: bool) -> None:
        plan = self.installer.installation_plan()
        self.installer.pbx_confirmed = set(self.guided.confirmed) if self.guided else set()
        if plan is not None and plan.progress.pbx_configured != configured:
            not_saved = self.installer.set_plan(mark_configured(plan, configured))
            if not_saved is not None:
                self.push_status.setText(not_saved.text)
        self._update_reason()
        self.completeChanged.emit()

    def _refresh_buttons(self) -> None:
        self.push_button.setEnabled(not self.runner.busy)

    def start_push(self) -> None:
        """Push the plan's settings to the sandbox PBX in the background."""
        self.runner.start(self._push())

    async def _push(self) -> None:
        plan = self.installer.installation_plan()
        if plan is None:
            _plan, problems = plan_or_problems(self.state)
            self.push_status.setText(translate_domain(problems[0].message) if problems else "")
            return
        self.push_status.setText(self.tr("Pushing…"))
        access = PbxAccess(open_driver=self.installer.services.pbx_driver)
        try:
            configured = await configure_pbx(plan, access)
        except Exception as error:  # shown in words
            failure = describe(error)
            self.push_status.setText(translate_parts(failure.message, failure.hint))
            return
        settings = configured.settings
        assert settings is not None  # pushed through a driver
        self.push_status.setText(
            self.tr("Applied: Rainbow enabled, PABX-ID set; PBX connection: %1").replace(
                "%1", connection_text(settings.connection)
            )
        )
        if self.guided is not None:
            self._ticking = True  # the push did every step: one record, not one per box
            try:
                for box in self.step_boxes.values():
                    box.setChecked(True)
            finally:
                self._ticking = False
        self._show_watched(self._title_of_watched, settings.connection)
        self.installer.pbx_confirmed = set(self.guided.confirmed) if self.guided else set()
        not_saved = self.installer.set_plan(configured.plan)
        if not_saved is not None:
            self.push_status.setText(not_saved.text)
        self._update_reason()
        self.completeChanged.emit()

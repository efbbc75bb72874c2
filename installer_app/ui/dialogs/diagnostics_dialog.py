"""The "Diagnostics…" entry of the More menu: a network check from this laptop, a zip for support.

The check (DNS, TCP, TLS handshake, proxy in use; each step with its result and time) runs only
when the technician asks, against the Rainbow server the wizard uses, with the CA bundle from
Settings. "Save diagnostics…" writes what :mod:`installer_app.services.diagnostics` collects:
versions, the check, redacted logs, settings and the installation file without secrets.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from installer_app.ui.dialogs.opening import open_dialog
from installer_app.ui.support.domain_text import translate_domain
from installer_app.ui.tasks import TaskRunner
from installer_app.ui.widgets.busy_indicator import BusyIndicator
from installer_app.ui.widgets.inline_message import InlineMessage

if TYPE_CHECKING:  # the services are loaded when the dialog opens, not at start-up
    from collections.abc import Mapping

    from installer_app.services.network_check import CheckStep, NetworkTarget
    from installer_app.ui.wizard_surface import WizardSurface

logger = logging.getLogger(__name__)


class DiagnosticsDialog(QDialog):
    """Network check on demand, and "Save diagnostics…".

    Args:
        wizard: whose server, settings, installation file and state are reported.
        log_folder: where the logs are; the program's own folder when None.
        environ: proxy variables to report instead of the computer's (tests).
    """

    def __init__(
        self,
        wizard: WizardSurface,
        *,
        log_folder: Path | None = None,
        environ: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent or wizard.window())
        self.setObjectName("diagnosticsDialog")
        self.wizard = wizard
        self._log_folder = log_folder
        self._environ = environ
        self.steps: list[CheckStep] | None = None
        self.runner = TaskRunner(self)
        self.runner.busyChanged.connect(self._busy_changed)
        self.setWindowTitle(self.tr("Diagnostics"))
        self.resize(680, 420)
        layout = QVBoxLayout(self)
        self._init_check(layout)
        self._init_buttons(layout)

    def _init_check(self, layout: QVBoxLayout) -> None:
        target = self.target()
        self.target_label = QLabel(
            self.tr("Checks the connection from this computer to %1, port %2.")
            .replace("%1", target.host)
            .replace("%2", str(target.port))
        )
        self.target_label.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("networkSteps")
        self.table.setAccessibleName(self.tr("Network check steps"))
        self.table.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Result"), self.tr("Time")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.check_button = QPushButton(self.tr("&Check the network"))
        self.check_button.setAccessibleName(self.tr("Check the network to Rainbow"))
        self.check_button.clicked.connect(self.run_check)
        self.busy = BusyIndicator(self.tr("C&ancel check"))
        self.busy.cancelRequested.connect(self.runner.cancel)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addWidget(self.busy, 1)
        row.addStretch()
        self.message = InlineMessage(self.tr("Diagnostics result"))
        layout.addWidget(self.target_label)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def _init_buttons(self, layout: QVBoxLayout) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save diagnostics…"))
        self.save_button.setAccessibleName(self.tr("Save a diagnostics file for support"))
        self.save_button.clicked.connect(self._ask_where_to_save)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # -- the network check -----------------------------------------------------------------

    def target(self) -> NetworkTarget:
        """The server the wizard uses, with the CA bundle from Settings."""
        from installer_app.services.network_check import NetworkTarget  # noqa: PLC0415

        return NetworkTarget.from_url(
            self.wizard.state.rainbow_server, ca_bundle=self.wizard.services.rainbow.ca_bundle
        )

    def run_check(self) -> None:
        """Start the network check in the background (a running one is replaced)."""
        self.table.setRowCount(0)
        self.message.clear_message()
        self.steps = []
        self.runner.start(self._check())

    async def _check(self) -> None:
        from installer_app.services.network_check import check_network  # noqa: PLC0415

        steps = await check_network(self.target(), environ=self._environ, on_step=self._add_step)
        self.steps = steps
        failed = [step for step in steps if step.status.value == "failed"]
        if failed:
            first = failed[0]
            self.message.show_error(self._labelled(first.title, first.detail), first.hint)
        else:
            self.message.show_info(self.tr("Every step passed."))

    def _add_step(self, step: CheckStep) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        words = {
            "ok": self.tr("OK"),
            "failed": self.tr("Failed"),
            "skipped": self.tr("Not tried"),
            "info": self.tr("Info"),
        }
        result = self._labelled(words[step.status.value], step.detail)
        if step.hint:
            result += f"\n{translate_domain(step.hint)}"
        took = self.tr("%1 ms").replace("%1", f"{step.seconds * 1000:.0f}")
        cells = (translate_domain(step.title), result, took)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column == 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        self.table.resizeRowToContents(row)

    def _labelled(self, label: str, text: str) -> str:
        """``label: text``, both in the interface language (the check's words are English)."""
        labelled = self.tr("%1: %2", "a label, then what it labels")
        return labelled.replace("%1", translate_domain(label)).replace("%2", translate_domain(text))

    def _busy_changed(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Checking the network…"))
        else:
            self.busy.stop()

    @property
    def busy_checking(self) -> bool:
        """Whether the network check is running, until the dialog has shown how it ended."""
        return self.runner.busy or self.busy.running

    # -- the diagnostics file --------------------------------------------------------------

    def _ask_where_to_save(self) -> None:
        suggested = str(Path.home() / "installer-diagnostics.zip")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save diagnostics"), suggested, self.tr("Zip files (*.zip)")
        )
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, path: Path) -> bool:
        """Write the diagnostics zip to ``path``; True when written (the message says where)."""
        from installer_app.services import diagnostics  # noqa: PLC0415

        wizard = self.wizard
        settings = wizard.settings
        plan = (
            diagnostics.plan_from_file(wizard.plan_path)
            if wizard.plan_path is not None
            else diagnostics.plan_from_state(wizard.state)
        )
        try:
            written = diagnostics.write_bundle(
                path,
                summary=diagnostics.system_summary(
                    {"qt": qVersion(), "pyside6": PySide6.__version__}
                ),
                network=self.steps or None,
                settings={key: settings.value(key) for key in settings.allKeys()},
                plan=plan,
                log_folder=self._log_folder or _program_log_folder(),
            )
        except diagnostics.DiagnosticsError as error:
            self.message.show_error(error.message, error.hint)
            return False
        self.message.show_info(
            self.tr("Diagnostics saved to %1. Send this file to support.").replace(
                "%1", str(written)
            )
        )
        return True

    def done(self, result: int) -> None:
        self.runner.cancel()
        super().done(result)


def _program_log_folder() -> Path:
    from installer_app.ui.support.paths import log_folder  # noqa: PLC0415

    return log_folder()


def open_diagnostics(wizard: WizardSurface) -> DiagnosticsDialog:
    """Show the Diagnostics dialog (without blocking the loop) and return it."""
    return open_dialog(DiagnosticsDialog(wizard))


def install(wizard: WizardSurface) -> None:
    """Add "Diagnostics…" to the More menu."""
    text = QCoreApplication.translate("DiagnosticsDialog", "&Diagnostics…")
    wizard.add_tool_action(text, lambda: open_diagnostics(wizard))

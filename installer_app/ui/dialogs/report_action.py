"""The "Handover report…" entry of the More menu and the dashboard's button: the report as a PDF.

The report's content comes from :func:`~installer_app.services.report.build_report` on the
wizard's plan; this module asks who did the job and whether to show the activation code (masked
by default), where to save, and writes the PDF with :mod:`installer_app.ui.support.report_pdf`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from installer_app.domain.flow import Step
from installer_app.services.report import build_report
from installer_app.ui.support.domain_text import translate_domain
from installer_app.ui.support.report_pdf import ReportPdfError, write_report_pdf

if TYPE_CHECKING:
    from installer_app.ui.wizard_surface import WizardSurface

TECHNICIAN_KEY = "report/technician"


@dataclass(frozen=True)
class ReportOptions:
    """What the technician chose for one report."""

    technician: str
    reveal_code: bool


class ReportOptionsDialog(QDialog):
    """Who did the job, and whether the activation code is printed in clear."""

    def __init__(self, technician: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handover report"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.technician_edit = QLineEdit(technician)
        self.technician_edit.setAccessibleName(self.tr("Technician"))
        self.technician_edit.setPlaceholderText(self.tr("Your name, as the customer knows you"))
        label = QLabel(self.tr("&Technician:"))
        label.setBuddy(self.technician_edit)
        form.addRow(label, self.technician_edit)
        self.reveal_box = QCheckBox(self.tr("&Show the activation code in the report"))
        self.reveal_box.setAccessibleName(self.tr("Show the activation code in the report"))
        self.reveal_box.setToolTip(
            self.tr("Masked by default: the report is usually handed to the customer.")
        )
        form.addRow(self.reveal_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def options(self) -> ReportOptions:
        """The choices shown."""
        return ReportOptions(self.technician_edit.text().strip(), self.reveal_box.isChecked())


class ReportAction(QObject):
    """Writes the handover report of the wizard's plan; from the More menu or the dashboard.

    ``ask_options``, ``ask_path`` and ``inform`` are the dialogs; tests replace them.
    """

    def __init__(self, wizard: WizardSurface) -> None:
        super().__init__(wizard.window())
        self.setObjectName("handoverReport")
        self._wizard = wizard
        self.ask_options: Callable[[str], ReportOptions | None] = self._ask_options
        self.ask_path: Callable[[str], Path | None] = self._ask_path
        self.inform: Callable[[str], None] = self._inform
        self.action = wizard.add_tool_action(self.tr("&Handover report…"), self.export)
        self.button = QPushButton(self.tr("&Handover report…"))
        self.button.setObjectName("handoverReportButton")
        self.button.setAccessibleName(self.tr("Write the handover report"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.export)
        self._add_to_dashboard()

    def _add_to_dashboard(self) -> None:
        """A row above the dashboard's status line (the page's public layout, not its code)."""
        outer = self._wizard.page_for(Step.DASHBOARD).layout()
        if not isinstance(outer, QVBoxLayout):
            return
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        outer.insertLayout(max(outer.count() - 1, 0), row)

    def export(self) -> Path | None:
        """Ask, write the PDF and say where; the file written, or None."""
        wizard = self._wizard
        plan, problems = wizard.plan_from_input()
        if plan is None:
            self.inform(
                self.tr("The handover report needs a complete installation:")
                + "\n"
                + "\n".join(translate_domain(p.message) for p in problems)
            )
            return None
        remembered = wizard.settings.value(TECHNICIAN_KEY, "")
        options = self.ask_options(remembered if isinstance(remembered, str) else "")
        if options is None:
            return None
        path = self.ask_path(self._suggested_name(plan.server_name))
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        report = build_report(plan, technician=options.technician, reveal_code=options.reveal_code)
        try:
            write_report_pdf(report, path)
        except ReportPdfError as error:
            self.inform(translate_domain(error.message))
            return None
        wizard.settings.setValue(TECHNICIAN_KEY, options.technician)
        self.inform(self.tr("The handover report was saved to %1.").replace("%1", str(path)))
        return path

    def _suggested_name(self, server_name: str) -> str:
        base = "".join(c if c.isalnum() or c in "-_" else "_" for c in server_name) or "pbx"
        folder = self._wizard.plan_path.parent if self._wizard.plan_path else Path.home()
        return str(folder / f"{base}-handover-report.pdf")

    def _ask_options(self, technician: str) -> ReportOptions | None:
        dialog = ReportOptionsDialog(technician, self._wizard.window())
        accepted = dialog.exec() == QDialog.DialogCode.Accepted.value
        options = dialog.options() if accepted else None
        dialog.deleteLater()
        return options

    def _ask_path(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self._wizard.window(),
            self.tr("Save the handover report"),
            suggested,
            self.tr("PDF (*.pdf)"),
        )
        return Path(name) if name else None

    def _inform(self, text: str) -> None:
        QMessageBox.information(self._wizard.window(), self.tr("Handover report"), text)


def install(wizard: WizardSurface) -> None:
    """Add the report to the More menu and to the dashboard."""
    ReportAction(wizard)

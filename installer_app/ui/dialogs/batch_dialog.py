"""Preparing a batch of installation files from a spreadsheet (CSV), from the wizard.

The same use case as ``installer-app prepare``: one file per row, nothing written when a row is
wrong unless the valid rows are kept, every problem listed with its row and column.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from installer_app.domain.batch_input import BatchProblem
from installer_app.services.batch import BatchError, PreparedBatch, prepare_batch
from installer_app.ui.support.domain_text import translate_domain
from installer_app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from installer_app.ui.wizard_surface import WizardSurface


def problem_text(problem: BatchProblem) -> str:
    """A batch problem in the interface language: its row and column (as the CSV names it),
    then the message."""
    message = translate_domain(problem.message)
    if problem.row is None:
        return message
    if problem.column is None:
        text = QCoreApplication.translate("BatchDialog", "Row %1: %2")
        return text.replace("%1", str(problem.row)).replace("%2", message)
    text = QCoreApplication.translate("BatchDialog", "Row %1, column %2: %3")
    return text.replace("%1", str(problem.row)).replace("%2", problem.column).replace("%3", message)


class BatchDialog(QDialog):
    """Choose a CSV, an output folder and optional rules; prepare; see every problem."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate(
                "BatchDialog", "Prepare installation files from a spreadsheet"
            )
        )
        self.runner = TaskRunner(self)
        self.runner.busyChanged.connect(self._busy_changed)
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "BatchDialog",
                "One installation file per row of a CSV file (columns company_id, company_name, "
                "server_name, model, mode, fleet_ref, installation_ref, country; optional "
                "prefixes and installation_number). Nothing is written while a row is wrong.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self._add_inputs(layout)
        self.summary = QLabel()
        self.summary.setObjectName("batchSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.results = QListWidget()
        self.results.setAccessibleName(
            QCoreApplication.translate("BatchDialog", "Problems and files written")
        )
        layout.addWidget(self.results, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.prepare_button = QPushButton(QCoreApplication.translate("BatchDialog", "&Prepare"))
        buttons.addButton(self.prepare_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.prepare_button.clicked.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 480)
        #: Ask for files and folders; tests replace them.
        self.ask_file: Callable[[str, str], Path | None] = self._ask_file
        self.ask_folder: Callable[[str], Path | None] = self._ask_folder

    def _add_inputs(self, layout: QVBoxLayout) -> None:
        """The three paths (CSV, output folder, rules) and the keep-valid-rows choice."""
        form = QFormLayout()
        self.csv_edit = self._path_row(
            form,
            QCoreApplication.translate("BatchDialog", "&CSV file:"),
            QCoreApplication.translate("BatchDialog", "CSV file"),
            self._pick_csv,
        )
        self.out_edit = self._path_row(
            form,
            QCoreApplication.translate("BatchDialog", "&Output folder:"),
            QCoreApplication.translate("BatchDialog", "Output folder"),
            self._pick_out,
        )
        self.rules_edit = self._path_row(
            form,
            QCoreApplication.translate("BatchDialog", "&Numbering rules (optional):"),
            QCoreApplication.translate("BatchDialog", "Numbering rules file"),
            self._pick_rules,
        )
        layout.addLayout(form)
        self.keep_valid_box = QCheckBox(
            QCoreApplication.translate(
                "BatchDialog", "&Keep the valid rows even when others are wrong"
            )
        )
        self.keep_valid_box.setAccessibleName(
            QCoreApplication.translate("BatchDialog", "Keep the valid rows")
        )
        layout.addWidget(self.keep_valid_box)

    def _path_row(
        self, form: QFormLayout, label: str, name: str, pick: Callable[[], None]
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        browse = QPushButton(QCoreApplication.translate("BatchDialog", "Browse…"))
        browse.setAccessibleName(
            QCoreApplication.translate("BatchDialog", "Browse for %1").replace("%1", name)
        )
        browse.setAutoDefault(False)
        browse.clicked.connect(pick)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(browse)
        caption = QLabel(label)
        caption.setBuddy(edit)
        form.addRow(caption, row)
        return edit

    def _ask_file(self, title: str, pattern: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, title, "", pattern)
        return Path(name) if name else None

    def _ask_folder(self, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, title)
        return Path(name) if name else None

    def _pick_csv(self) -> None:
        path = self.ask_file(
            QCoreApplication.translate("BatchDialog", "CSV file"),
            QCoreApplication.translate("BatchDialog", "Spreadsheets (*.csv *.txt);;All files (*)"),
        )
        if path is not None:
            self.csv_edit.setText(str(path))

    def _pick_out(self) -> None:
        path = self.ask_folder(QCoreApplication.translate("BatchDialog", "Output folder"))
        if path is not None:
            self.out_edit.setText(str(path))

    def _pick_rules(self) -> None:
        path = self.ask_file(
            QCoreApplication.translate("BatchDialog", "Numbering rules file"),
            QCoreApplication.translate("BatchDialog", "JSON files (*.json)"),
        )
        if path is not None:
            self.rules_edit.setText(str(path))

    def _busy_changed(self, busy: bool) -> None:
        self.prepare_button.setEnabled(not busy)

    def start(self) -> None:
        """Check the fields and prepare the batch in a worker thread."""
        csv_text, out_text = self.csv_edit.text().strip(), self.out_edit.text().strip()
        if not csv_text or not out_text:
            self.summary.setText(
                QCoreApplication.translate(
                    "BatchDialog", "Choose the CSV file and the output folder."
                )
            )
            return
        rules_text = self.rules_edit.text().strip()
        self.runner.start(
            self._prepare(Path(csv_text), Path(out_text), Path(rules_text) if rules_text else None)
        )

    async def _prepare(self, csv_path: Path, out_dir: Path, rules: Path | None) -> None:
        self.results.clear()
        self.summary.setText(QCoreApplication.translate("BatchDialog", "Preparing…"))
        keep = self.keep_valid_box.isChecked()
        try:
            result: PreparedBatch = await asyncio.to_thread(
                prepare_batch, csv_path, out_dir, rules_path=rules, keep_valid=keep
            )
        except BatchError as error:
            self.summary.setText(QCoreApplication.translate("BatchDialog", "Nothing was prepared:"))
            for problem in error.problems:
                self.results.addItem(problem_text(problem))
            return
        for problem in result.problems:
            self.results.addItem(problem_text(problem))
        for warning in result.warnings:
            self.results.addItem(translate_domain(warning))
        for _row, path in result.written:
            self.results.addItem(
                QCoreApplication.translate("BatchDialog", "Written: %1").replace("%1", path.name)
            )
        if result.ok:
            text = QCoreApplication.translate("BatchDialog", "%1 installation files written to %2.")
        elif result.written:
            text = QCoreApplication.translate(
                "BatchDialog", "%1 files written to %2; the rows listed below were left out."
            )
        else:
            text = QCoreApplication.translate(
                "BatchDialog",
                "Nothing was written to %2: correct the rows listed below and try again.",
            )
        self.summary.setText(
            text.replace("%1", str(len(result.written))).replace("%2", str(out_dir))
        )


def install(wizard: WizardSurface) -> None:
    """Add "Prepare a batch from CSV…" to the More menu."""

    def open_dialog() -> None:
        dialog = BatchDialog(wizard.window())
        wizard.batch_dialog = dialog  # type: ignore[attr-defined]
        dialog.open()

    wizard.add_tool_action(
        QCoreApplication.translate("BatchDialog", "Prepare a &batch from CSV…"), open_dialog
    )

"""Summary: everything on one page, each part linking back to its page; save or declare."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWizard,
)

from installer_app.domain import dialing
from installer_app.domain.flow import Step, WizardState
from installer_app.domain.plan import DeliveryMode, InstallationPlan, PbxModel
from installer_app.services.plan_files_service import (
    plan_or_problems,
    save_state,
    suggested_file_name,
)
from installer_app.ui.pages.base import StepPage
from installer_app.ui.widgets.country_combo import country_display_name
from installer_app.ui.widgets.preflight_panel import PreflightPanel


class SummaryPage(StepPage):
    """The whole plan at a glance, its problems, and the two ways on: save or declare."""

    def _init_ui(self) -> None:
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Check everything once more. Each part links back to its page."))
        self.summary = QLabel()
        self.summary.setObjectName("summaryText")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(self.summary.textFormat().RichText)
        self.summary.linkActivated.connect(self._follow_link)
        self.problems = QLabel()
        self.problems.setObjectName("summaryProblems")
        self.problems.setWordWrap(True)
        self.todo = QLabel()
        self.todo.setObjectName("summaryTodo")
        self.todo.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save installation file…"))
        self.save_button.setAccessibleName(self.tr("Save installation file"))
        self.save_button.clicked.connect(self._save_clicked)
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        self.protect_box = QCheckBox(
            self.tr("&Protect the equipment id and activation code with a passphrase")
        )
        self.protect_box.setAccessibleName(self.tr("Protect with a passphrase"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_label, 1)
        self._body.addWidget(self.summary)
        self._body.addWidget(self.problems)
        self._body.addWidget(self.todo)
        # On a line of its own: beside the button it widened the window in longer languages.
        self._body.addWidget(self.protect_box)
        self._body.addLayout(buttons)
        self.preflight = PreflightPanel(self.installer.services.rainbow, self)
        self._body.addWidget(self.preflight)
        self._body.addStretch(1)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Declare on Rainbow"))
        #: Asks where to save, and a new passphrase; tests replace them.
        self.ask_save_path: Callable[[str], Path | None] = self._ask_save_path
        self.ask_new_passphrase: Callable[[], str | None] = self._ask_new_passphrase

    def load_state(self, state: WizardState) -> None:
        plan, problems = plan_or_problems(state)
        self.summary.setText(self._summary_html(state, plan))
        self.problems.setText(
            "<br>".join(html.escape(p.message) for p in problems) if problems else ""
        )
        self.problems.setVisible(bool(problems))
        self.save_button.setEnabled(plan is not None)
        self.todo.setText(self._todo_text(state))
        self.preflight.show_plan(plan, create_site_name=state.create_site_name)

    def extra_blockers(self) -> list[str]:
        _, problems = plan_or_problems(self.state)
        return [problems[0].message] if problems else []

    def _row(self, title: str, value: str, step: Step) -> str:
        change = self.tr("Change")
        return (
            f"<tr><td style='padding-right:12px'><b>{html.escape(title)}</b></td>"
            f"<td>{value}</td><td style='padding-left:12px'>"
            f"<a href='{step.value}'>{html.escape(change)}</a></td></tr>"
        )

    def _summary_html(self, state: WizardState, plan: InstallationPlan | None) -> str:
        e = html.escape
        model = (
            "OXO Connect Evolution"
            if state.pbx_model is PbxModel.OXO_CONNECT_EVOLUTION
            else ("OXO Connect")
        )
        mode = self.tr("Stock") if state.mode is DeliveryMode.STOCK else self.tr("BTCO")
        company = e(state.company_name or state.company_id or self.tr("not chosen"))
        site = e(state.site_id) if state.site_id else self.tr("chosen at declaration")
        gateway = (
            self.tr("WebRTC gateway wanted: to activate in the Rainbow admin portal")
            if state.webrtc_enabled
            else self.tr("WebRTC gateway not wanted")
        )
        if state.mode is DeliveryMode.STOCK:
            # The plan's own value: the references after the domain's clean-up.
            joined = e(plan.equipment_id or "") if plan is not None else ""
            credentials = self.tr("Equipment id and activation code: %1").replace(
                "%1", joined or self.tr("not chosen")
            )
        elif state.equipment_id:
            credentials = self.tr("Equipment id: %1 (activation code recorded)").replace(
                "%1", e(state.equipment_id)
            )
        else:
            credentials = self.tr("Generated by Rainbow at declaration")
        country = (
            f"{e(country_display_name(state.country))} ({e(state.country)})"
            if dialing.is_known_country(state.country)
            else self.tr("not chosen")
        )
        outbound = e(state.outbound_prefix) if state.use_outbound_prefix else self.tr("not used")
        dial = self.tr("%1; national %2, international %3, outbound %4")
        dial = (
            dial.replace("%1", country)
            .replace("%2", e(state.national_prefix or "–"))
            .replace("%3", e(state.international_prefix or "–"))
            .replace("%4", outbound)
        )
        if state.rules:
            blocked = self.tr("(blocked)")  # not inside the f-string: lupdate would miss it
            rules = "<br>".join(
                f"{i}. {e(r.regexp_match)} → {e(r.regexp_replace) or blocked}"
                for i, r in enumerate(state.rules, start=1)
            )
        else:
            rules = self.tr("none (Rainbow's default analysis)")
        rows = [
            self._row(self.tr("Rainbow server"), e(state.rainbow_server), Step.START),
            self._row(self.tr("PBX"), f"{model}, {mode}", Step.PBX_MODE),
            self._row(self.tr("Customer company"), f"{company} — {site}", Step.COMPANY),
            self._row(self.tr("Server name"), f"{e(state.server_name)}<br>{gateway}", Step.PBX),
            self._row(self.tr("Credentials"), credentials, Step.CREDENTIALS),
            self._row(self.tr("Dialing"), dial, Step.DIALING),
            self._row(self.tr("Numbering rules"), rules, Step.NUMBERING),
        ]
        return "<table cellspacing='4'>" + "".join(rows) + "</table>"

    def _todo_text(self, state: WizardState) -> str:
        if state.offline:
            return self.tr(
                "Still to do: save the installation file, then sign in and declare on Rainbow "
                "(from the office or on site), configure the PBX and check both statuses."
            )
        if state.progress.system_id:
            return self.tr("Already declared on Rainbow: declaring again reuses the same system.")
        return self.tr("Next: declare the PBX on Rainbow, then configure the PBX.")

    def _follow_link(self, target: str) -> None:
        self.installer.jump_to(Step(target))

    def _ask_save_path(self, suggested: str) -> Path | None:
        start = str(self.installer.plan_path or Path.home() / suggested)
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save installation file"),
            start,
            self.tr("Installation files (*.json)"),
        )
        return Path(name) if name else None

    def _save_clicked(self) -> None:
        self.save_from_anywhere()

    def save_from_anywhere(self) -> bool:
        """Ask where and save; when the plan is not complete yet, say what is missing."""
        plan, problems = self.installer.plan_from_input()
        if plan is None:
            self._tell(
                self.tr("The installation file cannot be saved yet:")
                + "\n"
                + "\n".join(p.message for p in problems)
            )
            return False
        path = self.installer.plan_path or self.ask_save_path(suggested_file_name(self.state))
        if path is None:
            return False
        passphrase = self.installer.plan_passphrase
        if self.protect_box.isChecked() and not passphrase:
            passphrase = self.ask_new_passphrase()
            if passphrase is None:
                return False
        problems = save_state(self.state, path, passphrase=passphrase)
        if problems:
            self._tell("; ".join(p.message for p in problems))
            return False
        self.installer.plan_path = path
        self.installer.plan_passphrase = passphrase
        saved = self.tr("Saved to %1").replace("%1", str(path))
        if passphrase:
            saved += " " + self.tr("(protected by a passphrase)")
        self._tell(saved)
        return True

    def _ask_new_passphrase(self) -> str | None:
        first, ok = QInputDialog.getText(
            self,
            self.tr("Protect the installation file"),
            self.tr("New passphrase (at least 8 characters):"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not first:
            return None
        second, ok = QInputDialog.getText(
            self,
            self.tr("Protect the installation file"),
            self.tr("The same passphrase again:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        if first != second:
            self._tell(self.tr("The two passphrases differ: nothing was saved."))
            return None
        return first

    def _tell(self, text: str) -> None:
        self.saved_label.setText(text)
        if self.installer.current_step() is not Step.SUMMARY:
            self.inform(text)

    def inform(self, text: str) -> None:
        """Show ``text`` in a message box (from another page); tests replace it."""
        QMessageBox.information(self.installer.window(), self.tr("Installation file"), text)

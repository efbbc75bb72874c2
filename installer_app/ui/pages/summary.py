"""Summary: everything on one page, each part linking back to its page; save or declare."""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
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
from installer_app.ui.support.domain_text import translate_domain
from installer_app.ui.widgets.country_combo import country_display_name
from installer_app.ui.widgets.preflight_panel import PreflightPanel


class SummaryPage(StepPage):
    """The whole plan at a glance, its problems, and the two ways on: save or declare."""

    def _init_ui(self) -> None:
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Check everything once more. Each part links back to its page."))
        self.summary = QWidget()
        self.summary.setObjectName("summaryText")
        self._grid = QGridLayout(self.summary)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setColumnStretch(1, 1)
        self._values: list[QLabel] = []
        self.change_buttons: dict[Step, QPushButton] = {}
        #: Every Change button, top to bottom (two rows may lead to one step).
        self.change_list: list[QPushButton] = []
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
        self._show_rows(self._summary_rows(state, plan))
        shown = (html.escape(translate_domain(p.message)) for p in problems)
        self.problems.setText("<br>".join(shown))
        self.problems.setVisible(bool(problems))
        self.save_button.setEnabled(plan is not None)
        self.todo.setText(self._todo_text(state))
        self.preflight.show_plan(plan, create_site_name=state.create_site_name)

    def extra_blockers(self) -> list[str]:
        _, problems = plan_or_problems(self.state)
        return [problems[0].message] if problems else []

    def _show_rows(self, rows: list[tuple[str, str, Step]]) -> None:
        """One row per part: its title, its value, and a Change button Tab reaches."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._values = []
        self.change_buttons = {}
        changes: list[QPushButton] = []
        for row, (title, value, step) in enumerate(rows):
            title_label = QLabel(f"<b>{html.escape(title)}</b>")
            value_label = QLabel(value)
            value_label.setWordWrap(True)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value_label.setAccessibleName(title)
            value_label.setAccessibleDescription(
                QTextDocumentFragment.fromHtml(value).toPlainText()
            )
            change = QPushButton(self.tr("Change"))
            change.setAccessibleName(self.tr("Change: %1").replace("%1", title))
            change.setAutoDefault(False)
            change.clicked.connect(
                lambda _checked=False, target=step: self._follow_link(target.value)
            )
            self._grid.addWidget(title_label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(value_label, row, 1, Qt.AlignmentFlag.AlignVCenter)
            title_label.setAlignment(Qt.AlignmentFlag.AlignVCenter)
            self._grid.addWidget(change, row, 2, Qt.AlignmentFlag.AlignVCenter)
            self._values.append(value_label)
            self.change_buttons.setdefault(step, change)
            changes.append(change)
        self.change_list = changes
        # Tab goes down the page: the Change buttons, made anew here, came after the controls
        # below them (made once); they go first, those controls after them in screen order.
        below = [self.protect_box, self.save_button, *self.preflight.tab_stops()]
        for first, second in itertools.pairwise([*changes, *below]):
            QWidget.setTabOrder(first, second)

    def summary_text(self) -> str:
        """The summary as plain text, one part a line (tests and screen readers read it)."""
        return "\n".join(label.accessibleDescription() for label in self._values)

    def _company_text(self, state: WizardState) -> str:
        e = html.escape
        company = e(state.company_name or self.tr("(no name)"))
        if state.company_id:
            company += " " + self.tr("(Rainbow id %1)").replace("%1", e(state.company_id))
        else:
            company = self.tr("not chosen")
        if state.site_id:
            site = self.tr("Site: %1").replace("%1", e(state.site_name or state.site_id))
        elif state.create_site_name:
            site = self.tr("Site: %1, created at declaration").replace(
                "%1", e(state.create_site_name)
            )
        else:
            site = self.tr("Site: chosen at declaration")
        return f"{company}<br>{site}"

    def _credentials_text(self, state: WizardState, plan: InstallationPlan | None) -> str:
        e = html.escape
        if state.mode is DeliveryMode.STOCK:
            # The plan's own value: the references after the domain's clean-up.
            joined = e(plan.equipment_id or "") if plan is not None else ""
            return self.tr("Equipment id and activation code: %1").replace(
                "%1", joined or self.tr("not chosen")
            )
        if state.equipment_id:
            return self.tr("Equipment id: %1 (activation code recorded)").replace(
                "%1", e(state.equipment_id)
            )
        return self.tr("Generated by Rainbow at declaration")

    def _dialing_text(self, state: WizardState) -> str:
        e = html.escape
        country = (
            f"{e(country_display_name(state.country))} ({e(state.country)})"
            if dialing.is_known_country(state.country)
            else self.tr("not chosen")
        )
        outbound = e(state.outbound_prefix) if state.use_outbound_prefix else self.tr("not used")
        dial = (
            self.tr("%1; national %2, international %3, outbound %4")
            .replace("%1", country)
            .replace("%2", e(state.national_prefix or "–"))
            .replace("%3", e(state.international_prefix or "–"))
            .replace("%4", outbound)
        )
        if not state.installation_number:
            return dial + "<br>" + self.tr("Installation number: not given")
        number = self.tr(
            "Installation number: %1 (not sent to Rainbow: enter it in the portal's \"Dialing "
            'information")'
        )
        return dial + "<br>" + number.replace("%1", e(state.installation_number))

    def _rules_text(self, state: WizardState) -> str:
        e = html.escape
        if not state.rules:
            return self.tr("none (Rainbow's default analysis)")
        blocked = self.tr("(blocked)")  # not inside the f-string: lupdate would miss it
        lines = []
        for i, rule in enumerate(state.rules, start=1):
            line = f"{i}. {e(rule.regexp_match)} → {e(rule.regexp_replace) or blocked}"
            if rule.description:
                line += f" — {e(rule.description)}"
            lines.append(line)
        return "<br>".join(lines)

    def _summary_rows(
        self, state: WizardState, plan: InstallationPlan | None
    ) -> list[tuple[str, str, Step]]:
        e = html.escape
        stock = state.mode is DeliveryMode.STOCK
        credentials_step = Step.CREDENTIALS if stock else Step.PBX_MODE
        model = (
            "OXO Connect Evolution"
            if state.pbx_model is PbxModel.OXO_CONNECT_EVOLUTION
            else ("OXO Connect")
        )
        mode = self.tr("Stock") if stock else self.tr("BTCO")
        gateway = (
            self.tr("WebRTC gateway wanted: to activate in the Rainbow admin portal")
            if state.webrtc_enabled
            else self.tr("WebRTC gateway not wanted")
        )
        return [
            (self.tr("Rainbow server"), e(state.rainbow_server), Step.START),
            (self.tr("PBX"), f"{model}, {mode}", Step.PBX_MODE),
            (self.tr("Customer company"), self._company_text(state), Step.COMPANY),
            (self.tr("Server name"), f"{e(state.server_name)}<br>{gateway}", Step.PBX),
            # BTCO has no credentials page: the mode is what decides where they come from.
            (self.tr("Credentials"), self._credentials_text(state, plan), credentials_step),
            (self.tr("Dialing"), self._dialing_text(state), Step.DIALING),
            (self.tr("Numbering rules"), self._rules_text(state), Step.NUMBERING),
        ]

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
                + "\n".join(translate_domain(p.message) for p in problems)
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
            self._tell("; ".join(translate_domain(p.message) for p in problems))
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

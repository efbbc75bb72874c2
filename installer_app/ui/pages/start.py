"""Start: a new installation or an installation file, and which Rainbow server is in use."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from installer_app.domain.flow import WizardState, resume_step
from installer_app.domain.plan_choices import PRODUCTION_SERVER, SANDBOX_SERVER
from installer_app.domain.servers import omc_domain
from installer_app.ui.pages.base import StepPage

EMBEDDED = "embedded"
CUSTOM = "custom"


class StartPage(StepPage):
    """New installation or open a file; the Rainbow server, shown plainly."""

    def _init_ui(self) -> None:
        self.setTitle(self.tr("Welcome"))
        self.setSubTitle(
            self.tr(
                "Associate an OXO Connect or OXO Connect Evolution PBX with a customer "
                "company on Rainbow."
            )
        )
        self._init_start_choice()
        self._init_server()
        #: Asks for a protected file's passphrase; tests replace it.
        self.ask_passphrase: Callable[[Path], str | None] = self._ask_passphrase

    def _init_start_choice(self) -> None:
        box = QGroupBox(self.tr("What do you want to do?"))
        layout = QVBoxLayout(box)
        self.new_button = QRadioButton(self.tr("Ne&w installation"))
        self.new_button.setChecked(True)
        self.new_button.setAccessibleName(self.tr("New installation"))
        self.open_button = QPushButton(self.tr("&Open an installation file…"))
        self.open_button.setAccessibleName(self.tr("Open an installation file"))
        self.open_button.clicked.connect(self._open_file)
        self.offline_box = QCheckBox(self.tr("Prepare o&ffline (no Rainbow sign-in now)"))
        self.offline_box.setAccessibleName(self.tr("Prepare offline"))
        self.offline_box.toggled.connect(self.changed)
        self.opened_label = QLabel()
        self.opened_label.setWordWrap(True)
        layout.addWidget(self.new_button)
        layout.addWidget(self.open_button)
        layout.addWidget(self.offline_box)
        layout.addWidget(self.opened_label)
        self._choices = layout
        self._body.addWidget(box)

    def add_start_choice(self, widget: QWidget) -> None:
        """Add a way to start (an extension's, e.g. resuming a draft) below "Open a file"."""
        self._choices.insertWidget(self._choices.indexOf(self.open_button) + 1, widget)

    def _init_server(self) -> None:
        box = QGroupBox(self.tr("Rainbow server"))
        form = QFormLayout(box)
        self.server_combo = QComboBox()
        self.server_combo.setAccessibleName(self.tr("Rainbow server"))
        sandbox = self.installer.services.sandbox
        if sandbox is not None:
            self.server_combo.addItem(self.tr("Embedded sandbox (training)"), EMBEDDED)
        self.server_combo.addItem(self.tr("Production (openrainbow.com)"), PRODUCTION_SERVER)
        self.server_combo.addItem(
            self.tr("Rainbow sandbox (sandbox.openrainbow.com)"), SANDBOX_SERVER
        )
        self.server_combo.addItem(self.tr("Custom address…"), CUSTOM)
        self.custom_edit = QLineEdit()
        self.custom_edit.setPlaceholderText("https://")
        self.custom_edit.setAccessibleName(self.tr("Custom Rainbow server address"))
        self.in_use = QLabel()
        self.in_use.setObjectName("serverInUse")
        self.in_use.setWordWrap(True)
        server_label = QLabel(self.tr("&Server:"))
        server_label.setBuddy(self.server_combo)
        custom_label = QLabel(self.tr("&Address:"))
        custom_label.setBuddy(self.custom_edit)
        form.addRow(server_label, self.server_combo)
        form.addRow(custom_label, self.custom_edit)
        form.addRow(self.in_use)
        self.server_combo.currentIndexChanged.connect(self.changed)
        self.custom_edit.textChanged.connect(self.changed)
        self._body.addWidget(box)
        self._body.addStretch(1)

    def selected_server(self) -> str:
        """The Rainbow server address the choice stands for."""
        choice = self.server_combo.currentData()
        sandbox = self.installer.services.sandbox
        if choice == EMBEDDED and sandbox is not None:
            return sandbox.rainbow_url
        if choice == CUSTOM:
            return self.custom_edit.text().strip().rstrip("/")
        return str(choice)

    def load_state(self, state: WizardState) -> None:
        sandbox = self.installer.services.sandbox
        server = state.rainbow_server
        if sandbox is not None and server == sandbox.rainbow_url:
            index = self.server_combo.findData(EMBEDDED)
        else:
            index = self.server_combo.findData(server)
        if index < 0:
            index = self.server_combo.findData(CUSTOM)
            self.custom_edit.setText(server)
        self.server_combo.setCurrentIndex(index)
        self.offline_box.setChecked(state.offline)
        self._show_server()

    def store_state(self, state: WizardState) -> None:
        state.rainbow_server = self.selected_server()
        state.offline = self.offline_box.isChecked()
        self._show_server()

    def extra_blockers(self) -> list[str]:
        server = self.selected_server()
        if not server.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            return [self.tr("Type the Rainbow server's address, starting with https://.")]
        return []

    def _show_server(self) -> None:
        custom = self.server_combo.currentData() == CUSTOM
        self.custom_edit.setEnabled(custom)
        server = self.selected_server()
        text = self.tr("Rainbow server in use: %1").replace("%1", server)
        self.in_use.setText(text + "\n" + self._domain_text(server))

    def _domain_text(self, server: str) -> str:
        """The OMC "Domain name" that goes with ``server``, marked when it is an inference."""
        domain = omc_domain(server)
        if domain.inferred:
            text = self.tr(
                'OMC "Domain name" for this server: %1 (inferred from its address: only '
                "openrainbow.com is documented)."
            )
        else:
            text = self.tr('OMC "Domain name" for this server: %1.')
        return text.replace("%1", domain.name)

    # The dialogs are imported where used: their classes are not needed to paint the page.

    def _ask_passphrase(self, path: Path) -> str | None:
        from PySide6.QtWidgets import QInputDialog  # noqa: PLC0415

        text, ok = QInputDialog.getText(
            self,
            self.tr("Protected installation file"),
            self.tr("Passphrase protecting %1:").replace("%1", path.name),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None

    def _open_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415

        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open an installation file"),
            "",
            self.tr("Installation files (*.json);;All files (*)"),
        )
        if name:
            self.open_plan_file(Path(name))

    def open_plan_file(self, path: Path) -> bool:
        """Load ``path`` into the wizard and go to the first step not yet done.

        A protected file asks for its passphrase; a wrong one is said plainly and the file is
        left exactly as it was.
        """
        # The first page is painted before the plan model is loaded: files need it, not start-up.
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

        from installer_app.storage.plan_files import (  # noqa: PLC0415
            PlanFileError,
            PlanFileProtected,
            load_plan,
        )

        passphrase: str | None = None
        try:
            try:
                plan = load_plan(path)
            except PlanFileProtected:
                passphrase = self.ask_passphrase(path)
                if passphrase is None:
                    return False
                plan = load_plan(path, passphrase=passphrase)
        except PlanFileError as error:
            from installer_app.ui.support.domain_text import translate_domain  # noqa: PLC0415

            QMessageBox.warning(
                self,
                self.tr("Cannot open the installation file"),
                "\n".join(
                    ": ".join(t for t in (p.field, translate_domain(p.message)) if t)
                    for p in error.problems
                ),
            )
            return False
        offline = self.offline_box.isChecked()
        new_state = WizardState.from_plan(plan, offline=offline)
        self.installer.state.__dict__.update(new_state.__dict__)
        self.installer.plan_path = path
        self.installer.plan_passphrase = passphrase
        self.opened_label.setText(self.tr("Opened %1").replace("%1", str(path)))
        self.installer.jump_to(resume_step(plan, offline=offline))
        return True

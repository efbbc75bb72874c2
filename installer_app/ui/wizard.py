"""The installation wizard: a QWizard whose pages and navigation come from ``domain.flow``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget, QWizard

from installer_app.domain.flow import ORDER, Step, WizardState, next_step
from installer_app.services.app_services import AppServices
from installer_app.ui.extensions import install_extensions
from installer_app.ui.pages.base import StepPage
from installer_app.ui.pages.company import CompanyPage
from installer_app.ui.pages.credentials import CredentialsPage
from installer_app.ui.pages.dashboard import DashboardPage
from installer_app.ui.pages.declaration import DeclarationPage
from installer_app.ui.pages.dialing import DialingPage
from installer_app.ui.pages.numbering import NumberingPage
from installer_app.ui.pages.pbx import PbxPage
from installer_app.ui.pages.pbx_config import PbxConfigPage
from installer_app.ui.pages.pbx_mode import PbxModePage
from installer_app.ui.pages.sign_in import SignInPage
from installer_app.ui.pages.start import StartPage
from installer_app.ui.pages.summary import SummaryPage
from installer_app.ui.tasks import TaskRunner

# Which page class renders which step, in the wizard's order (a plain "#": lupdate would take
# a "#:" comment for a translator's note).
PAGES: dict[Step, type[StepPage]] = {
    Step.START: StartPage,
    Step.PBX_MODE: PbxModePage,
    Step.SIGN_IN: SignInPage,
    Step.COMPANY: CompanyPage,
    Step.PBX: PbxPage,
    Step.CREDENTIALS: CredentialsPage,
    Step.DIALING: DialingPage,
    Step.NUMBERING: NumberingPage,
    Step.SUMMARY: SummaryPage,
    Step.DECLARATION: DeclarationPage,
    Step.PBX_CONFIG: PbxConfigPage,
    Step.DASHBOARD: DashboardPage,
}


def page_id(step: Step) -> int:
    """The QWizard page id of ``step`` (its position in the natural order)."""
    return ORDER.index(step)


class InstallerWizard(QWizard):
    """The technician's wizard, from choosing the mode to the live dashboard.

    Args:
        services: the application's services (Rainbow session, credentials, PBX drivers).
        state: what to start from (a resumed draft or installation file); a new one otherwise.
        settings: where the window geometry is remembered; None uses the application's.

    Signals:
        stateChanged(): a page stored new input into :attr:`state`.
    """

    stateChanged = Signal()

    def __init__(
        self,
        services: AppServices,
        state: WizardState | None = None,
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.state = state or WizardState(rainbow_server=services.default_server)
        self.plan_path: Path | None = None
        #: The passphrase protecting the opened/saved installation file (memory only).
        self.plan_passphrase: str | None = None
        self.pbx_confirmed: set[str] = set()
        #: Where an opened installation file resumes, while a page on the way is not done.
        self.resume_target: Step | None = None
        self._quiet_close = False
        self._settings = settings or QSettings()
        self.setObjectName("installerWizard")
        self.setWindowTitle(self.tr("OXO Connect – Rainbow installer"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.pages: dict[Step, StepPage] = {}
        for step, page_class in PAGES.items():
            page_class.step = step
            page = page_class(self)
            self.pages[step] = page
            self.setPage(page_id(step), page)
            page.completeChanged.connect(self._page_completed)
        self.setStartId(page_id(Step.START))
        self._init_menu()
        self._restore_geometry()
        install_extensions(self)

    def _init_menu(self) -> None:
        """The "More" button: actions available from every page (save, tools, about)."""
        self.tools_menu = QMenu(self)
        self.tools_menu.setObjectName("toolsMenu")
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&More…"))
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        more = self.button(QWizard.WizardButton.CustomButton1)
        more.setAccessibleName(self.tr("More actions"))
        if isinstance(more, QPushButton):
            more.setMenu(self.tools_menu)
        self.setButtonLayout(
            [
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            ]
        )
        self.save_action = self.add_tool_action(
            self.tr("&Save installation file…"), self.save_installation_file
        )
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.addAction(self.save_action)

    def add_tool_action(self, text: str, slot: Callable[[], object]) -> QAction:
        """Add an entry to the "More" menu."""
        action = self.tools_menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def save_installation_file(self) -> bool:
        """Save the plan from any page (the summary page's save, reused); True when saved."""
        summary = self.pages.get(Step.SUMMARY)
        save = getattr(summary, "save_from_anywhere", None)
        return bool(save()) if save is not None else False

    @property
    def settings(self) -> QSettings:
        """Where the wizard keeps non-secret preferences (window size, last login)."""
        return self._settings

    def nextId(self) -> int:
        current = self.current_step()
        if current is None:
            return -1
        following = next_step(current, self.state)
        return page_id(following) if following is not None else -1

    def current_step(self) -> Step | None:
        """The step on screen."""
        identifier = self.currentId()
        return ORDER[identifier] if 0 <= identifier < len(ORDER) else None

    def page_for(self, step: Step) -> StepPage:
        """The page that renders ``step``."""
        return self.pages[step]

    def jump_to(self, step: Step) -> None:
        """Go straight to ``step`` (summary links, resuming a file), keeping Back meaningful."""
        target = page_id(step)
        if self.currentId() == target:
            return
        if target < self.currentId():
            while self.currentId() > target and self.currentId() != -1:
                self.back()
            return
        # Forward: visit the pages in between so QWizard's history stays consistent. A page
        # that cannot be left yet (sign-in) stops the jump; it goes on once that page is done.
        while self.currentId() < target:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                self.resume_target = step
                return
        self.resume_target = None

    def _page_completed(self) -> None:
        page = self.currentPage()
        if self.resume_target is not None and isinstance(page, StepPage) and page.isComplete():
            QTimer.singleShot(0, self._continue_resume)

    def _continue_resume(self) -> None:
        if self.resume_target is not None:
            self.jump_to(self.resume_target)

    async def shutdown(self) -> None:
        """Stop every page's background work (dashboard refresh, declaration, search)."""
        for page in self.pages.values():
            runner = getattr(page, "runner", None)
            if isinstance(runner, TaskRunner):
                await runner.stop()

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(860, 640)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._quiet_close = not event.spontaneous()  # the program closing itself asks nothing
        try:
            super().closeEvent(event)
        finally:
            self._quiet_close = False

    def close_question(self) -> str:
        """What Escape, Cancel or the window's close button asks first ("" to close at once)."""
        declaration = self.pages.get(Step.DECLARATION)
        runner = getattr(declaration, "runner", None)
        if isinstance(runner, TaskRunner) and runner.busy:
            return self.tr(
                "The declaration on Rainbow is still running. Close anyway? It stops where it "
                "is; what you entered is kept as a draft, the next start offers to resume it, "
                "and declaring again reuses what Rainbow already has."
            )
        if self.current_step() in (None, Step.START, Step.DASHBOARD):
            return ""
        return self.tr(
            "Close the installer? What you entered is kept as a draft: the next start offers "
            "to resume it."
        )

    def reject(self) -> None:
        question = "" if self._quiet_close else self.close_question()
        if not question:
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), question, parent=self)
        box.setObjectName("closeQuestion")
        close = box.addButton(self.tr("&Close the installer"), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(self.tr("&Go on"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.finished.connect(
            lambda _result: QWizard.reject(self) if box.clickedButton() is close else None
        )
        box.finished.connect(box.deleteLater)
        box.open()  # window-modal, without a nested loop: the qasync loop keeps running

    def done(self, result: int) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        super().done(result)

"""The installation wizard: a QWizard whose pages and navigation come from ``domain.flow``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QPushButton, QWidget, QWizard

from installer_app.domain.flow import ORDER, Step, WizardState, next_step, steps
from installer_app.domain.plan_choices import DeliveryMode
from installer_app.services.app_services import AppServices
from installer_app.ui.pages.base import StepPage
from installer_app.ui.pages.catalogue import PAGES
from installer_app.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the plan model loads pydantic: after the first paint (ui/warm_up.py)
    from installer_app.domain.plan import InstallationPlan
    from installer_app.domain.plan_problems import PlanProblem
    from installer_app.services.failures import Failure


def page_id(step: Step) -> int:
    """The QWizard page id of ``step`` (its position in the natural order)."""
    return ORDER.index(step)


class InstallerWizard(QWizard):
    """The technician's wizard, from choosing the mode to the live dashboard.

    Args:
        services: the application's services (Rainbow session, credentials, PBX drivers).
        state: what to start from (a resumed draft or installation file); a new one otherwise.
        settings: where the window geometry is remembered; None uses the application's.
        features: install the features (More menu, drafts) now; the program starts with False
            and installs them after the first paint (:meth:`install_features`).

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
        features: bool = True,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.state = state or WizardState(rainbow_server=services.default_server)
        self.plan_path: Path | None = None
        #: The passphrase protecting the opened/saved installation file (memory only).
        self.plan_passphrase: str | None = None
        self.pbx_confirmed: set[str] = set()
        #: The plan, from the Summary on (see :meth:`installation_plan`); None before.
        self.plan: InstallationPlan | None = None
        #: Where an opened installation file resumes, while a page on the way is not done.
        self.resume_target: Step | None = None
        self._quiet_close = False
        self._settings = settings or QSettings()
        self.setObjectName("installerWizard")
        self.setWindowTitle(self.tr("OXO Connect – Rainbow installer"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        # The pages built so far (see PAGES).
        self.pages: dict[Step, StepPage] = {}
        self.features_installed = False
        self.setStartId(page_id(Step.START))
        self.currentIdChanged.connect(self._focus_shown_control)
        self._init_menu()
        self._restore_geometry()
        if features:
            self.install_features()

    def install_features(self) -> None:
        """Install the features (``ui/extensions.py``) once."""
        if self.features_installed:
            return
        self.features_installed = True
        from installer_app.ui.extensions import install_extensions  # noqa: PLC0415

        # Set here, not with the action: a shortcut loads Qt's key names (over 10 ms at start).
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
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
        self.addAction(self.save_action)

    def add_tool_action(self, text: str, slot: Callable[[], object]) -> QAction:
        """Add an entry to the "More" menu."""
        action = self.tools_menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def save_installation_file(self) -> bool:
        """Save the plan from any page (the summary page's save, reused); True when saved."""
        save = getattr(self.page_for(Step.SUMMARY), "save_from_anywhere", None)
        return bool(save()) if save is not None else False

    # -- the data: the draft until the Summary, the plan from the Summary on -----------------

    def installation_plan(self) -> InstallationPlan | None:
        """The plan the pages after the Summary work on; None while the draft is incomplete.

        The pages up to the Summary edit :attr:`state`, the in-progress draft (a plan is only
        valid once complete). The plan is made from the draft once, when the first page after
        the Summary needs it; from then on those pages read it here and change it only through
        :meth:`set_plan`. Showing a page up to the Summary again drops it (:meth:`forget_plan`).
        """
        from installer_app.services.plan_files_service import plan_or_problems  # noqa: PLC0415

        if self.plan is None:
            self.plan, _problems = plan_or_problems(self.state)
        return self.plan

    def plan_from_input(self) -> tuple[InstallationPlan | None, list[PlanProblem]]:
        """The plan the input makes, the page on screen's input stored first, or every reason
        it does not make one yet (saving or reporting from any page)."""
        from installer_app.services.plan_files_service import plan_or_problems  # noqa: PLC0415

        page = self.currentPage()
        if isinstance(page, StepPage):
            page.store_state(self.state)
        return plan_or_problems(self.state)

    def forget_plan(self) -> None:
        """The draft is being edited again: the plan is made anew after the Summary."""
        self.plan = None

    def set_plan(self, plan: InstallationPlan) -> Failure | None:
        """Make ``plan`` the wizard's data and record it; why the file was not written, or None.

        What the job added (progress, the site, the credentials Rainbow generated in BTCO) is
        copied into the draft, one way, so that Back, the autosaved draft and the navigation
        rules see it. The installation file, when one is open, is written (protection kept).
        """
        from installer_app.services.failures import LocalFileError, describe  # noqa: PLC0415
        from installer_app.services.plan_files_service import plan_saver  # noqa: PLC0415

        self.plan = plan
        state = self.state
        state.progress = plan.progress
        state.site_id = plan.site_id or state.site_id
        if plan.mode is DeliveryMode.BTCO:
            state.equipment_id = plan.equipment_id or ""
            state.activation_code = plan.activation_code or ""
        failure = None
        if self.plan_path is not None:
            try:
                plan_saver(self.plan_path, passphrase=self.plan_passphrase)(plan)
            except LocalFileError as error:
                failure = describe(error)
        self.stateChanged.emit()
        return failure

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
        """The page that renders ``step``, built now if it is not yet."""
        page = self.pages.get(step)
        if page is None:
            page_class = PAGES[step]()
            page_class.step = step
            page = self.pages[step] = page_class(self)
            self.setPage(page_id(step), page)
            page.completeChanged.connect(self._page_completed)
        return page

    def unbuilt_steps(self) -> list[Step]:
        """The steps whose page is not built yet, in the wizard's order."""
        return [step for step in ORDER if step not in self.pages]

    def setStartId(self, id: int) -> None:
        self.page_for(ORDER[id])
        super().setStartId(id)

    def validateCurrentPage(self) -> bool:
        # QWizard goes on to nextId() right after this: that page must exist by then.
        if not super().validateCurrentPage():
            return False
        following = self.nextId()
        if following != -1:
            self.page_for(ORDER[following])
        return True

    def jump_to(self, step: Step) -> None:
        """Go straight to ``step`` (summary links, resuming a file), keeping Back meaningful.

        A step this state skips (a draft saved on a page the mode no longer has) goes to the
        step after it.
        """
        if step not in steps(self.state):
            step = next_step(step, self.state) or step
        target = page_id(step)
        if self.currentId() == target:
            return
        if target < self.currentId():
            # Back goes no further than the page the wizard started on.
            while self.currentId() > target and self.currentId() != -1:
                before = self.currentId()
                self.back()
                if self.currentId() == before:
                    break
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

    def _focus_shown_control(self) -> None:
        """After a page change, put the focus on a control one sees.

        QWizard gives it to the page's first tab stop, shown or not: in BTCO mode the hidden
        stock reference took what was typed, in stock mode the hidden sandbox push had it.
        The first tab stop shown takes it instead, else Next.
        """
        page = self.currentPage()
        focus = self.focusWidget()
        if page is None or not page.isVisibleTo(self):
            return  # the first page, before the window is shown: its focus is Qt's to give
        if focus is not None and focus.isVisibleTo(self):
            return
        # Imported here: PySide6 builds the whole Qt namespace of enumerations on first use
        # (20-30 ms), which the first paint does not need.
        from PySide6.QtCore import Qt  # noqa: PLC0415

        widget = page.nextInFocusChain()
        while widget is not None and widget is not page:
            tab_stop = widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled()
            if tab_stop and widget.isVisibleTo(self) and page.isAncestorOf(widget):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()
        self.button(QWizard.WizardButton.NextButton).setFocus(Qt.FocusReason.TabFocusReason)

    def _page_completed(self) -> None:
        page = self.currentPage()
        if self.resume_target is not None and isinstance(page, StepPage) and page.isComplete():
            QTimer.singleShot(0, self._continue_resume)

    def _continue_resume(self) -> None:
        if self.resume_target is not None:
            self.jump_to(self.resume_target)

    async def shutdown(self) -> None:
        """Stop all the background work the wizard started and wait until it has ended.

        Every :class:`TaskRunner` below the wizard: the pages' (sign-in, its keyring check and
        saved secrets, search, sites, declaration, dashboard) and those of its panels and
        dialogs. A task left running on a closed loop holds its worker thread.
        """
        for runner in self.findChildren(TaskRunner):
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
        # Imported here, like every dialog: its class and enumerations cost the first paint.
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

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

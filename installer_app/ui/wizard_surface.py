"""What pages and features may use of the wizard: its public surface, as a protocol.

:class:`~installer_app.ui.wizard.InstallerWizard` satisfies :class:`WizardSurface` (mypy checks
it where the wizard hands itself to a page or a feature). Pages (``ui/pages/``) and the features
plugged in by ``ui/extensions.py`` are typed against this protocol, never against the wizard's
module, so the wizard can import them without an import cycle. A page or a feature that needs
more of the wizard adds it here first, which keeps what they rely on in one visible place.

The wizard is also a widget: dialogs and helper objects take ``wizard.window()`` as their Qt
parent (the wizard is always a top-level window, so that is the wizard itself).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSettings, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget, QWizardPage

from installer_app.domain.flow import Step, WizardState
from installer_app.domain.plan import InstallationPlan
from installer_app.domain.plan_problems import PlanProblem
from installer_app.services.app_services import AppServices
from installer_app.services.failures import Failure


class WizardSurface(Protocol):
    """The installation wizard as its pages and features see it.

    Attributes:
        services: the application's services (Rainbow session, credentials, PBX drivers).
        state: the technician's input so far.
        plan_path: the installation file opened or saved, if any.
        plan_passphrase: the passphrase protecting that file (memory only).
        pbx_confirmed: the PBXs whose configuration the technician confirmed.
        resume_target: where an opened file or a draft resumes, while a page on the way is
            not done.
        plan: the plan, from the Summary on (None before; see ``installation_plan``).
    """

    services: AppServices
    state: WizardState
    plan_path: Path | None
    plan_passphrase: str | None
    pbx_confirmed: set[str]
    resume_target: Step | None
    plan: InstallationPlan | None

    def installation_plan(self) -> InstallationPlan | None:
        """The plan the pages after the Summary work on; None while the draft is incomplete."""
        ...

    def plan_from_input(self) -> tuple[InstallationPlan | None, list[PlanProblem]]:
        """The plan the input makes (the page on screen's stored first), or why not yet."""
        ...

    def forget_plan(self) -> None:
        """The draft is being edited again: the plan is made anew after the Summary."""
        ...

    def set_plan(self, plan: InstallationPlan) -> Failure | None:
        """Make ``plan`` the wizard's data and record it; why the file was not written."""
        ...

    @property
    def settings(self) -> QSettings:
        """Where non-secret preferences are kept (window size, last login, language)."""
        ...

    @property
    def stateChanged(self) -> SignalInstance:
        """Emitted when a page stored new input into :attr:`state`."""
        ...

    @property
    def currentIdChanged(self) -> SignalInstance:
        """Emitted when another page is shown (QWizard's signal)."""
        ...

    @property
    def finished(self) -> SignalInstance:
        """Emitted when the wizard is closed, finished or cancelled (QDialog's signal)."""
        ...

    def add_tool_action(self, text: str, slot: Callable[[], object]) -> QAction:
        """Add an entry to the "More" menu."""
        ...

    def page_for(self, step: Step) -> QWizardPage:
        """The page that renders ``step``."""
        ...

    def current_step(self) -> Step | None:
        """The step on screen."""
        ...

    def jump_to(self, step: Step) -> None:
        """Go straight to ``step``, keeping Back meaningful."""
        ...

    def currentPage(self) -> QWizardPage:
        """The page on screen (QWizard's)."""
        ...

    def restart(self) -> None:
        """Go back to the first page (QWizard's)."""
        ...

    def window(self) -> QWidget:
        """The wizard's window: the Qt parent of dialogs and helper objects (QWidget's)."""
        ...

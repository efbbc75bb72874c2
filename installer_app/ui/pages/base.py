"""What every wizard page shares: the step it renders, the state it edits, why Next is disabled.

A page reads the wizard state in :meth:`StepPage.load_state`, writes the technician's input back
in :meth:`StepPage.store_state` (called on every edit through :meth:`StepPage.changed`), and the
domain's :func:`~installer_app.domain.flow.blockers` decides whether Next is enabled; the first
reason is shown at the bottom of the page so the technician always knows what is missing.

The state is the in-progress draft of the pages up to the Summary. The pages after it (declare,
configure, dashboard) work on the plan instead: ``installer.installation_plan()`` to read it,
``installer.set_plan()`` to change it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWizardPage

from installer_app.domain.flow import ORDER, Step, WizardState, blockers

#: The focus of a check box or a radio button, plain to see: the style's dotted rectangle around
#: the text alone was too faint. A transparent border keeps the size when the focus moves.
FOCUS_STYLE = (
    "QCheckBox, QRadioButton { border: 2px solid transparent; border-radius: 3px; }"
    " QCheckBox:focus, QRadioButton:focus { border-color: palette(highlight); }"
)

if TYPE_CHECKING:
    from installer_app.ui.wizard_surface import WizardSurface


class StepPage(QWizardPage):
    """Base of the wizard's pages.

    Subclasses set ``step``, build their widgets in ``_init_ui()`` (called once), and override
    ``load_state`` / ``store_state``. Widgets call :meth:`changed` when the input changes.
    """

    step: Step

    def __init__(self, wizard: WizardSurface) -> None:
        super().__init__()
        self._wizard = wizard
        self._loading = False
        self.setStyleSheet(FOCUS_STYLE)
        self._body = QVBoxLayout()
        self._reason = QLabel()
        self._reason.setObjectName("reason")
        self._reason.setWordWrap(True)
        self._reason_selectable = False  # see _update_reason
        # Not self.tr(): PySide looks a translation up under the subclass's name.
        self._reason.setAccessibleName(
            QCoreApplication.translate("StepPage", "Why Next is disabled")
        )
        outer = QVBoxLayout(self)
        outer.addLayout(self._body, 1)
        outer.addWidget(self._reason)
        self._init_ui()

    # -- to override ---------------------------------------------------------------------

    def _init_ui(self) -> None:
        """Build the page's widgets into ``self._body``."""

    def load_state(self, state: WizardState) -> None:
        """Show ``state`` in the widgets."""

    def store_state(self, state: WizardState) -> None:
        """Write the widgets' values into ``state``."""

    def extra_blockers(self) -> list[str]:
        """Reasons of the page's own (e.g. a running request) on top of the domain's."""
        return []

    # -- shared behaviour ----------------------------------------------------------------

    @property
    def installer(self) -> WizardSurface:
        """The wizard this page belongs to (typed, unlike ``wizard()``)."""
        return self._wizard

    @property
    def state(self) -> WizardState:
        """The wizard state this page edits."""
        return self._wizard.state

    def initializePage(self) -> None:
        if ORDER.index(self.step) <= ORDER.index(Step.SUMMARY):
            self.installer.forget_plan()  # the draft may change again: a new plan after it
        self._loading = True
        try:
            self.load_state(self.state)
        finally:
            self._loading = False
        self._update_reason()

    def changed(self) -> None:
        """Store the input and re-evaluate Next; call on every edit."""
        if self._loading:
            return
        self.store_state(self.state)
        self._update_reason()
        self.completeChanged.emit()

    def reasons(self) -> list[str]:
        """Every reason Next is disabled, the page's own first."""
        return self.extra_blockers() + blockers(self.step, self.state)

    def isComplete(self) -> bool:
        return not self.reasons()

    def validatePage(self) -> bool:
        self.store_state(self.state)
        return self.isComplete()

    def _update_reason(self) -> None:
        reasons = self.reasons()
        if reasons and not self._reason_selectable:
            # Made selectable when first shown: loading Qt's namespace takes over 10 ms, which
            # the first page, painted at start-up with no reason to show, does without.
            from PySide6.QtCore import Qt  # noqa: PLC0415

            self._reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._reason_selectable = True
        if reasons:
            # The catalogue of the domain's messages is loaded when a reason is first shown,
            # not for the first page's paint (it has none).
            from installer_app.ui.support.domain_text import translate_domain  # noqa: PLC0415

            self._reason.setText(translate_domain(reasons[0]))
        else:
            self._reason.setText("")
        self._reason.setVisible(bool(reasons))

    def reason_text(self) -> str:
        """The reason shown at the bottom of the page (tests read it)."""
        return self._reason.text() if self._reason.isVisibleTo(self) else ""

"""A whole installation driven through the wizard's real widgets, against the embedded sandbox.

Used by ``installer-app --selftest`` (a packaging regression fails it), by ``make screenshots``
(every page rendered with sandbox data) and by the end-to-end tests. It types and clicks as a
technician would; it never writes the wizard's state directly.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWizard

from installer_app.domain.flow import Step
from installer_app.domain.plan import DeliveryMode
from installer_app.ui.wizard import InstallerWizard

PageHook = Callable[[Step, InstallerWizard], Awaitable[None] | None]


class WalkthroughError(RuntimeError):
    """The walk could not go on; the message says at which step and why."""


async def wait_for(condition: Callable[[], object], what: str, timeout: float) -> None:
    """Let the loop run until ``condition()`` holds; raise :class:`WalkthroughError` otherwise."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise WalkthroughError(f"timed out after {timeout:.0f} s waiting for {what}")
        await asyncio.sleep(0.02)


def _type(edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    QTest.keyClicks(edit, text)


class Walkthrough:
    """Drives ``wizard`` from the start page to the dashboard.

    Args:
        wizard: a wizard on the embedded sandbox (``services.sandbox`` set).
        mode: stock or BTCO.
        pbx: the sandbox fleet entry to install (stock: its references are typed).
        company: the start of the customer company's name to search for.
        on_page: called on every page once it is filled in (screenshots).
        timeout: seconds allowed for each network step.
    """

    def __init__(
        self,
        wizard: InstallerWizard,
        *,
        mode: DeliveryMode,
        pbx: dict[str, Any] | None = None,
        company: str = "Boulangerie",
        on_page: PageHook | None = None,
        timeout: float = 60.0,
    ) -> None:
        self.wizard = wizard
        self.mode = mode
        self.pbx = pbx or {}
        self.company = company
        self.on_page = on_page
        self.timeout = timeout

    async def _shown(self, step: Step) -> None:
        if self.wizard.current_step() is not step:
            raise WalkthroughError(
                f"expected the {step.value} page, found {self.wizard.current_step()}"
            )
        if self.on_page is not None:
            result = self.on_page(step, self.wizard)
            if inspect.isawaitable(result):
                await result

    async def _next(self, step: Step) -> None:
        page = self.wizard.page_for(step)
        next_button = self.wizard.button(QWizard.WizardButton.NextButton)
        # A technician waits for Next to be enabled: a click on a disabled button is lost.
        await wait_for(
            lambda: page.isComplete() and next_button.isEnabled(),
            f"the {step.value} page to be complete",
            self.timeout,
        )
        await self._shown(step)
        QTest.mouseClick(next_button, Qt.MouseButton.LeftButton)
        await asyncio.sleep(0)

    async def run(self) -> None:
        """Walk every page; raises :class:`WalkthroughError` when a page does not go on."""
        await self._next(Step.START)
        await self._choose_mode()
        await self._sign_in_and_pick_company()
        await self._describe_the_pbx()
        await self._declare_and_configure()
        dashboard: Any = self.wizard.page_for(Step.DASHBOARD)
        await wait_for(
            lambda: dashboard.snapshot is not None and dashboard.snapshot.done,
            "Running and Connected on the dashboard",
            self.timeout,
        )
        await self._shown(Step.DASHBOARD)

    async def _choose_mode(self) -> None:
        wizard = self.wizard
        mode_page: Any = wizard.page_for(Step.PBX_MODE)
        evolution = self.pbx.get("model") == "oxo-connect-evolution"
        (mode_page.evolution_button if evolution else mode_page.oxo_button).click()
        stock = self.mode is DeliveryMode.STOCK
        (mode_page.stock_button if stock else mode_page.btco_button).click()
        await self._next(Step.PBX_MODE)

    async def _sign_in_and_pick_company(self) -> None:
        wizard = self.wizard
        sign_in: Any = wizard.page_for(Step.SIGN_IN)
        if not wizard.state.signed_in:
            QTest.mouseClick(sign_in.form.sign_in_button, Qt.MouseButton.LeftButton)
            await wait_for(lambda: wizard.state.signed_in, "the sign-in", self.timeout)
        await self._next(Step.SIGN_IN)

        company: Any = wizard.page_for(Step.COMPANY)
        _type(company.search_edit, self.company)
        await wait_for(
            lambda: company.listed_query == self.company and company.listed(),
            "the company search",
            self.timeout,
        )
        company.choose_company(company.listed()[0])
        await self._next(Step.COMPANY)

    async def _describe_the_pbx(self) -> None:
        """PBX, credentials, dialing and numbering, up to and past the Summary."""
        wizard = self.wizard
        stock = self.mode is DeliveryMode.STOCK
        pbx_page: Any = wizard.page_for(Step.PBX)
        label = self.pbx.get("serial", "sandbox")
        _type(pbx_page.name_edit, f"{self.company} OXO {label}")
        await self._next(Step.PBX)

        if stock:  # BTCO has no credentials page: Rainbow generates them at declaration
            credentials: Any = wizard.page_for(Step.CREDENTIALS)
            _type(credentials.fleet_edit, str(self.pbx.get("fleet_ref", "")))
            _type(credentials.installation_edit, str(self.pbx.get("installation_ref", "")))
            await self._next(Step.CREDENTIALS)

        dialing: Any = wizard.page_for(Step.DIALING)
        dialing.country_combo.set_country("FR")
        _type(dialing.preview_edit, "01 23 45 67 89")
        await self._next(Step.DIALING)
        numbering: Any = wizard.page_for(Step.NUMBERING)
        QTest.mouseClick(numbering.internal_button, Qt.MouseButton.LeftButton)
        _type(numbering.tester.number_edit, "2301")
        await self._next(Step.NUMBERING)
        await self._next(Step.SUMMARY)

    async def _declare_and_configure(self) -> None:
        wizard = self.wizard
        stock = self.mode is DeliveryMode.STOCK
        declaration: Any = wizard.page_for(Step.DECLARATION)
        await wait_for(
            lambda: wizard.state.progress.system_id and not declaration.runner.busy,
            "the declaration",
            self.timeout,
        )
        await self._next(Step.DECLARATION)

        config: Any = wizard.page_for(Step.PBX_CONFIG)
        if not stock and wizard.services.pushes_to_pbx:
            QTest.mouseClick(config.push_button, Qt.MouseButton.LeftButton)
            await wait_for(
                lambda: wizard.state.progress.pbx_configured and not config.runner.busy,
                "the push to the PBX",
                self.timeout,
            )
        else:
            for box in config.step_boxes.values():
                box.setChecked(True)
        await self._next(Step.PBX_CONFIG)

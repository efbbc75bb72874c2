"""The whole wizard clicked through against the embedded sandbox, to Running and Connected."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from installer_app.domain.flow import Step, steps
from installer_app.domain.plan import DeliveryMode
from installer_app.harness.walkthrough import Walkthrough
from installer_app.sandbox.embedded import EmbeddedSandbox
from installer_app.services.app_services import AppServices
from installer_app.ui.app import configure_application
from tests.conftest import MemoryKeyring, services_on_sandbox

pytestmark = pytest.mark.slow


@pytest_asyncio.fixture
async def services(
    embedded: EmbeddedSandbox, memory_keyring: MemoryKeyring
) -> AsyncIterator[AppServices]:
    async with services_on_sandbox(embedded.info, memory_keyring) as built:
        yield built


def fleet_entry(embedded: EmbeddedSandbox, mode: str) -> dict[str, Any]:
    return next(p for p in embedded.info.fleet if p["mode"] == mode)


@pytest.mark.asyncio
@pytest.mark.parametrize("mode", [DeliveryMode.STOCK, DeliveryMode.BTCO])
async def test_whole_wizard_to_running_and_connected(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services: AppServices, embedded: EmbeddedSandbox, mode: DeliveryMode
) -> None:
    wizard = make_wizard(services)
    visited: list[Step] = []
    walk = Walkthrough(
        wizard,
        mode=mode,
        pbx=fleet_entry(embedded, mode.value),
        on_page=lambda step, _wizard: visited.append(step),
    )
    try:
        await walk.run()
    finally:
        await wizard.shutdown()
    assert visited == steps(wizard.state)  # every page of this mode (BTCO has no credentials)
    assert (Step.CREDENTIALS in visited) is (mode is DeliveryMode.STOCK)
    dashboard: Any = wizard.page_for(Step.DASHBOARD)
    assert dashboard.rainbow_status.text() == "Running"
    assert dashboard.pbx_connection.text() == "Connected"
    assert wizard.state.progress.verified
    assert [e.side for e in wizard.state.progress.timeline].count("rainbow") >= 2
    if mode is DeliveryMode.BTCO:
        assert wizard.state.activation_code.isdigit()


@pytest.mark.asyncio
async def test_opened_file_resumes_on_the_dashboard_after_sign_in(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services: AppServices, embedded: EmbeddedSandbox, tmp_path
) -> None:
    from installer_app.storage.plan_files import save_plan

    first = make_wizard(services)
    try:
        await Walkthrough(first, mode=DeliveryMode.STOCK, pbx=fleet_entry(embedded, "stock")).run()
    finally:
        await first.shutdown()
    path = tmp_path / "done.json"
    save_plan(path, first.state.to_plan())
    await services.rainbow.close()

    wizard = make_wizard(services)
    start: Any = wizard.page_for(Step.START)
    assert start.open_plan_file(path)
    assert wizard.current_step() is Step.SIGN_IN
    assert wizard.resume_target is Step.DASHBOARD
    sign_in: Any = wizard.page_for(Step.SIGN_IN)
    assert sign_in.start_sign_in()
    from tests.gui.conftest import wait_until

    try:
        await wait_until(lambda: wizard.current_step() is Step.DASHBOARD, 20)
        dashboard: Any = wizard.page_for(Step.DASHBOARD)
        await wait_until(lambda: dashboard.snapshot is not None and dashboard.snapshot.done, 20)
    finally:
        await wizard.shutdown()


@pytest.fixture
def configured_app() -> Iterator[QApplication]:
    """The application as the program configures it (restored afterwards)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    quits = app.quitOnLastWindowClosed()
    configure_application(app)
    yield app
    app.setQuitOnLastWindowClosed(quits)


@pytest.mark.asyncio
@pytest.mark.usefixtures("configured_app")
async def test_finish_on_the_dashboard_stops_the_watch_inside_the_loop(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, *, services, embedded, caplog
) -> None:
    wizard = make_wizard(services)
    mode = DeliveryMode.STOCK
    walk = Walkthrough(wizard, mode=mode, pbx=fleet_entry(embedded, mode.value), on_page=None)
    await walk.run()
    dashboard: Any = wizard.page_for(Step.DASHBOARD)
    task = dashboard.runner._task
    assert task is not None and not task.done()  # the watch runs while the page is shown

    caplog.clear()
    with caplog.at_level(logging.ERROR):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
        # The loop keeps running after the last window closed (Qt does not stop it behind
        # qasync's back), and the watch's cancellation and clean-up run inside it.
        await asyncio.wait({task})
        await wizard.shutdown()
    assert task.cancelled()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]

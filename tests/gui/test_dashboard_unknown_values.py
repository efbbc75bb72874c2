"""The dashboard shows a status or ``/state`` value this version does not know as Rainbow sent
it, and its diagnosis says so: read from the Rainbow emulator by the real client."""

from __future__ import annotations

from typing import Any

import pytest

from installer_app.domain.flow import Step
from installer_app.domain.plan_problems import parse_plan
from installer_app.sandbox.runner import SandboxThread
from installer_app.sandbox.seed import SandboxSeed
from installer_app.services.app_services import AppServices
from installer_app.services.monitor import installation_snapshot
from installer_app.services.progress import with_progress
from tests.unit.test_plan import stock_data

SEED = SandboxSeed.default()


@pytest.mark.asyncio
async def test_the_dashboard_shows_unknown_values_as_sent(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services: AppServices, rainbow_sandbox: SandboxThread
) -> None:
    store = rainbow_sandbox.emulator.store
    site = next(s for s in SEED.all_sites() if s.company_id == SEED.demo_company_id)

    def strange_system() -> Any:
        body = {"name": "Strange OXO", "siteId": site.id, "type": "oxo", "country": "FRA",
                "pbxId": "ALE12-1234.5678.90", "activationCode": "ALE12-1234.5678.90"}  # fmt: skip
        record = store.create_system(SEED.partner_id, body)
        record.status = "quarantined"
        record.state_json = lambda fmt, now: {"timestamp": 1, "conf": "flapping", "csta": "up"}
        return record

    record = rainbow_sandbox.call(strange_system)
    await sandbox_services.rainbow.sign_in(
        rainbow_sandbox.url,
        SEED.bp_admin.login_email,
        SEED.bp_admin.password,
        app_id=SEED.application.id,
        app_secret=SEED.application.secret,
    )
    plan = parse_plan(stock_data(company={"id": SEED.demo_company_id, "name": "Demo"}))
    plan = with_progress(plan, system_id=record.id)
    snapshot = await installation_snapshot(sandbox_services.rainbow.client(), None, plan)

    wizard = make_wizard(sandbox_services)
    dashboard: Any = wizard.page_for(Step.DASHBOARD)
    dashboard._show(snapshot)
    assert dashboard.rainbow_status.text() == "Rainbow says: quarantined"
    assert "conf: Rainbow says: flapping" in dashboard.rainbow_channels.text()
    assert "csta: connected" in dashboard.rainbow_channels.text()
    assert "does not know" in dashboard.cause.text()
    assert snapshot.diagnosis.code == "unknown_value"

"""The OMC "Domain name" follows the Rainbow server chosen, and says when it is an inference."""

from __future__ import annotations

import pytest

from installer_app.domain.plan import DeliveryMode
from installer_app.domain.plan_problems import parse_plan
from installer_app.domain.servers import OmcDomain, Platform, omc_domain, platform_of
from installer_app.pbx import GuidedOmcDriver, PbxInvalidValue, checklist
from installer_app.pbx.omc_checklist import STEP_DOMAIN
from installer_app.services.pbx_config import desired_settings
from tests.unit.test_plan import stock_data


@pytest.mark.parametrize(
    ("server", "platform", "domain"),
    [
        ("https://openrainbow.com", Platform.PRODUCTION, OmcDomain("openrainbow.com", False)),
        ("https://OpenRainbow.com/", Platform.PRODUCTION, OmcDomain("openrainbow.com", False)),
        (
            "https://sandbox.openrainbow.com",
            Platform.DEVELOPER_SANDBOX,
            OmcDomain("sandbox.openrainbow.com", True),
        ),
        ("http://127.0.0.1:8123", Platform.EMBEDDED_SANDBOX, OmcDomain("openrainbow.com", False)),
        ("http://localhost:9", Platform.EMBEDDED_SANDBOX, OmcDomain("openrainbow.com", False)),
        (
            "https://rainbow.example.net:8443",
            Platform.CUSTOM,
            OmcDomain("rainbow.example.net", True),
        ),
    ],
)
def test_each_platform_has_its_domain(server: str, platform: Platform, domain: OmcDomain) -> None:
    assert platform_of(server) is platform
    assert omc_domain(server) == domain


def btco_plan(server: str):  # type: ignore[no-untyped-def]
    data = stock_data(mode="btco", fleet_ref=None, installation_ref=None, rainbow_server=server)
    return parse_plan({**data, "equipment_id": "OXO-1", "activation_code": "1234"})


def test_the_checklist_and_the_settings_follow_the_server() -> None:
    sandbox = omc_domain("https://sandbox.openrainbow.com")
    steps = {s.id: s for s in checklist(DeliveryMode.BTCO, "OXO-1", "1234", sandbox)}
    step = steps[STEP_DOMAIN]
    assert step.value == "sandbox.openrainbow.com"
    assert step.title == 'Set "Domain name" to the value shown here'
    assert "inferred" in step.detail
    production = {s.id: s for s in checklist(DeliveryMode.BTCO, "OXO-1", "1234")}[STEP_DOMAIN]
    assert production.value == "openrainbow.com"
    assert production.title == 'Leave "Domain name" at openrainbow.com'

    plan = btco_plan("https://sandbox.openrainbow.com")
    assert desired_settings(plan).domain_name == "sandbox.openrainbow.com"
    assert desired_settings(btco_plan("https://openrainbow.com")).domain_name == "openrainbow.com"


@pytest.mark.asyncio
async def test_the_guided_driver_expects_the_servers_domain() -> None:
    plan = btco_plan("https://sandbox.openrainbow.com")
    driver = GuidedOmcDriver.for_plan(plan)
    await driver.apply(desired_settings(plan))
    wrong = desired_settings(btco_plan("https://openrainbow.com"))
    with pytest.raises(PbxInvalidValue) as refused:
        await driver.apply(wrong)
    assert refused.value.field == "domain_name"

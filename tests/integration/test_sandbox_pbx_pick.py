"""The one rule that picks, for a plan, the sandbox PBX it stands for (both fronts use it)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from installer_app.domain.plan import InstallationPlan
from installer_app.domain.plan_problems import parse_plan
from installer_app.pbx import PbxInvalidValue, SandboxPbxDriver
from installer_app.sandbox.embedded import EmbeddedSandbox, SandboxInfo
from installer_app.sandbox.oxo_agent import Backoff
from installer_app.services.pbx_config import sandbox_pbx_opener
from tests.unit.test_plan import stock_data


@pytest.fixture(scope="module")
def info() -> Iterator[SandboxInfo]:
    with EmbeddedSandbox(backoff=Backoff(base=0.02, cap=0.1)) as running:
        yield running.info


def plan_for(**changes: Any) -> InstallationPlan:
    return parse_plan(stock_data(**changes))


async def picked(info: SandboxInfo, plan: InstallationPlan) -> str:
    driver = await sandbox_pbx_opener(info.pbx_url)(plan)
    try:
        assert isinstance(driver, SandboxPbxDriver)
        return driver.url
    finally:
        await driver.aclose()


@pytest.mark.asyncio
async def test_a_stock_plan_gets_the_pbx_with_its_references(info: SandboxInfo) -> None:
    for pbx in (p for p in info.fleet if p["mode"] == "stock"):
        plan = plan_for(fleet_ref=pbx["fleet_ref"], installation_ref=pbx["installation_ref"])
        assert await picked(info, plan) == pbx["url"]


@pytest.mark.asyncio
async def test_references_pasted_in_lower_case_get_the_same_pbx(info: SandboxInfo) -> None:
    pbx = next(p for p in info.fleet if p["mode"] == "stock")
    plan = plan_for(
        fleet_ref=str(pbx["fleet_ref"]).lower(),
        installation_ref=f" {pbx['installation_ref']} ",
    )
    assert await picked(info, plan) == pbx["url"]


@pytest.mark.asyncio
async def test_a_stock_plan_no_pbx_has_is_refused_not_given_another_pbx(info: SandboxInfo) -> None:
    plan = plan_for(fleet_ref="ALE99", installation_ref="9999.9999.99")
    with pytest.raises(PbxInvalidValue) as caught:
        await picked(info, plan)
    assert caught.value.field == "serial"


@pytest.mark.asyncio
async def test_a_btco_plan_gets_the_first_free_btco_pbx(info: SandboxInfo) -> None:
    plan = plan_for(mode="btco", fleet_ref=None, installation_ref=None)
    first_btco = next(p for p in info.fleet if p["mode"] == "btco")
    assert await picked(info, plan) == first_btco["url"]

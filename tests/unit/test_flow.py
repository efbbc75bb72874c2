"""The wizard's navigation, without Qt."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from installer_app.domain.flow import (
    Step,
    WizardState,
    blockers,
    next_step,
    previous_step,
    resume_step,
    steps,
)
from installer_app.domain.numbering import NumberingRule
from installer_app.domain.plan import DeliveryMode, PbxModel
from installer_app.domain.plan_problems import parse_plan
from tests.unit.test_plan import stock_data


def complete_state(**changes: object) -> WizardState:
    state = WizardState(
        signed_in=True,
        company_id="c1",
        company_name="Boulangerie Martin",
        server_name="Martin OXO",
        fleet_ref="ALE12",
        installation_ref="1234.5678.90",
        country="FR",
        national_prefix="0",
        international_prefix="00",
    )
    for key, value in changes.items():
        setattr(state, key, value)
    return state


def test_online_walk_visits_every_step_in_order() -> None:
    state = complete_state()
    seen = [Step.START]
    while (following := next_step(seen[-1], state)) is not None:
        seen.append(following)
    assert seen == list(Step)
    assert previous_step(Step.START, state) is None
    assert previous_step(Step.COMPANY, state) is Step.SIGN_IN


def test_offline_skips_sign_in_and_stops_at_summary() -> None:
    state = complete_state(offline=True, signed_in=False)
    assert Step.SIGN_IN not in steps(state)
    assert next_step(Step.PBX_MODE, state) is Step.COMPANY
    assert next_step(Step.SUMMARY, state) is None
    assert blockers(Step.COMPANY, complete_state(offline=True, company_id=""))[0].startswith("Type")


def test_complete_state_has_no_blockers_before_declaration() -> None:
    state = complete_state()
    for step in steps(state)[: steps(state).index(Step.SUMMARY) + 1]:
        assert blockers(step, state) == [], step


@pytest.mark.parametrize(
    ("step", "changes", "fragment"),
    [
        (Step.PBX_MODE, {"pbx_model": PbxModel.OXO_CONNECT_EVOLUTION, "mode": DeliveryMode.BTCO},
         "BTCO"),
        (Step.SIGN_IN, {"signed_in": False}, "Sign in"),
        (Step.COMPANY, {"company_id": " "}, "customer company"),
        (Step.PBX, {"server_name": ""}, "Server name"),
        (Step.PBX, {"webrtc_enabled": True}, "WebRTC gateway choice"),
        (Step.CREDENTIALS, {"fleet_ref": ""}, "Fleet reference is required"),
        (Step.CREDENTIALS, {"installation_ref": "12"}, "Installation reference"),
        (Step.DIALING, {"country": "ZZ"}, "country"),
        (Step.DIALING, {"outbound_prefix": "9a"}, "Outbound prefix"),
        (Step.DIALING, {"use_outbound_prefix": True}, "Outbound prefix"),
        (Step.DIALING, {"installation_number": "01-23"}, "Installation number"),
        (Step.NUMBERING, {"rules": [NumberingRule("(", "")]}, "ule 1"),
        (Step.DECLARATION, {}, "Declare"),
        (Step.PBX_CONFIG, {}, "Confirm"),
    ],
)  # fmt: skip
def test_each_blocker(step: Step, changes: dict[str, object], fragment: str) -> None:
    reasons = blockers(step, complete_state(**changes))
    assert any(fragment in reason for reason in reasons), reasons


def test_btco_skips_the_credentials_page() -> None:
    """Rainbow generates BTCO credentials at declaration: no page asks for them before."""
    btco = complete_state(mode=DeliveryMode.BTCO)
    assert Step.CREDENTIALS not in steps(btco)
    assert next_step(Step.PBX, btco) is Step.DIALING
    assert previous_step(Step.DIALING, btco) is Step.PBX
    assert Step.CREDENTIALS in steps(complete_state())
    offline_btco = complete_state(mode=DeliveryMode.BTCO, offline=True)
    assert next_step(Step.PBX, offline_btco) is Step.DIALING


def test_btco_needs_no_references() -> None:
    state = complete_state(mode=DeliveryMode.BTCO, fleet_ref="", installation_ref="")
    assert blockers(Step.CREDENTIALS, state) == []


def test_reference_override() -> None:
    state = complete_state(installation_ref="12", reference_override=True)
    assert blockers(Step.CREDENTIALS, state) == []


def test_state_makes_a_plan_and_back() -> None:
    state = complete_state(
        webrtc_enabled=True, licence_accepted_at=datetime(2026, 1, 2, tzinfo=UTC)
    )
    plan = state.to_plan()
    assert plan.equipment_id == "ALE12-1234.5678.90"
    assert plan.webrtc_gateway.licence_accepted
    again = WizardState.from_plan(plan)
    assert again.to_plan() == plan


def test_resume_step_follows_progress() -> None:
    plan = parse_plan(stock_data())
    assert resume_step(plan) is Step.SUMMARY
    plan.progress.system_id = "s1"
    assert resume_step(plan) is Step.PBX_CONFIG
    assert resume_step(plan, offline=True) is Step.SUMMARY
    plan.progress.pbx_configured = True
    assert resume_step(plan) is Step.DASHBOARD

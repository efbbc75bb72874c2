"""The handover report's content: fields, masked code, worked examples of the rules, timeline."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from installer_app.domain.plan import InstallationPlan
from installer_app.domain.plan_problems import parse_plan
from installer_app.services.report import build_report, example_number
from tests.unit.test_plan import stock_data

T0 = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def rules(*pairs: tuple[str, str]) -> list[dict[str, str]]:
    return [{"regexp_match": m, "regexp_replace": r, "description": f"rule {m}"} for m, r in pairs]


def btco_plan(**changes: Any) -> InstallationPlan:
    data = stock_data(
        mode="btco",
        fleet_ref=None,
        installation_ref=None,
        equipment_id="OXO-4F2A91C7",
        activation_code="4821",
        site_id="site-1",
        dialing={
            "country": "FR",
            "national_prefix": "0",
            "international_prefix": "00",
            "outbound_prefix": "0",
            "use_outbound_prefix": True,
            "installation_number": "+33478000000",
        },
        progress={
            "system_id": "sys-42",
            "declared_at": T0.isoformat(),
            "pbx_configured": True,
            "verified": True,
            "rainbow_status": "Running",
            "pbx_status": "connected",
            "timeline": [
                {"at": (T0 + timedelta(minutes=5)).isoformat(), "side": "rainbow",
                 "status": "Running"},
                {"at": T0.isoformat(), "side": "rainbow", "status": "Pending"},
                {"at": (T0 + timedelta(minutes=4)).isoformat(), "side": "pbx",
                 "status": "connected"},
            ],
        },
    )  # fmt: skip
    data.update(changes)
    return parse_plan(data)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("^0800", "0800123456"),
        ("^([0-9]{1,5})$", "2301"),
        (r"^(\d{1,5})$", "2301"),
        ("(^3699$)", "3699"),
        ("^0321", "0321123456"),
        (r"^\+33", "+33123456789"),
        ("^(?:00|[+])41", "0041123456789"),
        ("^9(0[1-9][0-9]{8})$", "90230145678"),
        ("^[^0]", "2123456789"),
        ("^0[67]", "0612345678"),
    ],
)
def test_example_number_for_common_shapes(pattern: str, expected: str) -> None:
    assert example_number(pattern) == expected
    assert re.search(pattern, expected, re.ASCII)


@pytest.mark.parametrize("pattern", ["(?=1)", r"^1\b", "^$", "^0[-]", "a{,}"])
def test_no_example_for_unsupported_or_empty_patterns(pattern: str) -> None:
    assert example_number(pattern) is None


@given(st.text(alphabet="0123456789^$()[]{},|?*+.\\d-", max_size=20))
def test_example_number_never_raises_and_always_matches(pattern: str) -> None:
    number = example_number(pattern)
    if number is not None:
        assert re.search(pattern, number, re.ASCII)


def test_report_fields_and_masked_code() -> None:
    report = build_report(btco_plan(), technician="  Lucas Bernard ", now=T0)
    assert report.company_name == "Boulangerie Martin"
    assert report.company_id == "5e0f1a2b3c4d5e6f7a8b9c0d"
    assert (report.server_name, report.pbx_model, report.mode) == (
        "Martin OXO",
        "OXO Connect",
        "BTCO",
    )
    assert report.equipment_id == "OXO-4F2A91C7"
    assert report.activation_code == "****"
    assert not report.code_revealed
    assert report.technician == "Lucas Bernard"
    assert report.generated_at == T0
    assert report.country_name == "France"
    assert report.dialing.outbound_prefix == "0"
    assert (report.rainbow_status, report.pbx_status) == ("Running", "Connected")
    assert "4821" not in json.dumps(report.to_json())


def test_code_revealed_only_when_asked() -> None:
    report = build_report(btco_plan(), reveal_code=True)
    assert report.activation_code == "4821"
    assert report.code_revealed
    unknown = build_report(btco_plan(equipment_id=None, activation_code=None))
    assert unknown.activation_code is None
    assert not unknown.code_revealed


def test_timeline_in_order_with_omc_words() -> None:
    report = build_report(btco_plan())
    assert [(e.side, e.status) for e in report.timeline] == [
        ("Rainbow", "Pending"),
        ("PBX", "Connected"),
        ("Rainbow", "Running"),
    ]
    assert report.timeline[0].at == T0


def test_each_rule_has_a_worked_example() -> None:
    plan = btco_plan(
        numbering_rules=rules(
            ("^([0-9]{1,5})$", "$1"),
            ("^0800", ""),
            ("^0321", "00"),
            ("(^3699$)", "0$1"),
            ("(?=9)", "9"),
        )
    )
    examples = build_report(plan).rules
    assert [e.position for e in examples] == [1, 2, 3, 4, 5]
    internal, blocked, rewritten, shadowed, unsupported = examples
    assert (internal.example, internal.sent_to_pbx, internal.applied_rule) == ("2301", "2301", 1)
    assert blocked.example == "0800123456"
    assert blocked.blocked and blocked.sent_to_pbx is None
    assert "blocked" in blocked.explanation
    assert (rewritten.example, rewritten.sent_to_pbx) == ("0321123456", "00123456")
    # 3699 is 4 digits: the first rule catches it before rule 4, and the example says so.
    assert (shadowed.example, shadowed.applied_rule, shadowed.sent_to_pbx) == ("3699", 1, "3699")
    assert unsupported.example is None
    assert unsupported.explanation == "No example."


def test_to_json_is_plain_json() -> None:
    plan = btco_plan(numbering_rules=rules(("^0800", "")))
    data = json.loads(json.dumps(build_report(plan, technician="Lucas", now=T0).to_json()))
    assert data["generated_at"] == T0.isoformat()
    assert data["equipment_id"] == "OXO-4F2A91C7"
    assert data["activation_code"] == "****"
    assert data["dialing"]["country"] == "FR"
    assert data["rules"][0]["example"] == "0800123456"
    assert data["rules"][0]["blocked"] is True
    assert data["timeline"][0] == {"at": T0.isoformat(), "side": "Rainbow", "status": "Pending"}


def test_stock_plan_without_progress() -> None:
    report = build_report(parse_plan(stock_data()))
    assert report.equipment_id == "ALE12-1234.5678.90"
    assert report.activation_code == "****"
    assert report.rules == ()
    assert report.timeline == ()
    assert report.rainbow_status is None and report.pbx_status is None


def test_portal_steps_name_what_the_program_does_not_send() -> None:
    # No API field activates the gateway or takes the installation number, and an activated
    # BTCO code cannot be read back: the report sends the technician to the portal for each.
    plan = btco_plan(
        webrtc_gateway={"enabled": True, "licence_accepted": True, "accepted_at": T0.isoformat()}
    )
    steps = [step.render() for step in build_report(plan).portal_steps]
    assert len(steps) == 4
    where, gateway, number, reset = steps
    assert "Customer companies > Boulangerie Martin > Communication > Comm. Servers" in where
    assert 'equipment list as Martin OXO (Server type "OXO Connect")' in where
    path = "Customer companies > Boulangerie Martin > Communication > Comm. Servers > Martin OXO"
    assert path in gateway
    assert "not activated by this program" in gateway
    assert "+33478000000" in number
    assert '"Dialing information"' in number
    assert "cannot be read back" in reset
    assert '"Reset connection"' in reset
    assert "disconnects from Rainbow until the new code is entered" in reset
    assert build_report(plan).to_json()["portal_steps"] == steps


def test_no_portal_step_when_nothing_is_left_there() -> None:
    plan = btco_plan(progress={}, dialing={"country": "FR"})
    assert build_report(plan).portal_steps == ()


def test_pbx_states_omc_does_not_show_are_marked_as_this_programs_reading() -> None:
    timeline = [
        {"at": T0.isoformat(), "side": "pbx", "status": "connecting"},
        {"at": (T0 + timedelta(minutes=1)).isoformat(), "side": "pbx", "status": "connected"},
    ]
    report = build_report(btco_plan(progress={"pbx_status": "refused", "timeline": timeline}))
    assert report.pbx_status == "Refused (this program's reading)"
    assert [e.status for e in report.timeline] == [
        "Connecting (this program's reading)",
        "Connected",
    ]


def test_stock_report_names_the_portals_connection_tab() -> None:
    plan = parse_plan(stock_data(progress={"system_id": "sys-1"}))
    (where,) = [step.render() for step in build_report(plan).portal_steps]
    assert 'Connection tab, "Specify equipment ID and activation code"' in where
    assert "cannot be read back" not in where

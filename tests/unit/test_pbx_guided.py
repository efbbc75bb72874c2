"""The guided OMC checklist and the driver built on it; the PBX-side settings it produces."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from installer_app.domain.pbx_side import (
    DEFAULT_DOMAIN,
    DesiredSettings,
    PbxConnection,
    PbxSettings,
    parse_connection,
)
from installer_app.domain.plan import DeliveryMode, InstallationPlan
from installer_app.pbx import PbxDriver, PbxInvalidValue, guided, omc_checklist
from installer_app.pbx.guided import ChecklistStep, GuidedOmcDriver, checklist

EQUIPMENT_ID = "F1A2B3C4D5-RB"
CODE = "4821"
STOCK_REF = "ALE12-1234.5678.90"

BTCO_ORDER = [
    ("connect_omc", "Connect to the PBX with OMC"),
    ("expert_view", "Switch to Expert View"),
    ("open_cloud_rainbow", "Open Cloud > Rainbow"),
    ("rainbow_enabled", 'Tick "Rainbow enabled"'),
    ("pabx_id", 'Enter the "Rainbow PABX-ID"'),
    ("activation_code", 'Enter the "Activation code"'),
    ("domain_name", 'Leave "Domain name" at openrainbow.com'),
    ("apply", "Click Apply"),
    ("confirm_yes", "Confirm with Yes"),
    ("wait_connected", 'Wait for "Connected"'),
]
STOCK_IDS = [
    "nothing_to_configure",
    "power_and_cable",
    "firewall_443",
    "web_proxy",
    "wait_connected",
    "check_in_omc",
]


def btco_driver(*confirmed: str) -> GuidedOmcDriver:
    return GuidedOmcDriver(DeliveryMode.BTCO, EQUIPMENT_ID, CODE, confirmed=confirmed)


def by_id(steps: list[ChecklistStep]) -> dict[str, ChecklistStep]:
    return {step.id: step for step in steps}


# --- the checklist as data -------------------------------------------------------------------


def test_btco_checklist_is_the_omc_sequence() -> None:
    steps = checklist(DeliveryMode.BTCO, EQUIPMENT_ID, CODE)
    assert [(step.id, step.title) for step in steps] == BTCO_ORDER


def test_btco_values_to_copy() -> None:
    steps = by_id(checklist(DeliveryMode.BTCO, f"  {EQUIPMENT_ID}\n", f" {CODE} "))
    copied = {
        step.id: (step.value, step.value_label, step.secret)
        for step in steps.values()
        if step.value is not None
    }
    assert copied == {
        "connect_omc": ("192.168.92.246", "Default PBX address", False),
        "pabx_id": (EQUIPMENT_ID, "Rainbow PABX-ID", False),
        "activation_code": (CODE, "Activation code", True),
        "domain_name": ("openrainbow.com", "Domain name", False),
    }
    assert [step.id for step in steps.values() if step.secret] == ["activation_code"]


def test_btco_texts_carry_the_facts() -> None:
    steps = by_id(checklist(DeliveryMode.BTCO, EQUIPMENT_ID, CODE))
    assert guided.DEFAULT_CPU_ADDRESS in steps["connect_omc"].detail
    assert "passwords" in steps["connect_omc"].detail
    assert "CPU serial number" in steps["pabx_id"].detail
    assert DEFAULT_DOMAIN in steps["domain_name"].title
    assert "Yes" in steps["confirm_yes"].detail
    for host in guided.RAINBOW_HOSTS:
        assert host in steps["wait_connected"].detail
    assert "Running" in steps["wait_connected"].detail


def test_stock_checklist_has_nothing_to_type() -> None:
    steps = checklist(DeliveryMode.STOCK, STOCK_REF, STOCK_REF)
    assert [step.id for step in steps] == STOCK_IDS
    assert all(not step.values() for step in steps[:-1])
    text = " ".join(f"{step.title} {step.detail}" for step in steps)
    assert STOCK_REF not in text
    assert "enabled on the PBX by default" in text
    assert "fill in automatically" in text
    assert "powered" in text
    assert "TCP 443" in text
    for host in guided.RAINBOW_HOSTS:
        assert host in by_id(steps)["firewall_443"].detail
    assert "Hardware and Limits > LAN/IP Configuration > Web proxy" in text


def test_stock_checklist_needs_no_values() -> None:
    assert [step.id for step in checklist(DeliveryMode.STOCK, None, None)] == STOCK_IDS


def test_stock_checklist_ends_with_the_check_in_omc_and_the_values_to_compare() -> None:
    # The procedure's stock section ends with a look at OMC's Cloud > Rainbow page.
    check = checklist(DeliveryMode.STOCK, STOCK_REF, STOCK_REF)[-1]
    assert check.id == "check_in_omc"
    assert "Expert View > Cloud > Rainbow" in check.title
    for words in ('"Rainbow enabled"', '"Rainbow PABX-ID"', '"Activation code"', "Connected"):
        assert words in check.detail
    assert [(v.label, v.value, v.secret) for v in check.values()] == [
        ("Rainbow PABX-ID", STOCK_REF, False),
        ("Activation code", STOCK_REF, True),
    ]
    assert STOCK_REF not in repr(check.values()[1])
    unknown = checklist(DeliveryMode.STOCK, None, None)[-1]
    assert unknown.id == "check_in_omc"
    assert unknown.values() == ()


@pytest.mark.parametrize("mode", [DeliveryMode.STOCK, DeliveryMode.BTCO])
def test_checklist_says_the_activation_code_greys_out_once_connected(mode: DeliveryMode) -> None:
    steps = by_id(checklist(mode, EQUIPMENT_ID, CODE))
    last = steps["check_in_omc" if mode is DeliveryMode.STOCK else "activation_code"]
    assert 'greys out "Activation code"' in last.detail
    assert "login password" in last.detail


@pytest.mark.asyncio
async def test_stock_check_in_omc_confirms_connected() -> None:
    driver = GuidedOmcDriver(DeliveryMode.STOCK, STOCK_REF, STOCK_REF)
    assert await driver.read_status() is PbxConnection.UNKNOWN
    driver.confirm("check_in_omc")
    assert await driver.read_status() is PbxConnection.CONNECTED


@pytest.mark.parametrize(
    ("equipment_id", "code", "field"),
    [
        (None, CODE, "equipment_id"),
        ("  ", CODE, "equipment_id"),
        (EQUIPMENT_ID, None, "activation_code"),
    ],
)
def test_btco_needs_both_values(equipment_id: str | None, code: str | None, field: str) -> None:
    with pytest.raises(PbxInvalidValue) as caught:
        checklist(DeliveryMode.BTCO, equipment_id, code)
    assert caught.value.field == field
    assert "declare the PBX first" in caught.value.message


def test_secret_value_is_masked_unless_revealed() -> None:
    step = by_id(checklist(DeliveryMode.BTCO, EQUIPMENT_ID, CODE))["activation_code"]
    assert step.shown_value() == "****"
    assert step.shown_value(reveal=True) == CODE
    assert CODE not in repr(step)
    assert CODE not in str(step)
    plain = by_id(checklist(DeliveryMode.BTCO, EQUIPMENT_ID, CODE))["pabx_id"]
    assert plain.shown_value() == EQUIPMENT_ID
    assert EQUIPMENT_ID in repr(plain)


def test_translation_marker_returns_the_source_text() -> None:
    assert guided.QT_TRANSLATE_NOOP(guided.TRANSLATION_CONTEXT, "Click Apply") == "Click Apply"


# --- the driver --------------------------------------------------------------------------------


def test_driver_is_a_pbx_driver() -> None:
    assert isinstance(btco_driver(), PbxDriver)


@pytest.mark.asyncio
async def test_confirmations_and_configured() -> None:
    driver = btco_driver()
    assert driver.steps == tuple(checklist(DeliveryMode.BTCO, EQUIPMENT_ID, CODE))
    assert driver.next_step is not None
    assert driver.next_step.id == "connect_omc"
    for step in driver.steps[:-2]:
        driver.confirm(step.id)
        assert not driver.configured
    driver.confirm(driver.steps[-2].id)
    # Configured without the wait for Connected: the dashboard watches that, and nobody has
    # seen Connected yet, so the checklist does not claim it.
    assert driver.configured
    assert driver.next_step.id == "wait_connected"
    assert await driver.read_status() is PbxConnection.UNKNOWN
    driver.confirm("wait_connected")
    driver.confirm("wait_connected")
    assert driver.configured
    assert driver.next_step is None
    driver.unconfirm("apply")
    assert not driver.configured
    assert driver.next_step.id == "apply"
    assert driver.confirmed == {step.id for step in driver.steps} - {"apply"}


def test_confirmed_is_a_copy() -> None:
    driver = btco_driver("expert_view")
    driver.confirmed.add("apply")
    assert driver.confirmed == {"expert_view"}


def test_unknown_step_is_refused() -> None:
    driver = btco_driver()
    with pytest.raises(PbxInvalidValue) as caught:
        driver.confirm("nothing_to_configure")
    assert caught.value.field == "step"
    with pytest.raises(PbxInvalidValue):
        driver.unconfirm("bogus")
    with pytest.raises(PbxInvalidValue):
        btco_driver("bogus")


@pytest.mark.asyncio
async def test_btco_settings_follow_the_confirmations() -> None:
    driver = btco_driver()
    nothing = await driver.read_settings()
    assert nothing == PbxSettings(
        rainbow_enabled=False,
        pabx_id="",
        activation_code_set=False,
        connection=PbxConnection.UNKNOWN,
    )
    for step_id in (
        "connect_omc",
        "expert_view",
        "open_cloud_rainbow",
        "rainbow_enabled",
        "pabx_id",
    ):
        driver.confirm(step_id)
    driver.confirm("activation_code")
    typed_not_applied = await driver.read_settings()
    assert typed_not_applied.rainbow_enabled is False
    assert typed_not_applied.pabx_id == ""
    driver.confirm("apply")
    driver.confirm("confirm_yes")
    applied = await driver.read_settings()
    assert applied == PbxSettings(
        rainbow_enabled=True,
        pabx_id=EQUIPMENT_ID,
        activation_code_set=True,
        connection=PbxConnection.UNKNOWN,
    )
    assert await driver.read_status() is PbxConnection.UNKNOWN
    driver.confirm("wait_connected")
    connected = await driver.read_settings()
    assert connected.connection is PbxConnection.CONNECTED
    assert connected.activation_code_read_only is True
    assert await driver.read_status() is PbxConnection.CONNECTED


@pytest.mark.asyncio
async def test_btco_apply_without_the_code_step_leaves_it_unset() -> None:
    driver = btco_driver("rainbow_enabled", "pabx_id", "apply", "confirm_yes")
    settings = await driver.read_settings()
    assert (settings.rainbow_enabled, settings.pabx_id, settings.activation_code_set) == (
        True,
        EQUIPMENT_ID,
        False,
    )


@pytest.mark.asyncio
async def test_stock_settings() -> None:
    driver = GuidedOmcDriver(DeliveryMode.STOCK, STOCK_REF, STOCK_REF)
    settings = await driver.read_settings()
    assert settings == PbxSettings(
        rainbow_enabled=True,
        pabx_id=STOCK_REF,
        activation_code_set=True,
        connection=PbxConnection.UNKNOWN,
    )
    driver.confirm("wait_connected")
    assert await driver.read_status() is PbxConnection.CONNECTED
    assert not driver.configured


@pytest.mark.asyncio
async def test_apply_changes_nothing_and_returns_what_the_checklist_produces() -> None:
    driver = btco_driver("expert_view")
    result = await driver.apply(DesiredSettings(pabx_id=EQUIPMENT_ID, activation_code=CODE))
    assert result == PbxSettings(
        rainbow_enabled=True,
        pabx_id=EQUIPMENT_ID,
        activation_code_set=True,
        domain_name=DEFAULT_DOMAIN,
        connection=PbxConnection.UNKNOWN,
    )
    assert driver.confirmed == {"expert_view"}
    assert (await driver.read_settings()).rainbow_enabled is False
    await driver.aclose()


@pytest.mark.parametrize(
    ("desired", "field"),
    [
        (DesiredSettings(pabx_id="SOMETHING-ELSE", activation_code=CODE), "pabx_id"),
        (DesiredSettings(pabx_id=EQUIPMENT_ID, activation_code="9999"), "activation_code"),
        (
            DesiredSettings(rainbow_enabled=False, pabx_id=EQUIPMENT_ID, activation_code=CODE),
            "rainbow_enabled",
        ),
        (
            DesiredSettings(pabx_id=EQUIPMENT_ID, activation_code=CODE, domain_name="example.org"),
            "domain_name",
        ),
    ],
)
@pytest.mark.asyncio
async def test_apply_refuses_what_the_checklist_does_not_show(
    desired: DesiredSettings, field: str
) -> None:
    with pytest.raises(PbxInvalidValue) as caught:
        await btco_driver().apply(desired)
    assert caught.value.field == field
    assert CODE not in caught.value.message
    assert "9999" not in caught.value.message


def test_for_plan_uses_the_plan_credentials() -> None:
    plan = InstallationPlan.model_validate(
        {
            "pbx_model": "oxo-connect",
            "mode": "btco",
            "company": {"id": "5e0f1a2b3c4d5e6f7a8b9c0d"},
            "server_name": "Martin OXO",
            "dialing": {"country": "FR"},
            "equipment_id": EQUIPMENT_ID,
            "activation_code": CODE,
        }
    )
    driver = GuidedOmcDriver.for_plan(plan, confirmed=["apply"])
    assert driver.mode is DeliveryMode.BTCO
    assert by_id(list(driver.steps))["activation_code"].value == CODE
    assert driver.confirmed == {"apply"}


# --- the PBX-side settings -----------------------------------------------------------------


def test_desired_settings_repr_masks_the_code() -> None:
    desired = DesiredSettings(pabx_id=EQUIPMENT_ID, activation_code=CODE)
    assert CODE not in repr(desired)
    assert EQUIPMENT_ID in repr(desired)
    assert desired.domain_name == DEFAULT_DOMAIN
    assert desired.rainbow_enabled is True


def test_stock_desired_settings_repr_masks_the_equipment_id_too() -> None:
    desired = DesiredSettings(pabx_id=STOCK_REF, activation_code=STOCK_REF)
    assert STOCK_REF not in repr(desired)
    assert STOCK_REF not in str(desired)


def test_pbx_settings_repr_leaves_the_pabx_id_out() -> None:
    settings = PbxSettings(
        rainbow_enabled=True,
        pabx_id=STOCK_REF,
        activation_code_set=True,
        connection=PbxConnection.CONNECTED,
    )
    assert STOCK_REF not in repr(settings)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("connected", PbxConnection.CONNECTED),
        (" Refused ", PbxConnection.REFUSED),
        ("DISABLED", PbxConnection.DISABLED),
        ("rebooting", PbxConnection.UNKNOWN),
        (None, PbxConnection.UNKNOWN),
        (1, PbxConnection.UNKNOWN),
    ],
)
def test_parse_connection(raw: object, expected: PbxConnection) -> None:
    assert parse_connection(raw) is expected


def test_connection_labels() -> None:
    assert PbxConnection.CONNECTED.label == "Connected"
    assert {state.label for state in PbxConnection} >= {"Disabled", "Refused", "Unknown"}


def translatable_calls(module_file: str) -> list[ast.Call]:
    tree = ast.parse(Path(module_file).read_text(encoding="utf-8"))
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
    ]


def test_every_text_is_marked_with_a_literal_context() -> None:
    """lupdate only collects calls whose context and text are string literals."""
    calls = translatable_calls(guided.__file__) + translatable_calls(omc_checklist.__file__)
    assert len(calls) > 30
    marked = set()
    for call in calls:
        context, text = call.args
        assert isinstance(context, ast.Constant)
        assert context.value == guided.TRANSLATION_CONTEXT
        assert isinstance(text, ast.Constant)
        marked.add(text.value)
    for mode in DeliveryMode:
        for step in checklist(mode, EQUIPMENT_ID, CODE):
            assert {step.title, step.detail} <= marked

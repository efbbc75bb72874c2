"""Drafts on disk: a faithful round trip, no secrets, and damaged drafts ignored, never raised."""

from __future__ import annotations

import json
import logging
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from installer_app.domain.flow import Step, WizardState
from installer_app.domain.numbering import NumberingRule
from installer_app.domain.plan import DeliveryMode, PbxModel, Progress, StatusEvent
from installer_app.storage.drafts import DraftError, DraftStore, draft_data, draft_from_data

T0 = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def full_state() -> WizardState:
    return WizardState(
        pbx_model=PbxModel.OXO_CONNECT,
        mode=DeliveryMode.BTCO,
        offline=True,
        signed_in=True,
        rainbow_server="https://sandbox.openrainbow.com",
        company_id="c0ffee",
        company_name="Boulangerie Martin",
        site_id="site-1",
        create_site_name="Lyon",
        server_name="Martin OXO",
        webrtc_enabled=True,
        licence_accepted_at=T0,
        reference_override=True,
        country="FR",
        national_prefix="0",
        international_prefix="00",
        outbound_prefix="0",
        use_outbound_prefix=True,
        installation_number="+33478000000",
        rules=[NumberingRule("^0800", "", "Block"), NumberingRule("^([0-9]{1,5})$", "$1")],
        progress=Progress(
            system_id="sys-1",
            declared_at=T0,
            rainbow_status="Pending",
            timeline=[StatusEvent(at=T0, side="rainbow", status="Pending")],
        ),
        equipment_id="OXO-4F2A91C7",
        activation_code="4821",
    )


def test_round_trip_keeps_everything_but_the_sign_in(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "sub" / "draft.json")
    state = full_state()
    store.save(state, Step.NUMBERING, plan_path=tmp_path / "martin.json", now=T0)
    draft = store.load()
    assert draft is not None
    assert draft.step is Step.NUMBERING
    assert draft.saved_at == T0
    assert draft.plan_path == tmp_path / "martin.json"
    assert draft.server_name == "Martin OXO"
    expected = full_state()
    expected.signed_in = False
    assert draft.state == expected
    assert stat.S_IMODE(os.stat(store.path).st_mode) & 0o077 == 0  # owner only


def test_stock_state_round_trip_and_json_content() -> None:
    state = WizardState(server_name="Martin OXO", fleet_ref="ALE12", installation_ref="1234")
    data = json.loads(json.dumps(draft_data(state, Step.CREDENTIALS, T0)))
    assert data["wizard"] == {
        "offline": False,
        "signed_in": False,
        "create_site_name": "",
        "site_name": "",
        "company_country": "",
        "site_country": "",
        "country_source": "",
    }
    assert data["plan"]["fleet_ref"] == "ALE12"
    assert data["step"] == "credentials"
    assert draft_from_data(data).state == state


def test_no_secret_fields_and_btco_code_kept() -> None:
    text = json.dumps(draft_data(full_state(), Step.SUMMARY, T0)).lower()
    for word in ("password", "secret", "token"):
        assert word not in text
    assert "4821" in text  # the BTCO activation code is part of the plan


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(draft_version=99),
        lambda d: d.pop("plan"),
        lambda d: d["plan"].update(company=3),
        lambda d: d["plan"].update(mode="fax"),
        lambda d: d.update(step="nowhere"),
        lambda d: d["plan"]["dialing"].update(country=33),
        lambda d: d["plan"]["progress"].update(timeline="yesterday"),
        lambda d: d.update(saved_at="yesterday"),
        lambda d: d["plan"].update(numbering_rules=[{"regexp_match": 1}]),
    ],
)
def test_damaged_content_is_a_draft_error(damage) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(json.dumps(draft_data(full_state(), Step.SUMMARY, T0)))
    damage(data)
    with pytest.raises(DraftError) as caught:
        draft_from_data(data)
    assert "4821" not in caught.value.message


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00", b"[]", b'{"draft_version": 1}'])
def test_damaged_file_is_ignored_with_a_log_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, content: bytes
) -> None:
    path = tmp_path / "draft.json"
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="installer_app.storage.drafts"):
        assert DraftStore(path).load() is None
    assert any("Ignoring the draft" in r.getMessage() for r in caplog.records)


def test_missing_draft_and_clear(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = DraftStore(tmp_path / "draft.json")
    with caplog.at_level(logging.WARNING):
        assert store.load() is None
        store.clear()
    assert not caplog.records
    store.save(WizardState(), Step.PBX_MODE)
    assert store.path.exists()
    store.clear()
    assert not store.path.exists()


def test_unwritable_folder_is_a_draft_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", "utf-8")
    with pytest.raises(DraftError) as caught:
        DraftStore(blocker / "draft.json").save(WizardState(), Step.PBX_MODE)
    assert "cannot be written" in caught.value.message

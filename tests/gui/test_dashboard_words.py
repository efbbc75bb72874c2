"""The dashboard's words: the gateway as Rainbow reports it, the BTCO code once activated, and
PBX states OMC is not known to show marked as this program's reading."""

from __future__ import annotations

from datetime import UTC, datetime

from installer_app.domain.diagnosis import diagnose
from installer_app.domain.flow import Step
from installer_app.domain.pbx_side import PbxConnection, PbxSettings
from installer_app.domain.plan import DeliveryMode, StatusEvent
from installer_app.domain.status import AdminStatus
from installer_app.services.monitor import InstallationSnapshot, RainbowSnapshot
from installer_app.ui.pages.dashboard import DashboardPage

AT = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def snapshot(
    raw_status: str, *, pillar: bool | None, connection: PbxConnection
) -> InstallationSnapshot:
    admin = AdminStatus.RUNNING if raw_status == "activated" else AdminStatus.PENDING
    pbx = PbxSettings(
        rainbow_enabled=True, pabx_id="OXO-1", activation_code_set=True, connection=connection
    )
    rainbow = RainbowSnapshot(
        system_id="sys-1",
        pbx_id="OXO-1",
        raw_status=raw_status,
        admin_status=admin,
        has_media_pillar=pillar,
    )
    found = diagnose(rainbow_status=admin, rainbow_pbx_id="OXO-1", pbx=pbx, expected_pbx_id="OXO-1")
    return InstallationSnapshot(at=AT, rainbow=rainbow, pbx=pbx, diagnosis=found)


def dashboard(wizard, **state: object) -> DashboardPage:  # type: ignore[no-untyped-def]
    page = wizard.page_for(Step.DASHBOARD)
    assert isinstance(page, DashboardPage)
    wizard.state.__dict__.update(
        {"company_name": "Boulangerie Martin", "server_name": "Martin OXO", **state}
    )
    return page


def test_activated_btco_code_cannot_be_read_back_and_reset_connection_is_offered(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services
) -> None:
    page = dashboard(make_wizard(services), mode=DeliveryMode.BTCO)
    page._show(snapshot("activating", pillar=None, connection=PbxConnection.CONNECTING))
    assert not page.code_note.isVisibleTo(page)
    page._show(snapshot("activated", pillar=False, connection=PbxConnection.CONNECTED))
    note = page.code_note.text()
    assert page.code_note.isVisibleTo(page)
    assert "cannot be read back" in note
    assert '"Reset connection"' in note
    assert "Customer companies > Boulangerie Martin > Communication > Comm. Servers" in note
    assert "disconnects from Rainbow until the new code is entered" in note


def test_stock_never_shows_the_btco_note(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    page = dashboard(make_wizard(services), mode=DeliveryMode.STOCK)
    page._show(snapshot("activated", pillar=False, connection=PbxConnection.CONNECTED))
    assert not page.code_note.isVisibleTo(page)


def test_gateway_is_read_from_has_media_pillar(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    page = dashboard(make_wizard(services), webrtc_enabled=True)
    page._show(snapshot("activated", pillar=False, connection=PbxConnection.CONNECTED))
    assert page.rainbow_gateway.text() == "not active"
    assert page.gateway_note.isVisibleTo(page)
    assert "Customer companies > Boulangerie Martin" in page.gateway_note.text()
    assert "activate the WebRTC gateway there" in page.gateway_note.text()
    page._show(snapshot("activated", pillar=True, connection=PbxConnection.CONNECTED))
    assert page.rainbow_gateway.text() == "active"
    assert not page.gateway_note.isVisibleTo(page)


def test_pbx_states_other_than_connected_are_this_programs_reading(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services
) -> None:
    page = dashboard(make_wizard(services))
    page._show(snapshot("created", pillar=None, connection=PbxConnection.CONNECTING))
    assert page.pbx_connection.text() == "Connecting (this program's reading)"
    page._show(snapshot("activated", pillar=None, connection=PbxConnection.CONNECTED))
    assert page.pbx_connection.text() == "Connected"


def test_timeline_marks_pbx_states_omc_does_not_show(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = dashboard(wizard)
    timeline = [
        {"at": AT, "side": "pbx", "status": "connecting"},
        {"at": AT, "side": "pbx", "status": "connected"},
        {"at": AT, "side": "rainbow", "status": "Running"},
    ]
    wizard.state.progress = wizard.state.progress.model_copy(
        update={"timeline": [StatusEvent(**event) for event in timeline]}
    )
    page._show_timeline(wizard.state)
    shown = [page.timeline.item(row).text().split("  ", 1)[1] for row in range(3)]
    assert shown == [
        "PBX: Connecting (this program's reading)",
        "PBX: Connected",
        "Rainbow: Running",
    ]

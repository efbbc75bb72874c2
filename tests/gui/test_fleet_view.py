"""The fleet view against the Rainbow emulator: list, filter, sort, export, open, bounded calls."""

from __future__ import annotations

import asyncio
import csv
import threading
from pathlib import Path

import pytest
import pytest_asyncio
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from installer_app.domain.flow import Step
from installer_app.domain.plan import InstallationPlan
from installer_app.domain.plan_problems import parse_plan
from installer_app.domain.status import AdminStatus
from installer_app.services import fleet
from installer_app.services.monitor import RainbowSnapshot
from installer_app.storage.plan_files import save_plan
from installer_app.ui.dialogs.fleet_view import FleetView, FleetWindow, recent_files
from tests.gui.conftest import wait_until
from tests.gui.test_summary_declaration import MARTIN, signed_in
from tests.unit.test_plan import stock_data

LEFT = Qt.MouseButton.LeftButton
NAMES = ["Martin Lyon", "Atelier Nord", "Cave Sud", "Boutique Est"]


@pytest_asyncio.fixture
async def online(sandbox_services, sandbox_account):  # type: ignore[no-untyped-def]
    """The sandbox services, signed in with the demo account."""
    await signed_in(sandbox_services, sandbox_account)
    return sandbox_services


def fleet_plan(url: str, n: int, name: str) -> InstallationPlan:
    return parse_plan(
        stock_data(
            rainbow_server=url,
            server_name=name,
            installation_ref=f"4321.0000.{n:02d}",
            company={"id": MARTIN.id, "name": MARTIN.name if n == 0 else f"Client {name}"},
        )
    )


async def fleet_folder(folder: Path, services, url: str) -> Path:  # type: ignore[no-untyped-def]
    """Four files on the sandbox; the first is declared (and its PBX configured) on Rainbow."""
    folder.mkdir()
    for n, name in enumerate(NAMES):
        plan = fleet_plan(url, n, name)
        if n == 0:
            declared = await services.rainbow.declare(plan)
            progress = declared.plan.progress.model_copy(update={"pbx_configured": True})
            plan = declared.plan.model_copy(update={"progress": progress})
        save_plan(folder / f"{n:02d}-{name.replace(' ', '_')}.json", plan)
    (folder / "broken.json").write_text("{", "utf-8")
    return folder


def open_window(wizard) -> FleetWindow:  # type: ignore[no-untyped-def]
    texts = [a.text().replace("&", "") for a in wizard.tools_menu.actions()]
    assert "Fleet view…" in texts
    view = wizard.findChild(FleetView)
    view.action.trigger()
    assert view.window is not None and view.window.isVisible()
    return view.window


def shown(window: FleetWindow, column: int = 2) -> list[str]:
    proxy = window.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def click_header(qtbot, window: FleetWindow, column: int) -> None:  # type: ignore[no-untyped-def]
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + 5
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))


@pytest.mark.asyncio
async def test_fleet_lists_refreshes_filters_sorts_exports_and_opens(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services, sandbox_account, tmp_path: Path
) -> None:
    await signed_in(sandbox_services, sandbox_account)
    folder = await fleet_folder(tmp_path / "fleet", sandbox_services, sandbox_account.rainbow_url)
    wizard = make_wizard(sandbox_services)
    window = open_window(wizard)
    try:
        await wait_until(lambda: not window.runner.busy)
        assert window.entries == []  # no folder yet, no recent file
        window.ask_folder = lambda: folder
        qtbot.mouseClick(window.folder_button, LEFT)
        await wait_until(lambda: not window.runner.busy)
        assert len(window.entries) == 5
        by_name = {e.server_name: e for e in window.entries}
        assert by_name["Martin Lyon"].rainbow_status == "Pending"  # read on Rainbow
        assert by_name["Martin Lyon"].refreshed
        assert by_name["Martin Lyon"].equipment_id == "ALE12-4321.0000.00"
        declared_at = by_name["Martin Lyon"].plan.progress.declared_at
        assert declared_at is not None
        assert by_name["Martin Lyon"].last_change == declared_at  # no status recorded to change
        assert by_name["Cave Sud"].rainbow_status == fleet.NOT_DECLARED
        assert "not valid JSON" in by_name[""].problem
        assert "4 read on Rainbow" in window.status_label.text()
        window.grab().save(str(tmp_path / "fleet.png"))

        # Sorted by server name; a click on the header sorts the other way.
        assert shown(window) == ["", "Atelier Nord", "Boutique Est", "Cave Sud", "Martin Lyon"]
        click_header(qtbot, window, 2)
        assert shown(window) == ["Martin Lyon", "Cave Sud", "Boutique Est", "Atelier Nord", ""]

        qtbot.keyClicks(window.filter_edit, "PENDING")
        assert shown(window) == ["Martin Lyon"]
        window.filter_edit.clear()
        qtbot.keyClicks(window.filter_edit, "client")
        assert shown(window) == ["Cave Sud", "Boutique Est", "Atelier Nord"]
        assert "3 shown" in window.status_label.text()

        out = tmp_path / "fleet.csv"
        window.ask_csv_path = lambda: out
        qtbot.mouseClick(window.export_button, LEFT)
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader(out.read_text("utf-8-sig").splitlines()))
        assert rows[0][:6] == ["Equipment id", "Company", "Server name", "Rainbow status",
                               "PBX status", "Last change"]  # fmt: skip
        assert [r[2] for r in rows[1:]] == ["Cave Sud", "Boutique Est", "Atelier Nord"]
        assert rows[1][:4] == ["ALE12-4321.0000.02", "Client Cave Sud", "Cave Sud", "Not declared"]
        assert "Exported 3 rows" in window.status_label.text()

        window.filter_edit.clear()
        qtbot.keyClicks(window.filter_edit, "Martin Lyon")
        assert not window.open_button.isEnabled()
        window.table.selectRow(0)
        qtbot.mouseClick(window.open_button, LEFT)
        # Signed in already: the wizard goes on by itself once the company's sites are read.
        await wait_until(lambda: wizard.current_step() is Step.DASHBOARD)
        assert wizard.state.server_name == "Martin Lyon"
        assert wizard.plan_path == folder / "00-Martin_Lyon.json"
        assert wizard.plan_path in recent_files(wizard)
        dashboard = wizard.page_for(Step.DASHBOARD)
        await wait_until(lambda: dashboard.snapshot is not None)
        assert dashboard.rainbow_status.text() == "Pending"
    finally:
        window.close()
        await wizard.shutdown()


@pytest.mark.asyncio
async def test_not_signed_in_shows_the_files(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, tmp_path: Path
) -> None:
    path = tmp_path / "martin.json"
    plan = parse_plan(stock_data(progress={"system_id": "sys-1", "rainbow_status": "Running",
                                           "pbx_status": "connected"}))  # fmt: skip
    save_plan(path, plan)
    wizard = make_wizard(services)
    wizard.plan_path = path
    wizard.next()  # the wizard notes its file among the recent ones
    window = open_window(wizard)
    await wait_until(lambda: not window.runner.busy)
    assert [e.server_name for e in window.entries] == ["Martin OXO"]
    assert shown(window, 3) == ["Running"] and shown(window, 4) == ["Connected"]
    assert not window.runner.busy
    assert not window.refresh_button.isEnabled()
    assert "not signed in" in window.status_label.text()
    window.close()


@pytest.mark.asyncio
async def test_refresh_sends_at_most_four_requests_at_once(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, online, tmp_path: Path, monkeypatch
) -> None:
    url = online.sandbox.rainbow_url
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(12):
        save_plan(folder / f"{n:02d}.json", fleet_plan(url, n + 10, f"P{n}"))
    active = peak = calls = 0
    release = asyncio.Event()

    async def snapshot(plan: InstallationPlan) -> RainbowSnapshot:
        nonlocal active, peak, calls
        calls += 1
        active += 1
        peak = max(peak, active)
        try:
            await release.wait()
        finally:
            active -= 1
        return RainbowSnapshot(system_id="sys", admin_status=AdminStatus.RUNNING)

    monkeypatch.setattr(online.rainbow, "snapshot", snapshot)
    wizard = make_wizard(online)
    window = open_window(wizard)
    try:
        window.set_folder(folder)
        await wait_until(lambda: active == 4)
        for _ in range(20):
            await asyncio.sleep(0)
        assert (active, calls) == (4, 4)
        assert window.busy.running and window.busy.cancel_button.isEnabled()
        release.set()
        await wait_until(lambda: not window.runner.busy)
        assert (peak, calls) == (4, 12)
        assert set(shown(window, 3)) == {"Running"}
    finally:
        window.close()
        await wizard.shutdown()


@pytest.mark.asyncio
async def test_cancel_stops_the_refresh(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, online, tmp_path: Path, monkeypatch
) -> None:
    url = online.sandbox.rainbow_url
    folder = tmp_path / "slow"
    folder.mkdir()
    save_plan(folder / "a.json", fleet_plan(url, 30, "Slow"))
    started = asyncio.Event()

    async def snapshot(plan: InstallationPlan) -> RainbowSnapshot:
        started.set()
        await asyncio.Event().wait()
        raise AssertionError("never answered")

    monkeypatch.setattr(online.rainbow, "snapshot", snapshot)
    wizard = make_wizard(online)
    window = open_window(wizard)
    window.set_folder(folder)
    await wait_until(started.is_set)
    qtbot.mouseClick(window.busy.cancel_button, LEFT)
    await wait_until(lambda: not window.runner.busy)
    assert not window.busy.running
    assert window.refresh_button.isEnabled()
    assert wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    window.close()


def many_files(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        save_plan(folder / f"{n:03d}.json", fleet_plan("https://openrainbow.com", n, f"F{n:03d}"))
    return folder


@pytest.mark.asyncio
async def test_rows_come_in_batches_with_the_progress_shown(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, tmp_path: Path
) -> None:
    folder = many_files(tmp_path / "many", 2 * fleet.READ_BATCH + 5)
    wizard = make_wizard(services)
    window = open_window(wizard)
    await wait_until(lambda: not window.runner.busy)
    progress: list[tuple[int, int, int]] = []  # (bar, bar's maximum, rows shown)
    window.busy.bar.valueChanged.connect(
        lambda value: progress.append((value, window.busy.bar.maximum(), window.model.rowCount()))
    )
    window.set_folder(folder)
    assert window.runner.busy and window.busy.running and window.model.rowCount() == 0
    await wait_until(lambda: not window.runner.busy)
    total = 2 * fleet.READ_BATCH + 5
    steps = [fleet.READ_BATCH, 2 * fleet.READ_BATCH, total]
    assert [p for p in progress if p[0] > 0] == [(n, total, n) for n in steps]
    assert shown(window)[:2] == ["F000", "F001"]
    assert f"{total} installation files" in window.status_label.text()
    assert not window.busy.running
    window.close()


@pytest.mark.asyncio
async def test_cancel_stops_reading_and_keeps_the_rows_read(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, tmp_path: Path, monkeypatch
) -> None:
    folder = many_files(tmp_path / "many", 2 * fleet.READ_BATCH)
    release = threading.Event()
    read_entries = fleet.read_entries
    batches = 0

    def slow_second_batch(paths):  # type: ignore[no-untyped-def]
        nonlocal batches
        batches += 1
        if batches == 2:
            release.wait(30)
        return read_entries(paths)

    monkeypatch.setattr(fleet, "read_entries", slow_second_batch)
    wizard = make_wizard(services)
    window = open_window(wizard)
    await wait_until(lambda: not window.runner.busy)
    batches = 0
    try:
        window.set_folder(folder)
        await wait_until(lambda: window.model.rowCount() == fleet.READ_BATCH)
        qtbot.mouseClick(window.busy.cancel_button, LEFT)
        await wait_until(lambda: not window.runner.busy)
        assert window.model.rowCount() == fleet.READ_BATCH
        assert len(window.entries) == fleet.READ_BATCH
        text = window.status_label.text()
        assert f"Reading cancelled: {fleet.READ_BATCH} of {2 * fleet.READ_BATCH}" in text
        assert not window.busy.running
    finally:
        release.set()
        window.close()


def test_recent_files_are_remembered_most_recent_first(
    qtbot, make_wizard, services, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from installer_app.ui.dialogs.fleet_view import MAX_RECENT, remember_recent

    wizard = make_wizard(services)
    assert recent_files(wizard) == []
    remember_recent(wizard, tmp_path / "a.json")
    assert recent_files(wizard) == [tmp_path / "a.json"]
    for n in range(MAX_RECENT + 5):
        remember_recent(wizard, tmp_path / f"{n}.json")
    remember_recent(wizard, tmp_path / "3.json")
    recent = recent_files(wizard)
    assert len(recent) == MAX_RECENT
    assert recent[:2] == [tmp_path / "3.json", tmp_path / f"{MAX_RECENT + 4}.json"]
    assert recent.count(tmp_path / "3.json") == 1

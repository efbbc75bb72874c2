"""The fleet's pure part: reading files, bounded refresh with backoff, CSV export."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from installer_app.domain.plan import InstallationPlan
from installer_app.domain.plan_problems import parse_plan
from installer_app.domain.status import AdminStatus
from installer_app.rainbow import ConnectionRefused, NotFoundError, RateLimitedError, ServerError
from installer_app.services import fleet
from installer_app.services.monitor import RainbowSnapshot
from installer_app.storage.plan_files import save_plan
from tests.unit.test_plan import stock_data

SERVER = "https://openrainbow.com"
T0 = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def plan_number(n: int, **changes: object) -> InstallationPlan:
    data = stock_data(
        server_name=f"PBX {n:02d}",
        installation_ref=f"1234.5678.{n:02d}",
        company={"id": f"c{n}", "name": f"Company {n:02d}"},
    )
    data.update(changes)
    return parse_plan(data)


def write_fleet(folder: Path, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        path = folder / f"pbx-{n:02d}.json"
        save_plan(path, plan_number(n))
        paths.append(path)
    return paths


def running(plan: InstallationPlan) -> RainbowSnapshot:
    return RainbowSnapshot(system_id="sys", admin_status=AdminStatus.RUNNING)


def test_entries_show_what_files_record(tmp_path: Path) -> None:
    declared = plan_number(
        1,
        progress={
            "system_id": "sys-1",
            "declared_at": T0.isoformat(),
            "rainbow_status": "Pending",
            "pbx_status": "connecting",
            "timeline": [{"at": (T0 + timedelta(hours=1)).isoformat(), "side": "pbx",
                          "status": "connecting"}],
        },
    )  # fmt: skip
    save_plan(tmp_path / "a.json", declared)
    save_plan(tmp_path / "b.json", plan_number(2))
    (tmp_path / "broken.json").write_text("{", "utf-8")
    (tmp_path / "notes.txt").write_text("not listed", "utf-8")
    entries = fleet.read_entries(fleet.fleet_paths(tmp_path))
    assert [e.path.name for e in entries] == ["a.json", "b.json", "broken.json"]
    a, b, broken = entries
    assert (a.equipment_id, a.company, a.server_name) == (
        "ALE12-1234.5678.01",
        "Company 01",
        "PBX 01",
    )
    assert (a.rainbow_status, a.pbx_status) == ("Pending", "Connecting (this program's reading)")
    assert a.last_change == T0 + timedelta(hours=1)
    assert (b.rainbow_status, b.last_change) == (fleet.NOT_DECLARED, None)
    assert "not valid JSON" in broken.problem and broken.plan is None


def test_protected_file_shows_its_clear_part(tmp_path: Path) -> None:
    save_plan(tmp_path / "p.json", plan_number(3), passphrase="correct horse battery")
    entry = fleet.read_entry(tmp_path / "p.json")
    assert (entry.company, entry.server_name, entry.equipment_id) == ("Company 03", "PBX 03", "")
    assert "passphrase" in entry.problem


def test_recent_files_added_once(tmp_path: Path) -> None:
    folder = tmp_path / "fleet"
    folder.mkdir()
    inside = write_fleet(folder, 2)
    outside = tmp_path / "elsewhere.json"
    save_plan(outside, plan_number(9))
    recent = [outside, inside[0], tmp_path / "gone.json", outside]
    assert fleet.fleet_paths(folder, recent) == [*inside, outside]
    assert fleet.fleet_paths(None, recent) == [outside, inside[0]]


@pytest.mark.asyncio
async def test_refresh_is_bounded_and_in_order(tmp_path: Path) -> None:
    entries = fleet.read_entries(write_fleet(tmp_path, 10))
    active = peak = 0
    release = asyncio.Event()

    async def reader(plan: InstallationPlan) -> RainbowSnapshot:
        nonlocal active, peak
        active += 1
        peak = max(peak, active)
        await release.wait()
        active -= 1
        return running(plan)

    seen: list[int] = []
    task = asyncio.ensure_future(
        fleet.refresh_entries(entries, reader, server=SERVER, limit=4, now=lambda: T0,
                              on_entry=lambda i, e: seen.append(i))
    )  # fmt: skip
    while active < 4:
        await asyncio.sleep(0)
    for _ in range(20):  # give any fifth request every chance to start
        await asyncio.sleep(0)
    assert active == 4
    release.set()
    refreshed = await task
    assert peak == 4
    assert sorted(seen) == list(range(10))
    assert [e.server_name for e in refreshed] == [e.server_name for e in entries]
    assert all(e.rainbow_status == "Running" and e.refreshed for e in refreshed)
    assert all(e.last_change == T0 for e in refreshed)  # seen changing at the refresh


@pytest.mark.asyncio
async def test_busy_rainbow_is_retried_with_backoff(tmp_path: Path) -> None:
    entries = fleet.read_entries(write_fleet(tmp_path, 3))
    failures = {
        "PBX 00": [RateLimitedError(429, retry_after=7.0), ServerError(503)],
        "PBX 01": [ServerError(503)] * 3,
        "PBX 02": [NotFoundError(404)],
    }
    pauses: list[float] = []

    async def reader(plan: InstallationPlan) -> RainbowSnapshot:
        pending = failures[plan.server_name]
        if pending:
            raise pending.pop(0)
        return running(plan)

    async def sleep(seconds: float) -> None:
        pauses.append(seconds)

    done = await fleet.refresh_entries(
        entries, reader, server=SERVER, limit=1, first_delay=0.5, sleep=sleep
    )
    recovered, exhausted, missing = done
    assert recovered.rainbow_status == "Running" and not recovered.error
    assert exhausted.error and not exhausted.refreshed
    assert exhausted.rainbow_status == fleet.NOT_DECLARED  # what the file records stays
    assert missing.error and not failures["PBX 02"]  # a 404 is not tried again
    assert pauses == [7.0, 1.0, 0.5, 1.0]  # 429's advice, then doubling; none after the last


@pytest.mark.asyncio
async def test_only_files_of_the_signed_in_server(tmp_path: Path) -> None:
    save_plan(tmp_path / "prod.json", plan_number(1))
    save_plan(tmp_path / "other.json", plan_number(2, rainbow_server="https://rainbow.example"))
    btco = plan_number(3, mode="btco", fleet_ref=None, installation_ref=None)
    save_plan(tmp_path / "zz-btco.json", btco)
    entries = fleet.read_entries(fleet.fleet_paths(tmp_path))
    asked: list[str] = []

    async def reader(plan: InstallationPlan) -> RainbowSnapshot:
        asked.append(plan.server_name)
        return RainbowSnapshot(system_id=None)

    assert await fleet.refresh_entries(entries, reader, server=None) == entries
    assert asked == []
    done = await fleet.refresh_entries(entries, reader, server=SERVER + "/")
    assert asked == ["PBX 01"]  # not the other server's, not an undeclared BTCO file
    assert done[1].rainbow_status == fleet.NOT_DECLARED and done[1].refreshed
    with pytest.raises(ValueError, match="limit"):
        await fleet.refresh_entries(entries, reader, server=SERVER, limit=0)


@pytest.mark.asyncio
async def test_unreachable_rainbow_keeps_the_recorded_status(tmp_path: Path) -> None:
    entries = fleet.read_entries(write_fleet(tmp_path, 1))

    async def reader(plan: InstallationPlan) -> RainbowSnapshot:
        raise ConnectionRefused("Rainbow refused the connection.", may_have_reached_server=False)

    async def sleep(seconds: float) -> None:
        return None

    (entry,) = await fleet.refresh_entries(entries, reader, server=SERVER, sleep=sleep)
    assert entry.error.startswith("Rainbow refused")
    assert entry.rainbow_status == fleet.NOT_DECLARED


def test_csv_export_with_bom(tmp_path: Path) -> None:
    entries = fleet.read_entries(write_fleet(tmp_path, 2))
    entries[0] = fleet.FleetEntry(
        path=entries[0].path, company='Müller; "Logistik"', last_change=T0, rainbow_status="Running"
    )
    out = tmp_path / "fleet.csv"
    fleet.export_csv(out, entries)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == list(fleet.CSV_COLUMNS)
    assert rows[1][:6] == ["", 'Müller; "Logistik"', "", "Running", "", "2026-03-02T09:30:00+00:00"]
    assert rows[2][:3] == ["ALE12-1234.5678.01", "Company 01", "PBX 01"]
    assert len(rows) == 3


@pytest.mark.asyncio
async def test_files_are_read_in_batches_in_order(tmp_path: Path) -> None:
    paths = []
    for n in range(7):
        path = tmp_path / f"{n}.json"
        save_plan(path, plan_number(n))
        paths.append(path)
    batches: list[list[str]] = []
    entries = await fleet.read_entries_progressively(
        paths, lambda read: batches.append([e.server_name for e in read]), batch=3
    )
    assert batches == [["PBX 00", "PBX 01", "PBX 02"], ["PBX 03", "PBX 04", "PBX 05"], ["PBX 06"]]
    assert [e.path for e in entries] == paths
    with pytest.raises(ValueError, match="batch"):
        await fleet.read_entries_progressively(paths, lambda read: None, batch=0)

"""The fleet view opening a folder of 1,000 installation files: first rows, and the GUI meanwhile.

In a fresh process, 1,000 installation files are prepared from a generated CSV (the batch
feature's own generator, ``bench_batch.csv_text``: stock and BTCO PBXs). The wizard opens its
fleet window ("Fleet view…" in the More menu, not signed in) and the folder is chosen, as the
technician does, from an event-loop callback. Measured from that moment: the time until the table
shows its first rows, the time until it shows all 1,000, and the largest gap of a 10 ms
``QTimer`` heartbeat on the GUI thread until then (a window that reads every file on the GUI
thread shows that whole read as one gap). The baseline is the bare work, in the same process:
listing and reading the 1,000 files (``services.fleet``), with no window. Goals: first rows in
under 1 s, no gap of 50 ms or more.

Also runs alone: ``.venv/bin/python bench/bench_fleet.py``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

from bench_batch import csv_text
from bench_heartbeat import Heartbeat
from common import Figure, isolated_home, read_value, run_python

FILES = 1000
GOAL_FIRST_S = 1.0
GOAL_GAP_MS = 50.0
NAME = f"fleet view opening {FILES:,} installation files"


def prepare_files(root: Path) -> Path:
    """A folder of :data:`FILES` installation files, written by the batch preparation."""
    from installer_app.services.batch import prepare_batch  # noqa: PLC0415

    csv_path, out = root / "fleet.csv", root / "fleet"
    csv_path.write_text(csv_text(FILES), "utf-8-sig")
    result = prepare_batch(csv_path, out)
    if not result.ok or len(result.written) != FILES:
        raise RuntimeError(f"the batch wrote {len(result.written)} files: {result.problems[:3]}")
    return out


def read_only_seconds(folder: Path) -> float:
    """The baseline: listing and reading the folder's files, no window."""
    from installer_app.services import fleet  # noqa: PLC0415

    started = time.perf_counter()
    entries = fleet.read_entries(fleet.fleet_paths(folder))
    elapsed = time.perf_counter() - started
    if len(entries) != FILES:
        raise RuntimeError(f"read {len(entries)} entries, expected {FILES}")
    return elapsed


async def open_folder(wizard: object, folder: Path, heartbeat: Heartbeat) -> tuple[float, float]:
    """Choose ``folder`` in the fleet window; (seconds to first rows, seconds to all rows)."""
    from PySide6.QtCore import QObject, QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QTableView  # noqa: PLC0415

    view = wizard.findChild(QObject, "fleetView")  # type: ignore[attr-defined]
    window = view.show()
    table = window.findChild(QTableView, "fleetTable")
    heartbeat.start("idle")
    await asyncio.sleep(0.5)
    heartbeat.enter("loading")
    started = time.perf_counter()
    QTimer.singleShot(0, lambda: window.set_folder(folder))
    first = 0.0
    deadline = started + 120
    while table.model().rowCount() < FILES:
        if first == 0.0 and table.model().rowCount() > 0:
            first = time.perf_counter() - started
        if time.perf_counter() > deadline:
            raise TimeoutError(f"{table.model().rowCount()} rows after 120 s")
        await asyncio.sleep(0.001)
    done = time.perf_counter() - started
    heartbeat.timer.stop()
    return first or done, done


def child() -> int:
    """In a fresh process: prepare the files, open them, print ``key: value`` lines."""
    import qasync  # noqa: PLC0415
    from PySide6.QtCore import QSettings  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from installer_app.services.app_services import build_services  # noqa: PLC0415
    from installer_app.storage.credentials import CredentialStore  # noqa: PLC0415
    from installer_app.storage.session_keyring import SessionKeyring  # noqa: PLC0415
    from installer_app.ui.app import configure_application  # noqa: PLC0415
    from installer_app.ui.wizard import InstallerWizard  # noqa: PLC0415

    app = QApplication(sys.argv[:1])
    configure_application(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        files = prepare_files(root)
        baseline = read_only_seconds(files)
        services = build_services(credentials=CredentialStore(SessionKeyring(), environ={}))
        settings = QSettings(str(root / "settings.ini"), QSettings.Format.IniFormat)
        wizard = InstallerWizard(services, settings=settings)
        wizard.show()
        heartbeat = Heartbeat()
        with loop:
            first, done = loop.run_until_complete(open_folder(wizard, files, heartbeat))
            loop.run_until_complete(wizard.shutdown())
    print(f"read_only_s: {baseline:.3f}")
    print(f"first_rows_s: {first:.3f}")
    print(f"all_rows_s: {done:.3f}")
    print(f"idle_ms: {heartbeat.worst.get('idle', 0.0):.1f}")
    print(f"largest_ms: {heartbeat.worst.get('loading', 0.0):.1f}", flush=True)
    # Measured and printed: leave without tearing down Qt's objects one by one (PySide6 can crash
    # while finalizing a wizard still shown, which would lose nothing here but the exit status).
    os._exit(0)


def measure(runs: int) -> list[Figure]:
    """One opening of the folder; the runs count is not used."""
    with isolated_home() as env:
        output = run_python(Path(__file__), "--child", env=env)
    first, done = read_value(output, "first_rows_s"), read_value(output, "all_rows_s")
    largest, baseline = read_value(output, "largest_ms"), read_value(output, "read_only_s")
    return [
        Figure(
            NAME,
            f"first rows {first:.2f} s, all rows {done:.2f} s, largest GUI gap {largest:.0f} ms",
            f"{baseline:.2f} s (reading the files alone, no window)",
            f"{first:.2f} s to first rows, {largest:.0f} ms gap",
            f"< {GOAL_FIRST_S:.0f} s to first rows, no gap > {GOAL_GAP_MS:.0f} ms",
            first < GOAL_FIRST_S and largest <= GOAL_GAP_MS,
        )
    ]


def main() -> int:
    """``--child`` measures; without it, print this benchmark's row."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    if parser.parse_args().child:
        return child()
    for row in measure(1):
        print(f"{row.name}: {row.value} vs {row.baseline} (goal {row.goal}): {row.verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

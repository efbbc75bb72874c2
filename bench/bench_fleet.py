"""Fleet view: opening a folder of 1,000 installation files, while a heartbeat watches the GUI.

In a fresh process the wizard is shown (not signed in, so no Rainbow call), a folder of 1,000
valid installation files is written, and the fleet window is pointed at it while a 10 ms
``QTimer`` on the GUI loop records the gaps between its beats. Reported: the time from choosing
the folder to the first rows shown, to every row shown, and the largest gap meanwhile. The
baseline is the heartbeat's largest gap with the wizard idle (the timer's own jitter). Goals:
first rows within 1 s, no gap of 50 ms or more.

Also runs alone: ``.venv/bin/python bench/bench_fleet.py`` (``--files N`` to change the count).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import sys
import tempfile
import time
from pathlib import Path

from bench_heartbeat import Heartbeat, wait_until
from common import Figure, isolated_home, read_value, run_python

FILES = 1000
GOAL_FIRST_ROWS_S = 1.0
GOAL_GAP_MS = 50.0
IDLE_S = 1.0


def plan_data(n: int) -> dict[str, object]:
    """A valid stock installation file, the ``n``-th of the fleet."""
    return {
        "schema_version": 1,
        "pbx_model": "oxo-connect",
        "mode": "stock",
        "company": {"id": f"5e0f1a2b3c4d5e6f7a{n:06d}", "name": f"Client {n:04d}"},
        "server_name": f"OXO {n:04d}",
        "fleet_ref": "ALE12",
        "installation_ref": f"1234.{n // 100:04d}.{n % 100:02d}",
        "dialing": {"country": "FR", "national_prefix": "0", "international_prefix": "00"},
    }


def write_fleet(folder: Path, count: int) -> None:
    """``count`` installation files in ``folder``."""
    for n in range(count):
        (folder / f"{n:04d}.json").write_text(json.dumps(plan_data(n)), "utf-8")


async def open_fleet(wizard: object, folder: Path, count: int, heartbeat: Heartbeat) -> None:
    """Idle, then choose ``folder`` in the fleet window; print the figures."""
    from installer_app.ui.dialogs.fleet_view import FleetView  # noqa: PLC0415

    heartbeat.start("idle")
    await asyncio.sleep(IDLE_S)
    view = wizard.findChild(FleetView)  # type: ignore[attr-defined]
    window = view.show()
    await wait_until(lambda: not window.runner.busy, "the empty fleet window")
    first_rows: list[float] = []
    window.model.rowsInserted.connect(
        lambda *_: first_rows.append(time.perf_counter()) if not first_rows else None
    )
    heartbeat.enter("loading")
    started = time.perf_counter()
    window.set_folder(folder)
    await wait_until(
        lambda: window.model.rowCount() == count and not window.runner.busy, "every row", 120
    )
    done = time.perf_counter()
    await asyncio.sleep(0.05)  # a few beats more: a gap that ends with the loading counts
    heartbeat.timer.stop()
    window.close()
    print(f"first_rows_s: {first_rows[0] - started:.3f}")
    print(f"all_rows_s: {done - started:.3f}")


def child(count: int) -> int:
    """In a fresh process: measure and print ``key: value`` lines."""
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
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "fleet"
        folder.mkdir()
        write_fleet(folder, count)
        services = build_services(credentials=CredentialStore(SessionKeyring(), environ={}))
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        wizard = InstallerWizard(services, settings=settings)
        wizard.show()
        gc.freeze()
        heartbeat = Heartbeat()
        with loop:
            loop.run_until_complete(open_fleet(wizard, folder, count, heartbeat))
            loop.run_until_complete(wizard.shutdown())
        for phase, worst in heartbeat.worst.items():
            print(f"{phase}_ms: {worst:.1f}")
    return 0


def measure(runs: int, count: int = FILES) -> list[Figure]:
    """One opening of the folder; the runs count is not used."""
    with isolated_home() as env:
        output = run_python(Path(__file__), "--child", "--files", str(count), env=env)
    first, every = read_value(output, "first_rows_s"), read_value(output, "all_rows_s")
    gap, idle = read_value(output, "loading_ms"), read_value(output, "idle_ms")
    return [
        Figure(
            f"fleet view, {count:,} files: first rows",
            f"{first:.2f} s (every row {every:.2f} s)",
            "-",
            f"{first:.2f} s",
            f"< {GOAL_FIRST_ROWS_S:.0f} s",
            first < GOAL_FIRST_ROWS_S,
        ),
        Figure(
            f"fleet view, {count:,} files: largest GUI gap",
            f"{gap:.1f} ms",
            f"{idle:.1f} ms (idle wizard)",
            f"+{gap - idle:.1f} ms",
            f"< {GOAL_GAP_MS:.0f} ms",
            gap < GOAL_GAP_MS,
        ),
    ]


def main() -> int:
    """``--child`` measures; without it, print this benchmark's rows."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--files", type=int, default=FILES)
    args = parser.parse_args()
    if args.child:
        return child(args.files)
    for row in measure(1, args.files):
        print(f"{row.name}: {row.value} vs {row.baseline} (goal {row.goal})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Peak memory of the GUI after whole installations clicked through the wizard.

In a fresh process, as ``installer-app --sandbox`` runs (Qt, the wizard, and the embedded
sandbox's emulators on their own thread, all in one process), the :class:`Walkthrough` drives a
stock installation and then a BTCO one, each in a new wizard, from the start page to Running and
Connected on the dashboard. The figure is the process's peak resident set size
(``resource.getrusage(RUSAGE_SELF).ru_maxrss``) at the end; the peak after the first walk is
shown too, so growth from one installation to the next is visible. The baseline is the peak of
the bare one-page QWizard (``bare_wizard.py``). Goal: under 200 MB.

Also runs alone: ``.venv/bin/python bench/bench_memory.py``.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from common import BARE_SCRIPT, Figure, isolated_home, read_value, run_python

GOAL_MB = 200.0


def peak_mb() -> float:
    """This process's peak resident set size so far, in MB (10^6 bytes; Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


def child() -> int:
    """In a fresh process: two walks, printing the peak after each."""
    import qasync  # noqa: PLC0415
    from PySide6.QtCore import QSettings  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from installer_app.domain.plan import DeliveryMode  # noqa: PLC0415
    from installer_app.harness.walkthrough import Walkthrough  # noqa: PLC0415
    from installer_app.sandbox.embedded import EmbeddedSandbox  # noqa: PLC0415
    from installer_app.services.app_services import build_services  # noqa: PLC0415
    from installer_app.storage.credentials import CredentialStore  # noqa: PLC0415
    from installer_app.storage.session_keyring import SessionKeyring  # noqa: PLC0415
    from installer_app.ui.app import (  # noqa: PLC0415
        account_from,
        configure_application,
        sandbox_driver_factory,
    )
    from installer_app.ui.wizard import InstallerWizard  # noqa: PLC0415

    gc.disable()  # as the program starts (installer_app.cli, then ui.app.run)
    app = QApplication(sys.argv[:1])
    configure_application(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as folder, EmbeddedSandbox() as sandbox:
        account = account_from(sandbox.info)
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)

        async def walk(mode: DeliveryMode) -> None:
            services = build_services(
                sandbox=account,
                credentials=CredentialStore(SessionKeyring(), environ={}),
                open_pbx_driver=sandbox_driver_factory(account),
            )
            wizard = InstallerWizard(services, settings=settings)
            wizard.show()
            gc.freeze()
            gc.enable()
            pbx = next(p for p in account.fleet if p["mode"] == mode.value)
            try:
                await Walkthrough(wizard, mode=mode, pbx=pbx).run()
            finally:
                await wizard.shutdown()
                await services.rainbow.close()
                wizard.close()
                wizard.deleteLater()
            print(f"{mode.value}_peak_mb: {peak_mb():.1f}", flush=True)

        async def both() -> None:
            await walk(DeliveryMode.STOCK)
            await walk(DeliveryMode.BTCO)

        with loop:
            loop.run_until_complete(both())
    print(f"peak_mb: {peak_mb():.1f}")
    return 0


def bare_peak_mb(env: dict[str, str]) -> float:
    """Peak of the bare one-page wizard when its page is painted."""
    done = subprocess.run(
        [sys.executable, str(BARE_SCRIPT)],
        capture_output=True, text=True, env=env, timeout=60, check=True,
    )  # fmt: skip
    return read_value(done.stdout, "max_rss_kib") * 1024 / 1e6


def measure(runs: int) -> list[Figure]:
    """The peak after both walks against :data:`GOAL_MB`."""
    with isolated_home() as env:
        output = run_python(Path(__file__), "--child", env=env)
        bare = bare_peak_mb(env)
    peak, first = read_value(output, "peak_mb"), read_value(output, "stock_peak_mb")
    return [
        Figure(
            "peak memory (RSS), GUI + sandbox, 2 walkthroughs",
            f"{peak:.0f} MB (after the first: {first:.0f} MB)",
            f"{bare:.0f} MB (bare QWizard)",
            f"+{peak - bare:.0f} MB",
            f"< {GOAL_MB:.0f} MB",
            peak < GOAL_MB,
        )
    ]


def main() -> int:
    """``--child`` measures; without it, print this benchmark's row."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    if parser.parse_args().child:
        return child()
    for row in measure(1):
        print(f"{row.name}: {row.value} vs {row.baseline} (goal {row.goal})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Start-up: time from launching the program to its first wizard page painted.

Each measurement is a fresh process, offscreen, in a throw-away home, run with
``INSTALLER_APP_STARTUP_PROBE=1``: the program prints ``first-paint <time.monotonic()>`` when the
start page is first painted and exits (see ``installer_app/ui/app.py``). ``time.monotonic`` is
the system-wide monotonic clock, so the parent subtracts its own reading taken just before
starting the child. The baseline is a bare PySide6 QWizard with one page (``bare_wizard.py``)
started the same way; program and baseline runs alternate, so a busy moment on the machine
slows both. One warm-up run of each (bytecode caches, page cache) is not counted.

Also runs alone: ``.venv/bin/python bench/bench_startup.py [--runs 9]``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Sequence

from common import (
    BARE_SCRIPT,
    PACKAGED_EXECUTABLE,
    Figure,
    isolated_home,
    median,
    packaged_bare_wizard,
    spread,
    unavailable,
)

GOAL_RATIO = 1.5


def first_paint_seconds(command: Sequence[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` to the first-paint line it prints."""
    started = time.monotonic()
    done = subprocess.run(
        list(command), capture_output=True, text=True, env=env, timeout=120, check=False,
        cwd=env["HOME"],  # as a technician starts it: not from the source folder
    )  # fmt: skip
    for line in done.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - started
    raise RuntimeError(
        f"{command[-1]} printed no first-paint line (exit {done.returncode}): {done.stderr[-1500:]}"
    )


def compare(
    program: Sequence[str], baseline: Sequence[str], runs: int, env: dict[str, str]
) -> tuple[list[float], list[float]]:
    """Alternate ``runs`` runs of each after one warm-up each; (program times, baseline times)."""
    first_paint_seconds(program, env)
    first_paint_seconds(baseline, env)
    program_times: list[float] = []
    baseline_times: list[float] = []
    for _ in range(runs):
        baseline_times.append(first_paint_seconds(baseline, env))
        program_times.append(first_paint_seconds(program, env))
    return program_times, baseline_times


def figure(name: str, program: list[float], baseline: list[float], baseline_name: str) -> Figure:
    """The table row: medians in milliseconds and their ratio against :data:`GOAL_RATIO`."""
    ratio = median(program) / median(baseline)
    return Figure(
        name,
        f"{median(program) * 1000:.0f} ms (runs {spread(program)} s)",
        f"{median(baseline) * 1000:.0f} ms ({baseline_name})",
        f"{ratio:.2f}×",
        f"≤ {GOAL_RATIO}×",
        ratio <= GOAL_RATIO,
    )


def measure(runs: int) -> list[Figure]:
    """Start-up from source and, when built, from the packaged executable."""
    with isolated_home() as env:
        env["INSTALLER_APP_STARTUP_PROBE"] = "1"
        bare = [sys.executable, str(BARE_SCRIPT)]
        program, baseline = compare([sys.executable, "-m", "installer_app"], bare, runs, env)
        figures = [figure("start-up to first page (source)", program, baseline, "bare QWizard")]
        if not PACKAGED_EXECUTABLE.exists():
            figures.append(
                unavailable("start-up to first page (packaged)", "not built", f"≤ {GOAL_RATIO}×")
            )
            return figures
        frozen_bare = packaged_bare_wizard()
        packaged, baseline = compare(
            [str(PACKAGED_EXECUTABLE)], [str(frozen_bare)] if frozen_bare else bare, runs, env
        )
        name = "bare QWizard, packaged" if frozen_bare else "bare QWizard from source"
        figures.append(figure("start-up to first page (packaged)", packaged, baseline, name))
        return figures


def main() -> int:
    """Print this benchmark's rows alone."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    for row in measure(parser.parse_args().runs):
        print(f"{row.name}: {row.value} vs {row.baseline} → {row.result} (goal {row.goal})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

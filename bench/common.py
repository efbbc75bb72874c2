"""What every benchmark shares: the figure it reports, subprocess runs, statistics, the machine.

A benchmark module has ``measure(runs: int) -> list[Figure]``; ``bench/run.py`` calls them and
prints one table. Figures are measurements, never pass/fail tests: a missed goal is printed,
nothing raises.
"""

from __future__ import annotations

import hashlib
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

#: The project folder (``bench/``'s parent): benchmarks run from source found here.
ROOT = Path(__file__).resolve().parent.parent

#: The PyInstaller folder build, measured when it exists.
PACKAGED_FOLDER = ROOT / "dist" / "installer-app"
PACKAGED_EXECUTABLE = PACKAGED_FOLDER / "installer-app"

#: The baseline program: a bare one-page QWizard (start-up and memory baselines).
BARE_SCRIPT = Path(__file__).with_name("bare_wizard.py")
#: Where the packaged baseline (the bare wizard frozen by PyInstaller) is built and kept.
PACKAGED_BARE_DIR = ROOT / "build" / "bench-bare"


@dataclass(frozen=True)
class Figure:
    """One row of the table: a measurement beside its baseline and goal.

    Attributes:
        name: what was measured.
        value: the measurement, formatted with its unit ("n/a" when it could not be taken).
        baseline: what it is compared with, formatted ("-" when nothing).
        result: the compared figure (a ratio, an overhead), or the value again.
        goal: the target, as text ("-" when none).
        met: whether the goal is met; None when there is no goal or no measurement.
        load: the 1-minute load average when its benchmark started and ended ("1.2-3.4"; set
            by ``bench/run.py``): how busy the machine was while it was measured.
    """

    name: str
    value: str
    baseline: str = "-"
    result: str = "-"
    goal: str = "-"
    met: bool | None = None
    load: str = "-"

    @property
    def verdict(self) -> str:
        """The last column: "yes", "NO", or "-" when there is nothing to meet."""
        return "-" if self.met is None else "yes" if self.met else "NO"


def unavailable(name: str, why: str, goal: str = "-") -> Figure:
    """A row for a figure that could not be measured on this checkout (not built, missing)."""
    return Figure(name, why, goal=goal)


def median(values: Sequence[float]) -> float:
    """The median; robust to the odd slow run on a busy machine."""
    return statistics.median(values)


def spread(values: Sequence[float]) -> str:
    """``min–max`` of the runs, for the table's detail."""
    return f"{min(values):.3f}–{max(values):.3f}"


@contextmanager
def isolated_home() -> Iterator[dict[str, str]]:
    """An environment whose home, settings and data live in a throw-away folder.

    Benchmarked programs then never read the user's settings or drafts, nor write logs or
    window geometry where the technician's real ones are. Qt runs offscreen.
    """
    with tempfile.TemporaryDirectory(prefix="bench-home-") as home:
        env = dict(os.environ)
        env.update(
            HOME=home,
            XDG_CONFIG_HOME=f"{home}/.config",
            XDG_DATA_HOME=f"{home}/.local/share",
            XDG_CACHE_HOME=f"{home}/.cache",
            XDG_RUNTIME_DIR=home,
            QT_QPA_PLATFORM="offscreen",
        )
        # Bytecode cached, as after any run or a pip install (a shell may forbid writing it);
        # the cache goes to build/, not next to the sources.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(ROOT / "build" / "bench-pycache")
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        yield env


def run_python(script: Path, *args: str, env: dict[str, str], timeout: float = 300) -> str:
    """Run a bench script in a fresh interpreter (this venv's); its stdout. Raises on failure."""
    done = subprocess.run(
        [sys.executable, str(script), *args],
        capture_output=True, text=True, env=env, timeout=timeout, check=False, cwd=ROOT,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"{script.name} failed ({done.returncode}): {done.stderr[-2000:]}")
    return done.stdout


def read_value(output: str, key: str) -> float:
    """The number after ``key:`` in a script's ``key: value`` output lines."""
    match = re.search(rf"^{re.escape(key)}:\s*([-0-9.eE+]+)", output, re.MULTILINE)
    if match is None:
        raise RuntimeError(f"no '{key}:' line in: {output[-500:]}")
    return float(match.group(1))


def machine() -> dict[str, str]:
    """What the figures were measured on: cores, CPU, memory, Python and PySide6 versions."""
    cpu = platform.processor() or platform.machine()
    with suppress(OSError):
        lines = Path("/proc/cpuinfo").read_text().splitlines()
        fields = dict(line.split(":", 1) for line in lines if ":" in line)
        fields = {key.strip(): value.strip() for key, value in fields.items()}
        cpu = fields.get("model name", cpu)
        if "cpu family" in fields:
            cpu += f" (family {fields['cpu family']}, model {fields.get('model', '?')})"
        if "hypervisor" in fields.get("flags", "").split():
            cpu += ", virtual machine"
    memory = "?"
    with suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    try:
        from PySide6 import __version__ as pyside  # noqa: PLC0415
    except ImportError:
        pyside = "not installed"
    return {
        "cores (nproc)": str(len(os.sched_getaffinity(0))),
        "CPU": cpu,
        "RAM": memory,
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "PySide6": pyside,
    }


def packaged_bare_wizard() -> Path | None:
    """The bare wizard frozen like the program (built once, kept in build/); None without
    PyInstaller or when the build fails."""
    digest = hashlib.sha256(BARE_SCRIPT.read_bytes()).hexdigest()[:12]
    executable = PACKAGED_BARE_DIR / digest / "dist" / "bare_wizard" / "bare_wizard"
    if executable.exists():
        return executable
    work = PACKAGED_BARE_DIR / digest
    done = subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--log-level", "ERROR",
            "--distpath", str(work / "dist"), "--workpath", str(work / "work"),
            "--specpath", str(work), str(BARE_SCRIPT),
        ],
        capture_output=True, text=True, timeout=900, check=False, cwd=ROOT,
    )  # fmt: skip
    return executable if done.returncode == 0 and executable.exists() else None

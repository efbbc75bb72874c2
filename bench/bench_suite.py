"""``make test`` on a fresh clone: its wall time, set-up included, and the tests it passed.

The committed state of this checkout (``HEAD``: uncommitted changes are not measured) is cloned
into a temporary folder, then ``make venv`` (a new virtual environment, its packages installed
from pip's cache when there is one) and ``make test`` run there as a developer or CI would, with
the bytecode cache empty (``make test`` runs the suite on every core, then the few ``timed``
tests alone). The figure is the wall time of the two together; the set-up and the
suite are shown apart. The baseline is the same run's tests one after another: the sum of every
test's own time (setup, call and teardown, from the JUnit report), which is what the suite would
take in one process with nothing overlapping. Goal: at most 4 minutes, every test that ran before
still passing (the passed and skipped counts are shown).

Also runs alone: ``.venv/bin/python bench/bench_suite.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from common import ROOT, Figure

GOAL_S = 240.0
NAME = "`make test` on a fresh clone"


def run(command: list[str], cwd: Path, env: dict[str, str], *, check: bool = True) -> float:
    """Run ``command``; its wall time in seconds. On failure: raises (``check``) or prints its
    output's end to stderr."""
    started = time.perf_counter()
    done = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=3600, check=False
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        message = f"{' '.join(command)} failed: {(done.stdout + done.stderr)[-3000:]}"
        if check:
            raise RuntimeError(message)
        print(message, file=sys.stderr)
    return elapsed


def junit_counts(reports: list[Path]) -> tuple[int, int, int, float]:
    """(passed, failed or errored, skipped, summed test time) from JUnit XML reports."""
    cases = [case for report in reports for case in ET.parse(report).getroot().iter("testcase")]
    passed = failed = skipped = 0
    total = 0.0
    for case in cases:
        total += float(case.get("time", 0.0))
        if case.find("skipped") is not None:
            skipped += 1
        elif case.find("failure") is not None or case.find("error") is not None:
            failed += 1
            print(f"failed: {case.get('classname')}::{case.get('name')}", file=sys.stderr)
        else:
            passed += 1
    return passed, failed, skipped, total


def measure(runs: int) -> list[Figure]:
    """One clone, one set-up, one suite; the runs count is not used."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "QT_QPA"))}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    head = ["git", "rev-parse", "--short", "HEAD"]
    commit = subprocess.run(head, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    commit = commit.strip()
    with tempfile.TemporaryDirectory(prefix="bench-clone-") as folder:
        clone = Path(folder) / "installer-app"
        report = Path(folder) / "junit"
        subprocess.run(
            ["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone)], check=True
        )
        setup = run(["make", "venv"], clone, env)
        # A failing test is counted (and printed), not an error of the benchmark.
        suite = run(
            ["make", "test", "PYTEST_ARGS=-q", f"TEST_REPORT={report}"], clone, env, check=False
        )
        reports = [report.with_suffix(f".{part}.xml") for part in ("parallel", "alone")]
        if not all(path.exists() for path in reports):
            raise RuntimeError("make test did not write its two JUnit reports")
        passed, failed, skipped, serial = junit_counts(reports)
    total = setup + suite
    verdict = f"{passed} passed, {skipped} skipped" + (f", {failed} FAILED" if failed else "")
    return [
        Figure(
            f"{NAME} ({commit})",
            f"{total:.0f} s (set-up {setup:.0f} s + suite {suite:.0f} s): {verdict}",
            f"{serial:.0f} s (the tests one after another)",
            f"suite {suite / serial:.2f}× its tests' own time",
            f"≤ {GOAL_S / 60:.0f} min, nothing failing",
            total <= GOAL_S and failed == 0,
        )
    ]


if __name__ == "__main__":
    for row in measure(1):
        print(f"{row.name}: {row.value} vs {row.baseline} (goal {row.goal}): {row.verdict}")

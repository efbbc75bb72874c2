"""1,000-row batch preparation (``installer-app prepare``), measured by ``bench_batch.py``.

``bench_batch.py`` (the batch feature's own benchmark) generates a CSV of stock and BTCO PBXs and
prepares it as the command does; this module runs it in a fresh process and puts its figures in
the table: the whole preparation (read, validate, write one file per row) beside the parsing
alone. A "not available" row when that script is not part of this checkout.

Also runs alone: ``.venv/bin/python bench/bench_prepare.py``.
"""

from __future__ import annotations

from pathlib import Path

from common import Figure, isolated_home, read_value, run_python, unavailable

ROWS = 1000
GOAL_S = 2.0
SCRIPT = Path(__file__).with_name("bench_batch.py")
NAME = f"prepare a {ROWS:,}-row batch"


def measure(runs: int) -> list[Figure]:
    """The preparation time of :data:`ROWS` rows against :data:`GOAL_S`."""
    if not SCRIPT.exists():
        return [unavailable(NAME, "not available (no bench/bench_batch.py)", f"< {GOAL_S:.0f} s")]
    with isolated_home() as env:
        output = run_python(SCRIPT, "--rows", str(ROWS), env=env)
    total, parsed = read_value(output, "prepare total"), read_value(output, "parse only")
    return [
        Figure(
            NAME,
            f"{total:.3f} s ({ROWS / total:,.0f} rows/s)",
            f"{parsed:.3f} s (parsing and validation only)",
            f"{total - parsed:.3f} s writing",
            f"< {GOAL_S:.0f} s",
            total < GOAL_S,
        )
    ]


if __name__ == "__main__":
    for row in measure(1):
        print(f"{row.name}: {row.value}, {row.result} (baseline {row.baseline}, goal {row.goal})")

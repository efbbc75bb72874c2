"""``make bench``: every performance figure of the program, measured now, beside its baseline.

Run from the project folder: ``.venv/bin/python bench/run.py [--runs 9] [--only startup,memory]
[--markdown]``. Each benchmark module (``bench_<name>.py``) measures its figures in fresh
processes and returns table rows; a benchmark that fails prints an "error" row and the others
still run. These are measurements, not tests: a missed goal is shown as "NO", and the exit
status is 0 unless a benchmark could not run at all. The numbers depend on the machine: the
header says which one (copy it with the table into docs/performance.md).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import importlib
import os
import sys
import time
import traceback
from collections.abc import Sequence

from common import Figure, machine

#: Benchmarks in table order (the performance issue's rows first): name → module.
BENCHMARKS = {
    "startup": "bench_startup",
    "heartbeat": "bench_heartbeat",
    "apply": "bench_apply",
    "package": "bench_package",
    "fleet": "bench_fleet",
    "suite": "bench_suite",
    "batch": "bench_prepare",
    "memory": "bench_memory",
}

_COLUMNS = ("figure", "measured", "baseline", "result", "goal", "met", "load")


def _cells(row: Figure) -> tuple[str, ...]:
    return (row.name, row.value, row.baseline, row.result, row.goal, row.verdict, row.load)


def text_table(rows: Sequence[Figure]) -> str:
    """The rows as an aligned plain-text table."""
    table = [_COLUMNS, *(_cells(r) for r in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(_COLUMNS))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)) for line in table
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def markdown_table(rows: Sequence[Figure]) -> str:
    """The rows as a Markdown table (for docs/performance.md)."""
    lines = ["| " + " | ".join(_COLUMNS) + " |", "|" + "---|" * len(_COLUMNS)]
    lines += ["| " + " | ".join(_cells(r)) + " |" for r in rows]
    return "\n".join(lines)


def run(names: Sequence[str], runs: int) -> tuple[list[Figure], bool]:
    """Measure the named benchmarks; (rows, whether every benchmark ran)."""
    rows: list[Figure] = []
    all_ran = True
    for name in names:
        started, load_before = time.monotonic(), os.getloadavg()[0]
        print(f"measuring {name}…", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(BENCHMARKS[name])
            measured = module.measure(runs)
        except Exception as error:
            all_ran = False
            traceback.print_exc(file=sys.stderr)
            measured = [Figure(name, f"error: {str(error)[:80]}")]
        load = f"{load_before:.1f}-{os.getloadavg()[0]:.1f}"
        rows.extend(dataclasses.replace(row, load=load) for row in measured)
        print(f"  {name}: {time.monotonic() - started:.0f} s (load {load})", file=sys.stderr,
              flush=True)  # fmt: skip
    return rows, all_ran


def main(argv: Sequence[str] | None = None) -> int:
    """Measure, then print the machine and the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="repetitions of repeated figures")
    parser.add_argument(
        "--only", default=",".join(BENCHMARKS), help=f"comma-separated, of {','.join(BENCHMARKS)}"
    )
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    rows, all_ran = run(names, args.runs)
    info = {"date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"), **machine()}
    if args.markdown:
        print("| machine | |\n|---|---|")
        print("\n".join(f"| {key} | {value} |" for key, value in info.items()))
        print()
        print(markdown_table(rows))
    else:
        print("\n".join(f"{key}: {value}" for key, value in info.items()))
        print()
        print(text_table(rows))
    return 0 if all_ran else 1


if __name__ == "__main__":
    raise SystemExit(main())

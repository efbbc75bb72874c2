"""End-to-end ``installer-app apply`` against the sandbox: the program's own time, beyond latency.

Goal: the time above the calls' own latency is under 10 % of that latency.

In a fresh process, for each injected latency (0 s, then 0.2 s on every Rainbow call), three
times (medians are shown): a new embedded sandbox is started, a stock plan for one of its PBXs
is created with ``plan new``, then ``apply`` (the real command, in-process) signs in, declares
it, configures the PBX, waits until Rainbow says Running and the PBX Connected, and signs out.
The Rainbow emulator logs every request with the moments it arrived and ended, so:

* **calls**: the Rainbow calls the command made (the PBX's own gateway link is not counted);
* **the calls' own latency**: the time during which at least one of them was in flight. Calls
  made at the same time count once: this is the network floor, what the command would take if
  the program itself took no time;
* **overhead**: the total minus that latency: the program's work, and its waits with nothing
  in flight (between two status rounds, while the PBX is not connected yet).

The latency share is the calls' own latency as a share of the total.

Also runs alone: ``.venv/bin/python bench/bench_apply.py``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import tempfile
import time
from pathlib import Path

from common import Figure, isolated_home, median, read_value, run_python, spread

LATENCIES = (0.0, 0.2)
#: Goal: the time above the calls' own latency, as a share of that latency.
GOAL_SHARE = 0.10
#: Applies per latency: whether the PBX is already connected at the first status poll varies.
REPEATS = 3
GATEWAY_PREFIX = "/pbx-gateway"


def apply_once(latency: float) -> tuple[float, int, float]:
    """One ``apply`` on a fresh sandbox with ``latency``: (seconds, Rainbow calls made, seconds
    with at least one of them in flight)."""
    from installer_app.cli import main as cli  # noqa: PLC0415
    from installer_app.sandbox.embedded import EmbeddedSandbox  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as folder, EmbeddedSandbox() as sandbox:
        info = sandbox.info
        stock = next(p for p in info.fleet if p["mode"] == "stock")
        plan = Path(folder) / "bench.oxoplan.json"
        quiet = io.StringIO()
        with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
            created = cli(
                [
                    "plan", "new", str(plan), "--model", str(stock["model"]), "--mode", "stock",
                    "--server-name", "Bench OXO", "--company-id", info.company_id,
                    "--country", "FR", "--fleet-ref", str(stock["fleet_ref"]),
                    "--installation-ref", str(stock["installation_ref"]),
                ]
            )  # fmt: skip
        if created != 0:
            raise RuntimeError(f"plan new failed: {quiet.getvalue()[-1000:]}")
        sandbox.call(lambda: setattr(sandbox.rainbow.faults, "latency", latency))
        before = sandbox.call(lambda: len(sandbox.rainbow.requests))
        os.environ["INSTALLER_APP_PASSWORD"] = info.password
        started = time.perf_counter()
        with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
            code = cli(
                [
                    "apply", str(plan), "--rainbow-url", info.rainbow_url, "--login", info.login,
                    "--pbx", f"sandbox:{info.pbx_url}", "--json", "--timeout", "120",
                ]
            )  # fmt: skip
        ended = time.monotonic()
        elapsed = time.perf_counter() - started
        if code != 0:
            raise RuntimeError(f"apply failed ({code}): {quiet.getvalue()[-1500:]}")
        requests = sandbox.call(lambda: list(sandbox.rainbow.requests)[before:])
    calls = [(r.started, r.ended) for r in requests if not r.path.startswith(GATEWAY_PREFIX)]
    return elapsed, len(calls), in_flight(calls, ended - elapsed, ended)


def in_flight(intervals: list[tuple[float, float]], start: float, end: float) -> float:
    """Seconds within ``start``-``end`` during which at least one interval was open."""
    total, reached = 0.0, start
    for opened, closed in sorted(intervals):
        first, last = max(opened, reached), min(closed, end)
        if last > first:
            total += last - first
            reached = last
    return total


def child(repeats: int) -> int:
    """In a fresh process: ``repeats`` applies per latency, printed as ``key: value`` lines."""
    for latency in LATENCIES:
        key = f"{latency * 1000:.0f}ms"
        for n in range(repeats):
            elapsed, calls, flight = apply_once(latency)
            print(f"total_{key}_{n}: {elapsed:.3f}")
            print(f"calls_{key}_{n}: {calls}")
            print(f"flight_{key}_{n}: {flight:.3f}")
    return 0


def measure(runs: int) -> list[Figure]:
    """The median overhead with 0.2 s per call, beside the same apply without latency."""
    repeats = max(1, min(runs, REPEATS))
    with isolated_home() as env:
        output = run_python(Path(__file__), "--child", "--repeats", str(repeats), env=env)

    def runs_of(latency: float, what: str) -> list[float]:
        key = f"{latency * 1000:.0f}ms"
        return [read_value(output, f"{what}_{key}_{n}") for n in range(repeats)]

    latency = LATENCIES[-1]
    totals, calls = runs_of(latency, "total"), runs_of(latency, "calls")
    flights = runs_of(latency, "flight")
    overheads = [t - f for t, f in zip(totals, flights, strict=True)]
    shares = [o / f for o, f in zip(overheads, flights, strict=True)]
    share = median(shares)
    return [
        Figure(
            f"apply (stock) with {latency:.1f} s per Rainbow call",
            f"{median(totals):.2f} s total, {median(calls):.0f} calls "
            f"({latency * median(calls):.1f} s of latency one after another; median of "
            f"{repeats}); {median(runs_of(0.0, 'total')):.2f} s with no latency",
            f"{median(flights):.2f} s (the calls' own latency: a call in flight; "
            f"{median(flights) / median(totals):.0%} of the total)",
            f"{median(overheads):.2f} s above it = {share:.0%} "
            f"({spread(overheads)} s; {spread(shares)})",
            f"< {GOAL_SHARE:.0%}",
            share < GOAL_SHARE,
        )
    ]


def main() -> int:
    """``--child`` measures; without it, print this benchmark's row."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--repeats", type=int, default=REPEATS)
    args = parser.parse_args()
    if args.child:
        return child(args.repeats)
    for row in measure(args.repeats):
        print(f"{row.name}: {row.value}; {row.result} (baseline {row.baseline})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Bad input through the real command line, each in its own process against the sandbox: exit 2,
an ``error:`` line, no traceback, nothing that drives a terminal, and bounded memory.

Each input below used to end in a traceback (exit 1), a hang or a wrong exit code. Every command
runs as a technician would run it, with a kill switch of two minutes against a hang (not a speed
check: the figure line gives the real durations) and its peak resident memory read from the
operating system (``wait4``), which must stay under 300 MB. Prints ``bad inputs: N``.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from installer_app.sandbox.embedded import EmbeddedSandbox, SandboxInfo

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX devices, signals and wait4"),
]

MAX_MEMORY_MB = 300
HANG_GUARD = 120.0
#: What may reach a terminal only as an escape (ESC, BEL, CR, CSI, RLO).
DRIVING = ("\x1b", "\x07", "\r", "\x9b", "\u202e")
FIGURES: list[tuple[str, float, float]] = []
#: Runs the command line as ``python -m installer_app`` does, and writes the process's own peak
#: memory (``VmHWM``) on the way out. ``wait4``'s figure is no good alone: Linux carries into it
#: the peak of the process that forked the child, here a test worker that may hold 400 MB.
LAUNCHER = """
import atexit, os, pathlib, runpy, sys
def _peak():
    for line in pathlib.Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            pathlib.Path(os.environ["INSTALLER_APP_TEST_PEAK"]).write_text(line.split()[1])
atexit.register(_peak)
sys.argv[0] = "installer-app"
runpy.run_module("installer_app", run_name="__main__", alter_sys=True)
"""


@dataclass(frozen=True)
class Ran:
    code: int
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float


def run_cli(
    args: list[str], home: Path, *, env: dict[str, str] | None = None, stdout: int | None = None
) -> Ran:
    """``installer-app ARGS`` in a process of its own; its exit code, output and peak memory."""
    environment: dict[str, str] = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
        **(env or {}),
    }
    out_path, err_path = home / "stdout.txt", home / "stderr.txt"
    peak_path = home / "peak-kb.txt"
    peak_path.unlink(missing_ok=True)
    environment["INSTALLER_APP_TEST_PEAK"] = str(peak_path)
    started = time.monotonic()
    with out_path.open("wb") as out, err_path.open("wb") as err:
        process = subprocess.Popen(
            [sys.executable, "-c", LAUNCHER, *args],
            stdin=subprocess.DEVNULL, stdout=out if stdout is None else stdout, stderr=err,
            env={k: v for k, v in environment.items()},
        )  # fmt: skip
        guard = threading.Timer(HANG_GUARD, lambda: os.kill(process.pid, signal.SIGKILL))
        guard.start()
        try:
            _pid, status, usage = os.wait4(process.pid, 0)
        finally:
            guard.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - started
    assert process.returncode != -signal.SIGKILL, f"{args}: still running after {HANG_GUARD} s"
    return Ran(
        process.returncode,
        out_path.read_text("utf-8", "replace"),
        err_path.read_text("utf-8", "replace"),
        seconds,
        # A process ended by a signal writes no figure: wait4's, an upper bound, stands in.
        int(peak_path.read_text()) / 1024 if peak_path.exists() else usage.ru_maxrss / 1024,
    )


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxInfo]:
    running = EmbeddedSandbox()
    with running:
        yield running.info


def plan_json(info: SandboxInfo, **changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "schema_version": 1,
        "pbx_model": "oxo-connect",
        "mode": "btco",
        "rainbow_server": info.rainbow_url,
        "company": {"id": info.company_id, "name": "Boulangerie"},
        "server_name": "Bad input OXO",
        "dialing": {"country": "FR", "national_prefix": "0", "international_prefix": "00"},
    }
    data.update(changes)
    return data


@pytest.fixture(scope="module")
def files(sandbox: SandboxInfo, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every bad file of the sweep, written as an editor or a damaged disk would leave it."""
    folder = tmp_path_factory.mktemp("bad-input")

    def write(name: str, content: str | bytes) -> Path:
        path = folder / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return path

    good = plan_json(sandbox)
    rule = {"regexp_replace": "x", "description": ""}
    header = "company_id,company_name,server_name,model,mode,fleet_ref,installation_ref,country\n"
    return {
        "good": write("good.oxoplan.json", json.dumps(good)),
        "nested": write("nested.oxoplan.json", "[" * 100_000 + "]" * 100_000),
        "nested object": write("object.oxoplan.json", '{"a":' * 50_000 + "1" + "}" * 50_000),
        "huge integer": write(
            "integer.oxoplan.json",
            json.dumps(good).replace('"schema_version": 1', '"schema_version": ' + "1" * 5000),
        ),
        "long rule": write(
            "rule.oxoplan.json",
            json.dumps({**good, "numbering_rules": [{"regexp_match": "^0{300000000}$", **rule}]}),
        ),
        "nested rule": write(
            "nested-rule.oxoplan.json",
            json.dumps(
                {
                    **good,
                    "numbering_rules": [{"regexp_match": r"^(([0-9]{65535}){65535}){9}$", **rule}],
                }
            ),
        ),
        "escape name": write(
            "escape.oxoplan.json", json.dumps({**good, "server_name": "\x1b]0;X\x07\x1b[2J"})
        ),
        "escape key": write("key.oxoplan.json", json.dumps({**good, "\x1b]0;pwned\x07": 1})),
        "unknown company": write(
            "company.oxoplan.json",
            json.dumps({**good, "company": {"id": "65f1c0de0001000000009999", "name": "Ghost"}}),
        ),
        "escape csv": write(
            "escape.csv", header + 'c1,Martin,"\x1b]0;X\x07\x1b[2J",oxo-connect,btco,,,FR\n'
        ),
        "nested rules": write("rules.json", "[" * 100_000),
    }


def passphrase_env() -> dict[str, str]:
    # What a shell passes for INSTALLER_APP_PASSPHRASE=$'\xff\xfe...': bytes that are not UTF-8.
    return {"INSTALLER_APP_PASSPHRASE": os.fsdecode(b"\xff\xfelong enough passphrase")}


Case = tuple[str, Callable[[dict[str, Path], SandboxInfo], list[str]], dict[str, str], str]

CASES: list[Case] = [
    ("report: rule of 300 million repetitions",
     lambda f, s: ["report", str(f["long rule"]), "--json"], {}, "repeats 300000000 times"),
    ("report: nested repetitions",
     lambda f, s: ["report", str(f["nested rule"]), "--json"], {}, "repeats 65535 times"),
    ("plan new: rule of 300 million repetitions",
     lambda f, s: ["plan", "new", str(f["good"].with_name("new.json")), "--model", "oxo-connect",
                   "--mode", "btco", "--server-name", "X", "--company-id", s.company_id,
                   "--country", "FR", "--rule", "^0{300000000}$=>x"], {}, "Rule 1, pattern"),
    ("plan validate: nested arrays", lambda f, s: ["plan", "validate", str(f["nested"])], {},
     "nests its values too deeply"),
    ("plan show: nested objects", lambda f, s: ["plan", "show", str(f["nested object"])], {},
     "nests its values too deeply"),
    ("status: nested arrays",
     lambda f, s: ["status", str(f["nested"]), "--rainbow-url", s.rainbow_url, "--login",
                   s.login], {}, "nests its values too deeply"),
    ("plan validate: 5000-digit integer",
     lambda f, s: ["plan", "validate", str(f["huge integer"])], {}, "thousands of digits"),
    ("plan protect: passphrase not UTF-8", lambda f, s: ["plan", "protect", str(f["good"])],
     passphrase_env(), "not text in UTF-8"),
    ("diagnostics --port 99999",
     lambda f, s: ["diagnostics", "--out", str(f["good"].with_name("d.zip")), "--port", "99999"],
     {}, "argument --port"),
    *[(f"declare --timeout {value}",
       lambda f, s, value=value: ["declare", str(f["good"]), "--rainbow-url", s.rainbow_url,
                                  "--login", s.login, f"--timeout={value}"], {},
       "argument --timeout")
      for value in ("nan", "-1", "0", "inf")],
    ("declare: company Rainbow does not know",
     lambda f, s: ["declare", str(f["unknown company"]), "--rainbow-url", s.rainbow_url,
                   "--login", s.login], {}, "does not know the customer company"),
    ("plan new: escape sequence in the server name",
     lambda f, s: ["plan", "new", str(f["good"].with_name("esc.json")), "--model", "oxo-connect",
                   "--mode", "btco", "--server-name", "\x1b]0;X\x07\x1b[2J", "--company-id",
                   s.company_id, "--country", "FR"], {}, "control character"),
    ("plan show: escape sequence in the server name",
     lambda f, s: ["plan", "show", str(f["escape name"])], {}, "control character"),
    ("plan validate: escape sequence in a key",
     lambda f, s: ["plan", "validate", str(f["escape key"])], {}, "not a field"),
    ("prepare: escape sequence from a CSV",
     lambda f, s: ["prepare", "--csv", str(f["escape csv"]), "--out", str(f["good"].parent / "o")],
     {}, "control character"),
    ("push: plain http to another computer",
     lambda f, s: ["push", str(f["good"]), "--pbx",
                   f"sandbox:http://some-name:{s.pbx_url.rsplit(':', 1)[1]}/pbxs/F1B7C0FE01"],
     {}, "plain http is allowed only to this computer"),
    ("plan validate /dev/zero", lambda f, s: ["plan", "validate", "/dev/zero"], {},
     "larger than 1 MiB"),
    ("prepare --csv /dev/zero",
     lambda f, s: ["prepare", "--csv", "/dev/zero", "--out", str(f["good"].parent / "z")], {},
     "larger than 20 MiB"),
    ("prepare --rules /dev/zero",
     lambda f, s: ["prepare", "--csv", str(f["escape csv"]), "--rules", "/dev/zero", "--out",
                   str(f["good"].parent / "z")], {}, "larger than 1 MiB"),
    ("prepare --rules nested",
     lambda f, s: ["prepare", "--csv", str(f["escape csv"]), "--rules", str(f["nested rules"]),
                   "--out", str(f["good"].parent / "z")], {}, "nests too deeply"),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_bad_input_ends_in_exit_2_and_a_message(
    case: Case, files: dict[str, Path], sandbox: SandboxInfo, tmp_path: Path
) -> None:
    name, build, env, says = case
    ran = run_cli(
        build(files, sandbox), tmp_path, env={"INSTALLER_APP_PASSWORD": sandbox.password, **env}
    )
    FIGURES.append((name, ran.seconds, ran.peak_mb))
    assert ran.code == 2, f"{name}: exit {ran.code}\n{ran.stderr[-2000:]}"
    assert "Traceback" not in ran.stderr
    assert "error:" in ran.stderr and says in ran.stderr, ran.stderr[-2000:]
    assert "refresh the list" not in ran.stderr
    assert not any(char in ran.stderr + ran.stdout for char in DRIVING), ascii(ran.stderr)
    assert ran.peak_mb < MAX_MEMORY_MB, f"{name}: {ran.peak_mb:.0f} MB"


def test_a_reader_that_goes_away_ends_the_output_quietly(
    files: dict[str, Path], tmp_path: Path
) -> None:
    """``plan show --json | head -c 100``: the pipe is closed before the first write."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        ran = run_cli(["plan", "schema"], tmp_path, stdout=write_end)
        shown = run_cli(["plan", "show", str(files["good"]), "--json"], tmp_path, stdout=write_end)
    finally:
        os.close(write_end)
    for done in (ran, shown):
        assert done.stderr == "", done.stderr
        assert done.code == 141  # as a shell reports a program ended by SIGPIPE


def test_bad_inputs_tally() -> None:
    if FIGURES:
        slowest = max(FIGURES, key=lambda figure: figure[1])
        largest = max(FIGURES, key=lambda figure: figure[2])
        print(
            f"bad inputs: {len(FIGURES)}, tracebacks 0, slowest {slowest[1]:.1f} s "
            f"({slowest[0]}), largest {largest[2]:.0f} MB ({largest[0]})"
        )

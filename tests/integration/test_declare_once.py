"""One system per PBX, whatever runs at the same time: a batch holding copies of its files, and
two separate ``declare`` processes on a file and its copy.

Against the embedded sandbox (both emulators on loopback, in a background thread). The batch is
the command line called in-process (``installer_app.cli.main``); the two processes are real ones.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from installer_app.cli import main
from installer_app.domain.plan_problems import parse_plan
from installer_app.rainbow import RainbowClient
from installer_app.sandbox.embedded import EmbeddedSandbox
from installer_app.sandbox.oxo_agent import Backoff
from installer_app.sandbox.rainbow_emulator import RainbowEmulator
from installer_app.services.declaration import AlreadyDeclaredError
from installer_app.services.plan_declaration import declare_plan
from installer_app.storage.plan_files import load_plan

HEADER = "company_id;company_name;server_name;model;mode;fleet_ref;installation_ref;country"
#: How many PBXs a batch holds, and how many times the batch runs.
PBXS = 25
RUNS = 20


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[EmbeddedSandbox]:
    with EmbeddedSandbox(backoff=Backoff(base=0.02, cap=0.1)) as running:
        monkeypatch.setenv("INSTALLER_APP_PASSWORD", running.info.password)
        monkeypatch.setenv("INSTALLER_APP_LOCK_DIR", str(tmp_path / "locks"))
        monkeypatch.delenv("INSTALLER_APP_PASSPHRASE", raising=False)
        yield running


def connection(sandbox: EmbeddedSandbox) -> list[str]:
    return ["--rainbow-url", sandbox.info.rainbow_url, "--login", sandbox.info.login]


def prepare_btco(sandbox: EmbeddedSandbox, folder: Path, names: list[str]) -> list[Path]:
    """``prepare`` one BTCO file per name into ``folder``; each file is then copied beside
    itself (``X.oxoplan.json`` → ``X.copy.json``). Returns the prepared files."""
    source = folder.parent / f"{folder.name}.csv"
    rows = [f"{sandbox.info.company_id};Demo;{name};oxo-connect;btco;;;FR" for name in names]
    source.write_text("\r\n".join([HEADER, *rows]) + "\r\n", "utf-8-sig", newline="")
    assert main(["prepare", "--csv", str(source), "--out", str(folder)]) == 0
    prepared = sorted(folder.glob("*.oxoplan.json"))
    for path in prepared:
        shutil.copyfile(path, path.with_name(path.name.replace(".oxoplan.json", ".copy.json")))
    return prepared


def systems_named(sandbox: EmbeddedSandbox, names: list[str]) -> Counter[str]:
    """How many systems the emulator holds for each of ``names``."""
    wanted = set(names)
    return sandbox.call(
        lambda: Counter(s.name for s in sandbox.rainbow.store.systems.values() if s.name in wanted)
    )


@pytest.mark.slow
def test_a_batch_of_files_and_their_copies_declares_each_pbx_once(
    sandbox: EmbeddedSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    duplicates: list[str] = []
    for run in range(RUNS):
        names = [f"Run{run} BTCO {n:02d}" for n in range(PBXS)]
        folder = tmp_path / f"run{run}"
        prepared = prepare_btco(sandbox, folder, names)
        capsys.readouterr()

        code = main(["declare", str(folder), *connection(sandbox), "--jobs", "8"])
        out, err = capsys.readouterr()

        counts = systems_named(sandbox, names)
        duplicates += [name for name, count in counts.items() if count > 1]
        assert sorted(counts) == sorted(names), err
        # Of each file and its copy, one is refused before anything is sent, naming the other
        # (the first in name order is kept: the copy). Two files for one PBX is a wrong input:
        # exit 2.
        assert code == 2, err
        for path in prepared:
            copy = path.with_name(path.name.replace(".oxoplan.json", ".copy.json"))
            assert f"{path.name} describes the same PBX as {copy.name}" in out
            assert load_plan(copy).progress.system_id is not None
            assert load_plan(path).progress.system_id is None
    assert duplicates == [], f"{len(duplicates)} PBXs declared twice in {RUNS} runs"


def _declare_process(
    sandbox: EmbeddedSandbox, path: Path, env: dict[str, str]
) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "installer_app", "declare", str(path), *connection(sandbox)]
    return subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


@pytest.mark.slow
def test_two_processes_on_a_file_and_its_copy_declare_the_pbx_once(
    sandbox: EmbeddedSandbox, tmp_path: Path
) -> None:
    """The two processes start together; the sandbox holds every create call for a second
    before handling it, so that the second process looks for the PBX while the first one's
    create is on its way. One declares, the other is told the PBX is already declared (exit 4).
    """
    sandbox.call(lambda: sandbox.rainbow.faults.add("POST", r"/systems$", delay=1.0, times=None))
    env = {**os.environ}
    results = []
    for run in range(3):
        names = [f"Twin{run}"]
        (path,) = prepare_btco(sandbox, tmp_path / f"twin{run}", names)
        copy = path.with_name(path.name.replace(".oxoplan.json", ".copy.json"))
        first, second = (_declare_process(sandbox, p, env) for p in (path, copy))
        outputs = [p.communicate(timeout=120) for p in (first, second)]
        codes = sorted(p.returncode for p in (first, second))
        results.append((systems_named(sandbox, names)[names[0]], codes, outputs))
    for count, codes, outputs in results:
        assert count == 1, outputs
        assert codes == [0, 4], outputs


@pytest.mark.asyncio
async def test_concurrent_declarations_of_one_plan_in_one_process_create_one_system(
    rainbow_emulator: RainbowEmulator, rainbow_client: RainbowClient
) -> None:
    """The lock of the declare use case itself (what the wizard and the command line share),
    without the batch's check: the create is held so both would pass the duplicate check."""
    rainbow_emulator.faults.add("POST", r"/systems$", delay=0.2, times=None)
    data = {
        "schema_version": 1, "pbx_model": "oxo-connect", "mode": "btco",
        "company": {"id": rainbow_emulator.seed.demo_company_id, "name": "Demo"},
        "server_name": "Twin In Process", "dialing": {"country": "FR"},
    }  # fmt: skip
    plan = parse_plan(data)
    results = await asyncio.gather(
        *(declare_plan(rainbow_client, plan) for _ in range(4)), return_exceptions=True
    )
    created = [r for r in results if not isinstance(r, BaseException)]
    refused = [r for r in results if isinstance(r, AlreadyDeclaredError)]
    assert len(created) == 1 and len(refused) == 3, results
    names = [s.name for s in rainbow_emulator.store.systems.values()]
    assert names.count("Twin In Process") == 1

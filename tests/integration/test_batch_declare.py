"""Several installation files at once: ``prepare`` a batch, then ``apply``/``declare`` a folder.

Against the embedded sandbox started in-process (both emulators on loopback), with the CLI called
as ``installer_app.cli.main``.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from installer_app.cli import main
from installer_app.cli.batch_commands import FileOutcome, print_summary, run_files
from installer_app.sandbox.embedded import EmbeddedSandbox, SandboxInfo
from installer_app.sandbox.oxo_agent import Backoff
from installer_app.storage.plan_files import load_plan

HEADER = "company_id;company_name;server_name;model;mode;fleet_ref;installation_ref;country"
STOCK = (
    ("Martin OXO", "oxo-connect", "ALE12", "1234.5678.90"),
    ("Dupont OXO", "oxo-connect-evolution", "ALE12", "1234.5678.91"),
    ("Rossi OXO", "oxo-connect-evolution", "ALE31", "2024.0001.07"),
)
PASSPHRASE = "site visit tomorrow"


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[SandboxInfo]:
    with EmbeddedSandbox(backoff=Backoff(base=0.02, cap=0.1)) as running:
        monkeypatch.setenv("INSTALLER_APP_PASSWORD", running.info.password)
        monkeypatch.delenv("INSTALLER_APP_PASSPHRASE", raising=False)
        yield running.info


def prepare(tmp_path: Path, rows: list[str]) -> Path:
    source = tmp_path / "batch.csv"
    source.write_text("\r\n".join([HEADER, *rows]) + "\r\n", "utf-8-sig", newline="")
    out = tmp_path / "plans"
    assert main(["prepare", "--csv", str(source), "--out", str(out)]) == 0
    return out


def connection(info: SandboxInfo) -> list[str]:
    return ["--rainbow-url", info.rainbow_url, "--login", info.login]


def table_rows(out: str) -> dict[str, list[str]]:
    lines = out.strip().splitlines()
    assert lines[0].split()[:4] == ["FILE", "SYSTEM", "ID", "OUTCOME"]
    return {line.split()[0]: line.split() for line in lines[1:]}


def test_apply_a_folder_of_stock_plans_with_two_jobs(
    sandbox: SandboxInfo,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [
        f"{sandbox.company_id};Demo;{name};{model};stock;{fleet};{installation};FR"
        for name, model, fleet, installation in STOCK
    ]
    folder = prepare(tmp_path, rows)
    protected = folder / "Rossi_OXO.oxoplan.json"
    monkeypatch.setenv("BATCH_PASSPHRASE", PASSPHRASE)
    args = ["plan", "protect", str(protected), "--passphrase-env", "BATCH_PASSPHRASE"]
    assert main(args) == 0
    capsys.readouterr()

    code = main(
        ["apply", str(folder), *connection(sandbox), "--pbx", f"sandbox:{sandbox.pbx_url}",
         "--jobs", "2", "--timeout", "60", "--passphrase-env", "BATCH_PASSPHRASE"]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    table = table_rows(out)
    assert sorted(table) == sorted(f"{name.replace(' ', '_')}.oxoplan.json" for name, *_ in STOCK)
    for file_name, cells in table.items():
        assert cells[2] == "Running/Connected", cells
        plan = load_plan(folder / file_name, passphrase=PASSPHRASE)
        assert cells[1] == plan.progress.system_id is not None
        assert plan.progress.verified and plan.progress.pbx_configured
        assert plan.progress.rainbow_status == "Running"
        # One progress line per file as it ends, and the steps prefixed with its name.
        assert f"{file_name}: Running/Connected" in err
        assert f"{file_name}: Declaring on Rainbow…" in err
    assert all(f"[{n}/3]" in err for n in (1, 2, 3))
    assert "1234.5678" not in out  # the table never shows references or codes
    saved = json.loads(protected.read_text("utf-8"))
    assert saved["protected"] and saved["activation_code"] is None  # still protected
    assert PASSPHRASE not in out + err


def test_declare_several_files_reports_each_and_exits_with_the_worst(
    sandbox: SandboxInfo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [f"{sandbox.company_id};Demo;BTCO {n};oxo-connect;btco;;;FR" for n in (1, 2)]
    folder = prepare(tmp_path, rows)
    broken = tmp_path / "broken.json"
    broken.write_text("{", "utf-8")
    first, second = sorted(folder.glob("*.json"))
    capsys.readouterr()

    code = main(["declare", str(first), str(second), str(broken), *connection(sandbox),
                 "--jobs", "2", "--json"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 2
    lines = [json.loads(line) for line in out.splitlines()]
    assert [Path(line["file"]).name for line in lines] == [first.name, second.name, "broken.json"]
    for line, path in zip(lines[:2], (first, second), strict=True):
        assert line["exit_code"] == 0 and line["outcome"] == "declared"
        assert line["rainbow_status"] == "Pending"
        assert load_plan(path).progress.system_id == line["system_id"]
    assert lines[2]["exit_code"] == 2 and lines[2]["outcome"] == "failed"
    assert "not valid JSON" in lines[2]["message"]
    assert "[3/3]" in err

    # Declaring again reuses the systems: nothing is declared twice.
    assert main(["declare", str(folder), *connection(sandbox)]) == 0
    table = table_rows(capsys.readouterr().out)
    assert [cells[2] for cells in table.values()] == ["reused", "reused"]


def test_several_files_with_manual_pbx_or_an_empty_folder_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--rainbow-url", "http://127.0.0.1:9", "--login", "a@b.example"]
    assert main(["apply", str(tmp_path), *args, "--pbx", "manual"]) == 2
    assert "one PBX at a time" in capsys.readouterr().err
    assert main(["declare", str(tmp_path), *args]) == 2
    assert "holds no installation file" in capsys.readouterr().err


def test_declare_jobs_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["declare", "a.json", "--rainbow-url", "http://x", "--login", "a", "--jobs", "0"])
    assert caught.value.code == 2
    assert "1 or more" in capsys.readouterr().err


@pytest.mark.asyncio
async def test_run_files_bounds_concurrency_and_keeps_order(
    capsys: pytest.CaptureFixture[str],
) -> None:
    running = 0
    peak = 0
    release = asyncio.Event()
    codes = {"a.json": 0, "b.json": 5, "c.json": 2, "d.json": 0, "e.json": 0}

    async def job(path: Path, say: Callable[[str], None]) -> FileOutcome:
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        say("working")
        if running == 2:
            release.set()
        await release.wait()
        running -= 1
        if path.name == "c.json":
            raise ValueError("broken plan")
        return FileOutcome(path, codes[path.name], "done", system_id=f"id-{path.stem}")

    paths = [Path(name) for name in codes]
    outcomes = await run_files(paths, job, jobs=2)
    assert peak == 2
    assert [o.path for o in outcomes] == paths
    assert outcomes[2].outcome == "failed" and outcomes[2].message == "broken plan"
    assert print_summary(outcomes, as_json=False) == 5
    out, err = capsys.readouterr()
    assert err.count("working") == 5
    assert "c.json  -          failed   broken plan" in out.splitlines()

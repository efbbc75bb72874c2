"""``prepare`` killed part-way, then run again: the rerun finishes the batch.

A killed run leaves the files it had written and, when killed during a write, a hidden temporary
file (``.NAME.oxoplan.json.XXXX.tmp``). The rerun used to refuse every row whose file existed and
end with "correct the CSV" although the CSV was fine. Files identical to what their row gives are
now the work already done, and the temporaries are cleared; a file that differs from its row (a
PBX declared since) still stops the batch, with words that say so.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from installer_app.storage.plan_files import load_plan

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL"),
]

ROWS = 300
HEADER = "company_id,company_name,server_name,model,mode,fleet_ref,installation_ref,country\n"


def prepare(csv_path: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "installer_app", "prepare", "--csv", str(csv_path),
            "--out", str(out)]  # fmt: skip


def written(out: Path) -> list[Path]:
    return sorted(out.glob("*.oxoplan.json")) if out.is_dir() else []


def test_a_killed_prepare_is_finished_by_running_it_again(tmp_path: Path) -> None:
    source = tmp_path / "fleet.csv"
    rows = [f"c{n},Company {n},PBX {n:03d},oxo-connect,btco,,,FR\n" for n in range(ROWS)]
    source.write_text(HEADER + "".join(rows), encoding="utf-8")
    out = tmp_path / "out"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    process = subprocess.Popen(
        prepare(source, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    while process.poll() is None and len(written(out)) < ROWS // 10:
        pass  # busy-wait on the file system: the kill must land in the middle of the writes
    process.send_signal(signal.SIGKILL)
    process.wait()
    before = written(out)
    if len(before) == ROWS:  # the run ended before the kill: take back what it had not written
        for path in before[ROWS // 2 :]:
            path.unlink()
    # What a kill during a write leaves beside the file it was writing.
    next_name = f"PBX_{len(written(out)):03d}.oxoplan.json"
    (out / f".{next_name}.k3j9x.tmp").write_text('{"schema_version": 1, "pbx_', encoding="utf-8")

    rerun = subprocess.run(
        prepare(source, out), capture_output=True, text=True, env=env, timeout=300, check=False
    )
    assert rerun.returncode == 0, rerun.stderr
    assert "correct the CSV" not in rerun.stderr
    assert f"Wrote {ROWS} installation files" in rerun.stdout
    assert len(written(out)) == ROWS
    assert list(out.glob(".*.tmp")) == []
    assert {load_plan(path).server_name for path in written(out)} == {
        f"PBX {n:03d}" for n in range(ROWS)
    }


def test_a_file_that_differs_from_its_row_is_named_and_the_csv_is_not_blamed(
    tmp_path: Path,
) -> None:
    source = tmp_path / "fleet.csv"
    source.write_text(HEADER + "c1,Company,PBX 1,oxo-connect,btco,,,FR\n", encoding="utf-8")
    out = tmp_path / "out"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.run(prepare(source, out), capture_output=True, text=True, env=env,
                           timeout=120, check=False)  # fmt: skip
    assert first.returncode == 0, first.stderr
    (target,) = written(out)
    target.write_text(target.read_text("utf-8").replace('"site_id": null', '"site_id": "s1"'))
    again = subprocess.run(prepare(source, out), capture_output=True, text=True, env=env,
                           timeout=120, check=False)  # fmt: skip
    assert again.returncode == 2
    assert f"{target} already exists and differs from this row" in again.stderr
    assert "the CSV is fine" in again.stderr and "correct the CSV" not in again.stderr

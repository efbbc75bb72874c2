"""A declaration that survives an interruption: the answer lost, the process killed, the file
that cannot be written; and ``declare --adopt`` taking over a declaration the user knows is theirs.

Against the embedded sandbox (both emulators on loopback); the command line in-process
(``installer_app.cli.main``) or as a real process where it is killed. In every case the rerun
ends with exactly one system for the PBX and Rainbow's generated credentials in the file.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from installer_app.cli import main
from installer_app.sandbox.embedded import EmbeddedSandbox
from installer_app.sandbox.oxo_agent import Backoff
from installer_app.storage.plan_files import load_plan

HEADER = "company_id;company_name;server_name;model;mode;fleet_ref;installation_ref;country"
ONE_SYSTEM = r"/systems/[0-9a-f]{24}$"


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[EmbeddedSandbox]:
    with EmbeddedSandbox(backoff=Backoff(base=0.02, cap=0.1)) as running:
        monkeypatch.setenv("INSTALLER_APP_PASSWORD", running.info.password)
        monkeypatch.delenv("INSTALLER_APP_PASSPHRASE", raising=False)
        yield running


def connection(sandbox: EmbeddedSandbox) -> list[str]:
    return ["--rainbow-url", sandbox.info.rainbow_url, "--login", sandbox.info.login]


def prepare_btco(sandbox: EmbeddedSandbox, tmp_path: Path, name: str) -> Path:
    source = tmp_path / "batch.csv"
    row = f"{sandbox.info.company_id};Demo;{name};oxo-connect;btco;;;FR"
    source.write_text(f"{HEADER}\r\n{row}\r\n", "utf-8-sig", newline="")
    out = tmp_path / "plans"
    assert main(["prepare", "--csv", str(source), "--out", str(out)]) == 0
    (path,) = out.glob("*.oxoplan.json")
    return path


def systems_named(sandbox: EmbeddedSandbox, name: str) -> list[Any]:
    """The emulator's systems called ``name`` (with their generated credentials)."""
    return sandbox.call(
        lambda: [s for s in sandbox.rainbow.store.systems.values() if s.name == name]
    )


def assert_adopted(sandbox: EmbeddedSandbox, path: Path, name: str) -> None:
    """One system for the PBX, and the file holds it with what Rainbow generated."""
    (system,) = systems_named(sandbox, name)
    plan = load_plan(path)
    assert plan.progress.system_id == system.id
    assert plan.equipment_id == system.pbx_id
    assert plan.activation_code == system.activation_code
    assert plan.progress.pending_declaration is None


class _Watcher:
    """Stands for stderr: passes everything on, and calls ``action`` once when ``line`` appears
    (the command line's progress lines are the moments a user could act at)."""

    def __init__(self, stream: Any, line: str, action: Callable[[], None]) -> None:
        self._stream, self._line, self._action = stream, line, action
        self.fired = False

    def write(self, text: str) -> int:
        if not self.fired and self._line in text:
            self.fired = True
            self._action()
        return self._stream.write(text)

    def flush(self) -> None:
        self._stream.flush()


def folder_replaced_by_a_file(folder: Path) -> Callable[[], None]:
    """Moves ``folder`` aside and puts a file in its place: writing into it fails, even for
    root (tests run as root here, where a read-only folder does not stop a write)."""

    def act() -> None:
        folder.rename(folder.with_name(folder.name + ".aside"))
        folder.write_text("not a folder", "utf-8")

    return act


def put_folder_back(folder: Path) -> None:
    folder.unlink()
    folder.with_name(folder.name + ".aside").rename(folder)


def test_a_file_that_cannot_be_written_after_the_create_shows_the_credentials_then_adopts(
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = prepare_btco(sandbox, tmp_path, "Unwritable OXO")
    capsys.readouterr()
    # The intent is written, then, as the create call leaves, the folder becomes unwritable.
    watcher = _Watcher(sys.stderr, "Declaring the PBX…", folder_replaced_by_a_file(path.parent))
    monkeypatch.setattr(sys, "stderr", watcher)
    code = main(["declare", str(path), *connection(sandbox)])
    monkeypatch.undo()
    out, err = capsys.readouterr()

    assert watcher.fired
    assert code == 6, err  # a local file, not the network
    assert "Recorded in" not in out
    (system,) = systems_named(sandbox, "Unwritable OXO")
    assert "cannot be written" in err and "declare it again" in err
    assert f"Equipment id (PABX-ID): {system.pbx_id}" in err
    assert f"Activation code:        {system.activation_code}" in err

    put_folder_back(path.parent)
    assert load_plan(path).progress.pending_declaration is not None  # the intent was kept
    monkeypatch.setenv("INSTALLER_APP_PASSWORD", sandbox.info.password)
    assert main(["declare", str(path), *connection(sandbox)]) == 0
    assert "interrupted run" in capsys.readouterr().out
    assert_adopted(sandbox, path, "Unwritable OXO")


def test_an_intent_that_cannot_be_written_stops_before_anything_is_created(
    sandbox: EmbeddedSandbox,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = prepare_btco(sandbox, tmp_path, "Never Sent OXO")
    capsys.readouterr()
    watcher = _Watcher(
        sys.stderr, "Checking that the PBX is not declared yet…",
        folder_replaced_by_a_file(path.parent),
    )  # fmt: skip
    monkeypatch.setattr(sys, "stderr", watcher)
    code = main(["declare", str(path), *connection(sandbox)])
    monkeypatch.undo()
    err = capsys.readouterr().err

    assert code == 6 and "Nothing was declared" in err, err
    assert systems_named(sandbox, "Never Sent OXO") == []
    posts = sandbox.call(lambda: [r for r in sandbox.rainbow.requests if r.method == "POST"])
    assert not [r for r in posts if r.path.endswith("/systems")]


def test_a_process_killed_right_after_the_create_is_adopted_on_rerun(
    sandbox: EmbeddedSandbox, tmp_path: Path
) -> None:
    """The create is answered, then the read-back is held by the sandbox and the process is
    killed while it waits: the file holds only the intent."""
    path = prepare_btco(sandbox, tmp_path, "Killed OXO")
    sandbox.call(lambda: sandbox.rainbow.faults.add("GET", ONE_SYSTEM, delay=60.0))
    command = [sys.executable, "-m", "installer_app", "declare", str(path), *connection(sandbox)]
    seen = []
    with subprocess.Popen(
        command, env={**os.environ}, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
    ) as process:
        assert process.stderr is not None
        for line in process.stderr:
            seen.append(line)
            if "Reading the declaration back…" in line:
                process.kill()
                break
        process.wait(timeout=30)
    assert process.returncode == -9, seen
    sandbox.call(sandbox.rainbow.faults.clear)
    assert load_plan(path).progress.pending_declaration is not None
    assert load_plan(path).progress.system_id is None

    assert main(["declare", str(path), *connection(sandbox), "--json"]) == 0
    assert_adopted(sandbox, path, "Killed OXO")


def test_a_lost_create_answer_that_cannot_be_checked_is_adopted_on_rerun(
    sandbox: EmbeddedSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The server saves the system and closes the connection without answering; the lookup
    that would find it is refused too (403, not retried): the outcome is unknown (exit 5)."""
    path = prepare_btco(sandbox, tmp_path, "Lost Answer OXO")

    def faults() -> None:
        sandbox.rainbow.faults.add("POST", r"/systems$", drop_after_commit=True)
        sandbox.rainbow.faults.add("GET", r"/systems$")  # the duplicate check goes through
        sandbox.rainbow.faults.add("GET", r"/systems$", status=403, times=None)

    sandbox.call(faults)
    capsys.readouterr()
    code = main(["declare", str(path), *connection(sandbox)])
    err = capsys.readouterr().err
    assert code == 5 and "whether Rainbow recorded it is unknown" in err, err
    assert len(systems_named(sandbox, "Lost Answer OXO")) == 1
    assert load_plan(path).progress.pending_declaration is not None

    sandbox.call(sandbox.rainbow.faults.clear)
    assert main(["declare", str(path), *connection(sandbox), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["resumed"] and not summary["created"]
    assert_adopted(sandbox, path, "Lost Answer OXO")


def test_declare_adopt_takes_over_a_declaration_after_confirmation(
    sandbox: EmbeddedSandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = prepare_btco(sandbox, tmp_path, "Adopted OXO")
    copy = path.with_name("copy.json")
    shutil.copyfile(path, copy)
    assert main(["declare", str(path), *connection(sandbox)]) == 0
    capsys.readouterr()

    # The copy holds no trace of that declaration: refused, with the way out.
    assert main(["declare", str(copy), *connection(sandbox)]) == 4
    assert "--adopt" in capsys.readouterr().err
    # --adopt needs a confirmation: no terminal here, so --yes.
    assert main(["declare", str(copy), *connection(sandbox), "--adopt"]) == 2
    assert "--yes" in capsys.readouterr().err
    assert main(["declare", str(copy), *connection(sandbox), "--yes"]) == 2
    capsys.readouterr()

    assert main(["declare", str(copy), *connection(sandbox), "--adopt", "--yes"]) == 0
    out, err = capsys.readouterr()
    assert "Taking over the declaration 'Adopted OXO'" in err
    assert "reusing system" in out
    assert_adopted(sandbox, copy, "Adopted OXO")
    assert load_plan(copy).progress.system_id == load_plan(path).progress.system_id

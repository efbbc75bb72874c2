"""A status or ``/state`` value this version does not know, sent by the Rainbow emulator, is
shown as Rainbow sent it by ``status`` (text and JSON), never as a known word, and logged once."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from installer_app.cli import main
from installer_app.sandbox.runner import SandboxThread
from installer_app.sandbox.seed import SandboxSeed
from tests.integration.test_cli_rainbow import connection, new_plan

SEED = SandboxSeed.default()
STRANGE_STATE = {"timestamp": 1, "conf": "half-open", "csta": "up", "http": "up"}


@pytest.fixture
def sandbox() -> Iterator[SandboxThread]:
    with SandboxThread() as running:
        yield running


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INSTALLER_APP_PASSWORD", SEED.bp_admin.password)
    monkeypatch.setenv("INSTALLER_APP_SECRET", SEED.application.secret)


def declared(sandbox: SandboxThread, tmp_path: Path, capsys: Any) -> tuple[Path, Any]:
    plan = new_plan(tmp_path / "martin.json")
    capsys.readouterr()
    assert main(["declare", str(plan), *connection(sandbox), "--json"]) == 0
    system_id = json.loads(capsys.readouterr().out)["system_id"]
    return plan, sandbox.emulator.store.systems[system_id]


def test_status_shows_an_unknown_status_and_channel_as_sent(
    sandbox: SandboxThread,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    plan, record = declared(sandbox, tmp_path, capsys)
    record.status = "suspended"
    monkeypatch.setattr(record, "state_json", lambda fmt, now: dict(STRANGE_STATE))

    with caplog.at_level(logging.WARNING, logger="installer_app.services.monitor"):
        assert main(["status", str(plan), *connection(sandbox)]) == 0
        out = capsys.readouterr().out
        assert main(["status", str(plan), *connection(sandbox), "--json"]) == 0
    assert out.startswith("Rainbow says: suspended: ")
    assert "does not know" in out
    assert "conf Rainbow says: half-open" in out
    for word in ("Pending", "Running", "Degraded", "Activated"):
        assert word not in out
    shown = json.loads(capsys.readouterr().out)
    assert shown["rainbow_status"] == "Unknown"
    assert shown["unknown_values"] == {"status": "suspended", "conf": "half-open"}
    logged = [r.getMessage() for r in caplog.records if "does not know" in r.getMessage()]
    assert sorted(logged) == [
        "Rainbow sent a value this version does not know: conf = 'half-open'",
        "Rainbow sent a value this version does not know: status = 'suspended'",
    ], "each value is logged once, however often it is read"


def test_a_known_status_with_an_unknown_connection_is_not_called_running(
    sandbox: SandboxThread,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plan, record = declared(sandbox, tmp_path, capsys)
    record.status = "activated"
    state = {"timestamp": 1, "connection": "established"}
    monkeypatch.setattr(record, "state_json", lambda fmt, now: dict(state))
    assert main(["status", str(plan), *connection(sandbox), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["rainbow_status"] == "Activated", "not Running: the connection is not known"
    assert shown["unknown_values"] == {"connection": "established"}

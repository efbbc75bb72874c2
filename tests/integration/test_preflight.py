"""``preflight`` and ``declare --dry-run`` against the Rainbow emulator: nothing created or
changed, every problem listed with the right exit code, and the body shown is the body sent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from installer_app.cli import main
from installer_app.rainbow.exchange_log import masked_json
from installer_app.sandbox.runner import SandboxThread
from installer_app.sandbox.seed import SandboxSeed
from tests.integration.test_cli_rainbow import company, connection, new_plan

SEED = SandboxSeed.default()
SYSTEMS = "/api/rainbow/admin/v1.0/systems"


@pytest.fixture
def sandbox() -> Iterator[SandboxThread]:
    with SandboxThread() as running:
        yield running


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INSTALLER_APP_PASSWORD", SEED.bp_admin.password)
    monkeypatch.setenv("INSTALLER_APP_SECRET", SEED.application.secret)


def store_state(sandbox: SandboxThread) -> str:
    """Everything the store holds that a request could create or change."""
    store = sandbox.emulator.store
    return json.dumps(
        {
            "systems": {
                key: s.to_json(connection_history=True) for key, s in store.systems.items()
            },
            "sites": {key: repr(site) for key, site in store.sites.items()},
            "companies": {key: repr(c) for key, c in store.companies.items()},
        },
        sort_keys=True,
        default=str,
    )


def methods_seen(sandbox: SandboxThread, since: int) -> set[str]:
    return {record.method for record in sandbox.emulator.requests[since:]}


def test_preflight_passes_and_changes_nothing(
    sandbox: SandboxThread, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = new_plan(tmp_path / "martin.json")
    before, seen = store_state(sandbox), len(sandbox.emulator.requests)
    capsys.readouterr()
    assert main(["preflight", str(plan), *connection(sandbox)]) == 0
    out = capsys.readouterr().out
    assert store_state(sandbox) == before
    assert methods_seen(sandbox, seen) == {"GET"}
    for name in ("account", "company", "site", "pbx", "country", "rules"):
        assert f"ok      {name}: " in out
    assert f"POST {SYSTEMS}\n" in out
    assert "ALE12-1234.5678.90" not in out, "the stock activation code is masked"
    assert '"pbxId": "[redacted]"' in out


def test_every_problem_is_listed_and_the_first_sets_the_exit_code(
    sandbox: SandboxThread, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No site (Farmácia has none), the other partner's equipment id, a country Rainbow does not
    take (Liechtenstein): three problems, exit 2 (the site's: invalid input)."""
    plan = tmp_path / "bad.json"
    args = [
        "plan", "new", str(plan), "--model", "oxo-connect", "--mode", "stock",
        "--server-name", "Oliveira OXO", "--company-id", company("Farmácia"), "--country", "LI",
        "--fleet-ref", "ALE99", "--installation-ref", "9999.9999.99",
    ]  # fmt: skip
    assert main(args) == 0
    before, seen = store_state(sandbox), len(sandbox.emulator.requests)
    capsys.readouterr()
    assert main(["preflight", str(plan), *connection(sandbox), "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert store_state(sandbox) == before
    assert methods_seen(sandbox, seen) == {"GET"}
    outcomes = {check["name"]: (check["outcome"], check["kind"]) for check in report["checks"]}
    assert outcomes == {
        "account": ("ok", None),
        "company": ("ok", None),
        "site": ("problem", "invalid_input"),
        "pbx": ("problem", "conflict"),
        "country": ("problem", "invalid_input"),
        "rules": ("ok", None),
    }
    assert report["passed"] is False and report["requests"] == []


def test_a_declared_pbx_would_be_reused(
    sandbox: SandboxThread, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = new_plan(tmp_path / "martin.json")
    assert main(["declare", str(plan), *connection(sandbox)]) == 0
    capsys.readouterr()
    assert main(["preflight", str(plan), *connection(sandbox)]) == 0
    out = capsys.readouterr().out
    assert "would reuse it and send nothing" in out
    assert f"POST {SYSTEMS}" not in out


@pytest.mark.parametrize("mode", ["stock", "btco"])
def test_the_dry_run_body_is_the_body_sent(
    sandbox: SandboxThread,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
) -> None:
    plan = new_plan(tmp_path / "martin.json", "--outbound-prefix", "0", mode=mode)
    before, seen = store_state(sandbox), len(sandbox.emulator.requests)
    capsys.readouterr()
    assert main(["declare", str(plan), *connection(sandbox), "--dry-run"]) == 0
    shown = capsys.readouterr().out.split(f"POST {SYSTEMS}\n", 1)[1].strip()
    assert store_state(sandbox) == before
    assert methods_seen(sandbox, seen) == {"GET"}

    store = sandbox.emulator.store
    received: list[Any] = []
    original = store.create_system

    def spy(bp_id: str, body: Any) -> Any:
        received.append(json.loads(json.dumps(body)))
        return original(bp_id, body)

    monkeypatch.setattr(store, "create_system", spy)
    assert main(["declare", str(plan), *connection(sandbox)]) == 0
    assert len(received) == 1
    assert masked_json(received[0]) == shown

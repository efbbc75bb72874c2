"""The whole job headless: ``installer-app sandbox`` in its own process, then apply and status."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sandbox() -> Iterator[dict[str, Any]]:
    """``installer-app sandbox`` running in a child process; its JSON line."""
    process = subprocess.Popen(
        [sys.executable, "-m", "installer_app", "sandbox"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    try:
        yield json.loads(line)
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
        process.stdout.close()
        assert process.stderr is not None
        process.stderr.close()


def run(*args: str, password: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INSTALLER_APP_PASSWORD": password} if password else dict(os.environ)
    return subprocess.run(
        [sys.executable, "-m", "installer_app", *args],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


def new_plan(path: Path, sandbox: dict[str, Any], mode: str, *refs: str) -> Path:
    done = run(
        "plan", "new", str(path), "--model", "oxo-connect", "--mode", mode,
        "--server-name", f"E2E {mode} {path.stem}", "--company-id", sandbox["company_id"],
        "--country", "FR", *refs,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return path


def apply(plan: Path, sandbox: dict[str, Any], *extra: str) -> subprocess.CompletedProcess[str]:
    return run(
        "apply", str(plan), "--rainbow-url", sandbox["rainbow_url"], "--login", sandbox["login"],
        "--pbx", f"sandbox:{sandbox['pbx_url']}", "--json", *extra,
        password=sandbox["password"],
    )  # fmt: skip


def count_systems(sandbox: dict[str, Any], equipment_id: str) -> int:
    import httpx

    auth = (sandbox["login"], sandbox["password"])
    with httpx.Client(base_url=sandbox["rainbow_url"], trust_env=False) as client:
        token = client.get("/api/rainbow/authentication/v1.0/login", auth=auth).json()["token"]
        answer = client.get(
            f"/api/rainbow/admin/v1.0/systems/pbxid/{equipment_id}",
            headers={"Authorization": f"Bearer {token}"},
        )
    return 1 if answer.status_code == 200 else 0


def test_stock_apply_reaches_running_and_connected(sandbox: dict[str, Any], tmp_path: Path) -> None:
    stock = next(
        p for p in sandbox["fleet"] if p["mode"] == "stock" and p["model"] == "oxo-connect"
    )
    refs = ("--fleet-ref", stock["fleet_ref"], "--installation-ref", stock["installation_ref"])
    plan = new_plan(tmp_path / "stock.json", sandbox, "stock", *refs)
    done = apply(plan, sandbox, "--timeout", "60")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["done"] is True
    assert result["rainbow_status"] == "Running"
    assert result["pbx_status"] == "connected"
    saved = json.loads(plan.read_text("utf-8"))
    assert saved["progress"]["verified"] is True
    assert saved["progress"]["pbx_configured"] is True

    status = run(
        "status", str(plan), "--rainbow-url", sandbox["rainbow_url"], "--login", sandbox["login"],
        "--json", password=sandbox["password"],
    )  # fmt: skip
    assert json.loads(status.stdout)["rainbow_status"] == "Running"


def test_btco_apply_reaches_running_and_connected(sandbox: dict[str, Any], tmp_path: Path) -> None:
    plan = new_plan(tmp_path / "btco.json", sandbox, "btco")
    done = apply(plan, sandbox, "--timeout", "60")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["done"] is True
    assert result["activation_code"].isdigit()
    assert count_systems(sandbox, result["equipment_id"]) == 1


def test_wrong_code_is_diagnosed_and_nothing_declared_twice(
    sandbox: dict[str, Any], tmp_path: Path
) -> None:
    plan = new_plan(tmp_path / "wrong.json", sandbox, "btco")
    declared = run(
        "declare", str(plan), "--rainbow-url", sandbox["rainbow_url"], "--login", sandbox["login"],
        "--json", password=sandbox["password"],
    )  # fmt: skip
    assert declared.returncode == 0, declared.stderr
    equipment_id = json.loads(declared.stdout)["equipment_id"]
    data = json.loads(plan.read_text("utf-8"))
    good_code = data["activation_code"]
    data["activation_code"] = "1000" if good_code != "1000" else "1001"
    plan.write_text(json.dumps(data), "utf-8")
    # The technician enters a wrong code on the PBX (here: pushed from a mistyped file).
    pushed = run("push", str(plan), "--pbx", f"sandbox:{sandbox['pbx_url']}", "--json")
    assert pushed.returncode == 0, pushed.stderr

    done = apply(plan, sandbox, "--timeout", "4")
    assert done.returncode == 5, done.stderr
    assert json.loads(done.stdout)["diagnosis"] == "code_refused"
    assert "activation code" in done.stderr.lower()
    assert count_systems(sandbox, equipment_id) == 1


def test_drop_link_is_seen_and_recovered(sandbox: dict[str, Any], tmp_path: Path) -> None:
    import httpx

    stock = [p for p in sandbox["fleet"] if p["mode"] == "stock"][1]
    refs = ("--fleet-ref", stock["fleet_ref"], "--installation-ref", stock["installation_ref"])
    plan = new_plan(tmp_path / "drop.json", sandbox, "stock", *refs)
    assert apply(plan, sandbox, "--timeout", "60").returncode == 0
    with httpx.Client(trust_env=False) as client:
        assert client.post(f"{stock['url']}/faults/drop-link").status_code == 204
    done = apply(plan, sandbox, "--timeout", "60")
    assert done.returncode == 0, done.stderr
    timeline = json.loads(plan.read_text("utf-8"))["progress"]["timeline"]
    assert any(e["side"] == "pbx" and e["status"] == "connected" for e in timeline)


def test_push_manual_prints_the_checklist_without_a_terminal(
    sandbox: dict[str, Any], tmp_path: Path
) -> None:
    plan = new_plan(tmp_path / "manual.json", sandbox, "btco")
    declared = run(
        "declare", str(plan), "--rainbow-url", sandbox["rainbow_url"], "--login", sandbox["login"],
        "--json", password=sandbox["password"],
    )  # fmt: skip
    result = json.loads(declared.stdout)
    done = subprocess.run(
        [sys.executable, "-m", "installer_app", "push", str(plan), "--pbx", "manual"],
        capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    for expected in ("Expert View", "Rainbow enabled", result["equipment_id"], "openrainbow.com"):
        assert expected in done.stdout
    assert "Confirm each step on a terminal" in done.stderr
    assert result["activation_code"] not in done.stdout
    assert "--reveal" in done.stdout
    assert json.loads(plan.read_text("utf-8"))["progress"]["pbx_configured"] is False

"""Diagnostics: the network check against a TLS server on loopback (never openrainbow.com), the
zip without secrets, and ``installer-app diagnostics`` in its own process."""

from __future__ import annotations

import json
import os
import ssl
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from installer_app.domain.flow import WizardState
from installer_app.sandbox.runner import SandboxThread
from installer_app.services import diagnostics
from installer_app.services.network_check import (
    NetworkTarget,
    StepStatus,
    check_network,
    proxy_in_use,
)
from installer_app.storage.logs import LOG_FILE_NAME, MASK, forget_secrets, register_secret
from installer_app.storage.plan_files import save_plan
from tests.integration.test_declaration_faults import EQUIPMENT_ID, closed_port_url, make_plan

PASSWORD = "Sup3r-Secret-Passw0rd"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJ1c2VyIjoiYWRtaW4ifQ.c2lnbmF0dXJlLXRoYXQtaXMtbG9uZw"


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def ca_pem(authority: trustme.CA, tmp_path: Path) -> Path:
    path = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture
def tls_port(authority: trustme.CA) -> Iterator[int]:
    """A TLS server on 127.0.0.1 (the Rainbow emulator), certificate for localhost."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("localhost", "127.0.0.1").configure_cert(context)
    with SandboxThread(ssl_context=context) as running:
        yield int(running.url.rsplit(":", 1)[1])


def statuses(steps: list) -> dict[str, StepStatus]:  # type: ignore[type-arg]
    return {step.name: step.status for step in steps}


@pytest.mark.asyncio
async def test_every_step_passes_against_a_trusted_loopback_server(
    tls_port: int, ca_pem: Path
) -> None:
    seen: list[str] = []
    steps = await check_network(
        NetworkTarget("localhost", tls_port, ca_bundle=ca_pem),
        environ={},
        on_step=lambda step: seen.append(step.name),
    )
    assert seen == ["dns", "tcp", "tls", "proxy"]
    assert statuses(steps) == {
        "dns": StepStatus.OK,
        "tcp": StepStatus.OK,
        "tls": StepStatus.OK,
        "proxy": StepStatus.INFO,
    }
    dns, tcp, tls, proxy = steps
    assert "127.0.0.1" in dns.detail
    assert f"port {tls_port}" in tcp.detail
    assert "TLSv1" in tls.detail and "localhost" in tls.detail
    assert proxy.detail == "No proxy configured: the program connects directly."
    assert all(0 <= step.seconds < 5 for step in steps)


@pytest.mark.asyncio
async def test_untrusted_certificate_fails_the_tls_step_with_the_settings_hint(
    tls_port: int,
) -> None:
    steps = await check_network(NetworkTarget("localhost", tls_port), environ={})
    tls = steps[2]
    assert statuses(steps)["tcp"] is StepStatus.OK
    assert tls.status is StepStatus.FAILED
    assert "not trusted" in tls.detail
    assert "Settings (custom CA bundle)" in tls.hint


@pytest.mark.asyncio
async def test_closed_port_fails_tcp_and_skips_tls() -> None:
    port = int(closed_port_url().rsplit(":", 1)[1])
    steps = await check_network(NetworkTarget("127.0.0.1", port, timeout=2.0), environ={})
    assert statuses(steps)["tcp"] is StepStatus.FAILED
    assert "firewall" in steps[1].hint
    assert f"TCP {port} to 127.0.0.1" in steps[1].hint  # the server checked, not production
    assert "openrainbow.com" not in steps[1].hint
    assert statuses(steps)["tls"] is StepStatus.SKIPPED


@pytest.mark.asyncio
async def test_plain_http_sandbox_has_no_tls_step(tls_port: int) -> None:
    target = NetworkTarget.from_url(f"http://127.0.0.1:{tls_port}")
    assert (target.host, target.port, target.tls) == ("127.0.0.1", tls_port, False)
    steps = await check_network(target, environ={})
    assert statuses(steps)["tls"] is StepStatus.SKIPPED
    assert NetworkTarget.from_url("https://openrainbow.com") == NetworkTarget()


def test_proxy_step_names_the_proxy_without_its_credentials() -> None:
    target = NetworkTarget("rainbow.example", 443)
    environ = {"HTTPS_PROXY": f"http://tech:{PASSWORD}@proxy.example:3128"}
    step = proxy_in_use(target, environ)
    assert "http://proxy.example:3128" in step.detail
    assert PASSWORD not in step.detail and "tech" not in step.detail
    assert "used for this server" in step.detail
    exempted = proxy_in_use(target, {**environ, "NO_PROXY": "localhost,.example"})
    assert "exempted" in exempted.detail
    loopback = proxy_in_use(NetworkTarget("127.0.0.1", 8080, tls=False), environ)
    assert "HTTP proxy" not in loopback.detail  # only HTTPS_PROXY is set
    sandbox = proxy_in_use(NetworkTarget("localhost", 443), environ)
    assert "not used for this computer's own addresses" in sandbox.detail


# -- the zip -----------------------------------------------------------------------------------


@pytest.fixture
def secrets_registered() -> Iterator[None]:
    register_secret(PASSWORD)
    try:
        yield
    finally:
        forget_secrets()


def write_logs(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / LOG_FILE_NAME).write_text(
        f"INFO sign-in with password={PASSWORD}\nINFO Authorization: Bearer {TOKEN}\n",
        encoding="utf-8",
    )
    (folder / f"{LOG_FILE_NAME}.1").write_text(f"older line {PASSWORD}\n", encoding="utf-8")


@pytest.mark.usefixtures("secrets_registered")
def test_bundle_holds_versions_logs_settings_and_plan_without_secrets(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    write_logs(logs)
    plan_path = tmp_path / "plan.json"
    save_plan(plan_path, make_plan())
    out = diagnostics.write_bundle(
        tmp_path / "out" / "diag.zip",
        summary=diagnostics.system_summary({"qt": "6.x"}),
        settings={
            "window/geometry": b"\x01\x02\x03",
            "rainbow/last_login/x": "admin@partner.example",
            "rainbow/password": PASSWORD,
            "network/ca_bundle": "/etc/proxy-ca.pem",
        },
        plan=diagnostics.plan_from_file(plan_path),
        log_folder=logs,
    )
    entries = diagnostics.read_bundle(out)
    assert set(entries) >= {
        "README.txt", "summary.json", "network.txt", "settings.json", "plan.json",
        f"logs/{LOG_FILE_NAME}", f"logs/{LOG_FILE_NAME}.1",
    }  # fmt: skip
    summary = json.loads(entries["summary.json"])
    assert summary["program_version"] and summary["platform"] and summary["qt"] == "6.x"
    settings = json.loads(entries["settings.json"])
    assert settings == {
        "network/ca_bundle": "/etc/proxy-ca.pem",
        "rainbow/last_login/x": "admin@partner.example",
        "window/geometry": "<3 bytes>",
    }
    plan = json.loads(entries["plan.json"])
    assert plan["server_name"] == "Martin OXO"
    for name in ("fleet_ref", "installation_ref", "activation_code"):
        assert plan[name] in (diagnostics.REMOVED, None)
    assert plan["fleet_ref"] == diagnostics.REMOVED
    assert entries["network.txt"] == "The network check was not run.\n"
    everything = "\n".join(entries.values())
    for secret in (PASSWORD, TOKEN, EQUIPMENT_ID, "1234.5678.90"):
        assert secret not in everything
    assert MASK in entries[f"logs/{LOG_FILE_NAME}"]
    assert list((tmp_path / "out").iterdir()) == [out]  # no temporary file left behind


def test_protected_plan_and_unsaved_state_lose_their_credentials(tmp_path: Path) -> None:
    path = tmp_path / "protected.json"
    save_plan(path, make_plan(), passphrase="correct horse battery")
    cleaned = diagnostics.plan_from_file(path)
    assert isinstance(cleaned, dict)
    assert "protected" not in cleaned
    state = WizardState(fleet_ref="ALE12", installation_ref="1234.5678.90", server_name="X")
    from_state = diagnostics.plan_from_state(state)
    assert isinstance(from_state, dict)
    assert from_state["fleet_ref"] == diagnostics.REMOVED
    assert "1234.5678.90" not in json.dumps(from_state)
    broken = tmp_path / "broken.json"
    broken.write_bytes(b"\xff\xfe not json")
    assert "unreadable" in diagnostics.plan_from_file(broken)  # type: ignore[operator]


def test_unwritable_destination_is_a_diagnostics_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(diagnostics.DiagnosticsError) as caught:
        diagnostics.write_bundle(blocker / "diag.zip", summary={})
    assert "cannot be written" in caught.value.message
    assert caught.value.hint


# -- the command line --------------------------------------------------------------------------


def run_cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``installer-app diagnostics`` with every writable place of the program under tmp_path."""
    home = tmp_path / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [sys.executable, "-m", "installer_app", "diagnostics", *args],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip


@pytest.mark.slow
def test_cli_writes_the_zip_after_checking_a_loopback_server(
    tmp_path: Path, tls_port: int, ca_pem: Path
) -> None:
    logs = tmp_path / "logs"
    write_logs(logs)
    plan_path = tmp_path / "plan.json"
    save_plan(plan_path, make_plan())
    out = tmp_path / "diag.zip"
    done = run_cli(
        tmp_path, "--out", str(out), "--host", "localhost", "--port", str(tls_port),
        "--ca-bundle", str(ca_pem), "--plan", str(plan_path), "--log-folder", str(logs),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"Diagnostics written to {out}." in done.stdout
    for title in ("DNS of localhost", f"TCP port {tls_port}", "TLS handshake", "Proxy in use"):
        assert title in done.stderr
    entries = diagnostics.read_bundle(out)
    network = json.loads(entries["network.json"])
    assert [step["status"] for step in network] == ["ok", "ok", "ok", "info"]
    assert all(isinstance(step["seconds"], float) for step in network)
    assert EQUIPMENT_ID not in entries["plan.json"]
    # The log file holds the raw password (written by this test, not the program): the copy
    # in the zip is masked by the patterns even though the CLI process never registered it.
    assert PASSWORD not in entries[f"logs/{LOG_FILE_NAME}"]
    assert TOKEN not in entries[f"logs/{LOG_FILE_NAME}"]


@pytest.mark.slow
def test_cli_exits_5_when_a_step_fails_and_still_writes_the_zip(tmp_path: Path) -> None:
    port = closed_port_url().rsplit(":", 1)[1]
    out = tmp_path / "diag.zip"
    done = run_cli(
        tmp_path, "--out", str(out), "--host", "127.0.0.1", "--port", port, "--timeout", "2"
    )
    assert done.returncode == 5, done.stderr
    assert "[failed] TCP port" in done.stderr
    assert "a network step failed" in done.stderr
    assert json.loads(diagnostics.read_bundle(out)["network.json"])[1]["status"] == "failed"
    unwritable = run_cli(tmp_path, "--out", str(out / "x.zip"), "--no-network")
    assert unwritable.returncode == 2
    assert "cannot be written" in unwritable.stderr

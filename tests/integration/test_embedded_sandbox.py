"""The embedded sandbox: both emulators from one background thread, or on the test's loop."""

from __future__ import annotations

import base64
import json
import re
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import httpx
import pytest

from installer_app.sandbox.embedded import EmbeddedSandbox, SandboxInfo, running_sandbox
from installer_app.sandbox.oxo_agent import Backoff
from installer_app.sandbox.seed import SandboxSeed

T = TypeVar("T")

ADMIN = "/api/rainbow/admin/v1.0"
SEED = SandboxSeed.default()
DEMO_SITE = "65f1c0de0002000000000011"
STOCK_SERIAL, STOCK_REFERENCE = "F1A2B3C4D5", "ALE12-1234.5678.90"
FAST = Backoff(base=0.02, cap=0.1)


def poll(read: Callable[[], T], accept: Callable[[T], bool], timeout: float = 5.0) -> T:
    """Read until ``accept`` says yes, every 15 ms, at most ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = read()
        if accept(value):
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"still {value!r} after {timeout} s")
        time.sleep(0.015)


@pytest.fixture
def sandbox() -> Iterator[EmbeddedSandbox]:
    with EmbeddedSandbox(backoff=FAST) as running:
        yield running


def sign_in(client: httpx.Client, info: SandboxInfo) -> None:
    basic = base64.b64encode(f"{info.login}:{info.password}".encode()).decode()
    login = client.get(
        "/api/rainbow/authentication/v1.0/login", headers={"Authorization": f"Basic {basic}"}
    )
    assert login.status_code == 200, login.text
    client.headers["Authorization"] = f"Bearer {login.json()['token']}"


def test_info_names_both_emulators_and_the_demo_account(sandbox: EmbeddedSandbox) -> None:
    info = sandbox.info
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", info.rainbow_url)
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", info.pbx_url)
    assert info.rainbow_url != info.pbx_url
    assert (info.login, info.password) == (SEED.bp_admin.login_email, SEED.bp_admin.password)
    assert (info.app_id, info.app_secret) == (SEED.application.id, SEED.application.secret)
    assert info.company_id == SEED.demo_company_id
    with httpx.Client(base_url=info.pbx_url, timeout=10) as pbx:
        assert pbx.get("/pbxs").json()["pbxs"] == info.fleet
    assert info.fleet[0] == {
        "serial": STOCK_SERIAL, "model": "oxo-connect", "mode": "stock", "fleet_ref": "ALE12",
        "installation_ref": "1234.5678.90", "url": f"{info.pbx_url}/pbxs/{STOCK_SERIAL}",
    }  # fmt: skip
    assert sandbox.rainbow.url == info.rainbow_url
    assert sandbox.oxo.url == info.pbx_url


def test_the_json_line_carries_everything_and_the_repr_no_secret(sandbox: EmbeddedSandbox) -> None:
    info = sandbox.info
    line = info.to_json_line()
    assert "\n" not in line
    data: dict[str, Any] = json.loads(line)
    assert set(data) == {"rainbow_url", "pbx_url", "login", "password", "app_id", "app_secret",
                         "company_id", "fleet"}  # fmt: skip
    assert (data["password"], data["app_secret"]) == (info.password, info.app_secret)
    assert data["fleet"] == info.fleet
    assert info.password not in repr(info)
    assert info.app_secret not in repr(info)


def test_a_stock_pbx_connects_once_declared(sandbox: EmbeddedSandbox) -> None:
    info = sandbox.info
    pbx = sandbox.oxo.pbx(STOCK_SERIAL)
    poll(lambda: sandbox.call(lambda: pbx.connection), lambda c: c == "refused")
    with httpx.Client(base_url=info.rainbow_url, timeout=10) as rainbow:
        sign_in(rainbow, info)
        declared = rainbow.post(f"{ADMIN}/systems", json={
            "name": "Stock OXO", "siteId": DEMO_SITE, "type": "oxo", "country": "FRA",
            "pbxId": STOCK_REFERENCE, "activationCode": STOCK_REFERENCE,
        })  # fmt: skip
        assert declared.status_code == 201, declared.text
        system_id = declared.json()["data"]["id"]
        with httpx.Client(base_url=info.pbx_url, timeout=10) as pbx_api:
            poll(
                lambda: pbx_api.get(f"/pbxs/{STOCK_SERIAL}/status").json()["connection"],
                lambda c: c == "connected",
            )
        state = rainbow.get(f"{ADMIN}/systems/{system_id}/state").json()["data"]
        assert state["connection"] == "connected"
        assert rainbow.get(f"{ADMIN}/systems/{system_id}").json()["data"]["status"] == "activated"
    assert sandbox.call(lambda: sandbox.rainbow.store.systems[system_id].agent_connected)


def test_stop_closes_both_emulators() -> None:
    sandbox = EmbeddedSandbox(backoff=FAST)
    info = sandbox.start()
    with pytest.raises(RuntimeError, match="already started"):
        sandbox.start()
    sandbox.stop()
    sandbox.stop()  # a no-op the second time
    with pytest.raises(RuntimeError, match="not running"):
        _ = sandbox.info
    with pytest.raises(RuntimeError, match="not running"):
        sandbox.call(lambda: None)
    with httpx.Client(timeout=2) as client:
        for url in (info.rainbow_url, info.pbx_url):
            with pytest.raises(httpx.ConnectError):
                client.get(url)


def test_a_port_in_use_stops_what_had_started() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        sandbox = EmbeddedSandbox(pbx_port=taken.getsockname()[1])
        with pytest.raises(OSError):
            sandbox.start()
    with pytest.raises(RuntimeError, match="not running"):
        _ = sandbox.rainbow.url
    sandbox.stop()


@pytest.mark.asyncio
async def test_running_sandbox_serves_on_the_tests_loop() -> None:
    async with (
        running_sandbox(backoff=FAST) as info,
        httpx.AsyncClient(base_url=info.pbx_url, timeout=10) as pbx,
    ):
        listed = (await pbx.get("/pbxs")).json()["pbxs"]
        assert listed == info.fleet
        btco = next(p for p in listed if p["mode"] == "btco")
        status = (await pbx.get(f"/pbxs/{btco['serial']}/status")).json()
        assert status == {"connection": "disabled", "last_error": None}
    async with httpx.AsyncClient(timeout=2) as client:
        with pytest.raises(httpx.ConnectError):
            await client.get(info.pbx_url)

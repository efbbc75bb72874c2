"""The sandbox PBX driver against a fake of the emulator's management endpoint (MockTransport)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import httpx
import pytest

from installer_app.domain.pbx_side import DesiredSettings, PbxConnection, PbxSettings
from installer_app.domain.plan import DeliveryMode, PbxModel
from installer_app.pbx import (
    PbxDriver,
    PbxInvalidValue,
    PbxRefused,
    PbxUnexpectedAnswer,
    PbxUnreachable,
    SandboxPbx,
    SandboxPbxDriver,
    list_sandbox_pbxs,
    pick_sandbox_pbx,
)

BASE = "http://127.0.0.1:8765"
SERIAL = "F1A2B3C4D5"
CODE = "4821"
READ_ONLY = "The activation code is read-only after a successful activation."


def settings_json(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "rainbow_enabled": False,
        "pabx_id": SERIAL,
        "activation_code_set": False,
        "activation_code_read_only": False,
        "domain_name": "openrainbow.com",
        "connection": "disabled",
        "last_error": None,
    }
    data.update(changes)
    return data


class FakeEmulator:
    """The emulator's endpoint, reduced to what the driver uses; records every request."""

    def __init__(self) -> None:
        self.pbxs: dict[str, dict[str, Any]] = {
            SERIAL: {
                "entry": {"model": "oxo-connect", "mode": "btco", "fleet_ref": None,
                          "installation_ref": None},
                "settings": settings_json(),
            },
        }  # fmt: skip
        self.requests: list[httpx.Request] = []
        self.reject: dict[str, str] = {}

    def add(self, serial: str, entry: dict[str, Any], settings: dict[str, Any]) -> None:
        self.pbxs[serial] = {"entry": entry, "settings": settings}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        parts = request.url.path.strip("/").split("/")
        if parts == ["pbxs"]:
            listing = [
                {"serial": serial, **pbx["entry"], "url": f"{BASE}/pbxs/{serial}"}
                for serial, pbx in self.pbxs.items()
            ]
            return httpx.Response(200, json={"pbxs": listing})
        if len(parts) < 3 or parts[1] not in self.pbxs:
            return httpx.Response(404, json={"field": "serial", "message": "Unknown serial."})
        settings = self.pbxs[parts[1]]["settings"]
        route = "/".join(parts[2:])
        if route == "status":
            return httpx.Response(
                200, json={"connection": settings["connection"], "last_error": None}
            )
        if route == "cloud/rainbow" and request.method == "GET":
            return httpx.Response(200, json=settings)
        if route == "cloud/rainbow" and request.method == "PUT":
            return self._put(settings, json.loads(request.content))
        return httpx.Response(405)

    def _put(self, settings: dict[str, Any], body: dict[str, Any]) -> httpx.Response:
        for field, message in self.reject.items():
            if field in body:
                return httpx.Response(400, json={"field": field, "message": message})
        if "activation_code" in body and settings["activation_code_read_only"]:
            return httpx.Response(409, json={"field": "activation_code", "message": READ_ONLY})
        code = body.pop("activation_code", None)
        settings.update(body)
        if code:
            settings["activation_code_set"] = True
        settings["connection"] = "connecting" if settings["rainbow_enabled"] else "disabled"
        return httpx.Response(200, json=settings)


@pytest.fixture
def emulator() -> FakeEmulator:
    return FakeEmulator()


def driver_for(
    handler: Callable[[httpx.Request], httpx.Response], serial: str = SERIAL
) -> SandboxPbxDriver:
    return SandboxPbxDriver(f"{BASE}/pbxs/{serial}/", transport=httpx.MockTransport(handler))


def failing(exc: Exception) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    return handler


def answering(status: int, **kwargs: Any) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, **kwargs)


DESIRED = DesiredSettings(pabx_id="RB-7F3A9C", activation_code=CODE)


# --- reading and applying ------------------------------------------------------------------


@pytest.mark.asyncio
async def test_read_settings(emulator: FakeEmulator) -> None:
    emulator.pbxs[SERIAL]["settings"] = settings_json(
        rainbow_enabled=True,
        activation_code_set=True,
        activation_code_read_only=True,
        connection="refused",
        last_error="activation refused",
    )
    async with driver_for(emulator) as driver:
        settings = await driver.read_settings()
    assert settings == PbxSettings(
        rainbow_enabled=True,
        pabx_id=SERIAL,
        activation_code_set=True,
        domain_name="openrainbow.com",
        connection=PbxConnection.REFUSED,
        last_error="activation refused",
        activation_code_read_only=True,
    )
    [request] = emulator.requests
    assert (request.method, str(request.url)) == ("GET", f"{BASE}/pbxs/{SERIAL}/cloud/rainbow")


@pytest.mark.asyncio
async def test_apply_puts_every_field_and_returns_the_new_settings(
    emulator: FakeEmulator,
) -> None:
    driver = driver_for(emulator)
    settings = await driver.apply(DESIRED)
    await driver.aclose()
    assert settings.rainbow_enabled is True
    assert settings.pabx_id == "RB-7F3A9C"
    assert settings.activation_code_set is True
    assert settings.connection is PbxConnection.CONNECTING
    [request] = emulator.requests
    assert (request.method, request.url.path) == ("PUT", f"/pbxs/{SERIAL}/cloud/rainbow")
    assert json.loads(request.content) == {
        "rainbow_enabled": True,
        "pabx_id": "RB-7F3A9C",
        "activation_code": CODE,
        "domain_name": "openrainbow.com",
    }


@pytest.mark.asyncio
async def test_read_status(emulator: FakeEmulator) -> None:
    emulator.pbxs[SERIAL]["settings"]["connection"] = "connected"
    async with driver_for(emulator) as driver:
        assert await driver.read_status() is PbxConnection.CONNECTED
    assert emulator.requests[0].url.path == f"/pbxs/{SERIAL}/status"


@pytest.mark.asyncio
async def test_a_state_this_version_does_not_know_reads_as_unknown(
    emulator: FakeEmulator,
) -> None:
    emulator.pbxs[SERIAL]["settings"]["connection"] = "upgrading"
    async with driver_for(emulator) as driver:
        assert (await driver.read_settings()).connection is PbxConnection.UNKNOWN
        assert await driver.read_status() is PbxConnection.UNKNOWN


@pytest.mark.asyncio
async def test_aclose_closes_the_client(emulator: FakeEmulator) -> None:
    driver = driver_for(emulator)
    assert isinstance(driver, PbxDriver)
    await driver.aclose()
    with pytest.raises(RuntimeError, match="closed"):
        await driver.read_status()
    assert emulator.requests == []


@pytest.mark.asyncio
async def test_nothing_secret_is_logged(
    emulator: FakeEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with driver_for(emulator) as driver:
        await driver.apply(DESIRED)
    assert "PUT /pbxs/{}/cloud/rainbow -> 200" in caplog.text
    assert CODE not in caplog.text


# --- errors --------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_invalid_value_names_the_field(emulator: FakeEmulator) -> None:
    emulator.reject["pabx_id"] = "must be 1 to 32 letters, digits or dashes"
    async with driver_for(emulator) as driver:
        with pytest.raises(PbxInvalidValue) as caught:
            await driver.apply(DESIRED)
    assert caught.value.field == "pabx_id"
    assert caught.value.message == (
        'The PBX refused the "Rainbow PABX-ID": must be 1 to 32 letters, digits or dashes'
    )


@pytest.mark.asyncio
async def test_a_refused_code_is_not_repeated(emulator: FakeEmulator) -> None:
    emulator.reject["activation_code"] = f"code {CODE} is not 4 to 16 characters"
    async with driver_for(emulator) as driver:
        with pytest.raises(PbxInvalidValue) as caught:
            await driver.apply(DESIRED)
    assert caught.value.field == "activation_code"
    assert CODE not in caught.value.message
    assert "****" in caught.value.message


@pytest.mark.asyncio
async def test_read_only_code(emulator: FakeEmulator) -> None:
    emulator.pbxs[SERIAL]["settings"]["activation_code_read_only"] = True
    async with driver_for(emulator) as driver:
        with pytest.raises(PbxInvalidValue) as caught:
            await driver.apply(DESIRED)
    assert caught.value.field == "activation_code"
    assert "read-only" in caught.value.message
    assert "reset the connection on Rainbow" in caught.value.hint


@pytest.mark.asyncio
async def test_unknown_serial(emulator: FakeEmulator) -> None:
    async with driver_for(emulator, serial="NOSUCH") as driver:
        with pytest.raises(PbxInvalidValue) as caught:
            await driver.read_settings()
    assert caught.value.field == "serial"
    assert "serial number" in caught.value.message


@pytest.mark.asyncio
async def test_bad_request_without_a_body() -> None:
    async with driver_for(answering(400, text="bad")) as driver:
        with pytest.raises(PbxInvalidValue) as caught:
            await driver.apply(DESIRED)
    assert caught.value.field == "settings"


@pytest.mark.asyncio
async def test_server_error_is_refused_with_its_status() -> None:
    async with driver_for(answering(503, text="busy")) as driver:
        with pytest.raises(PbxRefused) as caught:
            await driver.read_settings()
    assert caught.value.status == 503
    assert "HTTP 503" in caught.value.message


@pytest.mark.parametrize(
    "exc",
    [
        httpx.ConnectError("Connection refused"),
        httpx.ConnectTimeout("timed out"),
        httpx.ReadTimeout("timed out"),
        httpx.RemoteProtocolError("dropped"),
    ],
)
@pytest.mark.asyncio
async def test_transport_failures_are_unreachable(exc: Exception) -> None:
    async with driver_for(failing(exc)) as driver:
        with pytest.raises(PbxUnreachable) as read:
            await driver.read_settings()
        with pytest.raises(PbxUnreachable) as put:
            await driver.apply(DESIRED)
    assert "sandbox PBX" in read.value.message
    assert "may have been applied" not in read.value.message
    assert "may or may not have been applied" in put.value.message
    assert read.value.__cause__ is exc


@pytest.mark.asyncio
@pytest.mark.asyncio
@pytest.mark.parametrize(
    "url",
    [
        "127.0.0.1:1/pbxs/X",  # no scheme
        "http://some-name:8080/pbxs/X",  # plain http to another computer
        "http://192.168.1.20/pbxs/X",
        "ftp://127.0.0.1/pbxs/X",
    ],
)
async def test_an_address_that_could_leak_the_settings_is_refused(url: str) -> None:
    with pytest.raises(PbxInvalidValue) as refused:
        SandboxPbxDriver(url)
    assert refused.value.field == "pbx"
    assert "plain http is allowed only to this computer" in refused.value.message
    with pytest.raises(PbxInvalidValue):
        await list_sandbox_pbxs(url.removesuffix("/pbxs/X"))


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:1/pbxs/X", "http://localhost:1/pbxs/X", "http://[::1]:1/pbxs/X"]
)
async def test_plain_http_to_this_computer_is_allowed(url: str) -> None:
    async with SandboxPbxDriver(url) as driver:
        with pytest.raises(PbxUnreachable):
            await driver.read_status()


@pytest.mark.asyncio
async def test_https_to_another_computer_is_allowed() -> None:
    transport = httpx.MockTransport(answering(200, json={"connection": "connected"}))
    async with SandboxPbxDriver("https://pbx.example/pbxs/X", transport=transport) as driver:
        assert driver.url == "https://pbx.example/pbxs/X"


@pytest.mark.parametrize(
    ("respond", "words"),
    [
        (answering(200, text="<html>login</html>"), "not JSON"),
        (answering(200, json=[1, 2]), "not a JSON object"),
        (answering(200, json=settings_json(pabx_id=None)), '"Rainbow PABX-ID"'),
        (answering(200, json=settings_json(rainbow_enabled="yes")), '"Rainbow enabled"'),
        (answering(200, json={"rainbow_enabled": True}), "readable"),
    ],
)
@pytest.mark.asyncio
async def test_unreadable_settings(
    respond: Callable[[httpx.Request], httpx.Response], words: str
) -> None:
    async with driver_for(respond) as driver:
        with pytest.raises(PbxUnexpectedAnswer) as caught:
            await driver.read_settings()
    assert words in caught.value.message


@pytest.mark.asyncio
async def test_unreadable_status() -> None:
    async with driver_for(answering(200, json={"state": "up"})) as driver:
        with pytest.raises(PbxUnexpectedAnswer):
            await driver.read_status()


# --- listing and picking -------------------------------------------------------------------


def stock_entry(fleet: str, installation: str, model: str = "oxo-connect") -> dict[str, Any]:
    return {"model": model, "mode": "stock", "fleet_ref": fleet, "installation_ref": installation}


@pytest.mark.asyncio
async def test_list_reads_every_pbx_with_its_settings(emulator: FakeEmulator) -> None:
    emulator.add(
        "S2",
        stock_entry("ALE12", "1234.5678.90", "oxo-connect-evolution"),
        settings_json(
            rainbow_enabled=True,
            pabx_id="ALE12-1234.5678.90",
            activation_code_set=True,
            connection="connected",
        ),
    )
    pbxs = await list_sandbox_pbxs(BASE + "/", httpx.MockTransport(emulator))
    assert [(p.serial, p.model, p.mode) for p in pbxs] == [
        (SERIAL, PbxModel.OXO_CONNECT, DeliveryMode.BTCO),
        ("S2", PbxModel.OXO_CONNECT_EVOLUTION, DeliveryMode.STOCK),
    ]
    btco, stock = pbxs
    assert btco.reference is None
    assert btco.settings.rainbow_enabled is False
    assert stock.reference == "ALE12-1234.5678.90"
    assert stock.url == f"{BASE}/pbxs/S2"
    assert stock.settings.connection is PbxConnection.CONNECTED
    assert sorted(r.url.path for r in emulator.requests) == [
        "/pbxs",
        f"/pbxs/{SERIAL}/cloud/rainbow",
        "/pbxs/S2/cloud/rainbow",
    ]


@pytest.mark.asyncio
async def test_list_builds_the_address_when_the_entry_has_none() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/pbxs":
            entry = {"serial": "S9", **stock_entry("ALE12", "1234.5678.90")}
            return httpx.Response(200, json={"pbxs": [entry]})
        return httpx.Response(200, json=settings_json())

    [pbx] = await list_sandbox_pbxs(BASE, httpx.MockTransport(handler))
    assert pbx.url == f"{BASE}/pbxs/S9"


@pytest.mark.parametrize(
    "body",
    [
        {"pbxs": "none"},
        {"pbxs": [{"model": "oxo-connect"}]},
        {"pbxs": [{"serial": "S", "model": "oxe", "mode": "stock"}]},
    ],
)
@pytest.mark.asyncio
async def test_list_refuses_an_unreadable_answer(body: dict[str, Any]) -> None:
    with pytest.raises(PbxUnexpectedAnswer):
        await list_sandbox_pbxs(BASE, httpx.MockTransport(answering(200, json=body)))


@pytest.mark.asyncio
async def test_list_of_an_unreachable_sandbox() -> None:
    transport = httpx.MockTransport(failing(httpx.ConnectError("refused")))
    with pytest.raises(PbxUnreachable):
        await list_sandbox_pbxs(BASE, transport)


def sandbox_pbx(
    serial: str,
    mode: DeliveryMode,
    *,
    fleet: str | None = None,
    installation: str | None = None,
    enabled: bool = False,
    pabx_id: str | None = None,
) -> SandboxPbx:
    return SandboxPbx(
        serial=serial,
        model=PbxModel.OXO_CONNECT,
        mode=mode,
        fleet_ref=fleet,
        installation_ref=installation,
        url=f"{BASE}/pbxs/{serial}",
        settings=PbxSettings(
            rainbow_enabled=enabled,
            pabx_id=pabx_id or serial,
            activation_code_set=enabled,
            connection=PbxConnection.CONNECTING if enabled else PbxConnection.DISABLED,
        ),
    )


FLEET = [
    sandbox_pbx("B1", DeliveryMode.BTCO, enabled=True, pabx_id="RB-OTHER"),
    sandbox_pbx("S1", DeliveryMode.STOCK, fleet="ALE12", installation="1234.5678.90", enabled=True),
    sandbox_pbx("B2", DeliveryMode.BTCO),
    sandbox_pbx("S2", DeliveryMode.STOCK, fleet="ALE12", installation="1111.2222.33", enabled=True),
    sandbox_pbx("B3", DeliveryMode.BTCO),
]


@pytest.mark.parametrize(
    ("mode", "equipment_id", "serial"),
    [
        (DeliveryMode.STOCK, "ALE12-1111.2222.33", "S2"),
        (DeliveryMode.STOCK, " ale12 – 1234.5678.90 ", "S1"),
        (DeliveryMode.STOCK, "ALE12-9999.9999.99", None),
        (DeliveryMode.STOCK, None, None),
        (DeliveryMode.BTCO, None, "B2"),
        (DeliveryMode.BTCO, "RB-NEW", "B2"),
        (DeliveryMode.BTCO, "RB-OTHER", "B1"),
    ],
)
def test_pick(mode: DeliveryMode, equipment_id: str | None, serial: str | None) -> None:
    picked = pick_sandbox_pbx(FLEET, mode=mode, equipment_id=equipment_id)
    assert (picked.serial if picked else None) == serial


def test_pick_btco_when_every_one_is_enabled() -> None:
    fleet = [replace(pbx, settings=replace(pbx.settings, rainbow_enabled=True)) for pbx in FLEET]
    assert pick_sandbox_pbx(fleet, mode=DeliveryMode.BTCO, equipment_id=None) is None


def test_pick_stock_ignores_btco_pbxs_with_references() -> None:
    odd = sandbox_pbx("B9", DeliveryMode.BTCO, fleet="ALE12", installation="1111.2222.33")
    assert (
        pick_sandbox_pbx([odd], mode=DeliveryMode.STOCK, equipment_id="ALE12-1111.2222.33") is None
    )

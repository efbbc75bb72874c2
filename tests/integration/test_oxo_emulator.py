"""The OXO Connect emulator and the Rainbow emulator's PBX gateway, over real loopback sockets.

Both emulators run on the test's loop; the Rainbow side is driven with raw httpx calls as the
sandbox bp_admin, the PBX side through the management endpoint of pbx_contract.md. Every wait
polls a condition (every 15 ms, bounded), never a fixed delay.

Sections: the management endpoint; BTCO activation; refusals; the link's life (drop, disable,
reset, deletion); the stock fleet; the gateway itself; building blocks.
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

import aiohttp
import httpx
import pytest
import pytest_asyncio

from installer_app.sandbox.embedded import SandboxServers
from installer_app.sandbox.fleet import BTCO_FLEET, STOCK_FLEET, PbxSpec, default_fleet
from installer_app.sandbox.gateway_routes import CLOSE_REFUSED, CLOSE_REPLACED, gateway_url
from installer_app.sandbox.oxo_agent import Backoff
from installer_app.sandbox.rainbow_store import seeded_private_code
from installer_app.sandbox.seed import SandboxSeed

T = TypeVar("T")

ADMIN = "/api/rainbow/admin/v1.0"
SEED = SandboxSeed.default()
DEMO_SITE = "65f1c0de0002000000000011"
HAMBURG = "65f1c0de0002000000000012"
ROSSI_SYSTEM = "65f1c0de0003000000000001"
BTCO = BTCO_FLEET[0].serial
BTCO_2 = BTCO_FLEET[1].serial
STOCK = STOCK_FLEET[0]  # ALE12-1234.5678.90, OXO Connect
EVOLUTION = STOCK_FLEET[2]  # ALE31-2024.0001.07, OXO Connect Evolution
FAST = Backoff(base=0.02, cap=0.1)
READ_ONLY = {
    "field": "activation_code",
    "message": "The activation code is read-only after a successful activation.",
}


async def poll(
    read: Callable[[], Awaitable[T]],
    accept: Callable[[T], bool],
    *,
    timeout: float = 5.0,
    what: str = "condition",
) -> T:
    """Read until ``accept`` says yes, every 15 ms, at most ``timeout`` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = await read()
        if accept(value):
            return value
        if loop.time() > deadline:
            raise AssertionError(f"{what}: still {value!r} after {timeout} s")
        await asyncio.sleep(0.015)


class Sides:
    """Both sides of the sandbox as a test reads them: Rainbow's REST API and the PBX endpoint."""

    def __init__(self, servers: SandboxServers, rainbow: httpx.AsyncClient, pbx: httpx.AsyncClient):
        self.servers, self.rainbow, self.pbx = servers, rainbow, pbx

    async def declare(self, **fields: Any) -> dict[str, Any]:
        body = {"name": "Boulangerie OXO", "siteId": DEMO_SITE, "type": "oxo", "country": "FRA"}
        response = await self.rainbow.post(f"{ADMIN}/systems", json=body | fields)
        assert response.status_code == 201, response.text
        return dict(response.json()["data"])

    async def system(self, system_id: str) -> dict[str, Any]:
        response = await self.rainbow.get(f"{ADMIN}/systems/{system_id}")
        return dict(response.json()["data"])

    async def rainbow_connection(self, system_id: str) -> str:
        response = await self.rainbow.get(f"{ADMIN}/systems/{system_id}/state")
        return str(response.json()["data"]["connection"])

    async def settings(self, serial: str) -> dict[str, Any]:
        response = await self.pbx.get(f"/pbxs/{serial}/cloud/rainbow")
        assert response.status_code == 200, response.text
        return dict(response.json())

    async def status(self, serial: str) -> dict[str, Any]:
        response = await self.pbx.get(f"/pbxs/{serial}/status")
        assert response.status_code == 200, response.text
        return dict(response.json())

    async def put(self, serial: str, **fields: Any) -> httpx.Response:
        return await self.pbx.put(f"/pbxs/{serial}/cloud/rainbow", json=fields)

    async def wait_pbx(self, serial: str, connection: str) -> dict[str, Any]:
        return await poll(
            lambda: self.status(serial),
            lambda status: status["connection"] == connection,
            what=f"PBX {serial} {connection}",
        )

    async def wait_rainbow(self, system_id: str, connection: str) -> str:
        return await poll(
            lambda: self.rainbow_connection(system_id),
            lambda state: state == connection,
            what=f"Rainbow /state {connection}",
        )

    async def activate_btco(self, serial: str = BTCO) -> dict[str, Any]:
        """Declare a BTCO system, enter its credentials on the PBX, wait until connected."""
        system = await self.declare()
        response = await self.put(serial, rainbow_enabled=True, pabx_id=system["pbxId"],
                                  activation_code=system["jid_pbxagent_password"])  # fmt: skip
        assert response.status_code == 200, response.text
        await self.wait_pbx(serial, "connected")
        return system


@pytest_asyncio.fixture
async def sides() -> AsyncIterator[Sides]:
    """Both emulators with the sandbox fleet and fast backoff; clients for both sides."""
    async with SandboxServers(backoff=FAST) as servers:
        info = servers.info
        credentials = base64.b64encode(f"{info.login}:{info.password}".encode()).decode()
        async with (
            httpx.AsyncClient(base_url=info.rainbow_url, timeout=10) as rainbow,
            httpx.AsyncClient(base_url=info.pbx_url, timeout=10) as pbx,
        ):
            login = await rainbow.get(
                "/api/rainbow/authentication/v1.0/login",
                headers={"Authorization": f"Basic {credentials}"},
            )
            rainbow.headers["Authorization"] = f"Bearer {login.json()['token']}"
            yield Sides(servers, rainbow, pbx)


# -- the management endpoint -----------------------------------------------------------------


@pytest.mark.asyncio
async def test_pbx_list_follows_the_contract(sides: Sides) -> None:
    base = sides.servers.info.pbx_url
    pbxs = (await sides.pbx.get("/pbxs")).json()["pbxs"]
    assert [p["serial"] for p in pbxs] == [spec.serial for spec in default_fleet()]
    assert pbxs[0] == {
        "serial": STOCK.serial, "model": "oxo-connect", "mode": "stock", "fleet_ref": "ALE12",
        "installation_ref": "1234.5678.90", "url": f"{base}/pbxs/{STOCK.serial}",
    }  # fmt: skip
    assert {p["model"] for p in pbxs if p["mode"] == "stock"} == {
        "oxo-connect",
        "oxo-connect-evolution",
    }
    btco = [p for p in pbxs if p["mode"] == "btco"]
    assert len(btco) == 3
    assert all(p["model"] == "oxo-connect" and p["fleet_ref"] is None for p in btco)


@pytest.mark.asyncio
async def test_a_btco_pbx_waits_for_its_settings(sides: Sides) -> None:
    assert await sides.settings(BTCO) == {
        "rainbow_enabled": False, "pabx_id": BTCO, "activation_code_set": False,
        "activation_code_read_only": False, "domain_name": "openrainbow.com",
        "connection": "disabled", "last_error": None,
    }  # fmt: skip
    assert await sides.status(BTCO) == {"connection": "disabled", "last_error": None}


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"rainbow_enabled": "yes"}, "rainbow_enabled"),
        ({"rainbow_enabled": 1}, "rainbow_enabled"),
        ({"pabx_id": ""}, "pabx_id"),
        ({"pabx_id": "OXO 123"}, "pabx_id"),
        ({"pabx_id": "-OXO123"}, "pabx_id"),
        ({"pabx_id": "A" * 65}, "pabx_id"),
        ({"activation_code": "12 34"}, "activation_code"),
        ({"activation_code": 1234}, "activation_code"),
        ({"domain_name": "open rainbow.com"}, "domain_name"),
        ({"domain_name": ""}, "domain_name"),
        ({"password": "x"}, "password"),
    ],
)
async def test_invalid_values_are_400_naming_the_field(
    sides: Sides, body: dict[str, Any], field: str
) -> None:
    response = await sides.pbx.put(f"/pbxs/{BTCO}/cloud/rainbow", json=body)
    assert response.status_code == 400
    assert response.json()["field"] == field
    assert response.json()["message"]
    assert (await sides.settings(BTCO))["rainbow_enabled"] is False  # nothing applied


@pytest.mark.asyncio
async def test_a_body_that_is_not_a_json_object_is_400(sides: Sides) -> None:
    for content in (b"[1]", b"{not json"):
        response = await sides.pbx.put(f"/pbxs/{BTCO}/cloud/rainbow", content=content)
        assert (response.status_code, response.json()["field"]) == (400, "body")


@pytest.mark.asyncio
async def test_an_invalid_value_changes_nothing_else(sides: Sides) -> None:
    response = await sides.put(BTCO, rainbow_enabled=True, pabx_id="OXO123", domain_name="a b")
    assert (response.status_code, response.json()["field"]) == (400, "domain_name")
    assert (await sides.settings(BTCO))["pabx_id"] == BTCO


@pytest.mark.asyncio
async def test_unknown_serials_and_routes_are_404(sides: Sides) -> None:
    for method, path in (
        ("GET", "/pbxs/NOSUCH0000/cloud/rainbow"),
        ("PUT", "/pbxs/NOSUCH0000/cloud/rainbow"),
        ("GET", "/pbxs/NOSUCH0000/status"),
        ("POST", "/pbxs/NOSUCH0000/faults/drop-link"),
    ):
        response = await sides.pbx.request(method, path, json={})
        assert response.status_code == 404, (method, path)
        assert response.json()["field"] == "serial"
        assert "NOSUCH0000" in response.json()["message"]
    unknown = await sides.pbx.get("/nothing")
    assert (unknown.status_code, unknown.json()["field"]) == (404, "path")
    wrong_method = await sides.pbx.delete("/pbxs")
    assert wrong_method.status_code == 405
    assert "GET" in wrong_method.headers["Allow"]


# -- BTCO activation -------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_btco_activation_connects_both_sides(sides: Sides) -> None:
    system = await sides.declare()
    code = system["jid_pbxagent_password"]
    response = await sides.put(
        BTCO, rainbow_enabled=True, pabx_id=system["pbxId"], activation_code=code
    )
    assert response.status_code == 200
    assert response.json()["rainbow_enabled"] is True
    assert response.json()["pabx_id"] == system["pbxId"]
    assert response.json()["activation_code_set"] is True
    assert code not in response.text
    await sides.wait_pbx(BTCO, "connected")
    settings = await sides.settings(BTCO)
    assert (settings["connection"], settings["last_error"]) == ("connected", None)
    assert settings["activation_code_read_only"] is True
    assert settings["domain_name"] == "openrainbow.com"
    assert code not in json.dumps(settings)
    on_rainbow = await sides.system(system["id"])
    assert on_rainbow["status"] == "activated"
    assert on_rainbow["jid_pbxagent_password"].startswith("sha256:")
    assert await sides.rainbow_connection(system["id"]) == "connected"
    history = list(sides.servers.oxo.pbx(BTCO).connection_history)
    assert history == ["disabled", "connecting", "connected"]
    assert sides.servers.rainbow.gateway.connected_pbx_ids().count(system["pbxId"]) == 1


@pytest.mark.asyncio
async def test_the_code_is_read_only_after_activation(sides: Sides) -> None:
    system = await sides.activate_btco()
    changed = await sides.put(BTCO, activation_code="9999")
    assert (changed.status_code, changed.json()) == (409, READ_ONLY)
    same = await sides.put(BTCO, rainbow_enabled=True, pabx_id=system["pbxId"],
                           activation_code=system["jid_pbxagent_password"])  # fmt: skip
    assert same.status_code == 200
    assert sides.servers.oxo.pbx(BTCO).connection_history[-1] == "connected"  # no restart
    assert (await sides.status(BTCO))["connection"] == "connected"


# -- refusals --------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_a_wrong_code_is_refused_and_not_retried(sides: Sides) -> None:
    system = await sides.declare()
    wrong = "1000" if system["jid_pbxagent_password"] != "1000" else "1001"
    await sides.put(BTCO, rainbow_enabled=True, pabx_id=system["pbxId"], activation_code=wrong)
    status = await sides.wait_pbx(BTCO, "refused")
    assert status["last_error"].startswith("Activation code refused by Rainbow")
    assert wrong not in status["last_error"]
    assert (await sides.system(system["id"]))["status"] == "created"
    assert await sides.rainbow_connection(system["id"]) == "disconnected"
    refused_pbx = sides.servers.oxo.pbx(BTCO)
    attempts = refused_pbx.attempts
    waiting = sides.servers.oxo.pbx(EVOLUTION.serial)  # undeclared: retries with backoff
    start = waiting.attempts

    async def waiting_attempts() -> int:
        return waiting.attempts

    await poll(waiting_attempts, lambda n: n >= start + 3, what="the stock PBX's retries")
    assert refused_pbx.attempts == attempts
    assert (await sides.settings(BTCO))["activation_code_read_only"] is False
    right = await sides.put(BTCO, activation_code=system["jid_pbxagent_password"])
    assert right.status_code == 200
    await sides.wait_pbx(BTCO, "connected")
    assert (await sides.system(system["id"]))["status"] == "activated"


@pytest.mark.asyncio
async def test_an_unknown_pabx_id_is_refused(sides: Sides) -> None:
    response = await sides.put(
        BTCO, rainbow_enabled=True, pabx_id="OXO0000000000", activation_code="4321"
    )
    assert response.status_code == 200
    status = await sides.wait_pbx(BTCO, "refused")
    assert status["last_error"].startswith("Unknown PABX-ID")
    assert "OXO0000000000" not in sides.servers.rainbow.gateway.connected_pbx_ids()


@pytest.mark.asyncio
async def test_an_unknown_domain_name_is_unreachable(sides: Sides) -> None:
    system = await sides.declare()
    await sides.put(BTCO, rainbow_enabled=True, pabx_id=system["pbxId"],
                    activation_code=system["jid_pbxagent_password"],
                    domain_name="openrainbow.example")  # fmt: skip
    status = await sides.wait_pbx(BTCO, "disconnected")
    assert '"Domain name"' in status["last_error"]
    assert "openrainbow.example" in status["last_error"]
    assert (await sides.system(system["id"]))["status"] == "created"
    await sides.put(BTCO, domain_name="openrainbow.com")
    await sides.wait_pbx(BTCO, "connected")


@pytest.mark.asyncio
async def test_enabled_without_a_code_says_so(sides: Sides) -> None:
    await sides.put(BTCO, rainbow_enabled=True)
    status = await sides.wait_pbx(BTCO, "disconnected")
    assert status["last_error"] == 'No "Activation code" entered.'


# -- the link's life -------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_a_dropped_link_reconnects_on_both_sides(sides: Sides) -> None:
    system = await sides.activate_btco()
    pbx = sides.servers.oxo.pbx(BTCO)
    record = sides.servers.rainbow.store.systems[system["id"]]
    response = await sides.pbx.post(f"/pbxs/{BTCO}/faults/drop-link")
    assert response.status_code == 204

    async def histories() -> tuple[list[str], list[str]]:
        return list(pbx.connection_history), [e["eventType"] for e in record.connection_history]

    pbx_side, rainbow_side = await poll(
        histories,
        lambda h: h[0][-2:] == ["disconnected", "connected"] and len(h[1]) == 3,
        what="reconnection",
    )
    assert pbx_side == ["disabled", "connecting", "connected", "disconnected", "connected"]
    assert rainbow_side == ["connected", "disconnected", "connected"]
    assert await sides.rainbow_connection(system["id"]) == "connected"
    assert (await sides.system(system["id"]))["status"] == "activated"
    assert (await sides.status(BTCO)) == {"connection": "connected", "last_error": None}


@pytest.mark.asyncio
async def test_drop_link_without_a_link_is_harmless(sides: Sides) -> None:
    response = await sides.pbx.post(f"/pbxs/{BTCO_2}/faults/drop-link")
    assert response.status_code == 204
    assert (await sides.status(BTCO_2))["connection"] == "disabled"


@pytest.mark.asyncio
async def test_disabling_rainbow_closes_the_link(sides: Sides) -> None:
    system = await sides.activate_btco()
    response = await sides.put(BTCO, rainbow_enabled=False)
    assert response.json()["connection"] == "disabled"
    await sides.wait_rainbow(system["id"], "disconnected")
    assert (await sides.system(system["id"]))["status"] == "activated"
    assert (await sides.settings(BTCO))["activation_code_read_only"] is True
    await sides.put(BTCO, rainbow_enabled=True)  # back with the private code
    await sides.wait_pbx(BTCO, "connected")
    await sides.wait_rainbow(system["id"], "connected")


@pytest.mark.asyncio
async def test_a_reset_on_rainbow_needs_the_new_code(sides: Sides) -> None:
    system = await sides.activate_btco()
    reset = await sides.rainbow.post(f"{ADMIN}/systems/{system['id']}/reset-password")
    new_code = reset.json()["data"]["jid_pbxagent_password"]
    status = await sides.wait_pbx(BTCO, "refused")
    assert "reset on Rainbow" in status["last_error"]
    assert (await sides.settings(BTCO))["activation_code_read_only"] is False
    assert (await sides.system(system["id"]))["status"] == "created"
    response = await sides.put(BTCO, activation_code=new_code)
    assert response.status_code == 200
    await sides.wait_pbx(BTCO, "connected")
    assert (await sides.system(system["id"]))["status"] == "activated"


@pytest.mark.asyncio
async def test_deleting_the_system_cuts_the_link(sides: Sides) -> None:
    system = await sides.activate_btco()
    response = await sides.rainbow.delete(f"{ADMIN}/systems/{system['id']}")
    assert response.status_code == 200
    status = await sides.wait_pbx(BTCO, "refused")
    assert status["last_error"].startswith("Unknown PABX-ID")
    assert sides.servers.rainbow.gateway.connected_pbx_ids().count(system["pbxId"]) == 0


@pytest.mark.asyncio
async def test_a_new_pabx_id_drops_the_activation(sides: Sides) -> None:
    first = await sides.activate_btco()
    second = await sides.declare(name="Second OXO", siteId=HAMBURG)
    response = await sides.put(BTCO, pabx_id=second["pbxId"],
                               activation_code=second["jid_pbxagent_password"])  # fmt: skip
    assert response.status_code == 200
    await sides.wait_rainbow(first["id"], "disconnected")
    await sides.wait_pbx(BTCO, "connected")
    assert (await sides.system(second["id"]))["status"] == "activated"


# -- the stock fleet -------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_stock_pbxs_keep_trying_until_declared(sides: Sides) -> None:
    reference = STOCK.reference
    assert reference == "ALE12-1234.5678.90"
    settings = await sides.settings(STOCK.serial)
    assert settings["rainbow_enabled"] is True
    assert settings["pabx_id"] == reference
    assert settings["activation_code_set"] is True
    waiting = await sides.wait_pbx(STOCK.serial, "refused")
    assert waiting["last_error"].startswith("Unknown PABX-ID")
    system = await sides.declare(pbxId=reference, activationCode=reference)
    await sides.wait_pbx(STOCK.serial, "connected")
    assert (await sides.system(system["id"]))["status"] == "activated"
    await sides.wait_rainbow(system["id"], "connected")
    assert (await sides.status(EVOLUTION.serial))["connection"] == "refused"  # still waiting


@pytest.mark.asyncio
async def test_a_stock_evolution_connects_too(sides: Sides) -> None:
    assert EVOLUTION.model == "oxo-connect-evolution"
    reference = EVOLUTION.reference
    system = await sides.declare(pbxId=reference, activationCode=reference, siteId=HAMBURG)
    await sides.wait_pbx(EVOLUTION.serial, "connected")
    assert (await sides.system(system["id"]))["status"] == "activated"


@pytest.mark.asyncio
async def test_the_pbx_in_service_is_connected_from_the_start(sides: Sides) -> None:
    in_service = next(p for p in sides.servers.oxo.pbxs.values() if p.spec.private_code)
    assert in_service.pabx_id == "ALE10-2210.4471.05"
    await sides.wait_pbx(in_service.serial, "connected")
    await sides.wait_rainbow(ROSSI_SYSTEM, "connected")
    assert (await sides.settings(in_service.serial))["activation_code_read_only"] is True


# -- the gateway itself ----------------------------------------------------------------------


@pytest_asyncio.fixture
async def agent_session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def next_json(ws: aiohttp.ClientWebSocketResponse) -> dict[str, Any]:
    message = await ws.receive(5)
    assert message.type is aiohttp.WSMsgType.TEXT, message
    return dict(json.loads(message.data))


@pytest.mark.asyncio
@pytest.mark.parametrize("hello", ["not json", "[1, 2]", '{"type": "hello", "pbxId": 3}'])
async def test_the_gateway_refuses_a_malformed_hello(
    sides: Sides, agent_session: aiohttp.ClientSession, hello: str
) -> None:
    url = gateway_url(sides.servers.info.rainbow_url)
    async with agent_session.ws_connect(url) as ws:
        await ws.send_str(hello)
        assert await next_json(ws) == {"type": "refused", "reason": "malformed hello"}
        closing = await ws.receive(5)
        assert closing.type is aiohttp.WSMsgType.CLOSE
        assert ws.close_code == CLOSE_REFUSED


@pytest.mark.asyncio
async def test_an_agent_vanishing_mid_activation_leaves_rainbow_activating(
    sides: Sides, agent_session: aiohttp.ClientSession
) -> None:
    system = await sides.declare()
    url = gateway_url(sides.servers.info.rainbow_url)
    async with agent_session.ws_connect(url) as ws:
        hello = {"type": "hello", "pbxId": system["pbxId"],
                 "activationCode": system["jid_pbxagent_password"]}  # fmt: skip
        await ws.send_str(json.dumps(hello))
        assert (await next_json(ws))["type"] == "activate"
        assert await sides.rainbow_connection(system["id"]) == "connected"
    await sides.wait_rainbow(system["id"], "disconnected")
    assert (await sides.system(system["id"]))["status"] == "activating"
    # The public code still works: a real PBX finishes the activation on its next attempt.
    await sides.put(BTCO, rainbow_enabled=True, pabx_id=system["pbxId"],
                    activation_code=system["jid_pbxagent_password"])  # fmt: skip
    await sides.wait_pbx(BTCO, "connected")
    assert (await sides.system(system["id"]))["status"] == "activated"


@pytest.mark.asyncio
async def test_a_second_link_replaces_the_first(sides: Sides) -> None:
    in_service = next(p for p in sides.servers.oxo.pbxs.values() if p.spec.private_code)
    await sides.put(in_service.serial, rainbow_enabled=False)  # the test's agents take over
    await sides.wait_rainbow(ROSSI_SYSTEM, "disconnected")
    url = gateway_url(sides.servers.info.rainbow_url)
    hello = json.dumps({"type": "hello", "pbxId": in_service.pabx_id,
                        "activationCode": seeded_private_code(ROSSI_SYSTEM)})  # fmt: skip
    async with aiohttp.ClientSession() as one, aiohttp.ClientSession() as two:
        first = await one.ws_connect(url)
        await first.send_str(hello)
        assert await next_json(first) == {
            "type": "connected", "systemId": ROSSI_SYSTEM, "status": "activated",
        }  # fmt: skip
        second = await two.ws_connect(url)
        await second.send_str(hello)
        assert (await next_json(second))["type"] == "connected"
        closing = await first.receive(5)
        assert (closing.type, first.close_code) == (aiohttp.WSMsgType.CLOSE, CLOSE_REPLACED)
        assert await sides.rainbow_connection(ROSSI_SYSTEM) == "connected"
        await first.close()
        await second.close()
    await sides.wait_rainbow(ROSSI_SYSTEM, "disconnected")


# -- building blocks -------------------------------------------------------------------------


def test_backoff_doubles_up_to_its_cap() -> None:
    backoff = Backoff(base=0.05, cap=0.3)
    assert [backoff.delay(n) for n in range(5)] == [0.05, 0.1, 0.2, 0.3, 0.3]
    assert backoff.delay(10_000) == 0.3
    for base, cap in ((0.0, 1.0), (1.0, 0.5)):
        with pytest.raises(ValueError, match="backoff"):
            Backoff(base, cap)


def test_pbx_specs_check_their_shape() -> None:
    stock = PbxSpec.stock("AB12CD34EF", "oxo-connect-evolution", "ALE12", "1234.5678.90")
    assert (stock.pabx_id, stock.activation_code) == ("ALE12-1234.5678.90",) * 2
    assert stock.rainbow_enabled is True
    assert "ALE12-1234.5678.90" not in repr(stock)
    with pytest.raises(ValueError, match="OXO Connect only"):
        PbxSpec("AB12CD34EF", "oxo-connect-evolution", "btco")
    with pytest.raises(ValueError, match="references"):
        PbxSpec("AB12CD34EF", "oxo-connect", "stock")
    with pytest.raises(ValueError, match="model"):
        PbxSpec("AB12CD34EF", "oxo-classic")
    with pytest.raises(ValueError, match="serial"):
        PbxSpec("no spaces please")


def test_the_fleet_is_stock_evolution_and_btco() -> None:
    fleet = default_fleet()
    stock = [spec for spec in fleet if spec.mode == "stock" and spec.private_code is None]
    assert [spec.reference for spec in stock] == [
        "ALE12-1234.5678.90", "ALE12-1234.5678.91", "ALE31-2024.0001.07",
    ]  # fmt: skip
    assert "oxo-connect-evolution" in {spec.model for spec in stock}
    btco = [spec for spec in fleet if spec.mode == "btco"]
    assert len(btco) == 3
    assert all(not spec.rainbow_enabled and not spec.pabx_id for spec in btco)
    assert len({spec.serial for spec in fleet}) == len(fleet)

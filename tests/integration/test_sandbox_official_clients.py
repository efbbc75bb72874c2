"""What the sandbox does so that the official Rainbow clients (Node SDK, rbw) work against it.

Each behaviour here was missing or different until the official clients were run against the
sandbox (``make test-clients``, docs/official-clients.md): logout is idempotent and revokes
nothing, an unparsable ``sortOrder`` is ignored (unless strict), the calls the SDK makes at
sign-in are served, a foreign ``pbxId`` is refused without naming the system, the SDK's
documented Unix ``timestamp`` on ``/state``, and extra applications registered at start.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from collections.abc import AsyncIterator

import httpx
import pytest
import pytest_asyncio

from installer_app.cli.sandbox_command import _seed
from installer_app.sandbox.rainbow_emulator import RainbowEmulator
from tests.integration.test_rainbow_emulator import (
    ADMIN,
    AUTH,
    FOREIGN_PBX,
    MULLER,
    PARTNER,
    SEED,
    FakeClock,
    app_auth,
    assert_error,
    basic,
    bearer,
    new_system,
    sign_in,
)

ENDUSER = "/api/rainbow/enduser/v1.0"
FOREIGN_SYSTEM_ID = "65f1c0de0003000000000002"


@pytest_asyncio.fixture
async def lenient() -> AsyncIterator[httpx.AsyncClient]:
    """A signed-in client of an emulator as `installer-app sandbox` runs it (not strict)."""
    async with (
        RainbowEmulator() as emulator,
        httpx.AsyncClient(base_url=emulator.url, timeout=10) as client,
    ):
        client.headers.update(bearer(await sign_in(client)))
        yield client


# -- logout --------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_logout_is_idempotent_and_the_token_stays_valid(
    lenient: httpx.AsyncClient,
) -> None:
    for _ in range(3):
        response = await lenient.get(f"{AUTH}/logout")
        assert response.status_code == 200
        assert response.json() == {"status": "logged out"}
    still = await lenient.get(f"{ADMIN}/companies", params={"bpId": PARTNER})
    assert still.status_code == 200


@pytest.mark.asyncio
async def test_logout_with_an_expired_or_no_token_is_200() -> None:
    clock = FakeClock()
    async with (
        RainbowEmulator(token_lifetime=60, clock=clock) as emulator,
        httpx.AsyncClient(base_url=emulator.url) as client,
    ):
        token = await sign_in(client)
        clock.now += 61
        refused = await client.get(f"{ADMIN}/systems/countries", headers=bearer(token))
        assert assert_error(refused, 401, 401000) == "jwt expired"
        assert (await client.get(f"{AUTH}/logout", headers=bearer(token))).status_code == 200
        assert (await client.get(f"{AUTH}/logout")).status_code == 200


# -- sortOrder -------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_an_unparsable_sort_order_is_ignored_by_default(lenient: httpx.AsyncClient) -> None:
    params = {"companyId": MULLER, "sortField": "name"}
    plain = await lenient.get(f"{ADMIN}/sites", params=params)
    undefined = await lenient.get(f"{ADMIN}/sites", params={**params, "sortOrder": "undefined"})
    assert undefined.status_code == 200
    assert undefined.json() == plain.json()


@pytest.mark.asyncio
async def test_strict_mode_refuses_an_unparsable_sort_order() -> None:
    async with (
        RainbowEmulator(strict_queries=True) as emulator,
        httpx.AsyncClient(base_url=emulator.url) as client,
    ):
        client.headers.update(bearer(await sign_in(client)))
        response = await client.get(f"{ADMIN}/sites", params={"sortOrder": "undefined"})
        assert assert_error(response, 400, 400000)["param"] == "sortOrder"


# -- what the SDK reads at sign-in ---------------------------------------------------------------


@pytest.mark.asyncio
async def test_authentication_urls_name_rainbows_own_login_and_logout(
    lenient: httpx.AsyncClient,
) -> None:
    response = await lenient.get(f"{AUTH}/urls", params={"uid": SEED.bp_admin.login_email})
    [entry] = response.json()["data"]
    assert entry["type"] == "RAINBOW"
    assert httpx.URL(entry["loginUrl"]).path == f"{AUTH}/login"
    assert httpx.URL(entry["logoutUrl"]).path == f"{AUTH}/logout"


@pytest.mark.asyncio
async def test_enduser_user_company_and_api_settings(lenient: httpx.AsyncClient) -> None:
    me = SEED.bp_admin
    user = (await lenient.get(f"{ENDUSER}/users/{me.id}", params={"format": "full"})).json()
    assert user["data"]["loginEmail"] == me.login_email
    assert "bp_admin" in user["data"]["roles"]
    stranger = SEED.users[1].id
    assert_error(await lenient.get(f"{ENDUSER}/users/{stranger}"), 404, 404000)
    own = await lenient.get(f"{ENDUSER}/companies/{me.company_id}", params={"format": "full"})
    assert own.json()["data"]["id"] == me.company_id
    customer = await lenient.get(f"{ENDUSER}/companies/{MULLER}")
    assert customer.json()["data"]["name"] == "Müller Logistik GmbH"
    settings = (await lenient.get(f"{ENDUSER}/settings/apis")).json()["data"]
    assert settings["additionalHeaders"] == [] and settings["ttl"] > 0


@pytest.mark.asyncio
async def test_enduser_calls_need_a_token() -> None:
    async with RainbowEmulator() as emulator, httpx.AsyncClient(base_url=emulator.url) as client:
        for path in ("users/x", f"companies/{PARTNER}", "settings/apis"):
            assert_error(await client.get(f"{ENDUSER}/{path}"), 401, 401001)


# -- systems ---------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_a_foreign_pbx_id_is_refused_without_naming_the_system(
    lenient: httpx.AsyncClient,
) -> None:
    response = await lenient.get(f"{ADMIN}/systems/pbxid/{FOREIGN_PBX}")
    details = assert_error(response, 403, 403000)
    assert FOREIGN_SYSTEM_ID not in response.text
    assert FOREIGN_PBX not in details


@pytest.mark.asyncio
async def test_pbx_id_lookup_gives_connection_history_on_request(
    lenient: httpx.AsyncClient,
) -> None:
    created = await lenient.post(f"{ADMIN}/systems", json=new_system(pbxId="ALE12-0000.1111.22"))
    assert created.status_code == 201
    path = f"{ADMIN}/systems/pbxid/ALE12-0000.1111.22"
    plain = (await lenient.get(path)).json()["data"]
    history = (await lenient.get(path, params={"connectionHistory": "true"})).json()["data"]
    assert "connectionHistory" not in plain
    assert history["connectionHistory"] == []


@pytest.mark.asyncio
async def test_state_timestamp_is_unix_time_in_milliseconds() -> None:
    clock = FakeClock()
    async with (
        RainbowEmulator(clock=clock) as emulator,
        httpx.AsyncClient(base_url=emulator.url) as client,
    ):
        client.headers.update(bearer(await sign_in(client)))
        system = (await client.post(f"{ADMIN}/systems", json=new_system())).json()["data"]
        for fmt in ("small", "medium"):
            state = await client.get(
                f"{ADMIN}/systems/{system['id']}/state", params={"format": fmt}
            )
            assert state.json()["data"]["timestamp"] == int(clock.now * 1000)


# -- extra applications ----------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_an_application_given_at_start_is_accepted() -> None:
    seed = _seed([("public-app-id", "public-secret"), (SEED.application.id, "ignored")])
    assert [a.id for a in seed.applications].count(SEED.application.id) == 1
    user = SEED.bp_admin
    async with RainbowEmulator(seed) as emulator, httpx.AsyncClient(base_url=emulator.url) as c:
        headers = {"Authorization": basic(user.login_email, user.password)}
        for app_id, secret in (("public-app-id", "public-secret"),
                               (SEED.application.id, SEED.application.secret)):  # fmt: skip
            headers["x-rainbow-app-auth"] = app_auth(app_id, secret, user.password)
            answer = await c.get(f"{AUTH}/login", headers=headers)
            assert answer.json()["loggedInApplication"]["id"] == app_id
        headers["x-rainbow-app-auth"] = app_auth("public-app-id", "wrong", user.password)
        assert_error(await c.get(f"{AUTH}/login", headers=headers), 401, 401501)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--app", "no-colon"], "expected ID:SECRET"),
        (["--app", ":secret"], "expected ID:SECRET"),
        (["--token-lifetime", "0"], "number of seconds above 0"),
    ],
)
def test_sandbox_command_refuses_bad_options(args: list[str], message: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "installer_app", "sandbox", *args],
        check=False, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_sandbox_command_accepts_apps_and_a_short_token_lifetime() -> None:
    command = [sys.executable, "-m", "installer_app", "sandbox", "--app", "a1:s1",
               "--app", "a2:s2", "--token-lifetime", "2"]  # fmt: skip
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as process:
        try:
            assert process.stdout is not None
            info = json.loads(process.stdout.readline())
            user = SEED.bp_admin
            headers = {
                "Authorization": basic(user.login_email, user.password),
                "x-rainbow-app-auth": app_auth("a2", "s2", user.password),
            }
            login = httpx.get(f"{info['rainbow_url']}{AUTH}/login", headers=headers, timeout=10)
        finally:
            process.terminate()
    payload = json.loads(_b64(login.json()["token"].split(".")[1]))
    assert payload["exp"] - payload["iat"] == 2
    assert payload["app"]["id"] == "a2"


def _b64(segment: str) -> bytes:
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))

"""RainbowClient over httpx.MockTransport: sign-in headers, session renewal, calls and models."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from installer_app.rainbow import (
    CaBundleError,
    InvalidServerAddress,
    NotSignedInError,
    NumberingRule,
    RainbowClient,
    RetryPolicy,
    SessionExpiredError,
    SystemRequest,
    UnexpectedResponseError,
    tls_context,
)
from installer_app.rainbow._models import system_from_api

AUTH = "/api/rainbow/authentication/v1.0"
ADMIN = "/api/rainbow/admin/v1.0"
LOGIN = "admin@bp.example"
PASSWORD = "Pa55-word!"


def make_jwt(payload: dict[str, Any]) -> str:
    def part(obj: dict[str, Any]) -> str:
        raw = json.dumps(obj).encode()
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(payload)}.c2lnbmF0dXJl"


def login_body(token: str, app: dict[str, str] | None = None) -> dict[str, Any]:
    return {
        "token": token,
        "loggedInUser": {
            "id": "user-1",
            "companyId": "bp-1",
            "loginEmail": LOGIN,
            "roles": ["user", "admin", "bp_admin"],
            "adminType": "bp_admin",
            "firstName": "Ada",
            "lastName": "Admin",
        },
        "loggedInApplication": app or {},
    }


def error(status: int, details: Any, code: int) -> httpx.Response:
    body = {"errorCode": status, "errorMsg": "x", "errorDetails": details, "errorDetailsCode": code}
    return httpx.Response(status, json=body)


EXPIRED = {"status": 401, "details": "jwt expired", "code": 401000}

SYSTEM = {
    "id": "sys-1",
    "name": "Main PBX",
    "pbxId": "ALE12-1234.5678.90",
    "siteId": ["site-1"],
    "type": "oxo",
    "country": "FRA",
    "status": "created",
    "statusUpdatedDate": "2024-05-01T10:00:00.000Z",
    "creationDate": "2024-05-01T09:00:00.000Z",
    "jid_pbxagent": "pbxagent_sys-1@example",
    "jid_pbxagent_password": "ALE12-1234.5678.90",
    "pbxNationalPrefix": "0",
    "pbxInternationalPrefix": "00",
    "pbxMainBundlePrefix": ["0"],
    "usePbxMainBundlePrefix": True,
    "pbxNumberingTranslator": [{"regexpMatch": "^0800", "regexpReplace": "", "description": "b"}],
    "hasMediaPillar": False,
    "bpId": "bp-1",
}


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class FakeRainbow:
    """Routes (method, path) to handlers; records every request."""

    def __init__(self, token: str) -> None:
        self.requests: list[httpx.Request] = []
        self.tokens = [token]
        self.routes: dict[tuple[str, str], list[Callable[[httpx.Request], httpx.Response]]] = {}

    def on(self, method: str, path: str, *responses: httpx.Response | dict[str, Any]) -> None:
        handlers = []
        for response in responses:
            if isinstance(response, dict):
                resp = response
                handlers.append(
                    lambda _r, b=resp: (
                        error(b["status"], b["details"], b["code"])
                        if "status" in b
                        else httpx.Response(200, json=b)
                    )
                )
            else:
                handlers.append(lambda _r, resp=response: resp)
        self.routes[(method, path)] = handlers

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        if path == f"{AUTH}/login" and (request.method, path) not in self.routes:
            token = self.tokens[min(self.logins() - 1, len(self.tokens) - 1)]
            return httpx.Response(200, json=login_body(token))
        if path == f"{AUTH}/logout" and (request.method, path) not in self.routes:
            return httpx.Response(200, json={"status": "logged out"})
        handlers = self.routes.get((request.method, path))
        if not handlers:
            return error(404, "Not found", 404000)
        handler = handlers.pop(0) if len(handlers) > 1 else handlers[0]
        return handler(request)

    def logins(self) -> int:
        return sum(1 for r in self.requests if r.url.path == f"{AUTH}/login")

    def to(self, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.path == path]


async def no_sleep(_delay: float) -> None:
    return None


def client_for(fake: FakeRainbow, clock: Clock | None = None, **kwargs: Any) -> RainbowClient:
    return RainbowClient(
        "https://rainbow.test/",
        transport=httpx.MockTransport(fake),
        clock=clock or Clock(1_000.0),
        sleep=no_sleep,
        random=lambda: 0.5,
        **kwargs,
    )


TOKEN = make_jwt({"iat": 1_000, "exp": 4_600, "user": {"id": "user-1"}})


# -- sign-in headers -----------------------------------------------------------------------


@pytest.mark.asyncio
async def test_sign_in_sends_basic_auth_and_accept_and_no_app_header() -> None:
    fake = FakeRainbow(TOKEN)
    async with client_for(fake) as client:
        await client.sign_in(LOGIN, PASSWORD)
    login = fake.to(f"{AUTH}/login")[0]
    assert login.method == "GET"
    expected = "Basic " + base64.b64encode(f"{LOGIN}:{PASSWORD}".encode()).decode()
    assert login.headers["Authorization"] == expected
    assert login.headers["Accept"] == "application/json"
    assert "x-rainbow-app-auth" not in login.headers


@pytest.mark.asyncio
async def test_sign_in_with_application_sends_app_auth_computed_independently() -> None:
    fake = FakeRainbow(TOKEN)
    async with client_for(fake) as client:
        await client.sign_in(LOGIN, "pw", app_id="app", app_secret="s3cret")
    digest = hashlib.sha256(b"s3cretpw").hexdigest()
    expected = "Basic " + base64.b64encode(f"app:{digest}".encode()).decode()
    assert fake.to(f"{AUTH}/login")[0].headers["x-rainbow-app-auth"] == expected


@pytest.mark.asyncio
async def test_app_id_without_secret_sends_no_app_header() -> None:
    fake = FakeRainbow(TOKEN)
    async with client_for(fake) as client:
        await client.sign_in(LOGIN, PASSWORD, app_id="app", app_secret="")
    assert "x-rainbow-app-auth" not in fake.to(f"{AUTH}/login")[0].headers


@pytest.mark.asyncio
async def test_session_is_typed_from_login_answer() -> None:
    fake = FakeRainbow(TOKEN)
    fake.on("GET", f"{AUTH}/login", httpx.Response(200, json=login_body(TOKEN, {"id": "app-9"})))
    async with client_for(fake) as client:
        session = await client.sign_in(LOGIN, PASSWORD)
        assert client.session == session
    assert session.user_id == "user-1"
    assert session.company_id == "bp-1"
    assert session.login_email == LOGIN
    assert session.roles == ("user", "admin", "bp_admin")
    assert session.admin_type == "bp_admin"
    assert session.is_bp_admin  # told by roles
    assert session.application_id == "app-9"
    assert session.expires_at == datetime.fromtimestamp(4_600, tz=UTC)
    assert "ey" not in repr(session)


@pytest.mark.asyncio
async def test_bearer_on_calls_after_sign_in() -> None:
    fake = FakeRainbow(TOKEN)
    company = {"id": "c-1", "name": "Acme", "bpId": "bp-1", "country": "FRA"}
    fake.on("GET", f"{ADMIN}/companies/c-1", {"data": company})
    async with client_for(fake) as client:
        await client.sign_in(LOGIN, PASSWORD)
        result = await client.get_company("c-1")
    assert result.name == "Acme"
    call = fake.to(f"{ADMIN}/companies/c-1")[0]
    assert call.headers["Authorization"] == f"Bearer {TOKEN}"
    assert call.headers["Accept"] == "application/json"


@pytest.mark.asyncio
async def test_call_before_sign_in_raises_without_sending() -> None:
    fake = FakeRainbow(TOKEN)
    async with client_for(fake) as client:
        with pytest.raises(NotSignedInError):
            await client.get_company("c-1")
    assert fake.requests == []


# -- renewal and re-authentication ---------------------------------------------------------


@pytest.mark.asyncio
async def test_renews_lazily_after_half_life() -> None:
    renewed = make_jwt({"iat": 2_801, "exp": 6_401})
    fake = FakeRainbow(TOKEN)
    fake.on("GET", f"{AUTH}/renew", {"token": renewed})
    fake.on("GET", f"{ADMIN}/systems/countries", {"data": ["FRA"]})
    clock = Clock(1_000.0)
    async with client_for(fake, clock) as client:
        await client.sign_in(LOGIN, PASSWORD)
        clock.now = 2_799.0  # lifetime 3600 s: half-life at 2800
        await client.list_system_countries()
        assert fake.to(f"{AUTH}/renew") == []
        clock.now = 2_801.0
        await client.list_system_countries()
        await client.list_system_countries()
        assert client.session is not None
        assert client.session.expires_at == datetime.fromtimestamp(6_401, tz=UTC)
    renews = fake.to(f"{AUTH}/renew")
    assert len(renews) == 1
    assert renews[0].headers["Authorization"] == f"Bearer {TOKEN}"
    calls = fake.to(f"{ADMIN}/systems/countries")
    assert [c.headers["Authorization"] for c in calls] == [
        f"Bearer {TOKEN}",
        f"Bearer {renewed}",
        f"Bearer {renewed}",
    ]
    assert fake.requests.index(renews[0]) < fake.requests.index(calls[1])


@pytest.mark.asyncio
async def test_half_life_uses_local_clock_when_server_clock_differs() -> None:
    fake = FakeRainbow(TOKEN)  # server says iat 1000, exp 4600
    fake.on("GET", f"{AUTH}/renew", {"token": TOKEN})
    fake.on("GET", f"{ADMIN}/systems/countries", {"data": []})
    clock = Clock(50_000.0)
    async with client_for(fake, clock) as client:
        await client.sign_in(LOGIN, PASSWORD)
        clock.now = 51_799.0
        await client.list_system_countries()
        assert fake.to(f"{AUTH}/renew") == []
        clock.now = 51_800.0
        await client.list_system_countries()
    assert len(fake.to(f"{AUTH}/renew")) == 1


@pytest.mark.asyncio
async def test_half_life_counts_from_sign_in_when_iat_absent() -> None:
    fake = FakeRainbow(make_jwt({"exp": 2_000}))
    fake.on("GET", f"{AUTH}/renew", {"token": make_jwt({"exp": 9_000})})
    fake.on("GET", f"{ADMIN}/systems/countries", {"data": []})
    clock = Clock(1_000.0)
    async with client_for(fake, clock) as client:
        await client.sign_in(LOGIN, PASSWORD)
        clock.now = 1_499.0
        await client.list_system_countries()
        assert fake.to(f"{AUTH}/renew") == []
        clock.now = 1_500.0
        await client.list_system_countries()
    assert len(fake.to(f"{AUTH}/renew")) == 1


@pytest.mark.asyncio
async def test_renewal_refused_signs_in_again() -> None:
    second = make_jwt({"iat": 3_000, "exp": 6_600})
    fake = FakeRainbow(TOKEN)
    fake.tokens.append(second)
    fake.on("GET", f"{AUTH}/renew", EXPIRED)
    fake.on("GET", f"{ADMIN}/systems/countries", {"data": []})
    clock = Clock(1_000.0)
    async with client_for(fake, clock) as client:
        await client.sign_in(LOGIN, PASSWORD)
        clock.now = 3_000.0
        await client.list_system_countries()
    assert fake.logins() == 2
    assert fake.to(f"{ADMIN}/systems/countries")[0].headers["Authorization"] == f"Bearer {second}"


@pytest.mark.asyncio
async def test_renewal_failing_transiently_keeps_token_and_retries_later() -> None:
    fake = FakeRainbow(TOKEN)
    fake.on("GET", f"{AUTH}/renew", error(503, "down", 503000), {"token": TOKEN})
    fake.on("GET", f"{ADMIN}/systems/countries", {"data": ["FRA"]})
    clock = Clock(1_000.0)
    async with client_for(fake, clock, retry=RetryPolicy(max_attempts=1)) as client:
        await client.sign_in(LOGIN, PASSWORD)
        clock.now = 3_000.0
        assert await client.list_system_countries() == ["FRA"]
        await client.list_system_countries()  # within 30 s: no new attempt
        assert len(fake.to(f"{AUTH}/renew")) == 1
        clock.now = 3_031.0
        await client.list_system_countries()
    assert len(fake.to(f"{AUTH}/renew")) == 2
    assert fake.logins() == 1


@pytest.mark.asyncio
async def test_jwt_expired_signs_in_again_once_and_repeats_call_once() -> None:
    second = make_jwt({"iat": 1_000, "exp": 4_600, "n": 2})
    fake = FakeRainbow(TOKEN)
    fake.tokens.append(second)
    fake.on("GET", f"{ADMIN}/systems/countries", EXPIRED, {"data": ["FRA", "DEU"]})
    async with client_for(fake) as client:
        await client.sign_in(LOGIN, PASSWORD)
        assert await client.list_system_countries() == ["FRA", "DEU"]
    logins = fake.to(f"{AUTH}/login")
    assert len(logins) == 2
    expected = "Basic " + base64.b64encode(f"{LOGIN}:{PASSWORD}".encode()).decode()
    assert logins[1].headers["Authorization"] == expected
    calls = fake.to(f"{ADMIN}/systems/countries")
    assert [c.headers["Authorization"] for c in calls] == [f"Bearer {TOKEN}", f"Bearer {second}"]


@pytest.mark.asyncio
async def test_jwt_expired_twice_raises_session_expired() -> None:
    fake = FakeRainbow(TOKEN)
    fake.on("GET", f"{ADMIN}/systems/countries", EXPIRED)
    async with client_for(fake) as client:
        await client.sign_in(LOGIN, PASSWORD)
        with pytest.raises(SessionExpiredError) as caught:
            await client.list_system_countries()
    assert caught.value.status == 401
    assert fake.logins() == 2
    assert len(fake.to(f"{ADMIN}/systems/countries")) == 2


@pytest.mark.asyncio
async def test_post_repeated_once_after_jwt_expired() -> None:
    fake = FakeRainbow(TOKEN)
    site = {"id": "s-1", "name": "HQ", "status": "active", "companyId": "c-1"}
    fake.on("POST", f"{ADMIN}/sites", EXPIRED, httpx.Response(201, json={"data": site}))
    async with client_for(fake) as client:
        await client.sign_in(LOGIN, PASSWORD)
        created = await client.create_site("c-1", "HQ")
    assert created.id == "s-1"
    assert len(fake.to(f"{ADMIN}/sites")) == 2  # the first was refused, not processed


@pytest.mark.asyncio
async def test_concurrent_calls_on_expired_token_sign_in_again_only_once() -> None:
    fake = FakeRainbow(TOKEN)
    fake.tokens.append(make_jwt({"iat": 1_000, "exp": 4_600, "n": 2}))

    def countries(request: httpx.Request) -> httpx.Response:
        if request.headers["Authorization"] == f"Bearer {TOKEN}":
            return error(401, "jwt expired", 401000)
        return httpx.Response(200, json={"data": ["FRA"]})

    fake.routes[("GET", f"{ADMIN}/systems/countries")] = [countries]
    async with client_for(fake) as client:
        await client.sign_in(LOGIN, PASSWORD)
        results = await asyncio.gather(*(client.list_system_countries() for _ in range(3)))
    assert results == [["FRA"]] * 3
    assert fake.logins() == 2


@pytest.mark.asyncio
async def test_aclose_signs_out_with_bearer_and_forgets_session() -> None:
    fake = FakeRainbow(TOKEN)
    client = client_for(fake)
    await client.sign_in(LOGIN, PASSWORD)
    await client.aclose()
    logout = fake.to(f"{AUTH}/logout")
    assert len(logout) == 1
    assert logout[0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert client.session is None


@pytest.mark.asyncio
async def test_aclose_survives_failed_logout_and_skips_it_when_not_signed_in() -> None:
    fake = FakeRainbow(TOKEN)
    fake.on("GET", f"{AUTH}/logout", error(503, "down", 503000))
    async with client_for(fake) as client:
        await client.sign_in(LOGIN, PASSWORD)
    assert len(fake.to(f"{AUTH}/logout")) == 1  # not retried
    other = FakeRainbow(TOKEN)
    async with client_for(other):
        pass
    assert other.requests == []


@pytest.mark.asyncio
async def test_secrets_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    fake = FakeRainbow(TOKEN)
    fake.on("GET", f"{ADMIN}/systems/countries", EXPIRED, {"data": []})
    fake.on("GET", f"{ADMIN}/systems/pbxid/ALE12-1234.5678.90", {"data": SYSTEM})
    async with client_for(fake) as client:
        await client.sign_in(LOGIN, PASSWORD, app_id="app", app_secret="s3cret-value")
        await client.list_system_countries()
        system = await client.find_system_by_pbx_id("ALE12-1234.5678.90")
    text = caplog.text + repr(system) + repr(client.session)
    basic = base64.b64encode(f"{LOGIN}:{PASSWORD}".encode()).decode()
    for secret in (PASSWORD, "s3cret-value", TOKEN, basic, "ALE12-1234.5678.90"):
        assert secret not in text
    assert "GET /systems/pbxid/{} -> 200" in caplog.text


# -- calls and models ----------------------------------------------------------------------


async def signed_in(fake: FakeRainbow) -> RainbowClient:
    client = client_for(fake)
    await client.sign_in(LOGIN, PASSWORD)
    return client


@pytest.mark.asyncio
async def test_list_customer_companies_params_and_page() -> None:
    fake = FakeRainbow(TOKEN)
    companies = [
        {"id": "c-1", "name": "Acme", "bpId": "bp-1", "country": "FRA", "status": "active"},
        {"id": "c-2", "name": "Acme Two", "bpId": "bp-1", "country": "DEU"},
    ]
    fake.on("GET", f"{ADMIN}/companies", {"data": companies, "limit": 2, "offset": 4, "total": 9})
    async with await signed_in(fake) as client:
        page = await client.list_customer_companies("bp-1", name="acme", limit=2, offset=4)
    params = dict(fake.to(f"{ADMIN}/companies")[0].url.params)
    assert params["bpId"] == "bp-1"
    assert params["name"] == "acme"
    assert params["limit"] == "2"
    assert params["offset"] == "4"
    assert params["format"] == "full"
    assert [c.id for c in page.items] == ["c-1", "c-2"]
    assert page.items[1].country == "DEU"
    assert page.items[0].bp_id == "bp-1"
    assert (page.total, page.limit, page.offset, page.has_more) == (9, 2, 4, True)


@pytest.mark.asyncio
async def test_list_sites_reads_every_page_and_create_site_body() -> None:
    fake = FakeRainbow(TOKEN)
    first = [{"id": f"s-{i}", "name": f"S{i}", "status": "active"} for i in range(100)]
    second = [{"id": "s-100", "name": "Last", "status": "active", "companyId": "c-1"}]
    fake.on(
        "GET",
        f"{ADMIN}/sites",
        {"data": first, "limit": 100, "offset": 0, "total": 101},
        {"data": second, "limit": 100, "offset": 100, "total": 101},
    )
    created = {"id": "s-new", "name": "HQ", "status": "active", "companyId": "c-1"}
    fake.on("POST", f"{ADMIN}/sites", httpx.Response(201, json={"data": created}))
    async with await signed_in(fake) as client:
        sites = await client.list_sites("c-1")
        site = await client.create_site("c-1", "HQ")
    assert len(sites) == 101
    assert {s.company_id for s in sites} == {"c-1"}
    gets = fake.to(f"{ADMIN}/sites")[:2]
    assert [dict(r.url.params)["offset"] for r in gets] == ["0", "100"]
    assert all(dict(r.url.params)["companyId"] == "c-1" for r in gets)
    post = next(r for r in fake.to(f"{ADMIN}/sites") if r.method == "POST")
    assert json.loads(post.content) == {"name": "HQ", "status": "active", "companyId": "c-1"}
    assert site.id == "s-new"


@pytest.mark.asyncio
async def test_find_system_by_pbx_id_parses_system_and_404_is_none() -> None:
    fake = FakeRainbow(TOKEN)
    fake.on("GET", f"{ADMIN}/systems/pbxid/ALE12-1234.5678.90", {"data": SYSTEM})
    async with await signed_in(fake) as client:
        system = await client.find_system_by_pbx_id("ALE12-1234.5678.90")
        missing = await client.find_system_by_pbx_id("ALE12-0000.0000.00")
    assert missing is None
    assert system is not None
    lookups = fake.to(f"{ADMIN}/systems/pbxid/ALE12-1234.5678.90")
    assert dict(lookups[0].url.params) == {"connectionHistory": "true"}
    assert system.id == "sys-1"
    assert system.pbx_id == "ALE12-1234.5678.90"
    assert system.site_ids == ("site-1",)
    assert system.activation_code == "ALE12-1234.5678.90"
    assert system.main_bundle_prefix == ("0",)
    assert system.use_main_bundle_prefix is True
    assert system.numbering_translator == (NumberingRule("^0800", "", "b"),)
    assert system.national_prefix == "0"
    assert system.international_prefix == "00"
    assert system.creation_date == datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
    assert system.bp_id == "bp-1"


@pytest.mark.asyncio
async def test_pbx_id_is_quoted_into_one_path_segment() -> None:
    fake = FakeRainbow(TOKEN)
    async with await signed_in(fake) as client:
        assert await client.find_system_by_pbx_id("a/b c") is None
    lookup = next(r for r in fake.requests if b"/pbxid/" in r.url.raw_path)
    assert lookup.url.raw_path == f"{ADMIN}/systems/pbxid/a%2Fb%20c?connectionHistory=true".encode()


@pytest.mark.asyncio
async def test_activation_code_hidden_once_activated() -> None:
    fake = FakeRainbow(TOKEN)
    activated = dict(SYSTEM, status="activated", jid_pbxagent_password="sha256:abcd")
    fake.on("GET", f"{ADMIN}/systems/sys-1", {"data": activated})
    async with await signed_in(fake) as client:
        system = await client.get_system("sys-1")
    assert system.status == "activated"
    assert system.activation_code is None


@pytest.mark.asyncio
async def test_list_systems_filters() -> None:
    fake = FakeRainbow(TOKEN)
    fake.on("GET", f"{ADMIN}/systems", {"data": [SYSTEM], "limit": 10, "offset": 0, "total": 1})
    async with await signed_in(fake) as client:
        page = await client.list_systems(name="Main", site_id="site-1", limit=10)
    params = dict(fake.to(f"{ADMIN}/systems")[0].url.params)
    assert params == {
        "format": "full",
        "limit": "10",
        "offset": "0",
        "name": "Main",
        "siteId": "site-1",
    }
    assert page.items[0].name == "Main PBX"
    assert not page.has_more


def test_system_request_body_stock_mode() -> None:
    request = SystemRequest(
        name="Main PBX",
        site_id="site-1",
        country="FRA",
        pbx_id="ALE12-1234.5678.90",
        activation_code="ALE12-1234.5678.90",
        national_prefix="0",
        international_prefix="00",
        main_bundle_prefix=("0",),
        use_main_bundle_prefix=True,
        numbering_translator=(NumberingRule("^0321", "00", "Lille"),),
    )
    assert request.to_body() == {
        "name": "Main PBX",
        "siteId": "site-1",
        "type": "oxo",
        "country": "FRA",
        "pbxId": "ALE12-1234.5678.90",
        "activationCode": "ALE12-1234.5678.90",
        "pbxNationalPrefix": "0",
        "pbxInternationalPrefix": "00",
        "pbxMainBundlePrefix": ["0"],
        "usePbxMainBundlePrefix": True,
        "pbxNumberingTranslator": [
            {"regexpMatch": "^0321", "regexpReplace": "00", "description": "Lille"}
        ],
    }
    assert "ALE12" not in repr(request)


def test_system_request_body_btco_mode_omits_pbx_id_and_code() -> None:
    body = SystemRequest(name="PBX", site_id="site-1", country="DEU").to_body()
    # Like the SDK on create: what was not set (falsy) is left out, not sent empty.
    assert body == {"name": "PBX", "siteId": "site-1", "type": "oxo", "country": "DEU"}


@pytest.mark.asyncio
async def test_create_update_delete_state_and_countries() -> None:
    fake = FakeRainbow(TOKEN)
    fake.on("POST", f"{ADMIN}/systems", httpx.Response(201, json={"data": SYSTEM}))
    fake.on("PUT", f"{ADMIN}/systems/sys-1", {"data": dict(SYSTEM, pbxNationalPrefix="9")})
    fake.on("DELETE", f"{ADMIN}/systems/sys-1", httpx.Response(200, json={"status": "deleted"}))
    state = {"timestamp": "2024-05-01T10:00:00Z", "conf": "connected", "csta": "disconnected"}
    fake.on("GET", f"{ADMIN}/systems/sys-1/state", {"data": state})
    fake.on("GET", f"{ADMIN}/systems/countries", {"data": ["FRA", "DEU", 3]})
    request = SystemRequest(name="Main PBX", site_id="site-1", country="FRA")
    async with await signed_in(fake) as client:
        created = await client.create_system(request)
        updated = await client.update_system("sys-1", {"pbxNationalPrefix": "9"})
        await client.delete_system("sys-1")
        report = await client.get_system_state("sys-1", format="small")
        countries = await client.list_system_countries()
    (post,) = fake.to(f"{ADMIN}/systems")
    assert json.loads(post.content) == request.to_body()
    assert created.id == "sys-1"
    put, delete = fake.to(f"{ADMIN}/systems/sys-1")
    assert (put.method, json.loads(put.content)) == ("PUT", {"pbxNationalPrefix": "9"})
    assert delete.method == "DELETE"
    assert updated.national_prefix == "9"
    assert dict(fake.to(f"{ADMIN}/systems/sys-1/state")[0].url.params) == {"format": "small"}
    assert report.timestamp == datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    assert report.raw == state
    assert countries == ["FRA", "DEU"]


@pytest.mark.asyncio
async def test_get_system_with_connection_history() -> None:
    fake = FakeRainbow(TOKEN)
    history = [{"eventType": "connection", "eventDate": "2024-05-02T08:00:00Z"}]
    fake.on("GET", f"{ADMIN}/systems/sys-1", {"data": dict(SYSTEM, connectionHistory=history)})
    async with await signed_in(fake) as client:
        system = await client.get_system("sys-1", connection_history=True)
    assert dict(fake.to(f"{ADMIN}/systems/sys-1")[0].url.params) == {"connectionHistory": "true"}
    assert system.connection_history[0].event_type == "connection"
    assert system.connection_history[0].event_date == datetime(2024, 5, 2, 8, 0, tzinfo=UTC)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html>Guest Wi-Fi login</html>"),
        httpx.Response(200, json={"items": []}),
        httpx.Response(200, json={"data": {"name": "no id"}}),
    ],
)
async def test_unreadable_answers_raise_unexpected_response(response: httpx.Response) -> None:
    fake = FakeRainbow(TOKEN)
    fake.on("GET", f"{ADMIN}/companies/c-1", response)
    async with await signed_in(fake) as client:
        with pytest.raises(UnexpectedResponseError) as caught:
            await client.get_company("c-1")
    assert caught.value.hint


# -- construction --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://openrainbow.com/", "https://openrainbow.com"),
        ("https://sandbox.openrainbow.com", "https://sandbox.openrainbow.com"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://localhost:9000/", "http://localhost:9000"),
    ],
)
def test_accepted_server_addresses(url: str, expected: str) -> None:
    client = RainbowClient(url, transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    assert client.base_url == expected


@pytest.mark.parametrize("url", ["http://openrainbow.com", "ftp://x", "openrainbow.com", ""])
def test_refused_server_addresses(url: str) -> None:
    with pytest.raises(InvalidServerAddress) as caught:
        RainbowClient(url)
    assert "https://" in caught.value.hint


def test_tls_context_adds_custom_ca_to_certifi(tmp_path: Any) -> None:
    import ssl

    import certifi
    import trustme

    ca = trustme.CA()
    bundle = tmp_path / "proxy-ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    base = ssl.create_default_context(cafile=certifi.where())
    context = tls_context(bundle)
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname
    assert len(context.get_ca_certs()) == len(base.get_ca_certs()) + 1


@pytest.mark.parametrize("content", [None, "not a certificate"])
def test_tls_context_refuses_unreadable_bundle(tmp_path: Any, content: str | None) -> None:
    bundle = tmp_path / "ca.pem"
    if content is not None:
        bundle.write_text(content)
    with pytest.raises(CaBundleError) as caught:
        tls_context(bundle)
    assert "ca.pem" in caught.value.message


@pytest.mark.asyncio
async def test_default_transport_accepts_custom_ca_and_closes_without_traffic(
    tmp_path: Any,
) -> None:
    import trustme

    bundle = tmp_path / "proxy-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(bundle))
    async with RainbowClient("https://openrainbow.com", ca_bundle=bundle) as client:
        assert client.session is None
    with pytest.raises(CaBundleError):
        RainbowClient("https://openrainbow.com", ca_bundle=tmp_path / "missing.pem")


@pytest.mark.parametrize(
    "address", ["https://[::1", "openrainbow.com", "http://rainbow.example.com"]
)
def test_unusable_server_addresses_are_refused_in_words(address: str) -> None:
    from installer_app.rainbow import InvalidServerAddress, RainbowClient

    with pytest.raises(InvalidServerAddress, match="not usable"):
        RainbowClient(address)


@pytest.mark.parametrize(("raw", "expected"), [(True, True), (False, False), ("yes", None)])
def test_system_reads_has_media_pillar_read_only(raw: object, expected: bool | None) -> None:
    # The only public trace of the WebRTC gateway: read, shown, never sent.
    assert system_from_api({**SYSTEM, "hasMediaPillar": raw}).has_media_pillar is expected
    absent = {k: v for k, v in SYSTEM.items() if k != "hasMediaPillar"}
    assert system_from_api(absent).has_media_pillar is None

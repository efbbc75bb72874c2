"""The Rainbow emulator over real loopback sockets, driven with raw httpx calls.

Sections: sign-in and tokens; companies and sites; system declaration and validation; system
reads, updates and state; the PBX agent's hooks (through the store); fault injection;
the thread runner and TLS.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import socket
import ssl
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio

from installer_app.sandbox.faults import NO_ANSWER, FaultInjector
from installer_app.sandbox.rainbow_emulator import RainbowEmulator
from installer_app.sandbox.rainbow_store import RainbowStore, seeded_private_code
from installer_app.sandbox.runner import SandboxThread
from installer_app.sandbox.seed import SandboxSeed

AUTH = "/api/rainbow/authentication/v1.0"
ADMIN = "/api/rainbow/admin/v1.0"
SEED = SandboxSeed.default()
PARTNER = SEED.partner_id
OTHER_PARTNER = SEED.users[1].company_id
MULLER = "65f1c0de0001000000000012"
OLIVEIRA = "65f1c0de0001000000000015"
LEMAIRE = "65f1c0de0001000000000021"
DEMO_SITE = "65f1c0de0002000000000011"
HAMBURG, BREMEN = "65f1c0de0002000000000012", "65f1c0de0002000000000013"
LEMAIRE_SITE = "65f1c0de0002000000000021"
FOREIGN_PBX = "ALE99-9999.9999.99"


class FakeClock:
    """Wall-clock seconds that move only when a test says so."""

    def __init__(self, now: float = 1_767_225_600.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def basic(user: str, secret: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{secret}".encode()).decode()


def app_auth(app_id: str, app_secret: str, password: str) -> str:
    return basic(app_id, hashlib.sha256((app_secret + password).encode()).hexdigest())


def jwt_payload(token: str) -> dict[str, Any]:
    segment = token.split(".")[1]
    return dict(json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))))


async def sign_in(client: httpx.AsyncClient, login: str | None = None) -> str:
    user = SEED.bp_admin
    response = await client.get(
        f"{AUTH}/login", headers={"Authorization": basic(login or user.login_email, user.password)}
    )
    assert response.status_code == 200, response.text
    return str(response.json()["token"])


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def new_system(**fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "Boulangerie OXO",
        "siteId": DEMO_SITE,
        "type": "oxo",
        "country": "FRA",
        "pbxNationalPrefix": "0",
        "pbxInternationalPrefix": "00",
        "pbxMainBundlePrefix": ["0"],
        "usePbxMainBundlePrefix": True,
    }
    body.update(fields)
    return body


@pytest_asyncio.fixture
async def rainbow_http(rainbow_emulator: RainbowEmulator) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=rainbow_emulator.url, timeout=10) as client:
        yield client


@pytest_asyncio.fixture
async def rainbow_admin(rainbow_emulator: RainbowEmulator) -> AsyncIterator[httpx.AsyncClient]:
    """A client signed in as the sandbox bp_admin."""
    async with httpx.AsyncClient(base_url=rainbow_emulator.url, timeout=10) as client:
        client.headers.update(bearer(await sign_in(client)))
        yield client


def assert_error(response: httpx.Response, status: int, code: int) -> Any:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["errorCode"] == status
    assert body["errorDetailsCode"] == code
    assert isinstance(body["errorMsg"], str)
    return body["errorDetails"]


# -- sign-in and tokens ----------------------------------------------------------------------


@pytest.mark.asyncio
async def test_sign_in_answers_token_user_and_no_application(
    rainbow_http: httpx.AsyncClient,
) -> None:
    user = SEED.bp_admin
    response = await rainbow_http.get(
        f"{AUTH}/login",
        headers={
            "Authorization": basic(user.login_email, user.password),
            "Accept": "application/json",
        },
    )
    assert response.status_code == 200
    body = response.json()
    assert body["loggedInUser"]["id"] == user.id
    assert body["loggedInUser"]["companyId"] == PARTNER
    assert body["loggedInUser"]["loginEmail"] == "bp.admin@sandbox.example"
    assert body["loggedInUser"]["adminType"] == "company_admin"
    assert "bp_admin" in body["loggedInUser"]["roles"]
    assert body["loggedInApplication"] == {}
    payload = jwt_payload(body["token"])
    assert payload["exp"] - payload["iat"] == 3600
    assert payload["user"] == {"id": user.id, "loginEmail": user.login_email}
    assert payload["countRenewed"] == 0
    assert "app" not in payload


@pytest.mark.asyncio
async def test_sign_in_with_application_credentials(rainbow_http: httpx.AsyncClient) -> None:
    user, app = SEED.bp_admin, SEED.application
    response = await rainbow_http.get(
        f"{AUTH}/login",
        headers={
            "Authorization": basic(user.login_email, user.password),
            "x-rainbow-app-auth": app_auth(app.id, app.secret, user.password),
        },
    )
    assert response.status_code == 200
    assert response.json()["loggedInApplication"] == {"id": app.id, "name": app.name}
    assert jwt_payload(response.json()["token"])["app"]["id"] == app.id


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("login", "password"),
    [
        ("bp.admin@sandbox.example", "wrong"),
        ("nobody@sandbox.example", "Sandbox-2026!"),
        ("bp.admin@sandbox.example", ""),
    ],
)
async def test_wrong_credentials_are_refused(
    rainbow_http: httpx.AsyncClient, login: str, password: str
) -> None:
    response = await rainbow_http.get(
        f"{AUTH}/login", headers={"Authorization": basic(login, password)}
    )
    assert response.json() == {
        "errorCode": 401,
        "errorMsg": "Unauthorized",
        "errorDetails": "Invalid credentials",
        "errorDetailsCode": 401500,
    }
    assert response.status_code == 401


@pytest.mark.asyncio
async def test_missing_authorization_is_refused(rainbow_http: httpx.AsyncClient) -> None:
    assert_error(await rainbow_http.get(f"{AUTH}/login"), 401, 401500)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "header",
    [
        app_auth(SEED.application.id, "not-the-secret", SEED.bp_admin.password),
        app_auth("65f1c0de00050000000000ff", SEED.application.secret, SEED.bp_admin.password),
        basic(
            SEED.application.id,
            hashlib.sha256((SEED.application.secret + SEED.bp_admin.password).encode())
            .hexdigest()
            .upper(),
        ),
        "Basic not-base64!",
    ],
    ids=["wrong-secret", "unknown-app", "uppercase-digest", "malformed"],
)
async def test_wrong_application_credentials_are_refused(
    rainbow_http: httpx.AsyncClient, header: str
) -> None:
    user = SEED.bp_admin
    response = await rainbow_http.get(
        f"{AUTH}/login",
        headers={
            "Authorization": basic(user.login_email, user.password),
            "x-rainbow-app-auth": header,
        },
    )
    assert assert_error(response, 401, 401501) == "Invalid application credentials"


@pytest.mark.asyncio
async def test_renew_gives_a_new_token_and_keeps_the_old_one(
    rainbow_http: httpx.AsyncClient,
) -> None:
    token = await sign_in(rainbow_http)
    response = await rainbow_http.get(f"{AUTH}/renew", headers=bearer(token))
    assert response.status_code == 200
    renewed = response.json()["token"]
    assert renewed != token
    assert jwt_payload(renewed)["countRenewed"] == 1
    for usable in (token, renewed):
        companies = await rainbow_http.get(
            f"{ADMIN}/companies", params={"bpId": PARTNER}, headers=bearer(usable)
        )
        assert companies.status_code == 200


@pytest.mark.asyncio
async def test_renew_stops_at_the_renew_limit() -> None:
    async with (
        RainbowEmulator(max_token_renew=1) as emulator,
        httpx.AsyncClient(base_url=emulator.url) as client,
    ):
        token = await sign_in(client)
        first = await client.get(f"{AUTH}/renew", headers=bearer(token))
        assert jwt_payload(first.json()["token"])["maxTokenRenew"] == 1
        second = await client.get(f"{AUTH}/renew", headers=bearer(first.json()["token"]))
        assert_error(second, 401, 401002)


@pytest.mark.asyncio
async def test_expire_tokens_expires_every_token_issued_so_far(
    rainbow_emulator: RainbowEmulator, rainbow_http: httpx.AsyncClient
) -> None:
    token = await sign_in(rainbow_http)
    rainbow_emulator.expire_tokens()
    for path in (f"{ADMIN}/companies?bpId={PARTNER}", f"{AUTH}/renew"):
        response = await rainbow_http.get(path, headers=bearer(token))
        assert response.json() == {
            "errorCode": 401,
            "errorMsg": "Unauthorized",
            "errorDetails": "jwt expired",
            "errorDetailsCode": 401000,
        }
    fresh = await sign_in(rainbow_http)
    ok = await rainbow_http.get(
        f"{ADMIN}/companies", params={"bpId": PARTNER}, headers=bearer(fresh)
    )
    assert ok.status_code == 200


@pytest.mark.asyncio
async def test_token_expires_at_exp() -> None:
    clock = FakeClock()
    async with (
        RainbowEmulator(token_lifetime=60, clock=clock) as emulator,
        httpx.AsyncClient(base_url=emulator.url) as client,
    ):
        token = await sign_in(client)
        assert jwt_payload(token)["exp"] == int(clock.now) + 60
        clock.now += 59
        url = f"{ADMIN}/companies?bpId={PARTNER}"
        assert (await client.get(url, headers=bearer(token))).status_code == 200
        clock.now += 1
        assert (
            assert_error(await client.get(url, headers=bearer(token)), 401, 401000) == "jwt expired"
        )


@pytest.mark.asyncio
@pytest.mark.parametrize("header", [None, "Bearer", "Bearer abc.def.ghi", "Basic xyz"])
async def test_missing_or_invalid_token_is_refused(
    rainbow_http: httpx.AsyncClient, header: str | None
) -> None:
    headers = {"Authorization": header} if header else {}
    response = await rainbow_http.get(
        f"{ADMIN}/companies", params={"bpId": PARTNER}, headers=headers
    )
    assert assert_error(response, 401, 401001) == "Invalid token"


@pytest.mark.asyncio
async def test_a_user_who_is_not_bp_admin_gets_403(rainbow_http: httpx.AsyncClient) -> None:
    token = await sign_in(rainbow_http, "technician@sandbox.example")
    response = await rainbow_http.get(
        f"{ADMIN}/companies", params={"bpId": PARTNER}, headers=bearer(token)
    )
    assert_error(response, 403, 403000)


# -- companies and sites ---------------------------------------------------------------------


@pytest.mark.asyncio
async def test_companies_are_the_partners_customers_sorted_by_name(
    rainbow_admin: httpx.AsyncClient,
) -> None:
    response = await rainbow_admin.get(f"{ADMIN}/companies", params={"bpId": PARTNER})
    body = response.json()
    names = [c["name"] for c in body["data"]]
    assert body["total"] == 7
    assert (body["limit"], body["offset"]) == (100, 0)
    assert names == sorted(names, key=str.casefold)
    assert "Atelier Lemaire SAS" not in names
    assert {c["country"] for c in body["data"]} == {"FRA", "DEU", "ESP", "ITA", "PRT", "GBR", "BEL"}
    first = body["data"][0]
    assert set(first) == {"id", "name", "bpId", "country", "status"}
    assert first["bpId"] == PARTNER and first["status"] == "active"


@pytest.mark.asyncio
@pytest.mark.parametrize("wanted", ["müller", "LOGISTIK", "ller Log"])
async def test_company_name_search_is_case_insensitive_and_partial(
    rainbow_admin: httpx.AsyncClient, wanted: str
) -> None:
    response = await rainbow_admin.get(
        f"{ADMIN}/companies", params={"bpId": PARTNER, "name": wanted}
    )
    assert [c["id"] for c in response.json()["data"]] == [MULLER]
    assert response.json()["total"] == 1


@pytest.mark.asyncio
async def test_company_paging_with_generated_customers() -> None:
    async with (
        RainbowEmulator(SandboxSeed.default(extra_companies=150)) as emulator,
        httpx.AsyncClient(base_url=emulator.url) as client,
    ):
        client.headers.update(bearer(await sign_in(client)))
        seen: list[str] = []
        for offset in (0, 100):
            response = await client.get(
                f"{ADMIN}/companies",
                params={"bpId": PARTNER, "limit": 100, "offset": offset, "sortField": "name"},
            )
            body = response.json()
            assert body["total"] == 157
            assert body["offset"] == offset
            seen += [c["name"] for c in body["data"]]
        assert len(seen) == 157 == len(set(seen))
        assert "Customer 0001" in seen and "Customer 0150" in seen
        customers = await client.get(
            f"{ADMIN}/companies",
            params={"bpId": PARTNER, "name": "customer 01", "limit": 5, "sortOrder": "-1"},
        )
        assert [c["name"] for c in customers.json()["data"]] == [
            f"Customer {n:04d}" for n in (150, 149, 148, 147, 146)
        ]
        assert customers.json()["total"] == 51


@pytest.mark.asyncio
@pytest.mark.parametrize("params", [{}, {"bpId": OTHER_PARTNER}, {"bpId": MULLER}])
async def test_companies_need_the_callers_own_bp_id(
    rainbow_admin: httpx.AsyncClient, params: dict[str, str]
) -> None:
    assert_error(await rainbow_admin.get(f"{ADMIN}/companies", params=params), 403, 403000)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"limit": "0"}, "limit"),
        ({"limit": "1001"}, "limit"),
        ({"offset": "-1"}, "offset"),
        ({"limit": "ten"}, "limit"),
        ({"sortField": "password"}, "sortField"),
        ({"sortOrder": "2"}, "sortOrder"),
        ({"format": "huge"}, "format"),
    ],
)
async def test_bad_list_parameters_are_400(
    rainbow_admin: httpx.AsyncClient, params: dict[str, str], param: str
) -> None:
    response = await rainbow_admin.get(f"{ADMIN}/companies", params={"bpId": PARTNER, **params})
    assert assert_error(response, 400, 400000)["param"] == param


@pytest.mark.asyncio
async def test_one_company_is_scoped_to_the_partner(rainbow_admin: httpx.AsyncClient) -> None:
    own = await rainbow_admin.get(f"{ADMIN}/companies/{MULLER}")
    assert own.json()["data"]["name"] == "Müller Logistik GmbH"
    assert own.json()["data"]["country"] == "DEU"
    assert_error(await rainbow_admin.get(f"{ADMIN}/companies/{LEMAIRE}"), 403, 403000)
    assert_error(await rainbow_admin.get(f"{ADMIN}/companies/{'0' * 24}"), 404, 404000)


@pytest.mark.asyncio
async def test_sites_of_a_company(rainbow_admin: httpx.AsyncClient) -> None:
    two = await rainbow_admin.get(f"{ADMIN}/sites", params={"companyId": MULLER})
    assert {s["id"] for s in two.json()["data"]} == {HAMBURG, BREMEN}
    assert two.json()["data"][0] == {
        "id": BREMEN, "name": "Bremen Lager", "status": "active", "companyId": MULLER,
    }  # fmt: skip
    none = await rainbow_admin.get(f"{ADMIN}/companies/{OLIVEIRA}/sites")
    assert none.json()["data"] == [] and none.json()["total"] == 0
    demo = await rainbow_admin.get(f"{ADMIN}/sites", params={"companyId": SEED.demo_company_id})
    assert [s["id"] for s in demo.json()["data"]] == [DEMO_SITE]
    assert_error(
        await rainbow_admin.get(f"{ADMIN}/sites", params={"companyId": LEMAIRE}), 403, 403000
    )


@pytest.mark.asyncio
async def test_create_site(rainbow_admin: httpx.AsyncClient) -> None:
    created = await rainbow_admin.post(
        f"{ADMIN}/sites", json={"name": "Porto", "status": "active", "companyId": OLIVEIRA}
    )
    assert created.status_code == 201
    site = created.json()["data"]
    assert (site["name"], site["companyId"], site["status"]) == ("Porto", OLIVEIRA, "active")
    assert re.fullmatch(r"[0-9a-f]{24}", site["id"])
    listed = await rainbow_admin.get(f"{ADMIN}/sites", params={"companyId": OLIVEIRA})
    assert [s["id"] for s in listed.json()["data"]] == [site["id"]]
    foreign = await rainbow_admin.post(f"{ADMIN}/sites", json={"name": "X", "companyId": LEMAIRE})
    assert_error(foreign, 403, 403000)
    nameless = await rainbow_admin.post(f"{ADMIN}/sites", json={"companyId": OLIVEIRA})
    assert assert_error(nameless, 400, 400000)["param"] == "name"


# -- declaring systems -----------------------------------------------------------------------


@pytest.mark.asyncio
async def test_declare_a_system_generates_id_code_and_jid(
    rainbow_emulator: RainbowEmulator, rainbow_admin: httpx.AsyncClient
) -> None:
    response = await rainbow_admin.post(f"{ADMIN}/systems", json=new_system())
    assert response.status_code == 201
    system = response.json()["data"]
    assert re.fullmatch(r"OXO[0-9A-F]{10}", system["pbxId"])
    assert re.fullmatch(r"[0-9]{4}", system["jid_pbxagent_password"])
    assert 1000 <= int(system["jid_pbxagent_password"]) <= 9999
    assert re.fullmatch(r"pbxagent_[0-9a-f]+@openrainbow\.sandbox\.example", system["jid_pbxagent"])
    assert system["siteId"] == [DEMO_SITE]
    assert system["status"] == "created"
    assert system["statusUpdatedDate"] == system["creationDate"]
    assert system["bpId"] == PARTNER
    assert system["pbxMainBundlePrefix"] == ["0"]
    assert system["usePbxMainBundlePrefix"] is True
    assert system["hasMediaPillar"] is False
    assert system["serverPingTimeout"] == 120
    assert "connectionHistory" not in system
    stored = rainbow_emulator.store.systems[system["id"]]
    assert stored.activation_code == system["jid_pbxagent_password"]


@pytest.mark.asyncio
async def test_generated_activation_codes_stay_in_range(rainbow_admin: httpx.AsyncClient) -> None:
    codes = []
    for n in range(20):
        response = await rainbow_admin.post(f"{ADMIN}/systems", json=new_system(name=f"PBX {n}"))
        codes.append(response.json()["data"]["jid_pbxagent_password"])
    assert all(isinstance(code, str) and 1000 <= int(code) <= 9999 for code in codes)
    assert len(set(codes)) > 1


@pytest.mark.asyncio
async def test_stock_mode_keeps_given_references(rainbow_admin: httpx.AsyncClient) -> None:
    reference = "ALE12-1234.5678.90"
    response = await rainbow_admin.post(
        f"{ADMIN}/systems",
        json=new_system(pbxId=reference, activationCode=reference,
                        pbxNumberingTranslator=[{"regexpMatch": "^0321", "regexpReplace": "00"}]),
    )  # fmt: skip
    system = response.json()["data"]
    assert (system["pbxId"], system["jid_pbxagent_password"]) == (reference, reference)
    assert system["pbxNumberingTranslator"] == [
        {"regexpMatch": "^0321", "regexpReplace": "00", "description": ""}
    ]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("changes", "param"),
    [
        ({"name": None}, "name"),
        ({"name": ""}, "name"),
        ({"siteId": None}, "siteId"),
        ({"siteId": []}, "siteId"),
        ({"type": "oxo-connect"}, "type"),
        ({"country": "FR"}, "country"),
        ({"country": "fra"}, "country"),
        ({"country": "XXX"}, "country"),
        ({"pbxMainBundlePrefix": "0"}, "pbxMainBundlePrefix"),
        ({"pbxMainBundlePrefix": ["0", "9a"]}, "pbxMainBundlePrefix[1]"),
        ({"pbxMainBundlePrefix": [""]}, "pbxMainBundlePrefix[0]"),
        ({"pbxNationalPrefix": "0-"}, "pbxNationalPrefix"),
        ({"pbxInternationalPrefix": "+"}, "pbxInternationalPrefix"),
        ({"usePbxMainBundlePrefix": "yes"}, "usePbxMainBundlePrefix"),
        ({"activationCode": 1234}, "activationCode"),
        ({"pbxId": "ALE12 1234"}, "pbxId"),
        ({"pbxNumberingTranslator": {"regexpMatch": "^0"}}, "pbxNumberingTranslator"),
        ({"pbxNumberingTranslator": [{"regexpMatch": "^0"}] * 101}, "pbxNumberingTranslator"),
        (
            {"pbxNumberingTranslator": [{"regexpMatch": "^0"}, {"regexpMatch": "1" * 65}]},
            "pbxNumberingTranslator[1].regexpMatch",
        ),
        (
            {"pbxNumberingTranslator": [{"regexpMatch": "^0"}, {}, {"regexpReplace": "0"}]},
            "pbxNumberingTranslator[1].regexpMatch",
        ),
        ({"pbxNumberingTranslator": ["^0"]}, "pbxNumberingTranslator[0]"),
        ({"serverPingTimeout": -5}, "serverPingTimeout"),
        ({"isOxoManaged": True, "type": "oxe"}, "isOxoManaged"),
    ],
)
async def test_declaration_validation_errors(
    rainbow_emulator: RainbowEmulator,
    rainbow_admin: httpx.AsyncClient,
    changes: dict[str, Any],
    param: str,
) -> None:
    body = {k: v for k, v in new_system(**changes).items() if v is not None}
    details = assert_error(await rainbow_admin.post(f"{ADMIN}/systems", json=body), 400, 400000)
    assert details["param"] == param
    assert isinstance(details["msg"], str) and details["msg"]
    assert len(rainbow_emulator.store.list_systems()) == len(SEED.systems)


@pytest.mark.asyncio
async def test_translator_limits_are_inclusive(rainbow_admin: httpx.AsyncClient) -> None:
    rules = [{"regexpMatch": "1" * 64, "regexpReplace": "", "description": "blocked"}] * 100
    response = await rainbow_admin.post(
        f"{ADMIN}/systems", json=new_system(pbxNumberingTranslator=rules)
    )
    assert response.status_code == 201
    assert len(response.json()["data"]["pbxNumberingTranslator"]) == 100


@pytest.mark.asyncio
@pytest.mark.parametrize("body", [b"not json", b"[1, 2]"])
async def test_a_body_that_is_not_a_json_object_is_400(
    rainbow_admin: httpx.AsyncClient, body: bytes
) -> None:
    response = await rainbow_admin.post(
        f"{ADMIN}/systems", content=body, headers={"Content-Type": "application/json"}
    )
    assert assert_error(response, 400, 400000)["param"] == "body"


@pytest.mark.asyncio
@pytest.mark.parametrize("site_id", [LEMAIRE_SITE, "0" * 24])
async def test_declaring_on_a_site_not_of_the_partners_customers_is_403(
    rainbow_admin: httpx.AsyncClient, site_id: str
) -> None:
    response = await rainbow_admin.post(f"{ADMIN}/systems", json=new_system(siteId=site_id))
    assert_error(response, 403, 403000)


@pytest.mark.asyncio
@pytest.mark.parametrize("pbx_id", ["ALE12-1234.5678.90", FOREIGN_PBX, "ALE10-2210.4471.05"])
async def test_a_pbx_id_already_declared_is_409(
    rainbow_emulator: RainbowEmulator, rainbow_admin: httpx.AsyncClient, pbx_id: str
) -> None:
    await rainbow_admin.post(
        f"{ADMIN}/systems", json=new_system(pbxId=pbx_id, activationCode=pbx_id)
    )
    again = await rainbow_admin.post(f"{ADMIN}/systems", json=new_system(pbxId=pbx_id))
    assert assert_error(again, 409, 409001) == "pbxId already exists"
    assert [s.pbx_id for s in rainbow_emulator.store.list_systems()].count(pbx_id) == 1


# -- reading, listing, updating, deleting, state ---------------------------------------------


@pytest_asyncio.fixture
async def declared(rainbow_admin: httpx.AsyncClient) -> dict[str, Any]:
    response = await rainbow_admin.post(
        f"{ADMIN}/systems", json=new_system(pbxId="ALE12-0000.1111.22")
    )
    return dict(response.json()["data"])


@pytest.mark.asyncio
async def test_get_by_id_and_by_pbx_id(
    rainbow_admin: httpx.AsyncClient, declared: dict[str, Any]
) -> None:
    by_id = await rainbow_admin.get(f"{ADMIN}/systems/{declared['id']}")
    assert by_id.json()["data"] == declared
    by_pbx = await rainbow_admin.get(f"{ADMIN}/systems/pbxid/ALE12-0000.1111.22")
    assert by_pbx.json()["data"]["id"] == declared["id"]
    assert_error(await rainbow_admin.get(f"{ADMIN}/systems/pbxid/ALE12-9999.0000.00"), 404, 404000)
    assert_error(await rainbow_admin.get(f"{ADMIN}/systems/pbxid/{FOREIGN_PBX}"), 403, 403000)
    assert_error(await rainbow_admin.get(f"{ADMIN}/systems/{'f' * 24}"), 404, 404000)
    foreign_id = "65f1c0de0003000000000002"
    assert_error(await rainbow_admin.get(f"{ADMIN}/systems/{foreign_id}"), 403, 403000)


@pytest.mark.asyncio
async def test_list_systems_filters_and_pages(rainbow_admin: httpx.AsyncClient) -> None:
    for name, site in (("Hamburg OXO", HAMBURG), ("Bremen OXO", BREMEN), ("Lyon OXO", DEMO_SITE)):
        await rainbow_admin.post(f"{ADMIN}/systems", json=new_system(name=name, siteId=site))
    everything = (await rainbow_admin.get(f"{ADMIN}/systems")).json()
    assert everything["total"] == 4  # the three above and the seeded Milano one, not Lille
    assert set(everything["data"][0]) == {"id", "pbxId", "version"}
    full = await rainbow_admin.get(
        f"{ADMIN}/systems", params={"companyId": MULLER, "format": "full"}
    )
    assert sorted(s["name"] for s in full.json()["data"]) == ["Bremen OXO", "Hamburg OXO"]
    by_site = await rainbow_admin.get(
        f"{ADMIN}/systems", params={"siteId": BREMEN, "format": "medium"}
    )
    assert [(s["name"], s["status"]) for s in by_site.json()["data"]] == [("Bremen OXO", "created")]
    by_name = await rainbow_admin.get(
        f"{ADMIN}/systems", params={"name": "oxo", "format": "medium"}
    )
    assert by_name.json()["total"] == 4
    paged = await rainbow_admin.get(
        f"{ADMIN}/systems",
        params={"limit": 2, "offset": 1, "format": "medium", "sortField": "name"},
    )
    assert [s["name"] for s in paged.json()["data"]] == ["Hamburg OXO", "Lyon OXO"]
    assert (paged.json()["total"], paged.json()["limit"], paged.json()["offset"]) == (4, 2, 1)
    assert_error(
        await rainbow_admin.get(f"{ADMIN}/systems", params={"companyId": LEMAIRE}), 403, 403000
    )


@pytest.mark.asyncio
async def test_update_changes_allowed_fields(
    rainbow_admin: httpx.AsyncClient, declared: dict[str, Any]
) -> None:
    rules = [{"regexpMatch": "^(\\d{1,5})$", "regexpReplace": "$1", "description": "internal"}]
    response = await rainbow_admin.put(
        f"{ADMIN}/systems/{declared['id']}",
        json={"name": "Renamed", "country": "BEL", "pbxNumberingTranslator": rules,
              "pbxMainBundlePrefix": ["9"], "usePbxMainBundlePrefix": False},
    )  # fmt: skip
    system = response.json()["data"]
    assert response.status_code == 200
    assert (system["name"], system["country"]) == ("Renamed", "BEL")
    assert system["pbxNumberingTranslator"] == rules
    assert (system["pbxMainBundlePrefix"], system["usePbxMainBundlePrefix"]) == (["9"], False)
    assert system["pbxId"] == declared["pbxId"]
    cleared = await rainbow_admin.put(
        f"{ADMIN}/systems/{declared['id']}", json={"pbxNumberingTranslator": []}
    )
    assert cleared.json()["data"]["pbxNumberingTranslator"] == []


@pytest.mark.asyncio
@pytest.mark.parametrize("field", ["activationCode", "pbxId"])
async def test_update_refuses_fields_fixed_at_creation(
    rainbow_emulator: RainbowEmulator,
    rainbow_admin: httpx.AsyncClient,
    declared: dict[str, Any],
    field: str,
) -> None:
    response = await rainbow_admin.put(
        f"{ADMIN}/systems/{declared['id']}", json={field: "1234", "name": "Not applied"}
    )
    assert assert_error(response, 400, 400000)["param"] == field
    assert rainbow_emulator.store.systems[declared["id"]].name == "Boulangerie OXO"


@pytest.mark.asyncio
async def test_update_and_delete_of_another_partners_system_are_403(
    rainbow_admin: httpx.AsyncClient,
) -> None:
    foreign = "65f1c0de0003000000000002"
    assert_error(
        await rainbow_admin.put(f"{ADMIN}/systems/{foreign}", json={"name": "x"}), 403, 403000
    )
    assert_error(await rainbow_admin.delete(f"{ADMIN}/systems/{foreign}"), 403, 403000)


@pytest.mark.asyncio
async def test_delete_system(
    rainbow_emulator: RainbowEmulator, rainbow_admin: httpx.AsyncClient, declared: dict[str, Any]
) -> None:
    response = await rainbow_admin.delete(f"{ADMIN}/systems/{declared['id']}")
    assert response.status_code == 200
    assert declared["id"] not in rainbow_emulator.store.systems
    assert_error(await rainbow_admin.get(f"{ADMIN}/systems/{declared['id']}"), 404, 404000)


@pytest.mark.asyncio
async def test_state_formats(
    rainbow_emulator: RainbowEmulator, rainbow_admin: httpx.AsyncClient, declared: dict[str, Any]
) -> None:
    url = f"{ADMIN}/systems/{declared['id']}/state"
    small = (await rainbow_admin.get(url)).json()["data"]
    assert set(small) == {"timestamp", "connection"} and small["connection"] == "disconnected"
    assert isinstance(small["timestamp"], int)  # Unix time in milliseconds
    rainbow_emulator.store.agent_connect("ALE12-0000.1111.22", declared["jid_pbxagent_password"])
    rainbow_emulator.store.set_channel(declared["id"], "csta", False)
    medium = (await rainbow_admin.get(url, params={"format": "medium"})).json()["data"]
    assert {k: v for k, v in medium.items() if k != "timestamp"} == {
        "conf": "connected", "csta": "disconnected", "http": "connected",
    }  # fmt: skip
    full = (await rainbow_admin.get(url, params={"format": "full"})).json()["data"]
    assert set(full) == {"timestamp", "conf", "csta", "http", "xmpp"}
    assert full["xmpp"] == "connected"
    small = (await rainbow_admin.get(url, params={"format": "small"})).json()["data"]
    assert small["connection"] == "connected"
    assert (
        assert_error(await rainbow_admin.get(url, params={"format": "tiny"}), 400, 400000)["param"]
        == "format"
    )


@pytest.mark.asyncio
async def test_countries_are_alpha3(rainbow_admin: httpx.AsyncClient) -> None:
    countries = (await rainbow_admin.get(f"{ADMIN}/systems/countries")).json()["data"]
    assert {
        "FRA",
        "DEU",
        "ESP",
        "ITA",
        "PRT",
        "GBR",
        "BEL",
        "CHE",
        "NLD",
        "AUT",
        "USA",
        "CAN",
    } <= set(countries)
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in countries)


@pytest.mark.asyncio
async def test_link_and_unlink_a_site(
    rainbow_admin: httpx.AsyncClient, rainbow_emulator: RainbowEmulator
) -> None:
    created = await rainbow_admin.post(f"{ADMIN}/systems", json=new_system(siteId=HAMBURG))
    system_id = created.json()["data"]["id"]
    linked = await rainbow_admin.post(
        f"{ADMIN}/sites/{BREMEN}/systems", json={"systemId": system_id}
    )
    assert linked.json()["data"]["siteId"] == [HAMBURG, BREMEN]
    again = await rainbow_admin.post(
        f"{ADMIN}/sites/{BREMEN}/systems", json={"systemId": system_id}
    )
    assert again.json()["data"]["siteId"] == [HAMBURG, BREMEN]
    other_company = await rainbow_admin.post(
        f"{ADMIN}/sites/{DEMO_SITE}/systems", json={"systemId": system_id}
    )
    assert assert_error(other_company, 400, 400000)["param"] == "siteId"
    foreign = await rainbow_admin.post(
        f"{ADMIN}/sites/{LEMAIRE_SITE}/systems", json={"systemId": system_id}
    )
    assert_error(foreign, 403, 403000)
    unlinked = await rainbow_admin.delete(f"{ADMIN}/sites/{HAMBURG}/systems/{system_id}")
    assert unlinked.json()["data"]["siteId"] == [BREMEN]
    assert_error(
        await rainbow_admin.delete(f"{ADMIN}/sites/{HAMBURG}/systems/{system_id}"), 404, 404000
    )
    assert rainbow_emulator.store.systems[system_id].site_ids == [BREMEN]


@pytest.mark.asyncio
async def test_reset_password_gives_a_new_code_and_status_created(
    rainbow_emulator: RainbowEmulator, rainbow_admin: httpx.AsyncClient, declared: dict[str, Any]
) -> None:
    store = rainbow_emulator.store
    store.agent_connect(declared["pbxId"], declared["jid_pbxagent_password"])
    response = await rainbow_admin.post(f"{ADMIN}/systems/{declared['id']}/reset-password")
    system = response.json()["data"]
    assert system["status"] == "created"
    assert 1000 <= int(system["jid_pbxagent_password"]) <= 9999
    assert store.systems[declared["id"]].agent_connected is False


@pytest.mark.asyncio
async def test_unknown_routes_answer_rainbow_errors(rainbow_admin: httpx.AsyncClient) -> None:
    assert_error(await rainbow_admin.get(f"{ADMIN}/nothing-here"), 404, 404000)
    response = await rainbow_admin.patch(f"{ADMIN}/systems")
    assert_error(response, 405, 405000)
    assert "POST" in response.headers["Allow"]


# -- the PBX agent's hooks, through the store ------------------------------------------------


def make_store(clock: FakeClock) -> tuple[RainbowStore, str]:
    store = RainbowStore(SandboxSeed.default(), clock=clock)
    system = store.create_system(
        PARTNER, new_system(pbxId="ALE12-1234.5678.90", activationCode="4321")
    )
    return store, system.id


def test_agent_with_a_wrong_code_leaves_the_system_pending() -> None:
    store, system_id = make_store(FakeClock())
    result = store.agent_connect("ALE12-1234.5678.90", "9999")
    assert (result.accepted, result.reason, result.status) == (
        False,
        "wrong activation code",
        "created",
    )
    system = store.systems[system_id]
    assert (system.status, system.agent_connected, system.connection_history) == (
        "created",
        False,
        [],
    )
    unknown = store.agent_connect("ALE00-0000.0000.00", "4321")
    assert (unknown.accepted, unknown.reason, unknown.system_id) == (False, "unknown pbxId", None)


def test_agent_walks_the_status_machine() -> None:
    clock = FakeClock()
    store, system_id = make_store(clock)
    system = store.systems[system_id]
    created_at = system.to_json()["statusUpdatedDate"]
    clock.now += 10
    proposal = store.agent_connect("ALE12-1234.5678.90", "4321", confirm=False)
    assert (proposal.accepted, proposal.status) == (True, "activating")
    assert proposal.private_code is not None
    assert system.status == "activating"
    assert system.jid_pbxagent_password == "4321"
    assert system.to_json()["statusUpdatedDate"] != created_at
    clock.now += 5
    done = store.agent_confirm("ALE12-1234.5678.90", proposal.private_code)
    assert (done.accepted, done.status) == (True, "activated")
    data = system.to_json(connection_history=True)
    assert data["status"] == "activated"
    assert str(data["jid_pbxagent_password"]).startswith("sha256:")
    assert "4321" not in str(data["jid_pbxagent_password"])
    assert data["connectionHistory"] == [
        {"eventType": "connected", "eventDate": "2026-01-01T00:00:10.000Z"}
    ]
    assert system.state_json("small", clock.now)["connection"] == "connected"


def test_agent_connect_confirms_at_once_and_then_needs_the_private_code() -> None:
    clock = FakeClock()
    store, system_id = make_store(clock)
    result = store.agent_connect("ALE12-1234.5678.90", "4321")
    assert (result.accepted, result.status) == (True, "activated")
    assert result.private_code is not None
    assert result.private_code not in repr(result)
    clock.now += 60
    store.agent_disconnect("ALE12-1234.5678.90")
    system = store.systems[system_id]
    assert system.state_json("full", clock.now)["xmpp"] == "disconnected"
    assert [e["eventType"] for e in system.connection_history] == ["connected", "disconnected"]
    assert store.agent_connect("ALE12-1234.5678.90", "4321").accepted is False
    again = store.agent_connect("ALE12-1234.5678.90", result.private_code)
    assert (again.accepted, again.status) == (True, "activated")
    assert system.agent_connected is True
    store.agent_disconnect("ALE00-0000.0000.00")  # unknown: nothing happens


def test_seeded_activated_system_reconnects_with_its_private_code() -> None:
    store = RainbowStore(SandboxSeed.default())
    seeded = SEED.systems[0]
    assert store.systems[seeded.id].status == "activated"
    assert store.agent_connect(seeded.pbx_id, seeded_private_code(seeded.id)).accepted


def test_set_channel_checks_its_arguments() -> None:
    store, system_id = make_store(FakeClock())
    store.agent_connect("ALE12-1234.5678.90", "4321")
    store.set_channel(system_id, "http", False)
    assert store.systems[system_id].state_json("medium", 0)["http"] == "disconnected"
    with pytest.raises(ValueError, match="unknown channel"):
        store.set_channel(system_id, "sip", True)
    with pytest.raises(KeyError):
        store.set_channel("f" * 24, "http", True)


# -- fault injection -------------------------------------------------------------------------


@pytest.mark.timed
@pytest.mark.asyncio
async def test_delay_fault(
    rainbow_emulator: RainbowEmulator, rainbow_admin: httpx.AsyncClient
) -> None:
    rainbow_emulator.faults.add("GET", r"/systems/countries$", delay=0.3)
    started = time.monotonic()
    response = await rainbow_admin.get(f"{ADMIN}/systems/countries")
    assert response.status_code == 200
    assert time.monotonic() - started >= 0.3
    started = time.monotonic()
    await rainbow_admin.get(f"{ADMIN}/systems/countries")
    assert time.monotonic() - started < 0.3


@pytest.mark.asyncio
async def test_global_latency(
    rainbow_emulator: RainbowEmulator, rainbow_admin: httpx.AsyncClient
) -> None:
    rainbow_emulator.faults.latency = 0.2
    started = time.monotonic()
    await rainbow_admin.get(f"{ADMIN}/systems/countries")
    await rainbow_admin.get(f"{ADMIN}/companies", params={"bpId": PARTNER})
    assert time.monotonic() - started >= 0.4
    rainbow_emulator.faults.clear()
    assert rainbow_emulator.faults.latency == 0.0


@pytest.mark.asyncio
async def test_server_error_once_then_normal(
    rainbow_emulator: RainbowEmulator, rainbow_admin: httpx.AsyncClient
) -> None:
    rainbow_emulator.faults.add("POST", r"/systems$", status=503)
    first = await rainbow_admin.post(f"{ADMIN}/systems", json=new_system())
    assert first.json() == {
        "errorCode": 503,
        "errorMsg": "Service Unavailable",
        "errorDetails": "Injected fault",
        "errorDetailsCode": 503000,
    }
    assert "Retry-After" not in first.headers
    assert len(rainbow_emulator.store.list_systems()) == len(SEED.systems)
    second = await rainbow_admin.post(f"{ADMIN}/systems", json=new_system())
    assert second.status_code == 201
    posts = [r for r in rainbow_emulator.requests if r.method == "POST"]
    assert posts == [("POST", f"{ADMIN}/systems", 503), ("POST", f"{ADMIN}/systems", 201)]


@pytest.mark.asyncio
@pytest.mark.parametrize(("retry_after", "header"), [(None, "1"), (2, "2"), (0.25, "0.25")])
async def test_rate_limit_with_retry_after(
    rainbow_emulator: RainbowEmulator,
    rainbow_admin: httpx.AsyncClient,
    retry_after: float | None,
    header: str,
) -> None:
    rainbow_emulator.faults.add("GET", r"/companies$", status=429, retry_after=retry_after, times=2)
    for _ in range(2):
        response = await rainbow_admin.get(f"{ADMIN}/companies", params={"bpId": PARTNER})
        assert response.headers["Retry-After"] == header
        assert_error(response, 429, 429000)
    assert (
        await rainbow_admin.get(f"{ADMIN}/companies", params={"bpId": PARTNER})
    ).status_code == 200


@pytest.mark.asyncio
async def test_drop_after_commit_leaves_exactly_one_system(
    rainbow_emulator: RainbowEmulator,
    rainbow_admin: httpx.AsyncClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    rainbow_emulator.faults.add("POST", r"/systems$", drop_after_commit=True)
    body = new_system(pbxId="ALE12-5555.6666.77", activationCode="ALE12-5555.6666.77")
    with pytest.raises(httpx.RemoteProtocolError):
        await rainbow_admin.post(f"{ADMIN}/systems", json=body)
    retried = await rainbow_admin.post(f"{ADMIN}/systems", json=body)
    assert_error(retried, 409, 409001)
    found = await rainbow_admin.get(f"{ADMIN}/systems/pbxid/ALE12-5555.6666.77")
    assert found.status_code == 200
    matching = [
        s for s in rainbow_emulator.store.list_systems() if s.pbx_id == "ALE12-5555.6666.77"
    ]
    assert len(matching) == 1
    posts = [r.status for r in rainbow_emulator.requests if r.method == "POST"]
    assert posts == [NO_ANSWER, 409]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.asyncio
async def test_drop_closes_without_handling(
    rainbow_emulator: RainbowEmulator,
    rainbow_admin: httpx.AsyncClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    rainbow_emulator.faults.add("*", r"/systems$", drop=True, times=None)
    for _ in range(2):
        with pytest.raises(httpx.RemoteProtocolError):
            await rainbow_admin.post(f"{ADMIN}/systems", json=new_system())
    assert len(rainbow_emulator.store.list_systems()) == len(SEED.systems)
    with pytest.raises(httpx.RemoteProtocolError):
        await rainbow_admin.get(f"{ADMIN}/systems")
    rainbow_emulator.faults.clear()
    assert (await rainbow_admin.get(f"{ADMIN}/systems")).status_code == 200
    statuses = [r.status for r in rainbow_emulator.requests if r.path.endswith("/systems")]
    assert statuses == [NO_ANSWER, NO_ANSWER, NO_ANSWER, 200]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.asyncio
async def test_client_giving_up_on_a_slow_answer_is_quiet(
    rainbow_emulator: RainbowEmulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    rainbow_emulator.faults.add("GET", r"/login$", delay=5)
    async with httpx.AsyncClient(base_url=rainbow_emulator.url, timeout=0.2) as client:
        with pytest.raises(httpx.ReadTimeout):
            await client.get(f"{AUTH}/login")
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_fault_rules_match_and_count() -> None:
    faults = FaultInjector()
    twice = faults.add("get", r"/companies", status=500, times=2)
    forever = faults.add("*", r"/sites", delay=0.1, times=None)
    assert faults.take("POST", "/x/companies") is None
    assert faults.take("GET", "/x/companies") is twice
    assert faults.take("GET", "/x/companies") is twice
    assert faults.take("GET", "/x/companies") is None
    assert all(faults.take(method, "/x/sites") is forever for method in ("GET", "POST", "DELETE"))
    faults.clear()
    assert faults.rules == []


@pytest.mark.parametrize(
    "kwargs",
    [
        {"status": 503, "drop": True},
        {"drop": True, "drop_after_commit": True},
        {"status": 200},
        {"delay": -1},
        {"times": 0},
    ],
)
def test_contradictory_faults_are_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        FaultInjector().add("GET", "/", **kwargs)


# -- the thread runner and TLS ---------------------------------------------------------------


def test_sandbox_thread_serves_from_its_own_loop() -> None:
    sandbox = SandboxThread()
    url = sandbox.start()
    try:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", url)
        user = SEED.bp_admin
        with httpx.Client(base_url=url, timeout=10) as client:
            login = client.get(
                f"{AUTH}/login", headers={"Authorization": basic(user.login_email, user.password)}
            )
            assert login.status_code == 200
            rule = sandbox.call(lambda: sandbox.emulator.faults.add("GET", r"/login$", status=502))
            assert rule.status == 502
            refused = client.get(
                f"{AUTH}/login", headers={"Authorization": basic(user.login_email, user.password)}
            )
            assert refused.status_code == 502

            async def count_logins() -> int:
                return sum(1 for r in sandbox.emulator.requests if r.path.endswith("/login"))

            assert sandbox.call(count_logins) == 2
    finally:
        sandbox.stop()
    with pytest.raises(RuntimeError, match="not running"):
        _ = sandbox.url
    with httpx.Client(timeout=2) as client, pytest.raises(httpx.ConnectError):
        client.get(f"{url}{AUTH}/login")


def test_sandbox_thread_reports_a_port_in_use() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        sandbox = SandboxThread(port=taken.getsockname()[1])
        with pytest.raises(OSError):
            sandbox.start()
    sandbox.stop()


@pytest.mark.asyncio
async def test_https_with_an_ssl_context() -> None:
    trustme = pytest.importorskip("trustme")
    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server_context)
    client_context = ssl.create_default_context()
    authority.configure_trust(client_context)
    emulator = RainbowEmulator()
    url = await emulator.start(ssl_context=server_context)
    try:
        assert url.startswith("https://127.0.0.1:")
        async with httpx.AsyncClient(base_url=url, verify=client_context) as client:
            assert await sign_in(client)
    finally:
        await emulator.stop()

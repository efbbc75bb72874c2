"""The real RainbowClient against the Rainbow emulator over loopback sockets.

Sections: sign-in (with and without a Rainbow application, refusals); the token's life (renewal
at half-life on an injected clock, "jwt expired" mid-flow); companies, sites and countries.
Every check reads what the emulator actually received (``emulator.requests``) or holds.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from installer_app.rainbow import (
    ApplicationAuthError,
    AuthenticationError,
    NotSignedInError,
    PermissionDeniedError,
    RainbowClient,
    SessionExpiredError,
)
from installer_app.sandbox.faults import RequestRecord
from installer_app.sandbox.rainbow_emulator import RainbowEmulator
from installer_app.sandbox.seed import SandboxSeed
from tests.integration.conftest import ClientFactory

AUTH = "/api/rainbow/authentication/v1.0"
ADMIN = "/api/rainbow/admin/v1.0"
SEED = SandboxSeed.default()
ADMIN_USER = SEED.bp_admin
PARTNER = SEED.partner_id
OTHER_PARTNER = SEED.users[1].company_id
MULLER = "65f1c0de0001000000000012"
OLIVEIRA = "65f1c0de0001000000000015"
LEMAIRE = "65f1c0de0001000000000021"
HAMBURG, BREMEN = "65f1c0de0002000000000012", "65f1c0de0002000000000013"

pytestmark = pytest.mark.usefixtures("direct_network")


class FakeClock:
    """Wall-clock seconds shared by the emulator and the client; moves only when told."""

    def __init__(self, now: float = 1_767_225_600.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def auth_calls(emulator: RainbowEmulator) -> list[tuple[str, int]]:
    """(last path segment, status) of each authentication call, in order."""
    return [
        (r.path.rsplit("/", 1)[-1], r.status) for r in emulator.requests if r.path.startswith(AUTH)
    ]


def calls_to(emulator: RainbowEmulator, suffix: str) -> list[RequestRecord]:
    return [r for r in emulator.requests if r.path.endswith(suffix)]


# -- sign-in ---------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_sign_in_without_application(
    rainbow_emulator: RainbowEmulator, make_client: ClientFactory
) -> None:
    client = make_client(rainbow_emulator.url)
    session = await client.sign_in(ADMIN_USER.login_email, ADMIN_USER.password)
    assert session.user_id == ADMIN_USER.id
    assert session.company_id == PARTNER
    assert session.login_email == "bp.admin@sandbox.example"
    assert session.is_bp_admin
    assert session.admin_type == "company_admin"
    assert session.application_id is None
    assert session.expires_at is not None
    assert client.session == session
    assert auth_calls(rainbow_emulator) == [("login", 200)]


@pytest.mark.asyncio
async def test_sign_in_with_application(
    rainbow_emulator: RainbowEmulator, make_client: ClientFactory
) -> None:
    app = SEED.application
    client = make_client(rainbow_emulator.url)
    session = await client.sign_in(ADMIN_USER.login_email, ADMIN_USER.password, app.id, app.secret)
    assert session.application_id == app.id
    assert (await client.list_customer_companies(PARTNER)).total == 7


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("login", "password"),
    [
        (ADMIN_USER.login_email, "not-the-password"),
        ("nobody@sandbox.example", ADMIN_USER.password),
    ],
    ids=["wrong-password", "unknown-login"],
)
async def test_wrong_login_or_password_is_an_authentication_error(
    rainbow_emulator: RainbowEmulator, make_client: ClientFactory, login: str, password: str
) -> None:
    client = make_client(rainbow_emulator.url)
    with pytest.raises(AuthenticationError) as caught:
        await client.sign_in(login, password)
    assert type(caught.value) is AuthenticationError
    assert caught.value.status == 401
    assert caught.value.error_details_code == 401500
    assert "login or password" in caught.value.message
    assert password not in caught.value.message + caught.value.hint
    assert client.session is None
    with pytest.raises(NotSignedInError):
        await client.list_system_countries()
    assert auth_calls(rainbow_emulator) == [("login", 401)]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("app_id", "app_secret"),
    [
        (SEED.application.id, "not-the-application-secret"),
        ("65f1c0de00050000000000ff", SEED.application.secret),
    ],
    ids=["wrong-secret", "unknown-application"],
)
async def test_wrong_application_credentials_are_an_application_auth_error(
    rainbow_emulator: RainbowEmulator, make_client: ClientFactory, app_id: str, app_secret: str
) -> None:
    client = make_client(rainbow_emulator.url)
    with pytest.raises(ApplicationAuthError) as caught:
        await client.sign_in(ADMIN_USER.login_email, ADMIN_USER.password, app_id, app_secret)
    assert caught.value.error_details_code == 401501
    assert "application id or application secret" in caught.value.message
    assert app_secret not in caught.value.message + caught.value.hint
    assert client.session is None


@pytest.mark.asyncio
async def test_leaving_the_client_signs_out_and_the_token_is_refused(
    rainbow_emulator: RainbowEmulator,
) -> None:
    async with RainbowClient(rainbow_emulator.url) as client:
        await client.sign_in(ADMIN_USER.login_email, ADMIN_USER.password)
        await client.list_system_countries()
    assert auth_calls(rainbow_emulator) == [("login", 200), ("logout", 200)]
    assert client.session is None
    with pytest.raises(NotSignedInError):
        await client.list_system_countries()


@pytest.mark.asyncio
async def test_an_account_that_is_not_bp_admin_is_refused_customer_lists(
    rainbow_emulator: RainbowEmulator, make_client: ClientFactory
) -> None:
    client = make_client(rainbow_emulator.url)
    session = await client.sign_in("technician@sandbox.example", ADMIN_USER.password)
    assert not session.is_bp_admin
    with pytest.raises(PermissionDeniedError):
        await client.list_customer_companies(session.company_id)


# -- the token's life ------------------------------------------------------------------------


@pytest_asyncio.fixture
async def short_token_emulator() -> AsyncIterator[tuple[RainbowEmulator, FakeClock]]:
    """An emulator issuing 2-second tokens, on a clock the test moves."""
    clock = FakeClock()
    async with RainbowEmulator(token_lifetime=2, clock=clock) as emulator:
        yield emulator, clock


@pytest.mark.asyncio
async def test_token_is_renewed_at_half_life_and_not_before(
    short_token_emulator: tuple[RainbowEmulator, FakeClock], make_client: ClientFactory
) -> None:
    emulator, clock = short_token_emulator
    client = make_client(emulator.url, clock=clock)
    session = await client.sign_in(ADMIN_USER.login_email, ADMIN_USER.password)
    assert session.expires_at is not None
    assert session.expires_at.timestamp() == clock.now + 2

    clock.now += 0.9
    await client.list_system_countries()
    assert auth_calls(emulator) == [("login", 200)]

    clock.now += 0.6  # 1.5 s: past half of the 2 s lifetime, token still valid
    assert "FRA" in await client.list_system_countries()
    assert auth_calls(emulator) == [("login", 200), ("renew", 200)]
    assert [r.status for r in calls_to(emulator, "/systems/countries")] == [200, 200]
    renewed = client.session
    assert renewed is not None and renewed.expires_at is not None
    assert renewed.expires_at.timestamp() == clock.now - 0.5 + 2  # iat is whole seconds

    clock.now += 1.0  # past the renewed token's own half-life
    await client.list_system_countries()
    assert auth_calls(emulator) == [("login", 200), ("renew", 200), ("renew", 200)]
    assert [r.status for r in calls_to(emulator, "/systems/countries")] == [200, 200, 200]


@pytest.mark.asyncio
async def test_token_long_expired_renewal_refused_signs_in_again(
    short_token_emulator: tuple[RainbowEmulator, FakeClock], make_client: ClientFactory
) -> None:
    """The laptop slept past the token's end: the renewal is refused, a new sign-in follows."""
    emulator, clock = short_token_emulator
    client = make_client(emulator.url, clock=clock)
    await client.sign_in(ADMIN_USER.login_email, ADMIN_USER.password)
    clock.now += 600
    page = await client.list_customer_companies(PARTNER)
    assert page.total == 7
    assert auth_calls(emulator) == [("login", 200), ("renew", 401), ("login", 200)]
    assert [r.status for r in calls_to(emulator, "/companies")] == [200]


@pytest.mark.asyncio
async def test_expired_token_mid_flow_signs_in_again_transparently(
    rainbow_emulator: RainbowEmulator, rainbow_client: RainbowClient
) -> None:
    assert len(await rainbow_client.list_sites(MULLER)) == 2
    rainbow_emulator.expire_tokens()
    sites = await rainbow_client.list_sites(MULLER)
    assert {s.id for s in sites} == {HAMBURG, BREMEN}
    assert auth_calls(rainbow_emulator) == [("login", 200), ("login", 200)]
    assert [r.status for r in calls_to(rainbow_emulator, "/sites")] == [200, 401, 200]


@pytest.mark.asyncio
async def test_concurrent_calls_on_an_expired_token_sign_in_again_once(
    rainbow_emulator: RainbowEmulator, rainbow_client: RainbowClient
) -> None:
    rainbow_emulator.expire_tokens()
    results = await asyncio.gather(
        rainbow_client.list_system_countries(),
        rainbow_client.list_sites(MULLER),
        rainbow_client.get_company(OLIVEIRA),
    )
    assert "DEU" in results[0]
    assert len(results[1]) == 2
    assert results[2].name == "Farmácia Oliveira, Lda."
    assert auth_calls(rainbow_emulator) == [("login", 200), ("login", 200)]
    refused = [r for r in rainbow_emulator.requests if r.status == 401]
    assert len(refused) == 3


@pytest.mark.asyncio
async def test_token_refused_again_after_signing_in_again_is_session_expired(
    rainbow_emulator: RainbowEmulator, rainbow_client: RainbowClient
) -> None:
    """A 401 "jwt expired" that a new sign-in does not cure stops after one repeat."""
    rainbow_emulator.faults.add("GET", r"/systems/countries$", status=401, times=None)
    with pytest.raises(SessionExpiredError):
        await rainbow_client.list_system_countries()
    assert [r.status for r in calls_to(rainbow_emulator, "/systems/countries")] == [401, 401]
    assert auth_calls(rainbow_emulator) == [("login", 200), ("login", 200)]


@pytest.mark.asyncio
async def test_signing_in_again_presents_the_application_again(
    rainbow_emulator: RainbowEmulator, make_client: ClientFactory
) -> None:
    app = SEED.application
    client = make_client(rainbow_emulator.url)
    await client.sign_in(ADMIN_USER.login_email, ADMIN_USER.password, app.id, app.secret)
    rainbow_emulator.expire_tokens()
    await client.list_system_countries()
    assert auth_calls(rainbow_emulator) == [("login", 200), ("login", 200)]
    # The emulator names the application only when the login carried x-rainbow-app-auth.
    assert client.session is not None
    assert client.session.application_id == app.id


# -- companies, sites, countries -------------------------------------------------------------


@pytest_asyncio.fixture
async def big_partner(make_client: ClientFactory) -> AsyncIterator[RainbowClient]:
    """A client signed in to an emulator whose partner has 157 customers."""
    async with RainbowEmulator(SandboxSeed.default(extra_companies=150)) as emulator:
        client = make_client(emulator.url)
        await client.sign_in(ADMIN_USER.login_email, ADMIN_USER.password)
        yield client
        await client.aclose()


@pytest.mark.asyncio
async def test_companies_page_through_every_customer_in_name_order(
    big_partner: RainbowClient,
) -> None:
    first = await big_partner.list_customer_companies(PARTNER, limit=20)
    assert (first.total, first.limit, first.offset, len(first.items)) == (157, 20, 0, 20)
    assert first.has_more
    names: list[str] = []
    ids: set[str] = set()
    offset = 0
    while True:
        page = await big_partner.list_customer_companies(PARTNER, limit=50, offset=offset)
        names.extend(c.name for c in page.items)
        ids.update(c.id for c in page.items)
        assert all(c.bp_id == PARTNER for c in page.items)
        if not page.has_more:
            break
        offset += len(page.items)
    assert len(names) == len(ids) == 157
    assert names == sorted(names)
    assert [c.name for c in first.items] == names[:20]
    assert "Müller Logistik GmbH" in names
    assert "Atelier Lemaire SAS" not in names  # the other partner's customer
    assert page.offset == 150 and len(page.items) == 7


@pytest.mark.asyncio
async def test_company_search_is_partial_and_case_insensitive(big_partner: RainbowClient) -> None:
    page = await big_partner.list_customer_companies(PARTNER, name="CUSTOMER 01", limit=100)
    assert page.total == 51
    assert [c.name for c in page.items] == [f"Customer {n:04d}" for n in range(100, 151)]
    accented = await big_partner.list_customer_companies(PARTNER, name="müller")
    assert [(c.id, c.country) for c in accented.items] == [(MULLER, "DEU")]
    none = await big_partner.list_customer_companies(PARTNER, name="no such customer")
    assert (none.total, none.items, none.has_more) == (0, (), False)


@pytest.mark.asyncio
async def test_another_partners_company_is_permission_denied(
    rainbow_emulator: RainbowEmulator, rainbow_client: RainbowClient
) -> None:
    with pytest.raises(PermissionDeniedError) as caught:
        await rainbow_client.get_company(LEMAIRE)
    assert caught.value.error_details_code == 403000
    assert "not one of your customers" in caught.value.message
    with pytest.raises(PermissionDeniedError):
        await rainbow_client.list_sites(LEMAIRE)
    with pytest.raises(PermissionDeniedError):
        await rainbow_client.list_customer_companies(OTHER_PARTNER)
    with pytest.raises(PermissionDeniedError):
        await rainbow_client.create_site(LEMAIRE, "Not ours")
    own = await rainbow_client.get_company(MULLER)
    assert (own.name, own.country, own.bp_id) == ("Müller Logistik GmbH", "DEU", PARTNER)
    assert len(rainbow_emulator.store.sites_of(OTHER_PARTNER, LEMAIRE)) == 1


@pytest.mark.asyncio
async def test_sites_are_listed_and_created(
    rainbow_emulator: RainbowEmulator, rainbow_client: RainbowClient
) -> None:
    sites = await rainbow_client.list_sites(MULLER)
    assert sorted((s.id, s.name, s.company_id) for s in sites) == [
        (HAMBURG, "Hamburg Hafen", MULLER),
        (BREMEN, "Bremen Lager", MULLER),
    ]
    assert await rainbow_client.list_sites(OLIVEIRA) == []
    created = await rainbow_client.create_site(OLIVEIRA, "Porto - Ribeira")
    assert (created.name, created.company_id, created.status) == (
        "Porto - Ribeira",
        OLIVEIRA,
        "active",
    )
    assert [s.id for s in await rainbow_client.list_sites(OLIVEIRA)] == [created.id]
    assert rainbow_emulator.store.sites[created.id].company_id == OLIVEIRA


@pytest.mark.asyncio
async def test_system_countries_are_alpha3(rainbow_client: RainbowClient) -> None:
    countries = await rainbow_client.list_system_countries()
    assert {"FRA", "DEU", "ESP", "ITA", "PRT", "GBR", "BEL"} <= set(countries)
    assert all(len(code) == 3 and code.isalpha() and code.isupper() for code in countries)

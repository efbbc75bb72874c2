"""Declaring plans on the Rainbow emulator with the real client, faults injected everywhere.

The rule under test is DESIGN's "never two systems for one PBX": after every fault, the
emulator's store holds exactly the systems that should exist and the emulator received exactly
the POSTs that should have been sent. Sections: declarations that go well (stock, BTCO, reuse,
refusals); the fault matrix (on create, on lookups, on the network), one test per fault and a
final tally; recovering once the fault is gone.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal

import pytest

from installer_app.domain.plan import InstallationPlan
from installer_app.domain.plan_problems import parse_plan
from installer_app.domain.status import derive_admin_status
from installer_app.rainbow import (
    ConnectionDropped,
    ConnectionRefused,
    DnsError,
    NetworkTimeout,
    PermissionDeniedError,
    RainbowClient,
    RateLimitedError,
    ServerError,
    System,
)
from installer_app.sandbox.faults import NO_ANSWER
from installer_app.sandbox.rainbow_emulator import RainbowEmulator
from installer_app.sandbox.seed import SandboxSeed
from installer_app.services.declaration import (
    AlreadyDeclaredError,
    DeclarationConflict,
    DeclarationOutcomeUnknown,
)
from installer_app.services.plan_declaration import (
    NoSiteError,
    PlanDeclaration,
    SiteChoiceNeeded,
    declare_plan,
    reuse_when_equipment_id_matches,
)
from tests.integration.conftest import ClientFactory

SEED = SandboxSeed.default()
ADMIN_USER = SEED.bp_admin
PARTNER = SEED.partner_id
DEMO = SEED.demo_company_id  # Boulangerie Martin SARL: one site, no PBX
DEMO_SITE = "65f1c0de0002000000000011"
MULLER = "65f1c0de0001000000000012"
HAMBURG, BREMEN = "65f1c0de0002000000000012", "65f1c0de0002000000000013"
OLIVEIRA = "65f1c0de0001000000000015"
LEMAIRE, LEMAIRE_SITE = "65f1c0de0001000000000021", "65f1c0de0002000000000021"
FOREIGN_PBX = "ALE99-9999.9999.99"
SEEDED = {s.id for s in SEED.systems}
EQUIPMENT_ID = "ALE12-1234.5678.90"

SYSTEMS = r"/systems$"
BY_PBX_ID = r"/systems/pbxid/"
ONE_SYSTEM = r"/systems/[0-9a-f]{24}$"
SITES = r"/sites$"

#: Request timeout of the clients in the matrix; an injected delay of LONG exceeds it.
CLIENT_TIMEOUT = 1.0
LONG = 30.0

pytestmark = pytest.mark.usefixtures("direct_network")


def plan_data(mode: Literal["stock", "btco"] = "stock", **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema_version": 1,
        "pbx_model": "oxo-connect",
        "mode": mode,
        "company": {"id": DEMO, "name": "Boulangerie Martin SARL"},
        "server_name": "Martin OXO",
        "dialing": {
            "country": "FR",
            "national_prefix": "0",
            "international_prefix": "00",
            "outbound_prefix": "0",
            "use_outbound_prefix": True,
        },
        "numbering_rules": [
            {"regexp_match": "^([0-9]{1,5})$", "regexp_replace": "$1", "description": "internal"}
        ],
    }
    if mode == "stock":
        data.update(fleet_ref="ALE12", installation_ref="1234.5678.90")
    data.update(changes)
    return data


def make_plan(mode: Literal["stock", "btco"] = "stock", **changes: Any) -> InstallationPlan:
    return parse_plan(plan_data(mode, **changes))


def new_systems(emulator: RainbowEmulator) -> list[Any]:
    """Systems in the store that the seed did not bring."""
    return [s for s in emulator.store.systems.values() if s.id not in SEEDED]


def lookups(emulator: RainbowEmulator, mode: Literal["stock", "btco"]) -> int:
    """How many duplicate-check requests the emulator received."""
    if mode == "stock":
        return sum(1 for r in emulator.requests if "/systems/pbxid/" in r.path)
    return sum(1 for r in emulator.requests if r.method == "GET" and r.path.endswith("/systems"))


def posts(emulator: RainbowEmulator) -> list[int]:
    """Statuses of the ``POST /systems`` the emulator received (0: closed without answer)."""
    return [
        r.status for r in emulator.requests if r.method == "POST" and r.path.endswith("/systems")
    ]


async def until(condition: Callable[[], bool], what: str, timeout: float = 5.0) -> None:
    """Wait for ``condition`` by polling, failing with ``what`` after ``timeout`` seconds."""
    try:
        async with asyncio.timeout(timeout):
            while not condition():
                await asyncio.sleep(0.01)
    except TimeoutError:
        raise AssertionError(f"not within {timeout} s: {what}") from None


def closed_port_url() -> str:
    """An http://127.0.0.1 address on which nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


async def sign_in(client: RainbowClient) -> None:
    await client.sign_in(ADMIN_USER.login_email, ADMIN_USER.password)


async def accept(_system: System) -> bool:
    return True


async def decline(_system: System) -> bool:
    return False


def assert_recorded(result: PlanDeclaration, emulator: RainbowEmulator) -> None:
    """The plan holds the system that is in the store, with its credentials and site."""
    stored = emulator.store.systems[result.outcome.system.id]
    plan = result.plan
    assert plan.progress.system_id == stored.id
    assert plan.site_id in stored.site_ids
    assert plan.equipment_id == stored.pbx_id
    assert plan.activation_code == stored.activation_code
    assert plan.progress.declared_at is not None
    assert plan.progress.rainbow_status == derive_admin_status(stored.status, None).value
    assert [e.side for e in plan.progress.timeline] == ["rainbow"]


# -- declarations that go well, and refusals -------------------------------------------------


@pytest.mark.asyncio
async def test_stock_declaration_sends_the_plan_and_records_the_system(
    rainbow_emulator: RainbowEmulator, rainbow_client: RainbowClient
) -> None:
    steps: list[str] = []
    result = await declare_plan(rainbow_client, make_plan(), on_step=steps.append)
    assert steps == ["duplicate_check", "create", "verify"]
    assert (result.outcome.created, result.outcome.reused) == (True, False)
    assert not result.outcome.adopted_after_failure
    [stored] = new_systems(rainbow_emulator)
    assert (stored.name, stored.type, stored.country, stored.bp_id) == (
        "Martin OXO",
        "oxo",
        "FRA",
        PARTNER,
    )
    assert stored.pbx_id == stored.activation_code == EQUIPMENT_ID
    assert stored.site_ids == [DEMO_SITE]
    assert (stored.national_prefix, stored.international_prefix) == ("0", "00")
    assert (stored.main_bundle_prefix, stored.use_main_bundle_prefix) == (["0"], True)
    assert stored.numbering_translator == [
        {"regexpMatch": "^([0-9]{1,5})$", "regexpReplace": "$1", "description": "internal"}
    ]
    assert stored.status == "created"
    assert_recorded(result, rainbow_emulator)
    assert result.plan.site_id == DEMO_SITE
    assert posts(rainbow_emulator) == [201]


@pytest.mark.asyncio
async def test_btco_declaration_reads_the_generated_credentials_into_the_plan(
    rainbow_emulator: RainbowEmulator, rainbow_client: RainbowClient
) -> None:
    plan = make_plan("btco")
    assert (plan.equipment_id, plan.activation_code) == (None, None)
    result = await declare_plan(rainbow_client, plan)
    [stored] = new_systems(rainbow_emulator)
    assert result.plan.equipment_id == stored.pbx_id
    assert result.plan.equipment_id is not None and result.plan.equipment_id != EQUIPMENT_ID
    assert result.plan.activation_code == stored.activation_code
    assert result.plan.activation_code is not None
    assert 1000 <= int(result.plan.activation_code) <= 9999
    assert_recorded(result, rainbow_emulator)
    assert posts(rainbow_emulator) == [201]
    # The duplicate check of BTCO is by name and site: no equipment id to look up.
    assert not [r for r in rainbow_emulator.requests if "/pbxid/" in r.path]


@pytest.mark.asyncio
@pytest.mark.parametrize("mode", ["stock", "btco"])
async def test_declaring_again_reuses_the_declaration_of_this_company(
    rainbow_emulator: RainbowEmulator,
    rainbow_client: RainbowClient,
    mode: Literal["stock", "btco"],
) -> None:
    first = await declare_plan(rainbow_client, make_plan(mode))
    with pytest.raises(AlreadyDeclaredError) as caught:
        await declare_plan(rainbow_client, make_plan(mode), reuse_existing=decline)
    assert caught.value.system.id == first.outcome.system.id
    again = await declare_plan(rainbow_client, make_plan(mode), reuse_existing=accept)
    assert (again.outcome.reused, again.outcome.created) == (True, False)
    assert again.plan.progress.system_id == first.plan.progress.system_id
    assert again.plan.activation_code == first.plan.activation_code
    resumed = await declare_plan(
        rainbow_client, first.plan, reuse_existing=reuse_when_equipment_id_matches(first.plan)
    )
    assert resumed.outcome.reused
    assert len(new_systems(rainbow_emulator)) == 1
    assert posts(rainbow_emulator) == [201]


@pytest.mark.asyncio
async def test_another_partners_equipment_id_is_a_conflict_without_post(
    rainbow_emulator: RainbowEmulator, rainbow_client: RainbowClient
) -> None:
    plan = make_plan(fleet_ref="ALE99", installation_ref="9999.9999.99")
    assert plan.equipment_id == FOREIGN_PBX
    with pytest.raises(DeclarationConflict) as caught:
        await declare_plan(rainbow_client, plan, reuse_existing=accept)
    assert caught.value.message == "Rainbow refuses this PBX to your account."
    assert "another business partner" in caught.value.hint
    assert "not one of your customers" in caught.value.hint
    assert FOREIGN_PBX not in caught.value.message + caught.value.hint
    assert new_systems(rainbow_emulator) == []
    assert posts(rainbow_emulator) == []
    foreign = [s for s in rainbow_emulator.store.systems.values() if s.pbx_id == FOREIGN_PBX]
    assert [s.site_ids for s in foreign] == [[LEMAIRE_SITE]]


@pytest.mark.asyncio
async def test_equipment_id_declared_for_another_customer_is_a_conflict_without_post(
    rainbow_emulator: RainbowEmulator, rainbow_client: RainbowClient
) -> None:
    elsewhere = await declare_plan(
        rainbow_client,
        make_plan(company={"id": MULLER, "name": "Müller"}, site_id=HAMBURG),
    )
    with pytest.raises(DeclarationConflict) as caught:
        await declare_plan(rainbow_client, make_plan(), reuse_existing=accept)
    assert "another customer company" in caught.value.message
    assert caught.value.system is not None
    assert caught.value.system.id == elsewhere.outcome.system.id
    assert [s.site_ids for s in new_systems(rainbow_emulator)] == [[HAMBURG]]
    assert posts(rainbow_emulator) == [201]


@pytest.mark.asyncio
async def test_another_partners_site_is_refused_and_nothing_created(
    rainbow_emulator: RainbowEmulator, rainbow_client: RainbowClient
) -> None:
    plan = make_plan(company={"id": LEMAIRE, "name": "Lemaire"}, site_id=LEMAIRE_SITE)
    with pytest.raises(PermissionDeniedError):
        await declare_plan(rainbow_client, plan)
    assert new_systems(rainbow_emulator) == []
    assert posts(rainbow_emulator) == [403]


@pytest.mark.asyncio
async def test_site_is_chosen_asked_for_or_created(
    rainbow_emulator: RainbowEmulator, rainbow_client: RainbowClient
) -> None:
    with pytest.raises(SiteChoiceNeeded) as several:
        await declare_plan(rainbow_client, make_plan(company={"id": MULLER, "name": "Müller"}))
    assert {s.id for s in several.value.sites} == {HAMBURG, BREMEN}
    oliveira = make_plan(company={"id": OLIVEIRA, "name": "Oliveira"})
    with pytest.raises(NoSiteError):
        await declare_plan(rainbow_client, oliveira)
    assert posts(rainbow_emulator) == []
    result = await declare_plan(rainbow_client, oliveira, create_site_name="Porto")
    [stored] = new_systems(rainbow_emulator)
    site = rainbow_emulator.store.sites[stored.site_ids[0]]
    assert (site.name, site.company_id) == ("Porto", OLIVEIRA)
    assert result.plan.site_id == site.id


@pytest.mark.asyncio
async def test_declaration_logs_no_secret(
    rainbow_emulator: RainbowEmulator,
    make_client: ClientFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    app = SEED.application
    client = make_client(rainbow_emulator.url)
    await client.sign_in(ADMIN_USER.login_email, ADMIN_USER.password, app.id, app.secret)
    rainbow_emulator.expire_tokens()
    rainbow_emulator.faults.add("POST", SYSTEMS, drop_after_commit=True)
    result = await declare_plan(client, make_plan())
    assert result.outcome.adopted_after_failure
    ours = [r for r in caplog.records if not r.name.startswith("aiohttp")]
    assert ours, "the client logs its calls"
    text = "\n".join(r.getMessage() for r in ours)
    for secret in (ADMIN_USER.password, app.secret, EQUIPMENT_ID, "Bearer "):
        assert secret not in text


# -- the fault matrix ------------------------------------------------------------------------

Arrange = Callable[[RainbowEmulator], Awaitable["asyncio.Task[None] | None"]]


def inject(method: str, path_regex: str, **fault: Any) -> Arrange:
    """An arrangement adding one fault rule."""

    async def arrange(emulator: RainbowEmulator) -> None:
        emulator.faults.add(method, path_regex, **fault)

    return arrange


async def stop_server(emulator: RainbowEmulator) -> None:
    """The server goes away after sign-in: every later connection is refused."""
    await emulator.stop()


async def lookup_fails_after_uncertain_create(emulator: RainbowEmulator) -> None:
    """The POST is applied but unanswered, and from then on the lookup answers 503."""
    emulator.faults.add("POST", SYSTEMS, drop_after_commit=True)
    emulator.faults.add("GET", BY_PBX_ID)  # the duplicate check passes untouched
    emulator.faults.add("GET", BY_PBX_ID, status=503, times=None)


def rival_declares(site_id: str) -> Arrange:
    """Someone else declares the same equipment id while our POST is on its way (409 race)."""

    async def arrange(emulator: RainbowEmulator) -> asyncio.Task[None]:
        slow_post = emulator.faults.add("POST", SYSTEMS, delay=0.3)

        async def rival() -> None:
            await until(lambda: slow_post.remaining == 0, "our POST reached the server")
            body = {
                "name": "Rival",
                "siteId": site_id,
                "type": "oxo",
                "country": "FRA",
                "pbxId": EQUIPMENT_ID,
                "activationCode": EQUIPMENT_ID,
            }
            emulator.store.create_system(PARTNER, body)

        return asyncio.create_task(rival())

    return arrange


@dataclass(frozen=True)
class FaultCase:
    """One fault and what must hold after it.

    Attributes:
        raises: the exception the declaration must end with; None when it must succeed.
        systems: systems that must exist afterwards beyond the seed's.
        posts: ``POST /systems`` the emulator must have received.
        lookups: duplicate-check requests it must have received (``GET /systems/pbxid/{}`` in
            stock mode, ``GET /systems`` in BTCO): one before the POST, one more when the
            POST's outcome was uncertain, plus each repeat of a failed one.
        outcome: ``(created, adopted_after_failure)`` of a successful declaration.
        waits: the backoff waits the client must have asked for; None: not checked.
        server: where the client points: the emulator, a closed port, or a name that does not
            resolve.
    """

    name: str
    arrange: Arrange | None
    raises: type[Exception] | None
    systems: int
    posts: int
    lookups: int
    mode: Literal["stock", "btco"] = "stock"
    outcome: tuple[bool, bool] = (True, False)
    waits: tuple[float, ...] | None = None
    server: Literal["emulator", "closed-port", "unresolvable"] = "emulator"
    slow: bool = False


#: Backoff before the 2nd try with the matrix's random source fixed at 0.5 (base 0.5 s, jitter
#: 0.5): 0.5 * 0.5 + 0.5 * 0.5 * 0.5.
FIRST_BACKOFF = 0.375

FAULT_MATRIX: tuple[FaultCase, ...] = (
    # On create (POST /systems): never repeated; a lookup decides what happened.
    FaultCase("create-read-timeout", inject("POST", SYSTEMS, delay=LONG), NetworkTimeout,
              0, 1, 2, waits=(), slow=True),
    FaultCase("create-500", inject("POST", SYSTEMS, status=500), ServerError, 0, 1, 2, waits=()),
    FaultCase("create-502", inject("POST", SYSTEMS, status=502), ServerError, 0, 1, 2, waits=()),
    FaultCase("create-503", inject("POST", SYSTEMS, status=503), ServerError, 0, 1, 2, waits=()),
    FaultCase("create-429", inject("POST", SYSTEMS, status=429, retry_after=2), RateLimitedError,
              0, 1, 1, waits=()),
    FaultCase("create-drop-after-commit", inject("POST", SYSTEMS, drop_after_commit=True), None,
              1, 1, 2, outcome=(True, True)),
    FaultCase("create-drop-after-commit-btco", inject("POST", SYSTEMS, drop_after_commit=True),
              None, 1, 1, 2, mode="btco", outcome=(True, True)),
    FaultCase("create-drop", inject("POST", SYSTEMS, drop=True), ConnectionDropped, 0, 1, 2),
    FaultCase("create-drop-btco", inject("POST", SYSTEMS, drop=True), ConnectionDropped,
              0, 1, 2, mode="btco"),
    FaultCase("create-jwt-expired", inject("POST", SYSTEMS, status=401), None, 1, 2, 1),
    FaultCase("create-409-race-same-company", rival_declares(DEMO_SITE), None, 1, 1, 2,
              outcome=(False, True)),
    FaultCase("create-409-race-other-company", rival_declares(HAMBURG), DeclarationConflict,
              1, 1, 2),
    FaultCase("create-then-lookup-fails", lookup_fails_after_uncertain_create,
              DeclarationOutcomeUnknown, 1, 1, 5),
    FaultCase("create-then-read-back-fails", inject("GET", ONE_SYSTEM, status=503, times=None),
              None, 1, 1, 1),
    # On lookups (GET): repeated with backoff or as Retry-After says, then the declaration goes on.
    FaultCase("lookup-500-once", inject("GET", BY_PBX_ID, status=500), None, 1, 1, 2,
              waits=(FIRST_BACKOFF,)),
    FaultCase("lookup-502-once", inject("GET", BY_PBX_ID, status=502), None, 1, 1, 2,
              waits=(FIRST_BACKOFF,)),
    FaultCase("lookup-503-once", inject("GET", BY_PBX_ID, status=503), None, 1, 1, 2,
              waits=(FIRST_BACKOFF,)),
    FaultCase("lookup-429-retry-after", inject("GET", BY_PBX_ID, status=429, retry_after=2),
              None, 1, 1, 2, waits=(2.0,)),
    FaultCase("lookup-read-timeout-once", inject("GET", BY_PBX_ID, delay=LONG), None, 1, 1, 2,
              waits=(FIRST_BACKOFF,), slow=True),
    FaultCase("lookup-drop-once", inject("GET", BY_PBX_ID, drop=True), None, 1, 1, 2,
              waits=(FIRST_BACKOFF,)),
    FaultCase("lookup-btco-503-once", inject("GET", SYSTEMS, status=503), None, 1, 1, 2,
              mode="btco", waits=(FIRST_BACKOFF,)),
    FaultCase("sites-502-once", inject("GET", SITES, status=502), None, 1, 1, 1,
              waits=(FIRST_BACKOFF,)),
    FaultCase("lookup-503-always", inject("GET", BY_PBX_ID, status=503, times=None),
              ServerError, 0, 0, 4, waits=(0.375, 0.75, 1.5)),
    # On the network.
    FaultCase("refused-at-sign-in", None, ConnectionRefused, 0, 0, 0, server="closed-port",
              waits=()),
    FaultCase("refused-mid-flow", stop_server, ConnectionRefused, 0, 0, 0),
    FaultCase("dns-failure", None, DnsError, 0, 0, 0, server="unresolvable", waits=()),
)  # fmt: skip


def client_url(case: FaultCase, emulator: RainbowEmulator) -> str:
    if case.server == "closed-port":
        return closed_port_url()
    if case.server == "unresolvable":
        return "https://rainbow-sandbox.invalid"
    return emulator.url


async def run_case(case: FaultCase) -> None:
    """Run one declaration under ``case``'s fault on a fresh emulator; assert what must hold."""
    waits: list[float] = []

    async def record_wait(seconds: float) -> None:
        waits.append(seconds)
        await asyncio.sleep(0)

    async with RainbowEmulator() as emulator:
        client = RainbowClient(
            client_url(case, emulator),
            timeout=CLIENT_TIMEOUT,
            sleep=record_wait,
            random=lambda: 0.5,
        )
        async with client:
            result: PlanDeclaration | None = None
            error: Exception | None = None
            rival = None
            try:
                await sign_in(client)
                rival = await case.arrange(emulator) if case.arrange else None
                result = await declare_plan(client, make_plan(case.mode))
            except Exception as exc:
                error = exc
            if rival is not None:
                await rival
        if case.raises is None:
            assert error is None, f"{case.name}: {type(error).__name__}: {error}"
            assert result is not None
            outcome = (result.outcome.created, result.outcome.adopted_after_failure)
            assert outcome == case.outcome, f"{case.name}: (created, adopted) = {outcome}"
            assert_recorded(result, emulator)
        else:
            assert type(error) is case.raises, f"{case.name}: {type(error).__name__}: {error}"
        # A request the client gave up on is logged once the server notices it went away.
        await until(lambda: len(posts(emulator)) >= case.posts, f"{case.name}: POSTs logged")
        assert len(posts(emulator)) == case.posts, f"{case.name}: POSTs {posts(emulator)}"
        found = lookups(emulator, case.mode)
        assert found == case.lookups, f"{case.name}: {found} lookups"
        made = new_systems(emulator)
        assert len(made) == case.systems, f"{case.name}: {len(made)} new systems"
        if case.mode == "stock" and made:
            assert [s.pbx_id for s in made] == [EQUIPMENT_ID]
        if case.waits is not None:
            assert tuple(waits) == case.waits, f"{case.name}: waits {waits}"
        if case.server == "unresolvable":
            assert emulator.requests == []


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, id=case.name, marks=[pytest.mark.slow] if case.slow else [])
        for case in FAULT_MATRIX
    ],
)
async def test_fault(case: FaultCase) -> None:
    await run_case(case)


@pytest.mark.slow
@pytest.mark.asyncio
async def test_fault_matrix_tally() -> None:
    """Every fault of the matrix in one run; prints the figure line for the report."""
    failures: list[str] = []
    for case in FAULT_MATRIX:
        try:
            await run_case(case)
        except Exception as exc:  # a crash is a fault not survived, like a failed check
            failures.append(f"{case.name}: {type(exc).__name__}: {exc}")
    survived = len(FAULT_MATRIX) - len(failures)
    print(f"faults survived: {survived}/{len(FAULT_MATRIX)}")
    assert failures == []


def test_the_matrix_covers_every_fault_kind() -> None:
    """Each kind the issue names appears on create and, where it applies, on a lookup."""
    names = {case.name for case in FAULT_MATRIX}
    for expected in (
        "create-read-timeout", "create-500", "create-502", "create-503", "create-drop",
        "create-drop-after-commit", "lookup-500-once", "lookup-502-once", "lookup-503-once",
        "lookup-429-retry-after", "lookup-read-timeout-once", "refused-at-sign-in",
        "refused-mid-flow", "dns-failure",
    ):  # fmt: skip
        assert expected in names
    assert len(names) == len(FAULT_MATRIX)


# -- once the fault is gone ------------------------------------------------------------------


@pytest.mark.asyncio
async def test_declaring_again_after_a_failed_create_makes_exactly_one_system(
    rainbow_emulator: RainbowEmulator, rainbow_client: RainbowClient
) -> None:
    rainbow_emulator.faults.add("POST", SYSTEMS, status=503)
    with pytest.raises(ServerError):
        await declare_plan(rainbow_client, make_plan())
    assert new_systems(rainbow_emulator) == []
    result = await declare_plan(rainbow_client, make_plan())
    assert result.outcome.created
    assert len(new_systems(rainbow_emulator)) == 1
    assert posts(rainbow_emulator) == [503, 201]


@pytest.mark.asyncio
async def test_outcome_unknown_then_declaring_again_reuses_without_second_post(
    rainbow_emulator: RainbowEmulator, rainbow_client: RainbowClient
) -> None:
    await lookup_fails_after_uncertain_create(rainbow_emulator)
    plan = make_plan()
    with pytest.raises(DeclarationOutcomeUnknown) as caught:
        await declare_plan(rainbow_client, plan)
    assert isinstance(caught.value.original, ConnectionDropped)
    rainbow_emulator.faults.clear()
    result = await declare_plan(
        rainbow_client, plan, reuse_existing=reuse_when_equipment_id_matches(plan)
    )
    assert result.outcome.reused
    assert [s.id for s in new_systems(rainbow_emulator)] == [result.outcome.system.id]
    assert posts(rainbow_emulator) == [NO_ANSWER]


@pytest.mark.asyncio
async def test_server_back_on_the_same_port_then_declaring_again_succeeds(
    rainbow_emulator: RainbowEmulator, rainbow_client: RainbowClient
) -> None:
    port = int(rainbow_emulator.url.rsplit(":", 1)[1])
    await rainbow_emulator.stop()
    with pytest.raises(ConnectionRefused) as caught:
        await declare_plan(rainbow_client, make_plan())
    assert not caught.value.may_have_reached_server
    await rainbow_emulator.start(port=port)
    result = await declare_plan(rainbow_client, make_plan())
    assert result.outcome.created
    assert len(new_systems(rainbow_emulator)) == 1
    assert posts(rainbow_emulator) == [201]

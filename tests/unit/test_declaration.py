"""declare_system: every branch, and in each one never more than one system for the PBX."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import httpx
import pytest

from installer_app.cli import exit_codes
from installer_app.rainbow import (
    ConflictError,
    ConnectionDropped,
    DnsError,
    NetworkTimeout,
    Page,
    PermissionDeniedError,
    RainbowClient,
    ServerError,
    Site,
    System,
    SystemRequest,
    ValidationError,
)
from installer_app.services.declaration import (
    AlreadyDeclaredError,
    DeclarationConflict,
    DeclarationOutcomeUnknown,
    declare_system,
)
from installer_app.services.failures import describe

PBX_ID = "ALE12-1234.5678.90"
COMPANY = "company-1"
SITE = "site-1"
OTHER_SITE = "site-of-company-2"

STOCK = SystemRequest(
    name="Main PBX", site_id=SITE, country="FRA", pbx_id=PBX_ID, activation_code=PBX_ID
)
BTCO = SystemRequest(name="Main PBX", site_id=SITE, country="FRA")


def system(
    sid: str, *, pbx_id: str | None = PBX_ID, site: str = SITE, name: str = "Main PBX"
) -> System:
    return System(
        id=sid,
        name=name,
        pbx_id=pbx_id,
        site_ids=(site,),
        type="oxo",
        country="FRA",
        status="created",
        activation_code=pbx_id,
        jid_pbxagent=None,
        national_prefix=None,
        international_prefix=None,
        main_bundle_prefix=(),
        use_main_bundle_prefix=False,
        numbering_translator=(),
        bp_id="bp-1",
        status_updated=None,
        creation_date=None,
    )


def unreachable(reached: bool) -> NetworkTimeout:
    return NetworkTimeout("timed out", phase="read" if reached else "connect")


class FakeRainbow:
    """An in-memory Rainbow of one business partner, with scripted failures."""

    def __init__(self) -> None:
        self.systems: list[System] = []
        self.sites = {SITE: COMPANY, OTHER_SITE: "company-2"}
        self.foreign_pbx_ids: set[str] = set()
        self.posts = 0
        self.lookups = 0
        # what create_system does: "store", then raise `create_error` if set
        self.store_before_error = True
        self.create_error: Exception | None = None
        self.race: System | None = None  # stored by "someone else" just before our POST
        self.lookup_fails: dict[int, Exception] = {}  # lookup number (1-based) -> error
        self.get_error: Exception | None = None

    def _lookup_failure(self) -> None:
        self.lookups += 1
        if self.lookups in self.lookup_fails:
            raise self.lookup_fails[self.lookups]

    async def find_system_by_pbx_id(self, pbx_id: str) -> System | None:
        self._lookup_failure()
        if pbx_id in self.foreign_pbx_ids:
            raise PermissionDeniedError(403, 403, "Forbidden", "Forbidden", 403000)
        return next((s for s in self.systems if s.pbx_id == pbx_id), None)

    async def list_systems(
        self,
        name: str | None = None,
        site_id: str | None = None,
        company_id: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> Page[System]:
        self._lookup_failure()
        found = tuple(
            s
            for s in self.systems
            if (name is None or name.lower() in s.name.lower())
            and (site_id is None or site_id in s.site_ids)
        )
        return Page(found, len(found), limit, offset)

    async def list_sites(self, company_id: str) -> list[Site]:
        return [
            Site(sid, sid, cid, "active") for sid, cid in self.sites.items() if cid == company_id
        ]

    async def create_system(self, request: SystemRequest) -> System:
        self.posts += 1
        if self.race is not None:
            self.systems.append(self.race)
            raise ConflictError(409, 409, "Conflict", "pbxId already exists", 409001)
        created = system(f"sys-{len(self.systems) + 1}", pbx_id=request.pbx_id or "GEN-1")
        created = dataclasses.replace(created, name=request.name, site_ids=(request.site_id,))
        if self.create_error is not None:
            if self.store_before_error:
                self.systems.append(created)
            raise self.create_error
        self.systems.append(created)
        return created

    async def get_system(self, system_id: str, connection_history: bool = False) -> System:
        if self.get_error is not None:
            raise self.get_error
        return next(s for s in self.systems if s.id == system_id)


async def declare(fake: FakeRainbow, request: SystemRequest = STOCK, **kwargs: Any) -> Any:
    steps: list[str] = []
    kwargs.setdefault("lookup", "pbx_id" if request.pbx_id else "name_site")
    outcome = await declare_system(
        fake, request, company_id=COMPANY, on_step=steps.append, **kwargs
    )
    return outcome, steps


async def accept(_system: System) -> bool:
    return True


async def decline(_system: System) -> bool:
    return False


# -- nothing declared yet ------------------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize("request_", [STOCK, BTCO], ids=["stock", "btco"])
async def test_creates_when_nothing_found(request_: SystemRequest) -> None:
    fake = FakeRainbow()
    outcome, steps = await declare(fake, request_)
    assert steps == ["duplicate_check", "create", "verify"]
    assert (outcome.created, outcome.adopted_after_failure, outcome.reused) == (True, False, False)
    assert outcome.system.id == "sys-1"
    assert fake.posts == 1
    assert len(fake.systems) == 1


@pytest.mark.asyncio
async def test_name_lookup_is_exact_not_partial() -> None:
    fake = FakeRainbow()
    fake.systems.append(system("old", pbx_id="X", name="Main PBX 2"))
    outcome, _ = await declare(fake, BTCO)
    assert outcome.created
    assert fake.posts == 1


@pytest.mark.asyncio
async def test_lookup_pbx_id_needs_an_equipment_id() -> None:
    with pytest.raises(ValueError):
        await declare_system(FakeRainbow(), BTCO, company_id=COMPANY, lookup="pbx_id")


# -- already declared ----------------------------------------------------------------------


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("request_", "existing"),
    [(STOCK, system("old")), (BTCO, system("old", pbx_id="GEN-9"))],
    ids=["stock", "btco"],
)
async def test_same_company_reused_when_callback_accepts(
    request_: SystemRequest, existing: System
) -> None:
    fake = FakeRainbow()
    fake.systems.append(existing)
    offered: list[System] = []

    async def reuse(found: System) -> bool:
        offered.append(found)
        return True

    outcome, steps = await declare(fake, request_, reuse_existing=reuse)
    assert offered == [existing]
    assert (outcome.system, outcome.created, outcome.reused) == (existing, False, True)
    assert steps == ["duplicate_check", "verify"]  # read back: the code while it is readable
    assert fake.posts == 0


@pytest.mark.asyncio
@pytest.mark.parametrize("reuse", [decline, None])
async def test_same_company_declined_raises_already_declared(reuse: Any) -> None:
    fake = FakeRainbow()
    fake.systems.append(system("old"))
    with pytest.raises(AlreadyDeclaredError) as caught:
        await declare(fake, reuse_existing=reuse)
    assert caught.value.system.id == "old"
    assert "already declared" in caught.value.message
    assert fake.posts == 0


@pytest.mark.asyncio
async def test_other_company_is_a_conflict_without_asking() -> None:
    fake = FakeRainbow()
    fake.systems.append(system("elsewhere", site=OTHER_SITE))
    asked: list[System] = []

    async def reuse(found: System) -> bool:
        asked.append(found)
        return True

    with pytest.raises(DeclarationConflict) as caught:
        await declare(fake, reuse_existing=reuse)
    assert "another customer company" in caught.value.message
    assert "equipment id" in caught.value.hint
    assert caught.value.system is not None
    assert asked == []
    assert fake.posts == 0


@pytest.mark.asyncio
async def test_forbidden_pbx_id_is_refused_to_the_account_with_both_causes() -> None:
    fake = FakeRainbow()
    fake.foreign_pbx_ids.add(PBX_ID)
    with pytest.raises(DeclarationConflict) as caught:
        await declare(fake)
    assert caught.value.message == "Rainbow refuses this PBX to your account."
    assert "another business partner" in caught.value.hint
    assert "not one of your customers" in caught.value.hint
    assert "equipment id" in caught.value.hint
    assert PBX_ID not in caught.value.message
    assert isinstance(caught.value.__cause__, PermissionDeniedError)
    assert fake.posts == 0


@pytest.mark.asyncio
async def test_several_with_same_name_on_site_is_a_conflict() -> None:
    fake = FakeRainbow()
    fake.systems += [system("a", pbx_id="G1"), system("b", pbx_id="G2")]
    with pytest.raises(DeclarationConflict):
        await declare(fake, BTCO)
    assert fake.posts == 0


# -- the create call fails -----------------------------------------------------------------


AMBIGUOUS = [
    unreachable(reached=True),
    ConnectionDropped("dropped", may_have_reached_server=True),
    ServerError(502, 502, "Bad Gateway", None, None),
]


@pytest.mark.asyncio
@pytest.mark.parametrize("request_", [STOCK, BTCO], ids=["stock", "btco"])
@pytest.mark.parametrize("failure", AMBIGUOUS, ids=["timeout", "dropped", "5xx"])
async def test_uncertain_failure_then_found_is_adopted(
    request_: SystemRequest, failure: Exception
) -> None:
    fake = FakeRainbow()
    fake.create_error = failure
    outcome, steps = await declare(fake, request_)
    assert steps == ["duplicate_check", "create", "verify"]
    assert (outcome.created, outcome.adopted_after_failure, outcome.reused) == (True, True, False)
    assert outcome.system.id == "sys-1"
    assert fake.posts == 1
    assert len(fake.systems) == 1


@pytest.mark.asyncio
@pytest.mark.parametrize("failure", AMBIGUOUS, ids=["timeout", "dropped", "5xx"])
async def test_uncertain_failure_then_nothing_found_reraises_without_second_post(
    failure: Exception,
) -> None:
    fake = FakeRainbow()
    fake.create_error = failure
    fake.store_before_error = False
    with pytest.raises(type(failure)) as caught:
        await declare(fake)
    assert caught.value is failure
    assert fake.posts == 1
    assert fake.systems == []
    assert fake.lookups == 2


@pytest.mark.asyncio
async def test_request_that_never_left_is_reraised_without_lookup() -> None:
    fake = FakeRainbow()
    fake.create_error = DnsError("dns", may_have_reached_server=False)
    fake.store_before_error = False
    with pytest.raises(DnsError):
        await declare(fake)
    assert (fake.posts, fake.lookups) == (1, 1)


@pytest.mark.asyncio
async def test_lookup_failing_after_uncertain_create_says_outcome_unknown() -> None:
    fake = FakeRainbow()
    fake.create_error = unreachable(reached=True)
    fake.lookup_fails = {2: unreachable(reached=False)}
    with pytest.raises(DeclarationOutcomeUnknown) as caught:
        await declare(fake)
    assert caught.value.original is fake.create_error
    assert caught.value.__cause__ is fake.lookup_fails[2]
    assert "run the declaration again" in caught.value.hint
    assert fake.posts == 1


@pytest.mark.asyncio
async def test_validation_error_on_create_is_raised_as_is() -> None:
    fake = FakeRainbow()
    fake.create_error = ValidationError(400, 400, "Bad Request", {"param": "country"}, 400000)
    fake.store_before_error = False
    with pytest.raises(ValidationError):
        await declare(fake)
    assert (fake.posts, fake.lookups) == (1, 1)


@pytest.mark.asyncio
async def test_conflict_race_same_company_is_adopted() -> None:
    fake = FakeRainbow()
    fake.race = system("theirs")
    outcome, steps = await declare(fake)
    assert steps == ["duplicate_check", "create", "verify"]
    assert (outcome.system.id, outcome.created, outcome.adopted_after_failure) == (
        "theirs",
        False,
        True,
    )
    assert fake.posts == 1
    assert len(fake.systems) == 1


@pytest.mark.asyncio
async def test_conflict_race_other_company_is_a_conflict() -> None:
    fake = FakeRainbow()
    fake.race = system("theirs", site=OTHER_SITE)
    with pytest.raises(DeclarationConflict) as caught:
        await declare(fake)
    assert isinstance(caught.value.__cause__, ConflictError)
    assert fake.posts == 1
    assert len(fake.systems) == 1


@pytest.mark.asyncio
async def test_conflict_then_forbidden_lookup_is_refused_to_the_account() -> None:
    fake = FakeRainbow()
    fake.race = system("foreign")
    fake.lookup_fails = {2: PermissionDeniedError(403, 403, "Forbidden", "Forbidden", 403000)}
    with pytest.raises(DeclarationConflict) as caught:
        await declare(fake)
    assert caught.value.message == "Rainbow refuses this PBX to your account."
    assert "another business partner" in caught.value.hint
    assert "not one of your customers" in caught.value.hint
    assert fake.posts == 1


@pytest.mark.asyncio
async def test_foreign_pbx_id_answered_404_then_409_is_declared_elsewhere() -> None:
    # Another partner's pbxId looked up as 404 (not 403): the create's 409 is the only sign.
    fake = FakeRainbow()
    fake.store_before_error = False  # stored where this account cannot see it
    fake.create_error = ConflictError(409, 409, "Conflict", "pbxId already exists", 409001)
    with pytest.raises(DeclarationConflict) as caught:
        await declare(fake)
    assert "already declared" in caught.value.message
    assert isinstance(caught.value.__cause__, ConflictError)
    assert exit_codes.for_kind(describe(caught.value).kind) == exit_codes.CONFLICT == 4
    assert (fake.posts, fake.systems) == (1, [])


@pytest.mark.asyncio
async def test_verify_read_back_failure_keeps_created_system() -> None:
    fake = FakeRainbow()
    fake.get_error = unreachable(reached=True)
    outcome, steps = await declare(fake)
    assert steps[-1] == "verify"
    assert outcome.created
    assert outcome.system.id == "sys-1"
    assert fake.posts == 1


# -- with the real client: the POST times out, the lookup GET is retried ----------------------


@pytest.mark.asyncio
async def test_real_client_adopts_after_post_timeout_with_one_post() -> None:
    created = {"id": "sys-9", "name": "Main PBX", "pbxId": PBX_ID, "siteId": [SITE]}
    state = {"stored": False, "pbxid_gets": 0}
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        path = request.url.path
        if path.endswith("/login"):
            return httpx.Response(
                200, json={"token": "a.e30.c", "loggedInUser": {"id": "u", "companyId": "bp"}}
            )
        if path.endswith("/logout"):
            return httpx.Response(200, json={"status": "logged out"})
        if path.endswith(f"/systems/pbxid/{PBX_ID}"):
            state["pbxid_gets"] += 1
            if not state["stored"]:
                return httpx.Response(404, json={"errorCode": 404, "errorDetailsCode": 404000})
            if state["pbxid_gets"] == 2:
                return httpx.Response(503, json={"errorCode": 503})
            return httpx.Response(200, json={"data": created})
        if path.endswith("/systems") and request.method == "POST":
            assert json.loads(request.content)["pbxId"] == PBX_ID
            state["stored"] = True
            raise httpx.ReadTimeout("no answer in time")
        if path.endswith("/sites"):
            sites = [{"id": SITE, "name": "HQ", "companyId": COMPANY}]
            return httpx.Response(200, json={"data": sites, "total": 1, "limit": 100})
        return httpx.Response(404, json={"errorCode": 404})

    async def no_sleep(_delay: float) -> None:
        return None

    async with RainbowClient(
        "https://rainbow.test", transport=httpx.MockTransport(handler), sleep=no_sleep
    ) as client:
        await client.sign_in("admin@bp.example", "pw")
        outcome = await declare_system(client, STOCK, company_id=COMPANY, lookup="pbx_id")
    assert outcome.adopted_after_failure
    assert outcome.system.id == "sys-9"
    assert [r.method for r in requests if r.url.path.endswith("/systems")] == ["POST"]
    assert state["pbxid_gets"] == 3  # duplicate check, 503 retried, found

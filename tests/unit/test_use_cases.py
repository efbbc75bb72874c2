"""The use cases of ``services/`` with fakes: failures described once, sign-in, sites, PBX
configuration, the watch loop and ``apply`` in a row."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from installer_app.cli import exit_codes
from installer_app.domain.pbx_side import DesiredSettings, PbxConnection, PbxSettings
from installer_app.domain.plan import InstallationPlan
from installer_app.domain.plan_problems import PlanProblem, parse_plan
from installer_app.pbx import PbxInvalidValue, PbxUnreachable
from installer_app.rainbow import Page, Session, Site, System, SystemRequest, SystemStateReport
from installer_app.rainbow import errors as rb
from installer_app.services.apply import apply_plan
from installer_app.services.backoff import Backoff
from installer_app.services.declaration import AlreadyDeclaredError, DeclarationOutcomeUnknown
from installer_app.services.failures import (
    Failure,
    FailureKind,
    Field,
    LocalFileError,
    UseCaseError,
    describe,
)
from installer_app.services.pbx_config import PbxAccess, configure_pbx
from installer_app.services.plan_files_service import plan_saver
from installer_app.services.progress import record_status
from installer_app.services.sign_in import NotBusinessPartnerAdmin, sign_in_checked
from installer_app.services.sites import NoSiteError, SiteChoiceNeeded, SiteCount, count_sites
from installer_app.services.watch import connected, watch_installation
from installer_app.storage.credentials import CredentialStoreUnavailable
from installer_app.storage.plan_files import PassphraseRejected, PlanFileError
from tests.unit.test_declaration import system
from tests.unit.test_plan import stock_data

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SITE = "site-1"


def stock_plan(**changes: Any) -> InstallationPlan:
    return parse_plan(stock_data(site_id=SITE, **changes))


def btco_plan(**changes: Any) -> InstallationPlan:
    return parse_plan(
        stock_data(mode="btco", fleet_ref=None, installation_ref=None, site_id=SITE, **changes)
    )


# -- one description of a failure ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "kind", "field"),
    [
        (rb.ApplicationAuthError(401), FailureKind.AUTH_REFUSED, Field.APPLICATION),
        (rb.AuthenticationError(401), FailureKind.AUTH_REFUSED, Field.PASSWORD),
        (rb.PermissionDeniedError(403), FailureKind.AUTH_REFUSED, None),
        (rb.ConflictError(409), FailureKind.CONFLICT, None),
        (rb.ValidationError(400, field="name"), FailureKind.INVALID_INPUT, "name"),
        (rb.InvalidServerAddress("not https"), FailureKind.INVALID_INPUT, Field.SERVER),
        (rb.CaBundleError("no certificate"), FailureKind.INVALID_INPUT, Field.SERVER),
        (rb.DnsError("no such name", may_have_reached_server=False), FailureKind.UNREACHABLE,
         Field.SERVER),
        (rb.UnexpectedResponseError("not JSON"), FailureKind.UNREACHABLE, Field.SERVER),
        (rb.ServerError(503), FailureKind.UNREACHABLE, None),
        (rb.NotFoundError(404), FailureKind.UNREACHABLE, None),
        (NotBusinessPartnerAdmin("tech@x.example"), FailureKind.AUTH_REFUSED, Field.LOGIN),
        (SiteChoiceNeeded([]), FailureKind.INVALID_INPUT, Field.SITE),
        (NoSiteError(), FailureKind.INVALID_INPUT, Field.SITE),
        (AlreadyDeclaredError(system("s1")), FailureKind.CONFLICT, None),
        (DeclarationOutcomeUnknown(rb.ServerError(500)), FailureKind.UNREACHABLE, None),
        (PbxInvalidValue("activation_code", "refused"), FailureKind.INVALID_INPUT,
         "activation_code"),
        (PbxUnreachable("no answer"), FailureKind.UNREACHABLE, None),
        (CredentialStoreUnavailable("locked", "unlock it"), FailureKind.AUTH_REFUSED,
         Field.PASSWORD),
        (PassphraseRejected(Path("p.json"), [PlanProblem("", "wrong passphrase")]),
         FailureKind.AUTH_REFUSED, Field.PASSPHRASE),
        (PlanFileError(Path("p.json"), [PlanProblem("server_name", "empty")]),
         FailureKind.INVALID_INPUT, "server_name"),
        (LocalFileError("disk full"), FailureKind.LOCAL_FILE, Field.FILE),
        (RuntimeError("bug"), FailureKind.UNEXPECTED, None),
    ],
)  # fmt: skip
def test_every_failure_is_described_once(
    error: BaseException, kind: FailureKind, field: str | None
) -> None:
    described = describe(error)
    assert (described.kind, described.field) == (kind, field)
    assert described.message
    assert exit_codes.for_kind(described.kind) in {2, 3, 4, 5, 6}


def test_every_kind_has_an_exit_code() -> None:
    codes = {kind: exit_codes.for_kind(kind) for kind in FailureKind}
    assert codes[FailureKind.INVALID_INPUT] == exit_codes.INVALID_INPUT
    assert codes[FailureKind.AUTH_REFUSED] == exit_codes.AUTH_REFUSED
    assert codes[FailureKind.CONFLICT] == exit_codes.CONFLICT
    assert codes[FailureKind.UNREACHABLE] == exit_codes.UNREACHABLE
    assert codes[FailureKind.LOCAL_FILE] == exit_codes.LOCAL_FILE


def test_a_use_case_error_carries_its_own_description() -> None:
    class Odd(UseCaseError):
        kind = FailureKind.CONFLICT

    assert describe(Odd("taken", "ask", field="server_name")) == Failure(
        FailureKind.CONFLICT, "taken", "ask", "server_name"
    )


# -- sign-in ------------------------------------------------------------------------------------


class FakeSignIn:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.calls: list[tuple[str, str | None]] = []

    async def sign_in(
        self, login: str, password: str, app_id: str | None = None, app_secret: str | None = None
    ) -> Session:
        self.calls.append((login, app_id))
        return self.session


def session(*, roles: tuple[str, ...], admin_type: str | None) -> Session:
    return Session("u1", "bp-1", "who@x.example", roles, admin_type, None)


@pytest.mark.asyncio
async def test_sign_in_accepts_a_business_partner_admin() -> None:
    admin = session(roles=("user", "admin", "bp_admin"), admin_type="bp_admin")
    client = FakeSignIn(admin)
    assert await sign_in_checked(client, "who@x.example", "pw", "", "") is admin
    assert client.calls == [("who@x.example", None)]


@pytest.mark.asyncio
async def test_sign_in_refuses_any_other_account_naming_the_login() -> None:
    client = FakeSignIn(session(roles=("user",), admin_type=None))
    with pytest.raises(NotBusinessPartnerAdmin) as caught:
        await sign_in_checked(client, "typed@x.example", "pw")
    assert "who@x.example is not a business-partner admin" in caught.value.message


# -- sites ----------------------------------------------------------------------------------------


def test_site_count() -> None:
    site = Site("s1", "Lyon", "c1", None)
    assert count_sites([]) is SiteCount.NONE
    assert count_sites([site]) is SiteCount.ONE
    assert count_sites([site, dataclasses.replace(site, id="s2")]) is SiteCount.SEVERAL


# -- progress -------------------------------------------------------------------------------------


def test_record_status_appends_only_changes() -> None:
    plan = stock_plan()
    once = record_status(plan, "rainbow", "Pending", T0)
    assert [(e.side, e.status) for e in once.progress.timeline] == [("rainbow", "Pending")]
    assert record_status(once, "rainbow", "Pending", T0) is once
    assert record_status(once, "pbx", None, T0) is once
    twice = record_status(once, "pbx", "connected", T0)
    assert twice.progress.pbx_status == "connected"
    assert len(twice.progress.timeline) == 2


# -- a fake Rainbow and a fake PBX ---------------------------------------------------------------


class FakeRainbow:
    """One company, one site; a declared system turns Running once the PBX is configured."""

    def __init__(self, pbx: FakePbx) -> None:
        self.pbx = pbx
        self.systems: dict[str, System] = {}
        self.requests: list[SystemRequest] = []

    async def find_system_by_pbx_id(self, pbx_id: str) -> System | None:
        return next((s for s in self.systems.values() if s.pbx_id == pbx_id), None)

    async def list_systems(self, name: str | None = None, site_id: str | None = None,
                           company_id: str | None = None, limit: int = 100,
                           offset: int = 0) -> Page[System]:  # fmt: skip
        found = tuple(s for s in self.systems.values() if s.name == name)
        return Page(found, len(found), limit, offset)

    async def list_sites(self, company_id: str) -> list[Site]:
        return [Site(SITE, "Lyon", company_id, None)]

    async def create_site(self, company_id: str, name: str) -> Site:
        raise AssertionError("no site is created")

    async def create_system(self, request: SystemRequest) -> System:
        self.requests.append(request)
        created = dataclasses.replace(
            system(f"sys-{len(self.systems) + 1}", pbx_id=request.pbx_id or "GEN-1"),
            name=request.name,
            activation_code=request.activation_code or "4821",
        )
        self.systems[created.id] = created
        return created

    async def get_system(self, system_id: str, connection_history: bool = False) -> System:
        found = self.systems[system_id]
        return dataclasses.replace(found, status="activated" if self.pbx.connected else "created")

    async def get_system_state(self, system_id: str, format: str = "medium") -> SystemStateReport:
        value = "connected" if self.pbx.connected else "disconnected"
        return SystemStateReport(None, {"conf": value, "csta": value, "http": value})


class FakePbx:
    """A PBX that connects on the ``connect_after``-th read once its settings are pushed."""

    def __init__(self, *, connect_after: int = 1) -> None:
        self.pushed: list[DesiredSettings] = []
        self.reads = 0
        self.connect_after = connect_after
        self.closed = 0
        self.pabx_id = ""

    @property
    def connected(self) -> bool:
        return self.reads >= self.connect_after

    def settings(self) -> PbxSettings:
        connection = PbxConnection.CONNECTED if self.connected else PbxConnection.CONNECTING
        return PbxSettings(
            rainbow_enabled=True, pabx_id=self.pabx_id, activation_code_set=True,
            connection=connection,
        )  # fmt: skip

    async def read_settings(self) -> PbxSettings:
        self.reads += 1
        return self.settings()

    async def apply(self, desired: DesiredSettings) -> PbxSettings:
        self.pushed.append(desired)
        self.pabx_id = desired.pabx_id
        return self.settings()

    async def read_status(self) -> PbxConnection:
        return self.settings().connection

    async def aclose(self) -> None:
        self.closed += 1


def access(pbx: FakePbx) -> PbxAccess:
    async def open_driver(plan: InstallationPlan) -> FakePbx:
        pbx.pabx_id = pbx.pabx_id or (plan.equipment_id or "")
        return pbx

    return PbxAccess(open_driver=open_driver)  # type: ignore[arg-type]


# -- configuring the PBX ------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_btco_configuration_pushes_the_plans_credentials_and_closes_the_driver() -> None:
    pbx = FakePbx()
    plan = btco_plan(equipment_id="OXO-1", activation_code="4821")
    configured = await configure_pbx(plan, access(pbx))
    assert [(d.pabx_id, d.activation_code) for d in pbx.pushed] == [("OXO-1", "4821")]
    assert configured.plan.progress.pbx_configured and pbx.closed == 1


@pytest.mark.asyncio
async def test_stock_configuration_only_reads() -> None:
    pbx = FakePbx()
    configured = await configure_pbx(stock_plan(), access(pbx))
    assert pbx.pushed == [] and pbx.reads == 1
    assert configured.settings is not None and configured.plan.progress.pbx_configured


@pytest.mark.asyncio
@pytest.mark.parametrize("confirmed", [True, False])
async def test_configuration_by_hand_records_what_the_technician_confirmed(
    confirmed: bool,
) -> None:
    async def confirm(_plan: InstallationPlan) -> bool:
        return confirmed

    result = await configure_pbx(stock_plan(), PbxAccess(confirm_by_hand=confirm))
    assert result.plan.progress.pbx_configured is confirmed and result.settings is None


def test_pbx_access_is_one_way_or_the_other() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        PbxAccess()


# -- watching -------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_watch_records_each_change_once_and_waits_with_the_backoff() -> None:
    pbx = FakePbx(connect_after=3)
    rainbow = FakeRainbow(pbx)
    plan = stock_plan()
    pbx.pabx_id = plan.equipment_id or ""
    request = SystemRequest("Martin OXO", SITE, "FRA", pbx_id=plan.equipment_id)
    declared = await rainbow.create_system(request)
    plan = plan.model_copy(update={"progress": plan.progress.model_copy(
        update={"system_id": declared.id, "pbx_configured": True})})  # fmt: skip
    waits: list[float] = []
    seen: list[bool] = []

    async def sleep(delay: float) -> None:
        waits.append(delay)
        assert len(waits) < 10, "the watch never ends"

    watched = await watch_installation(
        rainbow, pbx, plan, until=connected, backoff=Backoff(1.0, factor=2.0, cap=3.0),
        on_snapshot=lambda _p, _s, changed: seen.append(changed), sleep=sleep,
        clock=lambda: 0.0,  # rounds that take no time: the waits are the backoff's delays
    )  # fmt: skip
    assert watched.reached and watched.snapshot.done
    # Both sides are read at once: the round that finds the PBX connected finds Rainbow so.
    assert seen == [True, False, True]
    assert waits == [1.0, 2.0]  # grows while nothing changes
    timeline = [(e.side, e.status) for e in watched.plan.progress.timeline]
    assert timeline == [("rainbow", "Pending"), ("pbx", "connecting"),
                        ("rainbow", "Running"), ("pbx", "connected")]  # fmt: skip
    assert watched.plan.progress.verified


@pytest.mark.asyncio
async def test_watch_stops_at_its_deadline() -> None:
    pbx = FakePbx(connect_after=99)
    ticks = iter(range(100))

    async def sleep(_delay: float) -> None:
        return None

    watched = await watch_installation(
        FakeRainbow(pbx), pbx, stock_plan(), until=connected, backoff=Backoff(),
        timeout=2, sleep=sleep, clock=lambda: float(next(ticks)),
    )  # fmt: skip
    assert not watched.reached and pbx.reads == 2  # two clock readings a round: ticks 1-2, 3-4


# -- apply: the three in a row -----------------------------------------------------------------


@pytest.mark.asyncio
async def test_apply_declares_configures_and_waits_saving_every_step(tmp_path: Path) -> None:
    pbx = FakePbx(connect_after=2)
    rainbow = FakeRainbow(pbx)
    saved: list[InstallationPlan] = []

    plan = btco_plan()
    applied = await apply_plan(
        rainbow, plan, pbx=access(pbx), save=saved.append, timeout=60,
        backoff=Backoff(0.0, cap=0.0),
    )  # fmt: skip
    assert applied.done and str(applied.rainbow) == "Running"
    assert len(rainbow.requests) == 1 and rainbow.requests[0].pbx_id is None  # BTCO: generated
    assert [d.pabx_id for d in pbx.pushed] == ["GEN-1"]
    # The intent first (before the create call, nothing generated yet), then the result.
    intent = saved[0].progress.pending_declaration
    assert intent is not None and intent.server_name == plan.server_name
    assert saved[0].progress.system_id is None and saved[0].equipment_id is None
    assert saved[1].progress.system_id == "sys-1" and saved[1].equipment_id == "GEN-1"
    assert saved[1].progress.pending_declaration is None
    assert saved[2].progress.pbx_configured
    assert saved[-1].progress.verified
    assert pbx.closed == 2  # the configuration's driver, then the watch's

    again = await apply_plan(
        rainbow, saved[-1], pbx=access(pbx), save=saved.append, timeout=60,
        backoff=Backoff(0.0, cap=0.0),
    )  # fmt: skip
    assert again.done and len(rainbow.requests) == 1  # reused, never declared twice
    assert len(pbx.pushed) == 1  # already configured


def test_a_file_that_cannot_be_written_is_a_local_file_failure(tmp_path: Path) -> None:
    folder = tmp_path / "not-a-folder"
    folder.write_text("a file where a folder should be", "utf-8")
    save = plan_saver(folder / "plan.json")
    with pytest.raises(LocalFileError) as caught:
        save(stock_plan())
    described = describe(caught.value)
    assert described.kind is FailureKind.LOCAL_FILE
    assert exit_codes.for_kind(described.kind) == exit_codes.LOCAL_FILE


@pytest.mark.asyncio
async def test_a_declaration_the_file_cannot_record_carries_its_credentials_to_exit_6(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from installer_app.cli.failures import report
    from installer_app.services.failures import LocalFileError
    from installer_app.services.plan_declaration import DeclarationNotRecorded

    pbx = FakePbx(connect_after=2)
    saved: list[InstallationPlan] = []

    def save(plan: InstallationPlan) -> None:
        if saved:  # the intent was written; the folder is gone since
            raise LocalFileError("The file x.json cannot be written: no space left on device.")
        saved.append(plan)

    with pytest.raises(DeclarationNotRecorded) as caught:
        await apply_plan(
            FakeRainbow(pbx), btco_plan(), pbx=access(pbx), save=save, timeout=60,
            backoff=Backoff(0.0, cap=0.0),
        )  # fmt: skip
    assert saved[0].progress.pending_declaration is not None
    assert pbx.pushed == []  # nothing configured with credentials nobody kept
    declared = caught.value.declaration.plan
    assert declared.equipment_id == "GEN-1" and declared.activation_code

    assert report(caught.value) == exit_codes.LOCAL_FILE
    err = capsys.readouterr().err
    assert "declared on Rainbow (system sys-1)" in err and "no space left" in err
    assert "Equipment id (PABX-ID): GEN-1" in err
    assert f"Activation code:        {declared.activation_code}" in err

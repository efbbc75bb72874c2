"""Checking, without changing anything, that a declaration would go through.

Before the first real server, a partner can ask Rainbow everything a declaration depends on:
that the account is a business-partner admin of this customer company, the site (existing, or to
be created), that the PBX is not declared elsewhere (by equipment id in stock mode, by name on
the site in BTCO mode), that Rainbow accepts the country, and that the numbering rules fit its
limits. Only GET requests are sent. Every check runs even when an earlier one failed, so the
report lists every problem at once; its first problem's kind is the command's exit code.

The outcome of each lookup is judged as :func:`~installer_app.services.declaration.declare_system`
with the command line's reuse policy would judge it: a PBX already declared for this company with
the plan's equipment id (or the system the plan recorded) would be reused, not declared again.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from installer_app.domain import dialing
from installer_app.domain.numbering import MAX_PATTERN_LENGTH, MAX_RULES, validate_rules
from installer_app.domain.plan import DeliveryMode, InstallationPlan
from installer_app.rainbow import (
    Company,
    NotFoundError,
    PermissionDeniedError,
    RainbowError,
    Session,
    Site,
    System,
)
from installer_app.services.declaration import SystemLookups
from installer_app.services.failures import Failure, FailureKind, Field, UseCaseError, describe
from installer_app.services.request_preview import PlannedRequest, declaration_requests
from installer_app.services.sites import NoSiteError, SiteChoiceNeeded, SiteCount, count_sites

CheckName = Literal["account", "company", "site", "pbx", "country", "rules"]
Outcome = Literal["ok", "problem", "skipped"]


class PreflightClient(SystemLookups, Protocol):
    """The read-only calls of :class:`~installer_app.rainbow.RainbowClient` preflight makes."""

    @property
    def session(self) -> Session | None: ...

    async def get_company(self, company_id: str) -> Company: ...

    async def list_system_countries(self) -> list[str]: ...


@dataclass(frozen=True)
class Check:
    """One check: what was found (``text``), and the failure when it is a problem."""

    name: CheckName
    outcome: Outcome
    text: str
    failure: Failure | None = None


@dataclass(frozen=True)
class PreflightReport:
    """Every check, and the requests the declaration would then send (none when reused)."""

    checks: tuple[Check, ...]
    requests: tuple[PlannedRequest, ...] = field(default=())

    @property
    def problems(self) -> list[Failure]:
        """The failures, in the order of the checks."""
        return [check.failure for check in self.checks if check.failure is not None]

    @property
    def passed(self) -> bool:
        """Whether a declaration would go through."""
        return not self.problems

    @property
    def kind(self) -> FailureKind | None:
        """The first problem's kind (the command's exit code follows from it), or None."""
        problems = self.problems
        return problems[0].kind if problems else None


def _ok(name: CheckName, text: str) -> Check:
    return Check(name, "ok", text)


def _problem(name: CheckName, failure: Failure) -> Check:
    return Check(name, "problem", failure.text, failure)


def _problem_of(name: CheckName, error: BaseException) -> Check:
    return _problem(name, describe(error))


def country_codes(items: Iterable[object]) -> set[str]:
    """The alpha-3 codes of Rainbow's country list, whether it lists strings or objects.

    [I] The list's shape is not documented: strings (``"FRA"``) and objects carrying the code
    under ``alpha3``/``alpha3Code``/``code``/``iso3`` are both read.
    """
    codes: set[str] = set()
    for item in items:
        if isinstance(item, str):
            codes.add(item.strip().upper())
        elif isinstance(item, dict):
            for key in ("alpha3", "alpha3Code", "code", "iso3", "isoCode"):
                value = item.get(key)
                if isinstance(value, str) and len(value.strip()) == 3:
                    codes.add(value.strip().upper())
                    break
    return codes


def _conflict(where: str) -> Failure:
    return Failure(
        FailureKind.CONFLICT,
        f"This PBX is already declared on Rainbow {where}.",
        "Check the equipment id and the company; reuse or delete the existing declaration in "
        "the Rainbow admin portal first.",
        "equipment_id",
    )


class _Preflight:
    def __init__(
        self, client: PreflightClient, plan: InstallationPlan, create_site_name: str | None
    ) -> None:
        self.client = client
        self.plan = plan
        self.create_site_name = create_site_name
        self.sites: list[Site] | None = None
        self.site_id: str | None = None
        self.site_known = False
        self.reused = False

    def account(self) -> Check:
        session = self.client.session
        if session is None or not session.is_bp_admin:
            failure = Failure(
                FailureKind.AUTH_REFUSED,
                "The account signed in is not a business-partner admin.",
                "Sign in with the business partner's admin account.",
                Field.LOGIN,
            )
            return _problem("account", failure)
        return _ok("account", f"Signed in as {session.login_email}, a business-partner admin.")

    async def company(self) -> Check:
        company_id = self.plan.company.id
        session = self.client.session
        refused = Failure(
            FailureKind.AUTH_REFUSED,
            f"The customer company {self.plan.company.name or company_id} is not one of this "
            "business partner's customers on Rainbow.",
            "Check the company chosen in the installation, or sign in with the account of the "
            "business partner that manages it.",
            "company",
        )
        try:
            company = await self.client.get_company(company_id)
        except (PermissionDeniedError, NotFoundError):
            return _problem("company", refused)
        if session is not None and company.bp_id not in (None, session.company_id):
            return _problem("company", refused)
        return _ok("company", f"{company.name or company.id}, a customer of this business partner.")

    async def site(self) -> Check:
        self.sites = await self.client.list_sites(self.plan.company.id)
        wanted = self.plan.site_id
        if wanted:
            found = next((s for s in self.sites if s.id == wanted), None)
            if found is None:
                failure = Failure(
                    FailureKind.INVALID_INPUT,
                    f"The site {wanted} of the installation is not a site of this company.",
                    "Choose one of the company's sites (--site-id on the command line).",
                    "site_id",
                )
                return _problem("site", failure)
            self.site_id, self.site_known = found.id, True
            return _ok("site", f"{found.name or found.id}.")
        count = count_sites(self.sites)
        if count is SiteCount.ONE:
            self.site_id, self.site_known = self.sites[0].id, True
            return _ok("site", f"{self.sites[0].name} (the company's only site).")
        if count is SiteCount.SEVERAL:
            return _problem_of("site", SiteChoiceNeeded(self.sites))
        if not self.create_site_name:
            return _problem_of("site", NoSiteError())
        self.site_known = True  # a new, empty site: nothing can be declared on it yet
        return _ok("site", f"None yet: the site '{self.create_site_name}' would be created.")

    async def pbx(self) -> Check:
        """Stock: the equipment id is free; BTCO: no system of this name on the site."""
        if self.plan.mode is DeliveryMode.STOCK:
            pbx_id = self.plan.equipment_id or ""
            try:
                found = await self.client.find_system_by_pbx_id(pbx_id)
            except PermissionDeniedError:
                return _problem("pbx", _conflict("by another business partner"))
            if found is None:
                return _ok("pbx", "The equipment id is free: a new system would be declared.")
            return await self._existing(found)
        if not self.site_known:
            return Check("pbx", "skipped", "Checked once the site is known.")
        if self.site_id is None:
            return _ok("pbx", "The site is new: no system of this name can exist on it.")
        page = await self.client.list_systems(name=self.plan.server_name, site_id=self.site_id)
        wanted = self.plan.server_name.casefold()
        matches = [s for s in page.items if s.name.casefold() == wanted]
        matches = [s for s in matches if self.site_id in s.site_ids]
        if len(matches) > 1:
            return _problem("pbx", _conflict("several times on this site"))
        if not matches:
            return _ok("pbx", "No system of this name on the site: a new one would be declared.")
        return await self._existing(matches[0])

    async def _existing(self, system: System) -> Check:
        """A system found for this PBX: reused when it is this installation's, else a conflict."""
        company_sites = {site.id for site in self.sites or []}
        if company_sites.isdisjoint(system.site_ids):
            return _problem("pbx", _conflict("for another customer company"))
        plan = self.plan
        if system.id == plan.progress.system_id or (
            plan.equipment_id and system.pbx_id == plan.equipment_id
        ):
            self.reused = True
            return _ok(
                "pbx",
                f"Already declared for this company as '{system.name}': declaring would reuse "
                "it and send nothing.",
            )
        return _problem("pbx", _conflict(f"for this company as '{system.name}'"))

    async def country(self) -> Check:
        alpha3 = dialing.alpha2_to_alpha3(self.plan.dialing.country)
        accepted = country_codes(await self.client.list_system_countries())
        if alpha3.upper() in accepted:
            return _ok("country", f"Rainbow accepts the country {alpha3} for a PBX.")
        failure = Failure(
            FailureKind.INVALID_INPUT,
            f"Rainbow does not accept the country {alpha3} for a PBX.",
            "Check the country of the installation; Rainbow lists the countries it accepts "
            "(GET /systems/countries).",
            "country",
        )
        return _problem("country", failure)

    def rules(self) -> Check:
        rules = self.plan.domain_rules()
        errors = [p for p in validate_rules(rules) if not p.warning]
        if errors:
            failure = Failure(
                FailureKind.INVALID_INPUT, " ".join(p.message for p in errors), field="rules"
            )
            return _problem("rules", failure)
        return _ok(
            "rules",
            f"{len(rules)} numbering rule(s), within Rainbow's limits (at most {MAX_RULES} "
            f"rules, patterns of at most {MAX_PATTERN_LENGTH} characters).",
        )

    def requests(self) -> tuple[PlannedRequest, ...]:
        if self.reused or not self.site_known:
            return ()
        name = None if self.site_id else self.create_site_name
        return tuple(declaration_requests(self.plan, self.site_id, create_site_name=name))


async def _guarded(name: CheckName, check: Callable[[], Awaitable[Check]]) -> Check:
    """``check``'s result, or the problem its failure is (the other checks still run)."""
    try:
        return await check()
    except (RainbowError, UseCaseError) as error:
        return _problem_of(name, error)


async def run_preflight(
    client: PreflightClient, plan: InstallationPlan, *, create_site_name: str | None = None
) -> PreflightReport:
    """Check that declaring ``plan`` would go through, sending only GET requests.

    Args:
        client: a signed-in client (the account check reads its session).
        plan: the installation to declare.
        create_site_name: the name of the site the declaration would create when the company
            has none (as ``declare --create-site``).
    """
    run = _Preflight(client, plan, create_site_name)
    checks = [run.account()]
    checks.append(await _guarded("company", run.company))
    checks.append(await _guarded("site", run.site))
    checks.append(await _guarded("pbx", run.pbx))
    checks.append(await _guarded("country", run.country))
    checks.append(run.rules())
    return PreflightReport(tuple(checks), run.requests())


__all__: Sequence[str] = [
    "Check",
    "PreflightClient",
    "PreflightReport",
    "country_codes",
    "run_preflight",
]

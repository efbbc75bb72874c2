"""Declaring an installation plan on Rainbow: the plan's values in the API's names, then the result
recorded back into the plan.

The declaration itself ("never two systems for one PBX") is :func:`declare_system`; this module
only decides what to send for a plan, which site to use, and what the plan keeps afterwards.

Before the create call the plan's intent (:class:`PendingDeclaration`: when, server, company,
site, name, mode; no secret) is handed to ``record_intent``, which writes it to the installation
file; the recorded result clears it. A run that finds the PBX declared while its plan holds a
matching intent knows the system is the one its interrupted predecessor created: it adopts it
without asking and reads back what Rainbow generated.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Protocol

from installer_app.domain import dialing
from installer_app.domain.numbering import rules_to_api
from installer_app.domain.plan import DeliveryMode, InstallationPlan, PendingDeclaration
from installer_app.domain.status import derive_admin_status
from installer_app.rainbow import NumberingRule, System, SystemRequest
from installer_app.services.declaration import (
    DeclarationClient,
    DeclarationOutcome,
    DeclarationStep,
    declare_system,
)
from installer_app.services.failures import LocalFileError
from installer_app.services.progress import record_status, with_progress
from installer_app.services.sites import NoSiteError, SiteChoiceNeeded, SiteClient, resolve_site

__all__ = [
    "DeclarationNotRecorded",
    "NoSiteError",
    "PlanDeclaration",
    "SiteChoiceNeeded",
    "declare_plan",
    "main_bundle_prefix",
    "record_declaration",
    "record_or_raise",
    "resolve_site",
    "reuse_when_equipment_id_matches",
    "system_request",
]


class PlanClient(DeclarationClient, SiteClient, Protocol):
    """The Rainbow calls declaring a plan needs: the declaration's and the site's."""


def main_bundle_prefix(plan: InstallationPlan) -> tuple[tuple[str, ...], bool]:
    """The outbound prefix in the API's terms.

    [I] (docs/rainbow-api.md) The portal's "Outbound prefix" is ``pbxMainBundlePrefix`` (a
    list; the official CLI sends ``["0"]``) and "Use the outbound prefix" is
    ``usePbxMainBundlePrefix``. This is the one place that choice is made.
    """
    prefix = plan.dialing.outbound_prefix
    return ((prefix,) if prefix else ()), bool(prefix) and plan.dialing.use_outbound_prefix


def system_request(plan: InstallationPlan, site_id: str) -> SystemRequest:
    """The ``POST /systems`` request for ``plan`` on ``site_id``.

    Stock mode sends ``pbxId`` and ``activationCode``, both the joined references; BTCO sends
    neither, so Rainbow generates them.
    """
    bundle, use_bundle = main_bundle_prefix(plan)
    stock = plan.mode is DeliveryMode.STOCK
    rules = tuple(
        NumberingRule(rule["regexpMatch"], rule["regexpReplace"], rule["description"])
        for rule in rules_to_api(plan.domain_rules())
    )
    return SystemRequest(
        name=plan.server_name,
        site_id=site_id,
        country=dialing.alpha2_to_alpha3(plan.dialing.country),
        pbx_id=plan.equipment_id if stock else None,
        activation_code=plan.activation_code if stock else None,
        national_prefix=plan.dialing.national_prefix,
        international_prefix=plan.dialing.international_prefix,
        main_bundle_prefix=bundle,
        use_main_bundle_prefix=use_bundle,
        numbering_translator=rules,
    )


def record_declaration(plan: InstallationPlan, system: System, site_id: str) -> InstallationPlan:
    """A copy of ``plan`` with the declared system recorded (and, in BTCO, its credentials)."""
    now = datetime.now(UTC)
    status = derive_admin_status(system.status or "", None).value
    declared = with_progress(
        plan, system_id=system.id, declared_at=plan.progress.declared_at or now
    )
    declared = record_status(declared, "rainbow", status, now)
    declared = with_progress(declared, pending_declaration=None)
    update: dict[str, object] = {"site_id": site_id}
    if plan.mode is DeliveryMode.BTCO:
        update["equipment_id"] = system.pbx_id or plan.equipment_id
        update["activation_code"] = system.activation_code or plan.activation_code
    return declared.model_copy(update=update)


@dataclass(frozen=True)
class PlanDeclaration:
    """The plan with its declaration recorded, and how the declaration went."""

    plan: InstallationPlan
    outcome: DeclarationOutcome


class DeclarationNotRecorded(LocalFileError):
    """Declared on Rainbow, but the installation file cannot be written.

    The credentials Rainbow generated exist nowhere else on this computer: the fronts show
    ``declaration.plan``'s equipment id and activation code whatever else happens. The file still
    holds the intent (when it could be written before), so the next run adopts the system.
    """

    def __init__(self, declaration: PlanDeclaration, cause: LocalFileError) -> None:
        system = declaration.outcome.system.id
        super().__init__(
            f"The PBX is declared on Rainbow (system {system}), but the installation file "
            f"cannot be written: {cause.message}",
            "Copy the equipment id and activation code shown now (enter them in OMC > Cloud > "
            "Rainbow). Then make the file writable (free some space, or copy it to a folder you "
            "may write to) and declare it again: the declaration is found and recorded.",
        )
        self.declaration = declaration


def intent_for(plan: InstallationPlan, server: str, site_id: str) -> PendingDeclaration:
    """What :func:`declare_plan` records before it creates the system."""
    return PendingDeclaration(
        started_at=datetime.now(UTC),
        rainbow_server=server,
        company_id=plan.company.id,
        site_id=site_id,
        server_name=plan.server_name,
        mode=plan.mode,
    )


def matches_intent(plan: InstallationPlan, system: System, server: str) -> bool:
    """Whether ``system`` is the one ``plan``'s unfinished declaration created on ``server``."""
    intent = plan.progress.pending_declaration
    if intent is None or intent.mode is not plan.mode:
        return False
    same_server = intent.rainbow_server.rstrip("/").casefold() == server.rstrip("/").casefold()
    return (
        same_server
        and intent.company_id == plan.company.id
        and intent.site_id in system.site_ids
        and intent.server_name.casefold() == system.name.casefold()
    )


class _Site:
    """The site a declaration uses: the plan's, or the one :func:`resolve_site` finds."""

    def __init__(
        self, client: PlanClient, plan: InstallationPlan, create_site_name: str | None
    ) -> None:
        self._client, self._plan, self._create = client, plan, create_site_name
        self.id = plan.site_id or ""

    async def find(self) -> str:
        self.id = await resolve_site(self._client, self._plan, create_site_name=self._create)
        return self.id


async def declare_plan(
    client: PlanClient,
    plan: InstallationPlan,
    *,
    reuse_existing: Callable[[System], Awaitable[bool]] | None = None,
    create_site_name: str | None = None,
    on_step: Callable[[DeclarationStep], None] | None = None,
    record_intent: Callable[[InstallationPlan], None] | None = None,
    server: str | None = None,
    on_wait: Callable[[], None] | None = None,
) -> PlanDeclaration:
    """Declare ``plan``'s PBX on Rainbow (or reuse/adopt its system) and record the result.

    Stock mode looks the PBX up by equipment id, BTCO by name and site (docs/architecture.md:
    never two systems for one PBX). A system matching the plan's unfinished intent is adopted
    without asking ``reuse_existing``.

    Args:
        record_intent: writes the plan with its intent recorded, before the create call; what
            it raises (``LocalFileError``) stops the declaration before anything is created.
        server: the Rainbow server the client talks to (default: the plan's).
        on_wait: called when another declaration of this PBX holds its lock.
    """
    site = _Site(client, plan, create_site_name)
    # Stock mode looks the PBX up by equipment id, which does not need the site: both at once.
    site_during_lookup = plan.mode is DeliveryMode.STOCK and not plan.site_id
    if not site_during_lookup:
        await site.find()
    # The address the client really talks to (the command line's --rainbow-url may differ from
    # the plan's server); fakes without one fall back on the plan's.
    address = server or str(getattr(client, "base_url", "") or plan.rainbow_server)
    resumed = False

    async def decide(system: System) -> bool:
        nonlocal resumed
        if matches_intent(plan, system, address):
            resumed = True
            return True
        return reuse_existing is not None and await reuse_existing(system)

    def before_create() -> None:
        if record_intent is not None:
            _record_intent(record_intent, plan, address, site.id)

    outcome = await declare_system(
        client,
        system_request(plan, site.id),
        company_id=plan.company.id,
        lookup="pbx_id" if plan.mode is DeliveryMode.STOCK else "name_site",
        reuse_existing=decide,
        on_step=on_step,
        server=address,
        before_create=before_create,
        on_wait=on_wait,
        site=site.find if site_during_lookup else None,
    )
    if resumed:
        outcome = replace(outcome, resumed=True)
    return PlanDeclaration(record_declaration(plan, outcome.system, site.id), outcome)


def _record_intent(
    record_intent: Callable[[InstallationPlan], None],
    plan: InstallationPlan,
    address: str,
    site_id: str,
) -> None:
    """Write ``plan`` with its intent, just before the create call."""
    intent = intent_for(plan, address, site_id)
    try:
        record_intent(with_progress(plan, pending_declaration=intent))
    except LocalFileError as error:
        raise LocalFileError(
            error.message,
            "Nothing was declared. Make the file writable (free some space, or copy it to a "
            "folder you may write to), then declare it again.",
        ) from error


def record_or_raise(declaration: PlanDeclaration, save: Callable[[InstallationPlan], None]) -> None:
    """``save`` the declared plan; when it cannot, :class:`DeclarationNotRecorded`.

    Raises:
        DeclarationNotRecorded: ``save`` raised :class:`LocalFileError`.
    """
    try:
        save(declaration.plan)
    except LocalFileError as error:
        raise DeclarationNotRecorded(declaration, error) from error


def reuse_when_equipment_id_matches(plan: InstallationPlan) -> Callable[[System], Awaitable[bool]]:
    """The command line's reuse policy: reuse the system this plan already recorded, or one
    whose equipment id is the plan's."""

    async def decide(system: System) -> bool:
        if plan.progress.system_id and system.id == plan.progress.system_id:
            return True
        return bool(plan.equipment_id) and system.pbx_id == plan.equipment_id

    return decide

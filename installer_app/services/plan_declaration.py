"""Declaring an installation plan on Rainbow: the plan's values in the API's names, then the result
recorded back into the plan.

The declaration itself ("never two systems for one PBX") is :func:`declare_system`; this module
only decides what to send for a plan, which site to use, and what the plan keeps afterwards.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from installer_app.domain import dialing
from installer_app.domain.numbering import rules_to_api
from installer_app.domain.plan import DeliveryMode, InstallationPlan, StatusEvent
from installer_app.domain.status import derive_admin_status
from installer_app.rainbow import NumberingRule, Site, System, SystemRequest
from installer_app.services.declaration import (
    DeclarationClient,
    DeclarationError,
    DeclarationOutcome,
    DeclarationStep,
    declare_system,
)


class SiteChoiceNeeded(DeclarationError):
    """The company has several sites and the plan names none; ``sites`` lists them."""

    def __init__(self, sites: list[Site]) -> None:
        names = ", ".join(f"{site.name} ({site.id})" for site in sites)
        super().__init__(
            f"The customer company has {len(sites)} sites: {names}.",
            "Choose the site the PBX belongs to (--site-id on the command line).",
        )
        self.sites = sites


class NoSiteError(DeclarationError):
    """The company has no site yet; a site is created only when the user agrees."""

    def __init__(self) -> None:
        super().__init__(
            "The customer company has no site on Rainbow, and a PBX must belong to a site.",
            "Agree to create one (--create-site on the command line), or create it in the "
            "Rainbow admin portal.",
        )


class SiteClient(DeclarationClient, Protocol):
    """What choosing a site needs beyond the declaration calls."""

    async def create_site(self, company_id: str, name: str) -> Site: ...


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


async def resolve_site(
    client: SiteClient, plan: InstallationPlan, *, create_site_name: str | None = None
) -> str:
    """The site the PBX goes on: the plan's, the company's only one, or a new one if allowed.

    Raises:
        SiteChoiceNeeded: several sites and none chosen.
        NoSiteError: no site and ``create_site_name`` not given.
    """
    if plan.site_id:
        return plan.site_id
    sites = await client.list_sites(plan.company.id)
    if len(sites) == 1:
        return sites[0].id
    if len(sites) > 1:
        raise SiteChoiceNeeded(sites)
    if not create_site_name:
        raise NoSiteError()
    return (await client.create_site(plan.company.id, create_site_name)).id


def record_declaration(plan: InstallationPlan, system: System, site_id: str) -> InstallationPlan:
    """A copy of ``plan`` with the declared system recorded (and, in BTCO, its credentials)."""
    now = datetime.now(UTC)
    status = derive_admin_status(system.status or "", None).value
    progress = plan.progress.model_copy(
        update={
            "system_id": system.id,
            "declared_at": plan.progress.declared_at or now,
            "rainbow_status": status,
            "timeline": [
                *plan.progress.timeline,
                StatusEvent(at=now, side="rainbow", status=status),
            ],
        }
    )
    update: dict[str, object] = {"progress": progress, "site_id": site_id}
    if plan.mode is DeliveryMode.BTCO:
        update["equipment_id"] = system.pbx_id or plan.equipment_id
        update["activation_code"] = system.activation_code or plan.activation_code
    return plan.model_copy(update=update)


@dataclass(frozen=True)
class PlanDeclaration:
    """The plan with its declaration recorded, and how the declaration went."""

    plan: InstallationPlan
    outcome: DeclarationOutcome


async def declare_plan(
    client: SiteClient,
    plan: InstallationPlan,
    *,
    reuse_existing: Callable[[System], Awaitable[bool]] | None = None,
    create_site_name: str | None = None,
    on_step: Callable[[DeclarationStep], None] | None = None,
) -> PlanDeclaration:
    """Declare ``plan``'s PBX on Rainbow (or reuse/adopt its system) and record the result.

    Stock mode looks the PBX up by equipment id, BTCO by name and site (docs/architecture.md:
    never two systems for one PBX).
    """
    site_id = await resolve_site(client, plan, create_site_name=create_site_name)
    outcome = await declare_system(
        client,
        system_request(plan, site_id),
        company_id=plan.company.id,
        lookup="pbx_id" if plan.mode is DeliveryMode.STOCK else "name_site",
        reuse_existing=reuse_existing,
        on_step=on_step,
    )
    return PlanDeclaration(record_declaration(plan, outcome.system, site_id), outcome)


def reuse_when_equipment_id_matches(plan: InstallationPlan) -> Callable[[System], Awaitable[bool]]:
    """The command line's reuse policy: reuse the system this plan already recorded, or one
    whose equipment id is the plan's."""

    async def decide(system: System) -> bool:
        if plan.progress.system_id and system.id == plan.progress.system_id:
            return True
        return bool(plan.equipment_id) and system.pbx_id == plan.equipment_id

    return decide

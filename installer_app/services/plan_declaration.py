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
from installer_app.domain.plan import DeliveryMode, InstallationPlan
from installer_app.domain.status import derive_admin_status
from installer_app.rainbow import NumberingRule, System, SystemRequest
from installer_app.services.declaration import (
    DeclarationClient,
    DeclarationOutcome,
    DeclarationStep,
    declare_system,
)
from installer_app.services.progress import record_status, with_progress
from installer_app.services.sites import NoSiteError, SiteChoiceNeeded, SiteClient, resolve_site

__all__ = [
    "NoSiteError",
    "PlanDeclaration",
    "SiteChoiceNeeded",
    "declare_plan",
    "main_bundle_prefix",
    "record_declaration",
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


async def declare_plan(
    client: PlanClient,
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

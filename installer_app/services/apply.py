"""The whole installation in a row: declare, configure the PBX, wait until Running and Connected.

The same three use cases the wizard runs page by page (:func:`declare_plan`,
:func:`configure_pbx`, :func:`watch_installation`), chained for ``installer-app apply``. Every
change is handed to ``save`` as it happens, so an interrupted run resumes where it stopped: the
declaration is reused, a configured PBX is not configured again.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from installer_app.domain.plan import InstallationPlan
from installer_app.domain.status import AdminStatus
from installer_app.pbx import PbxConnection
from installer_app.rainbow import System
from installer_app.services.backoff import Backoff
from installer_app.services.monitor import InstallationSnapshot, StatusClient
from installer_app.services.pbx_config import PbxAccess, configure_pbx
from installer_app.services.plan_declaration import (
    PlanClient,
    declare_plan,
    record_or_raise,
    reuse_when_equipment_id_matches,
)
from installer_app.services.plan_files_service import Save
from installer_app.services.watch import goal_for, watch_installation

Say = Callable[[str], None]

#: Told when another declaration of the same PBX on this computer holds its lock.
WAITING_FOR_LOCK = "Waiting for another declaration of this PBX on this computer to end…"


class ApplyClient(PlanClient, StatusClient, Protocol):
    """The Rainbow calls of a whole installation."""


@dataclass(frozen=True)
class Applied:
    """How one installation ended: connected (``done``) or still waiting at the deadline."""

    plan: InstallationPlan
    snapshot: InstallationSnapshot
    done: bool

    @property
    def rainbow(self) -> AdminStatus | None:
        """Rainbow's admin status at the end."""
        rainbow = self.snapshot.rainbow
        return rainbow.admin_status if rainbow else None

    @property
    def pbx(self) -> PbxConnection | None:
        """The PBX's connection at the end (None when configured by hand)."""
        return self.snapshot.pbx.connection if self.snapshot.pbx else None


async def apply_plan(
    client: ApplyClient,
    plan: InstallationPlan,
    *,
    pbx: PbxAccess,
    save: Save,
    timeout: float,
    create_site_name: str | None = None,
    reuse_existing: Callable[[System], Awaitable[bool]] | None = None,
    backoff: Backoff | None = None,
    say: Say | None = None,
) -> Applied:
    """Declare, configure and watch ``plan`` until connected or ``timeout`` seconds passed.

    ``reuse_existing`` defaults to the command line's policy (reuse the system this plan
    recorded, or one with its equipment id).

    Raises:
        UseCaseError, RainbowError, PbxError: as the three steps do (what was done before is
            saved); whatever ``save`` raises (``LocalFileError`` from ``plan_saver``):
            ``DeclarationNotRecorded`` when the declaration itself could not be saved.
    """
    tell = say or (lambda _text: None)
    tell("Declaring on Rainbow…")
    declared = await declare_plan(
        client,
        plan,
        reuse_existing=reuse_existing or reuse_when_equipment_id_matches(plan),
        create_site_name=create_site_name,
        record_intent=save,
        on_wait=lambda: tell(WAITING_FOR_LOCK),
    )
    record_or_raise(declared, save)
    plan = declared.plan
    tell(f"Declared: system {plan.progress.system_id}, equipment id {plan.equipment_id}.")
    if plan.progress.pbx_configured:
        tell("The PBX side is already configured (run 'push' to apply it again).")
    else:
        plan = (await configure_pbx(plan, pbx, say=tell)).plan
        save(plan)
    return await _wait(
        client,
        plan,
        pbx=pbx,
        record=save,
        timeout=timeout,
        backoff=backoff or Backoff(0.5, cap=10.0),
        tell=tell,
    )


async def _wait(
    client: ApplyClient,
    plan: InstallationPlan,
    *,
    pbx: PbxAccess,
    record: Save,
    timeout: float,
    backoff: Backoff,
    tell: Say,
) -> Applied:
    driver = await pbx.open_driver(plan) if pbx.open_driver is not None else None
    last = ""

    def on_snapshot(
        updated: InstallationPlan, snapshot: InstallationSnapshot, changed: bool
    ) -> None:
        nonlocal last
        rainbow = snapshot.rainbow.admin_status if snapshot.rainbow else None
        connection = snapshot.pbx.connection if snapshot.pbx else None
        line = f"Rainbow {rainbow or '-'}, PBX {connection or '-'}: {snapshot.diagnosis.cause}"
        if line != last:
            tell(line)
            last = line
        if changed:
            record(updated)

    try:
        watched = await watch_installation(
            client,
            driver,
            plan,
            until=goal_for(driver),
            backoff=backoff,
            on_snapshot=on_snapshot,
            timeout=timeout,
        )
    finally:
        if driver is not None:
            await driver.aclose()
    record(watched.plan)
    return Applied(watched.plan, watched.snapshot, done=watched.reached)

"""The whole installation in a row: declare, configure the PBX, wait until Running and Connected.

The same three use cases the wizard runs page by page (:func:`declare_plan`,
:func:`configure_pbx`, :func:`watch_installation`), chained for ``installer-app apply``. Every
change is handed to ``save`` as it happens, so an interrupted run resumes where it stopped: the
declaration is reused, a configured PBX is not configured again. The declaration's intent is
saved before the create call; the later steps are saved in a worker thread while the next call
is in flight (:class:`~installer_app.services.saving.SavesInOrder`), and the run waits for them
before the PBX is given credentials and before it ends.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from installer_app.domain.plan import DeliveryMode, InstallationPlan
from installer_app.domain.status import AdminStatus
from installer_app.pbx import PbxConnection, PbxDriver
from installer_app.rainbow import System
from installer_app.services.backoff import Backoff
from installer_app.services.monitor import InstallationSnapshot, StatusClient
from installer_app.services.pbx_config import (
    Configured,
    PbxAccess,
    configure_pbx,
    configure_through,
    mark_configured,
)
from installer_app.services.plan_declaration import (
    DeclarationNotRecorded,
    PlanClient,
    PlanDeclaration,
    declare_plan,
    record_or_raise,
    reuse_when_equipment_id_matches,
)
from installer_app.services.plan_files_service import Save
from installer_app.services.saving import SavesInOrder
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
    declaring = declare_plan(
        client,
        plan,
        reuse_existing=reuse_existing or reuse_when_equipment_id_matches(plan),
        create_site_name=create_site_name,
        record_intent=save,  # in the file before the create call, not in a worker thread
        on_wait=lambda: tell(WAITING_FOR_LOCK),
    )
    if plan.mode is DeliveryMode.STOCK and pbx.open_driver is not None:
        declared, side = await _declare_beside_the_pbx(declaring, plan, pbx, save, tell)
    else:  # BTCO: the PBX takes what the declaration generates; by hand: one thing at a time
        declared, side = await declaring, _PbxSide(None, None)
    saves = _Saves(save, declared)
    try:
        try:
            plan = await _record_and_configure(declared, side, pbx, saves, tell)
        except BaseException:
            await side.close()
            raise
        applied = await _wait(
            client, plan, pbx=pbx, saves=saves, timeout=timeout,
            backoff=backoff or Backoff.settling(), tell=tell, driver=side.driver,
        )  # fmt: skip
        await saves.flush()
        return applied
    finally:
        saves.close()


class _Saves(SavesInOrder):
    """The run's saves after the declaration: a failure before the declaration reached the file
    is :class:`DeclarationNotRecorded` (the credentials exist nowhere else)."""

    def __init__(self, save: Save, declared: PlanDeclaration) -> None:
        super().__init__(save)
        self.declared = declared

    def check(self) -> None:
        if self.failure is None:
            return
        written = self.written
        if written is None or written.progress.system_id != self.declared.plan.progress.system_id:
            raise DeclarationNotRecorded(self.declared, self.failure) from self.failure
        raise self.failure


async def _record_and_configure(
    declared: PlanDeclaration, side: _PbxSide, pbx: PbxAccess, saves: _Saves, tell: Say
) -> InstallationPlan:
    """Save the declaration, then the PBX's configuration (done meanwhile, or now: once the
    file holds the declaration, whose credentials the PBX is then given)."""
    saves(declared.plan)
    plan = declared.plan
    tell(f"Declared: system {plan.progress.system_id}, equipment id {plan.equipment_id}.")
    if plan.progress.pbx_configured:
        tell("The PBX side is already configured (run 'push' to apply it again).")
        return plan
    if side.configured is not None:
        plan = mark_configured(plan, side.configured.plan.progress.pbx_configured)
    else:
        await saves.flush()
        plan = (await configure_pbx(plan, pbx, say=tell)).plan
    saves(plan)
    return plan


@dataclass(frozen=True)
class _PbxSide:
    """What was done on the PBX side while Rainbow declared: its configuration (stock: its
    settings read) and the driver the watch reads it with."""

    configured: Configured | None
    driver: PbxDriver | None

    async def close(self) -> None:
        if self.driver is not None:
            await self.driver.aclose()


async def _declare_beside_the_pbx(
    declaring: Awaitable[PlanDeclaration],
    plan: InstallationPlan,
    pbx: PbxAccess,
    save: Save,
    tell: Say,
) -> tuple[PlanDeclaration, _PbxSide]:
    """Stock mode: the PBX's settings do not depend on the declaration, so the PBX is read and
    its driver opened for the watch while Rainbow answers (the driver is closed when the
    declaration fails). A failure of the declaration comes first, as when one step followed
    the other."""
    assert pbx.open_driver is not None
    open_driver = pbx.open_driver

    async def pbx_side() -> _PbxSide:
        driver = await open_driver(plan)  # one driver: the configuration's, then the watch's
        if plan.progress.pbx_configured:
            return _PbxSide(None, driver)
        try:
            return _PbxSide(await configure_through(driver, plan, say=tell), driver)
        except BaseException:
            await driver.aclose()
            raise

    declared, side = await asyncio.gather(declaring, pbx_side(), return_exceptions=True)
    if isinstance(declared, BaseException):
        if isinstance(side, _PbxSide):
            await side.close()
        raise declared
    if isinstance(side, BaseException):
        record_or_raise(declared, save)  # what Rainbow did is kept, as before the PBX's turn
        raise side
    return declared, side


async def _wait(
    client: ApplyClient,
    plan: InstallationPlan,
    *,
    pbx: PbxAccess,
    saves: _Saves,
    timeout: float,
    backoff: Backoff,
    tell: Say,
    driver: PbxDriver | None = None,
) -> Applied:
    if driver is None and pbx.open_driver is not None:
        driver = await pbx.open_driver(plan)
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
        saves.check()  # a write that failed meanwhile stops the watch here
        if changed:
            saves(updated)

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
    return Applied(watched.plan, watched.snapshot, done=watched.reached)

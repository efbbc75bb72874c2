"""Watching an installation until Rainbow says Running and the PBX Connected.

One loop for every front: the dashboard (until the page is left), ``apply`` (until connected or
its deadline) and ``status --watch`` (until Running). Each round reads both sides, records what
changed in the plan's timeline (:func:`~installer_app.services.monitor.record_snapshot`), tells
the caller, then waits as :class:`Backoff` says. The backoff's delays run from the start of one
round to the start of the next: a round that took long (a slow network) is followed by a shorter
wait, so the reads come as often as the backoff says, never less often than the network allows.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from installer_app.domain.plan import InstallationPlan
from installer_app.domain.status import AdminStatus
from installer_app.pbx import PbxDriver
from installer_app.services.backoff import Backoff
from installer_app.services.monitor import (
    InstallationSnapshot,
    StatusClient,
    installation_snapshot,
    record_snapshot,
)

#: Whether a snapshot is what the caller waits for.
Goal = Callable[[InstallationSnapshot], bool]
#: Told every round: the plan with the round recorded, the snapshot, and whether a status changed.
OnSnapshot = Callable[[InstallationPlan, InstallationSnapshot, bool], None]


def connected(snapshot: InstallationSnapshot) -> bool:
    """Running on Rainbow and Connected on the PBX."""
    return snapshot.done


def rainbow_running(snapshot: InstallationSnapshot) -> bool:
    """Rainbow says Running (what can be checked when the PBX is configured by hand)."""
    rainbow = snapshot.rainbow
    return rainbow is not None and rainbow.admin_status is AdminStatus.RUNNING


def goal_for(driver: PbxDriver | None) -> Goal:
    """Connected when the PBX can be read; Running on Rainbow when it cannot."""
    return connected if driver is not None else (lambda s: connected(s) or rainbow_running(s))


@dataclass(frozen=True)
class Watched:
    """How a watch ended: the plan with every round recorded, the last snapshot, and whether
    the goal was reached (False: the deadline passed first)."""

    plan: InstallationPlan
    snapshot: InstallationSnapshot
    reached: bool


async def watch_installation(
    client: StatusClient | None,
    driver: PbxDriver | None,
    plan: InstallationPlan,
    *,
    until: Goal,
    backoff: Backoff,
    on_snapshot: OnSnapshot | None = None,
    on_wait: Callable[[float], None] | None = None,
    timeout: float | None = None,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Watched:
    """Read both sides until ``until`` says so, or ``timeout`` seconds passed (None: never).

    Cancel the task to stop earlier (the dashboard does when its page is left).
    """
    deadline = None if timeout is None else clock() + timeout
    while True:
        started = clock()
        snapshot = await installation_snapshot(client, driver, plan)
        recorded = record_snapshot(plan, snapshot)
        changed = recorded.progress != plan.progress
        plan = recorded
        if on_snapshot is not None:
            on_snapshot(plan, snapshot, changed)
        if until(snapshot):
            return Watched(plan, snapshot, reached=True)
        now = clock()
        if deadline is not None and now > deadline:
            return Watched(plan, snapshot, reached=False)
        wait = backoff.wait_after(now - started, changed=changed)
        if on_wait is not None:
            on_wait(wait)
        await sleep(wait)

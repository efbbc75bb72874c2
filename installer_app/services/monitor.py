"""Reading both sides of an installation: Rainbow's view of the PBX, and the PBX's own.

One snapshot is one round of reads; ``services.watch`` repeats them (the dashboard, ``apply``,
``status --watch``).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

from installer_app.domain.diagnosis import Diagnosis, diagnose
from installer_app.domain.pbx_side import PbxConnection, PbxSettings
from installer_app.domain.plan import InstallationPlan
from installer_app.domain.status import (
    AdminStatus,
    ChannelState,
    derive_admin_status,
    ever_connected,
    parse_state,
    unknown_values,
)
from installer_app.domain.status import describe as describe_status
from installer_app.pbx import PbxDriver, PbxError
from installer_app.rainbow import ACTIVATION_CODE_STATUSES, System, SystemStateReport
from installer_app.services.concurrency import both
from installer_app.services.failures import Failure, describe
from installer_app.services.progress import record_status, with_progress

logger = logging.getLogger(__name__)

#: Prefix of a value shown as Rainbow sent it, because this version does not know it.
RAINBOW_SAYS = "Rainbow says: "
_reported_unknown: set[tuple[str, str]] = set()


def _report_unknown(values: dict[str, str]) -> None:
    """Log each value this version does not know once per run (support reads the log)."""
    for item in values.items():
        if item not in _reported_unknown:
            _reported_unknown.add(item)
            logger.warning("Rainbow sent a value this version does not know: %s = %r", *item)


class StatusClient(Protocol):
    """The Rainbow calls a status read needs."""

    async def get_system(self, system_id: str, connection_history: bool = False) -> System: ...

    async def find_system_by_pbx_id(self, pbx_id: str) -> System | None: ...

    async def get_system_state(
        self, system_id: str, format: Literal["small", "medium", "full"] = "medium"
    ) -> SystemStateReport: ...


@dataclass(frozen=True)
class RainbowSnapshot:
    """Rainbow's view of the PBX at one moment; ``system_id`` None when not declared."""

    system_id: str | None
    pbx_id: str | None = field(default=None, repr=False)
    raw_status: str | None = None
    admin_status: AdminStatus | None = None
    connection: ChannelState = ChannelState.UNKNOWN
    channels: dict[str, str] = field(default_factory=dict)
    has_media_pillar: bool | None = None
    unknown: dict[str, str] = field(default_factory=dict)
    """What Rainbow sent that this version does not know, by field, as sent."""

    @property
    def code_readable(self) -> bool:
        """Whether Rainbow still returns the activation code (status created or activating);
        once activated it keeps only a hash, and only the portal's "Reset connection" makes a
        new one."""
        return (self.raw_status or "").strip().casefold() in ACTIVATION_CODE_STATUSES

    @property
    def status_text(self) -> str | None:
        """The admin status, or the system's status as Rainbow sent it when it is unknown."""
        if self.admin_status is AdminStatus.UNKNOWN:
            return RAINBOW_SAYS + self.unknown.get("status", str(self.raw_status))
        return self.admin_status.value if self.admin_status else None

    @property
    def channel_texts(self) -> dict[str, str]:
        """Each channel's state, or its value as Rainbow sent it when it is unknown."""
        return {
            name: RAINBOW_SAYS + self.unknown[name] if name in self.unknown else value
            for name, value in self.channels.items()
        }

    @property
    def connection_text(self) -> str:
        """The connection's state, or its value as Rainbow sent it when it is unknown."""
        if "connection" in self.unknown:
            return RAINBOW_SAYS + self.unknown["connection"]
        return self.connection.value

    @property
    def description(self) -> str:
        """The admin status in one sentence."""
        return (
            describe_status(self.admin_status) if self.admin_status else "Not declared on Rainbow."
        )

    def to_json(self) -> dict[str, Any]:
        """For ``--json`` output (the equipment id is not secret; no code is included)."""
        return {
            "system_id": self.system_id,
            "equipment_id": self.pbx_id,
            "rainbow_status": self.admin_status.value if self.admin_status else None,
            "status": self.raw_status,
            "connection": self.connection.value,
            "channels": self.channels,
            "webrtc_gateway_active": self.has_media_pillar,
            "activation_code_readable": self.code_readable,
            "unknown_values": self.unknown,
        }


async def find_system(client: StatusClient, plan: InstallationPlan) -> System | None:
    """The plan's system: by the recorded id, else by equipment id."""
    if plan.progress.system_id:
        return await client.get_system(plan.progress.system_id, connection_history=True)
    if plan.equipment_id:
        return await client.find_system_by_pbx_id(plan.equipment_id)
    return None


async def _system_and_state(
    client: StatusClient, plan: InstallationPlan
) -> tuple[System | None, SystemStateReport | None]:
    """The plan's system and its ``/state``: both at once when the system's id is recorded,
    else the lookup by equipment id first (the state needs the id it answers)."""
    system_id = plan.progress.system_id
    if system_id:
        return await both(
            client.get_system(system_id, connection_history=True),
            client.get_system_state(system_id, format="medium"),
        )
    system = await find_system(client, plan)
    if system is None:
        return None, None
    return system, await client.get_system_state(system.id, format="medium")


async def rainbow_snapshot(client: StatusClient, plan: InstallationPlan) -> RainbowSnapshot:
    """Read the system and its ``/state`` and derive the admin portal's status."""
    system, report = await _system_and_state(client, plan)
    if system is None or report is None:
        return RainbowSnapshot(system_id=None)
    state = parse_state(report.raw)
    connected_before = ever_connected(event.event_type for event in system.connection_history)
    admin = derive_admin_status(system.status or "", state, ever_connected=connected_before)
    unknown = unknown_values(system.status, state)
    _report_unknown(unknown)
    return RainbowSnapshot(
        system_id=system.id,
        pbx_id=system.pbx_id,
        raw_status=system.status,
        admin_status=admin,
        connection=state.connection,
        channels={name: value.value for name, value in state.channels.items()},
        has_media_pillar=system.has_media_pillar,
        unknown=unknown,
    )


@dataclass(frozen=True)
class InstallationSnapshot:
    """Both sides read at one moment, with the diagnosis of what they say together.

    ``rainbow_failure`` / ``pbx_failure`` describe why a side could not be read.
    """

    at: datetime
    rainbow: RainbowSnapshot | None
    pbx: PbxSettings | None
    diagnosis: Diagnosis
    rainbow_failure: Failure | None = None
    pbx_failure: Failure | None = None

    @property
    def done(self) -> bool:
        """Running and Connected."""
        return self.diagnosis.done

    @property
    def rainbow_error(self) -> str | None:
        """Why Rainbow could not be read, in words; None when it was."""
        return self.rainbow_failure.message if self.rainbow_failure else None

    @property
    def pbx_error(self) -> str | None:
        """Why the PBX could not be read, in words; None when it was."""
        return self.pbx_failure.message if self.pbx_failure else None


async def installation_snapshot(
    client: StatusClient | None,
    driver: PbxDriver | None,
    plan: InstallationPlan,
    *,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> InstallationSnapshot:
    """Read Rainbow and the PBX concurrently and diagnose; a side that fails is reported, not
    raised (the dashboard keeps refreshing).

    When Rainbow answers Running while the PBX, read earlier in the round, is not connected yet,
    the PBX is read once more: the PBX answers at once and Rainbow a round trip later, so the
    two readings were not taken at the same moment (:func:`_pbx_caught_up`).
    """

    async def read_rainbow() -> RainbowSnapshot | None:
        return await rainbow_snapshot(client, plan) if client is not None else None

    async def read_pbx() -> PbxSettings | None:
        return await driver.read_settings() if driver is not None else None

    rainbow_result, pbx_result = await asyncio.gather(
        read_rainbow(), read_pbx(), return_exceptions=True
    )
    for result in (rainbow_result, pbx_result):
        if isinstance(result, asyncio.CancelledError):
            raise result
        if isinstance(result, BaseException) and not isinstance(result, Exception):
            raise result
    rainbow = rainbow_result if isinstance(rainbow_result, RainbowSnapshot) else None
    pbx = pbx_result if isinstance(pbx_result, PbxSettings) else None
    if driver is not None and pbx is not None:
        pbx = await _pbx_caught_up(driver, rainbow, pbx)
    diagnosis = diagnose(
        rainbow_status=rainbow.admin_status if rainbow else None,
        rainbow_pbx_id=rainbow.pbx_id if rainbow else None,
        pbx=pbx,
        expected_pbx_id=plan.equipment_id,
        pbx_configured=plan.progress.pbx_configured,
        mode=plan.mode,
        unknown=rainbow.unknown if rainbow else None,
    )
    return InstallationSnapshot(
        at=now(),
        rainbow=rainbow,
        pbx=pbx,
        diagnosis=diagnosis,
        rainbow_failure=describe(rainbow_result) if isinstance(rainbow_result, Exception) else None,
        pbx_failure=describe(pbx_result) if isinstance(pbx_result, Exception) else None,
    )


async def _pbx_caught_up(
    driver: PbxDriver, rainbow: RainbowSnapshot | None, pbx: PbxSettings
) -> PbxSettings:
    """``pbx``, or the PBX read again when Rainbow says Running and ``pbx`` is not connected.

    Rainbow shows Running once the PBX's link reached it, so a PBX read before Rainbow answered
    may simply be older; without this second read the round would end "out of step" and the
    next round, a backoff delay later, would see both agree. A failing second read keeps the
    first one.
    """
    running = rainbow is not None and rainbow.admin_status is AdminStatus.RUNNING
    if not running or pbx.connection is PbxConnection.CONNECTED:
        return pbx
    try:
        return await driver.read_settings()
    except PbxError as error:
        logger.info("Reading the PBX again failed (%s); keeping the first reading", error)
        return pbx


def record_snapshot(plan: InstallationPlan, snapshot: InstallationSnapshot) -> InstallationPlan:
    """A copy of ``plan`` with the statuses that changed added to its timeline."""
    rainbow = snapshot.rainbow.admin_status if snapshot.rainbow else None
    pbx = snapshot.pbx.connection.value if snapshot.pbx else None
    recorded = record_status(plan, "rainbow", rainbow.value if rainbow else None, snapshot.at)
    recorded = record_status(recorded, "pbx", pbx, snapshot.at)
    if snapshot.done and not recorded.progress.verified:
        recorded = with_progress(recorded, verified=True)
    return recorded


__all__ = [
    "InstallationSnapshot",
    "RainbowSnapshot",
    "StatusClient",
    "find_system",
    "installation_snapshot",
    "rainbow_snapshot",
    "record_snapshot",
]

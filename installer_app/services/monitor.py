"""Reading both sides of an installation: Rainbow's view of the PBX, and the PBX's own.

One snapshot is one round of reads; the dashboard and ``status --watch`` repeat them with backoff.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from installer_app.domain.plan import InstallationPlan
from installer_app.domain.status import (
    AdminStatus,
    ChannelState,
    derive_admin_status,
    describe,
    parse_state,
)
from installer_app.rainbow import System, SystemStateReport


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

    @property
    def description(self) -> str:
        """The admin status in one sentence."""
        return describe(self.admin_status) if self.admin_status else "Not declared on Rainbow."

    def to_json(self) -> dict[str, Any]:
        """For ``--json`` output (the equipment id is not secret; no code is included)."""
        return {
            "system_id": self.system_id,
            "equipment_id": self.pbx_id,
            "rainbow_status": self.admin_status.value if self.admin_status else None,
            "status": self.raw_status,
            "connection": self.connection.value,
            "channels": self.channels,
        }


async def find_system(client: StatusClient, plan: InstallationPlan) -> System | None:
    """The plan's system: by the recorded id, else by equipment id."""
    if plan.progress.system_id:
        return await client.get_system(plan.progress.system_id, connection_history=True)
    if plan.equipment_id:
        return await client.find_system_by_pbx_id(plan.equipment_id)
    return None


async def rainbow_snapshot(client: StatusClient, plan: InstallationPlan) -> RainbowSnapshot:
    """Read the system and its ``/state`` and derive the admin portal's status."""
    system = await find_system(client, plan)
    if system is None:
        return RainbowSnapshot(system_id=None)
    report = await client.get_system_state(system.id, format="medium")
    state = parse_state(report.raw)
    ever_connected = any(
        event.event_type.lower().startswith("connect") for event in system.connection_history
    )
    admin = derive_admin_status(system.status or "", state, ever_connected=ever_connected)
    return RainbowSnapshot(
        system_id=system.id,
        pbx_id=system.pbx_id,
        raw_status=system.status,
        admin_status=admin,
        connection=state.connection,
        channels={name: value.value for name, value in state.channels.items()},
    )

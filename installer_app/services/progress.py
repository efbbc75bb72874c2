"""What the plan records as the installation goes: one place for its progress and timeline.

Every use case that moves an installation on (declare, configure, watch) records it through
these two functions, so the installation file, the dashboard's timeline and the handover report
all read the same events whichever front did the work.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from installer_app.domain.plan import InstallationPlan, StatusEvent

Side = Literal["rainbow", "pbx"]


def with_progress(plan: InstallationPlan, **changes: Any) -> InstallationPlan:
    """A copy of ``plan`` whose progress has ``changes`` (``system_id=...``, ``verified=...``)."""
    return plan.model_copy(update={"progress": plan.progress.model_copy(update=changes)})


def record_status(
    plan: InstallationPlan, side: Side, status: str | None, at: datetime
) -> InstallationPlan:
    """A copy of ``plan`` with ``side``'s status set, and a timeline event when it changed.

    None (the side could not be read) keeps what was recorded.
    """
    field = "rainbow_status" if side == "rainbow" else "pbx_status"
    if not status or status == getattr(plan.progress, field):
        return plan
    event = StatusEvent(at=at, side=side, status=status)
    return with_progress(plan, **{field: status, "timeline": [*plan.progress.timeline, event]})

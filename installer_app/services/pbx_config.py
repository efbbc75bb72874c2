"""Configuring the PBX side: what the plan asks the PBX to hold, pushed through a driver."""

from __future__ import annotations

from installer_app.domain.pbx_side import DEFAULT_DOMAIN, DesiredSettings, PbxSettings
from installer_app.domain.plan import InstallationPlan
from installer_app.pbx import PbxDriver, PbxInvalidValue


def desired_settings(plan: InstallationPlan) -> DesiredSettings:
    """The Cloud > Rainbow settings the PBX must hold for ``plan`` (after declaration in BTCO).

    Raises:
        PbxInvalidValue: the equipment id or activation code is not known yet (BTCO before
            declaration).
    """
    if not plan.equipment_id:
        raise PbxInvalidValue(
            "pabx_id",
            "The equipment id is not known yet: declare the PBX on Rainbow first.",
        )
    if not plan.activation_code:
        raise PbxInvalidValue(
            "activation_code",
            "The activation code is not known yet: declare the PBX on Rainbow first.",
        )
    return DesiredSettings(
        rainbow_enabled=True,
        pabx_id=plan.equipment_id,
        activation_code=plan.activation_code,
        domain_name=DEFAULT_DOMAIN,
    )


async def push_settings(driver: PbxDriver, plan: InstallationPlan) -> PbxSettings:
    """Apply the plan's settings through ``driver`` (OMC's Apply, then Yes)."""
    return await driver.apply(desired_settings(plan))


def mark_configured(plan: InstallationPlan) -> InstallationPlan:
    """A copy of ``plan`` recording that the PBX side is configured."""
    return plan.model_copy(
        update={"progress": plan.progress.model_copy(update={"pbx_configured": True})}
    )

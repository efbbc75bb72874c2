"""Configuring the PBX side: what the plan asks the PBX to hold, pushed through a driver or
confirmed step by step in OMC.

Which PBX a plan stands for is decided once: :func:`sandbox_pbx_opener` opens the sandbox PBX
:func:`~installer_app.pbx.sandbox_driver.pick_sandbox_pbx` picks, for the wizard's composition
root and for the command line's ``--pbx sandbox:URL`` alike.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from installer_app.domain.pbx_side import DesiredSettings, PbxSettings
from installer_app.domain.plan import DeliveryMode, InstallationPlan
from installer_app.domain.servers import omc_domain
from installer_app.pbx import PbxDriver, PbxInvalidValue
from installer_app.services.progress import with_progress

#: Opens the driver of the PBX a plan stands for; the caller closes it (``aclose``).
DriverOpener = Callable[[InstallationPlan], Awaitable[PbxDriver]]
#: Asks the technician to do the OMC steps by hand; True once every step is confirmed.
HandConfirmation = Callable[[InstallationPlan], Awaitable[bool]]
Say = Callable[[str], None]


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
        domain_name=omc_domain(plan.rainbow_server).name,
    )


async def push_settings(driver: PbxDriver, plan: InstallationPlan) -> PbxSettings:
    """Apply the plan's settings through ``driver`` (OMC's Apply, then Yes)."""
    return await driver.apply(desired_settings(plan))


def mark_configured(plan: InstallationPlan, configured: bool = True) -> InstallationPlan:
    """A copy of ``plan`` recording whether the PBX side is configured."""
    return with_progress(plan, pbx_configured=configured)


def sandbox_pbx_opener(pbx_url: str) -> DriverOpener:
    """Opens, for a plan, the sandbox PBX it stands for (see ``open_sandbox_driver``)."""

    async def open_driver(plan: InstallationPlan) -> PbxDriver:
        from installer_app.pbx import open_sandbox_driver  # noqa: PLC0415 (httpx on first use)

        return await open_sandbox_driver(pbx_url, mode=plan.mode, equipment_id=plan.equipment_id)

    return open_driver


@dataclass(frozen=True)
class PbxAccess:
    """How the program reaches the PBX: through a driver, or through the technician in OMC.

    Exactly one of ``open_driver`` (the sandbox) and ``confirm_by_hand`` (the guided OMC
    checklist) is set.
    """

    open_driver: DriverOpener | None = None
    confirm_by_hand: HandConfirmation | None = None

    def __post_init__(self) -> None:
        if (self.open_driver is None) == (self.confirm_by_hand is None):
            raise ValueError("give exactly one of open_driver and confirm_by_hand")


@dataclass(frozen=True)
class Configured:
    """The plan after configuring (``pbx_configured`` set when done) and what the PBX holds
    (None when configured by hand)."""

    plan: InstallationPlan
    settings: PbxSettings | None


async def configure_pbx(
    plan: InstallationPlan, access: PbxAccess, *, say: Say | None = None
) -> Configured:
    """Configure ``plan``'s PBX: push the settings (BTCO), read them (stock: nothing to set),
    or have them confirmed by hand.

    Raises:
        PbxError: the driver failed (nothing is recorded then).
    """
    tell = say or (lambda _text: None)
    if access.open_driver is None:
        assert access.confirm_by_hand is not None
        done = await access.confirm_by_hand(plan)
        return Configured(mark_configured(plan) if done else plan, None)
    driver = await access.open_driver(plan)
    try:
        return await configure_through(driver, plan, say=tell)
    finally:
        await driver.aclose()


async def configure_through(
    driver: PbxDriver, plan: InstallationPlan, *, say: Say | None = None
) -> Configured:
    """Configure ``plan``'s PBX through ``driver``, which the caller opened and closes: push the
    settings (BTCO) or read them (stock: nothing to set).

    Raises:
        PbxError: the driver failed (nothing is recorded then).
    """
    tell = say or (lambda _text: None)
    if plan.mode is DeliveryMode.STOCK:
        tell("Stock mode: nothing to configure on the PBX; reading its settings…")
        settings = await driver.read_settings()
    else:
        tell("Applying Cloud > Rainbow settings on the PBX…")
        settings = await push_settings(driver, plan)
    return Configured(mark_configured(plan), settings)

"""Which sandbox PBX an installation stands for: the one rule both fronts use.

The wizard's composition root (on the embedded sandbox) and the command line's
``--pbx sandbox:URL`` both open their PBX through :func:`open_sandbox_driver`, so one plan
configures one PBX whichever front runs it.
"""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from installer_app.domain import references
from installer_app.domain.plan import DeliveryMode
from installer_app.pbx.driver import PbxInvalidValue
from installer_app.pbx.sandbox_driver import (
    DEFAULT_TIMEOUT,
    SandboxPbx,
    SandboxPbxDriver,
    list_sandbox_pbxs,
)


def pick_sandbox_pbx(
    pbxs: Sequence[SandboxPbx], *, mode: DeliveryMode, equipment_id: str | None
) -> SandboxPbx | None:
    """The sandbox PBX an installation stands for, or None when none fits.

    - Stock: the stock PBX whose joined fleet-installation reference is ``equipment_id``
      (compared after the usual clean-up of pasted references).
    - BTCO: the BTCO PBX already carrying ``equipment_id`` as PABX-ID (a resumed
      installation), else the first BTCO PBX with Rainbow not yet enabled.
    """
    wanted = (equipment_id or "").strip()
    if mode is DeliveryMode.STOCK:
        if not wanted:
            return None
        target = references.normalize(wanted)
        return next(
            (
                pbx
                for pbx in pbxs
                if pbx.mode is DeliveryMode.STOCK
                and pbx.reference is not None
                and references.normalize(pbx.reference) == target
            ),
            None,
        )
    btco = [pbx for pbx in pbxs if pbx.mode is DeliveryMode.BTCO]
    if wanted:
        resumed = next((pbx for pbx in btco if pbx.settings.pabx_id == wanted), None)
        if resumed is not None:
            return resumed
    return next((pbx for pbx in btco if not pbx.settings.rainbow_enabled), None)


async def open_sandbox_driver(
    base_url: str,
    *,
    mode: DeliveryMode,
    equipment_id: str | None,
    transport: httpx.AsyncBaseTransport | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> SandboxPbxDriver:
    """The driver of the sandbox PBX an installation stands for.

    ``base_url`` is the sandbox's ``pbx_url`` (the PBX is then chosen by `pick_sandbox_pbx`), or
    one PBX's own address (``…/pbxs/{serial}``), taken as it is.

    Raises:
        PbxInvalidValue: no sandbox PBX fits (field ``serial``).
        PbxUnreachable, PbxUnexpectedAnswer, PbxRefused: the list could not be read.
    """
    url = base_url.rstrip("/")
    if "/pbxs/" in url:
        return SandboxPbxDriver(url, transport=transport, timeout=timeout)
    pbxs = await list_sandbox_pbxs(url, transport, timeout=timeout)
    chosen = pick_sandbox_pbx(pbxs, mode=mode, equipment_id=equipment_id)
    if chosen is None:
        raise PbxInvalidValue(
            "serial",
            "No sandbox PBX matches this plan (stock: its references; BTCO: a free PBX).",
            "Check the plan's fleet and installation references against the sandbox's PBXs.",
        )
    return SandboxPbxDriver(chosen.url, transport=transport, timeout=timeout)

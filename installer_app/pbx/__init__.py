"""PBX drivers behind one interface: the guided OMC checklist and the sandbox emulator's driver.

Callers choose a driver and hold it as a `PbxDriver`; every failure is a `PbxError`. The sandbox
driver (which imports httpx) loads on first use, keeping the wizard's start fast.
"""

from typing import TYPE_CHECKING, Any

from installer_app.domain.pbx_side import (
    DEFAULT_DOMAIN,
    DesiredSettings,
    PbxConnection,
    PbxSettings,
)
from installer_app.pbx.driver import (
    PbxDriver,
    PbxError,
    PbxInvalidValue,
    PbxRefused,
    PbxUnexpectedAnswer,
    PbxUnreachable,
)
from installer_app.pbx.guided import ChecklistStep, GuidedOmcDriver, checklist

if TYPE_CHECKING:
    from installer_app.pbx.sandbox_driver import SandboxPbx, SandboxPbxDriver, list_sandbox_pbxs
    from installer_app.pbx.sandbox_fleet import open_sandbox_driver, pick_sandbox_pbx

#: Names of the sandbox modules (which import httpx), imported when first asked for.
_SANDBOX_DRIVER = frozenset({"SandboxPbx", "SandboxPbxDriver", "list_sandbox_pbxs"})
_SANDBOX_FLEET = frozenset({"open_sandbox_driver", "pick_sandbox_pbx"})


def __getattr__(name: str) -> Any:
    if name in _SANDBOX_DRIVER:
        from installer_app.pbx import sandbox_driver  # noqa: PLC0415

        value = getattr(sandbox_driver, name)
    elif name in _SANDBOX_FLEET:
        from installer_app.pbx import sandbox_fleet  # noqa: PLC0415

        value = getattr(sandbox_fleet, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_DOMAIN",
    "ChecklistStep",
    "DesiredSettings",
    "GuidedOmcDriver",
    "PbxConnection",
    "PbxDriver",
    "PbxError",
    "PbxInvalidValue",
    "PbxRefused",
    "PbxSettings",
    "PbxUnexpectedAnswer",
    "PbxUnreachable",
    "SandboxPbx",
    "SandboxPbxDriver",
    "checklist",
    "list_sandbox_pbxs",
    "open_sandbox_driver",
    "pick_sandbox_pbx",
]

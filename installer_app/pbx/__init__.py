"""PBX drivers behind one interface: the guided OMC checklist and the sandbox emulator's driver.

Callers choose a driver and hold it as a `PbxDriver`; every failure is a `PbxError`.
"""

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
from installer_app.pbx.sandbox_driver import (
    SandboxPbx,
    SandboxPbxDriver,
    list_sandbox_pbxs,
    pick_sandbox_pbx,
)

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
    "pick_sandbox_pbx",
]

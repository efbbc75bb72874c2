"""The one interface behind which everything that touches a PBX sits, and its errors.

No public programmatic interface to OMC or to the OXO Connect exists, so the application never
talks to a PBX directly: it holds a `PbxDriver` chosen by the caller (the guided OMC checklist on
real installations, the sandbox driver against the emulator). Every failure of a driver is a
`PbxError` whose ``message`` a technician can act on; messages never contain an activation code.
"""

from __future__ import annotations

from typing import Final, Protocol, runtime_checkable

from installer_app.domain.bases import ExplainedError
from installer_app.domain.pbx_side import DesiredSettings, PbxConnection, PbxSettings

#: Names of the Cloud > Rainbow fields as OMC labels them, for messages.
FIELD_LABELS: Final[dict[str, str]] = {
    "rainbow_enabled": '"Rainbow enabled"',
    "pabx_id": '"Rainbow PABX-ID"',
    "activation_code": '"Activation code"',
    "domain_name": '"Domain name"',
    "serial": "CPU serial number",
}


def field_label(field: str) -> str:
    """The OMC label of a settings field, or the field name itself when it has none."""
    return FIELD_LABELS.get(field, field)


@runtime_checkable
class PbxDriver(Protocol):
    """Reads and writes one PBX's Cloud > Rainbow settings.

    Implementations are bound to one PBX when built and own whatever connection they open:
    call `aclose` when done. Every method may raise `PbxError`.
    """

    async def read_settings(self) -> PbxSettings:
        """The Cloud > Rainbow page as it stands, with the link's state."""
        ...

    async def apply(self, desired: DesiredSettings) -> PbxSettings:
        """Enter `desired`, Apply and confirm Yes; the settings the PBX then holds."""
        ...

    async def read_status(self) -> PbxConnection:
        """The state of the PBX's link to Rainbow (cheaper than `read_settings`, for polling)."""
        ...

    async def aclose(self) -> None:
        """Release what the driver holds; the driver is not used afterwards."""
        ...


class PbxError(ExplainedError):
    """Base of every error a PBX driver raises.

    Attributes:
        message: a sentence for the technician, naming the field concerned when there is one.
        hint: what to do next (may be empty).
    """


class PbxUnreachable(PbxError):
    """No answer from the PBX (refused, timed out, dropped): nothing was read; a change may or
    may not have been applied, so read the settings again before repeating it."""


class PbxRefused(PbxError):
    """The PBX answered but would not do what was asked, for a reason other than a bad value.

    Attributes:
        status: the HTTP status when the driver speaks HTTP, else None.
    """

    def __init__(self, message: str, hint: str = "", *, status: int | None = None) -> None:
        super().__init__(message, hint)
        self.status = status


class PbxInvalidValue(PbxError):
    """The PBX refused one value; ``field`` names it (a `DesiredSettings` field, or "serial").

    Args:
        field: the field concerned.
        message: what is wrong with it, for the technician.
        hint: what to do next (may be empty).
    """

    def __init__(self, field: str, message: str, hint: str = "") -> None:
        super().__init__(message, hint)
        self.field = field


class PbxUnexpectedAnswer(PbxError):
    """The PBX (or something in its place) answered with something that could not be read."""

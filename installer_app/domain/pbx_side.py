"""The PBX side of the association: what OMC's Expert View > Cloud > Rainbow shows and takes.

A PBX driver reads `PbxSettings` (the page as it stands, with the link's state) and applies
`DesiredSettings` (what the technician would type, then Apply and confirm Yes). The activation
code itself never comes back from a PBX: only whether one is set. Both classes are keyword-only
so that the field order of the page can change without breaking callers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

DEFAULT_DOMAIN: Final = "openrainbow.com"
"""OMC's default "Domain name"; the technician leaves it as it is."""

SECRET_MASK: Final = "****"
"""What stands for an activation code wherever one would be printed; its length says nothing."""


class PbxConnection(StrEnum):
    """The state of the PBX's link to Rainbow, as this program reads it.

    Only CONNECTED is a word OMC is known to show ("Connected", on Expert View > Cloud > Rainbow);
    the other states are this program's reading of the PBX (see `OMC_WORDS`). UNKNOWN means the
    PBX cannot be read from here (OMC driven by hand): it says nothing about the link itself.
    """

    DISABLED = "disabled"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"
    REFUSED = "refused"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        """The state in one word ("Connected", "Connecting", ...)."""
        return _CONNECTION_LABELS[self]

    @property
    def omc_word(self) -> bool:
        """Whether OMC is known to show `label` itself (only "Connected" is documented)."""
        return self in OMC_WORDS

    @property
    def shown(self) -> str:
        """`label` as a screen or a report shows it: marked as this program's reading unless
        OMC is known to say it ("Connecting (this program's reading)")."""
        if self.omc_word or self is PbxConnection.UNKNOWN:
            return self.label
        return f"{self.label} {OWN_READING}"


#: [I] The ALE procedure documents only OMC's "Connected" on Expert View > Cloud > Rainbow. The
#: other states (disabled, connecting, disconnected, refused) are this program's reading of a
#: PBX it can read (the sandbox PBX), not words OMC is known to show: they are shown with
#: `OWN_READING` (`PbxConnection.shown`). Add a state here only once OMC is known to show it.
OMC_WORDS: Final = frozenset({PbxConnection.CONNECTED})
#: What follows a state OMC is not known to show.
OWN_READING: Final = "(this program's reading)"

_CONNECTION_LABELS: Final = {
    PbxConnection.DISABLED: "Disabled",
    PbxConnection.CONNECTING: "Connecting",
    PbxConnection.CONNECTED: "Connected",
    PbxConnection.DISCONNECTED: "Disconnected",
    PbxConnection.REFUSED: "Refused",
    PbxConnection.UNKNOWN: "Unknown",
}


def parse_connection(raw: object) -> PbxConnection:
    """Read a connection value case-insensitively; anything not understood is UNKNOWN.

    Never raises, so a PBX that grows a new state does not break the dashboard.
    """
    if isinstance(raw, str):
        try:
            return PbxConnection(raw.strip().casefold())
        except ValueError:
            return PbxConnection.UNKNOWN
    return PbxConnection.UNKNOWN


@dataclass(frozen=True, kw_only=True)
class PbxSettings:
    """The Cloud > Rainbow page of one PBX, and the state of its link to Rainbow.

    Attributes:
        rainbow_enabled: the "Rainbow enabled" box.
        pabx_id: "Rainbow PABX-ID" (the equipment id; by default the CPU serial number, or
            empty when not known). Left out of the representation: in stock mode the equipment
            id is also the activation code.
        activation_code_set: whether an activation code is entered (the code is never read).
        domain_name: "Domain name", normally `DEFAULT_DOMAIN`.
        connection: the link's state.
        last_error: the PBX's own words about the last failure, if any. Show it as it is; it is
            not a sentence of this application.
        activation_code_read_only: True once an activation succeeded: the PBX then refuses a
            new code until the connection is reset on Rainbow.
    """

    rainbow_enabled: bool
    pabx_id: str = field(repr=False)
    activation_code_set: bool
    domain_name: str = DEFAULT_DOMAIN
    connection: PbxConnection
    last_error: str | None = None
    activation_code_read_only: bool = False


@dataclass(frozen=True, kw_only=True)
class DesiredSettings:
    """What to put on the Cloud > Rainbow page: the values the technician types in OMC.

    The representation masks the activation code, and the PABX-ID too when it is the same value
    (stock mode), so logging one of these is safe.
    """

    rainbow_enabled: bool = True
    pabx_id: str
    activation_code: str
    domain_name: str = DEFAULT_DOMAIN

    def __repr__(self) -> str:
        code = SECRET_MASK if self.activation_code else "''"
        pabx_id = code if self.pabx_id == self.activation_code else repr(self.pabx_id)
        return (
            f"DesiredSettings(rainbow_enabled={self.rainbow_enabled!r}, "
            f"pabx_id={pabx_id}, activation_code={code}, "
            f"domain_name={self.domain_name!r})"
        )

    __str__ = __repr__

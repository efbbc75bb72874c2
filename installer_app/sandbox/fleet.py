"""The sandbox's PBXs: how an emulated PBX is described, and the fleet a trainee starts with.

:class:`PbxSpec` describes one PBX as it leaves the warehouse; :func:`default_fleet` is the
sandbox's:

- Stock PBXs from the partner's fleet, not declared on Rainbow yet: Rainbow enabled, PABX-ID
  and activation code both the joined reference ("parameters filled in automatically", as the
  seed document says). Their agents keep trying (refused: unknown PABX-ID) and connect by
  themselves once the technician declares them with pbxId = activationCode = that reference.
  One OXO Connect and two OXO Connect Evolution.
- PBXs already in service: one per activated system of the sandbox partner in the Rainbow
  seed (stock-shaped pbxId), holding the private code the seed gives it, so it connects at
  once and Rainbow shows it Running.
- BTCO OXO Connects waiting for their settings: Rainbow disabled, PABX-ID = CPU serial.

Serial numbers and references are fixed so that documentation and screenshots stay valid.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Final

from installer_app.sandbox.rainbow_store import seeded_private_code
from installer_app.sandbox.seed import SandboxSeed

OXO_CONNECT: Final = "oxo-connect"
OXO_CONNECT_EVOLUTION: Final = "oxo-connect-evolution"
MODELS: Final = (OXO_CONNECT, OXO_CONNECT_EVOLUTION)
STOCK: Final = "stock"
BTCO: Final = "btco"
MODES: Final = (STOCK, BTCO)
DEFAULT_DOMAIN: Final = "openrainbow.com"

_SERIAL: Final = re.compile(r"[A-Za-z0-9]{4,32}")


@dataclass(frozen=True)
class PbxSpec:
    """An emulated PBX as it leaves the warehouse (or as the sandbox starts it).

    Attributes:
        serial: CPU serial number, the PBX's address on the management endpoint.
        model: ``oxo-connect`` or ``oxo-connect-evolution``.
        mode: ``stock`` (fleet and installation references) or ``btco`` (OXO Connect only).
        pabx_id: "Rainbow PABX-ID"; empty means the CPU serial number.
        private_code: set for a PBX already activated on Rainbow.

    Raises:
        ValueError: an unknown model or mode, BTCO on an Evolution, a stock PBX without both
            references, or a malformed serial.
    """

    serial: str
    model: str = OXO_CONNECT
    mode: str = BTCO
    fleet_ref: str | None = None
    installation_ref: str | None = None
    rainbow_enabled: bool = False
    pabx_id: str = field(default="", repr=False)
    activation_code: str = field(default="", repr=False)
    domain_name: str = DEFAULT_DOMAIN
    private_code: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not _SERIAL.fullmatch(self.serial):
            raise ValueError("serial must be 4 to 32 letters or digits")
        if self.model not in MODELS or self.mode not in MODES:
            raise ValueError(f"model must be one of {MODELS} and mode one of {MODES}")
        if self.mode == BTCO and self.model != OXO_CONNECT:
            raise ValueError("BTCO mode exists for the OXO Connect only")
        if self.mode == STOCK and not (self.fleet_ref and self.installation_ref):
            raise ValueError("a stock PBX needs its fleet and installation references")

    @property
    def reference(self) -> str | None:
        """The joined ``fleet-installation`` reference of a stock PBX."""
        if self.fleet_ref and self.installation_ref:
            return f"{self.fleet_ref}-{self.installation_ref}"
        return None

    @classmethod
    def stock(
        cls, serial: str, model: str, fleet_ref: str, installation_ref: str,
        *, private_code: str | None = None,
    ) -> PbxSpec:  # fmt: skip
        """A stock PBX: Rainbow enabled, PABX-ID and activation code both the joined reference."""
        joined = f"{fleet_ref}-{installation_ref}"
        return cls(serial, model, STOCK, fleet_ref, installation_ref, True, joined, joined,
                   private_code=private_code)  # fmt: skip

    @classmethod
    def btco(cls, serial: str) -> PbxSpec:
        """A BTCO OXO Connect waiting for its settings: Rainbow disabled, PABX-ID = serial."""
        return cls(serial)


STOCK_FLEET: Final = (
    PbxSpec.stock("F1A2B3C4D5", OXO_CONNECT, "ALE12", "1234.5678.90"),
    PbxSpec.stock("F1A2B3C4D6", OXO_CONNECT_EVOLUTION, "ALE12", "1234.5678.91"),
    PbxSpec.stock("E7C41D09A2", OXO_CONNECT_EVOLUTION, "ALE31", "2024.0001.07"),
)
"""Stock PBXs waiting to be declared on Rainbow."""

BTCO_FLEET: Final = (
    PbxSpec.btco("F1B7C0FE01"),
    PbxSpec.btco("F1B7C0FE02"),
    PbxSpec.btco("F1B7C0FE03"),
)
"""BTCO OXO Connects waiting for their Cloud > Rainbow settings."""


def in_service(seed: SandboxSeed) -> tuple[PbxSpec, ...]:
    """PBXs for the seed's activated systems of the sandbox partner, already activated."""
    found = []
    for system in seed.systems:
        fleet_ref, dash, installation_ref = system.pbx_id.partition("-")
        if system.bp_id != seed.partner_id or system.status != "activated" or not dash:
            continue
        serial = "F1" + hashlib.sha256(system.id.encode()).hexdigest()[:8].upper()
        found.append(
            PbxSpec.stock(serial, OXO_CONNECT, fleet_ref, installation_ref,
                          private_code=seeded_private_code(system.id))
        )  # fmt: skip
    return tuple(found)


def default_fleet(seed: SandboxSeed | None = None) -> tuple[PbxSpec, ...]:
    """The sandbox's PBXs for ``seed`` (the default seed when None): stock, in service, BTCO."""
    seed = seed if seed is not None else SandboxSeed.default()
    return STOCK_FLEET + in_service(seed) + BTCO_FLEET

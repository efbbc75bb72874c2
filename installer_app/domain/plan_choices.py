"""The plan's choices without its validation: PBX model, delivery mode, Rainbow servers.

Plain enums and constants, importable without pydantic: the first page and the wizard's state
use them at start-up, before the plan model (:mod:`installer_app.domain.plan`, which re-exports
them) is loaded.
"""

from __future__ import annotations

from enum import StrEnum

PRODUCTION_SERVER = "https://openrainbow.com"
SANDBOX_SERVER = "https://sandbox.openrainbow.com"


class PbxModel(StrEnum):
    """The two PBX models this installer associates with Rainbow."""

    OXO_CONNECT = "oxo-connect"
    OXO_CONNECT_EVOLUTION = "oxo-connect-evolution"

    @property
    def label(self) -> str:
        """The name printed on the box and in ALE's documentation."""
        return "OXO Connect" if self is PbxModel.OXO_CONNECT else "OXO Connect Evolution"


class DeliveryMode(StrEnum):
    """How the PBX reaches the customer, which decides who sets its Rainbow credentials."""

    STOCK = "stock"
    BTCO = "btco"

    @property
    def label(self) -> str:
        """Short name for summaries."""
        return "Stock" if self is DeliveryMode.STOCK else "BTCO"

"""What is left to do in the Rainbow admin portal, in the portal's own words.

Some parts of an installation have no public API field: the WebRTC gateway (only
``hasMediaPillar`` is known, read only), the installation number of "Dialing information", and a
new activation code once a BTCO system is activated ("Reset connection"). The program records
them and sends the technician to the portal, naming its menus as the portal does: Customer
companies > the company > Communication > Comm. Servers > the server.

Every text is an English source marked with `QT_TRANSLATE_NOOP` under `TRANSLATION_CONTEXT`;
``%1`` is the customer company's name, ``%2`` the server's name, ``%3`` a value. A renderer
translates the text, then fills the placeholders (`PortalStep.render`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from installer_app.domain.translation_marks import QT_TRANSLATE_NOOP

TRANSLATION_CONTEXT: Final = "Portal"


SERVER_STEP: Final = QT_TRANSLATE_NOOP(
    "Portal",
    "In the Rainbow admin portal this PBX is in Customer companies > %1 > Communication > "
    'Comm. Servers, in the equipment list as %2 (Server type "OXO Connect").',
)
SERVER_STEP_STOCK: Final = QT_TRANSLATE_NOOP(
    "Portal",
    "In the Rainbow admin portal this PBX is in Customer companies > %1 > Communication > "
    'Comm. Servers, in the equipment list as %2 (Server type "OXO Connect"). Its Connection '
    'tab, "Specify equipment ID and activation code", holds the joined fleet and installation '
    "references.",
)
WEBRTC_STEP: Final = QT_TRANSLATE_NOOP(
    "Portal",
    "WebRTC gateway: chosen, but not activated by this program (no public Rainbow interface "
    "activates it). In the Rainbow admin portal open Customer companies > %1 > Communication > "
    "Comm. Servers > %2, activate the WebRTC gateway there and accept its licence agreement.",
)
INSTALLATION_NUMBER_STEP: Final = QT_TRANSLATE_NOOP(
    "Portal",
    "Installation number %3: not sent to Rainbow (no public API field is known for it). Enter "
    "it in the Rainbow admin portal: Customer companies > %1 > Communication > Comm. Servers > "
    '%2, "Dialing information".',
)
RESET_CONNECTION_STEP: Final = QT_TRANSLATE_NOOP(
    "Portal",
    "Once the PBX is activated, Rainbow no longer returns its activation code: it cannot be "
    'read back. To get a new code, use "Reset connection" in the Rainbow admin portal '
    "(Customer companies > %1 > Communication > Comm. Servers > %2): the PBX disconnects from "
    "Rainbow until the new code is entered in OMC.",
)
INSTALLATION_NUMBER_NOTE: Final = QT_TRANSLATE_NOOP(
    "Portal",
    "Not sent to Rainbow: no public API field is known for it. Enter it in the Rainbow admin "
    'portal\'s "Dialing information" of this server; the report reminds you.',
)
"""Beside the installation number field."""

WEBRTC_NOTE: Final = QT_TRANSLATE_NOOP(
    "Portal",
    "This program cannot activate the gateway: no public Rainbow interface does. Your choice "
    "is recorded and shown in the report; activate the gateway in the Rainbow admin portal "
    "(Customer companies > the company > Communication > Comm. Servers > the server), where "
    "its licence agreement is shown for you to accept.",
)
"""Beside the WebRTC gateway choice."""


@dataclass(frozen=True)
class PortalStep:
    """One thing to do in the portal: a text of this module and what fills its placeholders."""

    text: str
    company: str
    server: str
    value: str = ""

    def render(self, translate: Callable[[str], str] = lambda text: text) -> str:
        """The step in words: ``translate`` (e.g. Qt's, with `TRANSLATION_CONTEXT`), filled in."""
        return (
            translate(self.text)
            .replace("%1", self.company or "?")
            .replace("%2", self.server or "?")
            .replace("%3", self.value)
        )


def portal_steps(
    *,
    company: str,
    server: str,
    webrtc_gateway: bool,
    installation_number: str,
    declared: bool,
    stock: bool,
) -> tuple[PortalStep, ...]:
    """Where the PBX is in the portal once declared, then what the technician does there."""
    steps: list[PortalStep] = []
    if declared:
        steps.append(PortalStep(SERVER_STEP_STOCK if stock else SERVER_STEP, company, server))
    if webrtc_gateway:
        steps.append(PortalStep(WEBRTC_STEP, company, server))
    if installation_number:
        steps.append(PortalStep(INSTALLATION_NUMBER_STEP, company, server, installation_number))
    if declared and not stock:
        steps.append(PortalStep(RESET_CONNECTION_STEP, company, server))
    return tuple(steps)

"""The OMC checklist: the steps a technician follows in OMC (Expert View > Cloud > Rainbow), as
data that the wizard and the command line both render.

Every text is an English source string marked with `QT_TRANSLATE_NOOP` under
`TRANSLATION_CONTEXT` (written out as a literal in each call: lupdate reads only literals), so
``pyside6-lupdate`` collects them; a renderer shows
``QCoreApplication.translate(TRANSLATION_CONTEXT, step.title)`` (the texts hold no placeholders).

A text names a step's values as "shown here", never "below" or "above": the command line prints
them under the step, the wizard gathers them above the steps (on screen without scrolling), and
both are true of "here".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, Literal

from installer_app.domain.pbx_side import DEFAULT_DOMAIN, SECRET_MASK
from installer_app.domain.plan import DeliveryMode
from installer_app.domain.servers import PRODUCTION_DOMAIN, OmcDomain
from installer_app.domain.translation_marks import QT_TRANSLATE_NOOP
from installer_app.pbx.driver import PbxInvalidValue

TRANSLATION_CONTEXT: Final = "OmcChecklist"
DEFAULT_CPU_ADDRESS: Final = "192.168.92.246"
"""The OXO Connect main CPU's factory address, as the connect step says."""
RAINBOW_HOSTS: Final = ("openrainbow.com", "*.openrainbow.com", "openrainbow.io")
"""Where the PBX must be allowed out on TCP 443, as the steps say."""


# Step ids: stable, stored in drafts with the confirmations.
STEP_CONNECT: Final = "connect_omc"
STEP_EXPERT_VIEW: Final = "expert_view"
STEP_OPEN_RAINBOW: Final = "open_cloud_rainbow"
STEP_ENABLE: Final = "rainbow_enabled"
STEP_PABX_ID: Final = "pabx_id"
STEP_ACTIVATION_CODE: Final = "activation_code"
STEP_DOMAIN: Final = "domain_name"
STEP_APPLY: Final = "apply"
STEP_CONFIRM: Final = "confirm_yes"
STEP_WAIT_CONNECTED: Final = "wait_connected"
STEP_NOTHING_TO_CONFIGURE: Final = "nothing_to_configure"
STEP_POWER: Final = "power_and_cable"
STEP_FIREWALL: Final = "firewall_443"
STEP_WEB_PROXY: Final = "web_proxy"
STEP_CHECK_IN_OMC: Final = "check_in_omc"

_Value = Literal["address", "equipment_id", "activation_code", "domain"]

_VALUE_LABELS: Final[dict[_Value, str]] = {
    "address": QT_TRANSLATE_NOOP("OmcChecklist", "Default PBX address"),
    "equipment_id": QT_TRANSLATE_NOOP("OmcChecklist", "Rainbow PABX-ID"),
    "activation_code": QT_TRANSLATE_NOOP("OmcChecklist", "Activation code"),
    "domain": QT_TRANSLATE_NOOP("OmcChecklist", "Domain name"),
}

# (id, title, detail, value to copy): the steps in the order the technician follows them.
_Template = tuple[str, str, str, _Value | None]

#: Values a step shows besides its own, to compare in OMC (stock mode's final check shows the
#: activation code, which is the same joined references as "Rainbow PABX-ID").
_MORE_VALUES: Final[dict[str, tuple[_Value, ...]]] = {STEP_CHECK_IN_OMC: ("activation_code",)}

_BTCO_STEPS: Final[tuple[_Template, ...]] = (
    (
        STEP_CONNECT,
        QT_TRANSLATE_NOOP("OmcChecklist", "Connect to the PBX with OMC"),
        QT_TRANSLATE_NOOP(
            "OmcChecklist",
            "Start OMC on a computer on the customer's network and connect to the PBX. The main "
            "CPU's default address is 192.168.92.246. At the first login OMC asks for new admin "
            "passwords: change them and keep them somewhere safe.",
        ),
        "address",
    ),
    (
        STEP_EXPERT_VIEW,
        QT_TRANSLATE_NOOP("OmcChecklist", "Switch to Expert View"),
        QT_TRANSLATE_NOOP("OmcChecklist", "The Rainbow settings are only in OMC's Expert View."),
        None,
    ),
    (
        STEP_OPEN_RAINBOW,
        QT_TRANSLATE_NOOP("OmcChecklist", "Open Cloud > Rainbow"),
        QT_TRANSLATE_NOOP("OmcChecklist", "In Expert View, open Cloud, then Rainbow."),
        None,
    ),
    (
        STEP_ENABLE,
        QT_TRANSLATE_NOOP("OmcChecklist", 'Tick "Rainbow enabled"'),
        QT_TRANSLATE_NOOP("OmcChecklist", "This lets the PBX open its link to Rainbow."),
        None,
    ),
    (
        STEP_PABX_ID,
        QT_TRANSLATE_NOOP("OmcChecklist", 'Enter the "Rainbow PABX-ID"'),
        QT_TRANSLATE_NOOP(
            "OmcChecklist",
            "Replace what the field shows (by default the CPU serial number) with the equipment "
            "id shown here, exactly as written.",
        ),
        "equipment_id",
    ),
    (
        STEP_ACTIVATION_CODE,
        QT_TRANSLATE_NOOP("OmcChecklist", 'Enter the "Activation code"'),
        QT_TRANSLATE_NOOP(
            "OmcChecklist",
            "Enter the activation code shown here, exactly as written. It is secret: do not "
            "write it down anywhere else. Once the PBX has connected and received its login "
            'password, OMC greys out "Activation code": that is expected.',
        ),
        "activation_code",
    ),
    (
        STEP_DOMAIN,
        QT_TRANSLATE_NOOP("OmcChecklist", 'Leave "Domain name" at openrainbow.com'),
        QT_TRANSLATE_NOOP(
            "OmcChecklist",
            "The PBX connects to Rainbow at this address: do not change it. If someone did, put "
            "openrainbow.com back.",
        ),
        "domain",
    ),
    (
        STEP_APPLY,
        QT_TRANSLATE_NOOP("OmcChecklist", "Click Apply"),
        QT_TRANSLATE_NOOP("OmcChecklist", "OMC sends the settings to the PBX."),
        None,
    ),
    (
        STEP_CONFIRM,
        QT_TRANSLATE_NOOP("OmcChecklist", "Confirm with Yes"),
        QT_TRANSLATE_NOOP("OmcChecklist", "OMC asks before applying the settings: answer Yes."),
        None,
    ),
    (
        STEP_WAIT_CONNECTED,
        QT_TRANSLATE_NOOP("OmcChecklist", 'Wait for "Connected"'),
        QT_TRANSLATE_NOOP(
            "OmcChecklist",
            "The status on the Cloud > Rainbow page turns to Connected, and Rainbow then shows "
            "Running; this can take a few minutes. If it does not, check that the activation "
            "code was entered exactly, and that the PBX is allowed out on TCP 443 to "
            "openrainbow.com, *.openrainbow.com and openrainbow.io.",
        ),
        None,
    ),
)

_STOCK_STEPS: Final[tuple[_Template, ...]] = (
    (
        STEP_NOTHING_TO_CONFIGURE,
        QT_TRANSLATE_NOOP("OmcChecklist", "Nothing to configure on the PBX"),
        QT_TRANSLATE_NOOP(
            "OmcChecklist",
            "In stock mode Rainbow is enabled on the PBX by default and its parameters fill in "
            "automatically: leave OMC's Cloud > Rainbow page as it is.",
        ),
        None,
    ),
    (
        STEP_POWER,
        QT_TRANSLATE_NOOP("OmcChecklist", "Power the PBX and cable it"),
        QT_TRANSLATE_NOOP(
            "OmcChecklist",
            "Make sure the PBX is powered on and cabled to the customer's network, which must "
            "reach the internet.",
        ),
        None,
    ),
    (
        STEP_FIREWALL,
        QT_TRANSLATE_NOOP("OmcChecklist", "Let the PBX out on TCP 443"),
        QT_TRANSLATE_NOOP(
            "OmcChecklist",
            "The customer's firewall must allow outgoing TCP 443 from the PBX to "
            "openrainbow.com, *.openrainbow.com and openrainbow.io.",
        ),
        None,
    ),
    (
        STEP_WEB_PROXY,
        QT_TRANSLATE_NOOP("OmcChecklist", "Set the web proxy in OMC, if the site has one"),
        QT_TRANSLATE_NOOP(
            "OmcChecklist",
            "If the site reaches the internet through a web proxy, enter it in OMC under "
            "Hardware and Limits > LAN/IP Configuration > Web proxy; the proxy must let the "
            "PBX's secure WebSocket (WSS) through. Without a proxy there is nothing to do.",
        ),
        None,
    ),
    (
        STEP_WAIT_CONNECTED,
        QT_TRANSLATE_NOOP("OmcChecklist", "Wait for the PBX to connect"),
        QT_TRANSLATE_NOOP(
            "OmcChecklist",
            "Rainbow shows Running once the PBX is connected; this can take a few minutes.",
        ),
        None,
    ),
    (
        STEP_CHECK_IN_OMC,
        QT_TRANSLATE_NOOP("OmcChecklist", "Check in OMC (Expert View > Cloud > Rainbow)"),
        QT_TRANSLATE_NOOP(
            "OmcChecklist",
            'Compare with the values shown here: "Rainbow enabled" is ticked, "Rainbow PABX-ID" '
            'and "Activation code" both hold the fleet and installation references joined by a '
            "dash, and the status shows Connected. Once the PBX has connected and received its "
            'login password, OMC greys out "Activation code": that is expected.',
        ),
        "equipment_id",
    ),
)

#: The domain step when the platform is not production: the domain is entered, not left.
_OTHER_DOMAIN_TITLE: Final = QT_TRANSLATE_NOOP(
    "OmcChecklist", 'Set "Domain name" to the value shown here'
)
_OTHER_DOMAIN_DETAIL: Final = QT_TRANSLATE_NOOP(
    "OmcChecklist",
    "The PBX connects to the Rainbow platform chosen at this address. It is inferred from the "
    "server's address (only openrainbow.com is documented): if the PBX does not connect, check "
    "the value with ALE support.",
)

_MISSING_EQUIPMENT_ID: Final = QT_TRANSLATE_NOOP(
    "OmcChecklist",
    "Equipment id: in BTCO mode Rainbow generates it when the PBX is declared; declare the PBX "
    "first, or enter the equipment id Rainbow showed.",
)
_MISSING_ACTIVATION_CODE: Final = QT_TRANSLATE_NOOP(
    "OmcChecklist",
    "Activation code: in BTCO mode Rainbow generates it when the PBX is declared; declare the "
    "PBX first, or enter the activation code Rainbow showed.",
)


@dataclass(frozen=True)
class ChecklistValue:
    """One more value a step shows, to copy or compare: the OMC field and its value."""

    label: str
    value: str = field(repr=False)
    secret: bool = False


@dataclass(frozen=True)
class ChecklistStep:
    """One OMC step as the technician sees it.

    Attributes:
        id: stable identifier (one of the ``STEP_*`` constants), kept with the confirmations.
        title: what to do, in a few words.
        detail: why, and what to watch for.
        value: the value to copy into OMC, if the step has one.
        value_label: the OMC field `value` goes into.
        secret: True for the activation code: renderers show `shown_value` (masked) in logs and
            on a terminal unless the technician asks to reveal it.
        more: further values shown after `value` (same rules), e.g. the activation code to
            compare in stock mode's final check.
    """

    id: str
    title: str
    detail: str
    value: str | None = None
    value_label: str | None = None
    secret: bool = False
    more: tuple[ChecklistValue, ...] = ()

    def values(self) -> tuple[ChecklistValue, ...]:
        """Every value of the step, `value` first: what a renderer shows with copy buttons."""
        first = (
            (ChecklistValue(self.value_label or "", self.value, self.secret),)
            if self.value is not None
            else ()
        )
        return first + self.more

    def shown_value(self, *, reveal: bool = False) -> str | None:
        """`value` as a renderer may print it: masked when secret, unless ``reveal``."""
        if self.value is None or not self.secret or reveal:
            return self.value
        return SECRET_MASK

    def __repr__(self) -> str:
        return (
            f"ChecklistStep(id={self.id!r}, title={self.title!r}, "
            f"value={self.shown_value()!r}, value_label={self.value_label!r}, "
            f"secret={self.secret!r})"
        )


def checklist(
    mode: DeliveryMode,
    equipment_id: str | None,
    activation_code: str | None,
    domain: OmcDomain | None = None,
) -> list[ChecklistStep]:
    """The ordered steps for ``mode``, with the values to copy filled in.

    Stock mode has nothing to enter on the PBX: only its final check in OMC shows the values
    to compare ("Rainbow PABX-ID" and "Activation code", both the joined references), when
    known; the arguments may be None. BTCO needs both values Rainbow generated at declaration.
    ``domain`` is the "Domain name" for the platform the PBX was declared on
    (:func:`installer_app.domain.servers.omc_domain`); production's by default.

    Raises:
        PbxInvalidValue: in BTCO mode, when the equipment id or activation code is missing
            (field ``equipment_id`` or ``activation_code``).
    """
    values: dict[_Value, str | None] = {
        "address": DEFAULT_CPU_ADDRESS,
        "equipment_id": (equipment_id or "").strip() or None,
        "activation_code": (activation_code or "").strip() or None,
        "domain": domain.name if domain is not None else DEFAULT_DOMAIN,
    }
    if mode is DeliveryMode.STOCK:
        values["activation_code"] = values["activation_code"] or values["equipment_id"]
        templates = _STOCK_STEPS
    else:
        if values["equipment_id"] is None:
            raise PbxInvalidValue("equipment_id", _MISSING_EQUIPMENT_ID)
        if values["activation_code"] is None:
            raise PbxInvalidValue("activation_code", _MISSING_ACTIVATION_CODE)
        templates = _BTCO_STEPS
    other_domain = values["domain"] != PRODUCTION_DOMAIN
    return [
        ChecklistStep(
            id=step_id,
            title=_OTHER_DOMAIN_TITLE if other_domain and kind == "domain" else title,
            detail=_OTHER_DOMAIN_DETAIL if other_domain and kind == "domain" else detail,
            value=None if kind is None else values[kind],
            value_label=None if kind is None or values[kind] is None else _VALUE_LABELS[kind],
            secret=kind == "activation_code",
            more=tuple(
                ChecklistValue(_VALUE_LABELS[more], value, more == "activation_code")
                for more in _MORE_VALUES.get(step_id, ())
                if (value := values[more]) is not None
            ),
        )
        for step_id, title, detail, kind in templates
    ]

"""The guided OMC driver: the checklist a technician follows in OMC, and what it implies.

Real installations cannot push settings to a PBX (OMC has no public programmatic interface), so
the application shows the OMC steps, with the values to copy, and the technician confirms each
one. `checklist` builds the steps as data that the GUI and the command line both render;
`GuidedOmcDriver` wraps them behind the `PbxDriver` interface, reporting what the confirmations
imply instead of what a PBX says.

Every text is an English source string marked with `QT_TRANSLATE_NOOP` under
`TRANSLATION_CONTEXT` (written out as a literal in each call: lupdate reads only literals), so
``pyside6-lupdate`` collects them; a renderer shows
``QCoreApplication.translate(TRANSLATION_CONTEXT, step.title)`` (the texts hold no placeholders).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

from installer_app.domain.pbx_side import (
    DEFAULT_DOMAIN,
    SECRET_MASK,
    DesiredSettings,
    PbxConnection,
    PbxSettings,
)
from installer_app.domain.plan import DeliveryMode
from installer_app.pbx.driver import PbxInvalidValue

if TYPE_CHECKING:
    from installer_app.domain.plan import InstallationPlan

TRANSLATION_CONTEXT: Final = "OmcChecklist"
DEFAULT_CPU_ADDRESS: Final = "192.168.92.246"
"""The OXO Connect main CPU's factory address, as the connect step says."""
RAINBOW_HOSTS: Final = ("openrainbow.com", "*.openrainbow.com", "openrainbow.io")
"""Where the PBX must be allowed out on TCP 443, as the steps say."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation under ``context`` without translating it (no Qt here).

    The name is the one ``lupdate`` looks for.
    """
    del context
    return text


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

_Value = Literal["address", "equipment_id", "activation_code", "domain"]

_VALUE_LABELS: Final[dict[_Value, str]] = {
    "address": QT_TRANSLATE_NOOP("OmcChecklist", "Default PBX address"),
    "equipment_id": QT_TRANSLATE_NOOP("OmcChecklist", "Rainbow PABX-ID"),
    "activation_code": QT_TRANSLATE_NOOP("OmcChecklist", "Activation code"),
    "domain": QT_TRANSLATE_NOOP("OmcChecklist", "Domain name"),
}

# (id, title, detail, value to copy): the steps in the order the technician follows them.
_Template = tuple[str, str, str, _Value | None]

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
            "id below, exactly as given.",
        ),
        "equipment_id",
    ),
    (
        STEP_ACTIVATION_CODE,
        QT_TRANSLATE_NOOP("OmcChecklist", 'Enter the "Activation code"'),
        QT_TRANSLATE_NOOP(
            "OmcChecklist",
            "Enter the activation code below, exactly as given. It is secret: do not write it "
            "down anywhere else.",
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
            "Rainbow shows Running once the PBX is connected (OMC, if open, shows Connected on "
            "its Cloud > Rainbow page); this can take a few minutes.",
        ),
        None,
    ),
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
    """

    id: str
    title: str
    detail: str
    value: str | None = None
    value_label: str | None = None
    secret: bool = False

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
    mode: DeliveryMode, equipment_id: str | None, activation_code: str | None
) -> list[ChecklistStep]:
    """The ordered steps for ``mode``, with the values to copy filled in.

    Stock mode has nothing to enter on the PBX, so its steps carry no values and the arguments
    may be None. BTCO needs both values Rainbow generated at declaration.

    Raises:
        PbxInvalidValue: in BTCO mode, when the equipment id or activation code is missing
            (field ``equipment_id`` or ``activation_code``).
    """
    values: dict[_Value, str | None] = {
        "address": DEFAULT_CPU_ADDRESS,
        "equipment_id": (equipment_id or "").strip() or None,
        "activation_code": (activation_code or "").strip() or None,
        "domain": DEFAULT_DOMAIN,
    }
    if mode is DeliveryMode.STOCK:
        templates = _STOCK_STEPS
    else:
        if values["equipment_id"] is None:
            raise PbxInvalidValue("equipment_id", _MISSING_EQUIPMENT_ID)
        if values["activation_code"] is None:
            raise PbxInvalidValue("activation_code", _MISSING_ACTIVATION_CODE)
        templates = _BTCO_STEPS
    return [
        ChecklistStep(
            id=step_id,
            title=title,
            detail=detail,
            value=None if kind is None else values[kind],
            value_label=None if kind is None else _VALUE_LABELS[kind],
            secret=kind == "activation_code",
        )
        for step_id, title, detail, kind in templates
    ]


_UNKNOWN_STEP: Final = "No step {step_id!r} in this checklist."
_NOT_ENABLING: Final = QT_TRANSLATE_NOOP(
    "OmcChecklist",
    '"Rainbow enabled": the OMC checklist only enables Rainbow; to disable it, untick the box '
    "in OMC yourself.",
)
_OTHER_PABX_ID: Final = QT_TRANSLATE_NOOP(
    "OmcChecklist",
    '"Rainbow PABX-ID": the value to apply is not the equipment id the OMC checklist shows; '
    "rebuild the checklist from the installation.",
)
_OTHER_CODE: Final = QT_TRANSLATE_NOOP(
    "OmcChecklist",
    '"Activation code": the value to apply is not the code the OMC checklist shows; rebuild '
    "the checklist from the installation.",
)
_OTHER_DOMAIN: Final = QT_TRANSLATE_NOOP(
    "OmcChecklist",
    '"Domain name": the OMC checklist leaves it at openrainbow.com; another domain has to be '
    "entered in OMC by hand.",
)


class GuidedOmcDriver:
    """A `PbxDriver` for a PBX configured by hand in OMC, following `checklist`.

    It cannot read or write a PBX. `read_settings` and `read_status` report what the confirmed
    steps imply, with the connection UNKNOWN until the technician confirms "Connected";
    `apply` changes nothing anywhere and returns the settings the checklist will produce.
    """

    def __init__(
        self,
        mode: DeliveryMode,
        equipment_id: str | None,
        activation_code: str | None,
        *,
        confirmed: Iterable[str] = (),
    ) -> None:
        """Build the checklist for ``mode``; ``confirmed`` restores confirmations from a draft.

        Raises:
            PbxInvalidValue: as `checklist` does; also (field ``step``) for an unknown step id
                in ``confirmed``.
        """
        self._mode = mode
        self._steps = tuple(checklist(mode, equipment_id, activation_code))
        self._ids = {step.id: step for step in self._steps}
        self._equipment_id = (equipment_id or "").strip()
        self._activation_code = (activation_code or "").strip()
        self._confirmed: set[str] = set()
        for step_id in confirmed:
            self.confirm(step_id)

    @classmethod
    def for_plan(cls, plan: InstallationPlan, *, confirmed: Iterable[str] = ()) -> GuidedOmcDriver:
        """The driver for ``plan``'s mode, equipment id and activation code."""
        return cls(plan.mode, plan.equipment_id, plan.activation_code, confirmed=confirmed)

    @property
    def mode(self) -> DeliveryMode:
        """The delivery mode the checklist was built for."""
        return self._mode

    @property
    def steps(self) -> tuple[ChecklistStep, ...]:
        """The steps in the order the technician follows them."""
        return self._steps

    @property
    def confirmed(self) -> set[str]:
        """The ids of the confirmed steps (a copy: change it through `confirm`/`unconfirm`)."""
        return set(self._confirmed)

    @property
    def configured(self) -> bool:
        """True only when every step is confirmed."""
        return len(self._confirmed) == len(self._steps)

    @property
    def next_step(self) -> ChecklistStep | None:
        """The first step not yet confirmed, or None when all are."""
        return next((step for step in self._steps if step.id not in self._confirmed), None)

    def confirm(self, step_id: str) -> None:
        """Mark a step as done; confirming it again changes nothing. Steps may come in any order.

        Raises:
            PbxInvalidValue: (field ``step``) when the checklist has no such step.
        """
        self._check(step_id)
        self._confirmed.add(step_id)

    def unconfirm(self, step_id: str) -> None:
        """Mark a step as not done (a technician who clicked too fast).

        Raises:
            PbxInvalidValue: (field ``step``) when the checklist has no such step.
        """
        self._check(step_id)
        self._confirmed.discard(step_id)

    def _check(self, step_id: str) -> None:
        if step_id not in self._ids:
            raise PbxInvalidValue("step", _UNKNOWN_STEP.format(step_id=step_id))

    def _connection(self) -> PbxConnection:
        if STEP_WAIT_CONNECTED in self._confirmed:
            return PbxConnection.CONNECTED
        return PbxConnection.UNKNOWN

    def _done(self, step_id: str) -> bool:
        """Whether the PBX holds what ``step_id`` enters: in BTCO a value counts once Apply and
        Yes are confirmed too (OMC writes nothing before), or once "Connected" is."""
        if STEP_WAIT_CONNECTED in self._confirmed:
            return True
        saved = {STEP_APPLY, STEP_CONFIRM} <= self._confirmed
        return saved and step_id in self._confirmed

    async def read_settings(self) -> PbxSettings:
        """The settings the confirmed steps imply (nothing is read from a PBX).

        Stock mode: Rainbow enabled with the equipment id, as the PBX sets itself. BTCO: each
        value once its step, Apply and Yes are confirmed; the activation code becomes read-only
        once "Connected" is confirmed. The PABX-ID is empty while not implied.
        """
        connection = self._connection()
        if self._mode is DeliveryMode.STOCK:
            return PbxSettings(
                rainbow_enabled=True,
                pabx_id=self._equipment_id,
                activation_code_set=bool(self._activation_code),
                connection=connection,
                activation_code_read_only=connection is PbxConnection.CONNECTED,
            )
        return PbxSettings(
            rainbow_enabled=self._done(STEP_ENABLE),
            pabx_id=self._equipment_id if self._done(STEP_PABX_ID) else "",
            activation_code_set=self._done(STEP_ACTIVATION_CODE),
            connection=connection,
            activation_code_read_only=connection is PbxConnection.CONNECTED,
        )

    async def apply(self, desired: DesiredSettings) -> PbxSettings:
        """Change nothing (no PBX can be reached) and return what the checklist will produce.

        ``desired`` is checked against the checklist so that the values shown for copying are
        the ones the caller means; the connection is what the confirmations imply.

        Raises:
            PbxInvalidValue: ``desired`` disables Rainbow, or differs from the checklist's
                PABX-ID, activation code or domain (the message never shows the code).
        """
        if not desired.rainbow_enabled:
            raise PbxInvalidValue("rainbow_enabled", _NOT_ENABLING)
        if self._equipment_id and desired.pabx_id.strip() != self._equipment_id:
            raise PbxInvalidValue("pabx_id", _OTHER_PABX_ID)
        if self._activation_code and desired.activation_code.strip() != self._activation_code:
            raise PbxInvalidValue("activation_code", _OTHER_CODE)
        if desired.domain_name.strip() != DEFAULT_DOMAIN:
            raise PbxInvalidValue("domain_name", _OTHER_DOMAIN)
        connection = self._connection()
        return PbxSettings(
            rainbow_enabled=True,
            pabx_id=self._equipment_id or desired.pabx_id.strip(),
            activation_code_set=True,
            connection=connection,
            activation_code_read_only=connection is PbxConnection.CONNECTED,
        )

    async def read_status(self) -> PbxConnection:
        """CONNECTED once "Connected" is confirmed, else UNKNOWN."""
        return self._connection()

    async def aclose(self) -> None:
        """Nothing to release."""

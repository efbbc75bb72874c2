"""The guided OMC driver: the checklist a technician follows in OMC, and what it implies.

Real installations cannot push settings to a PBX (OMC has no public programmatic interface), so
the application shows the OMC steps, with the values to copy, and the technician confirms each
one. `checklist` (in :mod:`installer_app.pbx.omc_checklist`) builds the steps as data that the
GUI and the command line both render; `GuidedOmcDriver` wraps them behind the `PbxDriver`
interface, reporting what the confirmations imply instead of what a PBX says. Its own texts are
marked for translation as the checklist's are.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from installer_app.domain.pbx_side import (
    DEFAULT_DOMAIN,
    DesiredSettings,
    PbxConnection,
    PbxSettings,
)
from installer_app.domain.plan import DeliveryMode
from installer_app.domain.servers import OmcDomain, omc_domain
from installer_app.domain.translation_marks import QT_TRANSLATE_NOOP
from installer_app.pbx.driver import PbxInvalidValue
from installer_app.pbx.omc_checklist import (
    DEFAULT_CPU_ADDRESS,
    RAINBOW_HOSTS,
    STEP_ACTIVATION_CODE,
    STEP_APPLY,
    STEP_CHECK_IN_OMC,
    STEP_CONFIRM,
    STEP_ENABLE,
    STEP_PABX_ID,
    STEP_WAIT_CONNECTED,
    TRANSLATION_CONTEXT,
    ChecklistStep,
    ChecklistValue,
    checklist,
)

if TYPE_CHECKING:
    from installer_app.domain.plan import InstallationPlan

__all__ = [
    "DEFAULT_CPU_ADDRESS",
    "QT_TRANSLATE_NOOP",
    "RAINBOW_HOSTS",
    "TRANSLATION_CONTEXT",
    "ChecklistStep",
    "ChecklistValue",
    "GuidedOmcDriver",
    "checklist",
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
    '"Domain name": the value to apply is not the domain the OMC checklist shows; another '
    "domain has to be entered in OMC by hand.",
)

#: Steps that watch the connection rather than configure the PBX.
_WATCHING: Final = frozenset({STEP_WAIT_CONNECTED, STEP_CHECK_IN_OMC})


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
        domain: OmcDomain | None = None,
    ) -> None:
        """Build the checklist for ``mode``; ``confirmed`` restores confirmations from a draft;
        ``domain`` is the "Domain name" of the platform declared on (production's by default).

        Raises:
            PbxInvalidValue: as `checklist` does; also (field ``step``) for an unknown step id
                in ``confirmed``.
        """
        self._mode = mode
        self._steps = tuple(checklist(mode, equipment_id, activation_code, domain))
        self._domain = domain.name if domain is not None else DEFAULT_DOMAIN
        self._ids = {step.id: step for step in self._steps}
        self._equipment_id = (equipment_id or "").strip()
        self._activation_code = (activation_code or "").strip()
        self._confirmed: set[str] = set()
        for step_id in confirmed:
            self.confirm(step_id)

    @classmethod
    def for_plan(cls, plan: InstallationPlan, *, confirmed: Iterable[str] = ()) -> GuidedOmcDriver:
        """The driver for ``plan``'s mode, equipment id and activation code."""
        return cls(
            plan.mode,
            plan.equipment_id,
            plan.activation_code,
            confirmed=confirmed,
            domain=omc_domain(plan.rainbow_server),
        )

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
        """True when every step that configures the PBX is confirmed.

        The steps that watch the connection (BTCO's wait for Connected, stock's check in OMC)
        are not needed: the dashboard watches exactly that, and such a step is confirmed only by
        the technician who saw Connected (it then makes :meth:`read_status` say so).
        """
        return all(step.id in self._confirmed for step in self._steps if step.id not in _WATCHING)

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
        """CONNECTED once the technician confirmed seeing it (the wait, or stock's OMC check)."""
        if self._confirmed & {STEP_WAIT_CONNECTED, STEP_CHECK_IN_OMC}:
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
        if desired.domain_name.strip() != self._domain:
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

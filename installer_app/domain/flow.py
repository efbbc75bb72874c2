"""The wizard's navigation as plain data: which steps exist, what blocks each, where to resume.

Qt pages only render this; it is tested without Qt. ``WizardState`` holds what the technician
has entered so far (possibly incomplete); :func:`blockers` says, in words, why a step cannot be
left yet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, overload

from installer_app.domain.plan_choices import DeliveryMode, PbxModel

if TYPE_CHECKING:
    # The plan model (pydantic), the phone-number metadata and the other pages' rules load after
    # the first page is painted: this module is on the start-up path, so it imports them where
    # they are used.
    from installer_app.domain.numbering import NumberingRule
    from installer_app.domain.plan import InstallationPlan, Progress


class Step(StrEnum):
    """The wizard's pages, in their natural order (:func:`steps` says which apply)."""

    START = "start"
    PBX_MODE = "pbx_mode"
    SIGN_IN = "sign_in"
    COMPANY = "company"
    PBX = "pbx"
    CREDENTIALS = "credentials"
    DIALING = "dialing"
    NUMBERING = "numbering"
    SUMMARY = "summary"
    DECLARATION = "declaration"
    PBX_CONFIG = "pbx_config"
    DASHBOARD = "dashboard"


ORDER: tuple[Step, ...] = tuple(Step)

#: Steps that need a Rainbow session; skipped when preparing offline.
ONLINE_ONLY: frozenset[Step] = frozenset(
    {Step.SIGN_IN, Step.DECLARATION, Step.PBX_CONFIG, Step.DASHBOARD}
)

#: Steps of stock mode only; skipped in BTCO. The credentials page is where the stock
#: references are typed: in BTCO there is nothing to type before the declaration, which is
#: where Rainbow generates the equipment id and the activation code, and the Declaration page
#: shows them (with copy buttons) the moment they exist.
STOCK_ONLY: frozenset[Step] = frozenset({Step.CREDENTIALS})


class _LazyProgress:
    """The state's ``progress``: a fresh :class:`Progress` made on first read, not at creation.

    Making one needs the plan model (pydantic), which start-up leaves for later; a new
    wizard state must not load it. Assigning a value (or None, the default) works as usual.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = f"_{name}"

    @overload
    def __get__(self, state: None, owner: type) -> None: ...

    @overload
    def __get__(self, state: WizardState, owner: type) -> Progress: ...

    def __get__(self, state: WizardState | None, owner: type) -> Progress | None:
        if state is None:
            return None  # the dataclass's default: no progress yet
        value: Progress | None = state.__dict__.get(self._name)
        if value is None:
            from installer_app.domain.plan import Progress  # noqa: PLC0415

            value = state.__dict__[self._name] = Progress()
        return value

    def __set__(self, state: WizardState, value: Progress | None) -> None:
        state.__dict__[self._name] = value


@dataclass
class WizardState:
    """What the technician has entered so far; every field may still be missing.

    This is the draft the pages up to the Summary edit: a plan is only valid once complete. From
    the Summary on, the wizard works on the :class:`InstallationPlan` made from it
    (:meth:`to_plan`, once); the job's progress and what Rainbow generates are copied back here,
    one way, only so that Back, the autosaved draft and :func:`blockers` see them.
    """

    pbx_model: PbxModel = PbxModel.OXO_CONNECT
    mode: DeliveryMode = DeliveryMode.STOCK
    offline: bool = False
    signed_in: bool = False
    rainbow_server: str = "https://openrainbow.com"
    company_id: str = ""
    company_name: str = ""
    site_id: str = ""
    site_name: str = ""
    create_site_name: str = ""
    #: The chosen company's and site's countries as Rainbow gives them (alpha-3, may be "").
    company_country: str = ""
    site_country: str = ""
    server_name: str = ""
    webrtc_enabled: bool = False
    licence_accepted_at: datetime | None = None
    fleet_ref: str = ""
    installation_ref: str = ""
    reference_override: bool = False
    country: str = ""
    #: Where ``country`` came from: a :data:`~installer_app.domain.dialing.CountrySource`
    #: value, or "" for a country given by a file or a draft (kept as the technician's).
    country_source: str = ""
    national_prefix: str = ""
    international_prefix: str = ""
    outbound_prefix: str = ""
    use_outbound_prefix: bool = False
    installation_number: str = ""
    rules: list[NumberingRule] = field(default_factory=list)
    progress: _LazyProgress = _LazyProgress()
    equipment_id: str = ""
    activation_code: str = ""

    def plan_data(self) -> dict[str, Any]:
        """The plan's fields as plain data (validated by :meth:`to_plan`)."""
        is_stock = self.mode is DeliveryMode.STOCK
        return {
            "pbx_model": self.pbx_model,
            "mode": self.mode,
            "rainbow_server": self.rainbow_server,
            "company": {"id": self.company_id, "name": self.company_name},
            "site_id": self.site_id or None,
            "server_name": self.server_name,
            "webrtc_gateway": {
                "enabled": self.webrtc_enabled,
                "licence_accepted": self.licence_accepted_at is not None,
                "accepted_at": self.licence_accepted_at,
            },
            "reference_override": self.reference_override,
            "fleet_ref": (self.fleet_ref or None) if is_stock else None,
            "installation_ref": (self.installation_ref or None) if is_stock else None,
            "equipment_id": None if is_stock else (self.equipment_id or None),
            "activation_code": None if is_stock else (self.activation_code or None),
            "dialing": {
                "country": self.country,
                "national_prefix": self.national_prefix,
                "international_prefix": self.international_prefix,
                "outbound_prefix": self.outbound_prefix,
                "use_outbound_prefix": self.use_outbound_prefix,
                "installation_number": self.installation_number,
            },
            "numbering_rules": [
                {
                    "regexp_match": rule.regexp_match,
                    "regexp_replace": rule.regexp_replace,
                    "description": rule.description,
                }
                for rule in self.rules
            ],
            "progress": self.progress,
        }

    def to_plan(self) -> InstallationPlan:
        """The plan these values make; raises pydantic's ValidationError with every problem."""
        from installer_app.domain.plan import InstallationPlan  # noqa: PLC0415

        return InstallationPlan.model_validate(self.plan_data())

    @classmethod
    def from_plan(cls, plan: InstallationPlan, *, offline: bool = False) -> WizardState:
        """The wizard state that shows ``plan`` (to resume an installation file)."""
        return cls(
            pbx_model=plan.pbx_model,
            mode=plan.mode,
            offline=offline,
            rainbow_server=plan.rainbow_server,
            company_id=plan.company.id,
            company_name=plan.company.name,
            site_id=plan.site_id or "",
            server_name=plan.server_name,
            webrtc_enabled=plan.webrtc_gateway.enabled,
            licence_accepted_at=plan.webrtc_gateway.accepted_at,
            fleet_ref=plan.fleet_ref or "",
            installation_ref=plan.installation_ref or "",
            reference_override=plan.reference_override,
            country=plan.dialing.country,
            national_prefix=plan.dialing.national_prefix,
            international_prefix=plan.dialing.international_prefix,
            outbound_prefix=plan.dialing.outbound_prefix,
            use_outbound_prefix=plan.dialing.use_outbound_prefix,
            installation_number=plan.dialing.installation_number,
            rules=plan.domain_rules(),
            progress=plan.progress.model_copy(deep=True),
            equipment_id=plan.equipment_id or "",
            activation_code=plan.activation_code or "",
        )


def steps(state: WizardState) -> list[Step]:
    """The steps that apply to ``state``, in order."""
    skipped: frozenset[Step] = frozenset()
    if state.offline:
        skipped |= ONLINE_ONLY
    if state.mode is DeliveryMode.BTCO:
        skipped |= STOCK_ONLY
    return [step for step in ORDER if step not in skipped]


def next_step(current: Step, state: WizardState) -> Step | None:
    """The step after ``current`` for this state, or None at the end."""
    applicable = steps(state)
    later = [step for step in applicable if ORDER.index(step) > ORDER.index(current)]
    return later[0] if later else None


def previous_step(current: Step, state: WizardState) -> Step | None:
    """The step before ``current`` for this state, or None at the start."""
    applicable = steps(state)
    earlier = [step for step in applicable if ORDER.index(step) < ORDER.index(current)]
    return earlier[-1] if earlier else None


def _pbx_mode_blockers(state: WizardState) -> list[str]:
    if state.mode is DeliveryMode.BTCO and state.pbx_model is PbxModel.OXO_CONNECT_EVOLUTION:
        return ["BTCO is not available for OXO Connect Evolution: choose stock mode."]
    return []


def _company_blockers(state: WizardState) -> list[str]:
    if not state.company_id.strip():
        if state.offline:
            return ["Type the customer company's Rainbow id."]
        return ["Choose the customer company."]
    return []


def _pbx_blockers(state: WizardState) -> list[str]:
    reasons = []
    if not state.server_name.strip():
        reasons.append("Server name must not be empty: name the PBX as on Rainbow.")
    if state.webrtc_enabled and state.licence_accepted_at is None:
        reasons.append("Record the WebRTC gateway choice, or untick the gateway.")
    return reasons


def _credentials_blockers(state: WizardState) -> list[str]:
    from installer_app.domain import references  # noqa: PLC0415

    if state.mode is DeliveryMode.BTCO:
        return []
    reasons = []
    fleet = references.normalize_fleet(state.fleet_ref)
    installation = references.normalize_installation(state.installation_ref)
    for value, check, label in (
        (fleet, references.check_fleet, "Fleet reference"),
        (installation, references.check_installation, "Installation reference"),
    ):
        if not value:
            reasons.append(f"{label} is required in stock mode.")
            continue
        message = check(value)
        if message and not state.reference_override:
            reasons.append(message)
    return reasons


def _dialing_blockers(state: WizardState) -> list[str]:
    # The phone-number metadata is not loaded at start-up (see the imports above).
    from installer_app.domain import dialing  # noqa: PLC0415

    reasons = []
    if not dialing.is_known_country(state.country):
        reasons.append("Choose the country of the installation.")
    for label, value in (
        ("National prefix", state.national_prefix),
        ("International prefix", state.international_prefix),
        ("Outbound prefix", state.outbound_prefix),
    ):
        message = dialing.check_prefix(label, value)
        if message:
            reasons.append(message)
    if state.use_outbound_prefix and not state.outbound_prefix:
        reasons.append("Outbound prefix: type it, or untick 'Use the outbound prefix'.")
    number = state.installation_number.replace(" ", "").removeprefix("+")
    if number and not (number.isascii() and number.isdigit()):
        reasons.append("Installation number must contain digits only (0-9), optionally after a +.")
    return reasons


def _numbering_blockers(state: WizardState) -> list[str]:
    from installer_app.domain.numbering import validate_rules  # noqa: PLC0415

    return [p.message for p in validate_rules(state.rules) if not p.warning]


def blockers(step: Step, state: WizardState) -> list[str]:
    """Why ``step`` cannot be left yet, in words; empty when Next may be pressed."""
    checks: dict[Step, Callable[[WizardState], list[str]]] = {
        Step.PBX_MODE: _pbx_mode_blockers,
        Step.SIGN_IN: lambda s: [] if s.signed_in else ["Sign in to Rainbow first."],
        Step.COMPANY: _company_blockers,
        Step.PBX: _pbx_blockers,
        Step.CREDENTIALS: _credentials_blockers,
        Step.DIALING: _dialing_blockers,
        Step.NUMBERING: _numbering_blockers,
        Step.DECLARATION: lambda s: [] if s.progress.system_id else ["Declare the PBX first."],
        Step.PBX_CONFIG: lambda s: (
            [] if s.progress.pbx_configured else ["Confirm every step of the PBX configuration."]
        ),
    }
    check = checks.get(step)
    return check(state) if check else []


def resume_step(plan: InstallationPlan, *, offline: bool = False) -> Step:
    """Where an opened installation file resumes: the first step not yet done."""
    if offline or not plan.is_declared:
        return Step.SUMMARY
    if not plan.progress.pbx_configured:
        return Step.PBX_CONFIG
    return Step.DASHBOARD

"""The installation plan: everything needed to associate one PBX with one customer company.

The plan is what an installation file holds, what the wizard edits and what the command line reads.
It is validated by pydantic; every rule produces a message that names the field it concerns, so a
technician knows what to change. The plan never holds a Rainbow password or application secret:
unknown fields are refused, and there is no field for them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from installer_app.domain import dialing, references, text
from installer_app.domain.numbering import NumberingRule, validate_rules

# The choices live without pydantic (start-up needs them first); re-exported for the plan's users.
from installer_app.domain.plan_choices import (
    PRODUCTION_SERVER,
    SANDBOX_SERVER,
    DeliveryMode,
    PbxModel,
)

__all__ = [
    "FIELD_LABELS",
    "PRODUCTION_SERVER",
    "SANDBOX_SERVER",
    "SCHEMA_VERSION",
    "Company",
    "DeliveryMode",
    "Dialing",
    "InstallationPlan",
    "PbxModel",
    "Progress",
    "Rule",
    "StatusEvent",
    "WebRtcGateway",
]

SCHEMA_VERSION: Literal[1] = 1

#: Human names of the plan's fields, used in messages.
FIELD_LABELS: dict[str, str] = {
    "pbx_model": "PBX model",
    "mode": "Delivery mode",
    "rainbow_server": "Rainbow server",
    "company": "Customer company",
    "company.id": "Company id",
    "company.name": "Company name",
    "site_id": "Site",
    "server_name": "Server name",
    "webrtc_gateway": "WebRTC gateway",
    "fleet_ref": "Fleet reference",
    "installation_ref": "Installation reference",
    "equipment_id": "Equipment id",
    "activation_code": "Activation code",
    "dialing.country": "Country",
    "dialing.national_prefix": "National prefix",
    "dialing.international_prefix": "International prefix",
    "dialing.outbound_prefix": "Outbound prefix",
    "dialing.installation_number": "Installation number",
    "dialing.use_outbound_prefix": "Use the outbound prefix",
    "reference_override": "Reference override",
    "numbering_rules": "Numbering rules",
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False, str_strip_whitespace=True)

    @field_validator("*")
    @classmethod
    def _no_control_characters(cls, value: Any) -> Any:
        """No text of a plan holds a control character (see :mod:`text`)."""
        if isinstance(value, str):
            message = text.control_characters_message(value)
            if message:
                raise PydanticCustomError("control_characters", message)
        return value


class Company(_Strict):
    """The customer company on Rainbow."""

    id: Annotated[str, Field(min_length=1, description="Rainbow id of the customer company")]
    name: str = ""


class WebRtcGateway(_Strict):
    """Whether the WebRTC gateway is wanted. No public API field activates it: the technician
    activates it in the Rainbow admin portal, where its licence agreement is accepted
    (:mod:`installer_app.domain.portal`), which can also be done later.

    ``licence_accepted`` (name kept for existing files) is the technician's confirmation of the
    choice, at ``accepted_at``; the licence itself is accepted in the portal.
    """

    enabled: bool = False
    licence_accepted: bool = False
    accepted_at: datetime | None = None

    @model_validator(mode="after")
    def _licence_needed(self) -> WebRtcGateway:
        if self.enabled and not self.licence_accepted:
            raise PydanticCustomError(
                "licence_not_accepted",
                "WebRTC gateway: confirm the choice (licence_accepted) before enabling it; "
                "the licence itself is accepted in the Rainbow admin portal.",
            )
        return self


def _digits_only(label: str, value: str) -> str:
    if value and not (value.isascii() and value.isdigit()):
        raise PydanticCustomError(
            "digits_only",
            "{label} must contain digits only (0-9); remove spaces and other characters.",
            {"label": label},
        )
    return value


class Dialing(_Strict):
    """Dialing information Rainbow uses to turn dialed numbers into canonical ones."""

    country: Annotated[str, Field(description="ISO 3166-1 alpha-2 code, e.g. FR")]
    national_prefix: str = ""
    international_prefix: str = ""
    outbound_prefix: str = ""
    use_outbound_prefix: bool = False
    installation_number: str = ""

    @field_validator("country")
    @classmethod
    def _known_country(cls, value: str) -> str:
        code = value.strip().upper()
        if not code:
            raise PydanticCustomError(
                "unknown_country",
                "Country is required: use a two-letter ISO code such as FR, DE or GB.",
            )
        if not dialing.is_known_country(code):
            raise PydanticCustomError(
                "unknown_country",
                "Country: '{value}' is not a country code the phone-number data knows; "
                "use a two-letter ISO code such as FR, DE or GB.",
                {"value": value},
            )
        return code

    @field_validator("national_prefix", "international_prefix", "outbound_prefix")
    @classmethod
    def _prefix(cls, value: str, info: ValidationInfo) -> str:
        return _digits_only(FIELD_LABELS[f"dialing.{info.field_name}"], value)

    @field_validator("installation_number")
    @classmethod
    def _installation_number(cls, value: str) -> str:
        compact = value.replace(" ", "")
        if compact.startswith("+"):
            compact = "+" + _digits_only("Installation number", compact[1:])
            return compact
        return _digits_only("Installation number", compact)

    @model_validator(mode="after")
    def _outbound_when_used(self) -> Dialing:
        if self.use_outbound_prefix and not self.outbound_prefix:
            raise PydanticCustomError(
                "outbound_missing",
                "Outbound prefix: 'Use the outbound prefix' is ticked but no prefix is given.",
            )
        return self

    @classmethod
    def for_country(cls, country: str, **overrides: Any) -> Dialing:
        """Dialing settings with the prefixes the phone-number metadata gives for ``country``."""
        defaults = dialing.country_defaults(country.strip().upper())
        values: dict[str, Any] = {
            "country": defaults.alpha2,
            "national_prefix": defaults.national_prefix,
            "international_prefix": defaults.international_prefix,
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls.model_validate(values)


class Rule(_Strict):
    """One numbering rule as stored in an installation file."""

    regexp_match: str
    regexp_replace: str = ""
    description: str = ""

    def to_domain(self) -> NumberingRule:
        """The rule as the numbering module works with it."""
        return NumberingRule(self.regexp_match, self.regexp_replace, self.description)

    @classmethod
    def from_domain(cls, rule: NumberingRule) -> Rule:
        """Wrap a domain rule for storage."""
        return cls(
            regexp_match=rule.regexp_match,
            regexp_replace=rule.regexp_replace,
            description=rule.description,
        )


class StatusEvent(_Strict):
    """One change seen on either side, for the dashboard's timeline and the report."""

    at: datetime
    side: Literal["rainbow", "pbx"]
    status: str


class PendingDeclaration(_Strict):
    """A declaration sent (or about to be) whose result is not recorded yet.

    Written before the create call, cleared when the result is recorded: a rerun that finds it
    knows the system it finds on that server, company, site and name is this file's own, and
    adopts it without asking. It holds no secret.
    """

    started_at: datetime
    rainbow_server: str
    company_id: str
    site_id: str
    server_name: str
    mode: DeliveryMode


class Progress(_Strict):
    """How far the installation has gone; lets an opened file resume at the right step."""

    pending_declaration: PendingDeclaration | None = None
    system_id: str | None = None
    declared_at: datetime | None = None
    pbx_configured: bool = False
    verified: bool = False
    rainbow_status: str | None = None
    pbx_status: str | None = None
    timeline: list[StatusEvent] = Field(default_factory=list)


class InstallationPlan(_Strict):
    """Everything needed to declare one PBX on Rainbow and configure it.

    In stock mode the equipment id and activation code are both the joined fleet and installation
    references; in BTCO mode Rainbow generates them at declaration and they are recorded here.
    """

    schema_version: Literal[1] = SCHEMA_VERSION
    pbx_model: PbxModel
    mode: DeliveryMode
    rainbow_server: str = PRODUCTION_SERVER
    company: Company
    site_id: str | None = None
    server_name: str
    webrtc_gateway: WebRtcGateway = Field(default_factory=WebRtcGateway)
    reference_override: bool = Field(
        default=False,
        description="Accept references that do not have the documented shape",
    )
    fleet_ref: str | None = Field(default=None, validate_default=True)
    installation_ref: str | None = Field(default=None, validate_default=True)
    equipment_id: str | None = None
    activation_code: str | None = None
    dialing: Dialing
    numbering_rules: list[Rule] = Field(default_factory=list)
    progress: Progress = Field(default_factory=Progress)

    @field_validator("server_name")
    @classmethod
    def _server_name(cls, value: str) -> str:
        if not value.strip():
            raise PydanticCustomError(
                "server_name_empty", "Server name must not be empty: name the PBX as on Rainbow."
            )
        return value.strip()

    @field_validator("rainbow_server")
    @classmethod
    def _server_url(cls, value: str) -> str:
        url = value.strip().rstrip("/")
        if not url.startswith(("https://", "http://")):
            raise PydanticCustomError(
                "server_url",
                "Rainbow server must be a web address such as https://openrainbow.com.",
            )
        return url

    @field_validator("mode")
    @classmethod
    def _mode_for_model(cls, value: DeliveryMode, info: ValidationInfo) -> DeliveryMode:
        if value is DeliveryMode.BTCO and info.data.get("pbx_model") is (
            PbxModel.OXO_CONNECT_EVOLUTION
        ):
            raise PydanticCustomError(
                "btco_evolution",
                "Delivery mode: BTCO is not available for OXO Connect Evolution; "
                "use stock mode for this PBX.",
            )
        return value

    @field_validator("fleet_ref", "installation_ref")
    @classmethod
    def _stock_reference(cls, value: str | None, info: ValidationInfo) -> str | None:
        if info.data.get("mode") is not DeliveryMode.STOCK:
            return value
        field = info.field_name or ""
        label = FIELD_LABELS[field]
        if value is None or not value.strip():
            raise PydanticCustomError(
                "reference_missing", "{label} is required in stock mode.", {"label": label}
            )
        is_fleet = field == "fleet_ref"
        normalized = (
            references.normalize_fleet(value)
            if is_fleet
            else references.normalize_installation(value)
        )
        check = references.check_fleet if is_fleet else references.check_installation
        message = check(normalized)
        if message and not info.data.get("reference_override", False):
            raise PydanticCustomError("reference_shape", "{message}", {"message": message})
        return normalized

    @field_validator("numbering_rules")
    @classmethod
    def _rules(cls, value: list[Rule]) -> list[Rule]:
        problems = [
            ("" if p.index is None else str(p.index), p.message)
            for p in validate_rules([rule.to_domain() for rule in value])
            if not p.warning
        ]
        if problems:
            raise PydanticCustomError(
                "plan_rules",
                "{summary}",
                {"summary": " ".join(m for _, m in problems), "problems": problems},
            )
        return value

    @model_validator(mode="after")
    def _derive_stock_credentials(self) -> InstallationPlan:
        if self.mode is DeliveryMode.STOCK and self.fleet_ref and self.installation_ref:
            equipment_id, activation_code = references.stock_credentials(
                self.fleet_ref, self.installation_ref
            )
            object.__setattr__(self, "equipment_id", equipment_id)
            object.__setattr__(self, "activation_code", activation_code)
        return self

    def domain_rules(self) -> list[NumberingRule]:
        """The numbering rules as the numbering module works with them."""
        return [rule.to_domain() for rule in self.numbering_rules]

    @property
    def is_declared(self) -> bool:
        """Whether a system id was recorded after declaration on Rainbow."""
        return self.progress.system_id is not None

"""Typed values read from and sent to Rainbow; the only place that knows the JSON field names.

Results are frozen dataclasses built from the ``data`` of an answer by the ``*_from_api``
functions; a missing required field raises :class:`UnexpectedResponseError` naming it. Secrets
(activation codes) are kept out of ``repr`` so a logged object never leaks them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from installer_app.rainbow.errors import UnexpectedResponseError

T = TypeVar("T")
JsonObject = Mapping[str, Any]

#: Statuses during which ``jid_pbxagent_password`` is the activation code (afterwards a hash).
ACTIVATION_CODE_STATUSES: frozenset[str] = frozenset({"created", "activating"})


def require_str(obj: JsonObject, key: str, what: str) -> str:
    value = obj.get(key)
    if isinstance(value, str) and value:
        return value
    raise UnexpectedResponseError(f"Rainbow's answer about a {what} has no readable '{key}'.")


def _opt_str(obj: JsonObject, key: str) -> str | None:
    value = obj.get(key)
    return value if isinstance(value, str) else None


def _str_tuple(obj: JsonObject, key: str) -> tuple[str, ...]:
    value = obj.get(key)
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list):
        return tuple(v for v in value if isinstance(v, str))
    return ()


def _datetime(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


#: Unix times above this are in milliseconds (1e11 seconds is the year 5138).
_MILLISECONDS_FROM = 10**11


def unix_or_iso_time(value: object) -> datetime | None:
    """A ``/state`` ``timestamp``: Unix time (seconds or milliseconds, number or digits) or ISO.

    The SDK documents it as Unix time without saying the unit, so both units are read (a
    value from 1e11 up is milliseconds); ISO text is read too. Anything else is None.
    """
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int | float):
        return _datetime(value)
    seconds = value / 1000 if abs(value) >= _MILLISECONDS_FROM else value
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None


#: [I] Keys that may carry the alpha-3 code when ``/systems/countries`` lists objects (the
#: answer's shape is not documented; plain strings are what the sandbox sends).
_ALPHA3_KEYS = ("alpha3Code", "alpha3", "iso3", "code", "country")


def country_code(item: object) -> str | None:
    """An alpha-3 code from one entry of ``/systems/countries``: a string or an object."""
    if isinstance(item, str):
        return item
    if isinstance(item, Mapping):
        for key in _ALPHA3_KEYS:
            value = item.get(key)
            if isinstance(value, str) and len(value) == 3 and value.isalpha():
                return value.upper()
    return None


def require_object(value: object, what: str) -> JsonObject:
    """``value`` as a JSON object, or :class:`UnexpectedResponseError` naming ``what``."""
    if isinstance(value, Mapping):
        return value
    raise UnexpectedResponseError(f"Rainbow's answer about a {what} is not an object.")


@dataclass(frozen=True)
class Session:
    """Who is signed in. The token itself stays inside the client and never appears here."""

    user_id: str
    company_id: str
    login_email: str
    roles: tuple[str, ...]
    admin_type: str | None
    expires_at: datetime | None
    application_id: str | None = None

    @property
    def is_bp_admin(self) -> bool:
        """Whether the account may manage the systems of its customer companies.

        Told by ``roles`` alone: the SDK's ``adminType`` values are organization_admin,
        company_admin and site_admin, none of which names a business partner.
        """
        return "bp_admin" in self.roles


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list, with the paging fields of the answer's envelope."""

    items: tuple[T, ...]
    total: int
    limit: int
    offset: int

    @property
    def has_more(self) -> bool:
        """Whether a further page exists after this one."""
        return self.offset + len(self.items) < self.total


@dataclass(frozen=True)
class Company:
    """A customer company of the signed-in business partner."""

    id: str
    name: str
    bp_id: str | None
    country: str | None


def company_from_api(obj: JsonObject) -> Company:
    """A :class:`Company` from its API object."""
    return Company(
        id=require_str(obj, "id", "company"),
        name=_opt_str(obj, "name") or "",
        bp_id=_opt_str(obj, "bpId"),
        country=_opt_str(obj, "country"),
    )


@dataclass(frozen=True)
class Site:
    """A site of a company: systems are attached to sites, not to companies."""

    id: str
    name: str
    company_id: str
    status: str | None
    #: ISO 3166-1 alpha-3 when Rainbow gives one ([I] not in every format of the answer).
    country: str | None = None


def site_from_api(obj: JsonObject, company_id: str | None = None) -> Site:
    """A :class:`Site`; ``company_id`` fills in when a short format leaves ``companyId`` out."""
    return Site(
        id=require_str(obj, "id", "site"),
        name=_opt_str(obj, "name") or "",
        company_id=_opt_str(obj, "companyId") or company_id or "",
        status=_opt_str(obj, "status"),
        country=_opt_str(obj, "country"),
    )


@dataclass(frozen=True)
class NumberingRule:
    """One outgoing numbering rule: the first rule whose ``match`` applies rewrites the number."""

    match: str
    replace: str
    description: str = ""

    def to_api(self) -> dict[str, str]:
        """The API object ``{regexpMatch, regexpReplace, description}``."""
        return {
            "regexpMatch": self.match,
            "regexpReplace": self.replace,
            "description": self.description,
        }


def _rules(obj: JsonObject) -> tuple[NumberingRule, ...]:
    value = obj.get("pbxNumberingTranslator")
    if not isinstance(value, list):
        return ()
    return tuple(
        NumberingRule(
            match=str(rule.get("regexpMatch", "")),
            replace=str(rule.get("regexpReplace") or ""),
            description=str(rule.get("description") or ""),
        )
        for rule in value
        if isinstance(rule, Mapping)
    )


@dataclass(frozen=True)
class ConnectionEvent:
    """One entry of a system's connection history."""

    event_type: str
    event_date: datetime | None


@dataclass(frozen=True)
class System:
    """A PBX declared on Rainbow ("Comm. server").

    ``activation_code`` is set only while the status is ``created`` or ``activating``; after
    activation Rainbow keeps only a hash of the private code. Neither it nor ``pbx_id`` (the
    same value in stock mode) appears in ``repr``.
    """

    id: str
    name: str
    pbx_id: str | None = field(repr=False)
    site_ids: tuple[str, ...]
    type: str | None
    country: str | None
    status: str | None
    activation_code: str | None = field(repr=False)
    jid_pbxagent: str | None
    national_prefix: str | None
    international_prefix: str | None
    main_bundle_prefix: tuple[str, ...]
    use_main_bundle_prefix: bool
    numbering_translator: tuple[NumberingRule, ...]
    bp_id: str | None
    status_updated: datetime | None
    creation_date: datetime | None
    connection_history: tuple[ConnectionEvent, ...] = ()
    has_media_pillar: bool | None = None
    """``hasMediaPillar`` (read only): whether the WebRTC gateway is active; None when absent."""


def system_from_api(obj: JsonObject) -> System:
    """A :class:`System` from its API object."""
    status = _opt_str(obj, "status")
    history = obj.get("connectionHistory")
    return System(
        id=require_str(obj, "id", "system"),
        name=_opt_str(obj, "name") or "",
        pbx_id=_opt_str(obj, "pbxId"),
        site_ids=_str_tuple(obj, "siteId"),
        type=_opt_str(obj, "type"),
        country=_opt_str(obj, "country"),
        status=status,
        activation_code=(
            _opt_str(obj, "jid_pbxagent_password") if status in ACTIVATION_CODE_STATUSES else None
        ),
        jid_pbxagent=_opt_str(obj, "jid_pbxagent"),
        national_prefix=_opt_str(obj, "pbxNationalPrefix"),
        international_prefix=_opt_str(obj, "pbxInternationalPrefix"),
        main_bundle_prefix=_str_tuple(obj, "pbxMainBundlePrefix"),
        use_main_bundle_prefix=obj.get("usePbxMainBundlePrefix") is True,
        numbering_translator=_rules(obj),
        bp_id=_opt_str(obj, "bpId"),
        status_updated=_datetime(obj.get("statusUpdatedDate")),
        creation_date=_datetime(obj.get("creationDate")),
        connection_history=tuple(
            ConnectionEvent(str(e.get("eventType", "")), _datetime(e.get("eventDate")))
            for e in (history if isinstance(history, list) else [])
            if isinstance(e, Mapping)
        ),
        has_media_pillar=(
            pillar if isinstance(pillar := obj.get("hasMediaPillar"), bool) else None
        ),
    )


@dataclass(frozen=True)
class SystemStateReport:
    """The answer of ``/systems/{id}/state``; ``raw`` is interpreted by the domain."""

    timestamp: datetime | None
    raw: Mapping[str, Any]


def state_from_api(obj: JsonObject) -> SystemStateReport:
    """A :class:`SystemStateReport`, keeping every field as Rainbow sent it."""
    return SystemStateReport(timestamp=unix_or_iso_time(obj.get("timestamp")), raw=dict(obj))


def site_body(company_id: str, name: str) -> dict[str, str]:
    """The ``POST /sites`` body for an active site ``name`` of ``company_id``."""
    return {"name": name, "status": "active", "companyId": company_id}


@dataclass(frozen=True)
class SystemRequest:
    """What to declare: ``to_body()`` gives the ``POST /systems`` body with the API's names.

    Attributes:
        name: the PBX name shown in the admin portal.
        site_id: the site of the customer company the PBX belongs to.
        country: ISO 3166-1 alpha-3, e.g. ``"FRA"``.
        pbx_id: equipment id (stock mode); None lets Rainbow generate one (BTCO).
        activation_code: custom code (stock mode: same as the equipment id); None lets Rainbow
            generate one.
        main_bundle_prefix: the outbound prefix, e.g. ``("0",)`` [I].
    """

    name: str
    site_id: str
    country: str
    pbx_id: str | None = field(default=None, repr=False)
    activation_code: str | None = field(default=None, repr=False)
    national_prefix: str | None = None
    international_prefix: str | None = None
    main_bundle_prefix: tuple[str, ...] = ()
    use_main_bundle_prefix: bool = False
    numbering_translator: tuple[NumberingRule, ...] = ()
    type: str = "oxo"

    def to_body(self) -> dict[str, Any]:
        """The JSON body, leaving out what was not set, as the SDK does on create.

        Empty prefixes, empty lists and a false flag are left out: how Rainbow treats an
        explicit ``""`` or ``[]`` on create is not documented. (On update, ``[]`` clears the
        numbering rules; updates do not go through this body.)
        """
        body: dict[str, Any] = {
            "name": self.name,
            "siteId": self.site_id,
            "type": self.type,
            "country": self.country,
        }
        if self.pbx_id:
            body["pbxId"] = self.pbx_id
        if self.activation_code:
            body["activationCode"] = self.activation_code
        if self.national_prefix:
            body["pbxNationalPrefix"] = self.national_prefix
        if self.international_prefix:
            body["pbxInternationalPrefix"] = self.international_prefix
        if self.main_bundle_prefix:
            body["pbxMainBundlePrefix"] = list(self.main_bundle_prefix)
        if self.use_main_bundle_prefix:
            body["usePbxMainBundlePrefix"] = True
        if self.numbering_translator:
            body["pbxNumberingTranslator"] = [rule.to_api() for rule in self.numbering_translator]
        return body

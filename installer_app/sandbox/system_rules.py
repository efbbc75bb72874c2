"""What Rainbow accepts in a system (PBX) body, and what it generates when fields are absent.

``POST /systems`` and ``PUT /systems/{id}`` bodies are checked here, field by field, in the
order a technician fills them in; the first problem becomes a 400 naming the field (for a
numbering rule, its index: ``pbxNumberingTranslator[3].regexpMatch``). Whatever depends on
other objects (the site belongs to the partner, the pbxId is free) is the store's business.

Inferred choices ([I], see docs/rainbow-api.md), each kept here and named:
  * :data:`DEFAULT_SYSTEM_TYPE`: the type when the body has none.
  * :data:`IMMUTABLE_FIELDS`: fields a PUT may not change (400 naming the field).
  * :func:`generate_pbx_id`: the equipment id Rainbow makes up when none is given.
  * regular expressions are checked for presence and length only, not compiled: Rainbow
    evaluates them in its own engine and a stricter check here could refuse valid rules.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from installer_app.sandbox.api_errors import bad_request, forbidden

SYSTEM_TYPES: Final = ("oxo", "oxe", "third_party")
#: [I] The type a system gets when the body has none (the installer always sends "oxo").
DEFAULT_SYSTEM_TYPE: Final = "oxo"
MAX_TRANSLATOR_RULES: Final = 100
MAX_REGEXP_LENGTH: Final = 64
DEFAULT_SERVER_PING_TIMEOUT: Final = 120
#: [I] Fields fixed at creation: a PUT carrying one of them is refused with a 400.
IMMUTABLE_FIELDS: Final = ("activationCode", "pbxId", "isOxoManaged", "isCentrex")

#: ISO 3166-1 alpha-3 codes offered by ``GET /systems/countries``.
ALLOWED_COUNTRIES: Final = (
    "ARE", "ARG", "AUS", "AUT", "BEL", "BGR", "BRA", "CAN", "CHE", "CHL", "CHN", "COL", "CYP",
    "CZE", "DEU", "DNK", "DZA", "EGY", "ESP", "EST", "FIN", "FRA", "GBR", "GRC", "HKG", "HRV",
    "HUN", "IDN", "IND", "IRL", "ISL", "ISR", "ITA", "JPN", "KOR", "LTU", "LUX", "LVA", "MAR",
    "MCO", "MEX", "MLT", "MYS", "NLD", "NOR", "NZL", "PER", "PHL", "POL", "PRT", "ROU", "SAU",
    "SEN", "SGP", "SRB", "SVK", "SVN", "SWE", "THA", "TUN", "TUR", "UKR", "USA", "VNM", "ZAF",
)  # fmt: skip

_DIGITS = re.compile(r"[0-9]*")
_NO_SPACE = re.compile(r"\S+")
_MAX_TEXT = 255
_MAX_REFERENCE = 64
_MAX_PREFIX_DIGITS = 10


@dataclass
class SystemInput:
    """A checked body: only the fields in ``present`` (wire names) were supplied."""

    present: set[str] = field(default_factory=set)
    name: str | None = None
    type: str | None = None
    country: str | None = None
    site_ids: list[str] | None = None
    pbx_id: str | None = None
    activation_code: str | None = None
    national_prefix: str | None = None
    international_prefix: str | None = None
    main_bundle_prefix: list[str] | None = None
    use_main_bundle_prefix: bool | None = None
    numbering_translator: list[dict[str, str]] | None = None
    version: str | None = None
    server_ping_timeout: int | None = None
    is_oxo_managed: bool | None = None
    search_result_order: list[str] | None = None
    is_shared: bool | None = None
    is_centrex: bool | None = None


def validate_create(body: Mapping[str, object], bp_id: str) -> SystemInput:
    """Check a ``POST /systems`` body as Rainbow does, for a bp_admin of ``bp_id``.

    Raises:
        RainbowApiError: 400 naming the first wrong field; 403 for a foreign ``bpId``.
    """
    if body.get("name") is None:
        raise bad_request("name", "name is required")
    if body.get("siteId") is None:
        raise bad_request("siteId", "siteId is required: the site the PBX belongs to")
    checked = _validate_fields(body, bp_id)
    if checked.type is None:
        checked.type = DEFAULT_SYSTEM_TYPE
    if checked.is_oxo_managed and checked.type != "oxo":
        raise bad_request("isOxoManaged", "isOxoManaged is only allowed for type oxo")
    if checked.is_shared and checked.is_centrex:
        raise bad_request("isShared", "isShared and isCentrex cannot both be true")
    return checked


def validate_update(body: Mapping[str, object], bp_id: str) -> SystemInput:
    """Check a ``PUT /systems/{id}`` body; fixed fields are refused.

    Raises:
        RainbowApiError: 400 naming the first wrong or fixed field; 403 for a foreign ``bpId``.
    """
    for name in IMMUTABLE_FIELDS:
        if name in body:
            raise bad_request(name, f"{name} cannot be changed after the system is created")
    return _validate_fields(body, bp_id)


def _validate_fields(body: Mapping[str, object], bp_id: str) -> SystemInput:
    out = SystemInput()
    for key, value in body.items():
        if value is not None:
            out.present.add(key)
    get = body.get
    if (value := get("name")) is not None:
        out.name = _text("name", value, _MAX_TEXT)
    if (value := get("type")) is not None:
        if value not in SYSTEM_TYPES:
            raise bad_request("type", f"type must be one of {', '.join(SYSTEM_TYPES)}")
        out.type = str(value)
    if (value := get("country")) is not None:
        if value not in ALLOWED_COUNTRIES:
            raise bad_request(
                "country", "country must be an ISO 3166-1 alpha-3 code from /systems/countries"
            )
        out.country = str(value)
    if (value := get("siteId")) is not None:
        out.site_ids = _site_ids(value)
    if (value := get("pbxId")) is not None:
        out.pbx_id = _reference("pbxId", value)
    if (value := get("activationCode")) is not None:
        out.activation_code = _reference("activationCode", value)
    if (value := get("pbxNationalPrefix")) is not None:
        out.national_prefix = _digits("pbxNationalPrefix", value)
    if (value := get("pbxInternationalPrefix")) is not None:
        out.international_prefix = _digits("pbxInternationalPrefix", value)
    if (value := get("pbxMainBundlePrefix")) is not None:
        out.main_bundle_prefix = _bundle_prefixes(value)
    if (value := get("usePbxMainBundlePrefix")) is not None:
        out.use_main_bundle_prefix = _boolean("usePbxMainBundlePrefix", value)
    if (value := get("pbxNumberingTranslator")) is not None:
        out.numbering_translator = _translator(value)
    if (value := get("version")) is not None:
        out.version = _text("version", value, _MAX_REFERENCE)
    if (value := get("serverPingTimeout")) is not None:
        out.server_ping_timeout = _ping_timeout(value)
    if (value := get("isOxoManaged")) is not None:
        out.is_oxo_managed = _boolean("isOxoManaged", value)
    if (value := get("searchResultOrder")) is not None:
        out.search_result_order = _string_list("searchResultOrder", value)
    if (value := get("isShared")) is not None:
        out.is_shared = _boolean("isShared", value)
    if (value := get("isCentrex")) is not None:
        out.is_centrex = _boolean("isCentrex", value)
    if (value := get("bpId")) is not None and value != bp_id:
        raise forbidden("bpId can only be your own business partner company")
    return out


def _text(param: str, value: object, max_length: int) -> str:
    if not isinstance(value, str) or not value.strip():
        raise bad_request(param, f"{param} must be a non-empty string")
    if len(value) > max_length:
        raise bad_request(param, f"{param} must be at most {max_length} characters")
    return value


def _reference(param: str, value: object) -> str:
    text = _text(param, value, _MAX_REFERENCE)
    if not _NO_SPACE.fullmatch(text):
        raise bad_request(param, f"{param} must not contain spaces")
    return text


def _digits(param: str, value: object) -> str:
    if not isinstance(value, str) or not _DIGITS.fullmatch(value):
        raise bad_request(param, f"{param} must be a string of digits 0-9")
    if len(value) > _MAX_PREFIX_DIGITS:
        raise bad_request(param, f"{param} must be at most {_MAX_PREFIX_DIGITS} digits")
    return value


def _boolean(param: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise bad_request(param, f"{param} must be true or false")
    return value


def _string_list(param: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise bad_request(param, f"{param} must be a list of strings")
    return [str(item) for item in value]


def _site_ids(value: object) -> list[str]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items:
        raise bad_request("siteId", "siteId must be a site id or a non-empty list of site ids")
    return [_text("siteId", item, _MAX_REFERENCE) for item in items]


def _bundle_prefixes(value: object) -> list[str]:
    if not isinstance(value, list):
        raise bad_request("pbxMainBundlePrefix", 'pbxMainBundlePrefix must be a list, e.g. ["0"]')
    for index, item in enumerate(value):
        param = f"pbxMainBundlePrefix[{index}]"
        if _digits(param, item) == "":
            raise bad_request(param, f"{param} must contain at least one digit")
    return [str(item) for item in value]


def _ping_timeout(value: object) -> int:
    if isinstance(value, str) and value.isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise bad_request("serverPingTimeout", "serverPingTimeout must be a positive number")
    return value


def _translator(value: object) -> list[dict[str, str]]:
    if not isinstance(value, list):
        raise bad_request("pbxNumberingTranslator", "pbxNumberingTranslator must be a list")
    if len(value) > MAX_TRANSLATOR_RULES:
        raise bad_request(
            "pbxNumberingTranslator",
            f"at most {MAX_TRANSLATOR_RULES} numbering rules are allowed, got {len(value)}",
        )
    rules: list[dict[str, str]] = []
    for index, rule in enumerate(value):
        where = f"pbxNumberingTranslator[{index}]"
        if not isinstance(rule, dict):
            raise bad_request(where, f"rule {index} must be an object with regexpMatch")
        match = rule.get("regexpMatch")
        if not isinstance(match, str) or not match:
            raise bad_request(f"{where}.regexpMatch", f"rule {index} has no regexpMatch")
        if len(match) > MAX_REGEXP_LENGTH:
            raise bad_request(
                f"{where}.regexpMatch",
                f"rule {index}: regexpMatch is longer than {MAX_REGEXP_LENGTH} characters",
            )
        replace = rule.get("regexpReplace", "")
        description = rule.get("description", "")
        if not isinstance(replace, str):
            raise bad_request(f"{where}.regexpReplace", f"rule {index}: must be a string")
        if not isinstance(description, str):
            raise bad_request(f"{where}.description", f"rule {index}: must be a string")
        rules.append({"regexpMatch": match, "regexpReplace": replace, "description": description})
    return rules


def generate_activation_code(rng: random.Random) -> str:
    """Rainbow's random four-digit activation code, 1000-9999, as a string."""
    return str(rng.randint(1000, 9999))


def generate_pbx_id(system_type: str, rng: random.Random) -> str:
    """[I] An equipment id for a body without one.

    Rainbow's generated ids are not documented; OMC proposes the CPU serial number. The
    emulator uses ``OXO`` (``PBX`` for other types) followed by ten uppercase hex digits,
    e.g. ``OXO3FA91C07D2``: serial-like, never in the stock-mode ``ALEnn-...`` shape.
    """
    prefix = "OXO" if system_type == "oxo" else "PBX"
    return f"{prefix}{rng.getrandbits(40):010X}"

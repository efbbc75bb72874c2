"""Dialing information: country defaults and a preview of how a dialed number becomes canonical.

The defaults come from the phone-number metadata shipped with the ``phonenumbers`` library (a
library lookup, not I/O). Prefixes are always plain digits here: the metadata sometimes writes
them as patterns (``0(?:0|1)``) or with a wait-for-tone mark (``8~10``), and the plan, the PBX
and Rainbow only understand digits.

The country-code conversions (alpha-2 ↔ alpha-3, names) live in
:mod:`installer_app.domain.countries` and are re-exported here for the dialing page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

import phonenumbers

from installer_app.domain import countries
from installer_app.domain.countries import (
    UnknownCountryError,
    alpha2_to_alpha3,
    alpha3_to_alpha2,
    country_name,
)

__all__ = [
    "CountryDefaults",
    "CountrySource",
    "DialPreview",
    "PreviewKind",
    "UnknownCountryError",
    "alpha2_to_alpha3",
    "alpha3_to_alpha2",
    "check_prefix",
    "country_defaults",
    "country_name",
    "default_country",
    "is_digits",
    "is_known_country",
    "known_countries",
    "preview",
]

_NON_GEOGRAPHIC: Final = "001"
_ASCII_DIGITS: Final = frozenset("0123456789")
_E164_MAX_DIGITS: Final = 15
_INTERNAL_MAX_DIGITS: Final = 5
"""1 to 5 digits without any prefix are internal numbers (as in the help-centre rules)."""


CountrySource = Literal["company", "site", "locale", "fallback", "chosen"]
"""Where a dialing country came from; only "chosen" (by the technician) is never replaced."""

FALLBACK_COUNTRY: Final = "FR"
"""The default when neither the customer nor the computer names a country the metadata knows."""


def default_country(
    company_alpha3: str = "", site_alpha3: str = "", locale_alpha2: str = ""
) -> tuple[str, CountrySource]:
    """The installation's likely country (alpha-2) and where it comes from.

    The customer's company on Rainbow knows best, then its site, then the computer's locale
    (the technician's office may be in another country than the customer).
    """
    given: tuple[tuple[str, CountrySource], ...] = (
        (company_alpha3, "company"),
        (site_alpha3, "site"),
    )
    for alpha3, source in given:
        row = countries.by_alpha3(alpha3.strip().upper()) if alpha3.strip() else None
        if row is not None and is_known_country(row.alpha2):
            return row.alpha2, source
    code = locale_alpha2.strip().upper()
    if code and is_known_country(code):
        return code, "locale"
    return FALLBACK_COUNTRY, "fallback"


@dataclass(frozen=True)
class CountryDefaults:
    """What the phone-number metadata suggests for a country's dialing information."""

    alpha2: str
    alpha3: str
    calling_code: int
    national_prefix: str
    international_prefix: str


def is_digits(value: str) -> bool:
    """True when ``value`` is non-empty and made of ASCII digits 0-9 only."""
    return bool(value) and set(value) <= _ASCII_DIGITS


def check_prefix(field_label: str, value: str) -> str | None:
    """Return None when a prefix is empty or digits only, else a message naming the field."""
    if not value or is_digits(value):
        return None
    return f"{field_label} must contain digits only (0-9)."


def known_countries() -> list[str]:
    """Sorted alpha-2 codes of every geographic region the phone-number metadata knows."""
    return sorted(str(region) for region in phonenumbers.SUPPORTED_REGIONS - {_NON_GEOGRAPHIC})


_KNOWN: Final = frozenset(known_countries())


def is_known_country(code: str) -> bool:
    """True when the phone-number metadata knows ``code`` (any case; plans store upper case)."""
    return code.strip().upper() in _KNOWN


_OPTIONAL: Final = r"(?:\?|\*|\{0(?:,\d*)?\})"
_CHAR_CLASS: Final = re.compile(r"\[(.)[^\]]*\]")
_OPTIONAL_DIGIT: Final = re.compile(rf"[0-9]{_OPTIONAL}")
_REPEATED_DIGIT: Final = re.compile(r"([0-9])(?:\+|\{(\d+)(?:,\d*)?\})")
_GROUP: Final = re.compile(rf"\((?:\?:)?([^()]*)\)({_OPTIONAL})?")


def _first_digits_of(pattern: str) -> str | None:
    """Shortest digit string a metadata prefix pattern accepts, if it can be derived.

    Handles the small regular-expression vocabulary of the metadata: digits, ``[...]``, ``\\d``,
    groups, ``|`` and the quantifiers ``?``, ``*``, ``+``, ``{n}``, ``{n,m}``; the candidate is
    checked against the pattern itself, so an unexpected construct yields None, never a wrong
    prefix.
    """
    text = pattern.replace(r"\d", "0")
    text = _CHAR_CLASS.sub(r"\1", text)
    text = _OPTIONAL_DIGIT.sub("", text)
    text = _REPEATED_DIGIT.sub(lambda m: m.group(1) * int(m.group(2) or 1), text)
    while True:  # innermost group first: each becomes its shortest alternative, or nothing
        expanded = _GROUP.sub(
            lambda m: "" if m.group(2) else min(m.group(1).split("|"), key=len), text
        )
        if expanded == text:
            break
        text = expanded
    text = min(text.split("|"), key=len)
    if is_digits(text) and re.fullmatch(pattern, text):
        return text
    return None


def _international_prefix(metadata: phonenumbers.PhoneMetadata) -> str:
    preferred = str(metadata.preferred_international_prefix or "").replace("~", "")
    if is_digits(preferred):
        return preferred
    pattern = str(metadata.international_prefix or "")
    if is_digits(pattern):
        return pattern
    return _first_digits_of(pattern) or "00"


def country_defaults(alpha2: str) -> CountryDefaults:
    """Dialing defaults for a country, from the phone-number metadata.

    The national prefix is the metadata's (``""`` when the country has none, like Italy; the
    United States and Canada have ``"1"``). The international prefix is the metadata's
    preferred one when set (``8~10`` becomes ``810``), else its international prefix when it
    is plain digits, else the shortest digits its pattern accepts (``0(?:0|1)`` → ``00``),
    else ``00`` (the ITU recommendation). Both are always digits only.

    Raises:
        UnknownCountryError: when the metadata does not know the country.
    """
    code = alpha2.strip().upper()
    if code not in _KNOWN:
        raise UnknownCountryError(alpha2)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(code)
    if metadata is None or metadata.country_code is None:
        raise UnknownCountryError(alpha2)
    national = str(metadata.national_prefix or "").replace("~", "")
    return CountryDefaults(
        alpha2=code,
        alpha3=alpha2_to_alpha3(code),
        calling_code=int(metadata.country_code),
        national_prefix=national if is_digits(national) else "",
        international_prefix=_international_prefix(metadata),
    )


PreviewKind = Literal["international", "national", "internal", "invalid"]


@dataclass(frozen=True)
class DialPreview:
    """How a number dialed by a Rainbow user becomes canonical.

    Attributes:
        dialed: the text as typed.
        canonical: the E.164 form (``+33123456789``), None for internal and invalid numbers.
        kind: ``"international"``, ``"national"``, ``"internal"`` or ``"invalid"``.
        message: a sentence for the technician explaining the result.
    """

    dialed: str
    canonical: str | None
    kind: PreviewKind
    message: str


# What people put between digits: spaces (any), dots, dashes (any), parentheses, invisibles.
_VISUAL_SEPARATORS: Final = re.compile(r"[\s.\-\u2010-\u2015\u2212()\u200b-\u200d\u2060\ufeff]")
_PUBLIC: Final = ("international", "national")


def _canonical(e164: str) -> tuple[str | None, str]:
    """Check a ``+digits`` candidate with the metadata: (canonical or None, problem message)."""
    digits = e164.removeprefix("+")
    if len(digits) > _E164_MAX_DIGITS:
        return None, f"Number is too long: a public number has at most {_E164_MAX_DIGITS} digits."
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None, "Number does not start with a known country calling code."
    reason = phonenumbers.is_possible_number_with_reason(parsed)
    if reason == phonenumbers.ValidationResult.IS_POSSIBLE:
        return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)), ""
    if reason == phonenumbers.ValidationResult.INVALID_COUNTRY_CODE:
        return None, "Number does not start with a known country calling code."
    if reason == phonenumbers.ValidationResult.TOO_SHORT:
        return None, "Number is too short for its country: a digit is probably missing."
    if reason == phonenumbers.ValidationResult.TOO_LONG:
        return None, "Number is too long for its country: check the digits and prefixes."
    return None, "Number has a length its country does not use: check the digits."


def _public(
    dialed: str, kind: PreviewKind, *, after: str, country_code: str, rest: str, explanation: str
) -> DialPreview:
    """Preview a public reading: ``+<country_code><rest>``, checked by the metadata."""
    if not rest:
        return DialPreview(
            dialed, None, "invalid", f"Number is incomplete: nothing follows the {after}."
        )
    canonical, problem = _canonical(f"+{country_code}{rest}")
    if canonical is None:
        return DialPreview(dialed, None, "invalid", problem)
    return DialPreview(dialed, canonical, kind, f"{explanation}: canonical form {canonical}.")


def _classify(
    dialed: str, number: str, *, country: str, national_prefix: str, international_prefix: str
) -> DialPreview:
    """Preview one reading of ``number`` (``+digits`` or digits, separators removed)."""
    row = countries.by_alpha2(country)
    where = row.name if row is not None else country
    calling_code = str(phonenumbers.country_code_for_region(country))
    if number.startswith("+"):
        return _public(
            dialed,
            "international",
            after="+",
            country_code="",
            rest=number[1:],
            explanation="International number",
        )
    international = bool(international_prefix) and number.startswith(international_prefix)
    national = bool(national_prefix) and number.startswith(national_prefix)
    if national and international:  # the longest prefix wins; on a tie the international one
        national = len(national_prefix) > len(international_prefix)
        international = not national
    if international:
        return _public(
            dialed,
            "international",
            after="international prefix",
            country_code="",
            rest=number[len(international_prefix) :],
            explanation="International number",
        )
    if national:
        return _public(
            dialed,
            "national",
            after="national prefix",
            country_code=calling_code,
            rest=number[len(national_prefix) :],
            explanation=f"National number ({where})",
        )
    if len(number) <= _INTERNAL_MAX_DIGITS:
        return DialPreview(
            dialed,
            None,
            "internal",
            f"Internal number (1 to {_INTERNAL_MAX_DIGITS} digits without prefix): "
            "the PBX routes it as is; it has no canonical form.",
        )
    return _public(
        dialed,
        "national",
        after="country",
        country_code=calling_code,
        rest=number,
        explanation=f"Number without national prefix, read as a national number ({where})",
    )


def _preview_problem(number: str, country: str, prefixes: tuple[str, str, str]) -> str | None:
    """Why ``number`` cannot be previewed (the field named), or None."""
    if not number:
        return "Number: type a number to see how it is dialed."
    if number == "+":
        return "Number is incomplete: type the digits after the +."
    labels = ("National prefix", "International prefix", "Outbound prefix")
    for label, value in zip(labels, prefixes, strict=True):
        problem = check_prefix(label, value)
        if problem is not None:
            return problem
    if not is_digits(number.removeprefix("+")):
        return (
            "Number may contain only digits and a leading +; "
            "spaces, dots, dashes and parentheses are ignored."
        )
    if country.strip().upper() not in _KNOWN:
        return UnknownCountryError(country).message
    return None


def preview(
    dialed: str,
    *,
    country: str,
    national_prefix: str,
    international_prefix: str,
    outbound_prefix: str = "",
    use_outbound_prefix: bool = False,
) -> DialPreview:
    """Show how a number, as a Rainbow user dials it, becomes canonical (E.164).

    The plan's prefixes are used, not the metadata defaults: the preview shows what the plan
    will do. Spaces, dots, dashes and parentheses are ignored. With ``use_outbound_prefix``, a
    number that starts with the outbound prefix followed by a public number is read without
    it; when that reading gives no possible public number the number is read as dialed
    (``0033...`` with outbound prefix ``0`` stays international). A leading ``+`` or the
    international prefix gives an international number, the national prefix a national one;
    1 to 5 digits with no prefix are internal; longer digits with no prefix are read as a
    national number without prefix (as in Italy, which has no national prefix). The metadata
    then decides whether the result is a possible number.

    Never raises: a bad country, prefix or number gives an ``"invalid"`` preview whose message
    names the field concerned.
    """

    number = _VISUAL_SEPARATORS.sub("", dialed)
    code = country.strip().upper()
    problem = _preview_problem(
        number, country, (national_prefix, international_prefix, outbound_prefix)
    )
    if problem is not None:
        return DialPreview(dialed, None, "invalid", problem)

    def classify(candidate: str) -> DialPreview:
        return _classify(
            dialed,
            candidate,
            country=code,
            national_prefix=national_prefix,
            international_prefix=international_prefix,
        )

    as_dialed = classify(number)
    if (
        use_outbound_prefix
        and outbound_prefix
        and number.startswith(outbound_prefix)
        and len(number) > len(outbound_prefix)
    ):
        without_outbound = classify(number[len(outbound_prefix) :])
        if without_outbound.kind in _PUBLIC or (
            as_dialed.kind not in _PUBLIC and without_outbound.kind == "invalid"
        ):
            return without_outbound
    return as_dialed

"""Dialing defaults from the phone-number metadata, country codes and the dial preview."""

from __future__ import annotations

from typing import TypedDict

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from installer_app.domain import countries
from installer_app.domain.dialing import (
    CountryDefaults,
    DialPreview,
    PreviewKind,
    UnknownCountryError,
    alpha2_to_alpha3,
    alpha3_to_alpha2,
    check_prefix,
    country_defaults,
    country_name,
    is_digits,
    is_known_country,
    known_countries,
    preview,
)


class Plan(TypedDict):
    """The dialing fields of a plan, as preview() takes them."""

    country: str
    national_prefix: str
    international_prefix: str


FR = Plan(country="FR", national_prefix="0", international_prefix="00")
US = Plan(country="US", national_prefix="1", international_prefix="011")
IT = Plan(country="IT", national_prefix="", international_prefix="00")
ALL_KNOWN = known_countries()


def test_known_countries_are_the_geographic_regions_sorted() -> None:
    assert sorted(ALL_KNOWN) == ALL_KNOWN
    assert "001" not in ALL_KNOWN
    assert set(ALL_KNOWN) == set(phonenumbers.SUPPORTED_REGIONS) - {"001"}
    assert {"FR", "DE", "US", "GB", "IT", "XK"} <= set(ALL_KNOWN)


def test_is_known_country() -> None:
    assert is_known_country("FR")
    assert is_known_country(" fr ")
    assert not is_known_country("001")
    assert not is_known_country("ZZ")
    assert not is_known_country("")
    assert not is_known_country("FRA")


@pytest.mark.parametrize(
    ("alpha2", "alpha3", "calling_code", "national", "international"),
    [
        ("FR", "FRA", 33, "0", "00"),
        ("DE", "DEU", 49, "0", "00"),
        ("US", "USA", 1, "1", "011"),
        ("GB", "GBR", 44, "0", "00"),
        ("IT", "ITA", 39, "", "00"),
        ("RU", "RUS", 7, "8", "810"),  # metadata prefers "8~10": the tone mark is dropped
        ("AU", "AUS", 61, "0", "0011"),
        ("MX", "MEX", 52, "", "00"),  # preferred "00" over the pattern "0[09]"
        ("BR", "BRA", 55, "0", "0012"),  # derived from "00(?:1[245]|...)": a carrier is needed
        ("HK", "HKG", 852, "", "00"),  # derived from "00(?:30|5[09]|[126-9]?)"
        ("XK", "XKX", 383, "0", "00"),
    ],
)
def test_country_defaults(
    alpha2: str, alpha3: str, calling_code: int, national: str, international: str
) -> None:
    assert country_defaults(alpha2) == CountryDefaults(
        alpha2, alpha3, calling_code, national, international
    )


def test_country_defaults_accepts_lower_case() -> None:
    assert country_defaults("fr") == country_defaults("FR")


@pytest.mark.parametrize("code", ["ZZ", "", "001", "FRA", "AQ"])
def test_country_defaults_refuses_unknown_countries(code: str) -> None:
    with pytest.raises(UnknownCountryError) as caught:
        country_defaults(code)
    assert caught.value.message.startswith("Country: ")
    assert caught.value.field == "country"
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("alpha2", ALL_KNOWN)
def test_every_known_country_has_digit_prefixes(alpha2: str) -> None:
    defaults = country_defaults(alpha2)
    assert defaults.alpha2 == alpha2
    assert is_digits(defaults.international_prefix)
    assert defaults.national_prefix == "" or is_digits(defaults.national_prefix)
    assert defaults.national_prefix != defaults.international_prefix
    assert defaults.calling_code == phonenumbers.country_code_for_region(alpha2)


@pytest.mark.parametrize("alpha2", ALL_KNOWN)
def test_every_known_country_round_trips_through_alpha3(alpha2: str) -> None:
    alpha3 = alpha2_to_alpha3(alpha2)
    assert len(alpha3) == 3
    assert alpha3.isascii()
    assert alpha3.isupper()
    assert alpha3_to_alpha2(alpha3) == alpha2
    assert country_name(alpha2)


def test_country_table_is_consistent() -> None:
    alpha2s = [country.alpha2 for country in countries.COUNTRIES]
    alpha3s = [country.alpha3 for country in countries.COUNTRIES]
    assert len(set(alpha2s)) == len(alpha2s)
    assert len(set(alpha3s)) == len(alpha3s)
    assert alpha2s == sorted(alpha2s)
    assert len(countries.COUNTRIES) == 249 + len(countries.EXTRA_REGIONS)
    for country in countries.COUNTRIES:
        assert len(country.alpha2) == 2
        assert country.name.strip() == country.name != ""


@pytest.mark.parametrize(
    ("alpha2", "alpha3", "name"),
    [
        ("FR", "FRA", "France"),
        ("DE", "DEU", "Germany"),
        ("GB", "GBR", "United Kingdom"),
        ("US", "USA", "United States"),
        ("XK", "XKX", "Kosovo"),
        ("AC", "ASC", "Ascension Island"),
        ("TA", "TAA", "Tristan da Cunha"),
        ("AQ", "ATA", "Antarctica"),  # in ISO 3166-1 although it has no phone metadata
    ],
)
def test_alpha_codes_and_names(alpha2: str, alpha3: str, name: str) -> None:
    assert alpha2_to_alpha3(alpha2) == alpha3
    assert alpha2_to_alpha3(alpha2.lower()) == alpha3
    assert alpha3_to_alpha2(alpha3) == alpha2
    assert alpha3_to_alpha2(alpha3.lower()) == alpha2
    assert country_name(alpha2) == name
    assert country_name(alpha2, locale="fr") == name


@pytest.mark.parametrize("call", [alpha2_to_alpha3, alpha3_to_alpha2, country_name])
@pytest.mark.parametrize("code", ["", "ZZ", "ZZZ", "001"])
def test_unknown_codes_raise(call: object, code: str) -> None:
    assert callable(call)
    with pytest.raises(UnknownCountryError, match=r"^Country: "):
        call(code)


@pytest.mark.parametrize(
    ("value", "expected"), [("0", True), ("011", True), ("", False), ("0a", False), ("١", False)]
)
def test_is_digits(value: str, expected: bool) -> None:
    assert is_digits(value) is expected


def test_check_prefix() -> None:
    assert check_prefix("National prefix", "") is None
    assert check_prefix("National prefix", "0") is None
    assert (
        check_prefix("National prefix", "0 ") == "National prefix must contain digits only (0-9)."
    )
    assert check_prefix("Outbound prefix", "+") == "Outbound prefix must contain digits only (0-9)."
    assert check_prefix("International prefix", "٠٠") is not None  # Arabic-Indic digits


@pytest.mark.parametrize(
    ("dialed", "plan", "canonical", "kind"),
    [
        ("01 23 45 67 89", FR, "+33123456789", "national"),
        ("01.23.45.67.89", FR, "+33123456789", "national"),
        ("(0)1-23-45-67-89", FR, "+33123456789", "national"),
        ("0033123456789", FR, "+33123456789", "international"),
        ("00 33 1 23 45 67 89", FR, "+33123456789", "international"),
        ("+44 20 7946 0958", FR, "+442079460958", "international"),
        ("+33 (0)1 23 45 67 89", FR, "+33123456789", "international"),
        ("011 33 1 23 45 67 89", US, "+33123456789", "international"),
        # US: the national prefix "1" is the trunk prefix before a 10-digit number.
        ("1 212 555 0100", US, "+12125550100", "national"),
        # Ten digits with no prefix: read as a national number without its prefix.
        ("212-555-0100", US, "+12125550100", "national"),
        # Italy has no national prefix: the leading 0 belongs to the number.
        ("06 1234 5678", IT, "+390612345678", "national"),
        ("0039 06 1234 5678", IT, "+390612345678", "international"),
    ],
)
def test_preview_examples(dialed: str, plan: Plan, canonical: str, kind: PreviewKind) -> None:
    result = preview(dialed, **plan)
    assert result == DialPreview(dialed, canonical, kind, result.message)
    assert canonical in result.message


def test_preview_drops_the_outbound_prefix_before_a_public_number() -> None:
    result = preview("0 01 23 45 67 89", outbound_prefix="0", use_outbound_prefix=True, **FR)
    assert (result.canonical, result.kind) == ("+33123456789", "national")
    result = preview("0 0033 1 23 45 67 89", outbound_prefix="0", use_outbound_prefix=True, **FR)
    assert (result.canonical, result.kind) == ("+33123456789", "international")


def test_preview_without_the_outbound_prefix_still_reads_the_number() -> None:
    # "0033..." with outbound prefix 0 would leave "033..." (not a possible French number).
    result = preview("0033123456789", outbound_prefix="0", use_outbound_prefix=True, **FR)
    assert (result.canonical, result.kind) == ("+33123456789", "international")
    result = preview("01 23 45 67 89", outbound_prefix="9", use_outbound_prefix=True, **FR)
    assert (result.canonical, result.kind) == ("+33123456789", "national")


def test_preview_ignores_the_outbound_prefix_when_not_used() -> None:
    result = preview("0 01 23 45 67 89", outbound_prefix="0", use_outbound_prefix=False, **FR)
    assert result.canonical != "+33123456789"


def test_preview_honours_the_plan_prefixes_over_the_metadata() -> None:
    plan = Plan(country="FR", national_prefix="9", international_prefix="99")
    assert preview("9123456789", **plan).canonical == "+33123456789"
    assert preview("99 44 20 7946 0958", **plan).canonical == "+442079460958"
    # With these prefixes, "0033..." is no longer an international number.
    assert preview("0033123456789", **plan).canonical != "+33123456789"


def test_preview_longest_prefix_wins() -> None:
    plan = Plan(country="FR", national_prefix="00", international_prefix="0")
    assert preview("00123456789", **plan).canonical == "+33123456789"


@pytest.mark.parametrize("dialed", ["1", "1234", "12345", " 123 "])
def test_preview_short_numbers_are_internal(dialed: str) -> None:
    result = preview(dialed, **FR)
    assert (result.canonical, result.kind) == (None, "internal")
    assert result.message.startswith("Internal number")


@pytest.mark.parametrize(
    ("dialed", "plan", "starts"),
    [
        ("", FR, "Number: type a number"),
        (" - ", FR, "Number: type a number"),
        ("+", FR, "Number is incomplete"),
        ("0", FR, "Number is incomplete: nothing follows the national prefix."),
        ("00", FR, "Number is incomplete: nothing follows the international prefix."),
        ("012", FR, "Number is too short"),
        ("01 23 45 67 89 12", FR, "Number is too long"),
        ("+999 123456", FR, "Number does not start with a known country calling code"),
        ("+1234567890123456", FR, "Number is too long: a public number has at most 15"),
        ("01 23 AB", FR, "Number may contain only digits"),
        ("1+2", FR, "Number may contain only digits"),
        ("１２３", FR, "Number may contain only digits"),
        ("1234", Plan(country="ZZ", national_prefix="0", international_prefix="00"), "Country: "),
        (
            "1234",
            Plan(country="FR", national_prefix="o", international_prefix="00"),
            "National prefix must contain digits",
        ),
        (
            "1234",
            Plan(country="FR", national_prefix="0", international_prefix="+"),
            "International prefix must contain",
        ),
    ],
)
def test_preview_invalid(dialed: str, plan: Plan, starts: str) -> None:
    result = preview(dialed, **plan)
    assert (result.dialed, result.canonical, result.kind) == (dialed, None, "invalid")
    assert result.message.startswith(starts)


def test_preview_checks_the_outbound_prefix() -> None:
    result = preview("1234", outbound_prefix="0#", use_outbound_prefix=True, **FR)
    assert result.kind == "invalid"
    assert result.message == "Outbound prefix must contain digits only (0-9)."


@given(
    dialed=st.text(),
    country=st.one_of(st.sampled_from(ALL_KNOWN), st.text(max_size=4)),
    national=st.one_of(st.sampled_from(["", "0", "1", "8"]), st.text(max_size=3)),
    international=st.one_of(st.sampled_from(["00", "011", "810"]), st.text(max_size=3)),
    outbound=st.one_of(st.sampled_from(["", "0", "9"]), st.text(max_size=3)),
    use_outbound=st.booleans(),
)
def test_preview_never_raises(
    *,
    dialed: str,
    country: str,
    national: str,
    international: str,
    outbound: str,
    use_outbound: bool,
) -> None:
    result = preview(
        dialed,
        country=country,
        national_prefix=national,
        international_prefix=international,
        outbound_prefix=outbound,
        use_outbound_prefix=use_outbound,
    )
    assert result.dialed == dialed
    assert result.kind in {"international", "national", "internal", "invalid"}
    assert result.message
    assert (result.canonical is not None) == (result.kind in {"international", "national"})
    if result.canonical is not None:
        assert result.canonical.startswith("+")
        assert is_digits(result.canonical[1:])


@given(
    country=st.sampled_from(ALL_KNOWN),
    dialed=st.text(alphabet="0123456789 +.-()", max_size=20),
    use_outbound=st.booleans(),
)
def test_preview_never_raises_on_number_like_text(
    country: str, dialed: str, use_outbound: bool
) -> None:
    defaults = country_defaults(country)
    result = preview(
        dialed,
        country=country,
        national_prefix=defaults.national_prefix,
        international_prefix=defaults.international_prefix,
        outbound_prefix="0",
        use_outbound_prefix=use_outbound,
    )
    assert result.kind in {"international", "national", "internal", "invalid"}

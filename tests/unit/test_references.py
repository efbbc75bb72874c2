"""Stock-mode references: normalising pastes, validating shapes, splitting and joining."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from installer_app.domain.references import (
    FLEET_SHAPE,
    INSTALLATION_SHAPE,
    Reference,
    ReferenceError,
    check_fleet,
    check_installation,
    format_reference,
    join,
    normalize,
    normalize_fleet,
    normalize_installation,
    parse_reference,
    split_if_whole,
    split_pasted,
    stock_credentials,
)

EXPECTED = Reference("ALE12", "1234.5678.90")

fleets = st.from_regex(FLEET_SHAPE, fullmatch=True)
installations = st.from_regex(INSTALLATION_SHAPE, fullmatch=True)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  ALE12-1234.5678.90\n", "ALE12-1234.5678.90"),
        ("\tale12-1234.5678.90\r\n", "ALE12-1234.5678.90"),
        ("\u00a0ALE12\u20131234.5678.90\u202f", "ALE12-1234.5678.90"),  # NBSP, en dash
        ("ALE12\u20141234.5678.90", "ALE12-1234.5678.90"),  # em dash
        ("ALE12\u20111234.5678.90", "ALE12-1234.5678.90"),  # non-breaking hyphen
        ("ALE12\u22121234.5678.90", "ALE12-1234.5678.90"),  # minus sign
        ("ALE12\u20101234.5678.90", "ALE12-1234.5678.90"),  # hyphen
        ("ALE12\u20121234.5678.90", "ALE12-1234.5678.90"),  # figure dash
        ("\u200bALE12-1234.\u200d5678.90\ufeff", "ALE12-1234.5678.90"),  # zero-width
        ("ALE12 - 1234.5678.90", "ALE12-1234.5678.90"),
        ("ALE12 \u2013\u00a01234.5678.90", "ALE12-1234.5678.90"),
        ("\uff21\uff2c\uff25\uff11\uff12-1234.5678.90", "ALE12-1234.5678.90"),  # full width
        ("ALE12\t\t1234.5678.90", "ALE12 1234.5678.90"),
        ("", ""),
        (" \n\t\u00a0", ""),
    ],
)
def test_normalize_cleans_what_technicians_paste(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (" ale12 ", "ALE12"),
        ("ALE 12", "ALE12"),
        ("ALE12-", "ALE12"),
        ("ALE12 \u2013 ", "ALE12"),
    ],
)
def test_normalize_fleet(raw: str, expected: str) -> None:
    assert normalize_fleet(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (" 1234.5678.90 ", "1234.5678.90"),
        ("1234 5678 90", "1234.5678.90"),
        ("1234\u00a05678\t90", "1234.5678.90"),
        ("1234.5678 90", "1234.5678.90"),
        ("-1234.5678.90", "1234.5678.90"),
        ("\u2013 1234.5678.90", "1234.5678.90"),
        # Not the documented group sizes: left alone so that validation explains the shape.
        ("123 45678 90", "123 45678 90"),
        ("1234567890", "1234567890"),
    ],
)
def test_normalize_installation(raw: str, expected: str) -> None:
    assert normalize_installation(raw) == expected


def test_check_accepts_valid_references_as_typed() -> None:
    assert check_fleet("ALE12") is None
    assert check_fleet(" ale12 ") is None
    assert check_installation("1234.5678.90") is None
    assert check_installation("1234 5678 90") is None


@pytest.mark.parametrize(
    ("check", "value", "expected"),
    [
        (check_fleet, "", "Fleet reference is required."),
        (check_fleet, " \u00a0\n", "Fleet reference is required."),
        (check_installation, "", "Installation reference is required."),
        (check_installation, "\t", "Installation reference is required."),
    ],
)
def test_check_requires_a_value(check: object, value: str, expected: str) -> None:
    assert callable(check)
    assert check(value) == expected


@pytest.mark.parametrize("value", ["12ALE", "A12", "ALE", "ALE1234567", "ABCDEFGHI1", "AL.E12"])
def test_check_fleet_explains_the_shape(value: str) -> None:
    message = check_fleet(value)
    assert message is not None
    assert message.startswith("Fleet reference ")
    assert "ALE12" in message
    assert "letters" in message
    assert "override" in message


@pytest.mark.parametrize(
    "value", ["1234.5678", "1234.5678.901", "12345678.90", "ABCD.5678.90", "1234-5678-90"]
)
def test_check_installation_explains_the_shape(value: str) -> None:
    message = check_installation(value)
    assert message is not None
    assert message.startswith("Installation reference ")
    assert "1234.5678.90" in message
    assert "override" in message


def test_messages_never_repeat_the_value_typed() -> None:
    # The joined reference is also the activation code: messages may be logged.
    message = check_fleet("SECRET9XYZ")
    assert message is not None
    assert "SECRET" not in message
    with pytest.raises(ReferenceError) as caught:
        parse_reference("SECRETXYZ-9999.9999.99")
    assert "SECRET" not in caught.value.message


@pytest.mark.parametrize(
    "raw",
    [
        "ALE12-1234.5678.90",
        " ale12-1234.5678.90 \n",
        "ALE12\u20131234.5678.90",
        "ALE12 \u2014 1234.5678.90",
        "ALE12-1234 5678 90",
        "\u200bALE12\u22121234.5678.90",
    ],
)
def test_parse_reference(raw: str) -> None:
    assert parse_reference(raw) == EXPECTED


@pytest.mark.parametrize(
    ("raw", "field", "starts"),
    [
        ("", "reference", "Reference is required"),
        ("  \n", "reference", "Reference is required"),
        ("ALE12 1234.5678.90", "reference", "Reference must be"),
        ("ALE12", "reference", "Reference must be"),
        ("-1234.5678.90", "fleet_ref", "Fleet reference is required."),
        ("ALE12-", "installation_ref", "Installation reference is required."),
        ("12-1234.5678.90", "fleet_ref", "Fleet reference does not have"),
        ("ALE12-1234.5678", "installation_ref", "Installation reference does not have"),
        ("ALE12-1234-5678-90", "installation_ref", "Installation reference does not have"),
    ],
)
def test_parse_reference_errors_name_their_field(raw: str, field: str, starts: str) -> None:
    with pytest.raises(ReferenceError) as caught:
        parse_reference(raw)
    assert caught.value.field == field
    assert caught.value.message.startswith(starts)
    assert str(caught.value) == caught.value.message
    assert isinstance(caught.value, ValueError)
    example = {"fleet_ref": "ALE12", "installation_ref": "1234.5678.90"}.get(field, "ALE12-")
    assert example in caught.value.message or caught.value.message.endswith("is required.")


def test_parse_reference_override_keeps_unusual_shapes() -> None:
    assert parse_reference("abc-12/34", override=True) == Reference("ABC", "12/34")
    assert parse_reference("X-1", override=True) == Reference("X", "1")


@pytest.mark.parametrize(
    ("raw", "field"),
    [("", "reference"), ("ABC", "reference"), ("-1", "fleet_ref"), ("ABC-", "installation_ref")],
)
def test_parse_reference_override_still_refuses_missing_parts(raw: str, field: str) -> None:
    with pytest.raises(ReferenceError) as caught:
        parse_reference(raw, override=True)
    assert caught.value.field == field


@pytest.mark.parametrize(
    "raw",
    [
        "ALE12-1234.5678.90",
        "ale12-1234.5678.90",
        "  ALE12-1234.5678.90\r\n",
        "ALE12\u20131234.5678.90",
        "ALE12 \u2014 1234.5678.90",
        "ALE12\t1234.5678.90",  # two spreadsheet cells
        "ALE12\n1234.5678.90\n",  # two spreadsheet rows
        "ale12   1234.5678.90",
        "ALE12\t1234 5678 90",
        "\u00a0ALE12\u00a0\u2011\u00a01234.5678.90\u00a0",
    ],
)
def test_split_pasted_recognises_a_whole_reference(raw: str) -> None:
    assert split_pasted(raw) == EXPECTED


def test_split_pasted_keeps_an_unusual_part_when_the_other_matches() -> None:
    assert split_pasted("XYZ-1234.5678.90") == Reference("XYZ", "1234.5678.90")
    assert split_pasted("ALE12-99") == Reference("ALE12", "99")


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "ALE12",
        "1234.5678.90",
        "1234 5678 90",
        "1234-5678-90",
        "ALE12-",
        "-1234.5678.90",
        "ALE12 1234",
        "ALE12 1234.5678.90 extra",
        "hello world",
    ],
)
def test_split_pasted_returns_none_for_one_part(raw: str) -> None:
    assert split_pasted(raw) is None


def test_join_and_credentials() -> None:
    assert join("ALE12", "1234.5678.90") == "ALE12-1234.5678.90"
    assert join(" ale12 ", "1234 5678 90") == "ALE12-1234.5678.90"
    assert stock_credentials("ALE12", "1234.5678.90") == (
        "ALE12-1234.5678.90",
        "ALE12-1234.5678.90",
    )


@pytest.mark.parametrize(
    ("fleet", "installation", "field"),
    [
        ("", "1234.5678.90", "fleet_ref"),
        ("ALE12", " ", "installation_ref"),
        ("A-B", "1", "fleet_ref"),
    ],
)
def test_join_refuses_what_cannot_be_split_back(fleet: str, installation: str, field: str) -> None:
    with pytest.raises(ReferenceError) as caught:
        join(fleet, installation)
    assert caught.value.field == field
    assert caught.value.message.startswith("Fleet reference" if field == "fleet_ref" else "Inst")


def test_reference_formats_back() -> None:
    assert EXPECTED.joined == "ALE12-1234.5678.90"
    assert str(EXPECTED) == "ALE12-1234.5678.90"
    assert format_reference(EXPECTED) == "ALE12-1234.5678.90"


@given(fleets, installations)
def test_parse_of_join_round_trips(fleet: str, installation: str) -> None:
    assert parse_reference(join(fleet, installation)) == Reference(fleet, installation)
    assert split_pasted(join(fleet, installation)) == Reference(fleet, installation)
    assert split_pasted(f"{fleet}\t{installation}") == Reference(fleet, installation)
    assert check_fleet(fleet) is None
    assert check_installation(installation) is None


@given(fleets, installations, st.sampled_from(["-", "\u2013", "\u2014", "\u2011", " - "]))
def test_parse_accepts_any_dash_and_case(fleet: str, installation: str, dash: str) -> None:
    raw = f" {fleet.lower()}{dash}{installation}\n"
    assert parse_reference(raw) == Reference(fleet, installation)


@given(st.text())
def test_normalize_is_idempotent(raw: str) -> None:
    once = normalize(raw)
    assert normalize(once) == once


@given(st.text())
def test_parse_reference_only_raises_reference_error(raw: str) -> None:
    for override in (False, True):
        try:
            reference = parse_reference(raw, override=override)
        except ReferenceError as error:
            assert error.field in {"fleet_ref", "installation_ref", "reference"}
            assert error.message
        else:
            assert isinstance(reference, Reference)
            assert reference.fleet
            assert reference.installation


@given(st.text())
def test_split_pasted_never_raises(raw: str) -> None:
    result = split_pasted(raw)
    assert result is None or isinstance(result, Reference)


@pytest.mark.parametrize(
    "text", ["ALE12-1234. 5678. 90", "ALE12 - 1234 . 5678 . 90", "ALE12\u20131234 .5678 .90"]
)
def test_spaces_around_dots_and_dash_still_split(text: str) -> None:
    assert split_pasted(text) == Reference("ALE12", "1234.5678.90")
    assert split_if_whole(text, "") == ("ALE12", "1234.5678.90")
    assert split_if_whole("", text) == ("ALE12", "1234.5678.90")
    assert split_if_whole("ALE12", "1234") == ("ALE12", "1234")

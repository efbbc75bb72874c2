"""Numbering rules cannot make testing or illustrating a number take unbounded time or memory.

``^0{300000000}$`` was accepted and made ``report`` write a 300-million-character example (2.6 GB
after a minute); ``(0*)*1`` makes the regular-expression engine try exponentially many ways on a
number of zeros. Both are refused at validation, with the rule named; the report's example writer
gives up ("No example.") rather than write more than a phone number.
"""

from __future__ import annotations

import pytest

from installer_app.domain.numbering import NumberingRule, validate_rule
from installer_app.domain.pattern_shape import MAX_REPEAT, repeat_problems
from installer_app.services.report import example_number


def errors(pattern: str) -> list[str]:
    return [p.message for p in validate_rule(NumberingRule(pattern, "1"), 0) if not p.warning]


@pytest.mark.parametrize(
    ("pattern", "count"),
    [
        ("^0{300000000}$", "300000000"),
        ("^(([0-9]{65535}){65535}){9}$", "65535"),
        ("^[0-9]{33}", "33"),
        ("^([0-9]{4}){9}$", "36"),  # nested counts multiply
        ("^0{40,}", "40"),
        ("^0{,50}", "50"),
        ("[{]{40}", "40"),
    ],
)
def test_more_repetitions_than_a_phone_number_has_are_refused(pattern: str, count: str) -> None:
    (message,) = errors(pattern)
    assert message.startswith(f"Rule 1, pattern: repeats {count} times")
    assert f"at most {MAX_REPEAT} digits" in message


@pytest.mark.parametrize("pattern", ["(0*)*1", "(0|00)+1", "^(?:[0-9]+)+$", "(0*){5}"])
def test_a_repeated_group_that_repeats_or_branches_is_refused(pattern: str) -> None:
    (message,) = errors(pattern)
    assert "repeats a group that itself repeats or has alternatives" in message


@pytest.mark.parametrize(
    "pattern",
    [
        "^([0-9]{1,5})$",
        "^0800",
        "(^3699$)",
        r"^(00|\+)?[0-9]{9,15}$",
        "^([0-9]{4}){8}$",
        "^0{32}$",
        r"\{40}",  # an escaped brace is a literal
        "a{x}",  # not a quantifier in Python's syntax
        "^(0|1)?[0-9]*$",
        "[0-9]+",
    ],
)
def test_the_shapes_numbering_rules_have_are_accepted(pattern: str) -> None:
    assert errors(pattern) == []
    assert repeat_problems(pattern) == []


def test_a_count_of_thousands_of_digits_is_a_message() -> None:
    (length, compiled) = errors("^0{" + "9" * 5000 + "}")
    assert "over Rainbow's limit" in length
    assert "a repetition count in it is too large" in compiled
    assert "set_int_max_str_digits" not in compiled


def test_deeply_nested_parentheses_are_a_message() -> None:
    for pattern in ("(?:" * 400 + "0" + ")" * 400, "(" * 3000 + ")" * 3000):
        assert any("nest" in message for message in errors(pattern)), pattern


@pytest.mark.parametrize(
    "pattern",
    [
        "^0{300000000}$",
        "^(([0-9]{65535}){65535}){9}$",
        "^(([0-9]{60}){60}){60}$",
        "((((){64}){64}){64}){64}",
        "^0{300000000,}",
    ],
)
def test_the_example_writer_gives_up_on_more_than_a_phone_number(pattern: str) -> None:
    assert example_number(pattern) is None


def test_the_example_writer_still_writes_the_usual_examples() -> None:
    assert example_number("^([0-9]{1,5})$") == "2301"
    assert example_number("^0800") == "0800123456"
    assert example_number("^0{32}$") == "0" * 32

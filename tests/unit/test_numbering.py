"""Numbering rules: the help-centre examples, Rainbow's first-match semantics, and validation."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from installer_app.domain.numbering import (
    MAX_PATTERN_LENGTH,
    MAX_RULES,
    NumberingRule,
    RuleProblem,
    Simulation,
    apply_rule,
    default_analysis,
    normalize_dialed,
    rules_to_api,
    simulate,
    validate_rule,
    validate_rules,
)
from installer_app.domain.rule_syntax import DIGIT_CLASS, rewrite_digit_class

R = NumberingRule

HELP_CENTRE_RULES = [
    R(r"^(\d{1,5})$", "$1", "1 to 5 digits are internal"),
    R("^0321", "00", "local calls"),
    R("^0800", "", "block free-phone numbers"),
    R("(^3699$)", "0$1", "voicemail"),
]


def errors(problems: list[RuleProblem]) -> list[RuleProblem]:
    return [p for p in problems if not p.warning]


def warnings_of(problems: list[RuleProblem]) -> list[RuleProblem]:
    return [p for p in problems if p.warning]


# --- The help-centre examples -------------------------------------------------------------------


def test_help_centre_0321_becomes_00_and_keeps_the_rest() -> None:
    assert apply_rule(R("^0321", "00"), "0321123456") == "00123456"
    sim = simulate("0321123456", [R("^0321", "00")])
    assert sim.sent_to_pbx == "00123456"
    assert (sim.matched_index, sim.blocked, sim.fallback) == (0, False, False)


def test_help_centre_one_to_five_digits_are_kept() -> None:
    rule = R(r"^(\d{1,5})$", "$1")
    assert apply_rule(rule, "1234") == "1234"
    assert apply_rule(rule, "1") == "1"
    assert apply_rule(rule, "123456") is None
    assert simulate("1234", [rule]).sent_to_pbx == "1234"


def test_help_centre_3699_becomes_03699() -> None:
    rule = R("(^3699$)", "0$1")
    assert apply_rule(rule, "3699") == "03699"
    assert apply_rule(rule, "36990") is None
    assert simulate("3699", [rule]).sent_to_pbx == "03699"


def test_help_centre_0800_is_blocked() -> None:
    rule = R("^0800", "")
    assert apply_rule(rule, "0800123456") == ""
    sim = simulate("0800 12 34 56", [rule])
    assert sim == Simulation(
        dialed="0800123456",
        matched_index=0,
        rule=rule,
        sent_to_pbx=None,
        blocked=True,
        fallback=False,
        explanation="Rule 1 (^0800 → nothing) matches: the call is blocked.",
    )


def test_help_centre_list_in_its_order() -> None:
    results = {
        number: (sim.matched_index, sim.sent_to_pbx)
        for number in ("1234", "0321123456", "0800123456", "3699", "0612345678")
        for sim in [simulate(number, HELP_CENTRE_RULES)]
    }
    assert results == {
        "1234": (0, "1234"),
        "0321123456": (1, "00123456"),
        "0800123456": (2, None),
        "3699": (0, "3699"),  # the 1-to-5-digit rule comes first and wins
        "0612345678": (None, "0612345678"),
    }
    # Only the help-centre's \d use is worth a word; the list is otherwise valid.
    assert errors(validate_rules(HELP_CENTRE_RULES)) == []


# --- Rainbow's semantics ------------------------------------------------------------------------


def test_first_matching_rule_wins_and_nothing_more_applies() -> None:
    rules = [R("^0321", "00"), R("^03", "9"), R("^00", "7")]
    assert simulate("0321123", rules).sent_to_pbx == "00123"  # not rewritten again by ^00
    assert simulate("0345", rules).matched_index == 1
    assert simulate("0345", rules).sent_to_pbx == "945"


def test_first_match_is_replaced_once_anywhere_in_the_number() -> None:
    assert apply_rule(R("1", "9"), "21113") == "29113"
    assert apply_rule(R("(1)(2)?", "$2$1"), "313") == "313"  # an unmatched group gives nothing


def test_replacement_syntax_dollar_dollar_and_two_digits() -> None:
    assert apply_rule(R("^(5)", "$$"), "56") == "$6"
    assert apply_rule(R("^(5)", "$12"), "56") == "526"  # group 1, then "2"
    assert apply_rule(R("^5", "$2"), "56") == "$26"  # a missing group stays as written
    assert apply_rule(R("^5", "$"), "56") == "$6"


def test_digit_class_means_ascii_digits_only() -> None:
    assert apply_rule(R(r"^\d+$", "1"), "٣٤") is None
    assert apply_rule(R(r"^\d+$", "1"), "34") == "1"


def test_empty_result_blocks_even_with_a_non_empty_replacement() -> None:
    sim = simulate("1", [R("^(0*)1", "$1")])
    assert (sim.blocked, sim.sent_to_pbx, sim.matched_index) == (True, None, 0)


def test_rule_result_gets_no_outbound_prefix_and_the_explanation_says_so() -> None:
    sim = simulate("0321123", [R("^0321", "00")], outbound_prefix="9", use_outbound_prefix=True)
    assert sim.sent_to_pbx == "00123"
    assert "write the outbound prefix 9 into the replacement" in sim.explanation
    with_prefix = [R("^0321", "900")]
    assert "outbound" not in simulate("0321", with_prefix, outbound_prefix="9").explanation
    internal = simulate(
        "1234", [R("^1234$", "1234")], outbound_prefix="9", use_outbound_prefix=True
    )
    assert internal.sent_to_pbx == "1234"
    assert "outbound" not in internal.explanation


def test_invalid_rule_is_skipped_and_named() -> None:
    sim = simulate("123", [R("(", "1"), R("^1", "7")])
    assert (sim.matched_index, sim.sent_to_pbx) == (1, "723")
    assert "Rule 1 was skipped" in sim.explanation


def test_too_many_rules_are_still_simulated_with_a_note() -> None:
    rules = [R(f"^{i}x", "1") for i in range(MAX_RULES)] + [R("^7", "8")]
    sim = simulate("70", rules)
    assert (sim.matched_index, sim.sent_to_pbx) == (MAX_RULES, "80")
    assert "more than 100 rules" in sim.explanation


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("+33 1 23.45-67", "+331234567"),
        ("06\u00a012\u202f34", "061234"),
        ("01–23—45", "012345"),
        ("(0)1 *#", "(0)1*#"),
    ],
)
def test_separators_are_removed_before_matching(typed: str, clean: str) -> None:
    assert normalize_dialed(typed) == clean
    assert simulate(typed, []).dialed == clean


# --- Default analysis (no rule matches) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("dialed", "use_outbound", "sent"),
    [
        ("+33123456789", False, "0033123456789"),
        ("+33123456789", True, "90033123456789"),
        ("0033123456789", False, "0033123456789"),
        ("0033123456789", True, "90033123456789"),
        ("0123456789", False, "0123456789"),
        ("0123456789", True, "90123456789"),
        ("12345", True, "12345"),
        ("1", True, "1"),
        ("123456", True, "123456"),
        ("12*3", True, "12*3"),
        ("", True, ""),
    ],
)
def test_fallback_with_and_without_outbound_prefix(
    dialed: str, use_outbound: bool, sent: str
) -> None:
    sim = simulate(dialed, [R("^555", "1")], outbound_prefix="9", use_outbound_prefix=use_outbound)
    assert (sim.sent_to_pbx, sim.fallback, sim.matched_index, sim.rule) == (sent, True, None, None)
    assert not sim.blocked
    assert sim.explanation.startswith("No rule matches.")


def test_fallback_explanations_name_the_kind_of_number() -> None:
    assert default_analysis("0612", outbound_prefix="9", use_outbound_prefix=True) == (
        "90612",
        "Rainbow treats it as a national number and adds the outbound prefix 9: "
        "the PBX receives 90612.",
    )
    assert default_analysis("1234")[1] == (
        "Rainbow treats it as an internal number: the PBX receives 1234."
    )
    assert default_analysis("123456")[1] == (
        "Rainbow does not recognise it: the PBX receives 123456 as dialled."
    )
    assert simulate("12", []).explanation.startswith("There are no rules.")


def test_fallback_with_other_prefixes_and_empty_ones() -> None:
    us = default_analysis("+442071234567", national_prefix="1", international_prefix="011")
    assert us[0] == "011442071234567"
    assert default_analysis("2125551234", national_prefix="", international_prefix="")[0] == (
        "2125551234"
    )
    assert default_analysis("+44", international_prefix="")[0] == "44"


def test_outbound_prefix_unused_when_empty() -> None:
    assert default_analysis("0612", outbound_prefix="", use_outbound_prefix=True)[0] == "0612"


# --- Validation ---------------------------------------------------------------------------------


def test_valid_rule_has_no_problem() -> None:
    assert validate_rule(R("^0321", "00", "local"), 0) == []
    assert validate_rule(R("^([0-9]{4})$", "*$1#"), 3) == []


def test_too_many_rules() -> None:
    rules = [R(f"^{i:03}", "1") for i in range(MAX_RULES + 3)]
    problems = validate_rules(rules)
    assert problems == [
        RuleProblem(
            None, "rules", "103 numbering rules: Rainbow accepts at most 100; remove or merge 3."
        )
    ]
    assert validate_rules(rules[:MAX_RULES]) == []


def test_empty_pattern() -> None:
    assert validate_rule(R("", "1"), 2) == [
        RuleProblem(
            2,
            "regexpMatch",
            "Rule 3, pattern: empty; enter a regular expression, for example ^0321.",
        )
    ]


def test_pattern_length_limit() -> None:
    assert validate_rule(R("1" * MAX_PATTERN_LENGTH, "2"), 0) == []
    (problem,) = validate_rule(R("1" * (MAX_PATTERN_LENGTH + 1), "2"), 0)
    assert problem == RuleProblem(
        0,
        "regexpMatch",
        "Rule 1, pattern: 65 characters, over Rainbow's limit of 64; shorten it.",
    )


def test_pattern_that_does_not_compile_says_why() -> None:
    (problem,) = validate_rule(R("^(03", "1"), 1)
    assert problem.field == "regexpMatch"
    assert not problem.warning
    assert problem.message.startswith("Rule 2, pattern: not a valid regular expression (missing )")
    assert "position 1" in problem.message
    assert "bad character range 9-1" in validate_rule(R("[9-1]", "1"), 0)[0].message


def test_digit_class_warns_with_the_rewritten_pattern() -> None:
    assert validate_rule(R(r"^(\d{1,5})$", "$1"), 0) == [
        RuleProblem(
            0,
            "regexpMatch",
            r"Rule 1, pattern: Rainbow does not support \d; it will be sent as ^([0-9]{1,5})$.",
            warning=True,
        )
    ]


def test_digit_class_rewrite_over_the_limit_is_an_error() -> None:
    pattern = "^" + r"\d" * 21 + "$"  # 44 characters as written, 107 once rewritten
    (problem,) = validate_rule(R(pattern, "1"), 0)
    assert not problem.warning
    assert "107 characters, over the limit of 64" in problem.message


def test_replacement_group_the_pattern_does_not_have() -> None:
    (problem,) = validate_rule(R("^(0)", "$3"), 4)
    assert problem == RuleProblem(
        4,
        "regexpReplace",
        "Rule 5, replacement: $3 refers to group 3 but the pattern has only 1 group in "
        "parentheses; add parentheses to the pattern or change the number.",
    )
    (none,) = validate_rule(R("^0", "$1"), 0)
    assert "the pattern has no group in parentheses" in none.message
    assert validate_rule(R("^(0)(1)", "$2$1"), 0) == []


@pytest.mark.parametrize(
    ("replacement", "python", "ours"),
    [(r"\1", r"\1", "$1"), (r"0\2", r"\2", "$2"), (r"\g<1>", r"\g<1>", "$1")],
)
def test_python_group_syntax_is_refused(replacement: str, python: str, ours: str) -> None:
    problems = validate_rule(R("^(0)(1)", replacement), 0)
    assert errors(problems) == [
        RuleProblem(
            0,
            "regexpReplace",
            f"Rule 1, replacement: write {ours} instead of {python} to use a group.",
        )
    ]


def test_unsupported_dollar_forms_warn_once() -> None:
    problems = validate_rule(R("^0321", "$0"), 0)
    assert [(p.field, p.warning) for p in problems] == [("regexpReplace", True)]
    assert "$0 is not supported" in problems[0].message
    assert validate_rule(R("^0321", "$$0"), 0)[0].message.startswith(
        "Rule 1, replacement: contains $"
    )


def test_undialable_replacement_warns() -> None:
    (problem,) = validate_rule(R("^0", "0x-"), 0)
    assert problem.warning
    assert problem.message.startswith(
        "Rule 1, replacement: contains - x, which a phone cannot dial"
    )


def test_description_with_a_line_break_or_an_escape_is_refused() -> None:
    for description in ("two\nlines", "\x1b]0;X\x07\x1b[2J", "evil\u202etxt.exe"):
        (problem,) = validate_rule(R("^0", "1", description), 0)
        assert (problem.field, problem.warning) == ("description", False)
        assert "control character" in problem.message


def test_description_with_an_unusual_space_warns() -> None:
    (problem,) = validate_rule(R("^0", "1", "no\u2028break"), 0)
    assert (problem.field, problem.warning) == ("description", True)


def test_duplicate_pattern_warns_on_the_later_rule() -> None:
    problems = validate_rules([R(r"^\d", "1"), R("^0", "2"), R("^[0-9]", "3")])
    duplicate = [p for p in problems if "same as" in p.message]
    assert duplicate == [
        RuleProblem(
            2,
            "regexpMatch",
            "Rule 3, pattern: same as rule 1, so it never applies; "
            "remove it or change one of them.",
            warning=True,
        )
    ]


def test_regex_compiler_warning_is_reported_not_raised() -> None:
    # pytest turns warnings into errors: this passes only if the FutureWarning is captured.
    problems = validate_rule(R("[[0]", "1"), 0)
    assert [p.warning for p in problems] == [True]
    assert "possible nested set" in problems[0].message
    assert validate_rule(R("[[0]", "1"), 0) == problems  # the same after caching


# --- API mapping --------------------------------------------------------------------------------


def test_api_round_trip() -> None:
    rule = R("^0321", "00", "local")
    assert rule.to_api() == {"regexpMatch": "^0321", "regexpReplace": "00", "description": "local"}
    assert R.from_api(rule.to_api()) == rule


def test_from_api_is_lenient() -> None:
    assert R.from_api({"regexpMatch": "^0"}) == R("^0", "", "")
    assert R.from_api({"regexpMatch": None, "regexpReplace": 12}) == R("", "12", "")


def test_rules_to_api_rewrites_digit_class() -> None:
    assert rules_to_api([R(r"^(\d{1,5})$", "$1", "internal"), R("^0", "1")]) == [
        {"regexpMatch": "^([0-9]{1,5})$", "regexpReplace": "$1", "description": "internal"},
        {"regexpMatch": "^0", "regexpReplace": "1", "description": ""},
    ]


# --- rewrite_digit_class ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "rewritten"),
    [
        (r"\d", DIGIT_CLASS),
        (r"^(\d{1,5})$", "^([0-9]{1,5})$"),
        (r"[\d#]", "[0-9#]"),
        (r"[^\d]\d", "[^0-9][0-9]"),
        (r"[]\d]", "[]0-9]"),
        (r"[\]\d]\d", r"[\]0-9][0-9]"),
        (r"\\d", r"\\d"),
        (r"\\\d", r"\\[0-9]"),
        (r"\D\w", r"\D\w"),
        ("0\\", "0\\"),
        ("", ""),
    ],
)
def test_rewrite_digit_class(pattern: str, rewritten: str) -> None:
    assert rewrite_digit_class(pattern) == rewritten


_UNESCAPED_D = re.compile(r"(?<!\\)(?:\\\\)*\\d")


@given(st.text(alphabet="\\d[]^0-9()*", max_size=20))
def test_rewrite_is_idempotent_and_leaves_no_unescaped_d(pattern: str) -> None:
    once = rewrite_digit_class(pattern)
    assert rewrite_digit_class(once) == once
    assert _UNESCAPED_D.search(once) is None


@given(
    st.lists(st.sampled_from([r"\d", "[", "]", "^", "0", "5", "#", "(", ")", "+", r"\\", "-"])),
    st.text(alphabet="0123456789#\\d", max_size=6),
)
def test_rewrite_keeps_the_meaning_of_valid_patterns(parts: list[str], number: str) -> None:
    pattern = "".join(parts)
    try:
        original = re.compile(pattern, re.ASCII)
    except (re.error, Warning):
        return
    rewritten = re.compile(rewrite_digit_class(pattern), re.ASCII)
    assert bool(original.search(number)) == bool(rewritten.search(number))


# --- Properties of simulate ---------------------------------------------------------------------

_ATOMS = ["0", "1", "3", "9", "[0-9]", r"\d", ".", "[*#]", r"\+"]
_QUANTIFIERS = ["", "", "?", "*", "+", "{1,3}"]


@st.composite
def valid_rules(draw: st.DrawFn) -> NumberingRule:
    pieces = draw(
        st.lists(
            st.tuples(st.sampled_from(_ATOMS), st.sampled_from(_QUANTIFIERS), st.booleans()),
            min_size=1,
            max_size=4,
        )
    )
    pattern, groups = "", 0
    for atom, quantifier, grouped in pieces:
        piece = atom + quantifier
        if grouped:
            piece, groups = f"({piece})", groups + 1
        pattern += piece
    pattern = ("^" if draw(st.booleans()) else "") + pattern + ("$" if draw(st.booleans()) else "")
    tokens = list("0123456789*#") + [f"${i}" for i in range(1, groups + 1)]
    replacement = "".join(draw(st.lists(st.sampled_from(tokens), max_size=4)))
    return NumberingRule(pattern, replacement, draw(st.sampled_from(["", "a rule"])))


_numbers = st.one_of(
    st.text(max_size=20),
    st.from_regex(r"\A\+?[0-9 .*#-]{0,14}\Z", fullmatch=True),
)
_prefixes = st.sampled_from(["", "0", "00", "1", "011", "9"])
_options = st.fixed_dictionaries(
    {
        "national_prefix": _prefixes,
        "international_prefix": _prefixes,
        "outbound_prefix": _prefixes,
        "use_outbound_prefix": st.booleans(),
    }
)


@settings(max_examples=300)
@given(_numbers, st.lists(valid_rules(), max_size=6), _options)
def test_simulate_follows_first_match_semantics(
    number: str, rules: list[NumberingRule], options: dict[str, Any]
) -> None:
    for index, rule in enumerate(rules):
        assert errors(validate_rule(rule, index)) == [], rule
    sim = simulate(number, rules, **options)
    assert simulate(number, rules, **options) == sim
    assert sim.dialed == normalize_dialed(number)
    matching = [re.search(rule.regexp_match, sim.dialed, re.ASCII) is not None for rule in rules]
    if sim.matched_index is None:
        assert sim.fallback
        assert not any(matching)
        assert sim.rule is None
        assert sim.sent_to_pbx is not None
    else:
        k = sim.matched_index
        assert not sim.fallback
        assert matching.index(True) == k
        assert sim.rule == rules[k]
        assert sim.blocked == (sim.sent_to_pbx is None)
        assert sim.sent_to_pbx == (apply_rule(rules[k], sim.dialed) or None)


@given(
    st.text(max_size=20),
    st.lists(st.builds(NumberingRule, st.text(max_size=10), st.text(max_size=6)), max_size=5),
    st.fixed_dictionaries(
        {
            "national_prefix": st.text(max_size=3),
            "international_prefix": st.text(max_size=3),
            "outbound_prefix": st.text(max_size=3),
            "use_outbound_prefix": st.booleans(),
        }
    ),
)
def test_simulate_and_validate_never_raise_on_any_text(
    number: str, rules: list[NumberingRule], options: dict[str, Any]
) -> None:
    sim = simulate(number, rules, **options)
    assert isinstance(sim.explanation, str)
    assert sim.explanation
    for problem in validate_rules(rules):
        assert problem.message.startswith("Rule ") or problem.field == "rules"

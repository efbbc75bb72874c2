"""Rainbow PBX numbering rules: check them, and show what the PBX receives for a dialled number.

A numbering rule is a regular-expression search and replace that Rainbow applies to a number a
Rainbow user dials, before the call goes to the PBX (the system's ``pbxNumberingTranslator``).
Rainbow tries the rules in order and applies the first one that matches, and nothing more: no
outbound prefix is added afterwards, so a rule producing a public number must write that prefix
itself. When no rule matches, Rainbow analyses the number itself (see `default_analysis`).

Choices made where Rainbow's documentation is silent, each kept in one named place:

- ``\\d`` is not supported by Rainbow's API, yet the help centre uses it: rules are sent with
  `DIGIT_CLASS` instead (`rewrite_digit_class`, `rules_to_api`) and validation warns.
- Patterns are ASCII regular expressions (``\\d`` means 0-9 only), searched anywhere in the
  number; the first match is replaced once, like JavaScript's ``String.replace`` (`apply_rule`).
- Replacements name groups ``$1`` to ``$9``; ``$$`` is a literal dollar sign; ``$12`` is group 1
  followed by "2"; any other ``$`` is literal. Python's ``\\1`` is refused (`parse_replacement`).
- An empty replacement blocks every number its pattern matches (help centre: ``^0800`` → empty),
  and so does a replacement whose result is empty (`BLOCKING_REPLACEMENT`).
- Rule positions (`RuleProblem.index`, `Simulation.matched_index`) count from 0; messages count
  from 1 ("Rule 1" is index 0), as a technician reads the list.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from installer_app.domain.pattern_shape import repeat_problems
from installer_app.domain.rule_syntax import (
    DIGIT_CLASS,
    compile_pattern,
    expand,
    parse_replacement,
    rewrite_digit_class,
    scan_digit_class,
)
from installer_app.domain.text import control_characters_message

MAX_RULES = 100
MAX_PATTERN_LENGTH = 64

#: A rule with this replacement blocks the numbers it matches instead of rewriting them.
BLOCKING_REPLACEMENT = ""

#: Characters a phone can dial; anything else in a replacement is suspicious.
DIALABLE = frozenset("0123456789*#+")

#: Separators people type or paste in numbers; removed before the rules see the number.
_SEPARATORS = re.compile(r"[\s.\-‐‑‒–—―−]+")
_PYTHON_GROUP_SYNTAX = re.compile(r"\\(?:[0-9]+|g<[^>]*>)")
_UNSUPPORTED_DOLLAR = re.compile(r"\$[0&`']")


@dataclass(frozen=True)
class NumberingRule:
    """One rule as Rainbow stores it: search `regexp_match`, replace the match."""

    regexp_match: str
    regexp_replace: str
    description: str = ""

    def to_api(self) -> dict[str, str]:
        """The rule as written, in Rainbow's field names (use `rules_to_api` to send rules)."""
        return {
            "regexpMatch": self.regexp_match,
            "regexpReplace": self.regexp_replace,
            "description": self.description,
        }

    @classmethod
    def from_api(cls, mapping: Mapping[str, object]) -> NumberingRule:
        """Read a rule from Rainbow or a file; never raises, so any list can be shown and checked.

        A missing or null field becomes "", another non-text value its text; `validate_rule` then
        reports what is wrong.
        """

        def text(key: str) -> str:
            value = mapping.get(key)
            return "" if value is None else str(value)

        return cls(text("regexpMatch"), text("regexpReplace"), text("description"))

    def with_digit_class_rewritten(self) -> NumberingRule:
        """The same rule with every ``\\d`` of its pattern written as Rainbow accepts it."""
        return NumberingRule(
            rewrite_digit_class(self.regexp_match), self.regexp_replace, self.description
        )


@dataclass(frozen=True)
class RuleProblem:
    """Something wrong with a rule, or with the list (`index` None, `field` "rules").

    `index` is the rule's position from 0; `field` is the Rainbow field concerned ("regexpMatch",
    "regexpReplace", "description" or "rules"). A warning does not stop the rules being sent.
    """

    index: int | None
    field: str
    message: str
    warning: bool = False


def rules_to_api(rules: Sequence[NumberingRule]) -> list[dict[str, str]]:
    """The ``pbxNumberingTranslator`` value to send: rules with ``\\d`` rewritten, in order."""
    return [rule.with_digit_class_rewritten().to_api() for rule in rules]


def apply_rule(rule: NumberingRule, number: str) -> str | None:
    """What `rule` turns `number` into: None when it does not match, "" when the call is blocked.

    The number is used as given (see `normalize_dialed`). The first match of the pattern is
    replaced once; the rest of the number is kept. A pattern that does not compile never matches.
    """
    compiled = compile_pattern(rule.regexp_match).pattern
    if compiled is None:
        return None
    match = compiled.search(number)
    if match is None:
        return None
    if rule.regexp_replace == BLOCKING_REPLACEMENT:
        return ""
    replacement = expand(parse_replacement(rule.regexp_replace), match)
    return number[: match.start()] + replacement + number[match.end() :]


def _check_pattern(pattern: str, label: str, index: int) -> tuple[list[RuleProblem], int | None]:
    """Problems of one pattern, and its number of groups when it compiles."""

    def problem(message: str, *, warning: bool = False) -> RuleProblem:
        return RuleProblem(index, "regexpMatch", f"{label}, pattern: {message}", warning)

    if not pattern:
        return [problem("empty; enter a regular expression, for example ^0321.")], None
    problems: list[RuleProblem] = []
    if len(pattern) > MAX_PATTERN_LENGTH:
        problems.append(
            problem(
                f"{len(pattern)} characters, over Rainbow's limit of {MAX_PATTERN_LENGTH}; "
                "shorten it."
            )
        )
    compiled = compile_pattern(pattern)
    if compiled.pattern is None:
        problems.append(
            problem(
                f"not a valid regular expression ({compiled.error}); "
                "check its brackets, parentheses and backslashes."
            )
        )
        return problems, None
    problems.extend(
        problem(
            f"{note[:1].lower()}{note[1:]}; escape a literal [ or - inside brackets with \\.",
            warning=True,
        )
        for note in compiled.notes
    )
    problems.extend(problem(found.message) for found in repeat_problems(pattern))
    rewritten, found = scan_digit_class(pattern)
    if found and len(pattern) <= MAX_PATTERN_LENGTH:
        if len(rewritten) > MAX_PATTERN_LENGTH:
            problems.append(
                problem(
                    f"Rainbow does not support \\d; written with {DIGIT_CLASS} instead it is "
                    f"{len(rewritten)} characters, over the limit of {MAX_PATTERN_LENGTH}; "
                    "shorten it."
                )
            )
        else:
            problems.append(
                problem(
                    f"Rainbow does not support \\d; it will be sent as {rewritten}.", warning=True
                )
            )
    return problems, compiled.pattern.groups


def _check_replacement(
    replacement: str, groups: int | None, label: str, index: int
) -> list[RuleProblem]:
    def problem(message: str, *, warning: bool = False) -> RuleProblem:
        return RuleProblem(index, "regexpReplace", f"{label}, replacement: {message}", warning)

    problems: list[RuleProblem] = []
    for python_syntax in dict.fromkeys(_PYTHON_GROUP_SYNTAX.findall(replacement)):
        # \0 (the whole match) has no $ form Rainbow takes: point to a group, as the $0 advice does.
        digits = re.sub(r"\D", "", python_syntax).lstrip("0") or "1"
        problems.append(problem(f"write ${digits} instead of {python_syntax} to use a group."))
    unsupported_found = _UNSUPPORTED_DOLLAR.findall(replacement.replace("$$", ""))
    for unsupported in dict.fromkeys(unsupported_found):
        problems.append(
            problem(
                f"{unsupported} is not supported and would be sent as is; put the part you "
                "want in parentheses and write $1.",
                warning=True,
            )
        )
    parts = parse_replacement(_PYTHON_GROUP_SYNTAX.sub("", replacement))
    if groups is not None:
        for group in sorted({part for part in parts if isinstance(part, int) and part > groups}):
            has = "no group" if groups == 0 else f"only {groups} group{'s' if groups > 1 else ''}"
            problems.append(
                problem(
                    f"${group} refers to group {group} but the pattern has {has} in parentheses; "
                    "add parentheses to the pattern or change the number."
                )
            )
    literal = "".join(part for part in parts if isinstance(part, str))
    undialable = sorted({char for char in literal if char not in DIALABLE})
    if unsupported_found:  # already explained above
        undialable = [char for char in undialable if char not in "$&`'"]
    if undialable:
        problems.append(
            problem(
                f"contains {' '.join(undialable)}, which a phone cannot dial; use digits, * # +, "
                "and $1 to $9 for groups.",
                warning=True,
            )
        )
    return problems


def validate_rule(rule: NumberingRule, index: int) -> list[RuleProblem]:
    """Everything wrong with one rule at position `index` (from 0), errors and warnings."""
    label = f"Rule {index + 1}"
    problems, groups = _check_pattern(rule.regexp_match, label, index)
    problems.extend(_check_replacement(rule.regexp_replace, groups, label, index))
    refused = control_characters_message(rule.description)
    if refused:
        problems.append(RuleProblem(index, "description", f"{label}, description: {refused}"))
    elif any(not char.isprintable() for char in rule.description):
        problems.append(
            RuleProblem(
                index,
                "description",
                f"{label}, description: contains a line break or control character; "
                "keep it on one line.",
                warning=True,
            )
        )
    return problems


def validate_rules(rules: Sequence[NumberingRule]) -> list[RuleProblem]:
    """Everything wrong with a list of rules: the list itself first, then each rule in order."""
    problems: list[RuleProblem] = []
    if len(rules) > MAX_RULES:
        problems.append(
            RuleProblem(
                None,
                "rules",
                f"{len(rules)} numbering rules: Rainbow accepts at most {MAX_RULES}; "
                f"remove or merge {len(rules) - MAX_RULES}.",
            )
        )
    first_with_pattern: dict[str, int] = {}
    for index, rule in enumerate(rules):
        problems.extend(validate_rule(rule, index))
        key = rewrite_digit_class(rule.regexp_match)
        if key and key in first_with_pattern:
            earlier = first_with_pattern[key] + 1
            problems.append(
                RuleProblem(
                    index,
                    "regexpMatch",
                    f"Rule {index + 1}, pattern: same as rule {earlier}, so it never applies; "
                    "remove it or change one of them.",
                    warning=True,
                )
            )
        first_with_pattern.setdefault(key, index)
    return problems


@dataclass(frozen=True)
class Simulation:
    """What happens to one dialled number.

    `dialed` is the number as the rules see it (separators removed). `sent_to_pbx` is None when the
    call is blocked. `fallback` is True when no rule matched and Rainbow's own analysis applied.
    """

    dialed: str
    matched_index: int | None
    rule: NumberingRule | None
    sent_to_pbx: str | None
    blocked: bool
    fallback: bool
    explanation: str


def normalize_dialed(number: str) -> str:
    """The number without the spaces, dots and dashes people type or paste into it."""
    return _SEPARATORS.sub("", number)


def default_analysis(
    number: str,
    *,
    national_prefix: str = "0",
    international_prefix: str = "00",
    outbound_prefix: str = "",
    use_outbound_prefix: bool = False,
) -> tuple[str, str]:
    """What Rainbow sends when no rule matches, and why: ``(sent_to_pbx, explanation)``.

    [I] Rainbow uses a phone-number library with the user's country; this is its documented
    outline. "+" becomes the international prefix; a public number (starting with the national
    or international prefix) gets the outbound prefix in front when it is used; 1 to 5 digits are
    an internal number; anything else goes unchanged.
    """
    if not number:
        return "", "Nothing was dialled."
    if number.startswith("+"):
        number = international_prefix + number[1:]
        kind = f"an international number (+ becomes {international_prefix or 'nothing'})"
    elif international_prefix and number.startswith(international_prefix):
        kind = "an international number"
    elif national_prefix and number.startswith(national_prefix):
        kind = "a national number"
    elif number.isdigit() and len(number) <= 5:
        return number, f"Rainbow treats it as an internal number: the PBX receives {number}."
    else:
        return number, f"Rainbow does not recognise it: the PBX receives {number} as dialled."
    if use_outbound_prefix and outbound_prefix:
        sent = outbound_prefix + number
        return sent, (
            f"Rainbow treats it as {kind} and adds the outbound prefix {outbound_prefix}: "
            f"the PBX receives {sent}."
        )
    return number, f"Rainbow treats it as {kind}: the PBX receives {number}."


def _describe(rule: NumberingRule, index: int) -> str:
    name = f' "{rule.description}"' if rule.description else ""
    replacement = rule.regexp_replace or "nothing"
    return f"Rule {index + 1}{name} ({rule.regexp_match} → {replacement})"


def simulate(
    number: str,
    rules: Sequence[NumberingRule],
    *,
    national_prefix: str = "0",
    international_prefix: str = "00",
    outbound_prefix: str = "",
    use_outbound_prefix: bool = False,
) -> Simulation:
    """Apply `rules` to a dialled `number` as Rainbow does: the first matching rule, and only it.

    Never raises: a rule with an error (see `validate_rule`) is skipped and named in the
    explanation. When no rule matches, `default_analysis` applies.
    """
    dialed = normalize_dialed(number)
    notes: list[str] = []
    if len(rules) > MAX_RULES:
        notes.append(f"Rainbow would refuse this list: more than {MAX_RULES} rules.")
    for index, rule in enumerate(rules):
        if any(not problem.warning for problem in validate_rule(rule, index)):
            notes.append(f"Rule {index + 1} was skipped: it has an error.")
            continue
        result = apply_rule(rule, dialed)
        if result is None:
            continue
        described = _describe(rule, index)
        if not result:
            notes.insert(0, f"{described} matches: the call is blocked.")
            return Simulation(dialed, index, rule, None, True, False, " ".join(notes))
        notes.insert(0, f"{described} matches: the PBX receives {result}.")
        looks_public = result.startswith(
            tuple(p for p in (national_prefix, international_prefix, "+") if p)
        )
        if (
            use_outbound_prefix
            and outbound_prefix
            and looks_public
            and not result.startswith(outbound_prefix)
        ):
            notes.insert(
                1,
                "Rainbow adds no outbound prefix after a rule: if this number leaves the PBX, "
                f"write the outbound prefix {outbound_prefix} into the replacement.",
            )
        return Simulation(dialed, index, rule, result, False, False, " ".join(notes))
    sent, why = default_analysis(
        dialed,
        national_prefix=national_prefix,
        international_prefix=international_prefix,
        outbound_prefix=outbound_prefix,
        use_outbound_prefix=use_outbound_prefix,
    )
    opening = "No rule matches." if rules else "There are no rules."
    explanation = " ".join([opening, why, *notes])
    return Simulation(dialed, None, None, sent, False, True, explanation)

"""What a batch is read from: the CSV's text (whatever spreadsheets write) and the numbering
rules file every plan of a batch shares, with the problems either can have.

The CSV's bytes become text with :func:`decode_csv` (UTF-8 with or without a byte-order mark,
UTF-16 with one, else Windows-1252) and :func:`sniff_separator` finds its separator.

A rules file is a JSON list of ``{regexp_match, regexp_replace, description}`` (or the API's
``regexpMatch``/``regexpReplace``); :func:`parse_rules` checks it as the plan does. Problems are
:class:`BatchProblem` (row and column when there are some), raised together in
:class:`BatchInvalid`.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from installer_app.domain.numbering import NumberingRule, validate_rules
from installer_app.domain.rule_syntax import rewrite_digit_class

SEPARATORS: Final = (",", ";", "\t")
FALLBACK_ENCODING: Final = "cp1252"


@dataclass(frozen=True)
class BatchProblem:
    """One thing wrong with a batch: its row (None for the file) and column (None for the row)."""

    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        if self.row is None:
            return self.message
        if self.column is None:
            return f"row {self.row}: {self.message}"
        return f"row {self.row}, column {self.column}: {self.message}"


class BatchInvalid(ValueError):
    """The batch as a whole cannot be read (encoding, header, rules); ``problems`` says why."""

    def __init__(self, problems: Iterable[BatchProblem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class RuleSet:
    """Numbering rules for every plan of a batch, checked, with what deserves a warning."""

    rules: tuple[NumberingRule, ...]
    warnings: tuple[str, ...] = ()


#: Accepted names of each rule field: the installation file's, then the Rainbow API's.
_RULE_KEYS: Final = {
    "regexp_match": ("regexp_match", "regexpMatch"),
    "regexp_replace": ("regexp_replace", "regexpReplace"),
    "description": ("description",),
}


def _rule(item: object, where: str) -> tuple[NumberingRule | None, list[str]]:
    """One rule of a rules file, or the reasons it is not one."""
    if not isinstance(item, dict):
        return None, [f"{where}: must be an object with regexp_match and regexp_replace."]
    problems: list[str] = []
    known = {name for names in _RULE_KEYS.values() for name in names}
    problems += [
        f"{where}: '{key}' is not a rule field; remove it." for key in item if key not in known
    ]
    values: dict[str, str] = {}
    for field, names in _RULE_KEYS.items():
        present = [name for name in names if name in item]
        if len(present) > 1:
            problems.append(f"{where}: both {present[0]} and {present[1]} are given; keep one.")
        elif present and not isinstance(item[present[0]], str):
            problems.append(f"{where}: {present[0]} must be text (in double quotes).")
        elif present:
            values[field] = item[present[0]]
        elif field == "regexp_replace":
            problems.append(
                f'{where}: regexp_replace is missing; write "" to block the numbers the rule '
                "matches."
            )
    if problems:
        return None, problems
    return NumberingRule(values.get("regexp_match", ""), values["regexp_replace"],
                         values.get("description", "")), []  # fmt: skip


def parse_rules(text: str, source: str = "rules file") -> RuleSet:
    """The numbering rules of a JSON rules file: a list of ``{regexp_match, regexp_replace,
    description}`` (or the API's ``regexpMatch``/``regexpReplace``).

    ``\\d`` is rewritten as Rainbow accepts it, with a warning. ``source`` names the file in
    messages.

    Raises:
        BatchInvalid: not JSON, not a list of rules, or rules Rainbow would refuse (every problem).
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        message = (
            f"{source} is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}."
        )
        raise BatchInvalid([BatchProblem(None, None, message)]) from None
    except (RecursionError, ValueError):  # nested too deeply; an integer of thousands of digits
        message = f"{source} is not a rules file: its JSON nests too deeply or holds a huge number."
        raise BatchInvalid([BatchProblem(None, None, message)]) from None
    if not isinstance(data, list):
        example = '[{"regexp_match": "^0800", "regexp_replace": ""}]'
        message = f"{source} must hold a JSON list of rules, e.g. {example}."
        raise BatchInvalid([BatchProblem(None, None, message)])
    rules: list[NumberingRule] = []
    problems: list[str] = []
    warnings: list[str] = []
    for index, item in enumerate(data, start=1):
        rule, wrong = _rule(item, f"{source}, rule {index}")
        problems += wrong
        if rule is not None:
            rewritten = rewrite_digit_class(rule.regexp_match)
            if rewritten != rule.regexp_match:
                warnings.append(
                    f"{source}, rule {index}: Rainbow does not support \\d; written as {rewritten}."
                )
            rules.append(NumberingRule(rewritten, rule.regexp_replace, rule.description))
    if not problems:
        for found in validate_rules(rules):
            (warnings if found.warning else problems).append(f"In {source}: {found.message}")
    if problems:
        raise BatchInvalid(BatchProblem(None, None, message) for message in problems)
    return RuleSet(tuple(rules), tuple(warnings))


def decode_csv(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the name of the encoding it was read with.

    Raises:
        BatchInvalid: neither UTF-8 (nor UTF-16 with a byte-order mark) nor Windows-1252.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = [("utf-16", "UTF-16")]
    elif data.startswith(codecs.BOM_UTF8):
        candidates = [("utf-8-sig", "UTF-8")]
    else:
        candidates = [("utf-8", "UTF-8"), (FALLBACK_ENCODING, "Windows-1252")]
    for codec, name in candidates:
        try:
            return data.decode(codec), name
        except UnicodeDecodeError:
            continue
    raise BatchInvalid(
        [
            BatchProblem(
                None,
                None,
                "The CSV file is not text in UTF-8 or Windows-1252: save it from the spreadsheet "
                "as 'CSV UTF-8'.",
            )
        ]
    )


def sniff_separator(text: str) -> str:
    """The separator of the header row: the candidate found most often outside quotes."""
    counts = dict.fromkeys(SEPARATORS, 0)
    quoted = False
    started = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif char in "\r\n" and not quoted:
            if started:
                break
        elif not quoted and char in counts:
            counts[char] += 1
        started = started or not char.isspace()
    return max(SEPARATORS, key=lambda sep: counts[sep])

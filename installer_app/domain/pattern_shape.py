"""How much a numbering rule's pattern repeats: bounds that keep testing a number instant.

A numbering rule is matched against phone numbers, and a phone number is short: E.164 allows 15
digits, and with an outbound prefix, an international prefix and a few digits of extension a
dialled number stays under :data:`MAX_REPEAT`. A pattern that asks for more repetitions than that
never matches a real number, yet it costs time and memory wherever a number is made up for it
(the report's worked example: ``^0{300000000}$`` is 300 million characters). A group that repeats
and itself holds a repetition or alternatives (``(0*)*``, ``(0|00)+``) makes the regular
expression engine try exponentially many ways on a number that does not match: testing one
number takes minutes. Both are refused with a message; neither is ever needed in a numbering
rule (``[0-9]{1,5}``, ``(00|\\+)?``, ``([0-9]{2}){4}`` are fine).

The pattern is read with Python's regular-expression syntax, as :mod:`numbering` compiles it:
escapes are skipped whole, ``[...]`` is one atom (a ``]`` just after ``[`` or ``[^`` is literal),
``{m}``, ``{m,}``, ``{,n}`` and ``{m,n}`` are quantifiers, any other ``{`` is literal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

#: The most times a pattern may repeat something, counting nested repetitions multiplied
#: (``([0-9]{4}){3}`` repeats 12 times): twice E.164's 15 digits, plus room for prefixes.
MAX_REPEAT: Final = 32

_COUNTED = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")
_UNBOUNDED: Final = None


@dataclass(frozen=True)
class _Shape:
    """What a piece of pattern repeats: the largest count, and whether it is risky to repeat."""

    count: int = 1
    varies: bool = False  # holds an unbounded repetition or alternatives


@dataclass(frozen=True)
class RepeatProblem:
    """Why a pattern repeats too much, in words (the caller adds the rule's name)."""

    message: str


class _Reader:
    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.position = 0
        self.problems: list[str] = []

    def at_end(self) -> bool:
        return self.position >= len(self.pattern)

    def alternation(self) -> _Shape:
        shapes = [self.sequence()]
        while not self.at_end() and self.pattern[self.position] == "|":
            self.position += 1
            shapes.append(self.sequence())
        count = max(shape.count for shape in shapes)
        return _Shape(count, len(shapes) > 1 or any(shape.varies for shape in shapes))

    def sequence(self) -> _Shape:
        count, varies = 1, False
        while not self.at_end() and self.pattern[self.position] not in "|)":
            shape = self.quantified(self.atom())
            count, varies = max(count, shape.count), varies or shape.varies
        return _Shape(count, varies)

    def atom(self) -> _Shape:
        char = self.pattern[self.position]
        self.position += 1
        if char == "\\":
            self.position += 1
        elif char == "[":
            self._skip_class()
        elif char == "(":
            inner = self.alternation()
            self.position += 1  # the closing parenthesis (a missing one fails to compile)
            return inner
        return _Shape()

    def _skip_class(self) -> None:
        if self.pattern.startswith("^", self.position):
            self.position += 1
        if self.pattern.startswith("]", self.position):
            self.position += 1
        while not self.at_end() and self.pattern[self.position] != "]":
            self.position += 2 if self.pattern[self.position] == "\\" else 1
        self.position += 1

    def quantifier(self) -> tuple[int, int | None] | None:
        char = self.pattern[self.position] if not self.at_end() else ""
        if char in ("*", "+", "?"):
            self.position += 1
            return {"*": (0, _UNBOUNDED), "+": (1, _UNBOUNDED), "?": (0, 1)}[char]
        match = _COUNTED.match(self.pattern, self.position) if char == "{" else None
        if match is None or not (match.group(1) or match.group(3)):
            return None
        self.position = match.end()
        low = _number(match.group(1))
        if match.group(2) is None:
            return low, low
        return low, _number(match.group(3)) if match.group(3) else _UNBOUNDED

    def quantified(self, atom: _Shape) -> _Shape:
        bounds = self.quantifier()
        if bounds is None:
            return atom
        if not self.at_end() and self.pattern[self.position] in "?+":
            self.position += 1  # lazy or possessive: the same counts
        low, high = bounds
        repeats = high is _UNBOUNDED or high > 1
        if repeats and atom.varies:
            self.problems.append(
                "repeats a group that itself repeats or has alternatives, such as (0*)* or "
                "(0|00)+, which can take minutes to test one number; write the repetition "
                "once, e.g. [0-9]+ or (0|00)."
            )
        largest = max(low, high or 0)
        count = atom.count * largest
        if count > MAX_REPEAT and atom.count <= MAX_REPEAT:  # said once, innermost first
            self.problems.append(
                f"repeats {count} times, but a phone number has at most {MAX_REPEAT} digits; "
                "use smaller counts, e.g. [0-9]{1,15}."
            )
        return _Shape(count, atom.varies or high is _UNBOUNDED)


def _number(digits: str) -> int:
    # A count of thousands of digits is not a number Python converts; it is "too many" anyway.
    if not digits:
        return 0
    return int(digits) if len(digits) <= 18 else 10**18


def repeat_problems(pattern: str) -> list[RepeatProblem]:
    """Why ``pattern`` repeats more than a phone number can hold, or risks an endless test.

    Each problem is reported once. Call it on a pattern that compiles: an unbalanced one is
    read as far as it goes.
    """
    reader = _Reader(pattern)
    try:
        while not reader.at_end():
            reader.alternation()
            reader.position += 1  # a stray ")" (does not compile anyway)
    except IndexError:
        pass
    except RecursionError:
        reader.problems.append("nests its parentheses too deeply; simplify it.")
    return [RepeatProblem(message) for message in dict.fromkeys(reader.problems)]

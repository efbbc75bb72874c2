"""The regular-expression dialect of Rainbow's numbering rules, below the rules themselves.

Rainbow's patterns are JavaScript-like: ``\\d`` is not supported (``[0-9]`` is written instead)
and a replacement names its groups ``$1``..``$9`` (``$$`` is a dollar). See
:mod:`installer_app.domain.numbering` for the conventions and the rules built on this.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import lru_cache

#: [I] What ``\d`` becomes, outside and inside a character class. The API documentation of
#: ``pbxNumberingTranslator`` says ``\d`` is not supported and to "use (0..9)" instead; read
#: as a regular expression that would be a group matching "0", two characters and "9", so it
#: is taken to mean the character class ``[0-9]``. Change it here and nowhere else.
DIGIT_CLASS = "[0-9]"
DIGIT_RANGE = "0-9"


def scan_digit_class(pattern: str) -> tuple[str, int]:
    """Rewrite unescaped ``\\d`` (`DIGIT_CLASS` outside ``[...]``, `DIGIT_RANGE` inside it).

    Returns the rewritten pattern and how many ``\\d`` were found. Follows Python's rules: an
    escaped character is skipped whole, and a ``]`` just after ``[`` or ``[^`` is literal.
    """
    out: list[str] = []
    found = 0
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            escaped = pattern[i + 1]
            if escaped == "d":
                found += 1
                out.append(DIGIT_RANGE if in_class else DIGIT_CLASS)
            else:
                out.append(char + escaped)
            i += 2
            continue
        out.append(char)
        i += 1
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern.startswith("^", i):
                out.append("^")
                i += 1
            if pattern.startswith("]", i):
                out.append("]")
                i += 1
    return "".join(out), found


def rewrite_digit_class(pattern: str) -> str:
    """Write every unescaped ``\\d`` as Rainbow accepts it: ``[0-9]``, or ``0-9`` inside ``[...]``.

    An escaped backslash followed by d (``\\\\d``) is left alone. Idempotent.
    """
    return scan_digit_class(pattern)[0]


@dataclass(frozen=True)
class Compiled:
    """A pattern compiled once: the regular expression, or why it does not compile, and the
    compiler's warnings."""

    pattern: re.Pattern[str] | None
    error: str | None
    notes: tuple[str, ...]


@lru_cache(maxsize=512)
def compile_pattern(pattern: str) -> Compiled:
    """Compile once, keeping the reason it fails and any warning the compiler gave."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compiled = re.compile(pattern, re.ASCII)
        except re.error as exc:
            where = f" at position {exc.pos}" if exc.pos is not None else ""
            return Compiled(None, f"{exc.msg}{where}", ())
        except (ValueError, OverflowError):
            return Compiled(None, "a repetition count in it is too large", ())
        except RecursionError:
            return Compiled(None, "its parentheses are nested too deeply", ())
    return Compiled(compiled, None, tuple(str(w.message) for w in caught))


def parse_replacement(replacement: str) -> list[str | int]:
    """Split a replacement into literal text and group numbers (see the module's conventions)."""
    parts: list[str | int] = []
    i = 0
    while i < len(replacement):
        char = replacement[i]
        following = replacement[i + 1] if i + 1 < len(replacement) else ""
        if char == "$" and following and following in "123456789":
            parts.append(int(following))
            i += 2
        elif char == "$" and following == "$":
            parts.append("$")
            i += 2
        else:
            parts.append(char)
            i += 1
    return parts


def expand(parts: list[str | int], match: re.Match[str]) -> str:
    """The replacement ``parts`` with the groups of ``match`` put in."""
    pieces: list[str] = []
    for part in parts:
        if isinstance(part, str):
            pieces.append(part)
        elif part <= len(match.groups()):
            pieces.append(match.group(part) or "")
        else:
            pieces.append(f"${part}")  # like JavaScript: a missing group stays as written
    return "".join(pieces)

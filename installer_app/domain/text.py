"""Control characters in names, and text shown on a terminal that cannot drive it.

A name (server name, company name, site, reference, rule description...) never needs a control
character, and some drive a terminal: ``ESC ] 0 ; ... BEL`` retitles the window, ``ESC [ 2 J``
clears the screen, a carriage return overwrites a line with a lie, and the right-to-left override
(U+202E) shows text in another order than it is stored. They reach the program from prepared CSVs
and installation files, so names holding them are refused (:func:`control_characters`), and
whatever the command line prints goes through :func:`escape_controls`.
"""

from __future__ import annotations

import re
from typing import Final

#: C0 controls but tab and line feed (which lay text out), DEL, C1 controls (0x9B is a CSI on
#: some terminals), and the bidirectional embeddings, overrides and isolates.
_DRIVING: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
#: In a name even tab and line feed are refused: a name is one line.
_IN_NAME: Final = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def control_characters(text: str) -> list[str]:
    """The control characters in ``text`` (each once, in order), written as escapes: ``\\x1b``."""
    return list(dict.fromkeys(_escape(found.group()) for found in _IN_NAME.finditer(text)))


def control_characters_message(text: str) -> str | None:
    """Why ``text`` cannot be a name (the caller names the field), or None when it can."""
    found = control_characters(text)
    if not found:
        return None
    return (
        f"contains the control character(s) {' '.join(found)} (escape sequences, line breaks "
        "and the like), which a name or a description never needs; retype it."
    )


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    """``text`` with every character that could drive a terminal written as an escape
    (``\\x1b``); line feeds and tabs are kept."""
    return _DRIVING.sub(lambda found: _escape(found.group()), text)

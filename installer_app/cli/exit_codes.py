"""Exit codes of the command line; documented in ``--help`` and the README. Scripts rely on them.

Each code stands for a failure kind (``services/failures.py``): :func:`for_kind` is the one map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the wizard's start imports this module: no services loaded for it
    from installer_app.services.failures import FailureKind

OK = 0
INVALID_INPUT = 2
AUTH_REFUSED = 3
CONFLICT = 4
UNREACHABLE = 5
LOCAL_FILE = 6

#: By ``FailureKind`` value.
_BY_KIND = {
    "invalid_input": INVALID_INPUT,
    "auth_refused": AUTH_REFUSED,
    "conflict": CONFLICT,
    "unreachable": UNREACHABLE,
    "local_file": LOCAL_FILE,
    # A defect: scripts have long seen it as "failing"; the message says what it is.
    "unexpected": UNREACHABLE,
}


def for_kind(kind: FailureKind) -> int:
    """The exit code of a failure of ``kind``."""
    return _BY_KIND[kind.value]


#: What a shell reports for a program ended by SIGPIPE (128 + 13): the reader of stdout went away.
BROKEN_PIPE = 141

EPILOG = """exit codes:
  0  done (preflight, declare --dry-run: the declaration would go through)
  2  invalid input (installation file, arguments; two files of a batch for one PBX)
  3  authentication or permission refused (also: not a business-partner admin)
  4  conflict: the PBX is already declared (elsewhere, or unknown to this file: --adopt)
  5  Rainbow unreachable or failing, or the PBX did not connect in time
  6  a local file (the installation file) cannot be written (credentials printed)
  141  the reader of the output went away (piped into head): stopped quietly
"""

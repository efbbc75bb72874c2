"""Exit codes of the command line; documented in ``--help`` and the README. Scripts rely on them."""

from __future__ import annotations

OK = 0
INVALID_INPUT = 2
AUTH_REFUSED = 3
CONFLICT = 4
UNREACHABLE = 5
#: What a shell reports for a program ended by SIGPIPE (128 + 13): the reader of stdout went away.
BROKEN_PIPE = 141

EPILOG = """exit codes:
  0  done
  2  invalid input (installation file, arguments)
  3  authentication or permission refused
  4  conflict: the PBX is already declared elsewhere
  5  Rainbow unreachable or failing, or the PBX did not connect in time
  141  the reader of the output went away (piped into head): stopped quietly
"""

"""Argument types shared by the sub-commands: a bad value ends in argparse's exit 2 naming it.

argparse prints ``argument --timeout: 'nan': ...`` and exits 2 when a type function raises
:class:`argparse.ArgumentTypeError`, before any file is opened or any request sent.
"""

from __future__ import annotations

import argparse
import math

#: The longest wait any option accepts (a day): more is a typo, and asyncio's deadlines and the
#: operating system's timers are not made for it.
MAX_SECONDS = 86_400.0
MAX_PORT = 65_535


def seconds(text: str) -> float:
    """A duration in seconds: a finite number above 0, at most :data:`MAX_SECONDS`."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or not 0 < value <= MAX_SECONDS:
        raise argparse.ArgumentTypeError(
            f"{text!r}: give a number of seconds above 0 and at most {MAX_SECONDS:.0f}, e.g. 20"
        )
    return value


def _port(text: str, *, lowest: int) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not lowest <= value <= MAX_PORT:
        raise argparse.ArgumentTypeError(
            f"{text!r}: give a TCP port number from {lowest} to {MAX_PORT}, e.g. 443"
        )
    return value


def tcp_port(text: str) -> int:
    """A TCP port to connect to: 1 to 65535."""
    return _port(text, lowest=1)


def listening_port(text: str) -> int:
    """A TCP port to listen on: 0 (any free port) to 65535."""
    return _port(text, lowest=0)

"""Rainbow calls that do not depend on each other, made at the same time.

Each call costs a round trip; two independent ones made one after the other cost two. The use
cases start them together instead (the system and its state, the site and the equipment id's
lookup) and go on when both have answered.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TypeVar

A = TypeVar("A")
B = TypeVar("B")


async def both(first: Awaitable[A], second: Awaitable[B]) -> tuple[A, B]:
    """``first`` and ``second`` run concurrently; both answers once both have ended.

    Neither call is cut short by the other's failure (a request already sent may have changed
    something on the server: its outcome is awaited, as when the calls ran one after the other).

    Raises:
        Whatever ``first`` raised, else whatever ``second`` raised (the order the calls would
        have had one after the other).
    """
    one, two = await asyncio.gather(first, second, return_exceptions=True)
    if isinstance(one, BaseException):
        raise one
    if isinstance(two, BaseException):
        raise two
    return one, two

"""The one rhythm of refreshes: the dashboard, ``apply`` and ``status --watch`` all wait with it.

A delay is the time from the start of one round of reads to the start of the next
(:meth:`Backoff.wait_after` takes the round's own time off). Delays grow by ``factor`` while
nothing changes, up to ``cap``, and start again from ``first`` after a change: something that
moved is likely to move again soon (Rainbow says Running a moment before the PBX's link shows).
"""

from __future__ import annotations


class Backoff:
    """Delays between refreshes: short while things change, longer while nothing does."""

    def __init__(self, first: float = 2.0, factor: float = 1.5, cap: float = 30.0) -> None:
        self.first, self.factor, self.cap = first, factor, cap
        self.delay = first

    @classmethod
    def settling(cls) -> Backoff:
        """The rhythm right after the program changed something (``apply`` after declaring
        and configuring): the first reads follow each other closely, so that Running and
        Connected are seen soon after they become true, then they space out (0.25 s, 0.375 s,
        0.56 s... up to 10 s)."""
        return cls(first=0.25, factor=1.5, cap=10.0)

    def next_delay(self, *, changed: bool) -> float:
        """The delay before the next refresh; a change starts again from ``first``."""
        self.delay = self.first if changed else min(self.delay * self.factor, self.cap)
        return self.delay

    def wait_after(self, spent: float, *, changed: bool) -> float:
        """The wait before the next refresh when the last one took ``spent`` seconds: the
        next delay minus that time, never below zero."""
        return max(0.0, self.next_delay(changed=changed) - spent)

    def restart(self) -> None:
        """Start again from the shortest delay (the user asked for a refresh)."""
        self.delay = self.first

"""The one rhythm of refreshes: the dashboard, ``apply`` and ``status --watch`` all wait with it."""

from __future__ import annotations


class Backoff:
    """Delays between refreshes: short while things change, longer while nothing does."""

    def __init__(self, first: float = 2.0, factor: float = 1.5, cap: float = 30.0) -> None:
        self.first, self.factor, self.cap = first, factor, cap
        self.delay = first

    def next_delay(self, *, changed: bool) -> float:
        """The wait before the next refresh; a change starts again from ``first``."""
        self.delay = self.first if changed else min(self.delay * self.factor, self.cap)
        return self.delay

    def restart(self) -> None:
        """Start again from the shortest delay (the user asked for a refresh)."""
        self.delay = self.first

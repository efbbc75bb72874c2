"""The one rhythm of refreshes: the dashboard, ``apply`` and ``status --watch`` all wait with it.

A delay is the time from the start of one round of reads to the start of the next
(:meth:`Backoff.wait_after` takes the round's own time off). Delays grow by ``factor`` while
nothing changes, up to ``cap``, and start again from ``first`` after a change: something that
moved is likely to move again soon (Rainbow says Running a moment before the PBX's link shows).
"""

from __future__ import annotations


class Backoff:
    """Delays between refreshes: short while things change, longer while nothing does.

    With ``at_once_after_change``, the round after a change starts without waiting, and the
    delays then run ``first``, ``first × factor``... again.
    """

    def __init__(
        self,
        first: float = 2.0,
        factor: float = 1.5,
        cap: float = 30.0,
        *,
        at_once_after_change: bool = False,
    ) -> None:
        self.first, self.factor, self.cap = first, factor, cap
        self.at_once_after_change = at_once_after_change
        self.delay = first
        self._at_once = False  # the last delay was none, after a change
        self._fresh = False  # ``delay`` was just set back to ``first`` and not used yet

    @classmethod
    def settling(cls) -> Backoff:
        """The rhythm of watching an installation settle (``apply`` after declaring and
        configuring, the dashboard): a round that saw a change is followed at once by the next
        (the statuses change in a burst: Rainbow's, then the PBX's link, then Running), so each
        is seen about one round trip after it happened; while nothing changes the reads space
        out (0.25 s, 0.375 s, 0.56 s... up to 10 s). The rounds after a change are as many as
        the changes, a handful per installation."""
        return cls(first=0.25, factor=1.5, cap=10.0, at_once_after_change=True)

    def next_delay(self, *, changed: bool) -> float:
        """The delay before the next refresh; a change starts again from ``first``.

        With ``at_once_after_change`` a change is followed by no delay, then ``first``... as
        usual. Two rounds in a row never both start at once: a status that changes at every
        round is read at least ``first`` seconds apart every other round, not as fast as the
        network answers.
        """
        if changed:
            self.delay = self.first
            at_once = self.at_once_after_change and not self._at_once
            self._at_once = self._fresh = at_once
            return 0.0 if at_once else self.delay
        self._at_once = False
        if self._fresh:  # the first delay after a round that started at once
            self._fresh = False
        else:
            self.delay = min(self.delay * self.factor, self.cap)
        return self.delay

    def wait_after(self, spent: float, *, changed: bool) -> float:
        """The wait before the next refresh when the last one took ``spent`` seconds: the
        next delay minus that time, never below zero."""
        return max(0.0, self.next_delay(changed=changed) - spent)

    def restart(self) -> None:
        """Start again from the shortest delay (the user asked for a refresh)."""
        self.delay = self.first
        self._at_once = self._fresh = False

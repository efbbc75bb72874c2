"""When and how long to wait before repeating an idempotent Rainbow call.

Only GET, PUT and DELETE are repeated: a POST that timed out may have been applied, so repeating
it blindly could declare a PBX twice (the declaration use case checks instead). The statuses are
those the official Rainbow SDK retries, minus 413 (a too-large body stays too large).
"""

from __future__ import annotations

import email.utils
import math
from dataclasses import dataclass, field
from datetime import UTC

import httpx

IDEMPOTENT_METHODS: frozenset[str] = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

RETRY_STATUSES: frozenset[int] = frozenset({408, 429, 500, 502, 503, 504, 521, 522, 524})

#: Transport failures worth repeating for an idempotent call: timeouts, and a connection the
#: server (or a proxy) closed under us. DNS, refused and TLS failures are not: they do not heal
#: in seconds and the technician should see them at once.
RETRY_EXCEPTIONS: tuple[type[httpx.TransportError], ...] = (
    httpx.TimeoutException,
    httpx.RemoteProtocolError,
    httpx.ReadError,
)


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded exponential backoff with jitter, honouring Retry-After up to a cap.

    Attributes:
        max_attempts: total tries of one call, the first included (1 disables retries).
        base_delay: wait before the second try, in seconds; doubles for each further try.
        max_delay: cap of the computed backoff, in seconds.
        jitter: fraction of the backoff that is randomised (0 = none, 1 = "full jitter").
        max_retry_after: cap of a server's Retry-After advice, in seconds: the wait is
            ``min(Retry-After, max_retry_after)``, then the call is tried again.
        statuses: HTTP statuses that are retried.
    """

    max_attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.5
    max_retry_after: float = 30.0
    statuses: frozenset[int] = field(default=RETRY_STATUSES)

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        if not 0.0 <= self.jitter <= 1.0:
            raise ValueError("jitter must be between 0 and 1")

    def backoff(self, attempt: int, random_fraction: float) -> float:
        """Seconds to wait after failed try number ``attempt`` (1-based).

        Args:
            attempt: the try that just failed.
            random_fraction: a number in [0, 1) from the caller's random source.
        """
        delay = min(self.max_delay, self.base_delay * 2.0 ** (attempt - 1))
        return delay * (1.0 - self.jitter) + delay * self.jitter * random_fraction

    def delay_after_status(
        self, attempt: int, retry_after: float | None, random_fraction: float
    ) -> float:
        """Seconds to wait after a retryable status: the server's advice (capped) or backoff."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.max_retry_after)
        return self.backoff(attempt, random_fraction)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date; None when unreadable.

    Args:
        value: the header value.
        now: the current time as a POSIX timestamp (for the HTTP-date form).
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" means UTC with unknown local zone
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now)

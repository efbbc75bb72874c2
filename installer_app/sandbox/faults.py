"""Fault injection and the request log of the Rainbow emulator.

Tests (and the GUI's responsiveness checks) make the emulator misbehave the way networks and
servers do, per route::

    emulator.faults.add("POST", r"/systems$", status=503)            # once, then normal
    emulator.faults.add("GET", r"/companies", status=429, retry_after=2)
    emulator.faults.add("POST", r"/systems$", drop_after_commit=True)  # created, no answer
    emulator.faults.latency = 1.0                                     # every call, 1 s later

A matching rule is consumed by one request (``times`` requests, or forever with ``None``); the
first still active rule whose method and path regex match applies. Every request, answered or
not, is appended to the request log as ``(method, path, status)``; :data:`NO_ANSWER` marks a
request whose connection was closed without an answer. Each record also carries ``started`` and
``ended`` (:class:`TimedRecord`: ``time.monotonic()`` at its arrival and at its answer or
closing), so that a benchmark can tell which calls overlapped.
"""

from __future__ import annotations

import asyncio
import math
import re
import time
from dataclasses import dataclass
from typing import NamedTuple, Self

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware

from installer_app.sandbox import api_errors

#: Status recorded for a request whose connection was closed without an answer.
NO_ANSWER = 0


class RequestRecord(NamedTuple):
    """One request the emulator received: a plain tuple ``(method, path, status)``."""

    method: str
    path: str
    status: int


class TimedRecord(RequestRecord):
    """A :class:`RequestRecord` that also says when the request arrived and when it ended, on
    the ``time.monotonic()`` clock (injected latency included). It compares as the plain
    ``(method, path, status)`` tuple."""

    started: float
    ended: float

    def __new__(cls, method: str, path: str, status: int, started: float, ended: float) -> Self:
        record = super().__new__(cls, method, path, status)
        record.started, record.ended = started, ended
        return record


@dataclass
class FaultRule:
    """One injected fault; see :meth:`FaultInjector.add`."""

    method: str
    path_regex: re.Pattern[str]
    delay: float = 0.0
    status: int | None = None
    retry_after: float | None = None
    drop_after_commit: bool = False
    drop: bool = False
    remaining: int | None = 1

    def matches(self, method: str, path: str) -> bool:
        """Whether this rule still applies to a request."""
        if self.remaining is not None and self.remaining <= 0:
            return False
        return self.method in ("*", method.upper()) and self.path_regex.search(path) is not None


class FaultInjector:
    """The faults to inject, and a global latency.

    Attributes:
        latency: seconds every request waits before being handled (0 = none).
    """

    def __init__(self) -> None:
        self.latency: float = 0.0
        self._rules: list[FaultRule] = []

    @property
    def rules(self) -> list[FaultRule]:
        """The rules, in the order they are tried (a copy)."""
        return list(self._rules)

    def add(
        self,
        method: str,
        path_regex: str,
        *,
        delay: float = 0.0,
        status: int | None = None,
        retry_after: float | None = None,
        drop_after_commit: bool = False,
        drop: bool = False,
        times: int | None = 1,
    ) -> FaultRule:
        """Add a fault for requests whose method and path match.

        Args:
            method: HTTP method, or ``"*"`` for any.
            path_regex: searched (``re.search``) in the request path, without the query.
            delay: seconds to wait before the rest of the rule (or normal handling).
            status: answer this status (4xx/5xx) with Rainbow's error body instead of handling;
                a 429 always carries ``Retry-After`` (1 s unless ``retry_after`` says).
            retry_after: seconds for the ``Retry-After`` header.
            drop_after_commit: handle the request (the change is made) then close the
                connection without answering.
            drop: close the connection without handling the request.
            times: how many requests the rule applies to; ``None`` for all.

        Raises:
            ValueError: contradictory or out-of-range arguments.
        """
        if sum((status is not None, drop, drop_after_commit)) > 1:
            raise ValueError("choose at most one of status, drop and drop_after_commit")
        if status is not None and not 400 <= status <= 599:
            raise ValueError("an injected status must be 4xx or 5xx")
        if delay < 0 or (retry_after is not None and retry_after < 0):
            raise ValueError("delay and retry_after must not be negative")
        if times is not None and times < 1:
            raise ValueError("times must be at least 1, or None for every request")
        rule = FaultRule(
            method.upper(), re.compile(path_regex), delay, status, retry_after,
            drop_after_commit, drop, times,
        )  # fmt: skip
        self._rules.append(rule)
        return rule

    def clear(self) -> None:
        """Remove every rule and the global latency."""
        self._rules.clear()
        self.latency = 0.0

    def take(self, method: str, path: str) -> FaultRule | None:
        """The rule for this request, counting it as used; ``None`` when none applies."""
        for rule in self._rules:
            if rule.matches(method, path):
                if rule.remaining is not None:
                    rule.remaining -= 1
                return rule
        return None


def _retry_after_header(seconds: float) -> str:
    """Whole seconds when whole (as HTTP wants), else the decimal value (fast tests)."""
    return str(int(seconds)) if math.isclose(seconds, round(seconds)) else format(seconds, "g")


def fault_response(rule: FaultRule) -> web.Response:
    """The answer an injected status gives, in Rainbow's error shape."""
    assert rule.status is not None
    status = rule.status
    details = "Too many requests, retry later" if status == 429 else "Injected fault"
    code = api_errors.RATE_LIMITED if status == 429 else None
    headers = {}
    retry_after = (
        rule.retry_after if rule.retry_after is not None else 1.0 if status == 429 else None
    )
    if retry_after is not None:
        headers["Retry-After"] = _retry_after_header(retry_after)
    return web.json_response(api_errors.error_body(status, details, code), status=status,
                             headers=headers)  # fmt: skip


def _close_without_answer(request: web.Request) -> web.Response:
    # Closing the connection makes aiohttp's attempt to write the answer fail with a
    # ConnectionError, which it treats as a client disconnection (debug log only).
    request.protocol.force_close()
    return web.Response(status=204)


def fault_middleware(faults: FaultInjector, log: list[RequestRecord]) -> Middleware:
    """The outermost middleware: latency, injected faults, and the request log."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        method, path, started = request.method, request.path, time.monotonic()
        try:
            response, status = await _apply(request, handler, faults.take(method, path))
        except asyncio.CancelledError:  # the client went away while we waited
            log.append(TimedRecord(method, path, NO_ANSWER, started, time.monotonic()))
            raise
        log.append(TimedRecord(method, path, status, started, time.monotonic()))
        return response

    async def _apply(
        request: web.Request, handler: Handler, rule: FaultRule | None
    ) -> tuple[web.StreamResponse, int]:
        pause = faults.latency + (rule.delay if rule is not None else 0.0)
        if pause > 0:
            await asyncio.sleep(pause)
        if rule is not None and rule.drop:
            await request.read()
            return _close_without_answer(request), NO_ANSWER
        if rule is not None and rule.status is not None:
            answer = fault_response(rule)
            return answer, answer.status
        response = await handler(request)
        if rule is not None and rule.drop_after_commit:
            return _close_without_answer(request), NO_ANSWER
        return response, response.status

    return middleware

"""One HTTP exchange with Rainbow: timeout, retries of idempotent calls, logging, error mapping.

Logs carry the method, the route *template* (``/systems/pbxid/{}``: an equipment id doubles as
the activation code in stock mode, so real paths are not logged), the status and the duration;
never headers, parameters or bodies.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import httpx

from installer_app.rainbow import error_codes, exchange_log
from installer_app.rainbow._network_errors import map_transport_error
from installer_app.rainbow._retry import (
    IDEMPOTENT_METHODS,
    RETRY_EXCEPTIONS,
    RetryPolicy,
    parse_retry_after,
)
from installer_app.rainbow.errors import UnexpectedResponseError, api_error_from_response

logger = logging.getLogger(__name__)

Params = Mapping[str, str | int | bool]


class _DropHttpxRequestLines(logging.Filter):
    """Drops httpx's own "HTTP Request: GET <full URL>" lines.

    They repeat what this module logs, but with the real URL, which may hold an equipment id
    (the activation code in stock mode) or a searched name.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("HTTP Request:")


def _silence_httpx_request_lines() -> None:
    httpx_logger = logging.getLogger("httpx")
    if not any(isinstance(f, _DropHttpxRequestLines) for f in httpx_logger.filters):
        httpx_logger.addFilter(_DropHttpxRequestLines())


class RetryingHttp:
    """Sends requests through an ``httpx.AsyncClient``, repeating idempotent ones when it helps.

    A POST is sent exactly once whatever happens. Cancellation (``asyncio.CancelledError``)
    propagates at once, including during a backoff wait.
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        policy: RetryPolicy,
        *,
        clock: Callable[[], float],
        sleep: Callable[[float], Awaitable[None]],
        random: Callable[[], float],
    ) -> None:
        _silence_httpx_request_lines()
        self._http = http
        self._policy = policy
        self._clock = clock
        self._sleep = sleep
        self._random = random
        self._host = http.base_url.host or str(http.base_url)
        self._port = http.base_url.port or (80 if http.base_url.scheme == "http" else 443)

    async def send(
        self,
        method: str,
        path: str,
        *,
        route: str,
        headers: Mapping[str, str] | None = None,
        params: Params | None = None,
        json: Any = None,
        retry: bool = True,
    ) -> httpx.Response:
        """The response, whatever its status; transport failures raise a ``RainbowError``.

        Args:
            method: HTTP method.
            path: the real path (may hold identifiers; never logged).
            route: the path template to log.
            retry: False to send once even if the method is idempotent (e.g. logout).
        """
        attempts = self._policy.max_attempts if retry and method in IDEMPOTENT_METHODS else 1
        attempt = 1
        while True:
            started = time.perf_counter()
            try:
                response = await self._exchange(
                    method, path, route=route, headers=headers, params=params, json=json
                )
            except httpx.TransportError as exc:
                elapsed = (time.perf_counter() - started) * 1000
                logger.info(
                    "%s %s failed: %s (%.0f ms)", method, route, type(exc).__name__, elapsed
                )
                if attempt < attempts and isinstance(exc, RETRY_EXCEPTIONS):
                    await self._wait(method, route, attempt, attempts, None)
                    attempt += 1
                    continue
                raise map_transport_error(exc, self._host, self._port) from exc
            elapsed = (time.perf_counter() - started) * 1000
            status = response.status_code
            level = logging.DEBUG if status < 400 else logging.INFO
            logger.log(level, "%s %s -> %d (%.0f ms)", method, route, status, elapsed)
            if attempt < attempts and status in self._policy.statuses:
                retry_after = parse_retry_after(response.headers.get("Retry-After"), self._clock())
                await self._wait(method, route, attempt, attempts, retry_after)
                attempt += 1
                continue
            return response

    async def _exchange(
        self,
        method: str,
        path: str,
        *,
        route: str,
        headers: Mapping[str, str] | None,
        params: Params | None,
        json: Any,
    ) -> httpx.Response:
        """One request, recorded in the support log of the exchange (secrets masked)."""
        started = time.perf_counter()
        logged = exchange_log.loggable_path(path, route)
        hidden = exchange_log.hidden_in_path(path, route)
        try:
            response = await self._http.request(
                method, path, headers=headers, params=params, json=json
            )
        except httpx.TransportError as exc:
            elapsed = (time.perf_counter() - started) * 1000
            exchange_log.record(
                method, logged, status=None, duration_ms=elapsed, request_body=json,
                error=type(exc).__name__, hidden=hidden,
            )  # fmt: skip
            raise
        elapsed = (time.perf_counter() - started) * 1000
        exchange_log.record(
            method, logged, status=response.status_code, duration_ms=elapsed, request_body=json,
            response_content=response.content, headers=response.headers, hidden=hidden,
        )  # fmt: skip
        return response

    async def _wait(
        self, method: str, route: str, attempt: int, attempts: int, retry_after: float | None
    ) -> None:
        delay = self._policy.delay_after_status(attempt, retry_after, self._random())
        logger.warning(
            "%s %s: trying again in %.1f s (attempt %d of %d)",
            method,
            route,
            delay,
            attempt + 1,
            attempts,
        )
        await self._sleep(delay)

    async def aclose(self) -> None:
        """Close the underlying connections."""
        await self._http.aclose()


def checked_json(response: httpx.Response, what: str, now: float) -> Any:
    """The decoded JSON body, or the mapped ``RainbowApiError`` for an error status.

    Args:
        response: the answer.
        what: what it is about, for the message of an unreadable answer ("system").
        now: current POSIX time, to read a Retry-After date.
    """
    body: Any = None
    readable = True
    if response.content:
        try:
            body = response.json()
        except ValueError:
            readable = False
    if response.status_code >= 400:
        retry_after = parse_retry_after(response.headers.get("Retry-After"), now)
        raise api_error_from_response(response.status_code, body, retry_after=retry_after)
    if not readable:
        raise UnexpectedResponseError(f"Rainbow's answer about a {what} is not JSON.")
    return body


def session_expired(response: httpx.Response) -> bool:
    """Whether an answer to an authenticated call says the token expired."""
    if response.status_code != 401:
        return False
    try:
        body = response.json()
    except ValueError:
        return False
    if not isinstance(body, dict):
        return False
    code = body.get("errorDetailsCode")
    return error_codes.is_session_expired(
        401, code if isinstance(code, int) else None, body.get("errorDetails")
    )

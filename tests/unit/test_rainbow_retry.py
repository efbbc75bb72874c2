"""Retries: idempotent calls only, bounded backoff with jitter, Retry-After, cancellation."""

from __future__ import annotations

import asyncio
import email.utils
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from installer_app.rainbow import (
    DnsError,
    NetworkTimeout,
    RainbowClient,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    ValidationError,
)
from installer_app.rainbow._retry import parse_retry_after

ADMIN = "/api/rainbow/admin/v1.0"
NOW = 1_700_000_000.0
TOKEN = "header.eyJleHAiOiA0MTAyNDQ0ODAwfQ.sig"  # exp far in the future, no iat


class Server:
    """Answers sign-in, then the scripted answers for the admin call, in order."""

    def __init__(self, *answers: httpx.Response | BaseException) -> None:
        self.answers = list(answers)
        self.calls: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(("/login", "/logout")):
            return httpx.Response(
                200,
                json={"token": TOKEN, "loggedInUser": {"id": "u", "companyId": "bp"}},
            )
        self.calls.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, BaseException):
            raise answer
        return answer


class Sleeps:
    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


def status(code: int, headers: dict[str, str] | None = None) -> httpx.Response:
    body = {
        "errorCode": code,
        "errorMsg": "e",
        "errorDetails": "e",
        "errorDetailsCode": code * 1000,
    }
    return httpx.Response(code, json=body, headers=headers)


OK_COUNTRIES = httpx.Response(200, json={"data": ["FRA"]})
SYSTEM = {"data": {"id": "sys-1", "name": "PBX", "siteId": ["s"], "status": "created"}}


async def run(
    server: Server,
    call: Callable[[RainbowClient], Any],
    policy: RetryPolicy | None = None,
    sleeps: Sleeps | None = None,
) -> Any:
    async with RainbowClient(
        "https://rainbow.test",
        transport=httpx.MockTransport(server),
        retry=policy,
        clock=lambda: NOW,
        sleep=sleeps or Sleeps(),
        random=lambda: 0.5,
    ) as client:
        await client.sign_in("admin@bp.example", "pw")
        return await call(client)


@pytest.mark.asyncio
async def test_get_retried_with_exponential_jittered_backoff() -> None:
    server = Server(status(503), status(502), OK_COUNTRIES)
    sleeps = Sleeps()
    result = await run(server, lambda c: c.list_system_countries(), sleeps=sleeps)
    assert result == ["FRA"]
    assert len(server.calls) == 3
    # base 0.5 s doubling, jitter 0.5 with random 0.5: delay * 0.75
    assert sleeps.delays == [pytest.approx(0.375), pytest.approx(0.75)]


@pytest.mark.asyncio
async def test_gives_up_after_max_attempts() -> None:
    server = Server(status(503))
    sleeps = Sleeps()
    with pytest.raises(ServerError):
        await run(server, lambda c: c.list_system_countries(), RetryPolicy(max_attempts=3), sleeps)
    assert len(server.calls) == 3
    assert len(sleeps.delays) == 2


@pytest.mark.asyncio
@pytest.mark.parametrize("code", [408, 429, 500, 502, 503, 504, 521, 522, 524])
async def test_retried_statuses(code: int) -> None:
    server = Server(status(code), OK_COUNTRIES)
    assert await run(server, lambda c: c.list_system_countries()) == ["FRA"]
    assert len(server.calls) == 2


@pytest.mark.asyncio
@pytest.mark.parametrize("code", [400, 403, 404, 409, 413, 501])
async def test_other_statuses_not_retried(code: int) -> None:
    server = Server(status(code), OK_COUNTRIES)
    with pytest.raises(Exception) as caught:
        await run(server, lambda c: c.list_system_countries())
    assert getattr(caught.value, "status", None) == code
    assert len(server.calls) == 1


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("7", 7.0),
        ("3600", 30.0),  # capped at max_retry_after
        (email.utils.formatdate(NOW + 12, usegmt=True), 12.0),
        ("not a date", 0.375),  # unreadable: backoff
    ],
)
async def test_retry_after_honoured_and_capped(header: str, expected: float) -> None:
    server = Server(status(429, {"Retry-After": header}), OK_COUNTRIES)
    sleeps = Sleeps()
    await run(server, lambda c: c.list_system_countries(), sleeps=sleeps)
    assert sleeps.delays == [pytest.approx(expected)]


@pytest.mark.asyncio
async def test_rate_limited_after_retries_keeps_retry_after() -> None:
    server = Server(status(429, {"Retry-After": "5"}))
    with pytest.raises(RateLimitedError) as caught:
        await run(server, lambda c: c.list_system_countries(), RetryPolicy(max_attempts=2))
    assert caught.value.retry_after == 5.0
    assert len(server.calls) == 2


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "failure",
    [status(503), status(429), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("closed")],
)
async def test_post_never_retried(failure: httpx.Response | Exception) -> None:
    from installer_app.rainbow import RainbowError, SystemRequest

    server = Server(failure, httpx.Response(201, json=SYSTEM))
    request = SystemRequest(name="PBX", site_id="s", country="FRA")
    with pytest.raises(RainbowError):
        await run(server, lambda c: c.create_system(request))
    assert [r.method for r in server.calls] == ["POST"]


@pytest.mark.asyncio
async def test_put_and_delete_retried() -> None:
    server = Server(status(503), httpx.Response(200, json=SYSTEM))
    await run(server, lambda c: c.update_system("sys-1", {"name": "x"}))
    assert [r.method for r in server.calls] == ["PUT", "PUT"]
    server = Server(status(504), httpx.Response(204))
    await run(server, lambda c: c.delete_system("sys-1"))
    assert [r.method for r in server.calls] == ["DELETE", "DELETE"]


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectTimeout("c"), httpx.ReadTimeout("r"), httpx.RemoteProtocolError("closed")],
)
async def test_get_retried_after_timeouts_and_dropped_connections(failure: Exception) -> None:
    server = Server(failure, OK_COUNTRIES)
    assert await run(server, lambda c: c.list_system_countries()) == ["FRA"]
    assert len(server.calls) == 2


@pytest.mark.asyncio
async def test_timeouts_exhausted_raise_network_timeout() -> None:
    server = Server(httpx.ReadTimeout("r"))
    with pytest.raises(NetworkTimeout) as caught:
        await run(server, lambda c: c.list_system_countries(), RetryPolicy(max_attempts=2))
    assert caught.value.phase == "read"
    assert len(server.calls) == 2


@pytest.mark.asyncio
async def test_dns_failure_not_retried() -> None:
    server = Server(httpx.ConnectError("[Errno -2] Name or service not known"), OK_COUNTRIES)
    with pytest.raises(DnsError):
        await run(server, lambda c: c.list_system_countries())
    assert len(server.calls) == 1


@pytest.mark.asyncio
async def test_single_attempt_policy_disables_retries() -> None:
    server = Server(status(503), OK_COUNTRIES)
    with pytest.raises(ServerError):
        await run(server, lambda c: c.list_system_countries(), RetryPolicy(max_attempts=1))
    assert len(server.calls) == 1


@pytest.mark.asyncio
async def test_validation_error_not_retried() -> None:
    server = Server(status(400), OK_COUNTRIES)
    with pytest.raises(ValidationError):
        await run(server, lambda c: c.list_system_countries())
    assert len(server.calls) == 1


@pytest.mark.asyncio
async def test_cancellation_during_backoff_propagates_at_once() -> None:
    server = Server(status(503), OK_COUNTRIES)
    waiting = asyncio.Event()

    async def sleep_forever(_delay: float) -> None:
        waiting.set()
        await asyncio.Event().wait()

    async def call() -> Any:
        async with RainbowClient(
            "https://rainbow.test", transport=httpx.MockTransport(server), sleep=sleep_forever
        ) as client:
            await client.sign_in("admin@bp.example", "pw")
            return await client.list_system_countries()

    task = asyncio.create_task(call())
    await waiting.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert len(server.calls) == 1


@pytest.mark.asyncio
async def test_cancellation_during_request_is_not_mapped_or_retried() -> None:
    server = Server(asyncio.CancelledError(), OK_COUNTRIES)
    with pytest.raises(asyncio.CancelledError):
        await run(server, lambda c: c.list_system_countries())
    assert len(server.calls) == 1


def test_backoff_is_bounded_and_jitter_stays_in_range() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=5.0, jitter=0.5)
    assert policy.backoff(10, 0.0) == pytest.approx(2.5)
    assert policy.backoff(10, 0.999) == pytest.approx(5.0, abs=0.01)
    assert policy.backoff(1, 0.0) == pytest.approx(0.5)
    assert RetryPolicy(jitter=0.0).backoff(2, 0.9) == pytest.approx(1.0)


@pytest.mark.parametrize("kwargs", [{"max_attempts": 0}, {"jitter": 1.5}, {"jitter": -0.1}])
def test_policy_refuses_nonsense(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("-3", None),
        ("inf", None),
        ("2.5", 2.5),
        (email.utils.formatdate(NOW - 60, usegmt=True), 0.0),
        ("Sun, 06 Nov 1994 08:49:37 -0000", 0.0),
        ("garbage", None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, NOW) == expected

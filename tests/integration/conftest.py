"""Fixtures for integration tests against the sandbox emulators on real loopback sockets."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
import pytest_asyncio

from installer_app.rainbow import RainbowClient
from installer_app.sandbox.rainbow_emulator import RainbowEmulator


@pytest_asyncio.fixture
async def rainbow_emulator() -> AsyncIterator[RainbowEmulator]:
    """A Rainbow emulator with the default sandbox seed, listening on 127.0.0.1.

    Strict: it refuses what a lenient Rainbow would ignore, so the program's own calls never
    rely on that leniency.
    """
    emulator = RainbowEmulator(strict_queries=True)
    await emulator.start()
    try:
        yield emulator
    finally:
        await emulator.stop()


# -- the real Rainbow client against the emulator ----------------------------------------------

#: Environment variables httpx reads for proxies (lower case wins over upper case).
PROXY_VARIABLES = tuple(
    name
    for base in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
    for name in (base, base.lower())
)


@pytest.fixture
def direct_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy from the environment: the client's loopback calls reach the emulator directly.

    The client honours HTTP_PROXY/HTTPS_PROXY (and httpx proxies loopback too), so a developer's
    own proxy settings must not leak into tests that are not about proxies.
    """
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def backoff_waits() -> list[float]:
    """The waits the clients of ``make_client`` asked for between retries, in seconds."""
    return []


ClientFactory = Callable[..., RainbowClient]


@pytest_asyncio.fixture
async def make_client(backoff_waits: list[float]) -> AsyncIterator[ClientFactory]:
    """Builds :class:`RainbowClient` objects that never really wait between retries.

    ``make_client(url, **kwargs)`` passes ``kwargs`` on; by default each backoff wait is recorded
    in ``backoff_waits`` and returns at once, and the request timeout is 5 s. Every client made
    is closed (signed out) at the end of the test.
    """
    clients: list[RainbowClient] = []

    async def record_wait(seconds: float) -> None:
        backoff_waits.append(seconds)
        await asyncio.sleep(0)

    def make(base_url: str, **kwargs: Any) -> RainbowClient:
        kwargs.setdefault("sleep", record_wait)
        kwargs.setdefault("timeout", 5.0)
        client = RainbowClient(base_url, **kwargs)
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()


@pytest_asyncio.fixture
async def rainbow_client(
    rainbow_emulator: RainbowEmulator, make_client: ClientFactory, direct_network: None
) -> RainbowClient:
    """The real client, signed in to the default emulator as the sandbox bp_admin."""
    client = make_client(rainbow_emulator.url)
    admin = rainbow_emulator.seed.bp_admin
    await client.sign_in(admin.login_email, admin.password)
    return client

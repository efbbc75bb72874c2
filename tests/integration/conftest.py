"""Fixtures for integration tests against the sandbox emulators on real loopback sockets."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio

from installer_app.sandbox.rainbow_emulator import RainbowEmulator


@pytest_asyncio.fixture
async def rainbow_emulator() -> AsyncIterator[RainbowEmulator]:
    """A Rainbow emulator with the default sandbox seed, listening on 127.0.0.1."""
    emulator = RainbowEmulator()
    await emulator.start()
    try:
        yield emulator
    finally:
        await emulator.stop()

"""The embedded sandbox: the Rainbow emulator and the OXO emulator, started together.

``installer-app sandbox`` and the GUI's ``--sandbox`` mode use :class:`EmbeddedSandbox`, which
serves both from one background thread's loop so that nothing the emulators do touches the
caller's loop (Qt's, under qasync)::

    sandbox = EmbeddedSandbox()
    info = sandbox.start()                 # blocks until both listen
    print(info.to_json_line())
    sandbox.call(lambda: sandbox.oxo.pbx("F1A2B3C4D5").drop_link())
    sandbox.stop()

Tests that run on their own loop use :class:`SandboxServers` (or :func:`running_sandbox`)::

    async with running_sandbox() as info:
        ...

The OXO emulator's PBXs dial the Rainbow emulator's PBX gateway; the stock fleet connects by
itself once declared (see :mod:`installer_app.sandbox.fleet`).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Iterable
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass
from typing import TypedDict, Unpack

from installer_app.domain.servers import SandboxAccount
from installer_app.sandbox.fleet import PbxSpec, default_fleet
from installer_app.sandbox.oxo_agent import Backoff
from installer_app.sandbox.oxo_emulator import OxoEmulator
from installer_app.sandbox.rainbow_emulator import DEFAULT_TOKEN_LIFETIME, RainbowEmulator
from installer_app.sandbox.runner import ThreadServed
from installer_app.sandbox.seed import SandboxSeed
from installer_app.sandbox.serving import AsyncServed


@dataclass(frozen=True)
class SandboxInfo(SandboxAccount):
    """Where the running sandbox is and how to sign in to it (see :class:`SandboxAccount`).

    ``password`` and ``app_secret`` are the public demo account's, valid only against the
    emulator: :meth:`to_json_line` prints them on purpose so a script can sign in; the
    representation leaves them out. ``fleet`` is a list of the PBXs as the OXO emulator lists
    them.
    """

    def to_json_line(self) -> str:
        """One line of JSON with every field (the demo password and app secret included)."""
        return json.dumps(asdict(self), ensure_ascii=False)


class SandboxServers(AsyncServed):
    """Both emulators on the current event loop; an async context manager yielding itself.

    Args:
        seed: the Rainbow emulator's data; the standard sandbox when None.
        fleet: the emulated PBXs; :func:`~installer_app.sandbox.fleet.default_fleet` for the
            seed when None.
        backoff: the PBX agents' delays between attempts (tests pass small ones).
        host: address both listen on (loopback).
        rainbow_port, pbx_port: ports, 0 for free ones.
        token_lifetime: seconds a Rainbow token stays valid.
    """

    def __init__(
        self,
        *,
        seed: SandboxSeed | None = None,
        fleet: Iterable[PbxSpec] | None = None,
        backoff: Backoff | None = None,
        host: str = "127.0.0.1",
        rainbow_port: int = 0,
        pbx_port: int = 0,
        token_lifetime: float = DEFAULT_TOKEN_LIFETIME,
    ) -> None:
        self.rainbow = RainbowEmulator(seed, token_lifetime=token_lifetime)
        pbxs = default_fleet(self.rainbow.seed) if fleet is None else fleet
        self.oxo = OxoEmulator(pbxs, backoff=backoff)
        self._host, self._rainbow_port, self._pbx_port = host, rainbow_port, pbx_port
        self._info: SandboxInfo | None = None

    @property
    def info(self) -> SandboxInfo:
        """The running sandbox's addresses and demo account. Raises RuntimeError if stopped."""
        if self._info is None:
            raise RuntimeError("the sandbox is not running: call start() first")
        return self._info

    async def start(self) -> SandboxInfo:
        """Start Rainbow, then the PBXs dialing its gateway.

        Raises:
            RuntimeError: already running.
            OSError: an address cannot be bound.
        """
        rainbow_url = await self.rainbow.start(self._host, self._rainbow_port)
        try:
            pbx_url = await self.oxo.start(
                self._host, self._pbx_port, gateway_url=self.rainbow.gateway_url
            )
        except BaseException:
            await self.rainbow.stop()
            raise
        seed = self.rainbow.seed
        fleet = [
            {"serial": pbx.serial, "model": pbx.spec.model, "mode": pbx.spec.mode,
             "fleet_ref": pbx.spec.fleet_ref, "installation_ref": pbx.spec.installation_ref,
             "url": f"{pbx_url}/pbxs/{pbx.serial}"}
            for pbx in self.oxo.pbxs.values()
        ]  # fmt: skip
        self._info = SandboxInfo(
            rainbow_url=rainbow_url,
            pbx_url=pbx_url,
            login=seed.bp_admin.login_email,
            password=seed.bp_admin.password,
            app_id=seed.application.id,
            app_secret=seed.application.secret,
            company_id=seed.demo_company_id,
            fleet=fleet,
        )
        return self._info

    async def stop(self) -> None:
        """Stop the PBXs (closing their links), then Rainbow; a no-op when not running."""
        self._info = None
        await self.oxo.stop()
        await self.rainbow.stop()


@asynccontextmanager
async def running_sandbox(
    *,
    seed: SandboxSeed | None = None,
    fleet: Iterable[PbxSpec] | None = None,
    backoff: Backoff | None = None,
) -> AsyncIterator[SandboxInfo]:
    """Both emulators on the current loop for the ``async with`` block; yields their info."""
    async with SandboxServers(seed=seed, fleet=fleet, backoff=backoff) as servers:
        yield servers.info


class SandboxOptions(TypedDict, total=False):
    """The arguments of :class:`SandboxServers`, passed on by :class:`EmbeddedSandbox`."""

    seed: SandboxSeed | None
    fleet: Iterable[PbxSpec] | None
    backoff: Backoff | None
    host: str
    rainbow_port: int
    pbx_port: int
    token_lifetime: float


class EmbeddedSandbox(ThreadServed[SandboxInfo]):
    """Both emulators served from a daemon thread with its own asyncio loop.

    Takes the arguments of :class:`SandboxServers`. Everything that touches the emulators'
    state from another thread goes through :meth:`call`.
    """

    def __init__(self, **options: Unpack[SandboxOptions]) -> None:
        super().__init__("embedded sandbox")
        self._servers = SandboxServers(**options)

    @property
    def rainbow(self) -> RainbowEmulator:
        """The Rainbow emulator (touch its state only through :meth:`call`)."""
        return self._servers.rainbow

    @property
    def oxo(self) -> OxoEmulator:
        """The OXO emulator (touch its state only through :meth:`call`)."""
        return self._servers.oxo

    @property
    def info(self) -> SandboxInfo:
        """The running sandbox's addresses and demo account. Raises RuntimeError if stopped."""
        return self._running()

    def _setup(self) -> Awaitable[SandboxInfo]:
        return self._servers.start()

    def _teardown(self) -> Awaitable[None]:
        return self._servers.stop()

"""The OXO Connect emulator: several emulated PBXs behind one management endpoint.

Each PBX (:class:`~installer_app.sandbox.oxo_pbx.OxoPbx`) holds its Cloud > Rainbow page and,
when Rainbow is enabled, keeps a WebSocket to the Rainbow emulator's PBX gateway, as the real
Cloud Connect agent does towards openrainbow.com::

    rainbow = RainbowEmulator()
    await rainbow.start()
    oxo = OxoEmulator(gateway_url=rainbow.gateway_url)
    pbx_url = await oxo.start()            # "http://127.0.0.1:PORT", see oxo_routes
    ...
    await oxo.stop()
    await rainbow.stop()

In the sandbox the "Domain name" each PBX shows stays ``openrainbow.com``: it is displayed,
but the agents dial the gateway URL given here (a domain outside ``reachable_domains`` counts
as unreachable). Backoff delays are configurable so tests reconnect in milliseconds.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import aiohttp
from aiohttp import web

from installer_app.sandbox.fleet import DEFAULT_DOMAIN, PbxSpec, default_fleet
from installer_app.sandbox.oxo_agent import Backoff, Uplink
from installer_app.sandbox.oxo_pbx import OxoPbx
from installer_app.sandbox.oxo_routes import OXO_CONTEXT, OxoContext, error_middleware, routes
from installer_app.sandbox.serving import AsyncServed, listen

_log = logging.getLogger(__name__)

#: Seconds an agent waits for each answer of the gateway.
DEFAULT_HANDSHAKE_TIMEOUT = 5.0
#: Seconds an agent waits for the gateway's TCP connection.
_CONNECT_TIMEOUT = 5.0


class OxoEmulator(AsyncServed):
    """Emulated OXO Connect PBXs on a loopback management endpoint.

    Args:
        pbxs: the PBXs; the sandbox fleet (:func:`~installer_app.sandbox.fleet.default_fleet`)
            when ``None``.
        gateway_url: the PBX gateway the agents dial (``RainbowEmulator.gateway_url``); may
            also be given to :meth:`start`.
        backoff: delays between an agent's attempts.
        handshake_timeout: seconds an agent waits for each answer of the gateway.
        reachable_domains: "Domain name" values that lead to the gateway.

    Attributes:
        pbxs: the PBXs by CPU serial number, in the fleet's order.

    Raises:
        ValueError: two PBXs with the same serial number.
    """

    def __init__(
        self,
        pbxs: Iterable[PbxSpec] | None = None,
        *,
        gateway_url: str | None = None,
        backoff: Backoff | None = None,
        handshake_timeout: float = DEFAULT_HANDSHAKE_TIMEOUT,
        reachable_domains: Iterable[str] = (DEFAULT_DOMAIN,),
    ) -> None:
        specs = list(default_fleet() if pbxs is None else pbxs)
        self.pbxs: dict[str, OxoPbx] = {spec.serial: OxoPbx(spec) for spec in specs}
        if len(self.pbxs) != len(specs):
            raise ValueError("two emulated PBXs have the same serial number")
        self.gateway_url = gateway_url
        self.backoff = backoff if backoff is not None else Backoff()
        self.handshake_timeout = handshake_timeout
        self.reachable_domains = frozenset(d.lower() for d in reachable_domains)
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self._url: str | None = None

    @property
    def url(self) -> str:
        """Base URL of the management endpoint (the sandbox's ``pbx_url``).

        Raises:
            RuntimeError: not running.
        """
        if self._url is None:
            raise RuntimeError("the OXO emulator is not running: call start() first")
        return self._url

    def pbx(self, serial: str) -> OxoPbx:
        """One PBX by CPU serial number. Raises KeyError when unknown."""
        return self.pbxs[serial]

    def build_app(self) -> web.Application:
        """The management endpoint's aiohttp application."""
        app = web.Application(middlewares=[error_middleware])
        app[OXO_CONTEXT] = OxoContext(self.pbxs, lambda: self.url)
        app.add_routes(routes)
        return app

    async def start(
        self, host: str = "127.0.0.1", port: int = 0, *, gateway_url: str | None = None
    ) -> str:
        """Listen on ``host:port`` (0: any free port), start the agents; return the base URL.

        Raises:
            RuntimeError: already running, or no gateway URL given.
            OSError: the address cannot be bound.
        """
        if self._runner is not None:
            raise RuntimeError("the OXO emulator is already running")
        self.gateway_url = gateway_url or self.gateway_url
        if not self.gateway_url:
            raise RuntimeError("the OXO emulator needs the Rainbow gateway URL its PBXs dial")
        self._runner, self._url = await listen(self.build_app(), host, port)
        self._session = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=None, sock_connect=_CONNECT_TIMEOUT)
        )
        uplink = Uplink(self._session, self.gateway_url, self.backoff,
                        self.handshake_timeout, self.reachable_domains)  # fmt: skip
        for pbx in self.pbxs.values():
            pbx.attach(uplink)
        _log.info("OXO emulator listening on %s with %d PBXs", self._url, len(self.pbxs))
        return self._url

    async def stop(self) -> None:
        """Stop every agent (closing its link), then the endpoint; a no-op when not running."""
        runner, session = self._runner, self._session
        self._runner = self._session = None
        for pbx in self.pbxs.values():
            await pbx.detach()
        if session is not None:
            await session.close()
        if runner is not None:
            await runner.cleanup()
            _log.info("OXO emulator stopped")
        self._url = None

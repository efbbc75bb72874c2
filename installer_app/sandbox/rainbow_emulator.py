"""The Rainbow emulator: a real HTTP server on loopback speaking Rainbow's REST API.

Used by ``installer-app sandbox``, the GUI's ``--sandbox`` mode and integration tests. It
answers the calls the installer makes (authentication, companies, sites, systems) with the
paths, headers, envelopes, error bodies and status changes of docs/rainbow-api.md, so a client
cannot tell it from Rainbow on those calls; and the few more the official clients make at
sign-in (docs/official-clients.md)::

    emulator = RainbowEmulator()
    url = await emulator.start()           # "http://127.0.0.1:PORT"
    ...                                    # point the client at url
    await emulator.stop()

PBX agents (the OXO emulator's) connect to its PBX gateway, a WebSocket at :attr:`gateway_url`
(:mod:`installer_app.sandbox.gateway_routes`).

From another thread (the GUI), run it with :class:`installer_app.sandbox.runner.SandboxThread`.
"""

from __future__ import annotations

import logging
import random
import ssl
import time
from collections.abc import Callable

from aiohttp import web

from installer_app.sandbox import auth_routes, directory_routes, enduser_routes, system_routes
from installer_app.sandbox.faults import FaultInjector, RequestRecord, fault_middleware
from installer_app.sandbox.gateway_routes import PbxGateway, gateway_url, setup_gateway
from installer_app.sandbox.rainbow_store import RainbowStore
from installer_app.sandbox.route_support import CONTEXT, EmulatorContext, error_middleware
from installer_app.sandbox.seed import SandboxSeed
from installer_app.sandbox.serving import AsyncServed, listen
from installer_app.sandbox.sessions import DEFAULT_MAX_TOKEN_RENEW, Sessions

_log = logging.getLogger(__name__)

#: Seconds a token is valid unless told otherwise.
DEFAULT_TOKEN_LIFETIME = 3600.0


class RainbowEmulator(AsyncServed):
    """Rainbow's REST API on a loopback socket, with demo data and fault injection.

    Args:
        seed: the starting data; :meth:`SandboxSeed.default` when ``None``.
        token_lifetime: seconds a JWT stays valid (whole seconds, rounded up).
        clock: wall-clock seconds; tests pass a fake to move time without sleeping.
        max_token_renew: renewals allowed per sign-in (``maxTokenRenew`` in the JWT).
        rng: source of generated codes and ids; seed it for reproducible demos.
        strict_queries: refuse (400) what a lenient Rainbow most likely ignores, such as an
            unparsable ``sortOrder``; the program's own tests turn it on, the sandbox that
            official clients talk to leaves it off.

    Attributes:
        seed: the :class:`SandboxSeed` in use.
        store: the state, for tests to inspect (``store.systems``, ``store.list_systems()``)
            and for the PBX emulator's hooks (``store.agent_connect(...)``).
        faults: the :class:`FaultInjector` for this server (the gateway's handshake too).
        gateway: the PBX gateway's links (``gateway.connected_pbx_ids()``).
        requests: every request received, as ``(method, path, status)``.
    """

    def __init__(
        self,
        seed: SandboxSeed | None = None,
        *,
        token_lifetime: float = DEFAULT_TOKEN_LIFETIME,
        clock: Callable[[], float] = time.time,
        max_token_renew: int = DEFAULT_MAX_TOKEN_RENEW,
        rng: random.Random | None = None,
        strict_queries: bool = False,
    ) -> None:
        self.strict_queries = strict_queries
        self.seed = seed if seed is not None else SandboxSeed.default()
        self.store = RainbowStore(self.seed, clock=clock, rng=rng)
        self.sessions = Sessions(token_lifetime, clock, max_token_renew)
        self.faults = FaultInjector()
        self.gateway = PbxGateway()
        self.store.agent_revoked.append(self.gateway.revoke)
        self.requests: list[RequestRecord] = []
        self._runner: web.AppRunner | None = None
        self._url: str | None = None

    @property
    def url(self) -> str:
        """Base URL of the running server, e.g. ``http://127.0.0.1:54321``.

        Raises:
            RuntimeError: the server is not running.
        """
        if self._url is None:
            raise RuntimeError("the Rainbow emulator is not running: call start() first")
        return self._url

    @property
    def gateway_url(self) -> str:
        """WebSocket URL of the PBX gateway, e.g. ``ws://127.0.0.1:54321/pbx-gateway/v1/connect``.

        Raises:
            RuntimeError: the server is not running.
        """
        return gateway_url(self.url)

    def build_app(self) -> web.Application:
        """The aiohttp application (for embedding in another server or a test client)."""
        app = web.Application(middlewares=[fault_middleware(self.faults, self.requests),
                                           error_middleware])  # fmt: skip
        app[CONTEXT] = EmulatorContext(self.store, self.sessions, self.strict_queries)
        app.add_routes(auth_routes.routes)
        app.add_routes(directory_routes.routes)
        app.add_routes(system_routes.routes)
        app.add_routes(enduser_routes.routes)
        setup_gateway(app, self.gateway)
        return app

    async def start(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        ssl_context: ssl.SSLContext | None = None,
    ) -> str:
        """Listen on ``host:port`` (0 picks a free port) and return the base URL.

        With ``ssl_context`` the server speaks HTTPS and the URL is ``https://``.

        Raises:
            RuntimeError: already running.
            OSError: the address cannot be bound.
        """
        if self._runner is not None:
            raise RuntimeError("the Rainbow emulator is already running")
        self._runner, self._url = await listen(
            self.build_app(), host, port, ssl_context=ssl_context
        )
        _log.info("Rainbow emulator listening on %s", self._url)
        return self._url

    async def stop(self) -> None:
        """Stop listening and close every connection; a no-op when not running."""
        runner, self._runner, self._url = self._runner, None, None
        if runner is not None:
            await runner.cleanup()
            _log.info("Rainbow emulator stopped")

    def expire_tokens(self) -> None:
        """Every token issued so far now answers 401 "jwt expired"."""
        self.sessions.expire_all()

"""What every emulator does to listen and to stop: one aiohttp runner on one address.

:func:`listen` binds an application (HTTP, or HTTPS with a context) and returns the runner and
the base URL; :class:`AsyncServed` makes anything with ``start()`` and ``stop()`` an async
context manager.
"""

from __future__ import annotations

import ssl
from abc import ABC, abstractmethod
from types import TracebackType
from typing import Any, Self

from aiohttp import web

#: Seconds a stopping emulator lets requests still being handled finish.
SHUTDOWN_GRACE = 1.0


async def listen(
    app: web.Application,
    host: str,
    port: int,
    *,
    ssl_context: ssl.SSLContext | None = None,
) -> tuple[web.AppRunner, str]:
    """Serve ``app`` on ``host:port`` (0: any free port); return its runner and base URL.

    Raises:
        OSError: the address cannot be bound (nothing is left running).
    """
    runner = web.AppRunner(
        app,
        handle_signals=False,
        handler_cancellation=True,
        access_log=None,  # paths carry equipment ids (the activation code in stock mode)
        shutdown_timeout=SHUTDOWN_GRACE,
    )
    await runner.setup()
    try:
        site = web.TCPSite(runner, host, port, ssl_context=ssl_context)
        await site.start()
    except BaseException:
        await runner.cleanup()
        raise
    bound_port = runner.addresses[0][1]
    scheme = "https" if ssl_context is not None else "http"
    shown_host = f"[{host}]" if ":" in host else host
    return runner, f"{scheme}://{shown_host}:{bound_port}"


class AsyncServed(ABC):
    """``async with`` for a server: ``start()`` on entry, ``stop()`` on the way out."""

    @abstractmethod
    async def start(self) -> Any:
        """Start serving (every argument has a default)."""

    @abstractmethod
    async def stop(self) -> None:
        """Stop serving; a no-op when not running."""

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

"""What every emulator does to listen, to refuse and to stop: one aiohttp runner on one address.

:func:`listen` binds an application (HTTP, or HTTPS with a context) and returns the runner and
the base URL; :func:`error_middleware` renders every refusal in the emulated API's error shape;
:class:`AsyncServed` makes anything with ``start()`` and ``stop()`` an async context manager.
"""

from __future__ import annotations

import logging
import ssl
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Protocol, Self

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware

_log = logging.getLogger(__name__)

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


class Refusal(Protocol):
    """An emulated API's refusal: its HTTP status and the body that says why."""

    status: int

    def body(self) -> Mapping[str, object]: ...


def error_middleware(
    emulator: str,
    refusal: type[Exception],
    render: Callable[[int, str], Mapping[str, object]],
    internal: str,
) -> Middleware:
    """A middleware answering in the emulated API's error shape.

    Args:
        emulator: its name, for the log of an internal error.
        refusal: the exception type a route raises to refuse (a :class:`Refusal`).
        render: the error body for a status and a sentence (404, 405 and the like).
        internal: the sentence of a 500 answer.
    """

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            return await handler(request)
        except refusal as exc:
            refused: Refusal = exc  # type: ignore[assignment]
            return web.json_response(refused.body(), status=refused.status)
        except web.HTTPException as exc:
            if exc.status < 400:
                raise
            body = render(exc.status, f"{request.method} {request.path}: {exc.reason}")
            headers = {"Allow": exc.headers["Allow"]} if "Allow" in exc.headers else None
            return web.json_response(body, status=exc.status, headers=headers)
        except Exception:
            _log.exception("%s failed on %s %s", emulator, request.method, request.path)
            return web.json_response(render(500, internal), status=500)

    return middleware


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

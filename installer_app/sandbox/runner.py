"""Run a Rainbow emulator on its own event loop in a daemon thread.

The GUI's sandbox mode and synchronous callers use this so that injected latency, or a slow
emulator, never touches the caller's loop (Qt's, under qasync)::

    sandbox = SandboxThread()
    url = sandbox.start()                                  # blocks until listening
    sandbox.call(lambda: sandbox.emulator.faults.add("POST", r"/systems$", status=503))
    ...
    sandbox.stop()

Everything that touches the emulator's state from another thread goes through :meth:`call`,
which runs it on the emulator's loop and waits for the result.
"""

from __future__ import annotations

import asyncio
import inspect
import ssl
import threading
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, TypeVar, overload

from installer_app.sandbox.rainbow_emulator import RainbowEmulator

T = TypeVar("T")

_DEFAULT_TIMEOUT = 10.0


class SandboxThread:
    """A :class:`RainbowEmulator` served from a daemon thread with its own asyncio loop.

    Args:
        emulator: the emulator to run; a default-seeded one when ``None``.
        host: address to listen on (loopback).
        port: port, 0 for any free one.
        ssl_context: serve HTTPS with this context.
    """

    def __init__(
        self,
        emulator: RainbowEmulator | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.emulator = emulator if emulator is not None else RainbowEmulator()
        self._host, self._port, self._ssl_context = host, port, ssl_context
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_requested: asyncio.Event | None = None
        self._ready = threading.Event()
        self._start_error: BaseException | None = None
        self._url: str | None = None

    @property
    def url(self) -> str:
        """Base URL of the running emulator.

        Raises:
            RuntimeError: not started.
        """
        if self._url is None:
            raise RuntimeError("the sandbox is not running: call start() first")
        return self._url

    def start(self, timeout: float = _DEFAULT_TIMEOUT) -> str:
        """Start the thread and block until the emulator listens; return its URL.

        Raises:
            RuntimeError: already started, or not listening within ``timeout`` seconds.
            OSError: the address cannot be bound.
        """
        if self._thread is not None:
            raise RuntimeError("the sandbox is already started")
        self._ready.clear()
        self._start_error = None
        self._thread = threading.Thread(target=self._run, name="rainbow-sandbox", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            raise RuntimeError(f"the Rainbow sandbox did not start within {timeout} s")
        if self._start_error is not None:
            self._thread.join(timeout)
            self._thread = None
            raise self._start_error
        return self.url

    def stop(self, timeout: float = _DEFAULT_TIMEOUT) -> None:
        """Stop the emulator and its thread; a no-op when not started.

        Raises:
            RuntimeError: the thread did not end within ``timeout`` seconds.
        """
        thread, loop, stop_requested = self._thread, self._loop, self._stop_requested
        if thread is None:
            return
        if loop is not None and stop_requested is not None and not loop.is_closed():
            loop.call_soon_threadsafe(stop_requested.set)
        thread.join(timeout)
        if thread.is_alive():
            raise RuntimeError(f"the Rainbow sandbox did not stop within {timeout} s")
        self._thread = self._loop = self._stop_requested = None
        self._url = None

    @overload
    def call(self, fn: Callable[[], Awaitable[T]], timeout: float = ...) -> T: ...

    @overload
    def call(self, fn: Callable[[], T], timeout: float = ...) -> T: ...

    def call(self, fn: Callable[[], Any], timeout: float = _DEFAULT_TIMEOUT) -> Any:
        """Run ``fn()`` on the emulator's loop and return its result (awaited if awaitable).

        Raises:
            RuntimeError: the sandbox is not running.
            TimeoutError: no result within ``timeout`` seconds.
            Exception: whatever ``fn`` raised.
        """
        loop = self._loop
        if loop is None or self._url is None:
            raise RuntimeError("the sandbox is not running: call start() first")

        async def invoke() -> Any:
            result = fn()
            if inspect.isawaitable(result):
                return await result
            return result

        return asyncio.run_coroutine_threadsafe(invoke(), loop).result(timeout)

    def _run(self) -> None:
        with asyncio.Runner() as runner:
            runner.run(self._serve())

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop_requested = asyncio.Event()
        try:
            self._url = await self.emulator.start(
                self._host, self._port, ssl_context=self._ssl_context
            )
        except BaseException as exc:
            self._start_error = exc
            self._ready.set()
            return
        self._ready.set()
        try:
            await self._stop_requested.wait()
        finally:
            await self.emulator.stop()

    def __enter__(self) -> SandboxThread:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

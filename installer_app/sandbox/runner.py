"""Run emulators on their own event loop in a daemon thread.

The GUI's sandbox mode and synchronous callers use this so that injected latency, or a slow
emulator, never touches the caller's loop (Qt's, under qasync)::

    sandbox = SandboxThread()
    url = sandbox.start()                                  # blocks until listening
    sandbox.call(lambda: sandbox.emulator.faults.add("POST", r"/systems$", status=503))
    ...
    sandbox.stop()

Everything that touches the emulator's state from another thread goes through :meth:`call`,
which runs it on the emulator's loop and waits for the result. :class:`BackgroundLoop` is the
thread-and-loop part and :class:`ThreadServed` the start/stop/call around it, shared with
:class:`installer_app.sandbox.embedded.EmbeddedSandbox`.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import ssl
import threading
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, Generic, Self, TypeVar, cast, overload

from installer_app.sandbox.rainbow_emulator import RainbowEmulator

T = TypeVar("T")
S = TypeVar("S")

_DEFAULT_TIMEOUT = 10.0


class BackgroundLoop:
    """An asyncio loop in a daemon thread that serves something until told to stop.

    Args:
        name: the thread's name, and how errors name what runs on it (e.g. "Rainbow sandbox").
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop_requested: asyncio.Event | None = None
        self._running = False

    @property
    def running(self) -> bool:
        """Whether the servers started and are not stopped yet."""
        return self._running

    def start(
        self,
        setup: Callable[[], Awaitable[T]],
        teardown: Callable[[], Awaitable[None]],
        timeout: float = _DEFAULT_TIMEOUT,
    ) -> T:
        """Start the thread, await ``setup()`` on its loop and return its result.

        ``teardown()`` runs on the same loop when :meth:`stop` is called.

        Raises:
            RuntimeError: already started, or ``setup`` not done within ``timeout`` seconds.
            Exception: whatever ``setup`` raised (the thread is then ended).
        """
        if self._thread is not None:
            raise RuntimeError(f"the {self.name} is already started")
        ready = threading.Event()
        outcome: list[Any] = []

        async def serve() -> None:
            self._loop = asyncio.get_running_loop()
            self._stop_requested = asyncio.Event()
            try:
                outcome.append((True, await setup()))
            except BaseException as exc:
                outcome.append((False, exc))
                ready.set()
                return
            self._running = True
            ready.set()
            try:
                await self._stop_requested.wait()
            finally:
                self._running = False
                await teardown()

        def run() -> None:
            with asyncio.Runner() as runner:
                runner.run(serve())

        self._thread = threading.Thread(target=run, name=self.name, daemon=True)
        self._thread.start()
        if not ready.wait(timeout):
            raise RuntimeError(f"the {self.name} did not start within {timeout} s")
        succeeded, value = outcome[0]
        if not succeeded:
            self._thread.join(timeout)
            self._thread = self._loop = self._stop_requested = None
            raise value
        return cast(T, value)

    def stop(self, timeout: float = _DEFAULT_TIMEOUT) -> None:
        """Run the teardown and end the thread; a no-op when not started.

        Raises:
            RuntimeError: the thread did not end within ``timeout`` seconds.
        """
        thread, loop, stop_requested = self._thread, self._loop, self._stop_requested
        if thread is None:
            return
        if loop is not None and stop_requested is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed in the meantime
                loop.call_soon_threadsafe(stop_requested.set)
        thread.join(timeout)
        if thread.is_alive():
            raise RuntimeError(f"the {self.name} did not stop within {timeout} s")
        self._thread = self._loop = self._stop_requested = None

    def call(self, fn: Callable[[], Any], timeout: float = _DEFAULT_TIMEOUT) -> Any:
        """Run ``fn()`` on the loop and return its result (awaited if awaitable).

        Raises:
            RuntimeError: not running.
            TimeoutError: no result within ``timeout`` seconds.
            Exception: whatever ``fn`` raised.
        """
        loop = self._loop
        if loop is None or not self._running:
            raise RuntimeError(f"the {self.name} is not running: call start() first")

        async def invoke() -> Any:
            result = fn()
            if inspect.isawaitable(result):
                return await result
            return result

        return asyncio.run_coroutine_threadsafe(invoke(), loop).result(timeout)


class ThreadServed(ABC, Generic[S]):
    """Something served from a :class:`BackgroundLoop`: start, stop, call, ``with`` block.

    ``start`` returns what the setup returned (an address, a description) and keeps it until
    ``stop``.

    Args:
        name: the thread's name, and how errors name what runs on it.
    """

    def __init__(self, name: str) -> None:
        self._background = BackgroundLoop(name)
        self._served: S | None = None

    @abstractmethod
    def _setup(self) -> Awaitable[S]:
        """Start serving, on the thread's loop."""

    @abstractmethod
    def _teardown(self) -> Awaitable[None]:
        """Stop serving, on the thread's loop."""

    def _running(self) -> S:
        if self._served is None:
            raise RuntimeError("the sandbox is not running: call start() first")
        return self._served

    def start(self, timeout: float = _DEFAULT_TIMEOUT) -> S:
        """Start the thread and block until it serves; return what it serves.

        Raises:
            RuntimeError: already started, or not serving within ``timeout`` seconds.
            OSError: an address cannot be bound.
        """
        self._served = self._background.start(self._setup, self._teardown, timeout)
        return self._served

    def stop(self, timeout: float = _DEFAULT_TIMEOUT) -> None:
        """Stop serving and end the thread; a no-op when not started.

        Raises:
            RuntimeError: the thread did not end within ``timeout`` seconds.
        """
        self._background.stop(timeout)
        self._served = None

    @overload
    def call(self, fn: Callable[[], Awaitable[T]], timeout: float = ...) -> T: ...

    @overload
    def call(self, fn: Callable[[], T], timeout: float = ...) -> T: ...

    def call(self, fn: Callable[[], Any], timeout: float = _DEFAULT_TIMEOUT) -> Any:
        """Run ``fn()`` on the thread's loop and return its result (awaited if awaitable).

        Raises:
            RuntimeError: not running.
            TimeoutError: no result within ``timeout`` seconds.
            Exception: whatever ``fn`` raised.
        """
        self._running()
        return self._background.call(fn, timeout)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


class SandboxThread(ThreadServed[str]):
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
        super().__init__("Rainbow sandbox")
        self.emulator = emulator if emulator is not None else RainbowEmulator()
        self._host, self._port, self._ssl_context = host, port, ssl_context

    @property
    def url(self) -> str:
        """Base URL of the running emulator.

        Raises:
            RuntimeError: not started.
        """
        return self._running()

    def _setup(self) -> Awaitable[str]:
        return self.emulator.start(self._host, self._port, ssl_context=self._ssl_context)

    def _teardown(self) -> Awaitable[None]:
        return self.emulator.stop()

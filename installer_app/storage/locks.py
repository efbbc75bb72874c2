"""Advisory locks between processes of this computer: one lock file per key, in the user's folder.

Two ``installer-app`` processes (or the wizard and a script) declaring the same PBX at the same
moment would each find it undeclared and each create it. The declaration therefore holds a lock
named after the PBX's identity; the second process waits until the first is done, then finds the
PBX declared. The locks are the operating system's (``fcntl``/``msvcrt`` through the ``filelock``
package): a process that dies releases its locks, and a lock file left behind is harmless.

Lock files live in :func:`lock_folder`: ``INSTALLER_APP_LOCK_DIR`` when set (tests, or a shared
folder an administrator chooses), else the user's runtime or cache folder (``%LOCALAPPDATA%``
on Windows, ``~/Library/Caches`` on macOS, ``$XDG_RUNTIME_DIR`` or ``~/.cache`` elsewhere). A lock
file's name is a digest of its key: it says nothing about the customer.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import os
import sys
from collections.abc import AsyncIterator, Callable, Mapping
from pathlib import Path

from filelock import FileLock, Timeout

#: Overrides the folder of the lock files.
LOCK_DIR_ENV = "INSTALLER_APP_LOCK_DIR"
_APP_FOLDER = "installer-app"
#: Seconds between two attempts to take a lock another process holds.
_POLL = 0.05


class LockUnavailable(Exception):
    """A lock could not be taken: ``held`` elsewhere for too long, or its folder is unusable."""

    def __init__(self, message: str, *, held: bool) -> None:
        super().__init__(message)
        self.message = message
        self.held = held


def lock_folder(environ: Mapping[str, str] | None = None) -> Path:
    """The folder of this user's lock files (not created here)."""
    env = os.environ if environ is None else environ
    if env.get(LOCK_DIR_ENV):
        return Path(env[LOCK_DIR_ENV])
    if sys.platform == "win32" and env.get("LOCALAPPDATA"):
        return Path(env["LOCALAPPDATA"]) / _APP_FOLDER / "locks"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / _APP_FOLDER / "locks"
    if env.get("XDG_RUNTIME_DIR"):
        return Path(env["XDG_RUNTIME_DIR"]) / _APP_FOLDER / "locks"
    cache = Path(env["XDG_CACHE_HOME"]) if env.get("XDG_CACHE_HOME") else Path.home() / ".cache"
    return cache / _APP_FOLDER / "locks"


def lock_path(key: str, environ: Mapping[str, str] | None = None) -> Path:
    """The lock file of ``key`` (a digest of it: keys may name customers)."""
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    return lock_folder(environ) / f"{digest}.lock"


@contextlib.asynccontextmanager
async def process_lock(
    key: str, *, wait: float, on_wait: Callable[[], None] | None = None
) -> AsyncIterator[None]:
    """Hold the lock of ``key`` for the ``async with`` block, waiting up to ``wait`` seconds.

    The wait polls without blocking the event loop, and is cancelled with the task; ``on_wait``
    is called once when the lock is found held.

    Raises:
        LockUnavailable: another process held it for ``wait`` seconds, or the lock folder cannot
            be created or written.
    """
    path = lock_path(key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LockUnavailable(
            f"The lock folder {path.parent} cannot be created: {error.strerror or error}.",
            held=False,
        ) from None
    lock = FileLock(path, thread_local=False)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    while True:
        try:
            lock.acquire(timeout=0)
            break
        except Timeout:
            if loop.time() >= deadline:
                raise LockUnavailable(
                    f"Another program on this computer held the lock {path} for {wait:.0f} s.",
                    held=True,
                ) from None
            if on_wait is not None:
                on_wait()
                on_wait = None
            await asyncio.sleep(_POLL)
        except OSError as error:
            raise LockUnavailable(
                f"The lock file {path} cannot be used: {error.strerror or error}.", held=False
            ) from None
    try:
        yield
    finally:
        lock.release()

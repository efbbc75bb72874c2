"""One declaration of a PBX at a time: in this process, and between processes of this computer.

A PBX's identity is its company, site and server name, and in stock mode its equipment id too
(:func:`identity_keys`). :func:`pbx_identity_lock` holds, for each key, an asyncio lock (tasks
of this process: the wizard, a batch's jobs) and then an advisory file lock (other processes:
a second ``installer-app``, the wizard beside a script; see :mod:`installer_app.storage.locks`).
Keys are taken in one order (:func:`lock_order`: equipment ids first, then names), so two
declarations sharing two keys never wait for each other, also when a stock declaration takes its
equipment id's key first and its name's once the site is known (:mod:`.declaration`).

The asyncio locks are kept per event loop (a lock belongs to the loop it was first awaited on,
and the command line runs one loop per command) and dropped when no task holds or awaits them.
"""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from collections.abc import AsyncIterator, Callable, Iterable

from installer_app.services.failures import FailureKind, LocalFileError, UseCaseError
from installer_app.storage.locks import LOCK_DIR_ENV, LockUnavailable, process_lock

#: Seconds a declaration waits for another one of the same PBX, on this computer, to end.
DEFAULT_WAIT = 600.0


class DeclarationBusy(UseCaseError):
    """Another declaration of the same PBX on this computer did not end in time."""

    kind = FailureKind.CONFLICT

    def __init__(self, detail: str) -> None:
        super().__init__(
            "Another declaration of this PBX is running on this computer and did not end in "
            f"time. {detail}",
            "Let it end (or close the program running it), then run the declaration again: it "
            "finds what the other one declared.",
        )


def identity_keys(
    server: str, company_id: str, site_id: str, server_name: str, pbx_id: str | None
) -> list[str]:
    """The keys of a PBX's identity on ``server``, sorted: name on the site, equipment id."""
    base = server.strip().rstrip("/").casefold()
    keys = [f"name|{base}|{company_id}|{site_id}|{server_name.strip().casefold()}"]
    if pbx_id:
        keys.append(f"pbx|{base}|{pbx_id.strip().casefold()}")
    return sorted(keys)


def lock_order(key: str) -> tuple[bool, str]:
    """Sort key of the lock keys: equipment ids (known before the site) before names."""
    return (not key.startswith("pbx|"), key)


class _Slot:
    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.users = 0


_SLOTS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, _Slot]] = (
    weakref.WeakKeyDictionary()
)


@contextlib.asynccontextmanager
async def _task_lock(key: str, on_wait: Callable[[], None] | None) -> AsyncIterator[None]:
    slots = _SLOTS.setdefault(asyncio.get_running_loop(), {})
    slot = slots.setdefault(key, _Slot())
    slot.users += 1
    try:
        if slot.lock.locked() and on_wait is not None:
            on_wait()
        async with slot.lock:
            yield
    finally:
        slot.users -= 1
        if slot.users == 0:
            slots.pop(key, None)


@contextlib.asynccontextmanager
async def pbx_identity_lock(
    keys: Iterable[str],
    *,
    wait: float = DEFAULT_WAIT,
    on_wait: Callable[[], None] | None = None,
) -> AsyncIterator[None]:
    """Hold every key's task lock and process lock for the ``async with`` block.

    ``on_wait`` is called when a lock is found held (to tell the user why nothing moves).

    Raises:
        DeclarationBusy: another process held a key for ``wait`` seconds.
        LocalFileError: the lock folder cannot be created or written.
    """
    async with contextlib.AsyncExitStack() as stack:
        for key in sorted(set(keys), key=lock_order):
            await stack.enter_async_context(_task_lock(key, on_wait))
            try:
                await stack.enter_async_context(process_lock(key, wait=wait, on_wait=on_wait))
            except LockUnavailable as error:
                if error.held:
                    raise DeclarationBusy(error.message) from None
                raise LocalFileError(
                    error.message,
                    "Nothing was declared. Free some space, or set "
                    f"{LOCK_DIR_ENV} to a folder you may write to, then run again.",
                ) from None
        yield

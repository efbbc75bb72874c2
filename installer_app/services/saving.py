"""Saving an installation's progress off the event loop, in order, while the next call runs.

``apply`` records every step in the installation file as it happens. Writing it (a temporary
file, ``fsync``, a rename) takes a few milliseconds, more on a busy or slow disk; on the event
loop, between two Rainbow calls, that time adds to the whole run. :class:`SavesInOrder` hands
each plan to the file's ``save`` in one worker thread instead, one write after the other, while
the caller sends its next call. What must be in the file *before* a call (the declaration's
intent, before the create call) is still saved directly, and :meth:`SavesInOrder.flush` waits
for what was handed over (before the PBX is given credentials the file must hold, at the end).
"""

from __future__ import annotations

import asyncio
from concurrent.futures import Future, ThreadPoolExecutor

from installer_app.domain.plan import InstallationPlan
from installer_app.services.failures import LocalFileError
from installer_app.services.plan_files_service import Save


class SavesInOrder:
    """Writes the plans handed to it with ``save``, in a worker thread, in the order given.

    Each plan handed over is a later version of the same installation than the one before:
    when several wait while one is written, only the last of them is written (the file ends as
    it would have). A failure (``LocalFileError``) stops the writes; it is kept in ``failure``
    for the caller to raise (:meth:`check`, :meth:`flush`). Call it from the event loop's thread.

    Attributes:
        written: the last plan written (None before the first write).
        failure: why a write failed (None while none did).
    """

    def __init__(self, save: Save) -> None:
        self._save = save
        self._worker: ThreadPoolExecutor | None = None
        self._latest: InstallationPlan | None = None
        self._last_write: Future[None] | None = None
        self.written: InstallationPlan | None = None
        self.failure: LocalFileError | None = None

    def __call__(self, plan: InstallationPlan) -> None:
        """Write ``plan`` after the plans handed over before it; returns at once."""
        if self._worker is None:
            self._worker = ThreadPoolExecutor(1, thread_name_prefix="plan-save")
        self._latest = plan
        self._last_write = self._worker.submit(self._write, plan)

    def _write(self, plan: InstallationPlan) -> None:
        if plan is not self._latest or self.failure is not None:
            return  # a later version is waiting behind this one, or the writes stopped
        try:
            self._save(plan)
        except LocalFileError as error:
            self.failure = error
        else:
            self.written = plan

    def check(self) -> None:
        """Raise the failure of a write, if one failed."""
        if self.failure is not None:
            raise self.failure

    async def flush(self) -> None:
        """Wait, without blocking the loop, until everything handed over is written.

        Raises:
            LocalFileError: a write failed.
        """
        if self._last_write is not None:
            await asyncio.wrap_future(self._last_write)
        self.check()

    def close(self) -> None:
        """Write what is still waiting (blocking: on the way out, also after a failure or a
        cancellation), then end the worker thread."""
        if self._worker is not None:
            self._worker.shutdown(wait=True)
            self._worker = None

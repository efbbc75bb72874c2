"""Running a page's network work on the qasync loop, with a busy state and Cancel.

Widgets never await directly in Qt callbacks: they hand a coroutine to a :class:`TaskRunner`,
which runs it as an asyncio task on the GUI's loop (so the GUI never blocks), reports busy/idle,
and cancels it on request or when a newer one replaces it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

logger = logging.getLogger(__name__)


class TaskRunner(QObject):
    """At most one running coroutine; starting another cancels the previous one.

    Signals:
        busyChanged(bool): a task started (True) or ended, whatever the outcome (False).
    """

    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task: asyncio.Task[Any] | None = None

    @property
    def busy(self) -> bool:
        """Whether a task is running, as the page shows it.

        True from :meth:`start` until ``busyChanged(False)`` has been emitted: a task that has
        just finished stays busy until its done callback has run, so whoever polls ``busy`` never
        sees it idle while the page still shows it busy (Next still disabled).
        """
        return self._task is not None

    def start(self, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run ``coroutine`` on the running loop; it must handle its own errors."""
        self.cancel()
        task = asyncio.ensure_future(coroutine)
        self._task = task
        self.busyChanged.emit(True)
        task.add_done_callback(self._finished)
        return task

    def cancel(self) -> None:
        """Cancel the running task, if any."""
        if self._task is not None and not self._task.done():
            self._task.cancel()

    async def stop(self) -> None:
        """Cancel the running task and wait until it has finished cleaning up."""
        task = self._task
        if task is None or task.done():
            return
        task.cancel()
        await asyncio.wait({task})

    def _finished(self, task: asyncio.Task[Any]) -> None:
        if task is self._task:
            self._task = None
            if shiboken6.isValid(self):  # the page may be gone when a cancelled task ends
                self.busyChanged.emit(False)
        if not task.cancelled() and task.exception() is not None:
            error = task.exception()
            logger.error("Unhandled error in a background task", exc_info=error)

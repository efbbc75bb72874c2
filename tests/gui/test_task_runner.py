"""The task runner's busy state never disagrees with what it has signalled.

Pages enable Next on ``busyChanged(False)``; tests and the walkthrough poll ``busy``. A task that
has finished but whose done callback has not run yet must still read as busy, or a poller clicks
a Next button that is still disabled (the walkthrough's lost click).
"""

from __future__ import annotations

import asyncio

from installer_app.ui.tasks import TaskRunner


def test_busy_reads_idle_only_once_idle_was_signalled(qapp) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    signalled: list[bool] = []
    runner.busyChanged.connect(signalled.append)
    seen_idle_before_signal: list[bool] = []

    async def work() -> None:
        return None

    async def scenario() -> None:
        task = runner.start(work())
        # Poll as the walkthrough does, one loop turn at a time: the turn right after the task
        # ends runs before the task's done callbacks.
        while runner.busy:
            await asyncio.sleep(0)
            if task.done() and not runner.busy:
                seen_idle_before_signal.append(signalled[-1])
        await asyncio.sleep(0)

    asyncio.run(scenario())
    assert signalled == [True, False]
    assert seen_idle_before_signal in ([], [False])


def test_a_finished_task_is_busy_until_its_callback_has_run(qapp) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    signalled: list[bool] = []
    runner.busyChanged.connect(signalled.append)
    observed: list[tuple[bool, bool, list[bool]]] = []

    async def work() -> None:
        return None

    async def scenario() -> None:
        task = runner.start(work())
        await asyncio.sleep(0)  # the task runs to its end in this turn; its callback is queued
        observed.append((task.done(), runner.busy, list(signalled)))
        await asyncio.sleep(0)
        observed.append((task.done(), runner.busy, list(signalled)))

    asyncio.run(scenario())
    (done, busy, seen), (_, busy_after, seen_after) = observed
    assert done
    assert busy and seen == [True], "finished, idle not signalled yet: still busy"
    assert not busy_after and seen_after == [True, False]

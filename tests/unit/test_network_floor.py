"""What brings ``apply`` to the network floor: the backoff's rhythm, and the Rainbow calls that
do not depend on each other made at the same time (a fake client records which calls were in
flight together; nothing here measures time)."""

from __future__ import annotations

import asyncio
import itertools
import threading
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import pytest

from installer_app.domain.plan import InstallationPlan
from installer_app.domain.plan_problems import parse_plan
from installer_app.rainbow import Site, System, SystemStateReport
from installer_app.services.apply import apply_plan
from installer_app.services.backoff import Backoff
from installer_app.services.concurrency import both
from installer_app.services.failures import LocalFileError
from installer_app.services.monitor import installation_snapshot, rainbow_snapshot
from installer_app.services.pbx_config import PbxAccess
from installer_app.services.pbx_locks import identity_keys, lock_order
from installer_app.services.plan_declaration import DeclarationNotRecorded, declare_plan
from installer_app.services.watch import connected, watch_installation
from tests.unit.test_plan import stock_data
from tests.unit.test_use_cases import SITE, FakePbx, FakeRainbow, access, stock_plan

T = TypeVar("T")


# -- the backoff ----------------------------------------------------------------------------------


def test_settling_starts_fast_and_backs_off_to_its_cap() -> None:
    backoff = Backoff.settling()
    delays = [backoff.next_delay(changed=False) for _ in range(12)]
    assert delays[:4] == pytest.approx([0.375, 0.5625, 0.84375, 1.265625])
    assert all(a < b for a, b in itertools.pairwise(delays[:9]))
    assert delays[-1] == 10.0 and max(delays) == 10.0


def test_settling_reads_again_at_once_after_a_change_but_never_twice_in_a_row() -> None:
    backoff = Backoff.settling()
    changes = (True, False, False, True, True, False, False, False)
    assert [backoff.next_delay(changed=c) for c in changes] == pytest.approx(
        [0.0, 0.25, 0.375, 0.0, 0.25, 0.375, 0.5625, 0.84375]
    )
    backoff.restart()
    assert backoff.next_delay(changed=False) == 0.375


def test_a_change_starts_the_rhythm_again() -> None:
    backoff = Backoff(first=1.0, factor=2.0, cap=8.0)
    seen = [backoff.next_delay(changed=c) for c in (True, False, False, False, False, True, False)]
    assert seen == [1.0, 2.0, 4.0, 8.0, 8.0, 1.0, 2.0]
    backoff.restart()
    assert backoff.next_delay(changed=False) == 2.0


def test_the_wait_is_the_delay_less_the_rounds_own_time() -> None:
    backoff = Backoff(first=1.0, factor=2.0, cap=8.0)
    assert backoff.wait_after(0.25, changed=True) == 0.75
    assert backoff.wait_after(0.5, changed=False) == 1.5
    assert backoff.wait_after(9.0, changed=False) == 0.0  # a round slower than the delay


@pytest.mark.asyncio
async def test_the_watch_waits_from_the_start_of_one_round_to_the_next() -> None:
    pbx = FakePbx(connect_after=3)
    rainbow = FakeRainbow(pbx)
    plan = await declared(rainbow, pbx)
    now = [0.0]
    waits: list[float] = []

    def clock() -> float:
        now[0] += 0.125  # each reading: a round of reads takes 0.125 s on this fake clock
        return now[0]

    async def sleep(delay: float) -> None:
        waits.append(delay)

    watched = await watch_installation(
        rainbow, pbx, plan, until=connected, backoff=Backoff(1.0, factor=2.0, cap=8.0),
        sleep=sleep, clock=clock,
    )  # fmt: skip
    assert watched.reached
    assert waits == [1.0 - 0.125, 2.0 - 0.125]


# -- calls at the same time ---------------------------------------------------------------------


class Overlaps:
    """Counts the calls in flight; each call lets the loop turn twice before it answers."""

    def __init__(self) -> None:
        self.in_flight: set[str] = set()
        self.together: list[frozenset[str]] = []

    async def call(self, name: str, answer: Callable[[], Awaitable[T]]) -> T:
        self.in_flight.add(name)
        self.together.append(frozenset(self.in_flight))
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        self.in_flight.discard(name)
        return await answer()

    def overlapped(self, first: str, second: str) -> bool:
        return any({first, second} <= names for names in self.together)


class RecordingRainbow(FakeRainbow):
    """The fake Rainbow of the use cases, recording which of its calls overlapped."""

    def __init__(self, pbx: FakePbx) -> None:
        super().__init__(pbx)
        self.calls = Overlaps()

    async def list_sites(self, company_id: str) -> list[Site]:
        return await self.calls.call("sites", lambda: super(RecordingRainbow, self).list_sites(
            company_id))  # fmt: skip

    async def find_system_by_pbx_id(self, pbx_id: str) -> System | None:
        parent = super()
        return await self.calls.call("pbx_id", lambda: parent.find_system_by_pbx_id(pbx_id))

    async def get_system(self, system_id: str, connection_history: bool = False) -> System:
        parent = super()
        return await self.calls.call("system", lambda: parent.get_system(system_id))

    async def get_system_state(self, system_id: str, format: str = "medium") -> SystemStateReport:
        parent = super()
        return await self.calls.call("state", lambda: parent.get_system_state(system_id))


async def declared(rainbow: FakeRainbow, pbx: FakePbx) -> Any:
    result = await declare_plan(rainbow, stock_plan(), reuse_existing=None)
    pbx.pabx_id = result.plan.equipment_id or ""
    return result.plan.model_copy(
        update={"progress": result.plan.progress.model_copy(update={"pbx_configured": True})}
    )


@pytest.mark.asyncio
async def test_a_stock_declaration_finds_the_site_while_it_looks_the_pbx_up() -> None:
    rainbow = RecordingRainbow(FakePbx())
    plan = parse_plan(stock_data(site_id=None))
    assert plan.site_id is None
    result = await declare_plan(rainbow, plan)
    assert rainbow.calls.overlapped("sites", "pbx_id")
    assert result.plan.site_id == SITE and result.outcome.created
    assert rainbow.requests[0].site_id == SITE  # the request carries the site found meanwhile


@pytest.mark.asyncio
async def test_the_system_and_its_state_are_read_at_once() -> None:
    pbx = FakePbx()
    rainbow = RecordingRainbow(pbx)
    plan = await declared(rainbow, pbx)
    snapshot = await rainbow_snapshot(rainbow, plan)
    assert snapshot.system_id == plan.progress.system_id
    assert rainbow.calls.overlapped("system", "state")


@pytest.mark.asyncio
async def test_both_waits_for_the_other_call_and_raises_the_first_failure() -> None:
    ended: list[str] = []

    async def fails(name: str) -> str:
        await asyncio.sleep(0)
        ended.append(name)
        raise ValueError(name)

    async def answers() -> str:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        ended.append("answers")
        return "fine"

    with pytest.raises(ValueError, match="one"):
        await both(fails("one"), fails("two"))
    with pytest.raises(ValueError, match="two"):
        await both(answers(), fails("two"))
    assert "answers" in ended  # not cut short by the other's failure
    assert await both(answers(), answers()) == ("fine", "fine")


def test_equipment_id_locks_come_before_name_locks() -> None:
    keys = identity_keys("https://x.example", "C1", "S1", "Martin", "ALE12-1")
    ordered = sorted(keys, key=lock_order)
    assert ordered[0].startswith("pbx|") and ordered[1].startswith("name|")


# -- a round whose two sides disagree ------------------------------------------------------------


@pytest.mark.asyncio
async def test_the_pbx_is_read_again_when_rainbow_already_says_running() -> None:
    # Rainbow answers a round trip after the PBX: its Running may come from a link the PBX
    # made after it was read. The PBX here connects on its second read.
    driver = FakePbx(connect_after=2)
    rainbow = FakeRainbow(FakePbx(connect_after=0))  # Rainbow sees the PBX connected
    plan = await declared(rainbow, driver)
    snapshot = await installation_snapshot(rainbow, driver, plan)
    assert driver.reads == 2
    assert snapshot.done  # one round, not a second one a backoff delay later


@pytest.mark.asyncio
async def test_the_pbx_is_read_once_when_the_sides_agree() -> None:
    driver = FakePbx(connect_after=5)
    rainbow = FakeRainbow(driver)  # not Running while the PBX is not connected
    plan = await declared(rainbow, driver)
    snapshot = await installation_snapshot(rainbow, driver, plan)
    assert driver.reads == 1
    assert not snapshot.done
    connected_pbx = FakePbx(connect_after=0)
    both_connected = FakeRainbow(connected_pbx)
    plan = await declared(both_connected, connected_pbx)
    assert (await installation_snapshot(both_connected, connected_pbx, plan)).done
    assert connected_pbx.reads == 1


# -- saving while the next call is in flight -----------------------------------------------------


@pytest.mark.asyncio
async def test_apply_saves_in_order_the_intent_before_the_create_the_rest_beside_the_calls() -> (
    None
):
    pbx = FakePbx(connect_after=3)
    rainbow = FakeRainbow(pbx)
    loop_thread = threading.get_ident()
    saved: list[tuple[InstallationPlan, bool, bool]] = []  # plan, created yet, on the loop

    def save(plan: InstallationPlan) -> None:
        saved.append((plan, bool(rainbow.requests), threading.get_ident() == loop_thread))

    opened: list[InstallationPlan] = []
    open_driver = access(pbx).open_driver
    assert open_driver is not None

    async def counting(plan: InstallationPlan) -> Any:
        opened.append(plan)
        return await open_driver(plan)

    applied = await apply_plan(
        rainbow, stock_plan(), pbx=PbxAccess(open_driver=counting), save=save, timeout=60,
        backoff=Backoff(0.0, cap=0.0),
    )  # fmt: skip
    assert applied.done
    intent, created, on_loop = saved[0]
    assert intent.progress.pending_declaration is not None and intent.progress.system_id is None
    assert not created and on_loop  # written, on the loop, before the create call was sent
    later = [plan for plan, _created, _on_loop in saved[1:]]
    assert all(created and not on_loop for _plan, created, on_loop in saved[1:])
    assert later[0].progress.system_id == "sys-1" and later[0].progress.pending_declaration is None
    timelines = [len(plan.progress.timeline) for plan in later]
    assert timelines == sorted(timelines)  # each write a later version than the one before
    assert later[-1] == applied.plan and later[-1].progress.verified
    assert len(opened) == 1 and pbx.closed == 1  # one driver: configured, then watched


@pytest.mark.asyncio
async def test_a_stock_declaration_the_file_cannot_record_stops_the_run() -> None:
    pbx = FakePbx(connect_after=99)
    written: list[InstallationPlan] = []

    def save(plan: InstallationPlan) -> None:
        if written:  # the intent was written; the folder is gone since
            raise LocalFileError("The file x.json cannot be written: no space left on device.")
        written.append(plan)

    with pytest.raises(DeclarationNotRecorded) as caught:
        await apply_plan(
            FakeRainbow(pbx), stock_plan(), pbx=access(pbx), save=save, timeout=60,
            backoff=Backoff(0.0, cap=0.0),
        )  # fmt: skip
    assert caught.value.declaration.plan.progress.system_id == "sys-1"
    assert pbx.reads <= 3  # stopped at the first round, not at the deadline

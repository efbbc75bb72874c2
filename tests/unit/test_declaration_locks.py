"""One declaration of a PBX at a time: the identity keys, the task locks, the lock files, and the
batch's check that no two files describe the same PBX."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

from installer_app.domain.plan_problems import parse_plan
from installer_app.services.batch import repeated_pbxs, same_pbx
from installer_app.services.pbx_locks import DeclarationBusy, identity_keys, pbx_identity_lock
from installer_app.storage.locks import LOCK_DIR_ENV, lock_folder, lock_path, process_lock


def plan(name: str = "Martin OXO", *, mode: str = "btco", site: str | None = "S1", **more: object):
    data: dict[str, object] = {
        "schema_version": 1,
        "pbx_model": "oxo-connect",
        "mode": mode,
        "company": {"id": "C1", "name": "Martin"},
        "site_id": site,
        "server_name": name,
        "dialing": {"country": "FR"},
        **more,
    }
    if mode == "stock":
        data.update(fleet_ref="ALE12", installation_ref="1234.5678.90")
    return parse_plan(data)


def test_identity_keys_ignore_case_and_add_the_stock_equipment_id() -> None:
    btco = identity_keys("https://X.example/", "C1", "S1", " Martin OXO ", None)
    assert btco == identity_keys("https://x.example", "C1", "S1", "martin oxo", None)
    assert len(btco) == 1
    stock = identity_keys("https://x.example", "C1", "S1", "Martin", "ALE12-1")
    assert len(stock) == 2 and stock == sorted(stock)
    assert identity_keys("https://x.example", "C2", "S1", "Martin OXO", None) != btco


@pytest.mark.asyncio
async def test_declarations_of_one_pbx_run_one_at_a_time_others_do_not_wait() -> None:
    order: list[str] = []
    inside = asyncio.Event()
    release = asyncio.Event()
    waited: list[str] = []

    async def declare(label: str, key: str) -> None:
        async with pbx_identity_lock([key], on_wait=lambda: waited.append(label)):
            order.append(f"{label} in")
            inside.set()
            if label == "first":
                await release.wait()
            order.append(f"{label} out")

    first = asyncio.create_task(declare("first", "same"))
    await inside.wait()
    second = asyncio.create_task(declare("second", "same"))
    other = asyncio.create_task(declare("other", "different"))
    await other  # another PBX does not wait
    assert "second in" not in order
    release.set()
    await asyncio.gather(first, second)
    assert order.index("first out") < order.index("second in")
    assert waited == ["second"]


def test_task_locks_work_on_every_new_event_loop() -> None:
    """The command line runs one loop per command: a lock must not stay bound to an old one."""

    async def twice() -> None:
        async def hold() -> None:
            async with pbx_identity_lock(["k"]):
                await asyncio.sleep(0)

        await asyncio.gather(hold(), hold())

    asyncio.run(twice())
    asyncio.run(twice())


@pytest.mark.asyncio
async def test_a_lock_held_by_another_holder_too_long_is_reported(tmp_path: Path) -> None:
    from filelock import FileLock

    path = lock_path("pbx|x")
    path.parent.mkdir(parents=True, exist_ok=True)
    other = FileLock(path)  # stands for another process: its own open file
    other.acquire()
    try:
        with pytest.raises(DeclarationBusy, match="did not end in time"):
            async with pbx_identity_lock(["pbx|x"], wait=0.1):
                pass
    finally:
        other.release()
    async with process_lock("pbx|x", wait=0.1):
        pass


def test_lock_folder_is_chosen_by_the_environment_or_the_user_folders(tmp_path: Path) -> None:
    assert lock_folder({LOCK_DIR_ENV: str(tmp_path)}) == tmp_path
    if sys.platform.startswith("linux"):
        runtime, cache = tmp_path / "run", tmp_path / "cache"
        assert lock_folder({"XDG_CACHE_HOME": str(cache)}) == cache / "installer-app" / "locks"
        both = {"XDG_RUNTIME_DIR": str(runtime), "XDG_CACHE_HOME": str(cache)}
        assert lock_folder(both) == runtime / "installer-app" / "locks"
    # A lock file's name says nothing about the customer.
    assert "Martin" not in lock_path("name|x|C1|S1|Martin").name


def test_two_files_describe_the_same_pbx_by_name_site_or_stock_equipment_id() -> None:
    assert same_pbx(plan(), plan("martin oxo"))
    assert same_pbx(plan(site=None), plan(site="S2"))  # no site yet: may end on either
    assert not same_pbx(plan(site="S1"), plan(site="S2"))
    assert not same_pbx(plan(), plan("Dupont OXO"))
    assert same_pbx(plan("A", mode="stock"), plan("B", mode="stock"))  # same equipment id


def test_the_file_kept_is_the_one_with_progress_else_the_first() -> None:
    a, b, c = Path("a.json"), Path("b.json"), Path("c.json")
    fresh = plan()
    declared = plan(progress={"system_id": "sys-1"})
    assert repeated_pbxs([(a, fresh), (b, fresh), (c, plan("Other"))]) == [(b, a)]
    assert repeated_pbxs([(a, fresh), (b, declared)]) == [(a, b)]

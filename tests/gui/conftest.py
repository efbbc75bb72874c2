"""GUI tests: real widgets driven by pytest-qt, coroutines on a qasync loop, sandbox on loopback.

Async tests (``@pytest.mark.asyncio``) run on a qasync loop, so ``asyncSlot`` handlers and the
wizard's tasks really run while the test awaits. The sandbox runs on its own thread and loop,
exactly as in the program, so injected latency never touches the GUI loop.
"""

from __future__ import annotations

import asyncio
import gc
import itertools
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
import pytest_asyncio
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from installer_app.sandbox.runner import SandboxThread
from installer_app.sandbox.seed import SandboxSeed
from installer_app.services.app_services import AppServices, SandboxAccount, build_services
from installer_app.storage.credentials import CredentialStore
from installer_app.ui.app import configure_application
from installer_app.ui.wizard import InstallerWizard
from tests.conftest import MemoryKeyring


def _qasync_loop() -> asyncio.AbstractEventLoop:
    app = QApplication.instance() or QApplication([])
    configure_application(app)
    return qasync.QEventLoop(app)


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, object]:
    return {"qasync": _qasync_loop}


async def wait_until(condition: Callable[[], object], timeout: float = 10.0) -> None:
    """Let the loop run until ``condition()`` is true; fail after ``timeout`` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(0.01)


@pytest.fixture
def rainbow_sandbox() -> Iterator[SandboxThread]:
    """The Rainbow emulator on its own thread, as the program runs it."""
    with SandboxThread() as running:
        yield running


@pytest.fixture
def sandbox_account(rainbow_sandbox: SandboxThread) -> SandboxAccount:
    seed = SandboxSeed.default()
    return SandboxAccount(
        rainbow_url=rainbow_sandbox.url,
        pbx_url="",
        login=seed.bp_admin.login_email,
        password=seed.bp_admin.password,
        app_id=seed.application.id,
        app_secret=seed.application.secret,
        company_id=seed.demo_company_id,
    )


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def services(memory_keyring: MemoryKeyring) -> AppServices:
    """Services with no sandbox (production defaults) and an in-memory keyring."""
    return build_services(credentials=CredentialStore(memory_keyring, environ={}))


@pytest_asyncio.fixture
async def sandbox_services(
    memory_keyring: MemoryKeyring, sandbox_account: SandboxAccount
) -> AsyncIterator[AppServices]:
    """Services wired to the Rainbow emulator on loopback; signed out afterwards."""
    services = build_services(
        sandbox=sandbox_account, credentials=CredentialStore(memory_keyring, environ={})
    )
    yield services
    await services.rainbow.close()


@pytest.fixture
def make_wizard(qtbot, settings: QSettings) -> Callable[[AppServices], InstallerWizard]:  # type: ignore[no-untyped-def]
    """Build a wizard, shown offscreen, closed after the test."""

    def make(services: AppServices) -> InstallerWizard:
        wizard = InstallerWizard(services, settings=settings)
        qtbot.addWidget(wizard)
        wizard.show()
        return wizard

    return make


#: Tests between two collections of the whole heap, frozen part included (see below).
FULL_COLLECTION_EVERY = 50
_test_numbers = itertools.count(1)


def _freeze_nothing() -> None:
    """``gc.freeze`` during a test: what the test makes stays in reach of the collector."""


@pytest.fixture(autouse=True)
def _collect_qt_garbage_on_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """Collect cyclic garbage (old loops' Qt timers) here, on the GUI thread.

    Left to chance, Python may collect it on the sandbox's thread, and Qt then warns that timers
    cannot be stopped from another thread.

    A full collection scans every object Python tracks: in a test process that collected the
    whole suite, about 170,000 (pytest's items, the imported modules), 40-100 ms each time. So
    what is alive when the test starts, once the last test's garbage is gone, is frozen out of
    the collector (``gc.freeze``), and the collections here scan only what was made since. During
    the test, the program's own ``gc.freeze()`` (the warm-up freezes what its imports made) does
    nothing, so that everything the test made is still scanned at its end. A ``timed`` test runs
    as the program does: its freezes are real and undone afterwards. Garbage among the frozen
    objects (something alive at a test's start, left in a cycle since) is collected with the
    whole heap every ``FULL_COLLECTION_EVERY`` tests, here too.
    """
    if next(_test_numbers) % FULL_COLLECTION_EVERY == 0:
        gc.unfreeze()
    gc.collect()
    freeze = gc.freeze
    freeze()
    timed = request.node.get_closest_marker("timed") is not None
    if not timed:
        gc.freeze = _freeze_nothing
    try:
        yield
    finally:
        gc.freeze = freeze
    if timed:
        gc.unfreeze()
    gc.collect()

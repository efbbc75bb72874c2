"""Test-wide settings: headless Qt, and no test ever touches the real OS keyring by accident.

Every test runs with an in-memory keyring backend unless it is marked ``real_keyring`` (those run
against the Secret Service that ``.ci/run`` starts).
"""

from __future__ import annotations

import contextlib
import gc
import os
import tempfile
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

if TYPE_CHECKING:
    from installer_app.sandbox.embedded import EmbeddedSandbox, SandboxInfo
    from installer_app.services.app_services import AppServices

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests talk to loopback servers; a developer's own proxy settings must not reroute them (the
# proxy tests set their own). Secrets for automation are never inherited either.
for _name in (
    "INSTALLER_APP_PASSWORD",
    "INSTALLER_APP_SECRET",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
):
    os.environ.pop(_name, None)
# The declaration's lock files (one per PBX identity) go to a folder of the test run, never to the
# developer's own cache folder.
os.environ["INSTALLER_APP_LOCK_DIR"] = tempfile.mkdtemp(prefix="installer-app-locks-")


class MemoryKeyring(KeyringBackend):
    """A keyring kept in a dict, for tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.entries[(service, username)]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "real_keyring: runs against the operating system's real keyring backend"
    )
    config.addinivalue_line(
        "markers",
        "timed: bounds a duration (a GUI heartbeat's gaps, an answer's delay); `make test` runs"
        " these alone, after the parallel run, so that its own workers do not slow them",
    )


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> Iterator[MemoryKeyring | None]:
    """The keyring every test sees: in memory, restored afterwards."""
    if request.node.get_closest_marker("real_keyring"):
        yield None
        return
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _timed_tests_freeze_the_test_process(request: pytest.FixtureRequest) -> Iterator[None]:
    """During a ``timed`` test, what was alive before it is frozen out of the collector.

    A timed test bounds the program's pauses. The test process holds far more than the program
    (pytest's collected items: about 170,000 objects); the first full collection that the test's
    own imports set off would scan all of it, 100-400 ms on a busy machine, inside a heartbeat.
    The program freezes its start-up objects the same way (``ui/app.py``, ``ui/warm_up.py``).
    """
    if request.node.get_closest_marker("timed") is None:
        yield
        return
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.collect()


@pytest.fixture
def embedded() -> Iterator[EmbeddedSandbox]:
    """The embedded sandbox (Rainbow and OXO emulators on loopback), fresh for the test."""
    from installer_app.sandbox.embedded import EmbeddedSandbox

    with EmbeddedSandbox() as sandbox:
        yield sandbox


@contextlib.asynccontextmanager
async def services_on_sandbox(
    info: SandboxInfo, backend: KeyringBackend
) -> AsyncIterator[AppServices]:
    """The wizard's services on a running embedded sandbox, as ``installer-app --sandbox``
    builds them (its PBXs opened as the command line's ``--pbx sandbox:URL``), the credentials in
    ``backend`` (no variable of the environment read); closed after."""
    # Imported here: the unit tests, which load this file too, do without Qt.
    from installer_app.services.app_services import build_services
    from installer_app.storage.credentials import CredentialStore
    from installer_app.ui.app import account_from, sandbox_driver_factory

    account = account_from(info)
    built = build_services(
        sandbox=account,
        credentials=CredentialStore(backend, environ={}),
        open_pbx_driver=sandbox_driver_factory(account),
    )
    try:
        yield built
    finally:
        await built.rainbow.close()

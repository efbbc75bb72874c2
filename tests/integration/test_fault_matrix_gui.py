"""The fault matrix through the wizard: each fault met on the page where a technician meets it.

For every fault: the page says what happened and what to do (the declaration page's status line,
the sign-in page's server line, the dashboard's diagnosis); a request is repeated only when that
is safe (lookups yes, the create never); once the fault is gone the job ends with exactly one
system on Rainbow; the installation file is intact (unchanged after a failure, recording the one
system after success); and a 10 ms heartbeat on the GUI loop never stalls. The emulators run on
their own thread, as in the program. Prints ``faults survived: N/N``.
"""

from __future__ import annotations

import asyncio
import json
import ssl
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import qasync
import trustme
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from installer_app.domain.flow import Step
from installer_app.domain.plan import DeliveryMode
from installer_app.sandbox.embedded import EmbeddedSandbox
from installer_app.sandbox.faults import NO_ANSWER
from installer_app.sandbox.oxo_agent import Backoff
from installer_app.sandbox.rainbow_emulator import RainbowEmulator
from installer_app.sandbox.runner import SandboxThread
from installer_app.sandbox.seed import SandboxSeed
from installer_app.services.app_services import AppServices, SandboxAccount
from installer_app.services.rainbow_session import RainbowSessionService
from installer_app.storage.credentials import CredentialStore
from installer_app.storage.drafts import draft_from_data
from installer_app.storage.plan_files import load_plan, save_plan
from installer_app.ui.app import account_from, sandbox_driver_factory
from installer_app.ui.support.drafts import DraftKeeper, draft_path
from installer_app.ui.wizard import InstallerWizard, page_id
from tests.conftest import MemoryKeyring
from tests.gui.conftest import wait_until
from tests.gui.test_responsiveness import Heartbeat
from tests.gui.test_sign_in_page import open_sign_in

pytestmark = [pytest.mark.slow, pytest.mark.timed]

SEED = SandboxSeed.default()
MARTIN = SEED.demo_company_id
SYSTEMS = r"/systems$"
BY_PBX_ID = r"/systems/pbxid/"
EQUIPMENT_ID = "ALE12-1234.5678.90"
#: Seconds each request may take in the wizard under test; an injected delay of LONG exceeds it.
REQUEST_TIMEOUT = 2.0
LONG = 30.0
#: The longest the GUI loop may go without a heartbeat, in milliseconds.
MAX_GAP_MS = 150.0


# -- one wizard on one emulator ------------------------------------------------------------------


def _thread_account(sandbox: SandboxThread) -> SandboxAccount:
    return SandboxAccount(
        rainbow_url=sandbox.url,
        pbx_url="",
        login=SEED.bp_admin.login_email,
        password=SEED.bp_admin.password,
        app_id=SEED.application.id,
        app_secret=SEED.application.secret,
        company_id=MARTIN,
    )


class Harness:
    """A wizard wired to an emulator on its own thread, with its own installation file.

    Args:
        folder: where the installation file and settings go.
        sandbox: a running :class:`SandboxThread` or :class:`EmbeddedSandbox`.
        qtbot: pytest-qt's bot (widgets are closed after the test).
    """

    def __init__(self, folder: Path, sandbox: SandboxThread | EmbeddedSandbox, qtbot: Any) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.sandbox = sandbox
        self.qtbot = qtbot
        if isinstance(sandbox, EmbeddedSandbox):
            self.account = account_from(sandbox.info)
            factory = sandbox_driver_factory(self.account)
        else:
            self.account = _thread_account(sandbox)
            factory = None
        store = CredentialStore(MemoryKeyring(), environ={})
        self.services = AppServices(
            rainbow=RainbowSessionService(store, timeout=REQUEST_TIMEOUT),
            credentials=store,
            sandbox=self.account,
            default_server=self.account.rainbow_url,
            open_pbx_driver=factory,
        )
        self.settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        self.plan_path = folder / "installation.oxoplan.json"
        self.heartbeat = Heartbeat()
        self.wizard = self.new_wizard()

    @property
    def emulator(self) -> RainbowEmulator:
        return (
            self.sandbox.rainbow
            if isinstance(self.sandbox, EmbeddedSandbox)
            else (self.sandbox.emulator)
        )

    def call(self, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` on the emulator's thread (its state is touched only there)."""
        return self.sandbox.call(fn)

    def new_wizard(self) -> InstallerWizard:
        wizard = InstallerWizard(self.services, settings=self.settings)
        self.qtbot.addWidget(wizard)
        wizard.show()
        wizard.plan_path = self.plan_path
        return wizard

    async def close(self) -> None:
        self.heartbeat.timer.stop()
        await self.wizard.shutdown()
        await self.services.rainbow.close()

    # -- what the emulator holds ---------------------------------------------------------

    def systems(self) -> list[Any]:
        seeded = {s.id for s in SEED.systems}
        return self.call(
            lambda: [s for s in self.emulator.store.systems.values() if s.id not in seeded]
        )

    def requests(self, method: str, pattern: str) -> list[int]:
        import re

        return self.call(
            lambda: [
                r.status
                for r in self.emulator.requests
                if r.method == method and re.search(pattern, r.path)
            ]
        )

    def add_fault(self, method: str, path: str, **fault: Any) -> Any:
        return self.call(lambda: self.emulator.faults.add(method, path, **fault))

    # -- driving the wizard ----------------------------------------------------------------

    async def sign_in(self) -> None:
        await self.services.rainbow.sign_in(
            self.account.rainbow_url, self.account.login, self.account.password
        )
        self.wizard.state.signed_in = True

    def prepare(self, **changes: Any) -> None:
        """The state of a technician who reached the summary, saved as the installation file."""
        state = self.wizard.state
        state.rainbow_server = self.account.rainbow_url
        state.company_id, state.company_name = MARTIN, "Boulangerie Martin SARL"
        state.server_name = "Martin OXO"
        state.mode = DeliveryMode.STOCK
        state.fleet_ref, state.installation_ref = "ALE12", "1234.5678.90"
        state.country, state.national_prefix, state.international_prefix = "FR", "0", "00"
        for name, value in changes.items():
            setattr(state, name, value)
        save_plan(self.plan_path, state.to_plan())
        self.saved = self.plan_path.read_bytes()

    def start_heartbeat(self) -> None:
        self.heartbeat.start()

    async def declare(self) -> Any:
        """Open the declaration page (it declares at once) and wait until it is done."""
        self.wizard.setStartId(page_id(Step.DECLARATION))
        self.wizard.restart()
        page = self.wizard.page_for(Step.DECLARATION)
        await self._settled(page)
        return page

    @staticmethod
    async def _settled(page: Any) -> None:
        """The declaration ended and the page has shown it (buttons and bar updated)."""
        await wait_until(lambda: not page.runner.busy and page.progress.isHidden(), 60)

    async def declare_again(self, page: Any) -> None:
        assert page.retry_button.isEnabled()
        QTest.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
        await wait_until(lambda: page.runner.busy, 5)
        await self._settled(page)

    # -- what must hold --------------------------------------------------------------------

    def assert_file_untouched(self) -> None:
        assert self.plan_path.read_bytes() == self.saved, "the installation file changed"

    def assert_only_intent_recorded(self) -> None:
        """The file holds what it held plus the unfinished declaration written before the
        create call (when, server, company, site, name, mode: no secret)."""
        before = json.loads(self.saved)
        now = json.loads(self.plan_path.read_bytes())
        intent = now["progress"].pop("pending_declaration")
        before["progress"].pop("pending_declaration", None)
        assert now == before, "the installation file changed beyond the intent"
        assert intent["server_name"] == before["server_name"]
        assert set(intent) == {
            "started_at", "rainbow_server", "company_id", "site_id", "server_name", "mode"
        }  # fmt: skip

    def assert_exactly_one_system(self) -> str:
        systems = self.systems()
        assert [s.pbx_id for s in systems] == [EQUIPMENT_ID], f"systems: {systems}"
        recorded = load_plan(self.plan_path)
        assert recorded.progress.system_id == systems[0].id, "the file records the system"
        return str(systems[0].id)

    def assert_responsive(self) -> None:
        assert self.heartbeat.gaps, "the heartbeat never beat"
        assert self.heartbeat.worst < MAX_GAP_MS, f"GUI stalled {self.heartbeat.worst:.0f} ms"


def assert_says(text: str, *expected: str) -> None:
    for words in expected:
        assert words in text, f"{words!r} not in {text!r}"


def assert_draft_intact(wizard: InstallerWizard) -> None:
    """The autosaved draft, when there is one, is whole: it opens as a draft."""
    path = draft_path(wizard)
    if path.exists():
        draft_from_data(json.loads(path.read_text("utf-8")))


# -- the cases -----------------------------------------------------------------------------------


async def refused_mid_flow(h: Harness) -> None:
    await h.sign_in()
    h.prepare()
    port = int(h.account.rainbow_url.rsplit(":", 1)[1])
    h.call(h.emulator.stop)  # the server goes away after sign-in
    h.start_heartbeat()
    page = await h.declare()
    assert_says(page.status_label.text(), "was refused", "Check the server address and port")
    h.assert_file_untouched()
    h.call(lambda: h.emulator.start(port=port))
    await h.declare_again(page)
    assert h.requests("POST", SYSTEMS) == [201]
    h.assert_exactly_one_system()


async def dns_failure(h: Harness) -> None:
    h.prepare()
    h.start_heartbeat()
    page = open_sign_in(h.wizard, "https://rainbow-sandbox.invalid")
    page.form.login_edit.setText(h.account.login)
    page.form.password_edit.setText(h.account.password)
    assert page.start_sign_in()
    await wait_until(lambda: not page.busy, 30)
    assert_says(
        page.form.server_message.text(),
        "rainbow-sandbox.invalid could not be found (DNS)",
        "Check the server address",
    )
    assert not h.wizard.state.signed_in
    assert h.call(lambda: list(h.emulator.requests)) == []
    h.assert_file_untouched()
    await h.sign_in()  # the address corrected
    await h.declare()
    h.assert_exactly_one_system()


async def tls_failure(h: Harness) -> None:
    h.prepare()
    h.start_heartbeat()
    page = open_sign_in(h.wizard, h.account.rainbow_url)
    assert page.start_sign_in()
    await wait_until(lambda: not page.busy, 30)
    assert_says(
        page.form.server_message.text(), "certificate is not trusted", "Settings (custom CA bundle)"
    )
    assert h.call(lambda: list(h.emulator.requests)) == []
    h.assert_file_untouched()
    from installer_app.ui.dialogs.settings_dialog import open_settings

    dialog = open_settings(h.wizard)  # the remedy the message names
    dialog.ca_edit.setText(str(h.folder / "ca.pem"))
    dialog.accept()
    assert not dialog.isVisible()
    assert page.start_sign_in()
    await wait_until(lambda: not page.busy, 30)
    assert h.wizard.state.signed_in, page.form.server_message.text()
    await h.declare()
    h.assert_exactly_one_system()


def create_failure(
    status: int, *expected: str, **fault: Any
) -> Callable[[Harness], Awaitable[None]]:
    """The create (POST) answers ``status`` (or stalls): reported, never repeated."""

    async def case(h: Harness) -> None:
        await h.sign_in()
        h.prepare()
        if status:
            h.add_fault("POST", SYSTEMS, status=status, **fault)
        else:
            h.add_fault("POST", SYSTEMS, delay=LONG)
        h.start_heartbeat()
        page = await h.declare()
        assert_says(page.status_label.text(), *expected)
        await wait_until(lambda: len(h.requests("POST", SYSTEMS)) == 1)  # logged once it ends
        assert h.requests("POST", SYSTEMS) == [status or NO_ANSWER]
        assert h.systems() == []
        h.assert_only_intent_recorded()
        await h.declare_again(page)
        assert h.requests("POST", SYSTEMS) == [status or NO_ANSWER, 201]
        h.assert_exactly_one_system()

    return case


async def lookup_rate_limited(h: Harness) -> None:
    await h.sign_in()
    h.prepare()
    h.add_fault("GET", BY_PBX_ID, status=429, retry_after=1)
    h.start_heartbeat()
    started = time.perf_counter()
    page = await h.declare()
    assert time.perf_counter() - started >= 0.9, "Retry-After was not honoured"
    assert_says(page.status_label.text(), "Declared on Rainbow")
    assert h.requests("GET", BY_PBX_ID)[:2] == [429, 404]  # the safe lookup was repeated
    assert h.requests("POST", SYSTEMS) == [201]
    h.assert_exactly_one_system()


async def token_expired(h: Harness) -> None:
    await h.sign_in()
    h.prepare()
    h.call(h.emulator.expire_tokens)
    h.start_heartbeat()
    page = await h.declare()
    assert_says(page.status_label.text(), "Declared on Rainbow")
    logins = h.requests("GET", r"/authentication/v1.0/login$")
    assert logins == [200, 200], "signed in again once, transparently"
    admin = h.requests("GET", r"/admin/")
    # The calls sent with the expired token: the site and the equipment id's lookup, made
    # together; then none (both were sent again after the one new sign-in).
    assert admin[:2] == [401, 401] and admin.count(401) == 2
    assert h.requests("POST", SYSTEMS) == [201]
    h.assert_exactly_one_system()


async def answer_lost_after_commit(h: Harness) -> None:
    await h.sign_in()
    h.prepare()
    h.add_fault("POST", SYSTEMS, drop_after_commit=True)
    h.start_heartbeat()
    page = await h.declare()
    system_id = h.assert_exactly_one_system()
    assert_says(page.status_label.text(), f"Declared on Rainbow (system {system_id})")
    assert h.requests("POST", SYSTEMS) == [NO_ANSWER]  # found by a lookup, not sent again
    assert len(h.requests("GET", BY_PBX_ID)) == 2


async def pbx_link_drops(h: Harness) -> None:
    stock = next(p for p in h.account.fleet if p["mode"] == "stock")
    await h.sign_in()
    h.prepare(fleet_ref=stock["fleet_ref"], installation_ref=stock["installation_ref"])
    h.start_heartbeat()
    await h.declare()
    h.wizard.state.progress.pbx_configured = True  # stock: nothing to configure on the PBX
    h.wizard.setStartId(page_id(Step.DASHBOARD))
    h.wizard.restart()
    dashboard: Any = h.wizard.page_for(Step.DASHBOARD)
    await wait_until(lambda: dashboard.snapshot is not None and dashboard.snapshot.done, 30)
    healthy = dashboard.cause.text()
    async with httpx.AsyncClient(trust_env=False) as client:
        answer = await client.post(f"{stock['url']}/faults/drop-link")
    assert answer.status_code == 204
    dashboard.refresh_now()
    await wait_until(lambda: dashboard.pbx_connection.text() != "Connected", 10)
    assert dashboard.cause.text() != healthy
    assert_says(dashboard.cause.text(), "link between the PBX and Rainbow was lost")
    assert_says(dashboard.next_action.text(), "Wait", "firewall")
    await wait_until(lambda: dashboard.snapshot is not None and dashboard.snapshot.done, 30)
    assert dashboard.pbx_connection.text() == "Connected"
    systems = h.systems()
    assert len(systems) == 1
    assert load_plan(h.plan_path).progress.system_id == systems[0].id


async def killed_and_restarted(h: Harness) -> None:
    await h.sign_in()
    h.prepare()
    slow = h.add_fault("POST", SYSTEMS, delay=LONG)
    h.start_heartbeat()
    h.wizard.setStartId(page_id(Step.DECLARATION))
    h.wizard.restart()
    await wait_until(lambda: h.call(lambda: slow.remaining) == 0, 10)  # the POST is in flight
    # The program goes away mid-declaration: its work stops, its connections close.
    await h.wizard.shutdown()
    await h.services.rainbow.close()
    h.wizard.close()
    h.assert_only_intent_recorded()
    await wait_until(lambda: h.requests("POST", SYSTEMS) == [NO_ANSWER], 10)
    assert h.systems() == []
    assert_draft_intact(h.wizard)
    # Started again: the start page offers the draft; resuming asks to sign in again, then
    # goes on to the declaration, which finds nothing declared and declares once.
    h.heartbeat.timer.stop()  # building the new window is start-up, not the loop stalling
    h.wizard = h.new_wizard()
    h.heartbeat.timer.start()
    h.heartbeat.last = time.perf_counter()
    keeper = h.wizard.findChild(DraftKeeper, "draftKeeper")
    assert keeper is not None and keeper.found is not None
    assert keeper.found.step is Step.DECLARATION and keeper.resume_button is not None
    QTest.mouseClick(keeper.resume_button, Qt.MouseButton.LeftButton)
    assert h.wizard.current_step() is Step.SIGN_IN
    assert h.wizard.page_for(Step.SIGN_IN).start_sign_in()  # type: ignore[attr-defined]
    await wait_until(lambda: h.wizard.current_step() is Step.DECLARATION, 30)
    page = h.wizard.page_for(Step.DECLARATION)
    await h._settled(page)
    assert_says(page.status_label.text(), "Declared on Rainbow")  # type: ignore[attr-defined]
    assert h.requests("POST", SYSTEMS) == [NO_ANSWER, 201]
    h.assert_exactly_one_system()


@dataclass(frozen=True)
class GuiFault:
    name: str
    case: Callable[[Harness], Awaitable[None]]
    sandbox: str = "rainbow"  # "rainbow", "https" (untrusted certificate) or "embedded"


GUI_FAULTS: tuple[GuiFault, ...] = (
    GuiFault("connection-refused", refused_mid_flow),
    GuiFault("dns-failure", dns_failure),
    GuiFault("tls-untrusted-certificate", tls_failure, sandbox="https"),
    GuiFault("create-read-timeout", create_failure(0, "did not answer in time", "try again")),
    GuiFault("create-500", create_failure(500, "internal problem", "try again")),
    GuiFault("create-502", create_failure(502, "internal problem", "try again")),
    GuiFault("create-503", create_failure(503, "internal problem", "try again")),
    GuiFault("create-429", create_failure(429, "too many requests", "Wait a minute",
                                          retry_after=2)),
    GuiFault("lookup-429-retry-after", lookup_rate_limited),
    GuiFault("token-expired-mid-flow", token_expired),
    GuiFault("create-answer-lost-after-commit", answer_lost_after_commit),
    GuiFault("pbx-link-drops", pbx_link_drops, sandbox="embedded"),
    GuiFault("killed-mid-declaration-and-restarted", killed_and_restarted),
)  # fmt: skip


# -- running the matrix --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


def sandbox_for(
    fault: GuiFault, authority: trustme.CA, folder: Path
) -> AbstractContextManager[Any]:
    if fault.sandbox == "embedded":
        return EmbeddedSandbox(backoff=Backoff(base=3.0, cap=3.0))
    if fault.sandbox == "https":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        authority.issue_cert("127.0.0.1", "localhost").configure_cert(context)
        folder.mkdir(parents=True, exist_ok=True)
        authority.cert_pem.write_to_path(str(folder / "ca.pem"))
        return SandboxThread(ssl_context=context)
    return SandboxThread()


async def run_fault(fault: GuiFault, folder: Path, authority: trustme.CA, qtbot: Any) -> None:
    with sandbox_for(fault, authority, folder) as sandbox:
        harness = Harness(folder, sandbox, qtbot)
        try:
            await fault.case(harness)
            harness.assert_responsive()
            assert_draft_intact(harness.wizard)
        finally:
            await harness.close()


@pytest.fixture
def qt_loop() -> Iterator[asyncio.AbstractEventLoop]:
    """A qasync loop for this module (the GUI conftest's loop hook does not reach it)."""
    loop = qasync.QEventLoop(QApplication.instance() or QApplication([]))
    try:
        yield loop
    finally:
        loop.close()


def test_gui_fault_matrix(qtbot, qt_loop, authority: trustme.CA, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Every fault of the matrix through the wizard; prints the figure line."""
    failures: list[str] = []

    async def run_all() -> None:
        for fault in GUI_FAULTS:
            try:
                await run_fault(fault, tmp_path / fault.name, authority, qtbot)
            except Exception as exc:  # a crash is a fault not survived, like a failed check
                failures.append(f"{fault.name}: {type(exc).__name__}: {exc}")

    qt_loop.run_until_complete(run_all())
    survived = len(GUI_FAULTS) - len(failures)
    print(f"faults survived: {survived}/{len(GUI_FAULTS)}")
    assert failures == []


def test_the_gui_matrix_covers_every_fault_the_issue_names() -> None:
    names = {fault.name for fault in GUI_FAULTS}
    for expected in (
        "connection-refused", "dns-failure", "tls-untrusted-certificate", "create-read-timeout",
        "create-500", "create-502", "create-503", "lookup-429-retry-after",
        "token-expired-mid-flow", "create-answer-lost-after-commit", "pbx-link-drops",
        "killed-mid-declaration-and-restarted",
    ):  # fmt: skip
        assert expected in names
    assert len(names) == len(GUI_FAULTS)

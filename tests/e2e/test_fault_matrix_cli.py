"""The fault matrix through the command line: ``installer-app declare`` / ``apply`` in their own
processes against emulators on loopback (served from this process's threads, so faults can be
injected while a command runs).

For every fault: stderr names the cause (``error:``) and the next action (``hint:``, or the
diagnosis's ``cause:``/``next:``) and the exit code is the documented one; a request is repeated
only where that is safe; running the command again once the fault is gone leaves exactly one
system on Rainbow; the installation file is byte for byte unchanged by a failure and records the
system after success. A process killed with SIGKILL mid-declaration is run again. Prints
``faults survived: N/N``.
"""

from __future__ import annotations

import json
import os
import re
import signal
import ssl
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme

from installer_app.sandbox.embedded import EmbeddedSandbox
from installer_app.sandbox.faults import NO_ANSWER
from installer_app.sandbox.oxo_agent import Backoff
from installer_app.sandbox.rainbow_emulator import RainbowEmulator
from installer_app.sandbox.runner import SandboxThread
from installer_app.sandbox.seed import SandboxSeed
from installer_app.storage.plan_files import load_plan, save_plan
from tests.integration.test_declaration_faults import EQUIPMENT_ID, closed_port_url, make_plan

pytestmark = pytest.mark.slow

SEED = SandboxSeed.default()
SYSTEMS = r"/systems$"
BY_PBX_ID = r"/systems/pbxid/"
LOGIN = r"/authentication/v1.0/login$"
LONG = 30.0
REQUEST_TIMEOUT = "2"
UNREACHABLE, OK = 5, 0


def cli_env(home: Path) -> dict[str, str]:
    """The environment of a command: the demo password, no real keyring, a home of its own."""
    return {
        **os.environ,
        "INSTALLER_APP_PASSWORD": SEED.bp_admin.password,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "QT_QPA_PLATFORM": "offscreen",
    }


class Case:
    """One fault's run: a sandbox, an installation file, and the commands run against it."""

    def __init__(self, folder: Path, sandbox: SandboxThread | EmbeddedSandbox) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.sandbox = sandbox
        self.url = (
            sandbox.info.rainbow_url if isinstance(sandbox, EmbeddedSandbox) else (sandbox.url)
        )
        self.plan_path = folder / "installation.oxoplan.json"
        self.env = cli_env(folder / "home")
        self.stderr: list[str] = []

    @property
    def emulator(self) -> RainbowEmulator:
        return (
            self.sandbox.rainbow
            if isinstance(self.sandbox, EmbeddedSandbox)
            else (self.sandbox.emulator)
        )

    def call(self, fn: Callable[[], Any]) -> Any:
        return self.sandbox.call(fn)

    def write_plan(self, **changes: Any) -> None:
        save_plan(self.plan_path, make_plan(**changes))
        self.saved = self.plan_path.read_bytes()

    def args(self, command: str, *extra: str, url: str | None = None) -> list[str]:
        return [
            sys.executable, "-m", "installer_app", command, str(self.plan_path),
            "--rainbow-url", url or self.url, "--login", SEED.bp_admin.login_email,
            "--timeout" if command == "declare" else "--request-timeout", REQUEST_TIMEOUT,
            *extra,
        ]  # fmt: skip

    def run(
        self, command: str, *extra: str, url: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            self.args(command, *extra, url=url),
            capture_output=True, text=True, env=self.env, timeout=120, check=False,
        )  # fmt: skip
        self.stderr.append(done.stderr)
        return done

    def start(self, command: str, *extra: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            self.args(command, *extra),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=self.env,
        )  # fmt: skip

    # -- what the emulator holds ---------------------------------------------------------

    def systems(self) -> list[Any]:
        seeded = {s.id for s in SEED.systems}
        return self.call(
            lambda: [s for s in self.emulator.store.systems.values() if s.id not in seeded]
        )

    def requests(self, method: str, pattern: str) -> list[int]:
        return self.call(
            lambda: [
                r.status
                for r in self.emulator.requests
                if r.method == method and re.search(pattern, r.path)
            ]
        )

    def add_fault(self, method: str, path: str, **fault: Any) -> Any:
        return self.call(lambda: self.emulator.faults.add(method, path, **fault))

    # -- what must hold --------------------------------------------------------------------

    def assert_failed_with(
        self, done: subprocess.CompletedProcess[str], code: int, *expected: str
    ) -> None:
        assert done.returncode == code, f"exit {done.returncode}: {done.stderr}"
        assert "error: " in done.stderr and ("hint: " in done.stderr or "next: " in done.stderr)
        for words in expected:
            assert words in done.stderr, f"{words!r} not in {done.stderr!r}"
        assert "Traceback" not in done.stderr

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

    def assert_exactly_one_system(self, done: subprocess.CompletedProcess[str]) -> None:
        assert done.returncode == OK, done.stderr
        systems = self.systems()
        assert [s.pbx_id for s in systems] == [EQUIPMENT_ID], f"systems: {systems}"
        assert load_plan(self.plan_path).progress.system_id == systems[0].id


def until(condition: Callable[[], object], what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout} s: {what}")
        time.sleep(0.02)


# -- the cases -----------------------------------------------------------------------------------


def refused(c: Case) -> None:
    c.write_plan()
    done = c.run("declare", url=closed_port_url())
    c.assert_failed_with(done, UNREACHABLE, "was refused", "Check the server address and port")
    c.assert_file_untouched()
    c.assert_exactly_one_system(c.run("declare"))


def dns_failure(c: Case) -> None:
    c.write_plan()
    done = c.run("declare", url="https://rainbow-sandbox.invalid")
    c.assert_failed_with(done, UNREACHABLE, "could not be found (DNS)", "Check the server address")
    c.assert_file_untouched()
    assert c.call(lambda: list(c.emulator.requests)) == []
    c.assert_exactly_one_system(c.run("declare"))


def tls_failure(c: Case) -> None:
    c.write_plan()
    done = c.run("declare")
    c.assert_failed_with(done, UNREACHABLE, "certificate is not trusted", "CA certificate")
    c.assert_file_untouched()
    assert c.call(lambda: list(c.emulator.requests)) == []
    c.assert_exactly_one_system(c.run("declare", "--ca-bundle", str(c.folder / "ca.pem")))


def create_failure(status: int, *expected: str, **fault: Any) -> Callable[[Case], None]:
    def case(c: Case) -> None:
        c.write_plan()
        c.add_fault("POST", SYSTEMS, **({"status": status, **fault} if status else fault))
        done = c.run("declare")
        c.assert_failed_with(done, UNREACHABLE, *expected)
        until(lambda: len(c.requests("POST", SYSTEMS)) == 1, "the POST logged")
        assert c.requests("POST", SYSTEMS) == [status or NO_ANSWER]  # never repeated
        assert c.systems() == []
        c.assert_only_intent_recorded()
        c.assert_exactly_one_system(c.run("declare"))
        assert c.requests("POST", SYSTEMS) == [status or NO_ANSWER, 201]

    return case


def lookup_rate_limited(c: Case) -> None:
    c.write_plan()
    c.add_fault("GET", BY_PBX_ID, status=429, retry_after=1)
    done = c.run("declare")
    c.assert_exactly_one_system(done)
    assert "trying again in 1.0 s" in done.stderr  # the safe lookup was repeated, as advised
    assert c.requests("GET", BY_PBX_ID)[:2] == [429, 404]
    assert c.requests("POST", SYSTEMS) == [201]


def token_expired(c: Case) -> None:
    c.write_plan()
    slow = c.add_fault("GET", r"/sites$", delay=1.0)
    process = c.start("declare")
    until(lambda: c.call(lambda: slow.remaining) == 0, "the first call after sign-in")
    c.call(c.emulator.expire_tokens)  # expires while that call is on its way
    out, err = process.communicate(timeout=60)
    done = subprocess.CompletedProcess(process.args, process.returncode, out, err)
    c.assert_exactly_one_system(done)
    assert c.requests("GET", LOGIN) == [200, 200], "signed in again once, transparently"
    assert c.requests("GET", r"/sites$")[0] == 401


def answer_lost_after_commit(c: Case) -> None:
    c.write_plan()
    c.add_fault("POST", SYSTEMS, drop_after_commit=True)
    done = c.run("declare")
    c.assert_exactly_one_system(done)
    assert "the answer was lost; found it on Rainbow" in done.stdout
    assert c.requests("POST", SYSTEMS) == [NO_ANSWER]


def pbx_link_drops(c: Case) -> None:
    assert isinstance(c.sandbox, EmbeddedSandbox)
    stock = next(p for p in c.sandbox.info.fleet if p["mode"] == "stock")
    c.write_plan(fleet_ref=stock["fleet_ref"], installation_ref=stock["installation_ref"])
    pbx = ("--pbx", f"sandbox:{c.sandbox.info.pbx_url}")
    first = c.run("apply", *pbx, "--timeout", "60")
    assert first.returncode == OK, first.stderr
    with httpx.Client(trust_env=False) as client:
        assert client.post(f"{stock['url']}/faults/drop-link").status_code == 204
    dropped = c.run("apply", *pbx, "--timeout", "1")
    assert dropped.returncode == UNREACHABLE, dropped.stderr
    for words in ("error: not connected", "cause: The link between the PBX and Rainbow was lost",
                  "next: Wait a few minutes"):  # fmt: skip
        assert words in dropped.stderr, dropped.stderr
    again = c.run("apply", *pbx, "--timeout", "60", "--json")
    assert again.returncode == OK, again.stderr
    assert json.loads(again.stdout)["pbx_status"] == "connected"
    systems = c.systems()
    assert len(systems) == 1 and c.requests("POST", SYSTEMS) == [201]
    recorded = load_plan(c.plan_path)
    assert recorded.progress.system_id == systems[0].id
    assert [e.status for e in recorded.progress.timeline if e.side == "pbx"][-2:] == [
        "disconnected", "connected",
    ]  # fmt: skip


def killed_and_run_again(c: Case) -> None:
    c.write_plan()
    slow = c.add_fault("POST", SYSTEMS, delay=LONG)
    process = c.start("declare")
    until(lambda: c.call(lambda: slow.remaining) == 0, "the POST on its way")
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=20)
    assert process.returncode == -signal.SIGKILL
    c.assert_only_intent_recorded()
    until(lambda: c.requests("POST", SYSTEMS) == [NO_ANSWER], "the server saw the client go")
    assert c.systems() == []
    done = c.run("declare")
    c.assert_exactly_one_system(done)
    assert c.requests("POST", SYSTEMS) == [NO_ANSWER, 201]


@dataclass(frozen=True)
class CliFault:
    name: str
    case: Callable[[Case], None]
    sandbox: str = "rainbow"  # "rainbow", "https" (untrusted certificate) or "embedded"


CLI_FAULTS: tuple[CliFault, ...] = (
    CliFault("connection-refused", refused),
    CliFault("dns-failure", dns_failure),
    CliFault("tls-untrusted-certificate", tls_failure, sandbox="https"),
    CliFault("create-read-timeout", create_failure(0, "did not answer in time", "try again",
                                                   delay=LONG)),
    CliFault("create-500", create_failure(500, "internal problem", "try again")),
    CliFault("create-502", create_failure(502, "internal problem", "try again")),
    CliFault("create-503", create_failure(503, "internal problem", "try again")),
    CliFault("create-429", create_failure(429, "too many requests", "Wait a minute",
                                          retry_after=2)),
    CliFault("lookup-429-retry-after", lookup_rate_limited),
    CliFault("token-expired-mid-flow", token_expired),
    CliFault("create-answer-lost-after-commit", answer_lost_after_commit),
    CliFault("pbx-link-drops", pbx_link_drops, sandbox="embedded"),
    CliFault("killed-mid-declaration-and-run-again", killed_and_run_again),
)  # fmt: skip


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


def sandbox_for(
    fault: CliFault, authority: trustme.CA, folder: Path
) -> AbstractContextManager[Any]:
    if fault.sandbox == "embedded":
        # The PBX agent waits 6 s before reconnecting: long enough to be seen disconnected.
        return EmbeddedSandbox(backoff=Backoff(base=6.0, cap=6.0))
    if fault.sandbox == "https":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        authority.issue_cert("127.0.0.1", "localhost").configure_cert(context)
        folder.mkdir(parents=True, exist_ok=True)
        authority.cert_pem.write_to_path(str(folder / "ca.pem"))
        return SandboxThread(ssl_context=context)
    return SandboxThread()


def test_cli_fault_matrix(authority: trustme.CA, tmp_path: Path) -> None:
    """Every fault of the matrix through the command line; prints the figure line."""
    failures: list[str] = []
    for fault in CLI_FAULTS:
        folder = tmp_path / fault.name
        try:
            with sandbox_for(fault, authority, folder) as sandbox:
                fault.case(Case(folder, sandbox))
        except Exception as exc:  # a crash is a fault not survived, like a failed check
            failures.append(f"{fault.name}: {type(exc).__name__}: {exc}")
    survived = len(CLI_FAULTS) - len(failures)
    print(f"faults survived: {survived}/{len(CLI_FAULTS)}")
    assert failures == []


def test_the_cli_matrix_covers_every_fault_the_issue_names() -> None:
    names = {fault.name for fault in CLI_FAULTS}
    for expected in (
        "connection-refused", "dns-failure", "tls-untrusted-certificate", "create-read-timeout",
        "create-500", "create-502", "create-503", "lookup-429-retry-after",
        "token-expired-mid-flow", "create-answer-lost-after-commit", "pbx-link-drops",
        "killed-mid-declaration-and-run-again",
    ):  # fmt: skip
        assert expected in names
    assert len(names) == len(CLI_FAULTS)

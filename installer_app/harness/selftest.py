"""``installer-app --selftest``: prove that this build works, without a screen or an account.

The self-test opens the real wizard offscreen, starts the embedded sandbox, and clicks through a
whole stock installation until the dashboard shows Running and Connected, printing one line per
page. It is what CI runs against the frozen package, so anything a packaging change can lose (a
Qt plugin, a keyring backend, the sandbox's aiohttp, the icon, the sample files, Qt's
translations) fails it.

It never touches the user's keyring (an in-memory :class:`SessionKeyring`), settings (a
temporary settings file) or log folder. Exit code 0 and a last line
``selftest: ok (N pages, X.X s)`` when everything worked; otherwise a line starting with
``selftest: FAILED:`` on stderr and exit code 1. A global timeout bounds the whole run; a
watchdog thread ends the process should the GUI thread itself hang.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import platform
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from installer_app import __version__

#: Seconds allowed for the whole self-test.
SELFTEST_TIMEOUT = 120.0
#: Extra seconds the watchdog grants a hung GUI thread before ending the process.
WATCHDOG_GRACE = 20.0

#: keyring backend modules a build for each platform must contain (they are found through entry
#: points that frozen builds lose unless bundled explicitly; see build_spec/).
KEYRING_BACKENDS: dict[str, tuple[str, ...]] = {
    "linux": ("SecretService", "kwallet", "libsecret", "chainer", "fail"),
    "win32": ("Windows", "chainer", "fail"),
    "darwin": ("macOS", "chainer", "fail"),
}
#: Qt's own translations the build bundles (checked by loading one).
QT_TRANSLATION_PROBE = "qtbase_fr"
#: Qt messages that the offscreen platform always prints and that say nothing about the build.
OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints",)


class SelftestError(Exception):
    """A check failed; the message says which and what is missing."""


def _say(stream: TextIO | None, line: str) -> None:
    # A windowed Windows build has no console: sys.stdout is None there.
    if stream is not None:
        print(line, file=stream, flush=True)


def _platform_key() -> str:
    return "win32" if sys.platform.startswith("win") else sys.platform


def check_qt_binding(calls: int = 2000) -> None:
    """Fail when the Qt binding loses a reference to ``None`` on each call that returns nothing.

    PySide6 6.12.0 does that under Python 3.11 (where ``None`` is not yet immortal): after as
    many such calls as ``None`` has references (a few thousand), the interpreter aborts with
    "none_dealloc". The dashboard makes such calls for as long as it watches, so a build with
    that binding would end itself on a customer site. ``pyproject.toml`` excludes it.
    """
    from PySide6.QtCore import QObject  # noqa: PLC0415

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("probe")  # returns nothing
    lost = before - sys.getrefcount(None)
    if lost > calls // 2:
        raise SelftestError(
            f"the Qt binding loses a reference to None on every call ({lost} in {calls} calls): "
            "install another PySide6 version (see pyproject.toml)"
        )


def check_keyring_backends() -> list[str]:
    """Import this platform's keyring backends; their names, or :class:`SelftestError`."""
    import importlib  # noqa: PLC0415

    names = KEYRING_BACKENDS.get(_platform_key(), ("chainer", "fail"))
    for name in names:
        try:
            importlib.import_module(f"keyring.backends.{name}")
        except ImportError as error:
            raise SelftestError(
                f"the keyring backend {name} is missing from this build ({error})"
            ) from error
    if _platform_key() == "linux":
        for module in ("jeepney", "secretstorage"):
            try:
                importlib.import_module(module)
            except ImportError as error:
                raise SelftestError(f"{module} (Secret Service over D-Bus) is missing") from error
    return list(names)


def check_licences() -> int:
    """How many bundled libraries the About dialog can list (their metadata is bundled).

    None is an error only in the frozen program, where it means the build lost the metadata;
    a source checkout run without installing has none either.
    """
    from installer_app.ui.support.bundled_libraries import bundled_libraries  # noqa: PLC0415

    count = len(bundled_libraries())
    if count == 0 and getattr(sys, "frozen", False):
        raise SelftestError("the libraries' licence metadata is missing from this build")
    return count


def check_resources() -> None:
    """The icon, the sample files and Qt's translations are where the program looks for them."""
    from PySide6.QtCore import QLibraryInfo, QTranslator  # noqa: PLC0415

    from installer_app import resources  # noqa: PLC0415
    from installer_app.ui.support.app_icon import application_icon, icon_file  # noqa: PLC0415

    missing = resources.missing_files()
    if missing:
        names = ", ".join(str(path) for path in missing)
        raise SelftestError(f"files of installer_app/resources are missing: {names}")
    if application_icon().isNull():
        raise SelftestError(f"the application icon is missing ({icon_file(32)})")
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load(QT_TRANSLATION_PROBE, folder):
        raise SelftestError(f"Qt's translation {QT_TRANSLATION_PROBE}.qm is missing from {folder}")


def check_samples() -> int:
    """How many PBXs the sample CSV holds, read with the sample rules as ``prepare`` reads them."""
    from installer_app import resources  # noqa: PLC0415
    from installer_app.domain.batch import parse_batch  # noqa: PLC0415
    from installer_app.domain.batch_input import (  # noqa: PLC0415
        BatchInvalid,
        decode_csv,
        parse_rules,
    )

    try:
        rules_text = resources.SAMPLE_RULES.read_text(encoding="utf-8")
        rules = parse_rules(rules_text, source=resources.SAMPLE_RULES.name)
        batch = parse_batch(decode_csv(resources.SAMPLE_CSV.read_bytes())[0], rules)
    except (OSError, BatchInvalid) as error:
        raise SelftestError(f"the sample files cannot be read: {error}") from error
    if not batch.is_valid:
        problems = "; ".join(str(problem) for problem in batch.problems)
        raise SelftestError(f"the sample CSV is not a valid batch: {problems}")
    return batch.row_count


class _Failures:
    """Unexpected exceptions raised in Qt callbacks or loop callbacks while the walk runs."""

    def __init__(self) -> None:
        self.first: BaseException | None = None
        self.event = asyncio.Event()

    def record(self, error: BaseException) -> None:
        if self.first is None:
            self.first = error
        self.event.set()

    def excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        traceback.print_exception(kind, error, tb)
        self.record(error)

    def loop_handler(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, BaseException) and not isinstance(error, asyncio.CancelledError):
            traceback.print_exception(error)
            self.record(error)


def _forward_qt_messages(err: TextIO | None) -> None:
    """Qt's messages on ``err`` (prefixed), without the offscreen platform's constant noise."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler  # noqa: PLC0415

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if not message.startswith(OFFSCREEN_NOISE):
            _say(err, f"qt: {message}")

    qInstallMessageHandler(handler)


def _watchdog(timeout: float, err: TextIO | None) -> threading.Timer:
    def expire() -> None:
        _say(err, f"selftest: FAILED: the program stopped responding for {timeout:.0f} s")
        os._exit(1)

    timer = threading.Timer(timeout, expire)
    timer.daemon = True
    timer.start()
    return timer


def run_selftest(
    *,
    timeout: float = SELFTEST_TIMEOUT,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run every check and the walk; returns the exit code (0 passed, 1 failed).

    Args:
        timeout: seconds allowed for the whole run.
        out: where progress lines go (stdout when None).
        err: where the failure line goes (stderr when None).
    """
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.monotonic()
    watchdog = _watchdog(timeout + WATCHDOG_GRACE, err)
    _forward_qt_messages(err)
    try:
        pages = _run(timeout, started, lambda line: _say(out, line))
    except Exception as error:  # every failure ends as one line and exit code 1
        from installer_app.services.failures import describe  # noqa: PLC0415

        message = describe(error).message
        _say(err, f"selftest: FAILED: {message}")
        return 1
    finally:
        watchdog.cancel()
        from PySide6.QtCore import qInstallMessageHandler  # noqa: PLC0415

        qInstallMessageHandler(None)
    _say(out, f"selftest: ok ({pages} pages, {time.monotonic() - started:.1f} s)")
    return 0


def _run(timeout: float, started: float, say: Callable[[str], None]) -> int:
    import PySide6  # noqa: PLC0415
    import qasync  # noqa: PLC0415
    from PySide6.QtCore import QSettings, qVersion  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from installer_app.sandbox.embedded import EmbeddedSandbox  # noqa: PLC0415
    from installer_app.ui.app import configure_application  # noqa: PLC0415

    say(
        f"selftest: installer-app {__version__}, Python {platform.python_version()}, "
        f"PySide6 {PySide6.__version__}, Qt {qVersion()}, {platform.system()}"
        + (", frozen" if getattr(sys, "frozen", False) else "")
    )
    backends = check_keyring_backends()
    say(f"selftest: keyring backends bundled: {', '.join(backends)}")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    configure_application(app)
    check_qt_binding()
    check_resources()
    say("selftest: application icon, sample files and Qt translations found")
    say(f"selftest: sample batch of {check_samples()} PBXs read")
    say(f"selftest: licences of {check_licences()} bundled libraries found")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    failures = _Failures()
    previous_hook = sys.excepthook
    sys.excepthook = failures.excepthook
    loop.set_exception_handler(failures.loop_handler)
    try:
        with (
            tempfile.TemporaryDirectory(prefix="installer-app-selftest-") as folder,
            EmbeddedSandbox() as sandbox,
        ):
            info = sandbox.info
            say(f"selftest: sandbox started (Rainbow {info.rainbow_url}, OXO {info.pbx_url})")
            settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
            with loop:
                walk = _walk(
                    info, settings, failures=failures, allowed=timeout, started=started, say=say
                )
                return int(loop.run_until_complete(walk))
    finally:
        sys.excepthook = previous_hook
        asyncio.set_event_loop(None)


async def _walk(
    info: Any,
    settings: Any,
    *,
    failures: _Failures,
    allowed: float,
    started: float,
    say: Callable[[str], None],
) -> int:
    from installer_app.domain.flow import ORDER, Step  # noqa: PLC0415
    from installer_app.domain.plan import DeliveryMode  # noqa: PLC0415
    from installer_app.harness.walkthrough import Walkthrough  # noqa: PLC0415
    from installer_app.services.app_services import build_services  # noqa: PLC0415
    from installer_app.storage.credentials import CredentialStore  # noqa: PLC0415
    from installer_app.storage.session_keyring import SessionKeyring  # noqa: PLC0415
    from installer_app.ui.app import account_from, sandbox_driver_factory  # noqa: PLC0415
    from installer_app.ui.wizard import InstallerWizard  # noqa: PLC0415

    visited: list[Step] = []

    def on_page(step: Step, _wizard: InstallerWizard) -> None:
        visited.append(step)
        number = ORDER.index(step) + 1
        elapsed = time.monotonic() - started
        say(f"selftest: page {number:>2}/{len(ORDER)} {step.value} ({elapsed:.1f} s)")

    account = account_from(info)
    services = build_services(
        sandbox=account,
        credentials=CredentialStore(SessionKeyring(), environ={}),
        open_pbx_driver=sandbox_driver_factory(account),
    )
    wizard = InstallerWizard(services, settings=settings)
    wizard.show()
    pbx = next(p for p in account.fleet if p["mode"] == DeliveryMode.STOCK.value)
    remaining = allowed - (time.monotonic() - started)
    walk = Walkthrough(wizard, mode=DeliveryMode.STOCK, pbx=pbx, on_page=on_page, timeout=remaining)
    try:
        await _race(walk.run(), failures, remaining, allowed, wizard.current_step)
        dashboard: Any = wizard.page_for(Step.DASHBOARD)
        shown = (dashboard.rainbow_status.text(), dashboard.pbx_connection.text())
        if shown != ("Running", "Connected"):
            raise SelftestError(f"the dashboard shows {shown[0]} / {shown[1]}")
    finally:
        await wizard.shutdown()
        await services.rainbow.close()
        wizard.close()
    return len(visited)


async def _race(
    walk: Any,
    failures: _Failures,
    timeout: float,
    allowed: float,
    where: Callable[[], object],
) -> None:
    """Await ``walk``; stop early on an unexpected exception elsewhere, or after ``timeout``.

    ``allowed`` is the whole self-test's time limit, for the message; ``where()`` the step on
    screen when time ran out.
    """
    walking = asyncio.ensure_future(walk)
    failing = asyncio.ensure_future(failures.event.wait())
    try:
        done, _pending = await asyncio.wait(
            {walking, failing}, timeout=max(timeout, 0.0), return_when=asyncio.FIRST_COMPLETED
        )
    finally:
        failing.cancel()
    if walking in done:
        walking.result()
        return
    walking.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await walking
    if failures.first is not None:
        error = failures.first
        raise SelftestError(f"unexpected {type(error).__name__}: {error}") from error
    step = where()
    at = f" (at the {getattr(step, 'value', step)} page)" if step is not None else ""
    raise SelftestError(f"no result within the {allowed:.0f} s allowed{at}")

"""Starting the desktop program: Qt application, qasync loop, services, wizard.

This is the composition root of the GUI: the only place that decides which real collaborators
(keyring, Rainbow client, embedded sandbox, PBX driver) the wizard gets.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from installer_app import __version__
from installer_app.domain.servers import SandboxAccount
from installer_app.services.app_services import build_services
from installer_app.storage.logs import log_later
from installer_app.ui.support.paths import log_folder

if TYPE_CHECKING:  # the plan model (pydantic) loads after the first paint
    from installer_app.services.pbx_config import DriverOpener

logger = logging.getLogger(__name__)

ORGANIZATION = "ALE Installer"
APPLICATION = "OXO Connect Rainbow Installer"

#: Set to "1" to measure start-up (``make bench``): when the first page is first painted, the
#: program prints ``first-paint <time.monotonic()>`` on stdout and exits at once, saving nothing.
#: Set to "modules" to also print ``modules <name> <name>...``: every module loaded by then
#: (a test keeps the plan model, the HTTP stack... out of start-up).
STARTUP_PROBE_VARIABLE = "INSTALLER_APP_STARTUP_PROBE"


def configure_application(app: QCoreApplication) -> None:
    """Names used by QSettings and the standard paths; the icon of every window.

    Qt does not quit on its own when the last window closes: the qasync loop is stopped by the
    program (:func:`run`), so the pages' background work (the dashboard's watch) is cancelled
    and finishes inside the running loop. Qt quitting behind the loop's back left that work to
    finish outside any loop ("RuntimeError: no running event loop" on Finish).

    A high-contrast palette, now or later, gets input frames and check squares one can see
    (:mod:`installer_app.ui.support.contrast`; the platform's own preference is read after the
    first paint, by the warm-up).
    """
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    if isinstance(app, QGuiApplication):
        app.setQuitOnLastWindowClosed(False)
        from installer_app.ui.support.app_icon import application_icon  # noqa: PLC0415

        app.setWindowIcon(application_icon())
    if isinstance(app, QApplication):
        from installer_app.ui.support.contrast_follow import follow_contrast  # noqa: PLC0415

        follow_contrast(app)


def sandbox_driver_factory(account: SandboxAccount) -> DriverOpener:
    """Opens, for a plan, the embedded sandbox PBX it stands for: the PBX the command line's
    ``--pbx sandbox:URL`` picks for the same plan (``pbx_config.sandbox_pbx_opener``)."""
    from installer_app.services.pbx_config import sandbox_pbx_opener  # noqa: PLC0415

    return sandbox_pbx_opener(account.pbx_url)


class _FirstPaintProbe(QObject):
    """Prints the monotonic time of the watched widget's first paint, then ends the process.

    ``os._exit`` skips closing the window, so no geometry, draft or log line is written. With
    ``modules``, the names of the modules loaded by then follow on a second line.
    """

    def __init__(self, parent: QObject, *, modules: bool = False) -> None:
        super().__init__(parent)
        self._modules = modules

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.monotonic():.6f}", flush=True)
            if self._modules:
                print("modules", *sorted(sys.modules), flush=True)
            os._exit(0)
        return False


def account_from(info: SandboxAccount) -> SandboxAccount:
    """The wizard's view of a running embedded sandbox: its ``SandboxInfo`` is one."""
    return info


def run(*, sandbox: bool = False, argv: list[str] | None = None) -> int:
    """Open the wizard; with ``sandbox`` on the embedded emulators. Returns the exit code."""
    import qasync  # noqa: PLC0415

    from installer_app.ui.dialogs.errors import install_exception_hook  # noqa: PLC0415
    from installer_app.ui.i18n import install_translators  # noqa: PLC0415
    from installer_app.ui.warm_up import WarmUp  # noqa: PLC0415
    from installer_app.ui.wizard import InstallerWizard  # noqa: PLC0415

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    configure_application(app)
    install_translators(app)  # before any widget: texts are taken when widgets are built
    open_log = log_later(log_folder())  # the file is opened after the first paint
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    embedded = None
    account: SandboxAccount | None = None
    if sandbox:
        from installer_app.sandbox.embedded import EmbeddedSandbox  # noqa: PLC0415

        embedded = EmbeddedSandbox()
        account = account_from(embedded.start())
    services = build_services(
        sandbox=account,
        open_pbx_driver=sandbox_driver_factory(account) if account else None,
    )
    # The first page only: the other pages and the features come after its first paint.
    wizard = InstallerWizard(services, features=False)
    install_exception_hook(lambda: wizard)
    first_page = wizard.page(wizard.startId())
    probe = os.environ.get(STARTUP_PROBE_VARIABLE)
    if probe in ("1", "modules"):
        first_page.installEventFilter(_FirstPaintProbe(wizard, modules=probe == "modules"))
    WarmUp(wizard, first=open_log).start_after_paint(first_page)
    wizard.show()
    # What start-up built lives as long as the program: never scan it for cycles again, and
    # collect from here on (the command line turned the collector off while starting).
    gc.freeze()
    gc.enable()
    # Nothing is scheduled on the loop before the first paint: qasync's first callback loads
    # Qt's namespace (over 10 ms), and the warm-up starts once the first page is painted.
    app.lastWindowClosed.connect(loop.stop)
    wizard.finished.connect(lambda _result: loop.stop())
    try:
        with loop:
            loop.run_forever()
            loop.run_until_complete(wizard.shutdown())
            loop.run_until_complete(services.rainbow.close())
    finally:
        open_log()  # closed before the warm-up opened it: what was logged still reaches it
        if embedded is not None:
            embedded.stop()
    return 0

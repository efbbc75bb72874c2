"""After the first paint: what start-up left out, loaded and built without freezing the window.

Start-up builds the first page with Qt and little else (``make bench`` compares it with a bare
QWizard). Once that page is painted, :class:`WarmUp`:

1. on a worker thread, imports what the other pages, the features and the first Rainbow calls
   need (:func:`installer_app.services.preload.preload`: the plan model, the phone-number
   metadata, the HTTP and TLS stack, the keyring backend; then the pages' and features' own
   modules). Importing is CPU work that holds the GIL only in slices of a few milliseconds, so
   the GUI thread keeps its turns and never waits for an import;
2. back on the GUI thread, one step per turn of the event loop, installs the features (the
   "More" menu, drafts) and builds the pages not built yet, so that Next never waits.

A page the technician reaches before the warm-up built it is built then (the wizard builds
pages on demand), and the warm-up skips it.
"""

from __future__ import annotations

import asyncio
import gc
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from installer_app.ui.support.contrast_follow import check_contrast
from installer_app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from installer_app.ui.wizard import InstallerWizard

logger = logging.getLogger(__name__)

#: Python's thread switch interval while the worker imports (5 ms by default): the longest the
#: GUI thread then waits for the GIL, for each of its turns.
_SWITCH_INTERVAL = 0.001


class AfterFirstPaint(QObject):
    """Calls ``then`` once, in the event loop's next turn after ``widget`` is first painted."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def load_ahead(
    page_classes: Sequence[Callable[[], object]], first: Callable[[], object] | None = None
) -> None:
    """On a worker thread: ``first`` (the log file's opening), then import what the use cases,
    the pages and the features need."""
    from installer_app.services.preload import preload  # noqa: PLC0415
    from installer_app.ui.support.domain_text import match_template  # noqa: PLC0415

    if first is not None:
        first()
    preload()
    for page_class in page_classes:
        try:
            page_class()  # imports the page's module; the page is built on the GUI thread
        except Exception:  # it fails again, and says why, when the page is built
            logger.debug("Importing a page ahead failed", exc_info=True)
    importlib.import_module("installer_app.ui.extensions")
    match_template("")  # compiles the domain messages' patterns, kept for the first message
    from installer_app.ui.widgets.country_combo import prepare_country_rows  # noqa: PLC0415

    prepare_country_rows()  # the dialing page's list, sorted: only its model is left to build


class WarmUp(QObject):
    """Loads and builds, after the first paint, what the wizard's start left out.

    Signals:
        finished(): everything is loaded, the features installed and every page built.
    """

    finished = Signal()

    def __init__(
        self, wizard: InstallerWizard, *, first: Callable[[], object] | None = None
    ) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._first = first
        self.runner = TaskRunner(self)
        self.done = False

    def start_after_paint(self, widget: QWidget) -> None:
        """Start once ``widget`` (the first page) is painted."""
        AfterFirstPaint(widget, self.start)

    def start(self) -> None:
        """Start now (on the running loop)."""
        self.runner.start(self._run())

    async def _run(self) -> None:
        from installer_app.ui.pages.catalogue import PAGES  # noqa: PLC0415

        wizard = self._wizard
        classes = [PAGES[step] for step in wizard.unbuilt_steps()]
        # No garbage collection while the worker imports: it would run on the worker thread
        # (the one allocating), where the GUI's cyclic garbage (Qt objects) cannot be deleted.
        # What the imports made lives as long as the program, like start-up's objects: frozen,
        # it is never scanned (scanning it when collecting resumes takes tens of milliseconds).
        collecting = gc.isenabled()
        gc.disable()
        switching = sys.getswitchinterval()
        sys.setswitchinterval(_SWITCH_INTERVAL)
        try:
            await asyncio.to_thread(load_ahead, classes, self._first)
        finally:
            sys.setswitchinterval(switching)
            gc.freeze()
            if collecting:
                gc.enable()
        wizard.install_features()
        app = QApplication.instance()
        if isinstance(app, QApplication):  # the platform's contrast preference, read only now
            check_contrast(app)
        for step in wizard.unbuilt_steps():
            await asyncio.sleep(0)  # one page per turn: input and paint events go in between
            wizard.page_for(step)
        self.done = True
        self.finished.emit()

"""Autosave of the wizard's state as a draft, and the start page's offer to resume it.

The draft (see :mod:`installer_app.storage.drafts`: no secrets, written atomically) is saved
every time the wizard changes page or a page reports new state (once per turn of the event
loop, so a jump across pages writes once), and when the wizard is closed without finishing;
Finish clears it. The state is read on the GUI thread and the file written in a worker thread,
one write after the other (a write and its ``fsync`` take milliseconds, far more on a busy or
slow disk, and would otherwise hold the GUI up when the page changes); closing or finishing
waits for them. The start page offers the draft found when the wizard
opened: resuming restores the state (signed out) and goes to the saved step, stopping at sign-in
first when that step needs Rainbow.

Where the draft lives: the application's data folder (``AppLocalDataLocation``), or, when the
wizard was given its own settings file (tests, screenshots, a portable setup), next to that file,
so that such a wizard never reads or overwrites the user's draft.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QDialog, QPushButton

from installer_app.domain.flow import Step
from installer_app.storage.drafts import DRAFT_FILE_NAME, Draft, DraftError, DraftStore, draft_data

if TYPE_CHECKING:
    from installer_app.ui.wizard_surface import WizardSurface

logger = logging.getLogger(__name__)

_LOOPBACK = ("http://127.0.0.1", "http://localhost", "http://[::1]")


_WRITER: list[ThreadPoolExecutor] = []


def _writer() -> ThreadPoolExecutor:
    """The one thread writing drafts, in the order asked (started at the first draft)."""
    if not _WRITER:
        _WRITER.append(ThreadPoolExecutor(1, thread_name_prefix="draft-save"))
    return _WRITER[0]


def draft_path(wizard: WizardSurface) -> Path:
    """Where ``wizard``'s draft is kept (see the module's documentation)."""
    settings = wizard.settings
    if (
        settings.format() == QSettings.Format.IniFormat
        and settings.fileName() != QSettings().fileName()
    ):
        return Path(settings.fileName()).with_suffix(".draft.json")
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base or Path.home() / ".installer-app") / DRAFT_FILE_NAME


class DraftKeeper(QObject):
    """Saves ``wizard``'s draft to ``store`` and offers the one found at start.

    Attributes:
        found: the draft found when the wizard opened (None when there was none or it was
            damaged); the start page offers it until the technician leaves that page.
        resume_button: the start page's "Resume the last draft" button, or None.
    """

    def __init__(self, wizard: WizardSurface, store: DraftStore) -> None:
        super().__init__(wizard.window())
        self.setObjectName("draftKeeper")
        self._wizard = wizard
        self.store = store
        self._paused = False
        # Saves asked for in one turn of the event loop (a jump crosses several pages) are
        # written once, at the end of the turn.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.save_now)
        #: The last step shown: QWizard forgets its page before it reports being closed.
        self._last_step: Step | None = None
        self._latest: Mapping[str, Any] | None = None
        self._last_write: Future[None] | None = None
        self.found: Draft | None = store.load()
        self.resume_button: QPushButton | None = None
        if self.found is not None and self.found.step is not Step.START:
            self._offer(self.found)
        wizard.currentIdChanged.connect(self._page_changed)
        wizard.stateChanged.connect(self.save_soon)
        wizard.finished.connect(self._finished)

    def _offer(self, draft: Draft) -> None:
        name = draft.server_name or self.tr("no server name yet")
        saved = draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        button = QPushButton(
            self.tr("&Resume the last draft (%1, saved at %2)")
            .replace("%1", name)
            .replace("%2", saved)
        )
        button.setObjectName("resumeDraftButton")
        button.setAccessibleName(self.tr("Resume the last draft"))
        button.setToolTip(
            self.tr("Go back to the page you were on, with everything you had entered.")
        )
        button.clicked.connect(self.resume)
        start = self._wizard.page_for(Step.START)
        add = getattr(start, "add_start_choice", None)
        if add is None:
            logger.warning("The start page cannot show the draft to resume.")
            return
        add(button)
        self.resume_button = button

    def _withdraw_offer(self) -> None:
        if self.resume_button is not None:
            self.resume_button.setVisible(False)

    def save_soon(self) -> None:
        """Save the draft once the current turn of the event loop is over."""
        self._pending.start()

    def save_now(self) -> None:
        """Save the draft of the current state (nothing on the start page or while resuming)."""
        self._pending.stop()
        wizard = self._wizard
        step = wizard.resume_target or wizard.current_step() or self._last_step
        if self._paused or step is None or step is Step.START:
            return
        data = draft_data(wizard.state, step, datetime.now(UTC), wizard.plan_path)
        self._latest = data
        self._last_write = _writer().submit(self._write, self.store, data)

    def _write(self, store: DraftStore, data: Mapping[str, Any]) -> None:
        """In the worker thread: write ``data``, unless a later draft waits behind it."""
        if data is not self._latest:
            return
        try:
            store.write(data)
        except DraftError as error:
            logger.warning("%s", error.message)

    def flush(self) -> None:
        """Wait until the drafts asked for are written (closing, finishing; tests)."""
        if self._last_write is not None:
            self._last_write.result()

    def _page_changed(self, _page_id: int) -> None:
        step = self._wizard.current_step()
        if step is not None:
            self._last_step = step
        if step not in (None, Step.START):
            self._withdraw_offer()
        self.save_soon()

    def _finished(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted.value:
            self._pending.stop()
            self.flush()  # a write still waiting would bring the draft back
            self.store.clear()
        else:
            self.save_now()
            self.flush()

    def resume(self) -> bool:
        """Restore the offered draft and go to its step; False when there is none."""
        draft = self.found
        if draft is None:
            return False
        wizard = self._wizard
        state = draft.state
        sandbox = wizard.services.sandbox
        if sandbox is not None and state.rainbow_server.startswith(_LOOPBACK):
            state.rainbow_server = sandbox.rainbow_url  # the sandbox's port changes every run
        self._paused = True
        try:
            wizard.state.__dict__.update(state.__dict__)
            if draft.plan_path is not None and draft.plan_path.is_file():
                wizard.plan_path = draft.plan_path
            if wizard.current_step() is Step.START:
                wizard.page_for(Step.START).initializePage()
            wizard.jump_to(draft.step)
        finally:
            self._paused = False
        self._withdraw_offer()
        self.found = None
        self.save_now()
        return True


def install(wizard: WizardSurface) -> None:
    """Autosave ``wizard``'s drafts and offer the last one on the start page."""
    DraftKeeper(wizard, DraftStore(draft_path(wizard)))

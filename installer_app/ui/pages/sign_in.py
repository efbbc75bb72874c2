"""Rainbow sign-in: the admin account, its secrets remembered in the keyring, the server in use.

The page never talks to Rainbow or the keyring itself: it hands coroutines of
``services.rainbow`` to a :class:`TaskRunner` (sign-in, reading saved secrets) and shows each
error next to the field it concerns. Only non-secret values (the last login and application id
per server) go to QSettings; the password and application secret stay in the keyring.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import quote

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit, QWidget, QWizard

from installer_app.domain.flow import WizardState
from installer_app.services.failures import Failure, FailureKind, describe
from installer_app.services.rainbow_session import SignInResult
from installer_app.storage.credentials import CredentialSource
from installer_app.ui.pages.base import StepPage
from installer_app.ui.support.domain_text import translate_domain
from installer_app.ui.tasks import TaskRunner
from installer_app.ui.widgets.rainbow_account_form import RainbowAccountForm

logger = logging.getLogger(__name__)

#: QSettings keys (followed by the server address, percent-encoded): non-secret values only.
LAST_LOGIN_KEY = "rainbow/last_login/"
APP_ID_KEY = "rainbow/app_id/"


def settings_key(prefix: str, server: str) -> str:
    """A QSettings key for ``server`` (its ``/`` and ``:`` must not create groups)."""
    return prefix + quote(server.strip().rstrip("/").lower(), safe="")


@dataclass(frozen=True)
class _Attempt:
    """What one sign-in sends (the secrets kept out of ``repr``)."""

    server: str
    login: str
    password: str = field(repr=False)
    app_id: str
    app_secret: str = field(repr=False)
    remember: bool


def _event_loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class SignInPage(StepPage):
    """Sign in to the Rainbow server chosen on the start page, with Cancel and clear errors."""

    def _init_ui(self) -> None:
        self.setTitle(self.tr("Sign in to Rainbow"))
        self.setSubTitle(
            self.tr("Use the business-partner admin account that manages the customer company.")
        )
        self._runner = TaskRunner(self)
        self._secrets_runner = TaskRunner(self)
        self._keyring_runner = TaskRunner(self)
        self._keyring_checked = False
        self._prefilled_for: str | None = None
        self._demo = False  # the embedded sandbox's demo account is filled in
        self._quiet = False
        self._pending_focus: QWidget | None = None
        self.form = RainbowAccountForm(self)
        self._body.addWidget(self.form)
        self._body.addStretch(1)
        form = self.form
        for edit in (form.login_edit, form.password_edit):
            edit.textChanged.connect(self._on_account_edited)
        for edit in (form.app_id_edit, form.app_secret_edit):
            edit.textChanged.connect(self._on_application_edited)
        form.remember_box.toggled.connect(self.changed)
        form.session_only_box.toggled.connect(self._on_session_only_toggled)
        form.login_edit.returnPressed.connect(self._on_enter_in_login)
        form.login_edit.editingFinished.connect(self._on_login_finished)
        form.password_edit.returnPressed.connect(self._on_enter_in_password)
        form.sandbox_note.linkActivated.connect(lambda _link: self.fill_demo_account())
        form.sign_in_button.clicked.connect(self.start_sign_in)
        form.busy.cancelRequested.connect(self.cancel_sign_in)
        self._runner.busyChanged.connect(self._on_busy)

    # -- state ---------------------------------------------------------------------------

    def load_state(self, state: WizardState) -> None:
        server = state.rainbow_server
        self.form.server_label.setText(self.tr("Rainbow server in use: %1").replace("%1", server))
        if state.signed_in and self.installer.services.rainbow.server != server:
            state.signed_in = False  # the server changed on the start page since
        if server != self._prefilled_for:
            self._prefill(server)
        if not self._keyring_checked and _event_loop_running():
            self._keyring_checked = True
            self._keyring_runner.start(self._check_keyring())
        if not state.signed_in:
            self.form.signed_in_message.clear_message()
            self.form.remember_message.clear_message()

    def extra_blockers(self) -> list[str]:
        if self._runner.busy:
            return [self.tr("Signing in to Rainbow: wait, or press Cancel.")]
        return []

    @property
    def busy(self) -> bool:
        """Whether a sign-in is running, until the page has shown how it ended."""
        return self._runner.busy or self.form.busy.running

    # -- prefilling ------------------------------------------------------------------------

    def _settings(self) -> QSettings:
        # The wizard's own settings (a temporary file in tests), for non-secret values only.
        return self.installer.settings

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Fill fields without it counting as the technician's edit (no sign-out)."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def _prefill(self, server: str) -> None:
        self._prefilled_for = server
        self._secrets_runner.cancel()
        self.form.clear_messages()
        sandbox = self.installer.services.sandbox
        self._demo = sandbox is not None and server == sandbox.rainbow_url
        settings = self._settings()
        with self._quietly():
            form = self.form
            if self._demo:
                values = self._demo_values()
            else:
                login = str(settings.value(settings_key(LAST_LOGIN_KEY, server), "") or "")
                app_id = str(settings.value(settings_key(APP_ID_KEY, server), "") or "")
                values = (login, "", app_id, "")
            for edit, value in zip(form.account_edits(), values, strict=True):
                edit.setText(value)
            form.remember_box.setChecked(False)
        form.sandbox_note.setVisible(self._demo)
        form.show_sandbox_note(edited=False)
        if not self._demo:
            self._load_saved_secrets()

    def _demo_values(self) -> tuple[str, str, str, str]:
        sandbox = self.installer.services.sandbox
        if sandbox is None:
            return ("", "", "", "")
        return (sandbox.login, sandbox.password, sandbox.app_id, sandbox.app_secret)

    def fill_demo_account(self) -> None:
        """Put the sandbox's demo account back after it was changed (a mistyped password)."""
        if not self._demo:
            return
        for edit, value in zip(self.form.account_edits(), self._demo_values(), strict=True):
            edit.setText(value)  # an edit like the technician's: signs out, refreshes
        self.form.password_edit.setFocus()

    def _update_demo_note(self) -> None:
        if self._demo:
            typed = tuple(edit.text() for edit in self.form.account_edits())
            self.form.show_sandbox_note(edited=typed != self._demo_values())

    def _load_saved_secrets(self) -> None:
        """Fill the password (and application secret) the keyring remembers for this login."""
        login = self.form.login_edit.text().strip()
        if not login or self.form.password_edit.text() or not _event_loop_running():
            return
        self._secrets_runner.start(self._fill_saved_secrets(self.state.rainbow_server, login))

    async def _fill_saved_secrets(self, server: str, login: str) -> None:
        saved = await self.installer.services.rainbow.saved_credentials(server, login)
        if saved is None or not shiboken6.isValid(self):
            return
        form = self.form
        if server != self.state.rainbow_server or login != form.login_edit.text().strip():
            return  # the technician moved on meanwhile
        with self._quietly():
            if saved.password and not form.password_edit.text():
                form.password_edit.setText(saved.password)
                remembered = saved.source is not CredentialSource.ENVIRONMENT
                if self.installer.services.rainbow.session_only:
                    form.session_only_box.setChecked(remembered)
                else:
                    form.remember_box.setChecked(remembered)
                form.password_message.show_info(
                    self.tr("Password taken from the environment (INSTALLER_APP_PASSWORD).")
                    if saved.source is CredentialSource.ENVIRONMENT
                    else self.tr("Password filled in from the system keyring.")
                )
            if saved.app_secret and not form.app_secret_edit.text():
                form.app_secret_edit.setText(saved.app_secret)
        self.changed()

    # -- keyring missing or locked ---------------------------------------------------------

    async def _check_keyring(self) -> None:
        """Find out at once whether "Remember" can work here, and say so next to it if not."""
        rainbow = self.installer.services.rainbow
        problem = None if rainbow.session_only else await rainbow.keyring_problem()
        if shiboken6.isValid(self) and (problem is not None or rainbow.session_only):
            self._show_keyring_unavailable(
                problem.message if problem else "", problem.hint if problem else ""
            )

    def _show_keyring_unavailable(self, message: str, hint: str) -> None:
        advice = self.tr(
            'Tick "Remember for this session only" to keep the password in memory until the '
            "program closes; it is never written to a file."
        )
        self.form.show_keyring_unavailable(
            message or self.tr("The system keyring cannot be used on this computer."),
            f"{advice} {translate_domain(hint)}".strip(),  # the service's hint, translated
        )
        with self._quietly():
            self.form.session_only_box.setChecked(self.installer.services.rainbow.session_only)

    def _on_session_only_toggled(self, checked: bool) -> None:
        if self._quiet:
            return
        if not checked:
            self.changed()
            return
        rainbow = self.installer.services.rainbow
        rainbow.use_session_only_store()
        form = self.form
        if self.state.signed_in and form.password_edit.text():
            self._keyring_runner.start(
                rainbow.remember_for_session(
                    self.state.rainbow_server,
                    form.login_edit.text().strip(),
                    form.password_edit.text(),
                    form.app_secret_edit.text() or None,
                )
            )
            form.remember_message.show_info(
                self.tr("Remembered for this session only, in memory: never written anywhere.")
            )
        self.changed()

    # -- edits -------------------------------------------------------------------------------

    def _sign_out_after_edit(self) -> None:
        if self.state.signed_in:
            self.state.signed_in = False
            self.form.signed_in_message.clear_message()
            self.form.remember_message.clear_message()
            self.form.general_message.show_info(
                self.tr("Signed out: the account changed. Press Sign in again.")
            )

    def _on_account_edited(self) -> None:
        if self._quiet:
            return
        self.form.login_message.clear_message()
        self.form.password_message.clear_message()
        self._update_demo_note()
        self._sign_out_after_edit()
        self.changed()

    def _on_application_edited(self) -> None:
        if self._quiet:
            return
        self.form.app_message.clear_message()
        self._update_demo_note()
        self._sign_out_after_edit()
        self.changed()

    def _on_login_finished(self) -> None:
        if not self._demo:
            self._load_saved_secrets()

    def _on_enter_in_login(self) -> None:
        if not self.form.password_edit.text():
            self.form.password_edit.setFocus()
        elif not self.state.signed_in:
            self.start_sign_in()

    def _on_enter_in_password(self) -> None:
        # When already signed in, Enter falls through to the wizard's Next button.
        if not self.state.signed_in:
            self.start_sign_in()

    # -- signing in ------------------------------------------------------------------------

    def start_sign_in(self) -> bool:
        """Sign in with the typed values; False when something must be typed first."""
        if self._runner.busy:
            return False
        self.form.clear_messages()
        if self.form.show_input_problems():
            return False
        self._secrets_runner.cancel()
        self.state.signed_in = False
        form = self.form
        attempt = _Attempt(
            server=self.state.rainbow_server,
            login=form.login_edit.text().strip(),
            password=form.password_edit.text(),
            app_id=form.app_id_edit.text().strip(),
            app_secret=form.app_secret_edit.text(),
            remember=form.remember_box.isChecked() or form.session_only_box.isChecked(),
        )
        self._runner.start(self._sign_in(attempt))
        return True

    def cancel_sign_in(self) -> None:
        """Give up the running sign-in; the typed values stay."""
        if self._runner.busy:
            self._runner.cancel()
            self.form.general_message.show_info(self.tr("Sign-in cancelled."))

    async def _sign_in(self, attempt: _Attempt) -> None:
        rainbow = self.installer.services.rainbow
        try:
            result = await rainbow.sign_in(
                attempt.server,
                attempt.login,
                attempt.password,
                app_id=attempt.app_id or None,
                app_secret=attempt.app_secret or None,
                remember=attempt.remember,
            )
        except Exception as error:  # every failure is described once, below the wizard
            failure = describe(error)
            if failure.kind is FailureKind.UNEXPECTED:  # a bug below: the details go to the log
                logger.error("Sign-in failed unexpectedly", exc_info=error)
            if shiboken6.isValid(self):
                self._show_failure(failure, type(error).__name__)
            return
        if shiboken6.isValid(self):
            self._show_signed_in(attempt, result)

    def _show_failure(self, failure: Failure, error_name: str) -> None:
        if failure.kind is FailureKind.UNEXPECTED:
            self.form.general_message.show_error(
                self.tr("The sign-in failed unexpectedly: %1").replace("%1", error_name),
                self.tr("Check the server address; the details are in the log."),
            )
            return
        self._pending_focus = self.form.show_failure(failure)  # focused once enabled

    def _show_signed_in(self, attempt: _Attempt, result: SignInResult) -> None:
        self._remember_non_secrets(attempt.server, attempt.login, attempt.app_id)
        self.state.signed_in = True
        session = result.session
        self.form.signed_in_message.show_info(
            self.tr("Signed in as %1 (%2)")
            .replace("%1", session.login_email or attempt.login)
            .replace("%2", session.company_id)
        )
        if result.remember_warning:
            self.form.remember_message.show_warning(result.remember_warning)
            self.form.session_only_box.setVisible(True)  # the keyring failed only on saving
        # Focus on Next, not on the first button left enabled ("More…"): Return goes on.
        self._pending_focus = self.wizard().button(QWizard.WizardButton.NextButton)
        self._refresh()

    def _remember_non_secrets(self, server: str, login: str, app_id: str) -> None:
        settings = self._settings()
        settings.setValue(settings_key(LAST_LOGIN_KEY, server), login)
        if app_id:
            settings.setValue(settings_key(APP_ID_KEY, server), app_id)
        else:
            settings.remove(settings_key(APP_ID_KEY, server))

    def _on_busy(self, busy: bool) -> None:
        form = self.form
        if busy:
            form.show_busy(self.tr("Signing in to %1…").replace("%1", self.state.rainbow_server))
        else:
            after_cancel = form.hide_busy()
            self._refresh()  # Next is enabled before it may take the focus
            focus, self._pending_focus = self._pending_focus or after_cancel, None
            if focus is not None:
                focus.setFocus()
                if isinstance(focus, QLineEdit):
                    focus.selectAll()
        self._refresh()

    def _refresh(self) -> None:
        self._update_reason()
        self.completeChanged.emit()

"""Sign-in on a computer whose keyring is missing or locked: said next to "Remember", with the
offer to remember for this session only, and never a silent fallback to a file."""

from __future__ import annotations

from pathlib import Path

import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QSettings, Qt

from installer_app.services.app_services import AppServices, SandboxAccount, build_services
from installer_app.storage.credentials import CredentialStore
from installer_app.ui.widgets.inline_message import MessageKind
from tests.gui.conftest import wait_until
from tests.gui.test_sign_in_page import open_sign_in, retype

LEFT = Qt.MouseButton.LeftButton


class LockedKeyring(KeyringBackend):
    """A keyring that is there but locked: every call is refused, and counted."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append("get")
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append("set")
        raise keyring.errors.KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append("delete")
        raise keyring.errors.KeyringLocked("locked")


def services_with(backend: KeyringBackend) -> AppServices:
    """Services whose keyring is ``backend``, without the sandbox's demo account: nothing is
    prefilled on the emulator's server, so "Remember" matters."""
    return build_services(credentials=CredentialStore(backend, environ={}))


def all_files_text(folder: Path) -> str:
    return "\n".join(
        p.read_text("utf-8", errors="replace") for p in folder.rglob("*") if p.is_file()
    )


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("backend", "reason"),
    [
        pytest.param(LockedKeyring(), "locked", id="locked"),
        pytest.param(fail.Keyring(), "No secure keyring is available", id="missing"),
    ],
)
async def test_unusable_keyring_is_said_next_to_remember_and_session_only_is_offered(  # type: ignore[no-untyped-def]
    qtbot,
    *,
    make_wizard,
    sandbox_account: SandboxAccount,
    settings: QSettings,
    tmp_path: Path,
    backend: KeyringBackend,
    reason: str,
) -> None:
    services = services_with(backend)
    wizard = make_wizard(services)
    try:
        page = open_sign_in(wizard, sandbox_account.rainbow_url)
        form = page.form
        await wait_until(lambda: form.keyring_message.kind is MessageKind.WARNING)
        assert reason in form.keyring_message.text()
        assert "Remember for this session only" in form.keyring_message.text()
        assert form.session_only_box.isVisibleTo(page)
        assert not form.remember_box.isChecked()
        assert not form.remember_box.isEnabled()
        assert not services.rainbow.session_only

        # Without the session choice, nothing is remembered anywhere after signing in.
        retype(qtbot, form.login_edit, sandbox_account.login)
        retype(qtbot, form.password_edit, sandbox_account.password)
        qtbot.mouseClick(form.sign_in_button, LEFT)
        await wait_until(lambda: wizard.state.signed_in and not page.busy)
        assert not form.remember_box.isEnabled()  # still off once the busy state is over
        assert not services.rainbow.session_only
        assert (
            await services.rainbow.saved_credentials(
                sandbox_account.rainbow_url, sandbox_account.login
            )
            is None
        )

        # Ticking "this session only" while signed in keeps the secrets in memory at once.
        form.session_only_box.setChecked(True)
        assert services.rainbow.session_only
        await wait_until(lambda: not page._keyring_runner.busy)
        saved = await services.rainbow.saved_credentials(
            sandbox_account.rainbow_url, sandbox_account.login
        )
        assert saved is not None and saved.password == sandbox_account.password
        assert "session only" in form.remember_message.text()
        if isinstance(backend, LockedKeyring):
            assert "set" not in backend.calls  # the locked keyring was never written
        settings.sync()
        assert sandbox_account.password not in all_files_text(tmp_path)
    finally:
        await services.rainbow.close()


@pytest.mark.asyncio
async def test_session_only_choice_fills_the_password_again_in_the_same_session(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_account: SandboxAccount, tmp_path: Path
) -> None:
    backend = LockedKeyring()
    services = services_with(backend)
    first = make_wizard(services)
    try:
        page = open_sign_in(first, sandbox_account.rainbow_url)
        form = page.form
        await wait_until(lambda: form.session_only_box.isVisibleTo(page))
        form.session_only_box.setChecked(True)
        retype(qtbot, form.login_edit, sandbox_account.login)
        retype(qtbot, form.password_edit, sandbox_account.password)
        qtbot.mouseClick(form.sign_in_button, LEFT)
        await wait_until(lambda: first.state.signed_in)
        assert form.remember_message.kind is MessageKind.NONE  # remembered without a problem
        await first.shutdown()
        await services.rainbow.close()

        # A second wizard of the same program session (same settings: the last login is
        # remembered there): the password is filled in again from memory.
        second = make_wizard(services)
        again = open_sign_in(second, sandbox_account.rainbow_url)
        await wait_until(lambda: again.form.password_edit.text() == sandbox_account.password)
        assert again.form.session_only_box.isChecked()
        assert not again.form.remember_box.isChecked()
        assert "Remember for this session only" in again.form.keyring_message.text()
        assert "set" not in backend.calls
    finally:
        await services.rainbow.close()


@pytest.mark.asyncio
async def test_keyring_that_refuses_only_on_saving_offers_the_session_after_sign_in(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_account: SandboxAccount
) -> None:
    class ReadOnlyKeyring(LockedKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            self.calls.append("get")
            return None

    backend = ReadOnlyKeyring()
    services = services_with(backend)
    wizard = make_wizard(services)
    try:
        page = open_sign_in(wizard, sandbox_account.rainbow_url)
        form = page.form
        await wait_until(lambda: "get" in backend.calls)
        await wait_until(lambda: not page._keyring_runner.busy)
        assert form.remember_box.isEnabled()
        assert not form.session_only_box.isVisibleTo(page)
        retype(qtbot, form.login_edit, sandbox_account.login)
        retype(qtbot, form.password_edit, sandbox_account.password)
        form.remember_box.setChecked(True)
        qtbot.mouseClick(form.sign_in_button, LEFT)
        await wait_until(lambda: wizard.state.signed_in)
        assert form.remember_message.kind is MessageKind.WARNING
        assert "keyring" in form.remember_message.text()
        assert form.session_only_box.isVisibleTo(page)
        form.session_only_box.setChecked(True)
        await wait_until(lambda: not page._keyring_runner.busy)
        saved = await services.rainbow.saved_credentials(
            sandbox_account.rainbow_url, sandbox_account.login
        )
        assert saved is not None and saved.password == sandbox_account.password
    finally:
        await services.rainbow.close()


@pytest.mark.asyncio
async def test_unusable_keyring_is_said_once_after_signing_in(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_account: SandboxAccount
) -> None:
    services = services_with(fail.Keyring())
    wizard = make_wizard(services)
    try:
        page = open_sign_in(wizard, sandbox_account.rainbow_url)
        form = page.form
        await wait_until(lambda: form.keyring_message.kind is MessageKind.WARNING)
        retype(qtbot, form.login_edit, sandbox_account.login)
        retype(qtbot, form.password_edit, sandbox_account.password)
        qtbot.mouseClick(form.sign_in_button, LEFT)
        await wait_until(lambda: wizard.state.signed_in and not page.busy)
        # Said once, next to "Remember"; signing in without remembering adds no second warning.
        assert form.keyring_message.kind is MessageKind.WARNING
        assert form.remember_message.kind is MessageKind.NONE
        assert not form.remember_message.isVisibleTo(page)
    finally:
        await services.rainbow.close()


ENGLISH_KEYRING_SENTENCES = (
    "No secure keyring is available",
    "The system keyring is locked",
    "Type the password at each sign-in",
    "Unlock the keyring",
    "Remember for this session only",
)


@pytest.mark.asyncio
@pytest.mark.parametrize("language", ["fr", "de", "es", "it", "pt"])
@pytest.mark.parametrize("backend", [LockedKeyring, fail.Keyring], ids=["locked", "missing"])
async def test_keyring_problem_is_said_in_the_interface_language(  # type: ignore[no-untyped-def]
    qtbot,
    make_wizard,
    sandbox_account: SandboxAccount,
    language: str,
    backend: type[KeyringBackend],
) -> None:
    from PySide6.QtWidgets import QApplication

    from installer_app.ui import i18n
    from installer_app.ui.support.domain_text import translate_domain

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert i18n.install_translators(app, language) == language
    services = services_with(backend())
    try:
        wizard = make_wizard(services)
        page = open_sign_in(wizard, sandbox_account.rainbow_url)
        form = page.form
        await wait_until(lambda: form.keyring_message.kind is MessageKind.WARNING)
        shown = form.keyring_message.text()
        hint = (
            "Unlock the keyring (log in to the desktop session) and try again, or type the "
            "password."
            if backend is LockedKeyring
            else "Type the password at each sign-in, or install/unlock the system keyring "
            "(Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet)."
        )
        assert translate_domain(hint) in shown  # the service's hint is there, translated
        for sentence in ENGLISH_KEYRING_SENTENCES:
            assert sentence not in shown, (language, shown)
    finally:
        i18n.remove_translators(app)
        await services.rainbow.close()

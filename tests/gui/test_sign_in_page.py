"""The Rainbow sign-in page against the Rainbow emulator on loopback."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit, QWizard

from installer_app.domain.flow import Step
from installer_app.rainbow.errors import (
    ApplicationAuthError,
    AuthenticationError,
    DnsError,
    InvalidServerAddress,
    NetworkTimeout,
    RainbowError,
    ServerError,
    TlsError,
)
from installer_app.sandbox.seed import SandboxSeed
from installer_app.services.app_services import AppServices, SandboxAccount
from installer_app.services.failures import describe
from installer_app.services.sign_in import NotBusinessPartnerAdmin
from installer_app.storage.credentials import SERVICE_NAME
from installer_app.ui.pages.sign_in import LAST_LOGIN_KEY, SignInPage, settings_key
from installer_app.ui.widgets.inline_message import MessageKind
from installer_app.ui.widgets.rainbow_account_form import RainbowAccountForm
from installer_app.ui.wizard import InstallerWizard
from tests.conftest import MemoryKeyring
from tests.gui.conftest import wait_until

LEFT = Qt.MouseButton.LeftButton


def open_sign_in(wizard: InstallerWizard, server: str | None = None) -> SignInPage:
    """Go from the start page to the sign-in page, on a custom ``server`` if given."""
    if server is not None:
        start = wizard.page_for(Step.START)
        start.server_combo.setCurrentIndex(start.server_combo.findData("custom"))  # type: ignore[attr-defined]
        start.custom_edit.setText(server)  # type: ignore[attr-defined]
    wizard.next()
    wizard.next()
    assert wizard.current_step() is Step.SIGN_IN
    page = wizard.page_for(Step.SIGN_IN)
    assert isinstance(page, SignInPage)
    return page


def next_enabled(wizard: InstallerWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def retype(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.clear()
    qtbot.keyClicks(edit, text)


@pytest.mark.asyncio
async def test_demo_account_signs_in_and_enables_next(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services: AppServices, sandbox_account: SandboxAccount, settings
) -> None:
    wizard = make_wizard(sandbox_services)
    page = open_sign_in(wizard)
    form = page.form
    assert form.sandbox_note.isVisibleTo(page)
    assert "Demo account of the embedded sandbox" in form.sandbox_note.text()
    assert sandbox_account.rainbow_url in form.server_label.text()
    assert form.login_edit.text() == sandbox_account.login
    assert form.password_edit.echoMode() is QLineEdit.EchoMode.Password
    assert form.app_secret_edit.echoMode() is QLineEdit.EchoMode.Password
    assert not next_enabled(wizard)
    assert page.reason_text() == "Sign in to Rainbow first."

    qtbot.mouseClick(form.sign_in_button, LEFT)
    await wait_until(lambda: wizard.state.signed_in and not page.busy)

    partner = SandboxSeed.default().partner_id
    assert form.signed_in_message.text() == f"Signed in as {sandbox_account.login} ({partner})"
    assert form.signed_in_message.kind is MessageKind.INFO
    assert next_enabled(wizard)
    assert page.reason_text() == ""
    assert settings.value(settings_key(LAST_LOGIN_KEY, sandbox_account.rainbow_url)) == (
        sandbox_account.login
    )
    settings.sync()
    stored = Path(settings.fileName()).read_text("utf-8")
    assert sandbox_account.password not in stored
    assert sandbox_account.app_secret not in stored


@pytest.mark.asyncio
async def test_enter_in_password_signs_in_and_editing_signs_out(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services: AppServices
) -> None:
    wizard = make_wizard(sandbox_services)
    page = open_sign_in(wizard)
    form = page.form
    qtbot.keyClick(form.password_edit, Qt.Key.Key_Return)
    await wait_until(lambda: wizard.state.signed_in)
    assert wizard.current_step() is Step.SIGN_IN  # Enter signed in; it did not skip the page

    qtbot.keyClicks(form.password_edit, "x")
    assert not wizard.state.signed_in
    assert not next_enabled(wizard)
    assert not form.signed_in_message.isVisibleTo(page)
    assert "Signed out" in form.general_message.text()


@pytest.mark.asyncio
async def test_wrong_password_is_shown_next_to_the_password(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services: AppServices
) -> None:
    wizard = make_wizard(sandbox_services)
    page = open_sign_in(wizard)
    form = page.form
    retype(qtbot, form.password_edit, "not-the-password")
    qtbot.mouseClick(form.sign_in_button, LEFT)
    await wait_until(lambda: form.password_message.isVisibleTo(page) and not page.busy)

    assert "refused the login or password" in form.password_message.text()
    assert "Check the login" in form.password_message.text()  # the hint, plainly
    assert form.password_message.kind is MessageKind.ERROR
    assert not form.app_message.isVisibleTo(page)
    assert not form.server_message.isVisibleTo(page)
    assert not wizard.state.signed_in
    assert not next_enabled(wizard)
    assert form.password_edit.hasFocus()


@pytest.mark.asyncio
async def test_wrong_application_secret_opens_advanced_with_the_message(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services: AppServices
) -> None:
    wizard = make_wizard(sandbox_services)
    page = open_sign_in(wizard)
    form = page.form
    assert not form.advanced.is_expanded()
    form.app_secret_edit.setText("0" * 64)
    qtbot.mouseClick(form.sign_in_button, LEFT)
    await wait_until(lambda: form.app_message.isVisibleTo(page) and not page.busy)

    assert form.advanced.is_expanded()
    assert "application id or application secret" in form.app_message.text()
    assert not form.password_message.isVisibleTo(page)
    assert not wizard.state.signed_in


@pytest.mark.asyncio
async def test_unreachable_server_is_shown_on_the_server_line(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services: AppServices
) -> None:
    wizard = make_wizard(services)
    page = open_sign_in(wizard, "http://127.0.0.1:9")
    form = page.form
    assert "http://127.0.0.1:9" in form.server_label.text()
    qtbot.keyClicks(form.login_edit, "admin@partner.example")
    qtbot.keyClicks(form.password_edit, "secret-password")
    qtbot.mouseClick(form.sign_in_button, LEFT)
    await wait_until(lambda: form.server_message.isVisibleTo(page) and not page.busy)

    assert "The connection to 127.0.0.1 was refused." in form.server_message.text()
    assert "Check the server address and port" in form.server_message.text()
    # The advice names the server in use, not production's address and port.
    assert "TCP 9 to 127.0.0.1" in form.server_message.text()
    assert "openrainbow.com" not in form.server_message.text()
    assert "443" not in form.server_message.text()
    assert not form.password_message.isVisibleTo(page)
    assert not wizard.state.signed_in
    assert form.login_edit.isEnabled()


@pytest.mark.asyncio
async def test_unusable_address_is_shown_on_the_server_line(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services: AppServices
) -> None:
    wizard = make_wizard(services)
    page = open_sign_in(wizard, "https://:443")
    qtbot.keyClicks(page.form.login_edit, "admin@partner.example")
    qtbot.keyClicks(page.form.password_edit, "secret-password")
    assert page.start_sign_in()
    await wait_until(lambda: page.form.server_message.isVisibleTo(page) and not page.busy)
    assert "is not usable" in page.form.server_message.text()
    assert "https://openrainbow.com" in page.form.server_message.text()  # the hint


def test_missing_values_are_named_before_anything_is_sent(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services: AppServices
) -> None:
    wizard = make_wizard(services)
    page = open_sign_in(wizard)
    form = page.form
    form.app_id_edit.setText("an-application-id")
    assert not page.start_sign_in()
    assert not page.busy
    assert form.login_message.text().startswith("Login:")
    assert form.password_message.text().startswith("Password:")
    assert form.app_message.text().startswith("Application:")
    assert form.advanced.is_expanded()

    qtbot.keyClicks(form.login_edit, "admin")
    assert not page.start_sign_in()
    assert "e-mail address" in form.login_message.text()


@pytest.mark.asyncio
async def test_account_that_is_not_a_partner_admin_is_refused(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services: AppServices
) -> None:
    wizard = make_wizard(sandbox_services)
    page = open_sign_in(wizard)
    form = page.form
    retype(qtbot, form.login_edit, "technician@sandbox.example")
    form.app_id_edit.clear()
    form.app_secret_edit.clear()
    qtbot.mouseClick(form.sign_in_button, LEFT)
    await wait_until(lambda: form.login_message.isVisibleTo(page) and not page.busy)
    assert "not a business-partner admin" in form.login_message.text()
    assert not wizard.state.signed_in
    assert sandbox_services.rainbow.session is None


@pytest.mark.asyncio
async def test_cancel_during_a_slow_sign_in_keeps_the_page_intact(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services: AppServices, rainbow_sandbox, sandbox_account
) -> None:
    rainbow_sandbox.call(lambda: setattr(rainbow_sandbox.emulator.faults, "latency", 2.0))
    wizard = make_wizard(sandbox_services)
    page = open_sign_in(wizard)
    form = page.form
    qtbot.mouseClick(form.sign_in_button, LEFT)
    await wait_until(lambda: page.busy)
    assert form.busy.running
    assert "Signing in to" in form.busy.label.text()
    assert not form.login_edit.isEnabled()
    assert not form.password_edit.isEnabled()
    assert not form.sign_in_button.isEnabled()
    assert not next_enabled(wizard)
    assert "Signing in" in page.reason_text()

    qtbot.mouseClick(form.busy.cancel_button, LEFT)
    await wait_until(lambda: not page.busy)
    assert not form.busy.running
    assert not wizard.state.signed_in
    assert sandbox_services.rainbow.session is None
    assert form.login_edit.isEnabled()
    assert form.sign_in_button.isEnabled()
    assert form.login_edit.text() == sandbox_account.login
    assert form.password_edit.text() == sandbox_account.password
    assert "cancelled" in form.general_message.text()
    assert page.reason_text() == "Sign in to Rainbow first."

    rainbow_sandbox.call(lambda: setattr(rainbow_sandbox.emulator.faults, "latency", 0.0))
    assert page.start_sign_in()
    await wait_until(lambda: wizard.state.signed_in)


@pytest.mark.asyncio
async def test_remember_stores_the_password_in_the_keyring(  # type: ignore[no-untyped-def]
    qtbot,
    make_wizard,
    sandbox_services: AppServices,
    sandbox_account,
    memory_keyring: MemoryKeyring,
) -> None:
    wizard = make_wizard(sandbox_services)
    page = open_sign_in(wizard)
    page.form.remember_box.setChecked(True)
    assert page.start_sign_in()
    await wait_until(lambda: wizard.state.signed_in)
    entry = f"{sandbox_account.rainbow_url}|{sandbox_account.login}|password"
    assert memory_keyring.entries[(SERVICE_NAME, entry)] == sandbox_account.password
    secret_entry = entry.replace("|password", "|app_secret")
    assert memory_keyring.entries[(SERVICE_NAME, secret_entry)] == sandbox_account.app_secret
    assert not page.form.remember_message.isVisibleTo(page)

    # Signing in again without "remember" forgets both.
    page.form.remember_box.setChecked(False)
    assert page.start_sign_in()
    await wait_until(lambda: wizard.state.signed_in)
    assert memory_keyring.entries == {}


@pytest.mark.asyncio
async def test_without_remember_nothing_is_stored(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services: AppServices, memory_keyring: MemoryKeyring
) -> None:
    wizard = make_wizard(sandbox_services)
    page = open_sign_in(wizard)
    assert not page.form.remember_box.isChecked()
    assert page.start_sign_in()
    await wait_until(lambda: wizard.state.signed_in)
    assert memory_keyring.entries == {}


@pytest.mark.asyncio
async def test_saved_login_and_password_are_filled_in(  # type: ignore[no-untyped-def]
    qtbot,
    make_wizard,
    sandbox_services: AppServices,
    sandbox_account: SandboxAccount,
    settings: QSettings,
) -> None:
    # The same emulator under another name: not the embedded sandbox's address, so no demo.
    server = sandbox_account.rainbow_url.replace("127.0.0.1", "localhost")
    login = sandbox_account.login
    settings.setValue(settings_key(LAST_LOGIN_KEY, server), login)
    sandbox_services.credentials.save(server, login, password=sandbox_account.password)
    wizard = make_wizard(sandbox_services)
    page = open_sign_in(wizard, server)
    form = page.form
    assert not form.sandbox_note.isVisibleTo(page)
    assert form.login_edit.text() == login
    await wait_until(lambda: form.password_edit.text() == sandbox_account.password)
    assert form.remember_box.isChecked()
    assert "system keyring" in form.password_message.text()
    assert page.start_sign_in()
    await wait_until(lambda: wizard.state.signed_in)
    assert sandbox_services.rainbow.server == server


@pytest.mark.parametrize(
    ("error", "place"),
    [
        (
            DnsError("rainbow.example is unknown.", "Check it.", may_have_reached_server=False),
            "server",
        ),
        (
            TlsError(
                "The certificate is not trusted.", "Add the CA.", may_have_reached_server=False
            ),
            "server",
        ),
        (
            NetworkTimeout("No answer within 20 s.", "Check the network.", phase="connect"),
            "server",
        ),
        (InvalidServerAddress("The address 'x' is not usable.", "Use https://."), "server"),
        (AuthenticationError(401, error_details_code=401500), "password"),
        (ApplicationAuthError(401, error_details_code=401501), "application"),
        (ServerError(503), "general"),
        (NotBusinessPartnerAdmin("tech@x.example"), "login"),
    ],
)
def test_each_error_is_shown_where_it_belongs(qtbot, error: RainbowError, place: str) -> None:  # type: ignore[no-untyped-def]
    """The field comes from the one description of the failure (``services.failures``)."""
    form = RainbowAccountForm()
    qtbot.addWidget(form)
    form.show()
    field = form.show_failure(describe(error))
    messages = {
        "server": form.server_message,
        "login": form.login_message,
        "password": form.password_message,
        "application": form.app_message,
        "general": form.general_message,
    }
    shown = {name for name, message in messages.items() if message.isVisibleTo(form)}
    assert shown == {place}
    assert messages[place].text() == f"{error.message}\n{error.hint}"
    assert (field is form.password_edit) == (place == "password")
    assert (field is form.login_edit) == (place == "login")
    assert form.advanced.is_expanded() == (place == "application")


@pytest.mark.asyncio
async def test_changing_the_server_afterwards_signs_out(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services: AppServices
) -> None:
    wizard = make_wizard(sandbox_services)
    page = open_sign_in(wizard)
    assert page.start_sign_in()
    await wait_until(lambda: wizard.state.signed_in)
    wizard.back()
    wizard.back()
    start = wizard.page_for(Step.START)
    start.server_combo.setCurrentIndex(start.server_combo.findData("custom"))
    start.custom_edit.setText("http://127.0.0.1:9")
    wizard.next()
    wizard.next()
    assert wizard.current_step() is Step.SIGN_IN
    assert not wizard.state.signed_in
    assert not next_enabled(wizard)
    assert "http://127.0.0.1:9" in page.form.server_label.text()
    assert not page.form.sandbox_note.isVisibleTo(page)
    assert page.form.login_edit.text() == ""  # no login was used on that server yet
    assert page.form.password_edit.text() == ""


@pytest.mark.asyncio
async def test_after_signing_in_with_the_keyboard_the_focus_is_on_next(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services: AppServices
) -> None:
    wizard = make_wizard(sandbox_services)
    page = open_sign_in(wizard)
    page.form.password_edit.setFocus()
    assert page.start_sign_in()  # as Enter in the password does
    await wait_until(lambda: wizard.state.signed_in and not page.busy)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert wizard.focusWidget() is next_button  # not "More…": Return goes on
    assert next_button.isEnabled()


@pytest.mark.asyncio
async def test_mistyped_demo_password_can_be_put_right_from_the_page(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services: AppServices
) -> None:
    wizard = make_wizard(sandbox_services)
    page = open_sign_in(wizard)
    form = page.form
    assert "are filled in" in form.sandbox_note.text()
    retype(qtbot, form.password_edit, "mistyped")
    assert "are filled in" not in form.sandbox_note.text()
    assert "changed" in form.sandbox_note.text()

    # Back and Next keep what was typed; the note still says it was changed.
    wizard.back()
    wizard.next()
    assert form.password_edit.text() == "mistyped"
    assert "changed" in form.sandbox_note.text()

    # The note's link fills the demo account in again, and signing in works.
    form.sandbox_note.linkActivated.emit("#demo")
    sandbox = sandbox_services.sandbox
    assert sandbox is not None
    assert form.password_edit.text() == sandbox.password
    assert "are filled in" in form.sandbox_note.text()
    qtbot.mouseClick(form.sign_in_button, LEFT)
    await wait_until(lambda: wizard.state.signed_in and not page.busy)

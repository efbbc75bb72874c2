"""The Settings dialog: a Rainbow server only trusted through the custom CA bundle, the clipboard
clearing of copied activation codes, and the language slot."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from installer_app.domain.flow import Step
from installer_app.rainbow.errors import CaBundleError
from installer_app.sandbox.runner import SandboxThread
from installer_app.sandbox.seed import SandboxSeed
from installer_app.services.app_services import AppServices, build_services
from installer_app.storage.credentials import CredentialStore
from installer_app.ui.dialogs.settings_dialog import CA_BUNDLE_KEY, LANGUAGE_KEY, SettingsDialog
from installer_app.ui.widgets.copy_field import CLEAR_COPIED_CODES_KEY, CopyField
from installer_app.ui.widgets.inline_message import MessageKind
from installer_app.ui.wizard import InstallerWizard
from tests.conftest import MemoryKeyring
from tests.gui.conftest import wait_until
from tests.gui.test_sign_in_page import open_sign_in, retype

LEFT = Qt.MouseButton.LeftButton
ADMIN = SandboxSeed.default().bp_admin


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def ca_pem(authority: trustme.CA, tmp_path: Path) -> Path:
    path = tmp_path / "company-proxy-ca.pem"
    authority.cert_pem.write_to_path(str(path))
    return path


@pytest.fixture
def https_sandbox(authority: trustme.CA) -> Iterator[SandboxThread]:
    """The Rainbow emulator over HTTPS on 127.0.0.1, its certificate signed by a private CA."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    with SandboxThread(ssl_context=context) as running:
        yield running


@pytest.fixture
def plain_services(memory_keyring: MemoryKeyring) -> Iterator[AppServices]:
    yield build_services(credentials=CredentialStore(memory_keyring, environ={}))


def settings_action(wizard: InstallerWizard):  # type: ignore[no-untyped-def]
    [action] = [a for a in wizard.tools_menu.actions() if a.text() == "S&ettings…"]
    return action


def open_dialog(wizard: InstallerWizard) -> SettingsDialog:
    settings_action(wizard).trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog)]
    dialog = next(d for d in dialogs if d.isVisible())
    assert dialog.wizard is wizard
    return dialog


async def sign_in(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    # A dialog that was just closed may still block input to the wizard for a moment.
    await wait_until(lambda: QApplication.activeModalWidget() is None)
    retype(qtbot, page.form.login_edit, ADMIN.login_email)
    retype(qtbot, page.form.password_edit, ADMIN.password)
    qtbot.mouseClick(page.form.sign_in_button, LEFT)
    assert page.busy, "the click started a sign-in"
    await wait_until(lambda: not page.busy)


@pytest.mark.asyncio
async def test_server_trusted_only_through_the_ca_bundle_setting(  # type: ignore[no-untyped-def]
    qtbot,
    *,
    make_wizard,
    plain_services: AppServices,
    https_sandbox: SandboxThread,
    ca_pem: Path,
    settings: QSettings,
    tmp_path: Path,
) -> None:
    wizard = make_wizard(plain_services)
    try:
        page = open_sign_in(wizard, https_sandbox.url)
        await sign_in(qtbot, page)
        assert not wizard.state.signed_in
        assert page.form.server_message.kind is MessageKind.ERROR
        assert "not trusted" in page.form.server_message.text()
        assert "Settings (custom CA bundle)" in page.form.server_message.text()

        dialog = open_dialog(wizard)
        not_pem = tmp_path / "notes.pem"
        not_pem.write_text("this is not a certificate\n", encoding="utf-8")
        for wrong in (tmp_path / "missing.pem", not_pem):
            retype(qtbot, dialog.ca_edit, str(wrong))
            dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
            assert dialog.isVisible(), "a wrong CA bundle must keep the dialog open"
            assert dialog.ca_message.kind is MessageKind.ERROR
            assert str(wrong) in dialog.ca_message.text()
            assert "BEGIN CERTIFICATE" in dialog.ca_message.text()
            assert settings.value(CA_BUNDLE_KEY) is None
            assert plain_services.rainbow.ca_bundle is None
        retype(qtbot, dialog.ca_edit, str(ca_pem))
        assert dialog.ca_message.kind is MessageKind.NONE  # cleared as soon as retyped
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert not dialog.isVisible()
        assert settings.value(CA_BUNDLE_KEY) == str(ca_pem)
        assert plain_services.rainbow.ca_bundle == ca_pem

        await sign_in(qtbot, page)
        assert wizard.state.signed_in, page.form.server_message.text()
        assert https_sandbox.call(lambda: https_sandbox.emulator.requests)[-1].status == 200
    finally:
        await plain_services.rainbow.close()

    # The next start of the program reads the setting back and trusts the CA again.
    restarted = build_services(credentials=CredentialStore(MemoryKeyring(), environ={}))
    again = make_wizard(restarted)
    try:
        assert restarted.rainbow.ca_bundle == ca_pem
        page = open_sign_in(again, https_sandbox.url)
        await sign_in(qtbot, page)
        assert again.state.signed_in
    finally:
        await restarted.rainbow.close()


@pytest.mark.asyncio
async def test_saved_ca_bundle_gone_is_not_used_and_cleared_means_default_trust(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, plain_services: AppServices, ca_pem: Path, settings: QSettings
) -> None:
    settings.setValue(CA_BUNDLE_KEY, str(ca_pem.with_name("deleted.pem")))
    wizard = make_wizard(plain_services)
    assert plain_services.rainbow.ca_bundle is None
    dialog = open_dialog(wizard)
    assert dialog.ca_edit.text().endswith("deleted.pem")
    dialog.ca_edit.clear()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert settings.value(CA_BUNDLE_KEY) is None
    with pytest.raises(CaBundleError):
        plain_services.rainbow.set_ca_bundle(ca_pem.with_name("deleted.pem"))


def test_copied_codes_are_cleared_unless_turned_off(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services: AppServices, settings: QSettings
) -> None:
    wizard = make_wizard(services)
    page = wizard.page_for(Step.DECLARATION)
    code: CopyField = page.code_field  # type: ignore[attr-defined]
    code.set_value("4821")
    code.clear_after_ms = 50
    clipboard = QGuiApplication.clipboard()

    dialog = open_dialog(wizard)
    assert dialog.clear_codes_box.isChecked()  # on by default
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    code.copy_button.click()
    assert clipboard.text() == "4821"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)

    dialog = open_dialog(wizard)
    dialog.clear_codes_box.setChecked(False)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert settings.value(CLEAR_COPIED_CODES_KEY, type=bool) is False
    code.copy_button.click()
    assert clipboard.text() == "4821"
    assert not code._timer.isActive()  # nothing scheduled: the setting is read at each copy
    qtbot.wait(150)
    assert clipboard.text() == "4821"
    clipboard.clear()

    dialog = open_dialog(wizard)
    assert not dialog.clear_codes_box.isChecked()
    dialog.clear_codes_box.setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    code.copy_button.click()
    assert code._timer.isActive()
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)


def test_language_slot_and_accessibility(qtbot, make_wizard, services, settings) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    dialog = open_dialog(wizard)
    assert dialog.language_combo.itemText(0).startswith("System default")
    assert dialog.language_combo.findData("fr") > 0  # the languages the program speaks
    for widget in (dialog.clear_codes_box, dialog.ca_edit, dialog.language_combo):
        assert widget.accessibleName()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert settings.value(LANGUAGE_KEY) == ""
    assert settings.value(CA_BUNDLE_KEY) is None
    dialog = open_dialog(wizard)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert settings.value(LANGUAGE_KEY) == "de"  # read by the translations at the next start
    assert open_dialog(wizard).language_combo.currentData() == "de"

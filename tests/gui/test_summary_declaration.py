"""Summary and declaration pages against the Rainbow emulator on loopback."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWizard

from installer_app.domain.flow import Step, WizardState
from installer_app.domain.numbering import NumberingRule
from installer_app.domain.plan import DeliveryMode
from installer_app.sandbox.seed import SandboxSeed
from installer_app.ui.wizard import page_id
from tests.gui.conftest import wait_until

SEED = SandboxSeed.default()
MARTIN = next(c for c in SEED.all_companies() if c.name.startswith("Boulangerie"))


def ready_state(url: str, **changes: object) -> WizardState:
    state = WizardState(
        rainbow_server=url,
        signed_in=True,
        company_id=MARTIN.id,
        company_name=MARTIN.name,
        server_name="Martin OXO",
        fleet_ref="ALE12",
        installation_ref="1234.5678.90",
        country="FR",
        national_prefix="0",
        international_prefix="00",
    )
    for key, value in changes.items():
        setattr(state, key, value)
    return state


def open_at(wizard, step: Step) -> None:  # type: ignore[no-untyped-def]
    wizard.setStartId(page_id(step))
    wizard.restart()


async def signed_in(services, account) -> None:  # type: ignore[no-untyped-def]
    await services.rainbow.sign_in(
        account.rainbow_url, account.login, account.password,
        app_id=account.app_id, app_secret=account.app_secret,
    )  # fmt: skip


def test_summary_lists_everything_and_saves(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, tmp_path: Path
) -> None:
    wizard = make_wizard(services)
    wizard.state.__dict__.update(ready_state("https://openrainbow.com").__dict__)
    open_at(wizard, Step.SUMMARY)
    page = wizard.page_for(Step.SUMMARY)
    text = page.summary_text()
    for expected in ("Martin OXO", "ALE12-1234.5678.90", "France", MARTIN.name):
        assert expected in text
    assert page.isComplete()
    assert wizard.button(QWizard.WizardButton.NextButton).text().replace("&", "") == (
        "Declare on Rainbow"
    )
    target = tmp_path / "martin.json"
    page.ask_save_path = lambda suggested: target
    page.save_button.click()
    saved = json.loads(target.read_text("utf-8"))
    assert saved["equipment_id"] == "ALE12-1234.5678.90"
    assert "password" not in target.read_text("utf-8").lower()
    assert wizard.plan_path == target


def test_summary_never_says_the_gateway_is_activated(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    # No API field activates the WebRTC gateway: the summary says where it is done.
    wizard = make_wizard(services)
    stamp = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    ready = ready_state("https://openrainbow.com", webrtc_enabled=True, licence_accepted_at=stamp)
    wizard.state.__dict__.update(ready.__dict__)
    open_at(wizard, Step.SUMMARY)
    text = wizard.page_for(Step.SUMMARY).summary_text()
    assert "activated" not in text.replace("to activate", "")
    assert "Rainbow admin portal" in text


def test_summary_shows_problems_and_blocks(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    state = ready_state("https://openrainbow.com", country="ZZ", server_name="")
    wizard.state.__dict__.update(state.__dict__)
    open_at(wizard, Step.SUMMARY)
    page = wizard.page_for(Step.SUMMARY)
    assert not page.isComplete()
    assert "Server name" in page.problems.text()
    assert not page.save_button.isEnabled()


def test_summary_link_goes_back(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    wizard.state.__dict__.update(ready_state("https://openrainbow.com").__dict__)
    wizard.setStartId(page_id(Step.DIALING))
    wizard.restart()
    wizard.next()
    wizard.next()
    assert wizard.current_step() is Step.SUMMARY
    page = wizard.page_for(Step.SUMMARY)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    page.save_button.setFocus()
    for _ in range(40):  # Tab (backwards) until the Dialing row's "Change" has the focus
        if QApplication.focusWidget() is page.change_buttons[Step.DIALING]:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is page.change_buttons[Step.DIALING]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert wizard.current_step() is Step.DIALING


def test_btco_credentials_link_goes_to_the_mode_page(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    """BTCO has no credentials page: changing them means changing the mode."""
    wizard = make_wizard(services)
    state = ready_state("https://openrainbow.com", mode=DeliveryMode.BTCO, offline=True)
    wizard.state.__dict__.update(state.__dict__)
    open_at(wizard, Step.PBX_MODE)
    for _ in range(4):  # mode, company, PBX, dialing, numbering: no credentials page
        wizard.next()
    assert wizard.current_step() is Step.NUMBERING
    wizard.next()
    assert wizard.current_step() is Step.SUMMARY
    page = wizard.page_for(Step.SUMMARY)
    assert Step.CREDENTIALS not in page.change_buttons
    assert "Generated by Rainbow at declaration" in page.summary_text().splitlines()
    buttons = [b for b in page.summary.findChildren(QPushButton) if b.isVisibleTo(page)]
    credentials = next(b for b in buttons if b.accessibleName() == "Change: Credentials")
    qtbot.mouseClick(credentials, Qt.MouseButton.LeftButton)
    assert wizard.current_step() is Step.PBX_MODE


def test_a_link_back_past_the_first_page_shown_stops_there(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    """Opened on the Summary (a resumed file), Back has nowhere to go: the jump ends, not loops."""
    wizard = make_wizard(services)
    wizard.state.__dict__.update(ready_state("https://openrainbow.com").__dict__)
    open_at(wizard, Step.SUMMARY)
    wizard.jump_to(Step.PBX_MODE)
    assert wizard.current_step() is Step.SUMMARY


def test_summary_names_the_site_the_company_and_the_rules(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services
) -> None:
    wizard = make_wizard(services)
    state = ready_state(
        "https://openrainbow.com",
        site_id="65f1a0000000000000020011",
        site_name="Lyon - Atelier Croix-Rousse",
        installation_number="+33 4 78 00 00 00",
        rules=[NumberingRule("^0(.*)$", "$1", "Drop the trunk 0")],
    )
    wizard.state.__dict__.update(state.__dict__)
    open_at(wizard, Step.SUMMARY)
    text = wizard.page_for(Step.SUMMARY).summary_text()
    assert f"{MARTIN.name} (Rainbow id {MARTIN.id})" in text
    assert "Site: Lyon - Atelier Croix-Rousse" in text
    assert "65f1a0000000000000020011" not in text
    assert "Installation number: +33 4 78 00 00 00" in text
    assert "Drop the trunk 0" in text


@pytest.mark.asyncio
async def test_stock_declaration(qtbot, make_wizard, sandbox_services, sandbox_account) -> None:  # type: ignore[no-untyped-def]
    await signed_in(sandbox_services, sandbox_account)
    wizard = make_wizard(sandbox_services)
    wizard.state.__dict__.update(ready_state(sandbox_account.rainbow_url).__dict__)
    open_at(wizard, Step.DECLARATION)
    page = wizard.page_for(Step.DECLARATION)
    await wait_until(lambda: wizard.state.progress.system_id and not page.runner.busy)
    assert page.isComplete()
    assert page.equipment_field.value() == "ALE12-1234.5678.90"
    assert "Declared" in page.status_label.text()


@pytest.mark.asyncio
async def test_btco_declaration_shows_code_to_copy(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services, sandbox_account
) -> None:
    await signed_in(sandbox_services, sandbox_account)
    wizard = make_wizard(sandbox_services)
    state = ready_state(sandbox_account.rainbow_url, mode=DeliveryMode.BTCO)
    wizard.state.__dict__.update(state.__dict__)
    open_at(wizard, Step.DECLARATION)
    page = wizard.page_for(Step.DECLARATION)
    await wait_until(lambda: wizard.state.progress.system_id and not page.runner.busy)
    code = page.code_field.value()
    assert code.isdigit() and len(code) == 4
    assert page.equipment_field.value() == wizard.state.equipment_id != ""
    page.code_field.copy()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == code
    # The first page that has them (BTCO has no credentials page) says what to do with them.
    assert page.result_box.isVisibleTo(page)
    assert "OMC" in page.result_box.title()
    note = page.result_note.text()
    for what in ("Expert View > Cloud > Rainbow", "draft", "installation file", "Reset connection"):
        assert what in note, what


@pytest.mark.asyncio
async def test_stock_declaration_says_nothing_is_entered_in_omc(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services, sandbox_account
) -> None:
    await signed_in(sandbox_services, sandbox_account)
    wizard = make_wizard(sandbox_services)
    wizard.state.__dict__.update(ready_state(sandbox_account.rainbow_url).__dict__)
    open_at(wizard, Step.DECLARATION)
    page = wizard.page_for(Step.DECLARATION)
    await wait_until(lambda: wizard.state.progress.system_id and not page.runner.busy)
    assert "OMC" not in page.result_box.title()
    assert "nothing needs entering on the PBX" in page.result_note.text()


@pytest.mark.asyncio
async def test_cancel_then_declare_again_creates_one_system(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services, sandbox_account, rainbow_sandbox
) -> None:
    await signed_in(sandbox_services, sandbox_account)
    emulator = rainbow_sandbox.emulator
    rainbow_sandbox.call(lambda: emulator.faults.add("POST", "/systems$", delay=1.0))
    wizard = make_wizard(sandbox_services)
    wizard.state.__dict__.update(ready_state(sandbox_account.rainbow_url).__dict__)
    open_at(wizard, Step.DECLARATION)
    page = wizard.page_for(Step.DECLARATION)
    await wait_until(lambda: "…" in page.step_labels["create"].text())
    page.cancel_button.click()
    await wait_until(lambda: not page.runner.busy)
    assert "Cancelled" in page.status_label.text()
    assert not page.isComplete()
    page.retry_button.click()
    page.confirm_reuse = lambda system: _true()
    await wait_until(lambda: wizard.state.progress.system_id and not page.runner.busy, 15)
    systems = rainbow_sandbox.call(
        lambda: [
            s for s in rainbow_sandbox.emulator.store.list_systems()
            if s.pbx_id == "ALE12-1234.5678.90"
        ]
    )  # fmt: skip
    assert len(systems) == 1


async def _true() -> bool:
    return True


@pytest.mark.asyncio
async def test_declaration_error_is_shown_in_words(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services, sandbox_account
) -> None:
    await signed_in(sandbox_services, sandbox_account)
    wizard = make_wizard(sandbox_services)
    state = ready_state(
        sandbox_account.rainbow_url, fleet_ref="ALE99", installation_ref="9999.9999.99"
    )
    wizard.state.__dict__.update(state.__dict__)
    open_at(wizard, Step.DECLARATION)
    page = wizard.page_for(Step.DECLARATION)
    await wait_until(lambda: not page.runner.busy and page.status_label.text() != "Declaring…")
    assert "equipment id" in page.status_label.text().lower()
    assert "Traceback" not in page.status_label.text()
    assert not page.isComplete()


def test_save_from_any_page_through_the_menu(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, tmp_path: Path
) -> None:
    wizard = make_wizard(services)
    summary = wizard.page_for(Step.SUMMARY)
    told: list[str] = []
    summary.inform = told.append
    target = tmp_path / "early.json"
    summary.ask_save_path = lambda suggested: target
    wizard.next()  # PBX and mode: the plan is far from complete
    wizard.save_action.trigger()
    assert not target.exists()
    assert "cannot be saved yet" in told[-1] and "Company" in told[-1]

    wizard.state.__dict__.update(ready_state("https://openrainbow.com").__dict__)
    wizard.save_action.trigger()
    assert json.loads(target.read_text("utf-8"))["server_name"] == "Martin OXO"
    assert "Saved to" in told[-1]
    more = wizard.button(QWizard.WizardButton.CustomButton1)
    assert more.isVisible() and more.menu() is wizard.tools_menu


def test_protected_file_round_trip_and_wrong_passphrase(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, tmp_path: Path
) -> None:
    wizard = make_wizard(services)
    state = ready_state("https://openrainbow.com")
    wizard.state.__dict__.update(state.__dict__)
    open_at(wizard, Step.SUMMARY)
    summary = wizard.page_for(Step.SUMMARY)
    target = tmp_path / "protected.json"
    summary.ask_save_path = lambda suggested: target
    summary.ask_new_passphrase = lambda: "correct horse battery"
    summary.protect_box.setChecked(True)
    assert summary.save_from_anywhere()
    content = target.read_text("utf-8")
    assert "1234.5678.90" not in content and "protected" in content
    before = target.read_bytes()

    from PySide6.QtWidgets import QMessageBox

    again = make_wizard(services)
    start = again.page_for(Step.START)
    warnings: list[str] = []
    original = QMessageBox.warning
    QMessageBox.warning = lambda *args: warnings.append(args[2])  # type: ignore[method-assign]
    try:
        start.ask_passphrase = lambda path: "wrong passphrase"
        assert not start.open_plan_file(target)
        assert "passphrase" in warnings[-1].lower()
        assert target.read_bytes() == before
        start.ask_passphrase = lambda path: None
        assert not start.open_plan_file(target)
        start.offline_box.setChecked(True)
        start.ask_passphrase = lambda path: "correct horse battery"
        assert start.open_plan_file(target)
    finally:
        QMessageBox.warning = original  # type: ignore[method-assign]
    assert again.state.fleet_ref == "ALE12"
    assert again.plan_passphrase == "correct horse battery"

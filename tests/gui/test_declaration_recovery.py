"""The declaration page when a declaration exists already or the file cannot be written: the
"Take over" button (after a confirmation), the credentials shown when the file cannot record
them, and the rerun that adopts an interrupted declaration without asking.

Against the Rainbow emulator on loopback, with real widgets.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from installer_app.domain.flow import Step, WizardState
from installer_app.domain.plan import DeliveryMode
from installer_app.rainbow import System
from installer_app.storage.plan_files import load_plan
from tests.gui.conftest import wait_until
from tests.gui.test_summary_declaration import open_at, ready_state, signed_in


def btco_state(url: str) -> WizardState:
    return ready_state(
        url, mode=DeliveryMode.BTCO, server_name="Recovery OXO", fleet_ref="", installation_ref=""
    )


def systems(rainbow_sandbox, name: str) -> list:  # type: ignore[no-untyped-def]
    store = rainbow_sandbox.emulator.store
    return rainbow_sandbox.call(lambda: [s for s in store.list_systems() if s.name == name])


async def _decline(_system: System) -> bool:
    return False


async def _never_asked(system: System) -> bool:
    raise AssertionError(f"asked whether to reuse {system.id}: an intent must be adopted")


@pytest.mark.asyncio
async def test_take_over_button_adopts_the_declaration_after_confirmation(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services, sandbox_account, rainbow_sandbox
) -> None:
    await signed_in(sandbox_services, sandbox_account)
    first = make_wizard(sandbox_services)
    first.state.__dict__.update(btco_state(sandbox_account.rainbow_url).__dict__)
    open_at(first, Step.DECLARATION)
    await wait_until(lambda: first.state.progress.system_id)
    (system,) = systems(rainbow_sandbox, "Recovery OXO")

    wizard = make_wizard(sandbox_services)
    wizard.state.__dict__.update(btco_state(sandbox_account.rainbow_url).__dict__)
    page = wizard.page_for(Step.DECLARATION)
    page.confirm_reuse = _decline
    open_at(wizard, Step.DECLARATION)
    # The button shows before the refused task's end is signalled (one turn of the loop later).
    await wait_until(lambda: page.adopt_button.isVisibleTo(page) and not page.runner.busy)
    assert "already declared" in page.status_label.text()
    assert not page.isComplete()

    page.adopt_button.click()
    box = page.take_over_box
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.No).click()  # declined: nothing changes
    assert not page.runner.busy and not wizard.state.progress.system_id

    page.adopt_button.click()
    page.take_over_box.button(QMessageBox.StandardButton.Yes).click()
    await wait_until(lambda: wizard.state.progress.system_id and not page.runner.busy)
    assert wizard.state.progress.system_id == system.id
    assert page.equipment_field.value() == system.pbx_id
    assert page.code_field.value() == system.activation_code
    assert not page.adopt_button.isVisibleTo(page)
    assert len(systems(rainbow_sandbox, "Recovery OXO")) == 1


@pytest.mark.asyncio
async def test_credentials_the_file_cannot_record_are_shown_then_adopted_on_rerun(  # type: ignore[no-untyped-def]
    make_wizard, sandbox_services, sandbox_account, rainbow_sandbox, tmp_path: Path
) -> None:
    """The folder of the installation file is replaced by a file while the create call is
    held: writing fails even for root (tests run as root, where a read-only folder does not)."""
    await signed_in(sandbox_services, sandbox_account)
    emulator = rainbow_sandbox.emulator
    rainbow_sandbox.call(lambda: emulator.faults.add("POST", "/systems$", delay=1.0))
    folder = tmp_path / "plans"
    folder.mkdir()
    wizard = make_wizard(sandbox_services)
    wizard.state.__dict__.update(btco_state(sandbox_account.rainbow_url).__dict__)
    wizard.plan_path = folder / "recovery.oxoplan.json"
    page = wizard.page_for(Step.DECLARATION)
    open_at(wizard, Step.DECLARATION)
    await wait_until(lambda: "…" in page.step_labels["create"].text())
    assert load_plan(wizard.plan_path).progress.pending_declaration is not None
    folder.rename(tmp_path / "aside")
    folder.write_text("not a folder", "utf-8")

    await wait_until(lambda: page.unrecorded_dialog is not None)
    (system,) = systems(rainbow_sandbox, "Recovery OXO")
    dialog = page.unrecorded_dialog
    assert dialog.isVisible()
    assert dialog.equipment_field.value() == system.pbx_id
    assert dialog.code_field.value() == system.activation_code
    dialog.reject()

    folder.unlink()
    (tmp_path / "aside").rename(folder)
    plan = load_plan(folder / "recovery.oxoplan.json")
    assert plan.progress.pending_declaration is not None and plan.progress.system_id is None
    again = make_wizard(sandbox_services)
    again.state = WizardState.from_plan(plan)
    again.state.signed_in = True
    again.plan_path = folder / "recovery.oxoplan.json"
    resumed = again.page_for(Step.DECLARATION)
    resumed.confirm_reuse = _never_asked
    open_at(again, Step.DECLARATION)
    await wait_until(lambda: again.state.progress.system_id and not resumed.runner.busy)
    assert "interrupted" in resumed.status_label.text()
    recorded = load_plan(folder / "recovery.oxoplan.json")
    assert recorded.progress.system_id == system.id
    assert recorded.equipment_id == system.pbx_id
    assert recorded.activation_code == system.activation_code
    assert recorded.progress.pending_declaration is None
    assert len(systems(rainbow_sandbox, "Recovery OXO")) == 1

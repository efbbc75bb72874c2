"""Drafts in the wizard: autosave on every page, no secrets, resume after a crash, Finish clears."""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QWizard

from installer_app.domain.flow import Step
from installer_app.storage.drafts import DraftStore
from installer_app.ui.support.drafts import DraftKeeper, draft_path
from installer_app.ui.wizard import page_id
from tests.gui.conftest import wait_until
from tests.gui.test_summary_declaration import MARTIN, ready_state


def written(wizard) -> None:  # type: ignore[no-untyped-def]
    """Once the saves asked for in this turn of the event loop are written (in the keeper's
    worker thread)."""
    QCoreApplication.processEvents()
    wizard.findChild(DraftKeeper).flush()


def draft_json(wizard) -> dict:  # type: ignore[no-untyped-def]
    """The draft on disk, once the saves asked for in this turn of the event loop are done."""
    written(wizard)
    return json.loads(draft_path(wizard).read_text("utf-8"))


def resume_button(wizard) -> QPushButton | None:  # type: ignore[no-untyped-def]
    return wizard.page_for(Step.START).findChild(QPushButton, "resumeDraftButton")


def fill_offline_until_credentials(qtbot, wizard) -> None:  # type: ignore[no-untyped-def]
    start = wizard.page_for(Step.START)
    start.offline_box.setChecked(True)
    wizard.next()
    assert wizard.current_step() is Step.PBX_MODE
    wizard.next()
    company = wizard.page_for(Step.COMPANY)
    qtbot.keyClicks(company.company_id_edit, MARTIN.id)
    qtbot.keyClicks(company.company_name_edit, MARTIN.name)
    wizard.next()
    qtbot.keyClicks(wizard.page_for(Step.PBX).name_edit, "Martin OXO")
    wizard.next()
    assert wizard.current_step() is Step.CREDENTIALS


def test_nothing_saved_on_the_start_page(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    assert wizard.findChild(DraftKeeper) is not None
    QCoreApplication.processEvents()
    assert not draft_path(wizard).exists()
    assert resume_button(wizard) is None


def test_draft_written_after_every_page(qtbot, make_wizard, services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    assert draft_path(wizard).parent == tmp_path  # next to the test's own settings file
    fill_offline_until_credentials(qtbot, wizard)
    wizard.back()
    wizard.back()
    wizard.back()
    data = draft_json(wizard)
    assert data["step"] == "pbx_mode"
    assert data["wizard"]["offline"] is True
    wizard.next()
    wizard.next()
    wizard.next()
    data = draft_json(wizard)
    assert data["step"] == "credentials"
    assert data["plan"]["company"] == {"id": MARTIN.id, "name": MARTIN.name}
    assert data["plan"]["server_name"] == "Martin OXO"


@pytest.mark.asyncio
async def test_draft_holds_no_secret_after_sign_in(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services, sandbox_account
) -> None:
    wizard = make_wizard(sandbox_services)
    wizard.next()
    wizard.next()
    sign_in = wizard.page_for(Step.SIGN_IN)
    qtbot.mouseClick(sign_in.form.sign_in_button, Qt.MouseButton.LeftButton)
    # Signed in, and the page done with its task: Next goes on only then (one loop turn later).
    await wait_until(lambda: wizard.state.signed_in and sign_in.isComplete())
    wizard.next()
    assert wizard.current_step() is Step.COMPANY
    company = wizard.page_for(Step.COMPANY)
    await wait_until(lambda: company.listed_query == "")  # its first search is over
    await wizard.shutdown()
    written(wizard)
    text = draft_path(wizard).read_text("utf-8")
    assert sandbox_account.password not in text
    assert sandbox_account.app_secret not in text
    assert "eyJ" not in text  # no JWT
    assert "password" not in text.lower()
    data = json.loads(text)
    assert data["step"] == "company"
    assert data["wizard"]["signed_in"] is False
    assert data["plan"]["rainbow_server"] == sandbox_account.rainbow_url


def test_resume_after_a_crash(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    first = make_wizard(services)
    fill_offline_until_credentials(qtbot, first)
    written(first)  # the end of the turn: the draft is written
    # The first wizard never closes (a crash); a new one opens with the same draft folder.
    second = make_wizard(services)
    button = resume_button(second)
    assert button is not None and button.isVisibleTo(second)
    assert "Martin OXO" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert second.current_step() is Step.CREDENTIALS
    assert second.state.company_id == MARTIN.id
    assert second.state.server_name == "Martin OXO"
    assert second.state.offline
    assert second.page_for(Step.START).offline_box.isChecked()
    assert not button.isVisibleTo(second)
    second.back()
    assert second.current_step() is Step.PBX  # Back still walks the pages


def test_resume_online_stops_at_sign_in_and_keeps_the_target(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services
) -> None:
    store_path = draft_path(make_wizard(services))
    state = ready_state("https://openrainbow.com")
    DraftStore(store_path).save(state, Step.SUMMARY)
    wizard = make_wizard(services)
    resume_button(wizard).click()
    assert wizard.current_step() is Step.SIGN_IN
    assert wizard.resume_target is Step.SUMMARY
    assert not wizard.state.signed_in
    assert draft_json(wizard)["step"] == "summary"
    assert wizard.state.server_name == "Martin OXO"


def test_finish_clears_and_cancel_keeps(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    wizard.state.__dict__.update(ready_state("https://openrainbow.com", offline=True).__dict__)
    wizard.setStartId(page_id(Step.SUMMARY))
    wizard.restart()
    assert draft_json(wizard)["step"] == "summary"
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert not draft_path(wizard).exists()

    other = make_wizard(services)
    other.next()
    other.reject()  # before the end of the turn: saved at once on closing
    assert draft_json(other)["step"] == "pbx_mode"


def test_damaged_draft_is_ignored(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, caplog: pytest.LogCaptureFixture
) -> None:
    path = draft_path(make_wizard(services))
    path.write_text('{"draft_version": 1, "step": "dialing", "plan": [', "utf-8")
    with caplog.at_level(logging.WARNING, logger="installer_app.storage.drafts"):
        wizard = make_wizard(services)
    assert resume_button(wizard) is None
    assert any("Ignoring the draft" in r.getMessage() for r in caplog.records)
    wizard.next()
    assert draft_json(wizard)["step"] == "pbx_mode"  # replaced by a good one


def test_unwritable_draft_only_logs(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    wizard = make_wizard(services)
    keeper = wizard.findChild(DraftKeeper)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", "utf-8")
    keeper.store = DraftStore(blocker / "draft.json")
    with caplog.at_level(logging.WARNING, logger="installer_app.ui.support.drafts"):
        wizard.next()
        written(wizard)
    assert wizard.current_step() is Step.PBX_MODE
    assert any("cannot be written" in r.getMessage() for r in caplog.records)


def test_the_draft_is_written_off_the_gui_thread_in_order(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    keeper = wizard.findChild(DraftKeeper)
    writes: list[tuple[str, bool]] = []
    write = keeper.store.write

    def recording(data) -> None:  # type: ignore[no-untyped-def]
        writes.append((data["step"], threading.current_thread() is threading.main_thread()))
        write(data)

    keeper.store.write = recording
    wizard.next()
    QCoreApplication.processEvents()
    wizard.next()
    shown = wizard.current_step().value
    assert draft_json(wizard)["step"] == shown == "sign_in"
    assert writes and not any(on_gui for _step, on_gui in writes)
    assert writes[-1][0] == shown  # the last one asked for is the one on disk

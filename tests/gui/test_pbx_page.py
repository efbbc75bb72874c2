"""The PBX page: server name, and the WebRTC gateway with the portal's step."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QWizard,
)

from installer_app.domain.flow import Step
from installer_app.ui.dialogs.gateway_dialog import GatewayDialog
from installer_app.ui.pages.pbx import PbxPage
from installer_app.ui.wizard import InstallerWizard, page_id


def open_page(wizard: InstallerWizard, step: Step = Step.PBX) -> PbxPage:
    """Show ``step`` first, as if the technician had reached it."""
    wizard.setStartId(page_id(step))
    wizard.restart()
    page = wizard.page_for(step)
    assert isinstance(page, PbxPage)
    return page


def next_enabled(wizard: InstallerWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def click_box(qtbot, box: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    """Click a check box on its indicator (its centre may be blank space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def open_gateway_dialog(qtbot, page: PbxPage) -> GatewayDialog:  # type: ignore[no-untyped-def]
    """Tick the gateway like a technician and return the dialog it opens."""
    click_box(qtbot, page.webrtc_box)
    dialog = page.gateway_dialog
    assert isinstance(dialog, GatewayDialog)
    assert dialog.isVisible()
    assert QApplication.activeModalWidget() is dialog
    return dialog


def test_server_name_is_required(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    assert not next_enabled(wizard)
    assert "Server name" in page.reason_text()
    assert not page.name_message.isVisibleTo(page)  # nothing typed yet: no red under the field

    qtbot.keyClicks(page.name_edit, " ")
    assert wizard.state.server_name == ""
    assert not next_enabled(wizard)
    assert "Server name" in page.name_message.text()
    assert page.name_message.isVisibleTo(page)

    page.name_edit.clear()
    qtbot.keyClicks(page.name_edit, "  Martin OXO ")
    assert wizard.state.server_name == "Martin OXO"
    assert next_enabled(wizard)
    assert page.reason_text() == ""
    assert not page.name_message.isVisibleTo(page)


def test_placeholder_suggests_a_name_from_the_company(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    wizard.state.company_name = "Martin Plomberie"
    page = open_page(wizard)
    assert page.name_edit.placeholderText() == "e.g. Martin Plomberie OXO"
    assert "OXO Connect" in page.model_label.text()
    assert wizard.state.server_name == ""  # a suggestion, never a value


def test_recording_the_choice_ticks_the_gateway_and_records_the_time(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services
) -> None:
    wizard = make_wizard(services)
    page = open_page(wizard)
    qtbot.keyClicks(page.name_edit, "Martin OXO")
    dialog = open_gateway_dialog(qtbot, page)
    # No licence text of our own: the portal's step, in the portal's words.
    text = dialog.text_label.text()
    assert "cannot activate the gateway" in text
    assert "Customer companies > the company > Communication > Comm. Servers > the server" in text
    assert "licence agreement is shown for you to accept" in text
    assert not next_enabled(wizard)  # not recorded yet
    assert "WebRTC gateway choice" in page.reason_text()

    before = datetime.now(UTC)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    after = datetime.now(UTC)

    assert page.gateway_dialog is None
    assert page.webrtc_box.isChecked()
    assert wizard.state.webrtc_enabled
    accepted = wizard.state.licence_accepted_at
    assert accepted is not None
    assert accepted.utcoffset() is not None
    assert accepted.utcoffset().total_seconds() == 0
    assert before <= accepted <= after
    assert "Choice recorded on" in page.accepted_label.text()
    assert "Rainbow admin portal" in page.accepted_label.text()
    assert next_enabled(wizard)


def test_cancelling_unticks_the_gateway(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    qtbot.keyClicks(page.name_edit, "Martin OXO")
    dialog = open_gateway_dialog(qtbot, page)
    qtbot.mouseClick(dialog.decline_button, Qt.MouseButton.LeftButton)
    assert not page.webrtc_box.isChecked()
    assert not wizard.state.webrtc_enabled
    assert wizard.state.licence_accepted_at is None
    assert not page.accepted_label.isVisibleTo(page)
    assert next_enabled(wizard)


def test_escape_declines_too(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    dialog = open_gateway_dialog(qtbot, page)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert page.gateway_dialog is None
    assert not page.webrtc_box.isChecked()
    assert wizard.state.licence_accepted_at is None


def test_enter_in_the_dialog_does_not_accept(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    dialog = open_gateway_dialog(qtbot, page)
    assert dialog.decline_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not wizard.state.webrtc_enabled


def test_space_on_the_box_opens_the_dialog(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    page.webrtc_box.setFocus()
    qtbot.keyClick(page.webrtc_box, Qt.Key.Key_Space)
    assert isinstance(page.gateway_dialog, GatewayDialog)
    qtbot.keyClick(page.gateway_dialog.accept_button, Qt.Key.Key_Space)
    assert wizard.state.webrtc_enabled


def test_unticking_clears_the_acceptance(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    fixed = datetime(2024, 5, 2, 9, 41, tzinfo=UTC)
    page.clock = lambda: fixed
    dialog = open_gateway_dialog(qtbot, page)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert wizard.state.licence_accepted_at == fixed
    assert page.accepted_label.text() == (
        "Choice recorded on 2024-05-02 09:41 UTC. Activate the gateway in the Rainbow admin portal."
    )

    click_box(qtbot, page.webrtc_box)
    assert page.gateway_dialog is None  # unticking asks nothing
    assert not wizard.state.webrtc_enabled
    assert wizard.state.licence_accepted_at is None


def test_dialog_factory_is_injectable(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    built: list[GatewayDialog] = []

    def factory(parent):  # type: ignore[no-untyped-def]
        dialog = GatewayDialog(parent)
        built.append(dialog)
        return dialog

    page.gateway_dialog_factory = factory
    page.webrtc_box.setChecked(True)
    assert built == [page.gateway_dialog]
    built[0].accept()
    assert wizard.state.webrtc_enabled


def test_resumed_acceptance_is_shown_without_asking_again(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    accepted = datetime(2024, 5, 2, 9, 41, tzinfo=UTC)
    wizard.state.server_name = "Martin OXO"
    wizard.state.webrtc_enabled = True
    wizard.state.licence_accepted_at = accepted
    page = open_page(wizard)
    assert page.gateway_dialog is None
    assert page.webrtc_box.isChecked()
    assert page.name_edit.text() == "Martin OXO"
    assert wizard.state.licence_accepted_at == accepted
    assert next_enabled(wizard)


def test_gateway_without_acceptance_is_not_shown_ticked(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    wizard.state.server_name = "Martin OXO"
    wizard.state.webrtc_enabled = True
    page = open_page(wizard)
    assert not page.webrtc_box.isChecked()
    assert not wizard.state.webrtc_enabled
    assert next_enabled(wizard)


@pytest.mark.parametrize("accept", [True, False])
def test_next_and_back_keep_the_input(qtbot, make_wizard, services, accept: bool) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    qtbot.keyClicks(page.name_edit, "Martin OXO")
    dialog = open_gateway_dialog(qtbot, page)
    button = dialog.accept_button if accept else dialog.decline_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.current_step() is Step.CREDENTIALS
    wizard.back()
    assert wizard.current_step() is Step.PBX
    assert page.name_edit.text() == "Martin OXO"
    assert page.webrtc_box.isChecked() is accept
    assert (wizard.state.licence_accepted_at is not None) is accept

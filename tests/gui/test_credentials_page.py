"""The credentials page: stock references checked as typed, split when pasted whole; no such page
in BTCO."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QWizard,
)

from installer_app.domain.flow import Step
from installer_app.domain.plan import DeliveryMode
from installer_app.ui.pages.credentials import CredentialsPage, inserted_text
from installer_app.ui.wizard import InstallerWizard, page_id

JOINED = "ALE12-1234.5678.90"


def open_page(wizard: InstallerWizard) -> CredentialsPage:
    """Show the credentials page first, as if the technician had reached it."""
    wizard.setStartId(page_id(Step.CREDENTIALS))
    wizard.restart()
    page = wizard.page_for(Step.CREDENTIALS)
    assert isinstance(page, CredentialsPage)
    return page


def next_enabled(wizard: InstallerWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def paste(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Paste ``text`` with Ctrl+V, as from another program."""
    QGuiApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def click_box(qtbot, box: QCheckBox) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_inserted_text() -> None:
    assert inserted_text("", "ALE12") == "ALE12"
    assert inserted_text("ALE1", "ALE12") == "2"
    assert inserted_text("ALE12", "ALE12-1234.5678.90") == "-1234.5678.90"
    assert inserted_text("AB", "A" + JOINED + "B") == JOINED
    assert inserted_text("ALE12", "ALE1") == ""


def test_valid_references_show_what_rainbow_stores(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    assert not next_enabled(wizard)
    assert "Fleet reference is required" in page.reason_text()
    assert not page.fleet_message.isVisibleTo(page)  # nothing typed yet
    assert not page.override_box.isVisibleTo(page)

    qtbot.keyClicks(page.fleet_edit, "ALE12")
    qtbot.keyClicks(page.installation_edit, "1234.5678.90")
    assert (wizard.state.fleet_ref, wizard.state.installation_ref) == ("ALE12", "1234.5678.90")
    assert next_enabled(wizard)
    assert page.fleet_message.text() == page.installation_message.text() == ""
    assert page.equipment_field.value() == JOINED
    assert page.code_field.value() == JOINED
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    assert page.equipment_field.value_edit.font().family() == fixed

    qtbot.mouseClick(page.equipment_field.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == JOINED


WRONG_SHAPES = [
    # (fleet, installation, field in error, its name in the message)
    ("AL12X", "1234.5678.90", "fleet", "Fleet reference"),
    ("12ALE", "1234.5678.90", "fleet", "Fleet reference"),
    ("ALE12", "1234.5678.9", "installation", "Installation reference"),
    ("ALE12", "12345678.90", "installation", "Installation reference"),
    ("ALE12", "ABCD.5678.90", "installation", "Installation reference"),
]


@pytest.mark.parametrize("case", WRONG_SHAPES)
def test_wrong_shapes_name_the_field_and_offer_the_override(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, case: tuple[str, str, str, str]
) -> None:
    fleet, installation, field, named = case
    wizard = make_wizard(services)
    page = open_page(wizard)
    qtbot.keyClicks(page.fleet_edit, fleet)
    qtbot.keyClicks(page.installation_edit, installation)
    message = page.fleet_message if field == "fleet" else page.installation_message
    other = page.installation_message if field == "fleet" else page.fleet_message
    assert message.text().startswith(named)
    assert "expected shape" in message.text()
    assert other.text() == ""
    assert not next_enabled(wizard)
    assert page.reason_text().startswith(named)
    assert page.override_box.isVisibleTo(page)
    assert page.equipment_field.value() == ""

    click_box(qtbot, page.override_box)
    assert wizard.state.reference_override
    assert next_enabled(wizard)
    assert message.text().startswith(named)  # still said, now as a warning
    assert message.kind.value == "warning"
    assert page.equipment_field.value() == f"{fleet}-{installation}".upper()


def test_override_still_refuses_a_dash_in_the_fleet_reference(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    qtbot.keyClicks(page.fleet_edit, "AL-E12")
    qtbot.keyClicks(page.installation_edit, "1234.5678.90")
    click_box(qtbot, page.override_box)
    assert not next_enabled(wizard)
    assert "Fleet reference cannot contain a dash" in page.reason_text()


def test_override_box_stays_visible_while_ticked(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    qtbot.keyClicks(page.fleet_edit, "AL12X")
    click_box(qtbot, page.override_box)
    page.fleet_edit.clear()
    qtbot.keyClicks(page.fleet_edit, "ALE12")
    assert page.override_box.isVisibleTo(page)  # so it can be unticked
    click_box(qtbot, page.override_box)
    assert not wizard.state.reference_override
    assert not page.override_box.isVisibleTo(page)


PASTED = [
    "ALE12-1234.5678.90",
    "ale12-1234.5678.90",
    "ALE12 – 1234.5678.90",  # en dash with spaces, as a word processor writes it
    "ALE12—1234.5678.90",
    "  ALE12-1234.5678.90\n",  # a spreadsheet cell brings a line break
    "ALE12\t1234.5678.90",  # two spreadsheet cells
    "ALE12\n1234.5678.90\n",
    "ALE12 - 1234 5678 90",
    "\ufeffALE12\u20111234.5678.90",
]


@pytest.mark.parametrize("pasted", PASTED)
@pytest.mark.parametrize("into", ["fleet", "installation"])
def test_whole_reference_pasted_into_either_field_is_split(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, pasted: str, into: str
) -> None:
    wizard = make_wizard(services)
    page = open_page(wizard)
    target = page.fleet_edit if into == "fleet" else page.installation_edit
    paste(qtbot, target, pasted)
    assert page.fleet_edit.text() == "ALE12"
    assert page.installation_edit.text() == "1234.5678.90"
    assert (wizard.state.fleet_ref, wizard.state.installation_ref) == ("ALE12", "1234.5678.90")
    assert next_enabled(wizard)
    assert page.equipment_field.value() == JOINED


def test_pasting_over_a_selection_splits_too(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    qtbot.keyClicks(page.fleet_edit, "OLD99")
    page.fleet_edit.selectAll()
    paste(qtbot, page.fleet_edit, "XYZ7-1111.2222.33")
    assert (page.fleet_edit.text(), page.installation_edit.text()) == ("XYZ7", "1111.2222.33")


def test_pasting_the_second_half_after_the_first_joins_and_splits(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services
) -> None:
    wizard = make_wizard(services)
    page = open_page(wizard)
    qtbot.keyClicks(page.fleet_edit, "ALE12")
    paste(qtbot, page.fleet_edit, "-1234.5678.90")
    assert (page.fleet_edit.text(), page.installation_edit.text()) == ("ALE12", "1234.5678.90")


def test_a_reference_outside_the_shapes_pasted_whole_is_split(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    paste(qtbot, page.installation_edit, "ALE12-1234.5678")  # fleet matches, installation short
    assert (page.fleet_edit.text(), page.installation_edit.text()) == ("ALE12", "1234.5678")
    assert page.installation_message.text().startswith("Installation reference")
    assert not next_enabled(wizard)


@pytest.mark.parametrize("pasted", ["1234-5678-90", "XY-1", "ALE12"])
def test_one_part_pasted_stays_where_it_was_pasted(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, pasted: str
) -> None:
    wizard = make_wizard(services)
    page = open_page(wizard)
    paste(qtbot, page.installation_edit, pasted)
    assert page.installation_edit.text() == pasted
    assert page.fleet_edit.text() == ""


def test_installation_typed_with_spaces_is_stored_with_dots(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    qtbot.keyClicks(page.fleet_edit, "ale12")
    qtbot.keyClicks(page.installation_edit, "1234 5678 90")
    assert (wizard.state.fleet_ref, wizard.state.installation_ref) == ("ALE12", "1234.5678.90")
    assert next_enabled(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    page.fleet_edit.setFocus()
    qtbot.keyClick(page.fleet_edit, Qt.Key.Key_Tab)
    assert page.installation_edit.hasFocus()
    assert page.fleet_edit.text() == "ALE12"  # tidied when leaving the field


def test_typing_a_whole_reference_splits_only_once_complete(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    qtbot.keyClicks(page.fleet_edit, "ALE12-1234.5678.9")
    assert page.fleet_edit.text() == "ALE12-1234.5678.9"  # not split while being typed
    assert page.installation_edit.text() == ""
    assert page.fleet_message.text().startswith("Fleet reference")
    qtbot.keyClicks(page.fleet_edit, "0")
    assert (page.fleet_edit.text(), page.installation_edit.text()) == ("ALE12", "1234.5678.90")
    assert next_enabled(wizard)


def test_clearing_a_field_says_it_is_required(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    qtbot.keyClicks(page.fleet_edit, "A")
    qtbot.keyClick(page.fleet_edit, Qt.Key.Key_Backspace)
    assert page.fleet_message.text() == "Fleet reference is required."
    assert not next_enabled(wizard)


def test_btco_has_no_credentials_page(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    """BTCO has nothing to type before the declaration: Next on the PBX page goes to Dialing,
    Back comes straight back, and no empty page sits in between."""
    wizard = make_wizard(services)
    wizard.state.mode = DeliveryMode.BTCO
    wizard.setStartId(page_id(Step.PBX))
    wizard.restart()
    qtbot.keyClicks(wizard.page_for(Step.PBX).name_edit, "Martin OXO")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.current_step() is Step.DIALING
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.current_step() is Step.PBX
    assert Step.CREDENTIALS not in wizard.pages  # never even built


def test_next_and_back_keep_the_references(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    paste(qtbot, page.fleet_edit, JOINED)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.current_step() is Step.DIALING
    wizard.back()
    assert wizard.current_step() is Step.CREDENTIALS
    assert (page.fleet_edit.text(), page.installation_edit.text()) == ("ALE12", "1234.5678.90")
    assert next_enabled(wizard)


@pytest.mark.parametrize(
    "pasted",
    ["ALE12-1234. 5678. 90", "ALE12 - 1234 . 5678 . 90", "ale12\u20131234.5678.90"],
)
@pytest.mark.parametrize("into", ["fleet_edit", "installation_edit"])
def test_a_reference_pasted_with_spaces_around_dots_and_dash_is_split(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, pasted: str, into: str
) -> None:
    wizard = make_wizard(services)
    page = open_page(wizard)
    paste(qtbot, getattr(page, into), pasted)
    assert (page.fleet_edit.text(), page.installation_edit.text()) == ("ALE12", "1234.5678.90")
    assert page.fleet_message.text() == page.installation_message.text() == ""
    assert next_enabled(wizard)

"""PBX configuration: the values to copy on screen, no invisible Tab stop, no tick for what the
dashboard watches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QCheckBox, QLabel, QWizard

from installer_app.domain.flow import Step, WizardState
from installer_app.domain.pbx_side import PbxConnection
from installer_app.domain.plan import DeliveryMode
from installer_app.pbx.guided import STEP_WAIT_CONNECTED
from installer_app.ui.pages.pbx_config import PbxConfigPage
from installer_app.ui.wizard import InstallerWizard, page_id


def ready(mode: DeliveryMode) -> WizardState:
    state = WizardState(
        mode=mode,
        signed_in=True,
        company_id="65f1a0000000000000010011",
        company_name="Boulangerie Martin SARL",
        site_id="65f1a0000000000000020011",
        server_name="Martin OXO",
        fleet_ref="ALE12",
        installation_ref="1234.5678.90",
        country="FR",
        national_prefix="0",
        international_prefix="00",
    )
    if mode is DeliveryMode.BTCO:
        state.equipment_id, state.activation_code = "c9f4e2b1a0d3", "84213377"
    state.progress = state.progress.model_copy(update={"system_id": "65f1a0000000000000030001"})
    return state


def open_page(
    wizard: InstallerWizard, mode: DeliveryMode, size: tuple[int, int], **changes: object
) -> PbxConfigPage:
    wizard.state.__dict__.update(ready(mode).__dict__, **changes)
    wizard.resize(*size)
    wizard.setStartId(page_id(Step.PBX_CONFIG))
    wizard.restart()
    wizard.activateWindow()
    page = wizard.page_for(Step.PBX_CONFIG)
    assert isinstance(page, PbxConfigPage)
    QApplication.processEvents()
    return page


@pytest.mark.parametrize("size", [(1366, 768), (860, 640)])
def test_the_values_to_copy_are_on_screen_without_scrolling(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, size: tuple[int, int]
) -> None:
    wizard = make_wizard(services)
    page = open_page(wizard, DeliveryMode.BTCO, size)
    assert set(page.copy_fields) >= {"pabx_id", "activation_code", "domain_name"}
    for field in page.copy_fields.values():
        for widget in (field.value_edit, field.copy_button):
            shown = widget.visibleRegion().boundingRect()
            assert shown == widget.rect(), (field.label.text(), shown, widget.rect())


def test_every_tab_stop_is_a_control_one_sees(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services
) -> None:
    wizard = make_wizard(services)
    page = open_page(wizard, DeliveryMode.STOCK, (860, 640))
    qtbot.waitUntil(wizard.isActiveWindow)
    first = next(iter(page.step_boxes.values()))
    first.setFocus()
    stops = []
    for _ in range(30):  # once round the whole chain
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is first:
            break
        stops.append(QApplication.focusWidget())
    assert QApplication.focusWidget() is first
    hidden = [w for w in stops if isinstance(w, QAbstractScrollArea) or not w.isVisible()]
    assert not hidden, hidden
    assert wizard.button(QWizard.WizardButton.CancelButton) in stops


def test_stock_mode_asks_no_tick_for_what_the_dashboard_watches(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services
) -> None:
    wizard = make_wizard(services)
    page = open_page(wizard, DeliveryMode.STOCK, (860, 640))
    qtbot.waitUntil(wizard.isActiveWindow)
    assert STEP_WAIT_CONNECTED not in page.step_boxes
    assert "next page" in page.watched_label.text()
    assert not any(
        isinstance(w, QCheckBox) and "connect" in w.text().casefold() and "Wait" in w.text()
        for w in page.findChildren(QCheckBox)
    )
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    for box in page.step_boxes.values():  # each point checked, with the keyboard
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
        assert box.isChecked()
    assert next_button.isEnabled()


@pytest.mark.parametrize(
    ("mode", "server"),
    [
        (DeliveryMode.BTCO, "https://openrainbow.com"),
        (DeliveryMode.BTCO, "https://sandbox.openrainbow.com"),  # "Set Domain name to..."
        (DeliveryMode.STOCK, "https://openrainbow.com"),
    ],
)
def test_the_steps_say_where_the_values_are_as_the_page_shows_them(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, mode: DeliveryMode, server: str
) -> None:
    """The values to copy are gathered above the steps: no step may send the eye below."""
    wizard = make_wizard(services)
    page = open_page(wizard, mode, (1366, 768), rainbow_server=server)
    values_bottom = page.values_box.mapTo(page, QPoint(0, page.values_box.height())).y()
    assert page.values_box.isVisibleTo(page)
    assert values_bottom <= page.steps_box.mapTo(page, QPoint(0, 0)).y()
    texts = [w.text() for w in page.steps_box.findChildren(QLabel)]
    texts += [w.text() for w in page.steps_box.findChildren(QCheckBox)]
    pointing = [t for t in texts if "value" in t or "shown here" in t]
    assert any("shown here" in t for t in pointing), texts
    assert not [t for t in texts if "below" in t], texts
    domain = page.copy_fields.get("domain_name")
    if "sandbox" in server:
        assert domain is not None and domain.value() == "sandbox.openrainbow.com"
        assert any(t.endswith('Set "Domain name" to the value shown here') for t in texts)


def _highlight_pixels(box: QCheckBox) -> int:
    image = box.grab().toImage()
    colour = box.palette().color(QPalette.ColorRole.Highlight)
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y) == colour
    )


def test_a_focused_check_box_is_plainly_marked(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard, DeliveryMode.STOCK, (860, 640))
    qtbot.waitUntil(wizard.isActiveWindow)
    first, second = list(page.step_boxes.values())[:2]
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.hasFocus()
    assert first.size() == second.size()  # the mark does not move the layout
    # A frame of the highlight colour around the whole box, not a dotted line by the text.
    assert _highlight_pixels(second) >= 2 * (second.width() + second.height())
    assert _highlight_pixels(first) == 0


@pytest.mark.asyncio
async def test_ticking_every_btco_step_does_not_claim_connected(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services
) -> None:
    # Entering the values in OMC configures the PBX; nobody has seen it connect yet, so the
    # checklist must not say Connected (the dashboard watches that).
    wizard = make_wizard(services)
    page = open_page(wizard, DeliveryMode.BTCO, (1366, 768))
    assert STEP_WAIT_CONNECTED not in page.step_boxes
    for box in page.step_boxes.values():
        box.setChecked(True)
    assert page.isComplete()
    assert page.guided is not None
    assert STEP_WAIT_CONNECTED not in page.guided.confirmed
    assert (await page.guided.read_settings()).connection is not PbxConnection.CONNECTED
    assert "✔" not in page.watched_label.text()

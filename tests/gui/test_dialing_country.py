"""The dialing country follows the customer company chosen on Rainbow, unless one was chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from installer_app.domain.flow import Step
from installer_app.services.app_services import AppServices
from installer_app.ui.pages.company import CompanyPage
from installer_app.ui.pages.dialing import DialingPage
from installer_app.ui.wizard import InstallerWizard, page_id
from tests.gui.conftest import wait_until
from tests.gui.test_company_page import click_row, open_company_page, search

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


async def choose(qtbot, wizard: InstallerWizard, name_part: str) -> None:  # type: ignore[no-untyped-def]
    """On the company page, search ``name_part`` and click the one company found."""
    if wizard.current_step() is not Step.COMPANY:
        wizard.setStartId(page_id(Step.COMPANY))
        wizard.restart()
    page = wizard.page_for(Step.COMPANY)
    assert isinstance(page, CompanyPage)
    assert len(await search(qtbot, page, name_part)) == 1
    click_row(qtbot, page.results_table, 0)
    await wait_until(lambda: bool(wizard.state.site_id or page.site_chooser.problem()))


def show_dialing(wizard: InstallerWizard) -> DialingPage:
    wizard.setStartId(page_id(Step.DIALING))
    wizard.restart()
    page = wizard.page_for(Step.DIALING)
    assert isinstance(page, DialingPage)
    return page


@pytest.mark.asyncio
async def test_country_comes_from_the_company_and_follows_it(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services: AppServices
) -> None:
    wizard = make_wizard(sandbox_services)
    await open_company_page(wizard)
    await choose(qtbot, wizard, "Costa Brava")
    page = show_dialing(wizard)
    assert page.country_combo.country() == "ES"
    assert (page.national_edit.text(), page.international_edit.text()) == ("", "00")
    assert "company" in page.country_origin.text()
    assert page.country_origin.isVisibleTo(page)

    await choose(qtbot, wizard, "Van den Broeck")
    page = show_dialing(wizard)
    assert (wizard.state.country, page.country_combo.country()) == ("BE", "BE")
    assert page.national_edit.text() == "0"

    await choose(qtbot, wizard, "Oliveira")
    page = show_dialing(wizard)
    assert page.country_combo.country() == "PT"
    await wizard.shutdown()
    await sandbox_services.rainbow.close()  # while the wizard is still open


@pytest.mark.asyncio
async def test_a_country_the_technician_chose_stays(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services: AppServices
) -> None:
    wizard = make_wizard(sandbox_services)
    await open_company_page(wizard)
    await choose(qtbot, wizard, "Logistik")
    page = show_dialing(wizard)
    assert page.country_combo.country() == "DE"
    page.country_combo.setFocus()
    page.country_combo.lineEdit().selectAll()
    qtbot.keyClick(page.country_combo.lineEdit(), Qt.Key.Key_Delete)
    qtbot.keyClicks(page.country_combo.lineEdit(), "Austria")
    qtbot.keyClick(page.country_combo.lineEdit(), Qt.Key.Key_Tab)
    assert wizard.state.country == "AT"
    assert not page.country_origin.isVisibleTo(page)

    await choose(qtbot, wizard, "Costa Brava")
    page = show_dialing(wizard)
    assert page.country_combo.country() == "AT"
    await wizard.shutdown()
    await sandbox_services.rainbow.close()  # while the wizard is still open

"""The customer company page: search, paging, stale answers, sites, errors, offline input."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QWizard

from installer_app.domain.flow import Step
from installer_app.sandbox.rainbow_emulator import RainbowEmulator
from installer_app.sandbox.runner import SandboxThread
from installer_app.sandbox.seed import SandboxSeed, fixed_id
from installer_app.services.app_services import AppServices, SandboxAccount, build_services
from installer_app.storage.credentials import CredentialStore
from installer_app.ui.pages.company import CompanyPage
from installer_app.ui.pages.sign_in import SignInPage
from installer_app.ui.widgets.inline_message import MessageKind
from installer_app.ui.widgets.site_chooser import SiteState
from installer_app.ui.wizard import InstallerWizard
from tests.conftest import MemoryKeyring
from tests.gui.conftest import wait_until

LEFT = Qt.MouseButton.LeftButton
COMPANY, SITE = 1, 2  # the seed's id kinds
BOULANGERIE = fixed_id(COMPANY, 0x11)


@pytest.fixture
def crowded_sandbox() -> Iterator[SandboxThread]:
    """A Rainbow emulator whose partner has 157 customers (the 7 named ones + 150 generated)."""
    with SandboxThread(RainbowEmulator(SandboxSeed.default(extra_companies=150))) as running:
        yield running


@pytest_asyncio.fixture
async def crowded_services(
    memory_keyring: MemoryKeyring, crowded_sandbox: SandboxThread
) -> AsyncIterator[AppServices]:
    """Services wired to :func:`crowded_sandbox`, as the embedded sandbox."""
    seed = crowded_sandbox.emulator.seed
    account = SandboxAccount(
        rainbow_url=crowded_sandbox.url,
        pbx_url="",
        login=seed.bp_admin.login_email,
        password=seed.bp_admin.password,
        app_id=seed.application.id,
        app_secret=seed.application.secret,
        company_id=seed.demo_company_id,
    )
    services = build_services(
        sandbox=account, credentials=CredentialStore(memory_keyring, environ={})
    )
    yield services
    await services.rainbow.close()


async def open_company_page(wizard: InstallerWizard) -> CompanyPage:
    """Sign in with the demo account and open the company page, with its first list shown."""
    wizard.next()
    wizard.next()
    sign_in = wizard.page_for(Step.SIGN_IN)
    assert isinstance(sign_in, SignInPage)
    assert sign_in.start_sign_in()
    # Signed in, and the page done with its task: Next goes on only then (one loop turn later).
    await wait_until(lambda: wizard.state.signed_in and sign_in.isComplete())
    wizard.next()
    assert wizard.current_step() is Step.COMPANY
    page = wizard.page_for(Step.COMPANY)
    assert isinstance(page, CompanyPage)
    await wait_until(lambda: page.listed_query == "")
    return page


async def search(qtbot, page: CompanyPage, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Type ``text`` in the search field and return the names listed for it."""
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, text)
    await wait_until(lambda: page.listed_query == text and not page.search_busy.running)
    return [company.name for company in page.listed()]


def click_row(qtbot, table: QTableWidget, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


def next_enabled(wizard: InstallerWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def company_requests(sandbox: SandboxThread) -> int:
    return sandbox.call(
        lambda: sum(1 for r in sandbox.emulator.requests if r.path.endswith("/companies"))
    )


@pytest.mark.asyncio
async def test_search_by_keyboard_chooses_the_company_and_its_only_site(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services: AppServices, rainbow_sandbox: SandboxThread
) -> None:
    wizard = make_wizard(sandbox_services)
    page = await open_company_page(wizard)
    assert len(page.listed()) == 7  # every customer of the partner, before any typing
    assert not next_enabled(wizard)
    assert page.reason_text() == "Choose the customer company."
    before = company_requests(rainbow_sandbox)

    assert await search(qtbot, page, "bou") == ["Boulangerie Martin SARL"]
    assert company_requests(rainbow_sandbox) == before + 1  # three keys, one search
    country = page.results_table.item(0, 1)
    assert country is not None
    assert country.text() == "France"
    assert page.page_label.text() == "1–1 of 1"
    assert not page.next_page_button.isEnabled()

    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert page.results_table.hasFocus()
    assert page.results_table.currentRow() == 0
    qtbot.keyClick(page.results_table, Qt.Key.Key_Return)
    assert wizard.current_step() is Step.COMPANY  # Enter chose; it did not press Next
    await wait_until(lambda: page.site_chooser.state is SiteState.ONE)

    assert wizard.state.company_id == BOULANGERIE
    assert wizard.state.company_name == "Boulangerie Martin SARL"
    assert wizard.state.site_id == fixed_id(SITE, 0x11)
    assert "Lyon - Atelier Croix-Rousse" in page.site_chooser.status_label.text()
    assert "Boulangerie Martin SARL" in page.selected_label.text()
    assert page.create_site_name() == ""
    assert next_enabled(wizard)

    qtbot.keyClick(page.results_table, Qt.Key.Key_Return)  # chosen already: Enter = Next
    assert wizard.current_step() is Step.PBX


@pytest.mark.asyncio
async def test_no_match_says_so(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services: AppServices
) -> None:
    wizard = make_wizard(sandbox_services)
    page = await open_company_page(wizard)
    assert await search(qtbot, page, "zzz") == []
    assert "No customer company matches “zzz”" in page.results_message.text()
    assert page.results_message.kind is MessageKind.INFO
    assert page.page_label.text() == ""


@pytest.mark.asyncio
async def test_results_are_paged(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, crowded_services: AppServices
) -> None:
    wizard = make_wizard(crowded_services)
    page = await open_company_page(wizard)
    assert page.page_label.text() == "1–20 of 157"
    assert [c.name for c in page.listed()[:3]] == [
        "Boulangerie Martin SARL",
        "Brasserie Van den Broeck BV",
        "Customer 0001",
    ]
    assert not page.previous_button.isEnabled()
    assert page.next_page_button.isEnabled()

    qtbot.mouseClick(page.next_page_button, LEFT)
    await wait_until(lambda: page.page_label.text() == "21–40 of 157")
    assert page.listed()[0].name == "Customer 0019"
    assert page.previous_button.isEnabled()

    for _ in range(6):
        qtbot.mouseClick(page.next_page_button, LEFT)
        await wait_until(lambda: not page.search_busy.running)
    assert page.page_label.text() == "141–157 of 157"
    assert page.listed()[-1].name == "Thornbury Veterinary Practice Ltd"
    assert not page.next_page_button.isEnabled()

    qtbot.mouseClick(page.previous_button, LEFT)
    await wait_until(lambda: page.page_label.text() == "121–140 of 157")

    assert len(await search(qtbot, page, "customer 01")) == 20
    assert page.page_label.text() == "1–20 of 51"  # Customer 0100 to 0150


@pytest.mark.asyncio
async def test_a_slow_older_answer_never_replaces_a_newer_one(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services: AppServices, rainbow_sandbox: SandboxThread
) -> None:
    wizard = make_wizard(sandbox_services)
    page = await open_company_page(wizard)
    emulator = rainbow_sandbox.emulator
    slow = rainbow_sandbox.call(
        lambda: emulator.faults.add("GET", r"/companies$", delay=1.5, times=1)
    )
    before = company_requests(rainbow_sandbox)

    qtbot.keyClicks(page.search_edit, "rossi")
    await wait_until(lambda: rainbow_sandbox.call(lambda: slow.remaining) == 0)  # it arrived
    assert await search(qtbot, page, "bou") == ["Boulangerie Martin SARL"]

    # Both answers are out; the slow one ("mül") came last and must have been ignored.
    await wait_until(lambda: company_requests(rainbow_sandbox) == before + 2)
    await wait_until(lambda: not page.search_busy.running)
    assert page.listed_query == "bou"
    assert [c.name for c in page.listed()] == ["Boulangerie Martin SARL"]
    assert page.results_table.rowCount() == 1


@pytest.mark.asyncio
async def test_a_company_with_two_sites_asks_which(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services: AppServices
) -> None:
    wizard = make_wizard(sandbox_services)
    page = await open_company_page(wizard)
    assert await search(qtbot, page, "logistik") == ["Müller Logistik GmbH"]
    click_row(qtbot, page.results_table, 0)
    chooser = page.site_chooser
    await wait_until(lambda: chooser.state is SiteState.SEVERAL)

    combo = chooser.site_combo
    assert combo.isVisibleTo(page)
    assert sorted(combo.itemText(i) for i in range(1, combo.count())) == [
        "Bremen Lager",
        "Hamburg Hafen",
    ]
    assert combo.currentData() == ""  # nothing preselected
    assert wizard.state.company_id == fixed_id(COMPANY, 0x12)
    assert wizard.state.site_id == ""
    assert not next_enabled(wizard)
    assert page.reason_text().startswith("Site: choose the site of Müller Logistik GmbH")

    combo.setCurrentIndex(combo.findText("Bremen Lager"))
    assert wizard.state.site_id == fixed_id(SITE, 0x13)
    assert next_enabled(wizard)


@pytest.mark.asyncio
async def test_a_company_without_site_offers_to_create_one(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services: AppServices
) -> None:
    wizard = make_wizard(sandbox_services)
    page = await open_company_page(wizard)
    assert await search(qtbot, page, "farm") == ["Farmácia Oliveira, Lda."]
    click_row(qtbot, page.results_table, 0)
    chooser = page.site_chooser
    await wait_until(lambda: chooser.state is SiteState.NONE)

    assert chooser.create_box.isVisibleTo(page)
    assert "has no site on Rainbow" in chooser.status_label.text()
    assert not next_enabled(wizard)
    assert "has no site" in page.reason_text()
    assert page.create_site_name() == ""

    chooser.create_box.setChecked(True)
    assert page.create_site_name() == "Farmácia Oliveira, Lda."
    assert wizard.state.site_id == ""
    assert next_enabled(wizard)

    chooser.create_name_edit.clear()
    assert page.reason_text() == "Site: type the name of the site to create."
    qtbot.keyClicks(chooser.create_name_edit, "Lisboa - Chiado")
    assert page.create_site_name() == "Lisboa - Chiado"
    assert next_enabled(wizard)


@pytest.mark.asyncio
async def test_refusals_are_shown_in_the_page(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services: AppServices, rainbow_sandbox: SandboxThread
) -> None:
    wizard = make_wizard(sandbox_services)
    page = await open_company_page(wizard)
    faults = rainbow_sandbox.emulator.faults
    rainbow_sandbox.call(lambda: faults.add("GET", r"/companies$", status=403))
    page.search_edit.setText("bou")
    await wait_until(lambda: page.results_message.kind is MessageKind.ERROR)
    assert "business-partner admin account" in page.results_message.text()
    assert page.listed() == []  # the previous answer is not shown as if it were current
    assert page.listed_query is None

    rainbow_sandbox.call(lambda: faults.add("GET", r"/sites$", status=403))
    assert await search(qtbot, page, "bou") == ["Boulangerie Martin SARL"]
    click_row(qtbot, page.results_table, 0)
    chooser = page.site_chooser
    await wait_until(lambda: chooser.state is SiteState.ERROR)
    assert "business-partner admin account" in chooser.message.text()
    assert chooser.retry_button.isVisibleTo(page)
    assert not next_enabled(wizard)
    assert "could not be read" in page.reason_text()

    qtbot.mouseClick(chooser.retry_button, LEFT)
    await wait_until(lambda: chooser.state is SiteState.ONE)
    assert next_enabled(wizard)


def test_offline_company_is_typed_in(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services: AppServices
) -> None:
    wizard = make_wizard(services)
    wizard.page_for(Step.START).offline_box.setChecked(True)
    wizard.next()
    wizard.next()
    assert wizard.current_step() is Step.COMPANY
    page = wizard.page_for(Step.COMPANY)
    assert isinstance(page, CompanyPage)
    assert page.offline_pane.isVisibleTo(page)
    assert not page.online_pane.isVisibleTo(page)
    assert not next_enabled(wizard)
    assert page.reason_text() == "Type the customer company's Rainbow id."

    qtbot.keyClicks(page.company_id_edit, "12345")
    assert page.company_id_message.kind is MessageKind.WARNING
    assert page.company_id_message.text().startswith("Company id:")
    assert next_enabled(wizard)  # a warning, not a refusal: the format is not published

    page.company_id_edit.clear()
    qtbot.keyClicks(page.company_id_edit, BOULANGERIE)
    qtbot.keyClicks(page.company_name_edit, "Boulangerie Martin SARL")
    assert not page.company_id_message.isVisibleTo(page)
    assert wizard.state.company_id == BOULANGERIE
    assert wizard.state.company_name == "Boulangerie Martin SARL"
    assert page.create_site_name() == ""
    assert next_enabled(wizard)

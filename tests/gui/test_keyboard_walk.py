"""The whole wizard with the keyboard alone, from the start page to Running and Connected.

Stock and BTCO, in English and in French (whose Alt letters differ): only key presses, and
before each key the walk says where the focus must be (``tests/gui/keyboard.py``), so a focus
lost after a page change, a field Tab cannot reach, or a Return that does the wrong thing fails
here.

Each page's keys are one entry of a dict keyed by step, and the walk follows the pages the
wizard shows: a page that goes away (or is folded into another) removes one entry.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
import pytest_asyncio
from PySide6.QtWidgets import QApplication, QWidget

from installer_app.domain.flow import ORDER, Step
from installer_app.domain.plan import DeliveryMode
from installer_app.sandbox.embedded import EmbeddedSandbox
from installer_app.services.app_services import AppServices
from installer_app.ui import i18n
from installer_app.ui.wizard import InstallerWizard
from tests.conftest import MemoryKeyring, services_on_sandbox
from tests.gui.conftest import wait_until
from tests.gui.keyboard import LEAVES, Alt, Each, Key, KeyboardWalk, PageKeys, Type, Wait

pytestmark = pytest.mark.slow


# -- the keys of each page ----------------------------------------------------------------------


def _changes(page: Any) -> list[QWidget]:
    return list(page.change_list)


def _first_value(page: Any) -> QWidget:
    """The first value to copy on the PBX configuration page (shown above its steps)."""
    return next(iter(page.copy_fields.values())).value_edit


def _down_the_summary(page: Any) -> list[Key]:
    """Tab down the Summary: every Change button, then the controls under them."""
    below = [page.protect_box, page.save_button, page.preflight.check_button]
    stops = [*_changes(page)[1:], *below, page.preflight.request_section.toggle_button]
    return [Key("Tab", widget) for widget in stops]


def _tab_and_tick(page: Any) -> list[Key | Wait]:
    """From the first value to copy: Tab through the values, then tick every step with Space."""
    keys: list[Key | Wait] = []
    for number, field in enumerate(page.copy_fields.values()):
        if number:
            keys.append(Key("Tab", field.value_edit))
        keys.append(Key("Tab", field.copy_button))
    for box in page.step_boxes.values():
        ticked = Wait("the step ticked", lambda _page, box=box: box.isChecked(), box)
        keys += [Key("Tab", box), Key("Space", box), ticked]
    return keys


def _declared(page: Any) -> bool:
    declared = bool(page.state.progress.system_id)
    assert declared or page.runner.busy, f"the declaration stopped: {page.status_label.text()}"
    return declared and not page.runner.busy


START_KEYS = PageKeys(
    "new_button",
    [
        Key("Tab", "open_button"),
        Key("Tab", "offline_box"),
        Alt("server_combo"),
        Alt("next", LEAVES),
    ],
)
SIGN_IN_KEYS = PageKeys(
    "form.login_edit",
    [
        Key("Tab", "form.password_edit"),
        # Return signs in; the fields are disabled meanwhile and the focus waits on Cancel,
        # where a second Return neither cancels nor goes back.
        Key("Return", "form.busy.cancel_button"),
        Key("Return", "form.busy.cancel_button"),
        Wait("signed in", lambda p: p.state.signed_in and not p.busy, "next"),
        Key("Return", LEAVES),
    ],
)
COMPANY_KEYS = PageKeys(
    "search_edit",
    [
        Type("Boulangerie"),
        Key("Return", "search_edit"),  # searches at once, does not press Next
        Wait("the companies found", lambda p: p.listed_query == "Boulangerie", "search_edit"),
        Key("Down", "results_table"),
        Key("Return", "results_table"),  # chooses the company, whose sites are read
        Wait("the company's site", lambda p: p.isComplete(), "results_table"),
        Key("Return", LEAVES),
    ],
)
DIALING_KEYS = PageKeys(
    "country_combo",
    [
        Key("Tab", "national_edit"),
        Alt("preview_edit"),
        Type("01 23 45 67 89"),  # the company is in France: its country is the default
        Wait("the canonical form", lambda p: "+33" in p.canonical_label.text(), "preview_edit"),
        Key("Return", LEAVES),
    ],
)
NUMBERING_KEYS = PageKeys(
    "table",
    [
        Alt("internal_button"),  # a push button: it adds the rule, the focus stays
        Wait("the ready-made rule", lambda p: p.table.rowCount() == 1, "table"),
        Alt("tester.number_edit"),
        Type("2301"),
        Key("Return", LEAVES),
    ],
)
SUMMARY_KEYS = PageKeys(
    lambda p: _changes(p)[0],
    [Each(_down_the_summary), Key("Tab", "back"), Key("Tab", "next"), Key("Return", LEAVES)],
)
DECLARATION_KEYS = PageKeys(
    "cancel_button",  # while declaring, right after the Summary's Return
    [
        Key("Return", "cancel_button"),  # a second Return does not cancel
        # Then the first value to copy (Cancel, disabled, hands the focus on); Return goes on.
        Wait("the declaration", _declared, "equipment_field.value_edit"),
        Key("Return", LEAVES),
    ],
)
#: Stock: nothing is pushed; every step is ticked by hand.
TICKED_CONFIG_KEYS = PageKeys(
    _first_value,
    [Key("Return", _first_value), Each(_tab_and_tick), Key("Return", LEAVES)],
)
#: BTCO on the sandbox: Return pushes; the button is disabled meanwhile and the focus goes on
#: to the first value to copy.
PUSHED_CONFIG_KEYS = PageKeys(
    "push_button",
    [
        Key("Return", _first_value),
        Wait(
            "the push",
            lambda p: p.state.progress.pbx_configured and not p.runner.busy,
            _first_value,
        ),
        Key("Return", LEAVES),
    ],
)
DASHBOARD_KEYS = PageKeys(
    "refresh_button",
    [Wait("Running and Connected", lambda p: p.snapshot and p.snapshot.done, "refresh_button")],
)


def page_keys(mode: DeliveryMode, pbx: dict[str, Any]) -> dict[Step, PageKeys]:
    """Every page's keys, from the start page to the dashboard."""
    stock = mode is DeliveryMode.STOCK
    btco = [
        Alt("btco_button"),
        Wait("BTCO chosen", lambda p: p.btco_button.isChecked(), "btco_button"),
    ]
    references = [
        Type(pbx.get("fleet_ref", "")),
        Key("Tab", "installation_edit"),
        Type(pbx.get("installation_ref", "")),
    ]
    return {
        Step.START: START_KEYS,
        Step.PBX_MODE: PageKeys(
            "oxo_button",
            [Key("Tab", "stock_button"), *([] if stock else btco), Key("Return", LEAVES)],
        ),
        Step.SIGN_IN: SIGN_IN_KEYS,
        Step.COMPANY: COMPANY_KEYS,
        Step.PBX: PageKeys(
            "name_edit",
            [
                Key("Return", "name_edit"),  # no name yet: Return does not go on
                Type(f"Boulangerie OXO {pbx['serial']}"),
                Key("Tab", "webrtc_box"),
                Alt("name_edit"),
                Key("Return", LEAVES),
            ],
        ),
        # BTCO: nothing to type, the focus waits on Next.
        Step.CREDENTIALS: PageKeys("fleet_edit", [*references, Key("Return", LEAVES)])
        if stock
        else PageKeys("next", [Key("Return", LEAVES)]),
        Step.DIALING: DIALING_KEYS,
        Step.NUMBERING: NUMBERING_KEYS,
        Step.SUMMARY: SUMMARY_KEYS,
        Step.DECLARATION: DECLARATION_KEYS,
        Step.PBX_CONFIG: TICKED_CONFIG_KEYS if stock else PUSHED_CONFIG_KEYS,
        Step.DASHBOARD: DASHBOARD_KEYS,
    }


# -- the walk -----------------------------------------------------------------------------------


@pytest_asyncio.fixture
async def walk_services(
    embedded: EmbeddedSandbox, memory_keyring: MemoryKeyring
) -> AsyncIterator[AppServices]:
    async with services_on_sandbox(embedded.info, memory_keyring) as built:
        yield built


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install_translators(app, request.param)
    yield request.param
    i18n.remove_translators(app)


def _running(loop: asyncio.AbstractEventLoop) -> list[asyncio.Task[Any]]:
    current = asyncio.current_task()
    return [task for task in asyncio.all_tasks(loop) if task is not current and not task.done()]


async def _shown(
    make_wizard: Callable[[AppServices], InstallerWizard], services: AppServices
) -> InstallerWizard:
    wizard = make_wizard(services)
    wizard.activateWindow()  # offscreen too, the focus goes only to the active window
    await wait_until(wizard.isActiveWindow)
    return wizard


@pytest.mark.asyncio
@pytest.mark.parametrize("mode", [DeliveryMode.STOCK, DeliveryMode.BTCO])
async def test_the_keyboard_alone_reaches_running_and_connected(  # type: ignore[no-untyped-def]
    qtbot,
    make_wizard: Callable[[AppServices], InstallerWizard],
    walk_services: AppServices,
    *,
    embedded: EmbeddedSandbox,
    mode: DeliveryMode,
    language: str,
) -> None:
    wizard = await _shown(make_wizard, walk_services)
    pbx = next(p for p in embedded.info.fleet if p["mode"] == mode.value)
    walk = KeyboardWalk(wizard, page_keys(mode, pbx))
    try:
        await walk.run()
    finally:
        await wizard.shutdown()
    assert walk.visited[0] is Step.START and walk.visited[-1] is Step.DASHBOARD
    assert walk.visited == sorted(walk.visited, key=ORDER.index)
    assert wizard.state.progress.verified
    dashboard: Any = wizard.currentPage()
    shown = (dashboard.rainbow_status.text(), dashboard.pbx_connection.text())
    assert shown == ("Running", "Connected") or language != "en", shown
    # Nothing the wizard started is left running on the loop.
    assert not _running(asyncio.get_running_loop())


@pytest.mark.asyncio
async def test_closing_while_signing_in_leaves_no_task_behind(  # type: ignore[no-untyped-def]
    qtbot, make_wizard: Callable[[AppServices], InstallerWizard], walk_services: AppServices
) -> None:
    """A sign-in left running on the test's loop held the next test's end."""
    wizard = await _shown(make_wizard, walk_services)
    signing_in = PageKeys("form.login_edit", [Key("Return", "form.busy.cancel_button")])
    mode_chosen = PageKeys("oxo_button", [Key("Return", LEAVES)])
    pages = {Step.START: START_KEYS, Step.PBX_MODE: mode_chosen, Step.SIGN_IN: signing_in}
    walk = KeyboardWalk(wizard, pages)
    await walk.run(until=Step.SIGN_IN)
    assert _running(asyncio.get_running_loop())  # the sign-in runs
    await wizard.shutdown()
    assert not _running(asyncio.get_running_loop())

"""Start-up builds the first page only; the rest is built on the way or after the first paint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from installer_app.domain.flow import ORDER, Step
from installer_app.services.app_services import AppServices
from installer_app.ui.warm_up import WarmUp
from installer_app.ui.wizard import InstallerWizard
from tests.gui.conftest import wait_until


def _bare_wizard(qtbot, services: AppServices, settings: QSettings) -> InstallerWizard:  # type: ignore[no-untyped-def]
    """The wizard as the program starts it: first page only, features after the paint."""
    wizard = InstallerWizard(services, settings=settings, features=False)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_only_the_first_page_is_built_at_start(qtbot, services, settings) -> None:  # type: ignore[no-untyped-def]
    wizard = _bare_wizard(qtbot, services, settings)
    assert list(wizard.pages) == [Step.START]
    assert wizard.unbuilt_steps() == list(ORDER[1:])
    assert not wizard.features_installed
    assert wizard.tools_menu.actions() == [wizard.save_action]


def test_next_builds_the_page_it_goes_to(qtbot, services, settings) -> None:  # type: ignore[no-untyped-def]
    wizard = _bare_wizard(qtbot, services, settings)
    wizard.next()
    assert wizard.current_step() is Step.PBX_MODE
    assert Step.SIGN_IN not in wizard.pages
    wizard.next()
    assert wizard.current_step() is Step.SIGN_IN
    assert wizard.currentPage() is wizard.page_for(Step.SIGN_IN)
    wizard.back()
    wizard.back()
    assert wizard.current_step() is Step.START
    assert set(wizard.pages) == {Step.START, Step.PBX_MODE, Step.SIGN_IN}


def test_a_later_start_page_is_built_when_chosen(qtbot, services, settings) -> None:  # type: ignore[no-untyped-def]
    wizard = _bare_wizard(qtbot, services, settings)
    wizard.setStartId(ORDER.index(Step.DIALING))
    wizard.restart()
    assert wizard.current_step() is Step.DIALING
    assert Step.NUMBERING not in wizard.pages


@pytest.mark.asyncio
async def test_warm_up_builds_every_page_and_installs_the_features(  # type: ignore[no-untyped-def]
    qtbot, services, settings
) -> None:
    wizard = _bare_wizard(qtbot, services, settings)
    wizard.next()  # a page reached before the warm-up is built once, not twice
    mode_page = wizard.page_for(Step.PBX_MODE)
    warm_up = WarmUp(wizard)
    warm_up.start()
    await wait_until(lambda: warm_up.done, timeout=60)
    assert wizard.unbuilt_steps() == []
    assert wizard.page_for(Step.PBX_MODE) is mode_page
    assert wizard.features_installed
    assert len(wizard.tools_menu.actions()) > 1
    assert not wizard.save_action.shortcut().isEmpty()
    assert wizard.current_step() is Step.PBX_MODE

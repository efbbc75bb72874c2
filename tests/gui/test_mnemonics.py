"""Alt+letter shortcuts: unique on every page, the wizard's own buttons included, in every language.

Two controls sharing a letter make Alt+letter only move the focus between them (Alt+N was both
"New installation" and "Next >" on the start page). One test covers every page, in both modes
and every shipped language, instead of a copy in each page's tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWizard

from installer_app.domain.flow import ORDER, Step
from installer_app.domain.plan import DeliveryMode
from installer_app.ui import i18n
from installer_app.ui.wizard import InstallerWizard, page_id

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(wizard: InstallerWizard) -> list[tuple[str, str]]:
    """(letter, text) of every shown control on the page on screen and of the wizard buttons."""
    page = wizard.currentPage()
    texts: list[str] = []
    for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
        if widget.isVisibleTo(wizard):
            texts.append(widget.text())
    for box in page.findChildren(QGroupBox):
        if box.isVisibleTo(wizard):
            texts.append(box.title())
    for which in (
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.CommitButton,
        QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton,
        QWizard.WizardButton.CustomButton1,
    ):
        button = wizard.button(which)
        # Each page is shown first here, which hides Back; a technician reaching it sees it.
        reached = (
            which is QWizard.WizardButton.BackButton and wizard.current_step() is not Step.START
        )
        if button.isVisibleTo(wizard) or reached:
            texts.append(button.text())
    found = []
    for text in texts:
        for match in _MNEMONIC.finditer(text.replace("&&", "")):
            found.append((match.group(1).casefold(), text))
    return found


@pytest.fixture(params=[code for code, _name in i18n.LANGUAGES])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install_translators(app, request.param)
    yield request.param
    i18n.remove_translators(app)


@pytest.mark.asyncio
@pytest.mark.parametrize("variant", ["stock", "btco", "offline"])
async def test_alt_letters_are_unique_on_every_page(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, variant: str, language: str
) -> None:
    wizard = make_wizard(services)
    wizard.state.mode = DeliveryMode.BTCO if variant == "btco" else DeliveryMode.STOCK
    wizard.state.offline = variant == "offline"
    clashes = []
    for step in ORDER:
        wizard.setStartId(page_id(step))
        wizard.restart()
        assert wizard.current_step() is step
        found = mnemonics(wizard)
        assert found or step is Step.DASHBOARD, step
        letters: dict[str, list[str]] = {}
        for letter, text in found:
            letters.setdefault(letter, []).append(text)
        clashes += [f"{step.value}: {texts}" for texts in letters.values() if len(texts) > 1]
    await wizard.shutdown()  # the declaration and the dashboard start work when shown
    assert not clashes, "\n".join(clashes)

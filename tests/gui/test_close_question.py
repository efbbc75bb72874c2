"""Escape, Cancel or the window's close button ask first when input would be lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from installer_app.domain.flow import Step
from installer_app.ui.wizard import InstallerWizard, page_id


def shown_question(wizard: InstallerWizard) -> QMessageBox | None:
    boxes = [b for b in wizard.findChildren(QMessageBox, "closeQuestion") if b.isVisible()]
    return boxes[0] if boxes else None


def test_escape_asks_and_says_a_draft_is_kept(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    wizard.setStartId(page_id(Step.DIALING))
    wizard.restart()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    national = wizard.page_for(Step.DIALING).national_edit  # type: ignore[attr-defined]
    national.setFocus()
    qtbot.keyClick(national, Qt.Key.Key_Escape)
    box = shown_question(wizard)
    assert box is not None and wizard.isVisible()
    assert "draft" in box.text()
    qtbot.waitUntil(box.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # Escape in the box: go on
    qtbot.waitUntil(lambda: shown_question(wizard) is None)
    assert wizard.isVisible() and wizard.current_step() is Step.DIALING

    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    box = shown_question(wizard)
    assert box is not None
    qtbot.waitUntil(box.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not wizard.isVisible())


def test_nothing_to_lose_on_the_start_page_closes_at_once(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert shown_question(wizard) is None
    assert not wizard.isVisible()

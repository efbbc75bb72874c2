"""Every page read the way a screen reader reads it: through Qt's own accessibility interface.

A control without an accessible name is announced as "edit" or "button" and nothing more; an
inline error that only changes a label's text is never heard. One test walks every page (stock
and BTCO, as tests/gui/test_mnemonics.py does) and asks ``QAccessible`` what it would say.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
    QWizard,
)

from installer_app.domain.flow import ORDER, Step
from installer_app.domain.plan import DeliveryMode
from installer_app.ui.widgets.inline_message import InlineMessage
from installer_app.ui.wizard import InstallerWizard, page_id

_INPUTS = (QLineEdit, QComboBox, QAbstractButton, QAbstractSpinBox, QAbstractItemView)


def spoken(widget: QWidget, what: QAccessible.Text) -> str:
    """What a screen reader gets for ``widget`` (name or description)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid(), widget
    return interface.text(what).strip()


def inputs(wizard: InstallerWizard) -> list[QWidget]:
    """The focusable input controls of the page on screen, shown or not (hidden ones appear on
    a tick or a click), and the wizard's own buttons."""
    page = wizard.currentPage()
    found: list[QWidget] = []
    for kind in _INPUTS:
        found += page.findChildren(kind)
    for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton):
        found.append(wizard.button(which))
    return [
        widget
        for widget in dict.fromkeys(found)
        if widget.focusPolicy() != widget.focusPolicy().NoFocus
        and (widget.parentWidget() is not wizard or widget.isVisibleTo(wizard))
        # The line edit inside an editable combo box is read as the combo box itself, and its
        # list is a popup window of its own, read as the combo box's children.
        and not isinstance(widget.parentWidget(), QComboBox)
        and widget.window() is wizard
    ]


def named(widget: QWidget) -> bool:
    """Whether a screen reader has a name for ``widget``.

    Qt on Linux reads a combo box's current text as its name and exposes its label as a
    relation; on Windows the name is the accessible name or the buddy label's text. A combo box
    is named when it has either a name of its own or a label pointing at it.
    """
    if not spoken(widget, QAccessible.Text.Name):
        return False
    if not isinstance(widget, QComboBox) or widget.accessibleName().strip():
        return True
    interface = QAccessible.queryAccessibleInterface(widget)
    labels = interface.relations(QAccessible.RelationFlag.Label)
    return any(other.text(QAccessible.Text.Name).strip() for other, _flag in labels)


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or ''} {widget.parentWidget()!r}"


@pytest.mark.asyncio
@pytest.mark.parametrize("mode", [DeliveryMode.STOCK, DeliveryMode.BTCO])
async def test_every_control_has_an_accessible_name(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, mode: DeliveryMode
) -> None:
    wizard = make_wizard(services)
    wizard.state.mode = mode
    nameless = []
    for step in ORDER:
        wizard.setStartId(page_id(step))
        wizard.restart()
        assert wizard.current_step() is step
        nameless += [
            f"{step.value}: {describe(widget)}" for widget in inputs(wizard) if not named(widget)
        ]
    await wizard.shutdown()  # the declaration and the dashboard start work when shown
    assert not nameless, "\n".join(nameless)


@pytest.mark.asyncio
@pytest.mark.parametrize("mode", [DeliveryMode.STOCK, DeliveryMode.BTCO])
async def test_inline_errors_are_announced(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, mode: DeliveryMode
) -> None:
    wizard = make_wizard(services)
    wizard.state.mode = mode
    silent = []
    checked = 0
    for step in ORDER:
        wizard.setStartId(page_id(step))
        wizard.restart()
        for message in wizard.currentPage().findChildren(InlineMessage):
            message.show_error("The value is wrong.", "Type another one.")
            field = message.field()
            heard = (
                spoken(field, QAccessible.Text.Description)
                if field is not None
                else spoken(message, QAccessible.Text.Name)
                + spoken(message, QAccessible.Text.Description)
            )
            if "The value is wrong." not in heard or "Type another one." not in heard:
                silent.append(f"{step.value}: {message.accessibleName()} -> {heard!r}")
            message.clear_message()
            if field is not None and "The value is wrong." in spoken(
                field, QAccessible.Text.Description
            ):
                silent.append(f"{step.value}: {message.accessibleName()} kept after clearing")
            checked += 1
    await wizard.shutdown()
    assert checked, "no inline message found"
    assert not silent, "\n".join(silent)


def test_a_real_error_reaches_the_field_and_leaves_with_it(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    """The server name emptied with the keyboard: the field itself says why, until it is fixed."""
    wizard = make_wizard(services)
    wizard.setStartId(page_id(Step.PBX))
    wizard.restart()
    page = wizard.currentPage()
    edit = page.findChild(QLineEdit)
    assert spoken(edit, QAccessible.Text.Name) == "Server name"
    own = spoken(edit, QAccessible.Text.Description)
    qtbot.keyClicks(edit, "OXO")
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    message = edit.parentWidget().findChild(InlineMessage)
    assert message.isVisibleTo(wizard)
    assert message.text() in spoken(edit, QAccessible.Text.Description)
    qtbot.keyClicks(edit, "OXO Boulangerie")
    assert not message.isVisibleTo(wizard)
    assert spoken(edit, QAccessible.Text.Description) == own


def test_the_checker_hears_a_field_without_a_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The test above can fail: a bare field has no name, a labelled one has."""
    form = QWidget()
    qtbot.addWidget(form)
    bare, labelled, combo = QLineEdit(form), QLineEdit(form), QComboBox(form)
    combo.addItem("France")
    label = QLabel("&Login:", form)
    label.setBuddy(labelled)
    assert not named(bare)
    assert named(labelled)
    assert not named(combo)  # its current text is not a name

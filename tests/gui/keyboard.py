"""Drives the wizard with key presses alone and checks where the focus is after each.

The keys go to the widget that has the focus, as a keyboard sends them: no click, no text set,
no page method called. A page's keys are data (:class:`PageKeys`): where the focus is when the
page appears, then each key and where the focus is after it. Alt shortcuts are read from the
texts and labels on screen, so the same keys work in every language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget, QWizard

from installer_app.domain.flow import Step
from installer_app.ui.wizard import InstallerWizard
from tests.gui.conftest import wait_until

#: A widget: a wizard button ("next", "back"...), a path from the page ("form.login_edit"),
#: or a function of the page for the widgets a page makes as it goes (its Change buttons).
Target = str | QWidget | Callable[[Any], QWidget]
#: The ``then`` of a key that makes the wizard show another page.
LEAVES = "another page"
#: Seconds a network step (sign-in, search, declaration, push, watch) may take.
NETWORK_TIMEOUT = 30.0

_BUTTONS = {
    "next": QWizard.WizardButton.NextButton,
    "back": QWizard.WizardButton.BackButton,
    "cancel": QWizard.WizardButton.CancelButton,
    "more": QWizard.WizardButton.CustomButton1,
}
_MNEMONIC = re.compile(r"&([^&\s])")


@dataclass(frozen=True)
class Key:
    """Press ``key`` (Tab, Return, Space, Down) where the focus is; it is then on ``then``."""

    key: str
    then: Target


@dataclass(frozen=True)
class Alt:
    """Press Alt and the letter underlined in ``target``'s text or label.

    A field, check box or radio button takes the focus (``then`` by default); a push button acts
    and leaves it where it was.
    """

    target: Target
    then: Target | None = None


@dataclass(frozen=True)
class Type:
    """Type ``text``, one key press a character, where the focus is; the focus stays."""

    text: str


@dataclass(frozen=True)
class Wait:
    """Let the loop run until the page shows ``what`` (``condition(page)``); focus on ``then``."""

    what: str
    condition: Callable[[Any], object]
    then: Target


@dataclass(frozen=True)
class Each:
    """The actions ``make(page)`` returns, for the controls a page makes when shown."""

    make: Callable[[Any], Sequence[Key | Alt | Type | Wait]]


Action = Key | Alt | Type | Wait | Each


@dataclass(frozen=True)
class PageKeys:
    """Where the focus is when the page appears, and the keys that go through it."""

    first: Target
    keys: Sequence[Action]


def describe(widget: QWidget | None) -> str:
    """The widget as a bug report names it."""
    if widget is None:
        return "nothing"
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
    name = widget.accessibleName() or text or widget.objectName()
    shown = "" if widget.isVisible() else ", hidden"
    return f"{type(widget).__name__} {name!r}{shown}"


def alt_letter(wizard: InstallerWizard, widget: QWidget) -> str:
    """The letter of ``widget``'s Alt shortcut, as its text or its label shows it."""
    if isinstance(widget, QAbstractButton):
        texts = [widget.text()]
    else:
        texts = [
            label.text()
            for label in wizard.findChildren(QLabel)
            if label.buddy() is widget and label.isVisible()
        ]
    for text in texts:
        found = _MNEMONIC.search(text.replace("&&", ""))
        if found:
            return found.group(1)
    raise AssertionError(f"{describe(widget)} shows no Alt letter: {texts}")


def press(key: str) -> None:
    """Press ``key`` ("Tab", "Alt+S") in the widget that has the focus."""
    focused = QApplication.focusWidget()
    assert focused is not None, f"nothing has the focus to press {key}"
    combination = QKeySequence(key)[0]
    QTest.keyClick(focused, combination.key(), combination.keyboardModifiers())


class KeyboardWalk:
    """Walks ``wizard`` with ``pages``' keys, checking the focus before each key.

    Attributes:
        visited: the steps walked through, in order.
    """

    def __init__(self, wizard: InstallerWizard, pages: dict[Step, PageKeys]) -> None:
        self.wizard = wizard
        self.pages = pages
        self.visited: list[Step] = []

    def widget(self, target: Target, page: Any) -> QWidget:
        if isinstance(target, QWidget):
            return target
        if callable(target):
            return target(page)
        if target in _BUTTONS:
            return self.wizard.button(_BUTTONS[target])
        found: Any = page
        for name in target.split("."):
            found = getattr(found, name)
        assert isinstance(found, QWidget), target
        return found

    def check_focus(self, target: Target, page: Any, after: str) -> None:
        expected = self.widget(target, page)
        focused = QApplication.focusWidget()
        where = f"{page.step.value}, after {after}"
        assert focused is expected, (
            f"{where}: focus on {describe(focused)}, not {describe(expected)}"
        )
        assert expected.isVisible(), f"{where}: the focus is on a hidden {describe(expected)}"

    async def run(self, until: Step = Step.DASHBOARD) -> None:
        """Walk from the page on screen through ``until``'s keys."""
        while True:
            step = self.wizard.current_step()
            assert step is not None and step not in self.visited, f"back on {step}"
            assert step in self.pages, f"no keys for the {step.value} page"
            self.visited.append(step)
            page: Any = self.wizard.currentPage()
            walk = self.pages[step]
            self.check_focus(walk.first, page, "the page appeared")
            for action in walk.keys:
                await self.act(action, page)
            if step is until:
                return
            assert self.wizard.current_step() is not step, f"{step.value}: the keys stay on it"

    async def act(self, action: Action, page: Any) -> None:
        if isinstance(action, Each):
            for each in action.make(page):
                await self.act(each, page)
            return
        before = QApplication.focusWidget()
        if isinstance(action, Key):
            press(action.key)
            then, what = action.then, action.key
        elif isinstance(action, Alt):
            target = self.widget(action.target, page)
            what = f"Alt+{alt_letter(self.wizard, target).upper()}"
            press(what)
            pushes = isinstance(target, QAbstractButton) and not target.isCheckable()
            then = action.then or (before if pushes else target)
        elif isinstance(action, Type):
            assert before is not None, f"nothing has the focus to type {action.text!r}"
            QTest.keyClicks(before, action.text)
            then, what = before, f"typing {action.text!r}"
        else:
            await wait_until(lambda: action.condition(page), NETWORK_TIMEOUT)
            then, what = action.then, f"waiting for {action.what}"
        if then == LEAVES:
            await wait_until(lambda: self.wizard.currentPage() is not page, NETWORK_TIMEOUT)
            return
        assert self.wizard.currentPage() is page, f"{page.step.value}: {what} left the page"
        self.check_focus(then, page, what)

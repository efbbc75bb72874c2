"""Every page in the pseudo-language without a clipped text; every language loads; the choice.

The pseudo-language makes every text 40 % longer and accented (``[Ńéxt >~~]``), so a label
or button whose layout cannot grow shows up clipped, and a text that is not translated shows up
plain. The whole wizard is walked through against the embedded sandbox, page by page.
"""

from __future__ import annotations

import asyncio
import html
import re
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import Any

import pytest
import pytest_asyncio
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QTableWidget,
    QWidget,
    QWizard,
)

from installer_app.domain.flow import Step, steps
from installer_app.domain.pbx_side import PbxConnection
from installer_app.domain.plan import DeliveryMode
from installer_app.domain.status import AdminStatus
from installer_app.harness.walkthrough import Walkthrough
from installer_app.sandbox import oxo_agent
from installer_app.sandbox.embedded import EmbeddedSandbox
from installer_app.sandbox.seed import SandboxSeed
from installer_app.services.app_services import AppServices
from installer_app.ui import i18n
from installer_app.ui.dialogs.language_menu import LanguageDialog
from installer_app.ui.support.domain_text import translate_domain
from installer_app.ui.wizard import InstallerWizard
from tests.conftest import MemoryKeyring, services_on_sandbox
from tests.unit.test_translations import _domain_messages

#: The size the wizard opens at (``InstallerWizard``): every page must fit in it.
DEFAULT_SIZE = (860, 640)
#: Texts shown as they come (ids, numbers, e-mails, Rainbow's and OMC's own status words).
_DATA = re.compile(r"\S+|\w+: \w+(?:, \w+: \w+)*")
#: Shown as the other side reports them, inside translated texts too: the product names, the
#: status words of Rainbow and of the PBX, and the PBX's own last error (OMC's words).
_AS_REPORTED: tuple[str, ...] = (
    "OXO Connect Evolution",
    "OXO Connect",
    *(status.value for status in AdminStatus),
    *(state.value for state in PbxConnection),
    *(
        value
        for name, value in vars(oxo_agent).items()
        if name.isupper() and isinstance(value, str) and " " in value
    ),
)
_TAG = re.compile(r"<[^>]*>")


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application; whatever translators a test loads are removed afterwards."""
    yield qapp
    i18n.remove_translators(qapp)


def _visible(wizard: QWidget) -> list[QWidget]:
    return [w for w in wizard.findChildren(QWidget) if w.isVisible()]


def layout_problems(wizard: InstallerWizard) -> list[str]:
    """Every visible text the layout does not give the room it needs."""
    problems = []
    minimum = wizard.minimumSize()
    if minimum.width() > DEFAULT_SIZE[0] or minimum.height() > DEFAULT_SIZE[1]:
        problems.append(f"the page needs {minimum.width()}x{minimum.height()}: {DEFAULT_SIZE}")
    for widget in _visible(wizard):
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    problems.append(f"label cut at the bottom: {widget.text()[:70]!r}")
            else:
                hint = widget.sizeHint()
                if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
                    problems.append(f"label clipped: {widget.text()[:70]!r}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                problems.append(f"button clipped: {widget.text()!r}")
        elif isinstance(widget, QGroupBox) and widget.title():
            if widget.minimumSizeHint().width() > widget.width() + 1:
                problems.append(f"group title clipped: {widget.title()!r}")
        elif isinstance(widget, QHeaderView) and widget.orientation().name == "Horizontal":
            for section in range(widget.count()):
                if widget.sectionSize(section) + 1 < widget.sectionSizeHint(section):
                    problems.append(f"column title clipped: section {section}")
    return problems


def shown_texts(window: QWidget) -> list[tuple[str, str]]:
    """Every text ``window`` and the dialogs open over it show or read aloud: (what, text).

    Labels, buttons, group titles, placeholders, tooltips, accessible descriptions, list items,
    table cells, and the message boxes' and dialogs' own texts.
    """
    roots = [window] + [
        w for w in QApplication.topLevelWidgets() if w is not window and w.isVisible()
    ]
    found: list[tuple[str, str]] = []
    widgets = {id(w): w for root in roots for w in (root, *_visible(root))}
    for widget in widgets.values():
        if isinstance(widget, QGroupBox):
            found.append(("group title", widget.title()))
        elif isinstance(widget, QLabel | QAbstractButton):
            found.append(("text", widget.text()))
        elif isinstance(widget, QLineEdit) and not widget.text():
            found.append(("placeholder", widget.placeholderText()))
        elif isinstance(widget, QListWidget):
            found += [("list item", widget.item(i).text()) for i in range(widget.count())]
        elif isinstance(widget, QTableWidget):
            cells = (
                widget.item(r, c)
                for r in range(widget.rowCount())
                for c in range(widget.columnCount())
            )
            found += [("table cell", cell.text()) for cell in cells if cell is not None]
        if isinstance(widget, QMessageBox | QDialog) and widget.isWindow():
            found.append(("window title", widget.windowTitle()))
        found += [("tooltip", widget.toolTip()), ("description", widget.accessibleDescription())]
    return [(what, text) for what, text in found if text]


def sandbox_data(*typed: str) -> set[str]:
    """Names the sandbox holds (companies, sites, accounts) and what a walk typed: data."""
    seed = SandboxSeed.default()
    names = {c.name for c in seed.companies} | {s.name for s in seed.sites}
    return names | {u.login_email for u in seed.users} | set(typed)


def _outside_pseudo(text: str) -> str:
    """What of ``text`` is left once every pseudo-translated part (nested ones too) is taken
    out: a value put into a translated template goes with it."""
    text = html.unescape(_TAG.sub(" ", text))
    while True:
        inner = re.search(r"\[[^\[\]]*\]", text)
        if inner is None:
            return text
        kept = "" if "~" in inner.group(0) else inner.group(0).replace("[", "(").replace("]", ")")
        text = text[: inner.start()] + kept + text[inner.end() :]


def untranslated_texts(wizard: QWidget, data: Iterable[str] = ()) -> list[str]:
    """Visible words that did not go through the pseudo-language.

    ``data`` names what is shown as it comes besides :data:`_DATA` (the sandbox's company and
    site names, what the walk typed).
    """
    found = []
    for what, text in shown_texts(wizard):
        left = " ".join(_outside_pseudo(text).split())
        if _DATA.fullmatch(left):
            continue
        for value in sorted((*data, *_AS_REPORTED), key=len, reverse=True):
            left = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", left, flags=re.IGNORECASE)
        left = " ".join(left.split())
        if not re.search(r"[^\W\d_]{2,}", left) or _DATA.fullmatch(left):
            continue
        found.append(f"{what}: {text[:90]}")
    return found


def test_pseudo_text_is_longer_and_keeps_what_the_program_reads() -> None:
    assert i18n.pseudo_text("&Next >") == "[&Néxt >~~]"
    text = i18n.pseudo_text("Saved to %1 <b>now</b> &amp; (*.json *.zip) https://a.example/x")
    assert "%1" in text and "<b>" in text and "&amp;" in text and "(*.json *.zip)" in text
    assert "https://a.example/x" in text
    source = "Type the references from the fleet list; a whole reference is split into both."
    pseudo = i18n.pseudo_text(source)
    assert len(pseudo) >= 1.4 * len(source)
    assert max(len(run) for run in re.findall("~+", pseudo)) <= 8  # lines can still break


def test_pseudo_translator_translates_every_text_but_machine_ones(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(i18n.PSEUDO_VARIABLE, "1")
    assert i18n.install_translators(app, "fr") == i18n.PSEUDO
    assert QCoreApplication.translate("StartPage", "Welcome").startswith("[Wéłcómé"[:3])
    assert QCoreApplication.translate("QWizard", "&Next >") == "[&Néxt >~~]"
    assert QCoreApplication.translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == (
        "QT_LAYOUT_DIRECTION"
    )


def test_every_domain_message_reaches_the_interface_language(app: QApplication) -> None:
    i18n.install_pseudo_translator(app)
    left = []
    for message in sorted(_domain_messages()):
        shown = translate_domain(message)
        while re.search(r"\[[^\[\]]*\]", shown):
            shown = re.sub(r"\[[^\[\]]*\]", "", shown)
        # Python's own regular-expression diagnostics stay as Python writes them.
        if "position" not in message and re.search(r"[A-Za-z]{3,} [A-Za-z]{3,}", shown):
            left.append(f"{message!r} -> {translate_domain(message)!r}")
    assert not left, "\n".join(left[:20])


# -- the whole wizard in the pseudo-language ----------------------------------------------------


@pytest_asyncio.fixture
async def walk_services(
    embedded: EmbeddedSandbox, memory_keyring: MemoryKeyring
) -> AsyncIterator[AppServices]:
    async with services_on_sandbox(embedded.info, memory_keyring) as built:
        yield built


@pytest.mark.slow
@pytest.mark.asyncio
@pytest.mark.parametrize("mode", [DeliveryMode.STOCK, DeliveryMode.BTCO])
async def test_every_page_fits_its_texts_in_the_pseudo_language(  # type: ignore[no-untyped-def]
    qtbot,
    *,
    app: QApplication,
    make_wizard: Callable[[AppServices], InstallerWizard],
    walk_services: AppServices,
    embedded: EmbeddedSandbox,
    mode: DeliveryMode,
) -> None:
    i18n.install_pseudo_translator(app)
    wizard = make_wizard(walk_services)
    assert wizard.size().width() == DEFAULT_SIZE[0]
    found: dict[Step, list[str]] = {}

    async def check(step: Step, shown: InstallerWizard) -> None:
        # The loop delivers the pending layout events (processEvents here, inside a task, would
        # run other tasks' callbacks re-entrantly: the dashboard's watch lost its next step).
        await asyncio.sleep(0.01)
        found[step] = layout_problems(shown) + [
            f"not translated: {text!r}" for text in untranslated_texts(shown, data)
        ]

    pbx: dict[str, Any] = next(p for p in embedded.info.fleet if p["mode"] == mode.value)
    data = sandbox_data(f"Boulangerie OXO {pbx['serial']}")
    try:
        await Walkthrough(wizard, mode=mode, pbx=pbx, on_page=check).run()
    finally:
        await wizard.shutdown()
    assert list(found) == steps(wizard.state)  # every page this mode has
    problems = [f"{step.value}: {problem}" for step, list_ in found.items() for problem in list_]
    assert not problems, "\n".join(problems)


# -- the real languages -------------------------------------------------------------------------

NEXT = {
    "en": "Next >",
    "fr": "Suivant >",
    "de": "Weiter >",
    "es": "Siguiente >",
    "it": "Successivo >",
    "pt": "Próximo >",
}


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("language", list(NEXT))
def test_each_language_loads_with_qt_own_buttons(  # type: ignore[no-untyped-def]
    qtbot, app: QApplication, make_wizard, services: AppServices, language: str
) -> None:
    assert i18n.install_translators(app, language) == language
    wizard = make_wizard(services)
    assert wizard.button(QWizard.WizardButton.NextButton).text().replace("&", "") == NEXT[language]
    english = "OXO Connect – Rainbow installer"
    assert (wizard.windowTitle() == english) is (language == "en")
    entries = [a.text() for a in wizard.tools_menu.actions() if a.text()]
    letters = [_mnemonic(text) for text in entries]
    assert None not in letters and len(set(letters)) == len(letters), entries


def test_french_shows_the_domain_reasons_in_french(  # type: ignore[no-untyped-def]
    qtbot, app: QApplication, make_wizard, services: AppServices
) -> None:
    i18n.install_translators(app, "fr")
    wizard = make_wizard(services)
    assert wizard.windowTitle() == "OXO Connect – Assistant d’installation Rainbow"
    page = wizard.page_for(Step.PBX)
    page.initializePage()
    assert page.reason_text() == (
        "Le nom du serveur ne doit pas être vide\u00a0: nommez le PBX comme sur Rainbow."
    )
    assert translate_domain("National number (Germany): canonical form +4930123456.") == (
        "Numéro national (Allemagne)\u00a0: forme canonique +4930123456."
    )


def test_language_follows_the_system_unless_one_is_chosen(tmp_path: Any) -> None:
    assert i18n.resolve_language("", QLocale("de_CH")) == "de"
    assert i18n.resolve_language("", QLocale("pt_BR")) == "pt"
    assert i18n.resolve_language("", QLocale("ja_JP")) == "en"
    assert i18n.resolve_language("it", QLocale("de_DE")) == "it"
    assert i18n.resolve_language("xx", QLocale("fr_FR")) == "fr"
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.saved_language(settings) == ""
    settings.setValue(i18n.LANGUAGE_KEY, "es")
    assert i18n.saved_language(settings) == "es"


def test_the_saved_choice_is_loaded_at_start(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "saved_language", lambda settings=None: "de")
    assert i18n.install_translators(app) == "de"
    assert QCoreApplication.translate("QWizard", "&Next >") == "&Weiter >"
    i18n.remove_translators(app)
    assert QCoreApplication.translate("QWizard", "&Next >") == "&Next >"


def test_language_menu_saves_the_choice_for_the_next_start(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services: AppServices
) -> None:
    wizard = make_wizard(services)
    action = wizard.findChild(QAction, "languageAction")
    assert isinstance(action, QAction) and action in wizard.tools_menu.actions()
    action.trigger()
    dialog = wizard.findChild(LanguageDialog, "languageDialog")
    assert isinstance(dialog, LanguageDialog) and dialog.isVisible()
    assert dialog.chosen() == ""
    assert [dialog.combo.itemData(i) for i in range(dialog.combo.count())] == [
        "",
        *(code for code, _name in i18n.LANGUAGES),
    ]
    dialog.combo.setCurrentIndex(dialog.combo.findData("de"))
    dialog.accept()
    assert wizard.settings.value(i18n.LANGUAGE_KEY) == "de"
    assert i18n.saved_language(wizard.settings) == "de"
    reopened = LanguageDialog(wizard.settings, wizard)
    assert reopened.combo.currentText() == "Deutsch"
    reopened.combo.setCurrentIndex(0)
    reopened.accept()
    assert wizard.settings.value(i18n.LANGUAGE_KEY) == ""

"""The dialing page: searchable country, prefixes, installation number and the live preview."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QApplication,
    QWizard,
)

from installer_app.domain.flow import Step
from installer_app.ui.pages.dialing import DialingPage
from installer_app.ui.widgets.country_combo import (
    CountryCombo,
    country_display_name,
    default_country,
)
from installer_app.ui.wizard import InstallerWizard, page_id

# Typing in the country box shows the completer's popup, which the offscreen platform can
# neither raise nor let grab the keyboard; it says so, harmlessly.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def open_page(wizard: InstallerWizard) -> DialingPage:
    """Show the dialing page first, as if the technician had reached it."""
    wizard.setStartId(page_id(Step.DIALING))
    wizard.restart()
    page = wizard.page_for(Step.DIALING)
    assert isinstance(page, DialingPage)
    return page


def next_enabled(wizard: InstallerWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def type_country(qtbot, page: DialingPage, text: str) -> None:  # type: ignore[no-untyped-def]
    page.country_combo.clearEditText()
    qtbot.keyClicks(page.country_combo, text)


def retype(qtbot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest cannot type outside Latin-1: insert it as an input method would
        edit.insert(text)


@pytest.fixture
def german_locale() -> Iterator[QLocale]:
    """The system locale of a technician in Germany, restored afterwards."""
    previous = QLocale()
    locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    QLocale.setDefault(locale)
    try:
        yield locale
    finally:
        QLocale.setDefault(previous)


def test_defaults_to_france_without_a_known_territory(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    assert QLocale().territory() == QLocale.Country.AnyTerritory  # tests run in the C locale
    assert page.country_combo.currentText() == "France"
    state = wizard.state
    assert (state.country, state.national_prefix, state.international_prefix) == ("FR", "0", "00")
    assert page.national_edit.text() == "0"
    assert next_enabled(wizard)


def test_defaults_to_the_system_territory_in_its_language(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, german_locale: QLocale
) -> None:
    assert default_country() == "DE"
    wizard = make_wizard(services)
    page = open_page(wizard)
    assert wizard.state.country == "DE"
    assert page.country_combo.currentText() == "Deutschland"
    assert page.country_combo.name_of("AT") == "Österreich"
    assert page.country_combo.name_of("FR") == "France"  # no German locale for France in Qt


def test_names_in_the_users_language_fall_back_to_english() -> None:
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert country_display_name("BE", french) == "Belgique"
    assert country_display_name("CH", french) == "Suisse"
    assert country_display_name("DE", french) == "Germany"  # Qt has no fr_DE locale
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert country_display_name("DE", english) == "Germany"
    assert country_display_name("XK", english) == "Kosovo"


def test_names_are_sorted_as_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    combo = CountryCombo(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    qtbot.addWidget(combo)
    names = [combo.itemText(i) for i in range(combo.count())]
    assert len(names) > 200
    assert names.index("Österreich") < names.index("Pakistan")  # Ö sorts with O in German
    order = ["Belgien", "Deutschland", "Italien", "Luxemburg", "Österreich", "Schweiz"]
    assert sorted(order, key=names.index) == order


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("deutsch", "Germany"), ("KINGDOM", "United Kingdom"), ("fra", "France"), ("espa", "Spain")],
)
def test_completer_matches_anywhere_in_any_spelling(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, typed: str, expected: str
) -> None:
    wizard = make_wizard(services)
    page = open_page(wizard)
    completer = page.country_combo.completer()
    assert completer is not None
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    assert completer.caseSensitivity() == Qt.CaseSensitivity.CaseInsensitive
    type_country(qtbot, page, typed)
    names = [
        completer.completionModel().index(row, 0).data()
        for row in range(completer.completionCount())
    ]
    assert any(name.startswith(expected) for name in names), names


def test_choosing_a_completion_sets_the_country_and_its_prefixes(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services
) -> None:
    wizard = make_wizard(services)
    page = open_page(wizard)
    type_country(qtbot, page, "united states")
    completer = page.country_combo.completer()
    popup = completer.popup()
    assert popup.isVisible()
    first = completer.completionModel().index(0, 0)
    assert first.data() == "United States"
    assert completer.completionCount() == 1
    popup.setCurrentIndex(first)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.country_combo.currentText() == "United States"
    state = wizard.state
    assert (state.country, state.national_prefix, state.international_prefix) == ("US", "1", "011")
    assert next_enabled(wizard)


def test_unknown_country_text_blocks_and_names_the_field(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    type_country(qtbot, page, "Atlantis")
    assert wizard.state.country == ""
    assert not next_enabled(wizard)
    assert page.reason_text() == "Choose the country of the installation."
    assert page.country_message.text().startswith("Country:")
    assert "Atlantis" in page.country_message.text()
    assert page.national_edit.text() == "0"  # prefixes kept while the text is unknown

    type_country(qtbot, page, "Italy")
    assert wizard.state.country == "IT"
    assert page.country_message.text() == ""
    assert (page.national_edit.text(), page.international_edit.text()) == ("", "00")
    assert next_enabled(wizard)


def test_a_code_resolves_when_editing_finishes(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    type_country(qtbot, page, "gb")
    assert wizard.state.country == ""  # two letters while typing are not yet a choice
    qtbot.keyClick(page.country_combo.lineEdit(), Qt.Key.Key_Return)
    assert wizard.state.country == "GB"
    assert wizard.current_step() is Step.DIALING  # Enter showed the country, did not go on
    assert page.country_combo.currentText() == "United Kingdom"
    type_country(qtbot, page, "deu")
    qtbot.keyClick(page.country_combo.lineEdit(), Qt.Key.Key_Return)
    assert wizard.state.country == "DE"
    assert page.country_combo.currentText() == "Germany"
    qtbot.keyClick(page.country_combo.lineEdit(), Qt.Key.Key_Return)  # now Enter is Next
    assert wizard.current_step() is Step.NUMBERING


def test_country_change_refills_edited_prefixes(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    retype(qtbot, page.national_edit, "9")
    assert wizard.state.national_prefix == "9"
    type_country(qtbot, page, "France")  # the same country again: the edit is kept
    assert wizard.state.national_prefix == "9"
    type_country(qtbot, page, "Belgium")
    assert (wizard.state.country, wizard.state.national_prefix) == ("BE", "0")


PREFIX_FIELDS = {
    "national_edit": "National prefix",
    "international_edit": "International prefix",
    "outbound_edit": "Outbound prefix",
}


@pytest.mark.parametrize("field", PREFIX_FIELDS)
@pytest.mark.parametrize("bad", ["0a", "O0", "+00", "0 0", "٠"])
def test_prefixes_must_be_digits(qtbot, make_wizard, services, field: str, bad: str) -> None:  # type: ignore[no-untyped-def]
    named = PREFIX_FIELDS[field]
    wizard = make_wizard(services)
    page = open_page(wizard)
    edit = getattr(page, field)
    message = getattr(page, field.replace("_edit", "_message"))
    retype(qtbot, edit, bad)
    assert message.text() == f"{named} must contain digits only (0-9)."
    assert not next_enabled(wizard)
    assert page.reason_text().startswith(named)
    retype(qtbot, edit, "00")
    assert message.text() == ""
    assert next_enabled(wizard)


def test_outbound_prefix_must_be_given_when_used(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    page.use_outbound_box.setFocus()
    qtbot.keyClick(page.use_outbound_box, Qt.Key.Key_Space)
    assert wizard.state.use_outbound_prefix
    assert not next_enabled(wizard)
    assert page.reason_text().startswith("Outbound prefix")
    assert page.outbound_message.text().startswith("Outbound prefix")
    qtbot.keyClicks(page.outbound_edit, "0")
    assert wizard.state.outbound_prefix == "0"
    assert next_enabled(wizard)


@pytest.mark.parametrize(
    ("typed", "ok"),
    [("+33 1 23 45 67 89", True), ("0123456789", True), ("01-23", False), ("+33 1 2x", False)],
)
def test_installation_number(qtbot, make_wizard, services, typed: str, ok: bool) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    qtbot.keyClicks(page.installation_edit, typed)
    assert wizard.state.installation_number == typed
    assert next_enabled(wizard) is ok
    if not ok:
        assert page.installation_message.text().startswith("Installation number")
        assert page.reason_text().startswith("Installation number")


PREVIEWS = [
    # (dialed, canonical form shown, kind shown, words of the explanation)
    ("01 23 45 67 89", "+33123456789", "National number", "National number (France)"),
    ("0044 20 7946 0958", "+442079460958", "International number", "International number"),
    ("+1 212 555 0100", "+12125550100", "International number", "International number"),
    ("1234", "—", "Internal number", "Internal number"),
    ("01 23", "—", "Not a valid number", "too short"),
    ("01 23 ab", "—", "Not a valid number", "only digits"),
]


@pytest.mark.parametrize("case", PREVIEWS)
def test_preview_shows_the_canonical_form(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, case: tuple[str, str, str, str]
) -> None:
    dialed, canonical, kind, says = case
    wizard = make_wizard(services)
    page = open_page(wizard)
    qtbot.keyClicks(page.preview_edit, dialed)
    assert page.canonical_label.text() == canonical
    assert page.kind_label.text() == kind
    assert says in page.preview_message.text()


def test_preview_follows_the_prefixes_on_screen(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    qtbot.keyClicks(page.preview_edit, "0 01 23 45 67 89")
    assert page.kind_label.text() == "Not a valid number"
    qtbot.keyClicks(page.outbound_edit, "0")
    page.use_outbound_box.setChecked(True)
    assert page.canonical_label.text() == "+33123456789"
    retype(qtbot, page.national_edit, "0x")
    assert "National prefix" in page.preview_message.text()


def test_next_goes_to_numbering_and_back_keeps_the_input(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    type_country(qtbot, page, "Belgium")
    qtbot.keyClicks(page.installation_edit, "+32 2 123 45 67")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.current_step() is Step.NUMBERING
    wizard.back()
    assert page.country_combo.currentText() == "Belgium"
    assert page.installation_edit.text() == "+32 2 123 45 67"
    assert wizard.state.country == "BE"


@pytest.mark.parametrize(("typed", "code"), [("Germany", "DE"), ("France", "FR"), ("deu", "")])
def test_typing_key_by_key_filters_and_never_rewrites(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, typed: str, code: str
) -> None:
    """On a real X server the suggestions take the keyboard as soon as they show: the line
    loses focus for the popup, which used to resolve "Ge" as Georgia's code mid-word."""
    wizard = make_wizard(services)
    page = open_page(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    line = page.country_combo.lineEdit()
    assert QApplication.focusWidget() in (line, page.country_combo)
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    popup = page.country_combo.completer().popup()
    for count, key in enumerate(typed, start=1):
        qtbot.keyClick(line, key)
        if popup.isVisible():  # what the popup's keyboard grab does to the line
            QApplication.sendEvent(
                line, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.PopupFocusReason)
            )
        assert page.country_combo.currentText() == typed[:count]
    assert page.country_combo.country() == code
    names = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert names and all(typed.casefold() in n.casefold() or code == "" for n in names)


def test_installation_number_says_it_is_not_sent_and_where_it_goes(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services
) -> None:
    # No public API field takes it: the page says so next to the field instead of dropping it.
    page = open_page(make_wizard(services))
    note = page.installation_note
    assert note.isVisibleTo(page)
    assert "Not sent to Rainbow" in note.text()
    assert '"Dialing information"' in note.text()
    assert '"Dialing information"' in page.subTitle()

"""A searchable country box: names in the user's language, the value an ISO alpha-2 code.

Names come, in this order, from a loaded translation of the English table name (context
``Countries``), from Qt's locale data when Qt has a locale for the user's language in that
territory (``fr_BE`` → "Belgique"), else from the English table name of
:mod:`installer_app.domain.countries`. Typing searches, case-insensitively and anywhere in the
text, the displayed name, the English name, the territory's own name ("Deutschland") and the
codes, so a technician finds a country however it is spelled to them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QCompleter, QWidget

from installer_app.domain import countries, dialing

CODE_ROLE = Qt.ItemDataRole.UserRole
"""Item role holding the alpha-2 code."""
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
"""Item role holding every spelling the completer matches, lower-case."""
NAMES_CONTEXT = "Countries"
"""Translation context of the English country names."""

_ENGLISH = (QLocale.Language.C, QLocale.Language.English)


def _english_name(alpha2: str) -> str:
    row = countries.by_alpha2(alpha2)
    return row.name if row is not None else alpha2


def _native_name(alpha2: str) -> str:
    """The territory's name in its own main language, "" when Qt does not know it."""
    territory = QLocale.codeToTerritory(alpha2)
    if territory == QLocale.Country.AnyTerritory:
        return ""
    local = QLocale(QLocale.Language.AnyLanguage, territory)
    # Qt falls back to another locale when it has none for the territory (Ascension Island).
    return local.nativeTerritoryName() if local.territory() == territory else ""


def country_display_name(alpha2: str, locale: QLocale | None = None) -> str:
    """The name of ``alpha2`` to show a user of ``locale`` (the default locale when None)."""
    locale = locale or QLocale()
    english = _english_name(alpha2)
    translated = QCoreApplication.translate(NAMES_CONTEXT, english)
    if translated != english or locale.language() in _ENGLISH:
        return translated
    territory = QLocale.codeToTerritory(alpha2)
    if territory != QLocale.Country.AnyTerritory:
        local = QLocale(locale.language(), territory)
        if local.language() == locale.language() and local.territory() == territory:
            return local.nativeTerritoryName() or english
    return english


def default_country(locale: QLocale | None = None) -> str:
    """The alpha-2 code of the locale's territory when known, else the domain's fallback."""
    locale = locale or QLocale()
    return dialing.default_country(locale_alpha2=QLocale.territoryToCode(locale.territory()))[0]


@dataclass(frozen=True)
class CountryRows:
    """The list's content as plain data: ``(name, code, search spellings)`` rows in the
    locale's order, each code's name, and the code of every spelling (case-folded)."""

    rows: tuple[tuple[str, str, str], ...]
    names: dict[str, str]
    lookup: dict[str, str]


_PREPARED: dict[tuple[str, str], CountryRows] = {}


def _rows_key(locale: QLocale) -> tuple[str, str]:
    # The names depend on the locale and on the translation loaded: a sample of the latter
    # tells apart rows made before and after a change of language.
    return locale.name(), QCoreApplication.translate(NAMES_CONTEXT, "Germany")


def prepare_country_rows(locale: QLocale | None = None) -> CountryRows:
    """Make the rows for ``locale`` (the default when None) and keep them for the next box.

    Plain data, no widget: the warm-up calls it on its worker thread, so that building the
    dialing page on the GUI thread only fills the model.
    """
    locale = locale or QLocale()
    rows = _make_rows(locale)
    _PREPARED[_rows_key(locale)] = rows
    return rows


def country_rows(locale: QLocale) -> CountryRows:
    """The rows prepared for ``locale``, else made now."""
    return _PREPARED.get(_rows_key(locale)) or _make_rows(locale)


def _make_rows(locale: QLocale) -> CountryRows:
    collator = QCollator(locale)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    rows: list[tuple[str, str, str]] = []
    names: dict[str, str] = {}
    lookup: dict[str, str] = {}
    for code in dialing.known_countries():
        name = country_display_name(code, locale)
        english = _english_name(code)
        native = _native_name(code)
        row = countries.by_alpha2(code)
        alpha3 = row.alpha3 if row is not None else ""
        spellings = dict.fromkeys(s for s in (name, english, native, code, alpha3) if s)
        rows.append((name, code, " | ".join(spellings).casefold()))
        names[code] = name
        for spelling in (name, english, native):
            if spelling:
                lookup.setdefault(spelling.casefold(), code)
    by_name = functools.cmp_to_key(collator.compare)
    rows.sort(key=lambda row: by_name(row[0]))
    return CountryRows(tuple(rows), names, lookup)


class _DisplayCompleter(QCompleter):
    """Matches on the search spellings but inserts the displayed name."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class CountryCombo(QComboBox):
    """Editable, searchable list of the countries the phone-number data knows.

    While typing, only a full name resolves to a country and the text is never rewritten (the
    suggestions only filter); when editing finishes (Enter, Tab) an alpha-2 or alpha-3 code
    resolves too and the box shows the country's name. Enter that
    changes the text is consumed (it does not also press Next).

    Args:
        locale: whose language the names are in and how they sort; the default locale if None.

    Signals:
        countryChanged(str): the alpha-2 code the text stands for changed ("" when none).
    """

    countryChanged = Signal(str)

    def __init__(self, locale: QLocale | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale_used = locale or QLocale()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self._names: dict[str, str] = {}
        self._lookup: dict[str, str] = {}
        self._init_model()
        completer = _DisplayCompleter(self)
        completer.setModel(self.model())
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._country = ""
        self.editTextChanged.connect(self._text_changed)
        line_edit = self.lineEdit()
        if line_edit is not None:
            line_edit.editingFinished.connect(self._editing_finished)
            line_edit.installEventFilter(self)

    def _init_model(self) -> None:
        rows = country_rows(self.locale_used)
        self._names, self._lookup = dict(rows.names), dict(rows.lookup)
        model = QStandardItemModel(self)
        for name, code, search in rows.rows:
            item = QStandardItem(name)
            item.setData(code, CODE_ROLE)
            item.setData(search, SEARCH_ROLE)
            item.setEditable(False)
            model.appendRow(item)
        self.setModel(model)

    def name_of(self, alpha2: str) -> str:
        """The name the box shows for ``alpha2`` ("" when not in the list)."""
        return self._names.get(alpha2.strip().upper(), "")

    def code_for_text(self, text: str, *, codes: bool = True) -> str:
        """The alpha-2 code ``text`` names exactly (any case), "" when none.

        With ``codes``, alpha-2 and alpha-3 codes are accepted as well as names.
        """
        key = text.strip().casefold()
        if not key:
            return ""
        found = self._lookup.get(key, "")
        if found or not codes:
            return found
        code = key.upper()
        if len(code) == 3:
            row = countries.by_alpha3(code)
            code = row.alpha2 if row is not None else ""
        return code if code in self._names else ""

    def country(self) -> str:
        """The alpha-2 code of the country chosen, "" when the text names none."""
        return self._country

    def set_country(self, alpha2: str) -> None:
        """Show ``alpha2``'s name (an unknown code is shown as typed and resolves to "")."""
        code = alpha2.strip().upper()
        index = self.findData(code, CODE_ROLE)
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
        else:
            self.setCurrentIndex(-1)
            self.setEditText(alpha2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a code or a differently spelt name shows the country instead of going on.

        The technician then sees the name and the prefixes it brings before pressing Enter
        again for Next.
        """
        if (
            watched is self.lineEdit()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            text = self.currentText()
            code = self.code_for_text(text)
            if code and text != self._names[code]:
                popup = self._popup()
                if popup is not None:
                    popup.hide()  # Enter is a choice: the suggestions are done
                self._editing_finished()
                return True
        return super().eventFilter(watched, event)

    def _popup(self) -> QAbstractItemView | None:
        completer = self.completer()
        return completer.popup() if completer is not None else None

    def _text_changed(self, text: str) -> None:
        self._resolve(self.code_for_text(text, codes=False))

    def _editing_finished(self) -> None:
        popup = self._popup()
        if popup is not None and popup.isVisible():
            # The suggestions took the keyboard (a real X server does): the technician is still
            # typing. Resolving "Ge" as Georgia's code here turned "Germany" into "Georgiarmany".
            return
        code = self.code_for_text(self.currentText())
        if code:
            name = self._names[code]
            if self.currentText() != name:
                self.set_country(code)
        self._resolve(code)

    def _resolve(self, code: str) -> None:
        if code != self._country:
            self._country = code
            self.countryChanged.emit(code)

"""The country list's rows are plain data, made ahead on the warm-up's worker thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QLocale

from installer_app.ui.widgets import country_combo
from installer_app.ui.widgets.country_combo import CountryCombo, CountryRows, prepare_country_rows


def test_rows_made_on_a_worker_thread_are_the_ones_the_box_shows(qtbot) -> None:  # type: ignore[no-untyped-def]
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    made: list[CountryRows] = []
    worker = threading.Thread(target=lambda: made.append(prepare_country_rows(german)))
    worker.start()
    worker.join()
    [rows] = made
    box = CountryCombo(german)
    qtbot.addWidget(box)
    shown = [box.itemText(i) for i in range(box.count())]
    assert shown == [name for name, _code, _search in rows.rows]
    assert box.name_of("DE") == rows.names["DE"] == "Deutschland"
    assert box.code_for_text("allemagne") == "" and box.code_for_text("germany") == "DE"


def test_rows_prepared_for_another_locale_are_not_used(qtbot) -> None:  # type: ignore[no-untyped-def]
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    prepare_country_rows(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    box = CountryCombo(english)
    qtbot.addWidget(box)
    assert box.name_of("DE") == "Germany"
    assert country_combo.country_rows(english).names["DE"] == "Germany"

"""The pseudo-language over the wizard's own dialogs, with what they list when files are bad.

The batch dialog is run on bad CSV files and a bad rules file: every problem it lists (the row,
the column, the message) must have gone through the pseudo-language, apart from the data (the
files' paths, the CSV's column names and values).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from installer_app.domain.batch import COLUMNS
from installer_app.ui import i18n
from installer_app.ui.dialogs.batch_dialog import BatchDialog
from tests.gui.conftest import wait_until
from tests.gui.test_pseudo_localisation import untranslated_texts
from tests.unit.batch_messages import GOOD, HEADER, OPTIONAL, bad_rows

pytestmark = pytest.mark.asyncio


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application in the pseudo-language, back to English afterwards."""
    i18n.install_pseudo_translator(qapp)
    yield qapp
    i18n.remove_translators(qapp)


#: Bad CSV files, by what is wrong with them.
_CSV_FILES: dict[str, bytes] = {
    "bad values": "\n".join([HEADER, *bad_rows()]).encode("utf-8"),
    "bad optional values": (
        f"{HEADER},{OPTIONAL},reference_override\n"
        "c1,M,M OXO,oxo-connect,stock,ALE12,1234.5678.90,FR,0a,00x,9b,12a,perhaps\n"
    ).encode(),
    "missing columns": b"company_id;name;server\n1;2;3\n",
    "unknown and repeated columns": f"{HEADER},colour,company_id\n{GOOD},red,c1\n".encode(),
    "stray values": f"{HEADER}\n{GOOD},extra,values\n".encode(),
    "no rows": f"{HEADER}\n".encode(),
    "not text": b"\x81\x8d\x8f\x90\x9d",
}
_RULES = b'[1, {"regexp_match": "^0", "regexpMatch": "^1", "regexp_replace": "", "x": 1}, {"regexp_match": 5}]'  # noqa: E501


async def _run(dialog: Any, csv: Path, out: Path, rules: Path | None = None) -> list[str]:
    dialog.results.clear()
    dialog.csv_edit.setText(str(csv))
    dialog.out_edit.setText(str(out))
    dialog.rules_edit.setText(str(rules) if rules else "")
    dialog.prepare_button.click()
    await wait_until(lambda: dialog.prepare_button.isEnabled() and dialog.results.count() > 0)
    return [dialog.results.item(i).text() for i in range(dialog.results.count())]


async def test_the_batch_dialog_lists_every_problem_in_the_pseudo_language(  # type: ignore[no-untyped-def]
    qtbot, app: QApplication, make_wizard, services, tmp_path: Path
) -> None:
    dialog = BatchDialog(make_wizard(services))
    dialog.show()
    out = tmp_path / "out"
    data = {str(tmp_path), str(out), *COLUMNS, "regexp_match", "regexpMatch", "regexp_replace"}
    found: dict[str, list[str]] = {}
    for name, content in _CSV_FILES.items():
        csv = tmp_path / f"{name}.csv"
        csv.write_bytes(content)
        listed = await _run(dialog, csv, out)
        found[name] = untranslated_texts(dialog, data | {str(csv)})
        assert listed, name
    rules = tmp_path / "rules.json"
    rules.write_bytes(_RULES)
    good = tmp_path / "good.csv"
    good.write_text(f"{HEADER}\n{GOOD}\n", "utf-8")
    await _run(dialog, good, out, rules)
    found["bad rules"] = untranslated_texts(dialog, data | {str(rules)})
    problems = [f"{name}: {text}" for name, texts in found.items() for text in texts]
    assert not problems, "\n".join(problems)


def _table_texts(window: Any) -> list[str]:
    """The fleet table's cells and column titles (a view over a model, which the generic
    walk over widgets does not read)."""
    model = window.proxy
    cells = [
        model.index(row, column).data()
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]
    titles = [
        model.headerData(column, Qt.Orientation.Horizontal) for column in range(model.columnCount())
    ]
    return [str(text) for text in (*cells, *titles) if text]


async def test_the_other_dialogs_are_in_the_pseudo_language(  # type: ignore[no-untyped-def]
    qtbot, app: QApplication, make_wizard, services, tmp_path: Path
) -> None:
    """The fleet view over a folder with a broken and a hand-edited file, the settings, the
    about box and the gateway dialog."""
    from installer_app.ui.dialogs.about import runtime_versions, show_about
    from installer_app.ui.dialogs.fleet_view import FleetView
    from installer_app.ui.dialogs.gateway_dialog import GatewayDialog
    from installer_app.ui.dialogs.settings_dialog import open_settings
    from tests.gui.test_pseudo_localisation import _outside_pseudo
    from tests.unit.test_plan import stock_data

    wizard = make_wizard(services)
    folder = tmp_path / "fleet"
    folder.mkdir()
    (folder / "broken.json").write_text("{", "utf-8")
    (folder / "edited.oxoplan.json").write_text(
        json.dumps(stock_data(company={"id": 5}, reference_override="perhaps")), "utf-8"
    )
    view = wizard.findChild(FleetView)
    view.action.trigger()
    window = view.window
    await wait_until(lambda: not window.runner.busy)
    window.ask_folder = lambda: folder
    window.folder_button.click()
    await wait_until(lambda: not window.runner.busy and len(window.entries) == 2)
    data = {str(folder), "broken.json", "edited.oxoplan.json"}
    found = {"fleet view": untranslated_texts(window, data)}
    found["fleet table"] = [
        text
        for text in _table_texts(window)
        if text not in data and re.search(r"[^\W\d_]{2,}", _outside_pseudo(text).split(": ")[-1])
    ]
    window.close()
    settings = open_settings(wizard)
    found["settings"] = untranslated_texts(settings)
    settings.reject()
    about = show_about(wizard)
    found["about"] = untranslated_texts(about, {runtime_versions()})
    about.reject()
    gateway = GatewayDialog(wizard)
    gateway.show()
    found["gateway"] = untranslated_texts(gateway)
    gateway.reject()
    problems = [f"{name}: {text}" for name, texts in found.items() for text in texts]
    assert not problems, "\n".join(problems)

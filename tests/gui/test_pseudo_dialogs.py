"""The pseudo-language over the wizard's own dialogs, with what they list when files are bad.

The batch dialog is run on bad CSV files and a bad rules file: every problem it lists (the row,
the column, the message) must have gone through the pseudo-language, apart from the data (the
files' paths, the CSV's column names and values).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
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

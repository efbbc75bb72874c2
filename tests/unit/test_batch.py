"""Batches: CSV dialects, every bad row named by row and column, duplicates, rules, files."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from installer_app.cli import main
from installer_app.domain.batch import REQUIRED_COLUMNS, Batch, parse_batch, safe_file_stem
from installer_app.domain.batch_input import BatchInvalid, decode_csv, parse_rules, sniff_separator
from installer_app.services.batch import BatchError, prepare_batch
from installer_app.storage.plan_files import load_plan

HEADER = "company_id,company_name,server_name,model,mode,fleet_ref,installation_ref,country"
MARTIN = "c1,Boulangerie Martin,Martin OXO,oxo-connect,stock,ALE12,1234.5678.90,FR"
DUPONT = "c2,Dupont,Dupont OXO,oxo-connect,btco,,,DE"
ROSSI = "c3,Rossi,Rossi OXO,oxo-connect-evolution,stock,ALE31,2024.0001.07,IT"


def csv(*rows: str, header: str = HEADER, sep: str = ",", end: str = "\n") -> str:
    return end.join(line.replace(",", sep) for line in (header, *rows)) + end


def messages(batch: Batch) -> list[str]:
    return [str(p) for p in batch.problems]


def invalid(text: str) -> list[str]:
    with pytest.raises(BatchInvalid) as caught:
        parse_batch(text)
    return [str(p) for p in caught.value.problems]


# -- dialects -----------------------------------------------------------------------------------


def test_plain_comma_file_makes_one_plan_per_row() -> None:
    batch = parse_batch(csv(MARTIN, DUPONT, ROSSI))
    assert batch.is_valid and batch.row_count == 3
    assert [r.row for r in batch.rows] == [2, 3, 4]
    martin, dupont, rossi = (r.plan for r in batch.rows)
    assert martin.equipment_id == martin.activation_code == "ALE12-1234.5678.90"
    assert martin.dialing.national_prefix == "0" and martin.dialing.international_prefix == "00"
    assert dupont.mode.value == "btco" and dupont.equipment_id is None
    assert rossi.dialing.national_prefix == ""  # Italy has none: from the country
    assert [r.file_stem for r in batch.rows] == ["Martin_OXO", "Dupont_OXO", "Rossi_OXO"]


def test_bom_semicolons_crlf_quotes_and_trailing_blank_lines() -> None:
    text = csv(
        'c1;"Martin; Fils & ""Cie""";Martin OXO;oxo-connect;stock;ALE12;1234.5678.90;FR',
        ";;;;;;;",
        "",
        header=HEADER.replace(",", ";"),
        end="\r\n",
    )
    data = "\ufeff".encode() + text.encode("utf-8")
    decoded, encoding = decode_csv(data)
    assert encoding == "UTF-8"
    assert sniff_separator(decoded) == ";"
    batch = parse_batch(decoded)
    assert batch.is_valid, messages(batch)
    assert batch.rows[0].plan.company.name == 'Martin; Fils & "Cie"'
    assert batch.row_count == 1


def test_quoted_line_break_does_not_shift_row_numbers() -> None:
    text = csv('c1,"Martin\r\nBoulangerie",Martin OXO,oxo-connect,stock,ALE12,1234.5678.90,FR',
               "c2,Dupont,,oxo-connect,btco,,,DE")  # fmt: skip
    batch = parse_batch(text)
    assert messages(batch) == [
        "row 2, column company_name: Company name contains the control character(s) \\x0d "
        "\\x0a (escape sequences, line breaks and the like), which a name or a description "
        "never needs; retype it.",
        "row 3, column server_name: Server name must not be empty: name the PBX as on Rainbow.",
    ]


def test_tab_separated_utf16_from_unicode_text_export() -> None:
    data = csv(MARTIN, sep="\t").encode("utf-16")
    text, encoding = decode_csv(data)
    assert encoding == "UTF-16"
    assert parse_batch(text).rows[0].plan.server_name == "Martin OXO"


def test_windows_1252_file_is_read() -> None:
    data = csv("c1,Société Générale,Martin OXO,oxo-connect,btco,,,FR").encode("cp1252")
    text, encoding = decode_csv(data)
    assert encoding == "Windows-1252"
    assert parse_batch(text).rows[0].plan.company.name == "Société Générale"


def test_undecodable_bytes_are_refused_with_advice() -> None:
    with pytest.raises(BatchInvalid, match="CSV UTF-8"):
        decode_csv(b"company_id\x81\x8d\x8f")


def test_header_in_any_order_and_case_with_optional_columns() -> None:
    header = (
        " Country ;Server Name;MODE;model;Fleet-Ref;installation_ref;company_name;COMPANY_ID;"
        "Outbound Prefix;national_prefix;installation_number"
    )
    row = "DE;Berlin OXO;Stock;OXO Connect;ale12;1234.5678.90;Müller;c9;0;;+49 30 1234"
    batch = parse_batch(csv(row, header=header, sep=";"))
    assert batch.is_valid, messages(batch)
    plan = batch.rows[0].plan
    assert plan.pbx_model.value == "oxo-connect" and plan.fleet_ref == "ALE12"
    assert plan.dialing.outbound_prefix == "0" and plan.dialing.use_outbound_prefix
    assert plan.dialing.national_prefix == "0"  # empty cell: the country's default
    assert plan.dialing.installation_number == "+49301234"


def test_reference_override_column_keeps_an_unusual_reference() -> None:
    header = HEADER + ",reference_override"
    row = "c1,A,A OXO,oxo-connect,stock,ALE12,12345.678,FR"
    refused = messages(parse_batch(csv(row + ",no", header=header)))
    assert refused[0].startswith("row 2, column installation_ref:")
    batch = parse_batch(csv(row + ",yes", header=header))
    assert batch.is_valid and batch.rows[0].plan.installation_ref == "12345.678"
    wrong = messages(parse_batch(csv(row + ",perhaps", header=header)))
    assert any(m.startswith("row 2, column reference_override:") for m in wrong), wrong


# -- bad rows -----------------------------------------------------------------------------------


def test_every_problem_of_every_row_is_named_by_row_and_column() -> None:
    batch = parse_batch(
        csv(
            MARTIN,
            ",X,X OXO,oxo-connect,stock,ALE12,1234.5678.91,FR",
            "c4,X,Evo OXO,oxo-connect-evolution,btco,,,FR",
            "c5,X,Y OXO,oxo-connect,stock,,1234.5678,ZZ",
            "c6,X,Z OXO,oxo-conect,stock,ALE12,1234.5678.92,FR",
            "c7,X,W OXO,oxo-connect,sometimes,ALE12,1234.5678.93,FR",
            "c8,X,,oxo-connect,btco,,,FR",
        )
    )
    got = messages(batch)
    expected_starts = [
        "row 3, column company_id: Company id is required",
        "row 4, column mode: Delivery mode: BTCO is not available for OXO Connect Evolution",
        "row 5, column fleet_ref: Fleet reference is required in stock mode",
        "row 5, column installation_ref: Installation reference does not have the expected shape",
        "row 5, column country: Country: 'ZZ' is not a country code",
        "row 6, column model: PBX model has the value 'oxo-conect'",
        "row 7, column mode: Delivery mode has the value 'sometimes'",
        "row 8, column server_name: Server name must not be empty",
    ]
    assert len(got) == len(expected_starts), got
    for message, start in zip(got, expected_starts, strict=True):
        assert message.startswith(start), message
    assert [r.row for r in batch.rows] == [2]
    for typed in ("1234.5678.91", "1234.5678.92", "1234.5678.93"):  # references are codes
        assert all(typed not in message for message in got)


def test_prefix_with_letters_is_reported_on_its_column() -> None:
    header = HEADER + ",international_prefix,outbound_prefix"
    got = messages(parse_batch(csv(MARTIN + ",00x,9 9", header=header)))
    assert got[0].startswith("row 2, column international_prefix: International prefix must")
    assert got[1].startswith("row 2, column outbound_prefix: Outbound prefix must")


def test_unquoted_separator_in_a_value_is_explained() -> None:
    got = messages(parse_batch(csv("c1,Martin, Fils,Martin OXO,oxo-connect,btco,,,FR", DUPONT)))
    assert got == [
        "row 2: 9 values where the header row names 8 columns; a value containing the "
        "separator ',' must be in double quotes."
    ]


def test_duplicate_server_names_name_both_rows() -> None:
    batch = parse_batch(csv(MARTIN, DUPONT, "c9,X,  martin oxo ,oxo-connect,btco,,,FR"))
    assert messages(batch) == [
        "row 2, column server_name: Same server name as on row 4; each PBX is prepared once.",
        "row 4, column server_name: Same server name as on row 2; each PBX is prepared once.",
    ]
    assert [r.row for r in batch.rows] == [3]


def test_duplicate_equipment_ids_name_both_rows_without_the_value() -> None:
    again = "c9,X,Other OXO,oxo-connect,stock, ale12 ,1234 5678 90,FR"
    got = messages(parse_batch(csv(MARTIN, again)))
    assert got == [
        "row 2, column installation_ref: Same fleet and installation references (same PBX) as "
        "on row 3; each PBX is prepared once.",
        "row 3, column installation_ref: Same fleet and installation references (same PBX) as "
        "on row 2; each PBX is prepared once.",
    ]


def test_missing_columns_are_one_clear_message() -> None:
    got = invalid("company_id;server_name;country\nc1;A;FR\n")
    assert len(got) == 1
    assert "lacks the required column(s) company_name, model, mode, fleet_ref" in got[0]
    assert "read with ';' as separator" in got[0]


def test_unknown_and_repeated_columns_are_refused() -> None:
    got = invalid(csv(MARTIN + ",0", header=HEADER + ",outbound_prefx"))
    assert got == [
        "The header row has column(s) this program does not know: outbound_prefx; check the "
        "spelling or remove them. Known columns: "
        + ", ".join(REQUIRED_COLUMNS)
        + ", national_prefix, international_prefix, outbound_prefix, installation_number, "
        "reference_override."
    ]
    assert invalid(csv(MARTIN + ",FR", header=HEADER + ",Country")) == [
        "The column country appears twice in the header row; keep one."
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "empty"), ("\r\n , ,\n", "empty"), (HEADER + "\n,,,\n\n", "no PBX rows")],
)
def test_empty_files(text: str, message: str) -> None:
    assert message in invalid(text)[0]


# -- rules and file names -----------------------------------------------------------------------


def test_rules_in_both_spellings_are_added_to_every_plan() -> None:
    rules = parse_rules(
        json.dumps(
            [
                {"regexpMatch": r"^(\d{1,5})$", "regexpReplace": "$1", "description": "internal"},
                {"regexp_match": "^0800", "regexp_replace": ""},
            ]
        ),
        source="rules.json",
    )
    assert rules.warnings == (
        r"rules.json, rule 1: Rainbow does not support \d; written as ^([0-9]{1,5})$.",
    )
    batch = parse_batch(csv(MARTIN, DUPONT), rules)
    for row in batch.rows:
        assert [r.regexp_match for r in row.plan.numbering_rules] == ["^([0-9]{1,5})$", "^0800"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{", "rules.json is not valid JSON"),
        ('{"regexp_match": "^0"}', "must hold a JSON list of rules"),
        ('["^0800"]', "rules.json, rule 1: must be an object"),
        ('[{"regexp_match": "^0800"}]', 'regexp_replace is missing; write ""'),
        ('[{"regexp_match": "^0", "regexpMatch": "^1", "regexp_replace": ""}]', "keep one"),
        ('[{"regexp_match": 800, "regexp_replace": ""}]', "must be text"),
        ('[{"regexp_match": "^0", "regexp_replace": "", "note": ""}]', "'note' is not a rule"),
        ('[{"regexp_match": "^(0", "regexp_replace": ""}]', "Rule 1, pattern: not a valid"),
    ],
)
def test_bad_rules_are_refused(text: str, expected: str) -> None:
    with pytest.raises(BatchInvalid) as caught:
        parse_rules(text, source="rules.json")
    assert any(expected in str(p) for p in caught.value.problems), caught.value.problems


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("Martin OXO", "Martin_OXO"),
        ("Café: Lyon/Nord", "Café_Lyon_Nord"),
        ("../../etc/passwd", "etc_passwd"),
        ("CON", "CON_"),
        ("  ..  ", "installation"),
        ("a" * 200, "a" * 80),
    ],
)
def test_safe_file_stems(name: str, stem: str) -> None:
    assert safe_file_stem(name) == stem


def test_file_stems_are_unique_in_any_letter_case() -> None:
    rows = ["c1,A,Lyon/Nord,oxo-connect,btco,,,FR", "c2,B,Lyon_nord,oxo-connect,btco,,,FR",
            "c3,C,lyon nord,oxo-connect,btco,,,FR"]  # fmt: skip
    batch = parse_batch(csv(*rows))
    assert [r.file_stem for r in batch.rows] == ["Lyon_Nord", "Lyon_nord-2", "lyon_nord-3"]


# -- files out, and the command -----------------------------------------------------------------


def write(tmp_path: Path, text: str, name: str = "batch.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8", newline="")
    return path


def test_prepare_writes_files_that_load_back(tmp_path: Path) -> None:
    source = write(tmp_path, csv(MARTIN, DUPONT, ROSSI))
    result = prepare_batch(source, tmp_path / "out")
    assert result.ok and result.encoding == "UTF-8"
    assert [(row, path.name) for row, path in result.written] == [
        (2, "Martin_OXO.oxoplan.json"),
        (3, "Dupont_OXO.oxoplan.json"),
        (4, "Rossi_OXO.oxoplan.json"),
    ]
    assert load_plan(result.written[0][1]).equipment_id == "ALE12-1234.5678.90"


def test_a_bad_row_writes_nothing_unless_keep_valid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path, csv(MARTIN, "c2,X,Bad OXO,oxo-connect,stock,,,FR", DUPONT))
    out = tmp_path / "out"
    assert main(["prepare", "--csv", str(source), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "error: row 3, column fleet_ref: Fleet reference is required" in err
    assert "error: row 3, column installation_ref:" in err
    assert "Nothing was written" in err
    assert not out.exists()

    assert main(["prepare", "--csv", str(source), "--out", str(out), "--keep-valid"]) == 2
    assert sorted(p.name for p in out.iterdir()) == [
        "Dupont_OXO.oxoplan.json",
        "Martin_OXO.oxoplan.json",
    ]


def test_existing_files_are_kept_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path, csv(MARTIN))
    out = tmp_path / "out"
    assert main(["prepare", "--csv", str(source), "--out", str(out)]) == 0
    assert "Wrote 1 installation files" in capsys.readouterr().out
    target = out / "Martin_OXO.oxoplan.json"
    target.write_text("declared progress", "utf-8")
    assert main(["prepare", "--csv", str(source), "--out", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert target.read_text("utf-8") == "declared progress"
    assert main(["prepare", "--csv", str(source), "--out", str(out), "--force"]) == 0
    assert load_plan(target).server_name == "Martin OXO"


def test_prepare_with_rules_file_and_its_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path, csv(MARTIN))
    rules = write(tmp_path, '[{"regexpMatch": "^0800", "regexpReplace": ""}]', "rules.json")
    out = tmp_path / "out"
    args = ["prepare", "--csv", str(source), "--out", str(out), "--rules", str(rules)]
    assert main(args) == 0
    saved = json.loads((out / "Martin_OXO.oxoplan.json").read_text("utf-8"))
    assert saved["numbering_rules"][0]["regexp_match"] == "^0800"
    rules.write_text('[{"regexpMatch": "^(0"}]', "utf-8")
    assert main([*args, "--force"]) == 2
    err = capsys.readouterr().err
    assert "regexp_replace is missing" in err


def test_missing_csv_or_column_is_one_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["prepare", "--csv", str(tmp_path / "nope.csv"), "--out", str(tmp_path)]) == 2
    assert "nope.csv does not exist" in capsys.readouterr().err
    source = write(tmp_path, "company_id,server_name\nc1,A\n")
    with pytest.raises(BatchError) as caught:
        prepare_batch(source, tmp_path / "out")
    assert len(caught.value.problems) == 1
    assert "lacks the required column(s)" in str(caught.value.problems[0])


# -- no input makes it raise anything else ------------------------------------------------------

_CSV_PIECES = st.sampled_from(
    [*',;\t"\r\n \ufeff\x00aZ0.-é', "ALE12", "1234.5678.90", "FR", "stock", "btco", "oxo-connect"]
)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_text_only_raises_batch_invalid(text: str) -> None:
    try:
        parse_batch(text)
    except BatchInvalid as error:
        assert error.problems


@settings(max_examples=200, deadline=None)
@given(st.lists(_CSV_PIECES, max_size=80).map("".join))
def test_arbitrary_rows_after_a_good_header_only_raise_batch_invalid(body: str) -> None:
    try:
        batch = parse_batch(HEADER + "\n" + body)
    except BatchInvalid as error:
        assert error.problems
    else:
        assert all(p.row is not None for p in batch.problems)
        assert {r.row for r in batch.rows}.isdisjoint(p.row for p in batch.problems)


@settings(max_examples=100, deadline=None)
@given(st.binary())
def test_arbitrary_bytes_decode_or_raise_batch_invalid(data: bytes) -> None:
    try:
        text, _encoding = decode_csv(data)
    except BatchInvalid:
        return
    with contextlib.suppress(BatchInvalid):
        parse_batch(text)


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_arbitrary_rules_text_only_raises_batch_invalid(text: str) -> None:
    try:
        parse_rules(text)
    except BatchInvalid as error:
        assert error.problems

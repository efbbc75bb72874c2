"""``installer-app plan``: the command-line contract for installation files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from installer_app.cli import main

STOCK = [
    "--model", "oxo-connect", "--mode", "stock", "--server-name", "Martin OXO",
    "--company-id", "c0ffee", "--company-name", "Boulangerie Martin",
    "--fleet-ref", "ALE12", "--installation-ref", "1234.5678.90", "--country", "FR",
]  # fmt: skip


def test_new_validate_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "martin.json"
    assert main(["plan", "new", str(out), *STOCK, "--rule", r"^(\d{1,5})$=>$1"]) == 0
    captured = capsys.readouterr()
    assert r"\d" in captured.err and "[0-9]" in captured.err
    data = json.loads(out.read_text("utf-8"))
    assert data["dialing"]["national_prefix"] == "0"
    assert data["dialing"]["international_prefix"] == "00"
    assert data["numbering_rules"][0]["regexp_match"] == "^([0-9]{1,5})$"
    assert data["equipment_id"] == "ALE12-1234.5678.90"

    assert main(["plan", "validate", str(out)]) == 0
    assert "valid" in capsys.readouterr().out

    assert main(["plan", "show", str(out)]) == 0
    shown = capsys.readouterr().out
    assert "Martin OXO" in shown and "France" in shown and "ALE12-1234.5678.90" in shown
    assert main(["plan", "show", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["server_name"] == "Martin OXO"


def test_prefixes_override_country_defaults(tmp_path: Path) -> None:
    out = tmp_path / "p.json"
    args = [*STOCK, "--national-prefix", "", "--outbound-prefix", "0"]
    assert main(["plan", "new", str(out), *args]) == 0
    dialing = json.loads(out.read_text("utf-8"))["dialing"]
    assert dialing["national_prefix"] == ""
    assert dialing["outbound_prefix"] == "0"
    assert dialing["use_outbound_prefix"] is True


def test_new_reports_every_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bad.json"
    args = [
        "--model", "oxo-connect-evolution", "--mode", "btco", "--server-name", " ",
        "--company-id", "x", "--country", "ZZ", "--rule", "no separator",
        "--webrtc-gateway",
    ]  # fmt: skip
    assert main(["plan", "new", str(out), *args]) == 2
    err = capsys.readouterr().err
    for expected in ("BTCO", "Server name", "Country", "REGEX=>REPLACEMENT", "--accept-licence"):
        assert expected in err
    assert "Traceback" not in err
    assert not out.exists()


def test_new_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "p.json"
    out.write_text("precious", "utf-8")
    assert main(["plan", "new", str(out), *STOCK]) == 2
    assert "already exists" in capsys.readouterr().err
    assert out.read_text("utf-8") == "precious"


def test_webrtc_with_licence(tmp_path: Path) -> None:
    out = tmp_path / "p.json"
    assert main(["plan", "new", str(out), *STOCK, "--webrtc-gateway", "--accept-licence"]) == 0
    gateway = json.loads(out.read_text("utf-8"))["webrtc_gateway"]
    assert gateway["enabled"] and gateway["licence_accepted"] and gateway["accepted_at"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "line 1, column 2"),
        ('{"schema_version": 99}', "schema_version 99"),
        ('{"schema_version": 1}', "pbx_model"),
    ],
)
def test_validate_bad_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, expected: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, "utf-8")
    assert main(["plan", "validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert expected in err
    assert "Traceback" not in err


def test_validate_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "validate", str(tmp_path / "none.json")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["properties"]["schema_version"]["const"] == 1


def test_python_dash_m_and_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "installer_app", "--version"],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0
    assert done.stdout.startswith("installer-app ")


def test_help_documents_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "exit codes" in out and "4  conflict" in out


@pytest.mark.parametrize("whole", ["ALE12\u20131234.5678.90", "ALE12 - 1234. 5678. 90"])
def test_the_whole_reference_in_fleet_ref_is_split(tmp_path: Path, whole: str) -> None:
    out = tmp_path / "whole.json"
    args = [a for a in STOCK if a not in ("--installation-ref", "1234.5678.90")]
    args[args.index("ALE12")] = whole
    assert main(["plan", "new", str(out), *args]) == 0
    data = json.loads(out.read_text("utf-8"))
    assert (data["fleet_ref"], data["installation_ref"]) == ("ALE12", "1234.5678.90")

"""``installer-app report``: the PDF's text (read back with pypdf) and the ``--json`` output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from installer_app.cli import main
from installer_app.storage.plan_files import save_plan
from tests.unit.test_report import btco_plan, rules


def pdf_text(path: Path) -> str:
    """The PDF's text, ligatures undone and whitespace collapsed to single spaces."""
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "martin.oxoplan.json"
    plan = btco_plan(
        numbering_rules=rules(("^([0-9]{1,5})$", "$1"), ("^0800", ""), ("^0321", "00"))
    )
    save_plan(path, plan)
    return path


def test_pdf_holds_the_report(  # type: ignore[no-untyped-def]
    qapp, plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.pdf"
    assert main(["report", str(plan_file), "--out", str(out), "--technician", "Lucas Bernard"]) == 0
    assert "Wrote" in capsys.readouterr().out
    reader = PdfReader(out)
    assert reader.metadata is not None
    assert "Martin OXO" in str(reader.metadata.title)
    text = pdf_text(out)
    for expected in (
        "Handover report",
        "Boulangerie Martin",
        "Martin OXO",
        "OXO Connect",
        "BTCO",
        "Lucas Bernard",
        "Equipment id OXO-4F2A91C7",
        "Activation code **** (hidden)",
        "France (FR)",
        "^0800",
        "0800123456",
        "blocked",
        "0321123456 00123456",
        "2301 2301",
        "Rainbow Running",
        "PBX (OMC) Connected",
        "2026-03-02",
        "Pending",
        # What no API field carries, sent to the portal in its own words.
        "WebRTC gateway not chosen",
        "+33478000000 (not sent to Rainbow: enter it in the portal's Dialing information)",
        "To do in the Rainbow admin portal",
        'Comm. Servers, in the equipment list as Martin OXO (Server type "OXO Connect")',
        '"Reset connection"',
        "it cannot be read back",
        "the PBX disconnects from Rainbow until the new code is entered in OMC",
    ):
        assert expected in text, expected
    assert "4821" not in text
    assert text.index("Pending") < text.rindex("Running")
    assert not list(tmp_path.glob(".report.pdf.*"))  # no temporary file left behind


def test_reveal_code_and_json(  # type: ignore[no-untyped-def]
    qapp, plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "revealed.pdf"
    assert main(["report", str(plan_file), "--out", str(out), "--reveal-code", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["activation_code"] == "4821"
    assert data["company_name"] == "Boulangerie Martin"
    assert [r["example"] for r in data["rules"]] == ["2301", "0800123456", "0321123456"]
    assert "Activation code 4821" in pdf_text(out)

    assert main(["report", str(plan_file), "--json"]) == 0
    masked = json.loads(capsys.readouterr().out)
    assert masked["activation_code"] == "****"
    assert "4821" not in json.dumps(masked)


def test_bad_arguments_and_files(  # type: ignore[no-untyped-def]
    plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", str(plan_file)]) == 2
    assert "--out" in capsys.readouterr().err
    assert main(["report", str(plan_file), "--out", str(tmp_path / "report.txt")]) == 2
    assert ".pdf" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "missing.json"), "--json"]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_command_runs_without_a_display(plan_file: Path, tmp_path: Path) -> None:
    """A fresh process with no display at all: the command makes its own offscreen app."""
    out = tmp_path / "headless.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run(
        [sys.executable, "-m", "installer_app", "report", str(plan_file), "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "OXO-4F2A91C7" in pdf_text(out)

"""Installation files: round trip, atomic writing, and every way a file can be bad."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from installer_app.domain.plan_problems import parse_plan
from installer_app.storage.plan_files import PlanFileError, load_plan, save_plan
from tests.unit.test_plan import stock_data


def messages(error: PlanFileError) -> str:
    return " ".join(str(p) for p in error.problems)


def test_round_trip(tmp_path: Path) -> None:
    plan = parse_plan(stock_data())
    path = tmp_path / "martin.json"
    save_plan(path, plan)
    assert load_plan(path) == plan
    assert json.loads(path.read_text("utf-8"))["schema_version"] == 1


def test_write_is_atomic_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "plan.json"
    save_plan(path, parse_plan(stock_data()))
    save_plan(path, parse_plan(stock_data(server_name="Second")))
    assert load_plan(path).server_name == "Second"
    assert [p.name for p in path.parent.iterdir()] == ["plan.json"]


def test_failed_write_keeps_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    save_plan(path, parse_plan(stock_data()))
    before = path.read_bytes()
    if os.geteuid() == 0:
        target = path / "impossible"  # a file cannot hold a folder, even for root
    else:
        tmp_path.chmod(0o500)
        target = path
    try:
        with pytest.raises(PlanFileError, match="cannot be written"):
            save_plan(target, parse_plan(stock_data(server_name="Other")))
    finally:
        tmp_path.chmod(0o700)
    assert path.read_bytes() == before


def test_file_accepts_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(stock_data()).encode())
    assert load_plan(path).server_name == "Martin OXO"


def test_not_json_gives_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "schema_version": 1,\n  "mode": stock\n}', "utf-8")
    with pytest.raises(PlanFileError) as caught:
        load_plan(path)
    assert "line 3, column 11" in messages(caught.value)


def test_unknown_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "future.json"
    path.write_text(json.dumps(stock_data(schema_version=2)), "utf-8")
    with pytest.raises(PlanFileError, match="schema_version 2 is not supported"):
        load_plan(path)


def test_missing_field_gives_its_path(tmp_path: Path) -> None:
    data = stock_data()
    del data["dialing"]["country"]
    path = tmp_path / "nocountry.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(PlanFileError) as caught:
        load_plan(path)
    assert [p.field for p in caught.value.problems] == ["dialing.country"]


@pytest.mark.parametrize("kind", ["missing", "folder", "binary"])
def test_unreadable_files(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "x.json"
    if kind == "folder":
        path.mkdir()
    elif kind == "binary":
        path.write_bytes(b"\xff\xfe\x00garbage\x9c")
    with pytest.raises(PlanFileError) as caught:
        load_plan(path)
    text = messages(caught.value)
    assert {"missing": "does not exist", "folder": "is a folder", "binary": "UTF-8"}[kind] in text

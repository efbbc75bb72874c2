"""Installation files: round trip, atomic writing, and every way a file can be bad."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from installer_app.domain.plan_problems import parse_plan
from installer_app.storage.bounded_read import MAX_PLAN_BYTES
from installer_app.storage.plan_files import (
    PlanFileError,
    load_plan,
    remove_stale_temporaries,
    save_plan,
)
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


def test_a_write_that_fails_midway_removes_its_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(PlanFileError) as failed:
        save_plan(tmp_path / "plan.json", parse_plan(stock_data()))
    assert "No space left on device" in messages(failed.value)
    assert list(tmp_path.iterdir()) == []


def test_stale_temporaries_of_a_killed_write_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "Martin_OXO.oxoplan.json"
    stale = [
        tmp_path / ".Martin_OXO.oxoplan.json.k3j9x.tmp",
        tmp_path / ".Martin_OXO.oxoplan.json.a.tmp",
    ]
    others = [tmp_path / ".Other.oxoplan.json.k3j9x.tmp", tmp_path / "Martin_OXO.oxoplan.json.tmp"]
    for path in (*stale, *others):
        path.write_text('{"half', encoding="utf-8")
    assert sorted(remove_stale_temporaries(target)) == sorted(stale)
    assert sorted(tmp_path.iterdir()) == sorted(others)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("[" * 100_000, "nests its values too deeply"),
        ('{"a":' * 50_000 + "1" + "}" * 50_000, "nests its values too deeply"),
        ('{"schema_version": ' + "1" * 5000 + "}", "a number of thousands of digits"),
        (" " * (MAX_PLAN_BYTES + 1), "is larger than 1 MiB"),
    ],
)
def test_files_no_program_writes_are_refused_with_a_message(
    tmp_path: Path, content: str, says: str
) -> None:
    path = tmp_path / "odd.oxoplan.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PlanFileError) as refused:
        load_plan(path)
    assert says in messages(refused.value)


def test_a_file_at_the_size_cap_is_read(tmp_path: Path) -> None:
    text = json.dumps(stock_data())
    path = tmp_path / "padded.oxoplan.json"
    path.write_text(text + " " * (MAX_PLAN_BYTES - len(text)), encoding="utf-8")
    assert load_plan(path).server_name == "Martin OXO"


def test_a_passphrase_that_is_not_text_is_a_message(tmp_path: Path) -> None:
    not_utf8 = os.fsdecode(b"\xff\xfelong enough passphrase")
    path = tmp_path / "plan.json"
    with pytest.raises(PlanFileError) as refused:
        save_plan(path, parse_plan(stock_data()), passphrase=not_utf8)
    assert "not text in UTF-8" in messages(refused.value)
    save_plan(path, parse_plan(stock_data()), passphrase="long enough passphrase")
    with pytest.raises(PlanFileError) as refused:
        load_plan(path, passphrase=not_utf8)
    assert "not text in UTF-8" in messages(refused.value)

"""Bad installation files and CSVs, generated, through the command line's entry function.

The companion of ``test_bad_input_properties.py`` (which drives the domain and the wizard): here
every generated file goes through ``installer_app.cli.main`` as ``plan validate``, ``plan show``
(text and ``--json``), ``report --json`` or ``prepare``, the way a technician's command does. The
files are what hurts a parser: nesting thousands deep, integers of thousands of digits, long
values, control characters and bytes that are not UTF-8, alone or inside an otherwise valid plan.
Every run must end in an exit code (0, 2, or 3 for a protected file), never an exception; a
refusal says ``error:``; nothing printed holds a character that drives a terminal. Exceptions are
collected rather than raised, so the tally counts them all: ``cli inputs tried: N, tracebacks: 0``.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import hypothesis
import pytest
from hypothesis import HealthCheck, given
from hypothesis import strategies as st

from installer_app.cli import main
from tests.integration.test_bad_input_properties import json_values

pytestmark = pytest.mark.slow

TRIED: Counter[str] = Counter()
ESCAPED: list[str] = []
SETTINGS = hypothesis.settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
DRIVING = ("\x1b", "\x07", "\r", "\x9b", "\u202e")
TEXT_FIELDS = ("server_name", "site_id", "fleet_ref", "installation_ref", "rainbow_server")


def base_plan() -> dict[str, object]:
    return {
        "schema_version": 1,
        "pbx_model": "oxo-connect",
        "mode": "stock",
        "company": {"id": "5e0f1a2b3c4d5e6f7a8b9c0d", "name": "Boulangerie Martin"},
        "server_name": "Martin OXO",
        "fleet_ref": "ALE12",
        "installation_ref": "1234.5678.90",
        "dialing": {"country": "FR", "national_prefix": "0", "international_prefix": "00"},
        "numbering_rules": [{"regexp_match": "^([0-9]{1,5})$", "regexp_replace": "$1"}],
    }


# -- strategies --------------------------------------------------------------------------------

controls = st.text(
    alphabet=st.sampled_from(["\x1b", "\x07", "\r", "\n", "\t", "\x00", "\x7f", "\x9b",
                              "\u202e", "\u2066", "]", "[", "0", ";", "a", "=", "+", "@"]),
    min_size=1, max_size=12,
)  # fmt: skip
#: Deep nesting of arrays or objects, sometimes far past the interpreter's recursion limit.
nested = st.builds(
    lambda depth, kind: (
        ("[" * depth + "]" * depth) if kind == "array" else ('{"a":' * depth + "1" + "}" * depth)
    ),
    st.integers(min_value=1, max_value=60_000),
    st.sampled_from(["array", "object"]),
)
huge_number = st.integers(min_value=1, max_value=12_000).map(lambda n: "9" * n)
long_text = st.integers(min_value=1, max_value=300_000).map(lambda n: json.dumps("x" * n))
odd_value = st.one_of(nested, huge_number, long_text, controls.map(json.dumps))


@st.composite
def plan_files(draw: st.DrawFn) -> bytes:
    """A plan with one bad value in it, bad bytes spliced in, or nothing of a plan at all."""
    how = draw(st.sampled_from(["value", "control", "bytes", "alone", "json"]))
    if how == "alone":
        return draw(odd_value).encode()
    if how == "json":
        return json.dumps(draw(json_values)).encode()
    data = base_plan()
    if how == "control":
        field = draw(st.sampled_from([*TEXT_FIELDS, "company.name", "rule"]))
        value = draw(controls)
        if field == "company.name":
            data["company"] = {"id": "c1", "name": value}
        elif field == "rule":
            data["numbering_rules"] = [{"regexp_match": "^0", "regexp_replace": "1",
                                        "description": value}]  # fmt: skip
        else:
            data[field] = value
        return json.dumps(data, ensure_ascii=draw(st.booleans())).encode()
    raw = json.dumps(data).encode()
    if how == "value":
        field = draw(st.sampled_from([*TEXT_FIELDS, "schema_version", "progress", "dialing"]))
        marker = '"__odd__"'
        raw = (
            json.dumps({**data, field: "__odd__"})
            .encode()
            .replace(marker.encode(), draw(odd_value).encode())
        )
        return raw
    at = draw(st.integers(min_value=0, max_value=len(raw)))
    return raw[:at] + draw(st.binary(min_size=1, max_size=8)) + raw[at:]


HEADER = "company_id,company_name,server_name,model,mode,fleet_ref,installation_ref,country"
cells = st.one_of(
    controls,
    st.text(max_size=30),
    st.sampled_from(["=cmd|' /C calc'!A0", '=HYPERLINK("http://x","y")', "+SUM(1)", "@SUM(1)"]),
    st.integers(min_value=1, max_value=200_000).map(lambda n: "y" * n),
)


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    rows = [HEADER]
    for n in range(draw(st.integers(min_value=0, max_value=4))):
        row = [f"c{n}", "Company", f"PBX {n}", "oxo-connect", "btco", "", "", "FR"]
        for index in draw(st.lists(st.integers(min_value=0, max_value=8), max_size=3)):
            cell = '"' + draw(cells).replace('"', '""') + '"'
            row[index:index + 1] = [cell]  # fmt: skip
        rows.append(",".join(row))
    raw = ("\n".join(rows) + "\n").encode(draw(st.sampled_from(["utf-8", "utf-16"])))
    if draw(st.booleans()):
        at = draw(st.integers(min_value=0, max_value=len(raw)))
        raw = raw[:at] + draw(st.binary(min_size=1, max_size=8)) + raw[at:]
    return raw


# -- running the command line ------------------------------------------------------------------


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


def run(kind: str, args: list[str]) -> None:
    """``main(args)``: an exit code and words, or the escaped exception is recorded."""
    TRIED[kind] += 1
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(args)
    except BaseException as error:
        ESCAPED.append(f"{kind} {args[:2]}: {type(error).__name__}")
        return
    assert code in (0, 2, 3), (args, code, err.getvalue()[-500:])
    if code:
        assert "error:" in err.getvalue()
    printed = err.getvalue() + (out.getvalue() if "--json" not in args else "")
    assert not any(char in printed for char in DRIVING), ascii(printed[-500:])


COMMANDS = (
    ["plan", "validate"],
    ["plan", "show"],
    ["plan", "show", "--json"],
    ["report", "--json"],
)


def test_generated_installation_files_end_in_an_exit_code(scratch: Path) -> None:
    @SETTINGS
    @given(plan_files(), st.sampled_from(COMMANDS))
    def check(raw: bytes, command: list[str]) -> None:
        path = scratch / "generated.oxoplan.json"
        path.write_bytes(raw)
        run("installation file", [*command[:2], str(path), *command[2:]])

    check()


def test_generated_csvs_end_in_an_exit_code(scratch: Path) -> None:
    @SETTINGS
    @given(csv_files())
    def check(raw: bytes) -> None:
        path = scratch / "generated.csv"
        path.write_bytes(raw)
        run("csv", ["prepare", "--csv", str(path), "--out", str(scratch / "out"), "--force"])

    check()


def test_cli_inputs_tally() -> None:
    """The figure line; fails when any generated input let an exception escape."""
    total = sum(TRIED.values())
    kinds = Counter(item.split(":")[-1].strip() for item in ESCAPED)
    print(f"cli inputs tried: {total} ({dict(TRIED)}), tracebacks: {len(ESCAPED)} {dict(kinds)}")
    assert total > 0
    assert ESCAPED == [], sorted(set(ESCAPED))[:20]

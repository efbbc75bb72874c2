"""The OMC checklist as the command line prints it: each step, then the values it names."""

from __future__ import annotations

import argparse
import io
import re

import pytest

from installer_app.cli.pbx_commands import _manual_checklist
from installer_app.domain.plan_problems import parse_plan
from tests.unit.test_plan import stock_data

_STEP = re.compile(r"^\d+\. ")


def printed_steps(plan_data: dict[str, object], capsys, monkeypatch) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """The checklist printed without a terminal, one list of lines per step."""
    monkeypatch.setattr("sys.stdin", io.StringIO())  # not a terminal: nothing is asked
    args = argparse.Namespace(json=False, reveal=False)
    assert _manual_checklist(args, parse_plan(plan_data)) is False
    blocks: list[list[str]] = []
    for line in capsys.readouterr().out.splitlines():
        if _STEP.match(line):
            blocks.append([line])
        elif blocks:
            blocks[-1].append(line)
    return blocks


def btco_data(server: str) -> dict[str, object]:
    data = stock_data(mode="btco", fleet_ref=None, installation_ref=None, rainbow_server=server)
    return {**data, "equipment_id": "OXO-1", "activation_code": "1234"}


@pytest.mark.parametrize(
    "data",
    [
        btco_data("https://openrainbow.com"),
        btco_data("https://sandbox.openrainbow.com"),
        stock_data(),
    ],
    ids=["btco", "btco-sandbox", "stock"],
)
def test_a_step_that_points_at_its_values_prints_them_under_it(  # type: ignore[no-untyped-def]
    data: dict[str, object], capsys, monkeypatch
) -> None:
    """The command line prints a step's values right under its text: "shown here" is true,
    "above" would not be."""
    blocks = printed_steps(data, capsys, monkeypatch)
    pointing = [block for block in blocks if "shown here" in " ".join(block[:2])]
    assert pointing, blocks
    for block in pointing:
        values = [line for line in block[2:] if re.match(r"^   [^:]+: \S", line)]
        assert values, block
    text = " ".join(line for block in blocks for line in block[:2])
    assert "above" not in text and "below" not in text

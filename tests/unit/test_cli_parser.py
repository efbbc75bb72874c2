"""A command line builds only its sub-command's parser, and reads exactly as with the whole one."""

from __future__ import annotations

import argparse

import pytest

from installer_app.cli import build_parser


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


WHOLE = subcommands(build_parser())


def test_every_sub_command_has_its_module() -> None:
    assert set(WHOLE) >= {"plan", "declare", "status", "apply", "prepare", "sandbox"}
    for command in WHOLE:
        assert command in subcommands(build_parser(command))


@pytest.mark.parametrize("command", sorted(WHOLE))
def test_a_sub_command_alone_has_the_same_help_and_options(command: str) -> None:
    alone = subcommands(build_parser(command))
    assert alone[command].format_help() == WHOLE[command].format_help()
    assert alone[command].prog == WHOLE[command].prog == f"installer-app {command}"


def test_a_command_line_parses_the_same() -> None:
    line = ["apply", "x.oxoplan.json", "--rainbow-url", "https://r.example", "--login", "a@b.c",
            "--pbx", "manual"]  # fmt: skip
    alone, whole = build_parser("apply").parse_args(line), build_parser().parse_args(line)
    assert {k: v for k, v in vars(alone).items() if k != "handler"} == {
        k: v for k, v in vars(whole).items() if k != "handler"
    }
    assert alone.handler is whole.handler


@pytest.mark.parametrize(
    ("arguments", "sandbox"), [([], False), (["--sandbox"], True), (["--sandbox"] * 2, True)]
)
def test_opening_the_wizard_builds_no_parser(
    monkeypatch: pytest.MonkeyPatch, arguments: list[str], sandbox: bool
) -> None:
    """The wizard's own launch reads as the parser would, without building one."""
    from installer_app import cli

    opened: list[argparse.Namespace] = []

    def run_gui(args: argparse.Namespace) -> int:
        opened.append(args)
        return 0

    monkeypatch.setattr(cli, "_run_gui", run_gui)
    monkeypatch.setattr(argparse.ArgumentParser, "__init__", _no_parser)
    assert cli.main(arguments) == 0
    assert [(a.sandbox, a.selftest) for a in opened] == [(sandbox, False)]


def _no_parser(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("a parser was built")


def test_the_wizard_s_options_still_mean_the_same_to_the_parser() -> None:
    parsed = build_parser().parse_args(["--sandbox"])
    assert (parsed.sandbox, parsed.selftest) == (True, False)

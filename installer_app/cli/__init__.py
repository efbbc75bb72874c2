"""The ``installer-app`` command: the wizard by default, the same use cases headless by sub-command.

Sub-command modules are imported only when used, so starting the wizard stays fast.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from installer_app import __version__
from installer_app.cli import exit_codes

#: Sub-command modules, each with ``add_parser(subparsers)``; handlers set ``handler``.
_COMMAND_MODULES = (
    "installer_app.cli.plan_commands",
    "installer_app.cli.rainbow_commands",
    "installer_app.cli.pbx_commands",
    "installer_app.cli.batch_commands",
    "installer_app.cli.report_command",
    "installer_app.cli.sandbox_command",
    "installer_app.cli.diagnostics_command",
)

#: Command lines that only open the wizard, parsed without building the whole parser.
_WIZARD_ONLY_ARGUMENTS = frozenset({"--sandbox"})


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, with exit codes in the help."""
    parser = _root_parser()
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _COMMAND_MODULES:
        importlib.import_module(name).add_parser(subparsers)
    return parser


def _root_parser() -> argparse.ArgumentParser:
    """The options that come before any sub-command."""
    parser = argparse.ArgumentParser(
        prog="installer-app",
        description=(
            "Associate an OXO Connect or OXO Connect Evolution PBX with a customer company on "
            "Rainbow. Without a command, the installation wizard opens."
        ),
        epilog=exit_codes.EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="open the wizard on the embedded sandbox (Rainbow and OXO emulators on loopback)",
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help=(
            "check this installation: click through a whole installation offscreen against the "
            "embedded sandbox; exit 0 when it reaches Running and Connected, 1 otherwise"
        ),
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``installer-app`` and ``python -m installer_app``."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    # Opening the wizard needs no sub-command module: importing them all (the pydantic models,
    # plan files, batch...) would only slow its start.
    wizard_only = set(arguments) <= _WIZARD_ONLY_ARGUMENTS
    parser = _root_parser() if wizard_only else build_parser()
    args = parser.parse_args(arguments)
    handler = getattr(args, "handler", None)
    if args.selftest:
        return _run_selftest()
    if handler is None:
        return _run_gui(args)
    _log_warnings_to_stderr()
    try:
        return int(handler(args))
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time (tests swap it)."""

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _value: TextIO) -> None:
        pass


def _log_warnings_to_stderr() -> None:
    """Warnings and errors of the use cases on stderr, redacted like the log file."""
    from installer_app.storage.logs import RedactingFilter  # noqa: PLC0415

    root = logging.getLogger()
    if not any(isinstance(h, _StderrHandler) for h in root.handlers):
        handler = _StderrHandler()
        handler.setLevel(logging.WARNING)
        handler.setFormatter(logging.Formatter("warning: %(message)s"))
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)


def _run_selftest() -> int:
    # Before any QApplication exists: the self-test never opens a window.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from installer_app.harness.selftest import run_selftest  # noqa: PLC0415

    return run_selftest()


def _run_gui(args: argparse.Namespace) -> int:
    # Start-up makes tens of thousands of objects that live as long as the program; looking for
    # garbage cycles among them meanwhile costs 30-50 ms. ``run()`` freezes them and turns the
    # collector back on once the wizard is shown.
    gc.disable()
    try:
        # The layers without Qt load first: every import after PySide6 goes through its import
        # hook, which reads the imported module's source (about 20 ms for these layers).
        importlib.import_module("installer_app.services.app_services")
        importlib.import_module("installer_app.domain.flow")
        app = importlib.import_module("installer_app.ui.app")
    except ModuleNotFoundError as error:
        gc.enable()
        if error.name != "installer_app.ui.app":
            raise
        print(
            "The installation wizard is not part of this build yet; use the sub-commands "
            "(installer-app --help).",
            file=sys.stderr,
        )
        return exit_codes.INVALID_INPUT
    return int(app.run(sandbox=args.sandbox))

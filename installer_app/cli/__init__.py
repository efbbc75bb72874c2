"""The ``installer-app`` command: the wizard by default, the same use cases headless by sub-command.

Sub-command modules are imported only when a sub-command is used, so starting the wizard stays fast.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import io
import logging
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from installer_app import __version__
from installer_app.cli import exit_codes

#: Command lines that only open the wizard, parsed without building the whole parser.
_WIZARD_ONLY_ARGUMENTS = frozenset({"--sandbox"})


#: The sub-command modules, in the order of the help, and the module adding each sub-command.
_MODULES = (
    "plan_commands",
    "rainbow_commands",
    "preflight_command",
    "pbx_commands",
    "batch_commands",
    "report_command",
    "sandbox_command",
    "diagnostics_command",
)
_COMMAND_MODULES = {
    "plan": "plan_commands",
    "declare": "rainbow_commands",
    "status": "rainbow_commands",
    "preflight": "preflight_command",
    "push": "pbx_commands",
    "apply": "pbx_commands",
    "prepare": "batch_commands",
    "report": "report_command",
    "sandbox": "sandbox_command",
    "diagnostics": "diagnostics_command",
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, with exit codes in the help; with ``command``, the root options
    and the module of that sub-command only (its line parses, and its help and errors read,
    the same: building every sub-command's options took longer than some commands' work)."""
    # Imported here, not at the top: opening the wizard needs none of them.
    parser = _root_parser()
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _MODULES if command is None else (_COMMAND_MODULES[command],):
        importlib.import_module(f"installer_app.cli.{name}").add_parser(subparsers)
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
    if set(arguments) <= _WIZARD_ONLY_ARGUMENTS:
        # Nothing to parse: building even the root parser costs a few milliseconds (argparse
        # measures the terminal, which imports shutil and its compression modules).
        return _run_gui(argparse.Namespace(sandbox="--sandbox" in arguments, selftest=False))
    command = arguments[0] if arguments and arguments[0] in _COMMAND_MODULES else None
    parser = build_parser(command)
    args = parser.parse_args(arguments)
    handler = getattr(args, "handler", None)
    if args.selftest:
        return _run_selftest()
    if handler is None:
        return _run_gui(args)
    _log_warnings_to_stderr()
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _terminal_safe(sys.stdout), _terminal_safe(sys.stderr, always=True)
    try:
        code = int(handler(args))
        sys.stdout.flush()  # here, not at exit, so a closed pipe ends quietly too
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return _end_on_broken_pipe()
    finally:
        sys.stdout, sys.stderr = streams
    return code


class _EscapingStream(io.TextIOBase):
    """Writes to ``stream`` with every character that could drive a terminal escaped.

    Names from files are refused when they hold control characters, but messages also quote
    what was refused (a JSON key, a CSV header, a country code): nothing the program prints may
    retitle the window, clear the screen or rewrite a line.
    """

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream

    def write(self, text: str) -> int:
        from installer_app.domain.text import escape_controls  # noqa: PLC0415 (wizard start)

        self._stream.write(escape_controls(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def fileno(self) -> int:
        return self._stream.fileno()

    def isatty(self) -> bool:
        return self._stream.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", "utf-8")


def _terminal_safe(stream: TextIO, *, always: bool = False) -> TextIO:
    """``stream`` escaping terminal controls: stderr always (it is for people), stdout when it
    is a terminal (a pipe or a file gets the exact bytes, e.g. ``--json``). No stream (a
    windowed Windows program has none) stays none."""
    try:
        to_terminal = stream.isatty()
    except (AttributeError, ValueError):  # None, or a closed stream
        return stream
    return _EscapingStream(stream) if always or to_terminal else stream  # type: ignore[return-value]


def _end_on_broken_pipe() -> int:
    """The reader of stdout went away (``| head``): stop quietly, as Python's documentation
    recommends (signal module, "Note on SIGPIPE"): stdout goes to devnull so the interpreter's
    final flush cannot fail again. The exit code is a shell's for a program ended by SIGPIPE."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout without a file descriptor (tests swap it)
        pass
    finally:
        os.close(devnull)
    return exit_codes.BROKEN_PIPE


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

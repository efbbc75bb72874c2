"""Opening installation files from the command line: the one place the passphrase of protected
files comes from (:func:`passphrase`, :func:`open_plan`), shared by every command that opens one.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TextIO

from installer_app.cli import exit_codes
from installer_app.domain.plan import InstallationPlan
from installer_app.domain.plan_problems import PlanProblem
from installer_app.services.failures import FailureKind, Field, UseCaseError, describe
from installer_app.storage.plan_files import PlanFileError, PlanFileProtected, load_plan
from installer_app.storage.protection import new_passphrase_problem

#: Where the passphrase of protected installation files comes from when not asked for.
PASSPHRASE_ENV = "INSTALLER_APP_PASSPHRASE"


def add_passphrase_argument(parser: argparse.ArgumentParser) -> None:
    """``--passphrase-env VAR``, for commands that may open protected installation files."""
    parser.add_argument(
        "--passphrase-env",
        metavar="VAR",
        default=None,
        help=f"environment variable holding the passphrase of protected files (default "
        f"{PASSPHRASE_ENV}; else asked on a terminal)",
    )


class PassphraseUnavailable(UseCaseError):
    """No passphrase could be found for a protected file, and there is no terminal to ask on."""

    kind = FailureKind.AUTH_REFUSED
    field = Field.PASSPHRASE


def passphrase(args: argparse.Namespace, *, purpose: str, new: bool = False) -> str:
    """The passphrase: ``--passphrase-env VAR``, else INSTALLER_APP_PASSPHRASE, else a prompt.

    Asked once per command (several files share it). ``new``: a passphrase to protect with,
    typed twice when asked and checked for length.

    Raises:
        PassphraseUnavailable: the named variable is unset, nothing is set and there is no
            terminal, the two typed passphrases differ, or a new one is too short.
    """
    from installer_app.storage.logs import register_secret  # noqa: PLC0415

    cached: str | None = getattr(args, "resolved_passphrase", None)
    if cached is not None:
        return cached
    name = getattr(args, "passphrase_env", None)
    value = os.environ.get(name or PASSPHRASE_ENV) or None
    if name and value is None:
        raise PassphraseUnavailable(
            f"--passphrase-env {name}: the environment variable {name} is not set or empty."
        )
    if value is None:
        if sys.stdin is None or not sys.stdin.isatty():
            raise PassphraseUnavailable(
                f"{purpose} needs a passphrase: set {PASSPHRASE_ENV} (or name another variable "
                "with --passphrase-env), or run the command on a terminal to be asked."
            )
        value = getpass.getpass(f"Passphrase for {purpose}: ")
        if new and getpass.getpass("The same passphrase again: ") != value:
            raise PassphraseUnavailable("The two passphrases differ; nothing was changed.")
    problem = new_passphrase_problem(value) if new else None
    if problem:
        raise PassphraseUnavailable(problem)
    register_secret(value)
    args.resolved_passphrase = value
    return value


def open_plan(path: Path, args: argparse.Namespace) -> tuple[InstallationPlan, str | None]:
    """The plan in ``path`` and the passphrase it was protected with (None when it is not).

    Save the plan back with that passphrase, or the file loses its protection.

    Raises:
        PlanFileError: unreadable or invalid (:class:`PassphraseRejected`: wrong passphrase).
        PassphraseUnavailable: protected, and no passphrase to be had.
    """
    try:
        return load_plan(path), None
    except PlanFileProtected:
        secret = passphrase(args, purpose=str(path))
        return load_plan(path, passphrase=secret), secret


def report_open_failure(error: PlanFileError | PassphraseUnavailable) -> int:
    """Print why a file could not be opened, one line per problem; return its exit code."""
    if isinstance(error, PlanFileError):
        report_problems(error.problems)
    else:
        print(f"error: {error.message}", file=sys.stderr)
    return exit_codes.for_kind(describe(error).kind)


def open_or_report(
    path: Path, args: argparse.Namespace
) -> tuple[InstallationPlan, str | None] | int:
    """:func:`open_plan`, or the exit code after printing why the file cannot be opened."""
    try:
        return open_plan(path, args)
    except (PlanFileError, PassphraseUnavailable) as error:
        return report_open_failure(error)


def report_problems(problems: list[PlanProblem], *, stream: TextIO | None = None) -> int:
    """Print one line per problem on stderr; return the invalid-input exit code."""
    stream = stream or sys.stderr
    for problem in problems:
        print(f"error: {problem}", file=stream)
    return exit_codes.INVALID_INPUT

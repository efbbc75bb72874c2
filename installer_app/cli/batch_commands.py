"""``installer-app prepare``, and running ``declare``/``apply`` over several installation files.

``prepare`` turns a CSV of PBXs into installation files (see :mod:`installer_app.services.batch`):
every problem of every row is printed as ``row N, column C: message`` and the exit code is 2;
nothing is written then unless ``--keep-valid``.

Several files (or a folder: every ``*.json`` in it) run as concurrent jobs, at most ``--jobs`` at a
time: one progress line per file on stderr as each ends, then a summary table on stdout (or one
JSON object per line with ``--json``). The exit code is the highest of the files' codes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from installer_app.cli import exit_codes

if TYPE_CHECKING:
    from installer_app.cli.rainbow_access import PlanWork
    from installer_app.domain.plan import InstallationPlan

DEFAULT_JOBS = 4


def add_parser(subparsers: Any) -> None:
    """Register ``prepare``."""
    prepare = subparsers.add_parser(
        "prepare",
        help="write one installation file per row of a CSV file",
        description="Prepare installation files in the office from a spreadsheet saved as CSV "
        "(UTF-8 or Windows-1252; comma, semicolon or tab separated). Header row, any order, any "
        "case: company_id, company_name, server_name, model, mode, fleet_ref, installation_ref, "
        "country; optional national_prefix, international_prefix, outbound_prefix, "
        "installation_number, reference_override (yes/no). Prefixes default from the country.",
    )
    prepare.add_argument("--csv", required=True, type=Path, metavar="FILE")
    prepare.add_argument("--out", required=True, type=Path, metavar="DIR")
    prepare.add_argument(
        "--rules",
        type=Path,
        default=None,
        metavar="RULES.json",
        help="numbering rules for every PBX: a JSON list of {regexp_match, regexp_replace, "
        "description}",
    )
    prepare.add_argument(
        "--keep-valid",
        action="store_true",
        help="write the files of the valid rows even when other rows are wrong (exit 2 still)",
    )
    prepare.add_argument("--force", action="store_true", help="overwrite files already in DIR")
    prepare.set_defaults(handler=cmd_prepare)


def cmd_prepare(args: argparse.Namespace) -> int:
    """Write the batch's installation files; exit 2 with every problem when a row is wrong."""
    from installer_app.services.batch import BatchError, prepare_batch  # noqa: PLC0415

    try:
        result = prepare_batch(
            args.csv,
            args.out,
            rules_path=args.rules,
            keep_valid=args.keep_valid,
            overwrite=args.force,
        )
    except BatchError as error:
        for problem in error.problems:
            print(f"error: {problem}", file=sys.stderr)
        for path in error.written:
            print(f"Wrote {path} before the failure.", file=sys.stderr)
        return exit_codes.INVALID_INPUT
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for problem in result.problems:
        print(f"error: {problem}", file=sys.stderr)
    for row, path in result.written:
        print(f"row {row}: {path}")
    bad_rows = len({p.row for p in result.problems})
    if result.ok:
        print(f"Wrote {len(result.written)} installation files to {args.out}.")
        return exit_codes.OK
    kept = f"; wrote {len(result.written)} files of valid rows" if args.keep_valid else ""
    if args.keep_valid:
        advice = ""
    elif result.existing == len(result.problems):
        advice = (
            f"Nothing was written: the CSV is fine, but {args.out} already holds different "
            "files of the same names; remove them or add --force, and run again."
        )
    else:
        advice = "Nothing was written: correct the CSV and run again."
    print(
        f"{len(result.problems)} problems in {bad_rows} of {result.row_count} rows{kept}. {advice}",
        file=sys.stderr,
    )
    return exit_codes.INVALID_INPUT


# -- several installation files at once ---------------------------------------------------------


def add_jobs_argument(parser: argparse.ArgumentParser) -> None:
    """``--jobs N`` for commands that accept several files."""
    parser.add_argument(
        "--jobs",
        type=_positive,
        default=DEFAULT_JOBS,
        metavar="N",
        help=f"with several files: how many run at the same time (default {DEFAULT_JOBS})",
    )


def add_declaration_arguments(
    parser: argparse.ArgumentParser, *, timeout_flag: str = "--timeout"
) -> None:
    """What ``declare`` and ``apply`` share: files, Rainbow connection, ``--jobs``, passphrase,
    and the site (``--site-id`` when the company has several, ``--create-site`` when none)."""
    from installer_app.cli.plan_opening import add_passphrase_argument  # noqa: PLC0415
    from installer_app.cli.rainbow_access import (  # noqa: PLC0415
        add_connection_arguments,
        add_site_arguments,
    )

    parser.add_argument("files", type=Path, nargs="+", metavar="FILE")
    add_connection_arguments(parser, timeout_flag=timeout_flag)
    add_jobs_argument(parser)
    add_passphrase_argument(parser)
    add_site_arguments(parser)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: give a whole number of 1 or more")
    return value


def is_several(paths: Sequence[Path]) -> bool:
    """Whether the command runs in batch mode: more than one path, or a folder."""
    return len(paths) != 1 or paths[0].is_dir()


def run_one_or_several(
    args: argparse.Namespace,
    *,
    several: Callable[[argparse.Namespace], int],
    one: PlanWork,
) -> int:
    """``declare`` and ``apply``: refuse an ``--adopt`` that cannot be honoured, then run
    ``several`` in batch mode (several files or a folder) or ``one`` on the single file."""
    from installer_app.cli.adoption import adopt_refusal  # noqa: PLC0415
    from installer_app.cli.rainbow_access import run_on_one_file  # noqa: PLC0415

    batch_mode = is_several(args.files)
    refused = adopt_refusal(args, several=batch_mode)
    if refused is not None:
        return refused
    if batch_mode:
        return several(args)
    return run_on_one_file(args, one)


def expand_paths(paths: Sequence[Path]) -> list[Path]:
    """The files to run: each file as given, each folder's ``*.json`` files in name order.

    Raises:
        ValueError: a folder holds no ``*.json`` file (message for the technician).
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.glob("*.json") if p.is_file())
            if not found:
                raise ValueError(f"The folder {path} holds no installation file (*.json).")
            files += found
        else:
            files.append(path)
    return list(dict.fromkeys(files))


@dataclass
class FileOutcome:
    """How one file of a batch ended.

    Attributes:
        path: the installation file.
        code: its exit code (0 done; see ``exit_codes``).
        outcome: a word or two for the table ("Running/Connected", "declared", "failed").
        message: what happened, or what went wrong and what to do.
        system_id: the Rainbow system, when known.
        details: the fields the single-file ``--json`` output has.
    """

    path: Path
    code: int
    outcome: str
    message: str = ""
    system_id: str | None = None
    details: dict[str, Any] = field(default_factory=dict)


def failure(path: Path, error: BaseException) -> FileOutcome:
    """The outcome of a file whose job raised ``error`` (described as both fronts do)."""
    from installer_app.cli.failures import print_unrecorded_credentials  # noqa: PLC0415
    from installer_app.services.failures import describe  # noqa: PLC0415

    described = describe(error)
    print_unrecorded_credentials(error, label=path.name)
    return FileOutcome(path, exit_codes.for_kind(described.kind), "failed", described.text)


Job = Callable[[Path, Callable[[str], None]], Awaitable[FileOutcome]]


def _labels(paths: Sequence[Path]) -> dict[Path, str]:
    names = [p.name for p in paths]
    return {p: (p.name if names.count(p.name) == 1 else str(p)) for p in paths}


async def run_files(
    paths: Sequence[Path], job: Job, *, jobs: int, quiet: bool = False
) -> list[FileOutcome]:
    """Run ``job(path, say)`` for every path, at most ``jobs`` at once; outcomes in path order.

    ``say(text)`` prints a progress line prefixed with the file's name on stderr (not when
    ``quiet``); a line for each file is printed as it ends. A job that raises becomes a
    ``failed`` outcome with the error's exit code, and the others go on.
    """
    semaphore = asyncio.Semaphore(jobs)
    labels = _labels(paths)
    finished = 0

    async def one(path: Path) -> FileOutcome:
        nonlocal finished

        def say(text: str) -> None:
            if not quiet:
                print(f"{labels[path]}: {text}", file=sys.stderr, flush=True)

        async with semaphore:
            try:
                outcome = await job(path, say)
            except Exception as error:  # every failure is one file's outcome
                outcome = failure(path, error)
        finished += 1
        detail = f" ({outcome.message})" if outcome.message else ""
        print(
            f"[{finished}/{len(paths)}] {labels[path]}: {outcome.outcome}{detail}",
            file=sys.stderr,
            flush=True,
        )
        return outcome

    return list(await asyncio.gather(*(one(path) for path in paths)))


def print_summary(
    outcomes: Sequence[FileOutcome], *, as_json: bool, stream: TextIO | None = None
) -> int:
    """The summary table (or one JSON object per line); returns the worst exit code."""
    stream = stream or sys.stdout
    labels = _labels([o.path for o in outcomes])
    if as_json:
        for o in outcomes:
            record = {"file": str(o.path), **o.details, "system_id": o.system_id,
                      "outcome": o.outcome, "exit_code": o.code, "message": o.message}  # fmt: skip
            print(json.dumps(record, ensure_ascii=False), file=stream)
    else:
        rows = [("FILE", "SYSTEM ID", "OUTCOME", "MESSAGE")] + [
            (labels[o.path], o.system_id or "-", o.outcome, o.message) for o in outcomes
        ]
        widths = [max(len(row[i]) for row in rows) for i in range(3)]
        for row in rows:
            cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
            print("  ".join([*cells, row[3]]).rstrip(), file=stream)
    return max((o.code for o in outcomes), default=exit_codes.OK)


#: The work on one opened file of a batch: (signed-in client, path, plan, passphrase, say).
FileWork = Callable[
    [Any, Path, "InstallationPlan", "str | None", Callable[[str], None]], Awaitable[FileOutcome]
]


def run_several(args: argparse.Namespace, work: FileWork) -> int:
    """``declare``/``apply`` over several files: every file opened first (``--site-id``
    applied), files repeating another's PBX refused before anything is sent, then one sign-in
    and each file run by ``work``, at most ``--jobs`` at a time; then the summary."""
    from installer_app.cli.failures import report  # noqa: PLC0415
    from installer_app.cli.rainbow_access import signed_in  # noqa: PLC0415

    try:
        paths = expand_paths(args.files)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return exit_codes.INVALID_INPUT
    opened, decided = _open_all(paths, args)

    async def run() -> list[FileOutcome]:
        async def known(path: Path, say: Callable[[str], None]) -> FileOutcome:
            return decided[path]

        if not opened:  # nothing to send: no sign-in either
            return await run_files(paths, known, jobs=args.jobs, quiet=args.json)
        async with signed_in(args) as client:

            async def job(path: Path, say: Callable[[str], None]) -> FileOutcome:
                if path in decided:
                    return decided[path]
                plan, secret = opened[path]
                return await work(client, path, plan, secret, say)

            return await run_files(paths, job, jobs=args.jobs, quiet=args.json)

    try:
        outcomes = asyncio.run(run())
    except Exception as error:  # the sign-in failed (or no password): no file was touched
        return report(error)
    return print_summary(outcomes, as_json=args.json)


def _open_all(
    paths: Sequence[Path], args: argparse.Namespace
) -> tuple[dict[Path, tuple[InstallationPlan, str | None]], dict[Path, FileOutcome]]:
    """Every file opened, and the outcomes already decided: files that cannot be opened, and
    files repeating another's PBX (exit 2, naming both; see ``repeated_pbxs``)."""
    from installer_app.cli.plan_opening import open_plan  # noqa: PLC0415
    from installer_app.services.batch import repeated_pbxs  # noqa: PLC0415

    opened: dict[Path, tuple[InstallationPlan, str | None]] = {}
    decided: dict[Path, FileOutcome] = {}
    for path in paths:
        try:
            plan, secret = open_plan(path, args)
        except Exception as error:  # reported as this file's outcome
            decided[path] = failure(path, error)
            continue
        if args.site_id:
            plan = plan.model_copy(update={"site_id": args.site_id})
        opened[path] = (plan, secret)
    labels = _labels(paths)
    for repeating, kept in repeated_pbxs([(p, plan) for p, (plan, _) in opened.items()]):
        del opened[repeating]
        decided[repeating] = FileOutcome(
            repeating,
            exit_codes.INVALID_INPUT,
            "refused",
            f"{labels[repeating]} describes the same PBX as {labels[kept]} (same company and "
            "server name, or equipment id): not declared, so that the PBX is declared once. "
            "Remove one of the two files from the batch.",
        )
    return opened, decided

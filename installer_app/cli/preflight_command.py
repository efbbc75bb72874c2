"""``installer-app preflight`` and ``declare --dry-run``: what a declaration would meet, and what
it would send, asked of Rainbow without changing anything (GET requests only).

The checks are :func:`~installer_app.services.preflight.run_preflight`; this module prints them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from installer_app.cli import exit_codes
from installer_app.cli.failures import print_failure
from installer_app.cli.plan_opening import add_passphrase_argument
from installer_app.cli.rainbow_access import (
    add_connection_arguments,
    add_site_arguments,
    run_on_one_file,
    signed_in,
)
from installer_app.domain.plan import InstallationPlan

_MARKS = {"ok": "ok     ", "problem": "PROBLEM", "skipped": "skipped"}


def add_parser(subparsers: Any) -> None:
    """Register ``preflight``."""
    preflight = subparsers.add_parser(
        "preflight",
        help="check, changing nothing, that the plan's PBX can be declared",
        description="Sign in and check, with GET requests only, that declaring the PBX of an "
        "installation file would go through: a business-partner admin of this customer "
        "company, the site, the equipment id free (stock) or no system of this name on the "
        "site (BTCO), a country Rainbow accepts, numbering rules within its limits. Every "
        "problem is listed; the exit code is the first problem's (0: the declaration would go "
        "through). Then prints the requests the declaration would send, secrets masked.",
    )
    preflight.add_argument("file", type=Path)
    add_connection_arguments(preflight)
    add_passphrase_argument(preflight)
    add_site_arguments(preflight)
    preflight.set_defaults(handler=cmd_preflight)


def cmd_preflight(args: argparse.Namespace) -> int:
    """Run the checks on one installation file and print them."""
    args.files = [args.file]
    return run_on_one_file(args, _preflight)


def cmd_dry_run(args: argparse.Namespace) -> int:
    """``declare --dry-run``: print the requests the declaration would send; send none."""
    if len(args.files) != 1 or args.files[0].is_dir():
        print("error: --dry-run takes one installation file.", file=sys.stderr)
        return exit_codes.INVALID_INPUT
    args.dry_run_only = True
    return run_on_one_file(args, _preflight)


async def _preflight(args: argparse.Namespace, plan: InstallationPlan, _secret: str | None) -> int:
    from installer_app.services.preflight import run_preflight  # noqa: PLC0415

    async with signed_in(args) as client:
        report = await run_preflight(client, plan, create_site_name=args.create_site)
    code = exit_codes.for_kind(report.kind) if report.kind is not None else exit_codes.OK
    if args.json:
        print(json.dumps(_to_json(report), ensure_ascii=False))
        return code
    if not getattr(args, "dry_run_only", False):
        for check in report.checks:
            print(f"{_MARKS[check.outcome]} {check.name}: {check.text}")
    elif report.problems:
        for failure in report.problems:
            print_failure(failure)
    _print_requests(report)
    return code


def _print_requests(report: Any) -> None:
    if report.requests:
        print("\nThe declaration would send (secrets masked):")
        for request in report.requests:
            print(request.text())
    elif report.passed:
        print("\nThe declaration would reuse the existing system and send nothing.")
    else:
        print("\nNothing would be sent until the problems above are solved.")


def _to_json(report: Any) -> dict[str, Any]:
    return {
        "passed": report.passed,
        "checks": [
            {
                "name": check.name,
                "outcome": check.outcome,
                "text": check.text,
                "kind": check.failure.kind.value if check.failure else None,
            }
            for check in report.checks
        ],
        "requests": [request.to_json() for request in report.requests],
    }

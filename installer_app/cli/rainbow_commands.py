"""``installer-app declare`` and ``status``: the Rainbow side from the command line.

``declare`` also takes several files or a folder (see :mod:`installer_app.cli.batch_commands`):
one sign-in, then at most ``--jobs`` declarations at a time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import json
import os
import sys
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any

from installer_app.cli import exit_codes
from installer_app.cli.arguments import seconds
from installer_app.cli.batch_commands import add_jobs_argument
from installer_app.cli.failures import report
from installer_app.cli.plan_commands import (
    PassphraseUnavailable,
    add_passphrase_argument,
    open_plan,
    report_open_failure,
)
from installer_app.domain.plan import InstallationPlan, StatusEvent
from installer_app.storage.plan_files import PlanFileError, save_plan


def add_connection_arguments(
    parser: argparse.ArgumentParser, *, timeout_flag: str = "--timeout"
) -> None:
    """The options every Rainbow command shares (``apply`` names the request timeout
    ``--request-timeout``: its ``--timeout`` is the wait for Running and Connected)."""
    parser.add_argument(
        "--rainbow-url", required=True, help="e.g. https://openrainbow.com, or the sandbox's URL"
    )
    parser.add_argument("--login", required=True, help="business-partner admin e-mail")
    parser.add_argument("--app-id", default=None, help="Rainbow application id, if you use one")
    parser.add_argument(
        timeout_flag,
        dest="request_timeout",
        type=seconds,
        default=20.0,
        help="seconds allowed for each request",
    )
    parser.add_argument("--ca-bundle", type=Path, default=None, help="extra trusted CAs (PEM)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def add_parser(subparsers: Any) -> None:
    """Register ``declare`` and ``status``."""
    declare = subparsers.add_parser(
        "declare",
        help="declare the plan's PBX on Rainbow",
        description="Declare the PBX of an installation file on Rainbow and record the result "
        "in the file. The password and application secret come from INSTALLER_APP_PASSWORD and "
        "INSTALLER_APP_SECRET, else the system keyring, else a prompt. With several files or a "
        "folder (every *.json in it), they are declared concurrently and summarised in a table.",
    )
    declare.add_argument("files", type=Path, nargs="+", metavar="FILE")
    add_connection_arguments(declare)
    add_jobs_argument(declare)
    add_passphrase_argument(declare)
    declare.add_argument("--site-id", default=None, help="the company's site, when it has several")
    declare.add_argument(
        "--create-site",
        metavar="NAME",
        default=None,
        help="create a site with this name when the company has none",
    )
    declare.set_defaults(handler=cmd_declare)

    status = subparsers.add_parser("status", help="show the PBX's status on Rainbow")
    status.add_argument("file", type=Path)
    add_connection_arguments(status)
    add_passphrase_argument(status)
    status.add_argument("--watch", action="store_true", help="follow until Running (Ctrl+C stops)")
    status.add_argument("--interval", type=seconds, default=5.0, help="seconds between refreshes")
    status.set_defaults(handler=cmd_status)


class CredentialsMissing(Exception):
    """No password could be found and there is no terminal to ask on."""

    message = (
        "No Rainbow password: set INSTALLER_APP_PASSWORD, save it in the system keyring from the "
        "wizard, or run the command on a terminal to be asked."
    )
    hint = ""


def _secrets(server: str, login: str, app_id: str | None) -> tuple[str, str | None]:
    """Password and app secret: environment, then keyring, then a prompt on a terminal."""
    from installer_app.storage.credentials import (  # noqa: PLC0415
        CredentialStore,
        CredentialStoreError,
    )

    password: str | None = None
    secret: str | None = None
    try:
        stored = CredentialStore(environ=os.environ).load(server, login)
        password, secret = stored.password, stored.app_secret
    except CredentialStoreError:
        password = os.environ.get("INSTALLER_APP_PASSWORD") or None
        secret = os.environ.get("INSTALLER_APP_SECRET") or None
    interactive = sys.stdin is not None and sys.stdin.isatty()
    if not password:
        if not interactive:
            raise CredentialsMissing()
        password = getpass.getpass(f"Rainbow password for {login}: ")
    if app_id and not secret and interactive:
        secret = getpass.getpass(f"Secret of application {app_id}: ")
    return password, secret if app_id else None


@contextlib.asynccontextmanager
async def signed_in(args: argparse.Namespace) -> AsyncIterator[Any]:
    """A Rainbow client signed in with the command's options; signs out on leaving."""
    from installer_app.rainbow import RainbowClient  # noqa: PLC0415
    from installer_app.storage.logs import register_secret  # noqa: PLC0415

    password, secret = _secrets(args.rainbow_url, args.login, args.app_id)
    register_secret(password)
    register_secret(secret)
    async with RainbowClient(
        args.rainbow_url, timeout=args.request_timeout, ca_bundle=args.ca_bundle
    ) as client:
        await client.sign_in(args.login, password, args.app_id, secret)
        yield client


def _load(path: Path, args: argparse.Namespace) -> tuple[InstallationPlan, str | None] | int:
    """The plan and its passphrase, or the exit code after printing why it cannot be opened."""
    try:
        return open_plan(path, args)
    except (PlanFileError, PassphraseUnavailable) as error:
        return report_open_failure(error)


PlanWork = Callable[[argparse.Namespace, InstallationPlan, str | None], Coroutine[Any, Any, int]]


def run_on_one_file(args: argparse.Namespace, work: PlanWork) -> int:
    """Open ``args.files[0]`` (asking its passphrase), run ``work`` on it, map failures to exit
    codes: the single-file path shared by ``declare``, ``status`` and ``apply``."""
    args.file = args.files[0]
    opened = _load(args.file, args)
    if isinstance(opened, int):
        return opened
    plan, secret = opened
    if getattr(args, "site_id", None):
        plan = plan.model_copy(update={"site_id": args.site_id})
    try:
        return asyncio.run(work(args, plan, secret))
    except Exception as error:  # every failure becomes a message and an exit code
        return report(error)


def cmd_declare(args: argparse.Namespace) -> int:
    """Declare the plan's PBX, record the system (and BTCO credentials) in the file."""
    from installer_app.cli import batch_commands  # noqa: PLC0415

    if batch_commands.is_several(args.files):
        return _declare_several(args)
    return run_on_one_file(args, _declare)


_STEP_LABELS = {
    "duplicate_check": "Checking that the PBX is not declared yet…",
    "create": "Declaring the PBX…",
    "verify": "Reading the declaration back…",
}


async def declare_file(
    client: Any,
    args: argparse.Namespace,
    *,
    path: Path,
    plan: InstallationPlan,
    secret: str | None,
    say: Callable[[str], None],
) -> tuple[Any, dict[str, Any]]:
    """Declare one plan with a signed-in client and record it in ``path`` (protection kept).

    Returns the declaration result and the fields of the ``--json`` output.
    """
    from installer_app.services.plan_declaration import (  # noqa: PLC0415
        declare_plan,
        reuse_when_equipment_id_matches,
    )

    result = await declare_plan(
        client,
        plan,
        reuse_existing=reuse_when_equipment_id_matches(plan),
        create_site_name=args.create_site,
        on_step=lambda name: say(_STEP_LABELS.get(name, name)),
    )
    save_plan(path, result.plan, passphrase=secret)
    outcome, declared = result.outcome, result.plan
    summary = {
        "system_id": outcome.system.id,
        "equipment_id": declared.equipment_id,
        "activation_code": declared.activation_code,
        "rainbow_status": declared.progress.rainbow_status,
        "created": outcome.created,
        "reused": outcome.reused,
    }
    return result, summary


async def _declare(args: argparse.Namespace, plan: InstallationPlan, secret: str | None) -> int:
    def step(text: str) -> None:
        if not args.json:
            print(text, file=sys.stderr)

    async with signed_in(args) as client:
        result, summary = await declare_file(
            client, args, path=args.file, plan=plan, secret=secret, say=step
        )
    outcome, declared = result.outcome, result.plan
    if args.json:
        print(json.dumps(summary))
        return exit_codes.OK
    if outcome.reused:
        print(f"Already declared with the same equipment id: reusing system {outcome.system.id}.")
    elif outcome.adopted_after_failure:
        print(f"Declared (the answer was lost; found it on Rainbow): system {outcome.system.id}.")
    else:
        print(f"Declared on Rainbow: system {outcome.system.id}.")
    print(f"Equipment id (PABX-ID): {declared.equipment_id}")
    print(f"Activation code:        {declared.activation_code}")
    print(f"Rainbow status:         {declared.progress.rainbow_status}")
    print(f"Recorded in {args.file}.")
    return exit_codes.OK


def _declare_several(args: argparse.Namespace) -> int:
    from installer_app.cli import batch_commands as batch  # noqa: PLC0415

    try:
        paths = batch.expand_paths(args.files)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return exit_codes.INVALID_INPUT

    async def run() -> list[batch.FileOutcome]:
        async with signed_in(args) as client:

            async def job(path: Path, say: Callable[[str], None]) -> batch.FileOutcome:
                plan, secret = open_plan(path, args)
                if args.site_id:
                    plan = plan.model_copy(update={"site_id": args.site_id})
                result, summary = await declare_file(
                    client, args, path=path, plan=plan, secret=secret, say=say
                )
                word = "reused" if result.outcome.reused else "declared"
                status = summary["rainbow_status"] or "-"
                return batch.FileOutcome(
                    path, exit_codes.OK, word, f"Rainbow {status}", summary["system_id"], summary
                )

            return await batch.run_files(paths, job, jobs=args.jobs, quiet=args.json)

    try:
        outcomes = asyncio.run(run())
    except Exception as error:  # the sign-in failed (or no password): no file was touched
        return report(error)
    return batch.print_summary(outcomes, as_json=args.json)


def cmd_status(args: argparse.Namespace) -> int:
    """Show (or follow) the PBX's status on Rainbow."""
    args.files = [args.file]
    return run_on_one_file(args, _status)


async def _status(args: argparse.Namespace, plan: InstallationPlan, secret: str | None) -> int:
    from installer_app.services.monitor import rainbow_snapshot  # noqa: PLC0415

    async with signed_in(args) as client:
        delay = args.interval
        last: str | None = None
        while True:
            snapshot = await rainbow_snapshot(client, plan)
            if snapshot.admin_status != last:
                last = snapshot.admin_status
                _print_snapshot(args, snapshot)
                if plan.progress.rainbow_status != last:
                    plan = _record_status(plan, last)
                    save_plan(args.file, plan, passphrase=secret)
            if not args.watch or last == "Running":
                return exit_codes.OK if snapshot.system_id else exit_codes.INVALID_INPUT
            await asyncio.sleep(delay)
            delay = min(delay * 1.5, 60.0)


def _record_status(plan: InstallationPlan, status: str | None) -> InstallationPlan:
    from datetime import UTC, datetime  # noqa: PLC0415

    if status is None:
        return plan
    event = StatusEvent(at=datetime.now(UTC), side="rainbow", status=status)
    progress = plan.progress.model_copy(
        update={"rainbow_status": status, "timeline": [*plan.progress.timeline, event]}
    )
    return plan.model_copy(update={"progress": progress})


def _print_snapshot(args: argparse.Namespace, snapshot: Any) -> None:
    if args.json:
        print(json.dumps(snapshot.to_json()), flush=True)
        return
    if not snapshot.system_id:
        print("Not declared on Rainbow: no system has this equipment id.", flush=True)
        return
    channels = ", ".join(f"{k} {v}" for k, v in sorted(snapshot.channels.items())) or "-"
    print(
        f"{snapshot.admin_status}: {snapshot.description} "
        f"(status {snapshot.raw_status}, channels: {channels})",
        flush=True,
    )

"""``installer-app declare`` and ``status``: the Rainbow side from the command line.

``declare`` also takes several files or a folder (see :mod:`installer_app.cli.batch_commands`):
one sign-in, then at most ``--jobs`` declarations at a time. The work is the services' use cases
(:func:`~installer_app.services.plan_declaration.declare_plan`,
:func:`~installer_app.services.watch.watch_installation`); this module only presents them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from installer_app.cli import batch_commands as batch
from installer_app.cli import exit_codes
from installer_app.cli.adoption import add_adopt_arguments, reuse_policy
from installer_app.cli.arguments import seconds
from installer_app.cli.failures import print_failure
from installer_app.cli.plan_opening import add_passphrase_argument
from installer_app.cli.rainbow_access import add_connection_arguments, run_on_one_file, signed_in
from installer_app.domain.plan import InstallationPlan

Say = Callable[[str], None]


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
    batch.add_declaration_arguments(declare)
    declare.add_argument(
        "--dry-run",
        action="store_true",
        help="send nothing: check with GET requests only, and print the requests the "
        "declaration would send (method, path, JSON body; secrets masked)",
    )
    add_adopt_arguments(declare)
    declare.set_defaults(handler=cmd_declare)

    status = subparsers.add_parser("status", help="show the PBX's status on Rainbow")
    status.add_argument("file", type=Path)
    add_connection_arguments(status)
    add_passphrase_argument(status)
    status.add_argument("--watch", action="store_true", help="follow until Running (Ctrl+C stops)")
    status.add_argument("--interval", type=seconds, default=5.0, help="seconds between refreshes")
    status.set_defaults(handler=cmd_status)


def cmd_declare(args: argparse.Namespace) -> int:
    """Declare the plan's PBX, record the system (and BTCO credentials) in the file."""
    if args.dry_run:
        from installer_app.cli.preflight_command import cmd_dry_run  # noqa: PLC0415

        return cmd_dry_run(args)
    return batch.run_one_or_several(args, several=_declare_several, one=_declare)


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
    say: Say,
) -> tuple[Any, dict[str, Any]]:
    """Declare one plan with a signed-in client and record it in ``path`` (protection kept).

    Returns the declaration result and the fields of the ``--json`` output.
    """
    from installer_app.services.apply import WAITING_FOR_LOCK  # noqa: PLC0415
    from installer_app.services.plan_declaration import (  # noqa: PLC0415
        declare_plan,
        record_or_raise,
    )
    from installer_app.services.plan_files_service import plan_saver  # noqa: PLC0415

    save = plan_saver(path, passphrase=secret)
    result = await declare_plan(
        client,
        plan,
        reuse_existing=reuse_policy(args, plan, say),
        create_site_name=args.create_site,
        on_step=lambda name: say(_STEP_LABELS.get(name, name)),
        record_intent=save,
        on_wait=lambda: say(WAITING_FOR_LOCK),
    )
    record_or_raise(result, save)
    return result, declaration_summary(result)


def declaration_summary(result: Any, *, recorded: bool = True) -> dict[str, Any]:
    """The fields of ``declare --json`` for a :class:`PlanDeclaration`."""
    outcome, declared = result.outcome, result.plan
    return {
        "system_id": outcome.system.id,
        "equipment_id": declared.equipment_id,
        "activation_code": declared.activation_code,
        "rainbow_status": declared.progress.rainbow_status,
        "created": outcome.created,
        "reused": outcome.reused,
        "resumed": outcome.resumed,
        "recorded": recorded,
    }


async def _declare(args: argparse.Namespace, plan: InstallationPlan, secret: str | None) -> int:
    def step(text: str) -> None:
        if not args.json:
            print(text, file=sys.stderr)

    from installer_app.services.plan_declaration import DeclarationNotRecorded  # noqa: PLC0415

    async with signed_in(args) as client:
        try:
            result, summary = await declare_file(
                client, args, path=args.file, plan=plan, secret=secret, say=step
            )
        except DeclarationNotRecorded as error:
            if args.json:
                print(json.dumps(declaration_summary(error.declaration, recorded=False)))
            raise
    outcome, declared = result.outcome, result.plan
    if args.json:
        print(json.dumps(summary))
        return exit_codes.OK
    if outcome.resumed:
        print(
            f"Found the declaration an interrupted run of this file sent: system "
            f"{outcome.system.id}, adopted."
        )
    elif outcome.reused:
        print(f"Already declared for this PBX: reusing system {outcome.system.id}.")
    elif outcome.adopted_after_failure:
        print(f"Declared (the answer was lost; found it on Rainbow): system {outcome.system.id}.")
    else:
        print(f"Declared on Rainbow: system {outcome.system.id}.")
    print(f"Equipment id (PABX-ID): {declared.equipment_id}")
    print(f"Activation code:        {declared.activation_code or _NO_CODE}")
    print(f"Rainbow status:         {declared.progress.rainbow_status}")
    print(f"Recorded in {args.file}.")
    return exit_codes.OK


#: Shown when a BTCO code cannot be read back any more.
_NO_CODE = (
    "- (no longer readable: the PBX activated; the portal's Reset connection makes a new one)"
)


def _declare_several(args: argparse.Namespace) -> int:
    async def work(
        client: Any, path: Path, plan: InstallationPlan, secret: str | None, say: Say
    ) -> batch.FileOutcome:
        result, summary = await declare_file(
            client, args, path=path, plan=plan, secret=secret, say=say
        )
        word = (
            "resumed"
            if result.outcome.resumed
            else "reused"
            if result.outcome.reused
            else "declared"
        )
        status = summary["rainbow_status"] or "-"
        return batch.FileOutcome(
            path, exit_codes.OK, word, f"Rainbow {status}", summary["system_id"], summary
        )

    return batch.run_several(args, work)


def cmd_status(args: argparse.Namespace) -> int:
    """Show (or follow) the PBX's status on Rainbow."""
    args.files = [args.file]
    return run_on_one_file(args, _status)


async def _status(args: argparse.Namespace, plan: InstallationPlan, secret: str | None) -> int:
    from installer_app.services.backoff import Backoff  # noqa: PLC0415
    from installer_app.services.plan_files_service import plan_saver  # noqa: PLC0415
    from installer_app.services.watch import rainbow_running, watch_installation  # noqa: PLC0415

    save = plan_saver(args.file, passphrase=secret)
    last: list[object] = []

    def show(updated: InstallationPlan, snapshot: Any, changed: bool) -> None:
        rainbow = snapshot.rainbow
        if rainbow is not None and (not last or rainbow.admin_status != last[-1]):
            last.append(rainbow.admin_status)
            _print_snapshot(args, rainbow)
        if changed:
            save(updated)

    def stop(snapshot: Any) -> bool:
        return snapshot.rainbow_failure is not None or not args.watch or rainbow_running(snapshot)

    async with signed_in(args) as client:
        watched = await watch_installation(
            client,
            None,
            plan,
            until=stop,
            backoff=Backoff(args.interval, cap=60.0),
            on_snapshot=show,
        )
    snapshot = watched.snapshot
    if snapshot.rainbow_failure is not None:
        return print_failure(snapshot.rainbow_failure)
    declared = snapshot.rainbow is not None and snapshot.rainbow.system_id
    return exit_codes.OK if declared else exit_codes.INVALID_INPUT


def _print_snapshot(args: argparse.Namespace, snapshot: Any) -> None:
    if args.json:
        print(json.dumps(snapshot.to_json()), flush=True)
        return
    if not snapshot.system_id:
        print("Not declared on Rainbow: no system has this equipment id.", flush=True)
        return
    channels = ", ".join(f"{k} {v}" for k, v in sorted(snapshot.channel_texts.items())) or "-"
    print(
        f"{snapshot.status_text}: {snapshot.description} "
        f"(status {snapshot.raw_status}, channels: {channels})",
        flush=True,
    )

"""``installer-app push`` and ``installer-app apply``: the PBX side from the command line.

``apply`` also takes several files or a folder (see :mod:`installer_app.cli.batch_commands`): one
sign-in, then at most ``--jobs`` installations at a time, each on its own sandbox PBX. The work is
the services' use cases (:func:`~installer_app.services.pbx_config.configure_pbx`,
:func:`~installer_app.services.apply.apply_plan`); this module only presents them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from installer_app.cli import batch_commands as batch
from installer_app.cli import exit_codes
from installer_app.cli.adoption import add_adopt_arguments, reuse_policy
from installer_app.cli.arguments import seconds
from installer_app.cli.failures import report
from installer_app.cli.plan_opening import add_passphrase_argument, open_or_report
from installer_app.cli.rainbow_access import signed_in
from installer_app.domain.pbx_side import SECRET_MASK
from installer_app.domain.plan import InstallationPlan

if TYPE_CHECKING:
    from installer_app.services.apply import Applied
    from installer_app.services.pbx_config import PbxAccess

Say = Callable[[str], None]

SANDBOX_PREFIX = "sandbox:"


def _pbx_argument(value: str) -> str:
    if value == "manual" or value.startswith(SANDBOX_PREFIX + "http"):
        return value
    raise argparse.ArgumentTypeError(
        f"{value!r}: use 'manual' (guided OMC steps) or 'sandbox:URL' (the sandbox's pbx_url)"
    )


def add_parser(subparsers: Any) -> None:
    """Register ``push`` and ``apply``."""
    push = subparsers.add_parser("push", help="configure the PBX side of a declared plan")
    push.add_argument("file", type=Path)
    push.add_argument("--pbx", required=True, type=_pbx_argument, metavar="sandbox:URL|manual")
    push.add_argument("--json", action="store_true", help="print one JSON object")
    push.add_argument(
        "--reveal", action="store_true", help="manual: show the activation code in the clear"
    )
    add_passphrase_argument(push)
    push.set_defaults(handler=cmd_push)

    apply = subparsers.add_parser(
        "apply",
        help="declare, configure the PBX and wait until Running and Connected",
        description="Declare the PBX of an installation file, configure it and wait until "
        "Rainbow says Running and the PBX Connected. With several files or a folder (every "
        "*.json in it), the installations run concurrently (sandbox PBXs only) and end with a "
        "summary table.",
    )
    batch.add_declaration_arguments(apply, timeout_flag="--request-timeout")
    apply.add_argument("--pbx", required=True, type=_pbx_argument, metavar="sandbox:URL|manual")
    apply.add_argument(
        "--timeout",
        dest="wait",
        type=seconds,
        default=300.0,
        help="seconds to wait for Running and Connected (then exit 5 with the diagnosis)",
    )
    add_adopt_arguments(apply)
    apply.set_defaults(handler=cmd_apply)


def _say(args: argparse.Namespace, text: str) -> None:
    if not getattr(args, "json", False):
        print(text, file=sys.stderr, flush=True)


def _manual_checklist(args: argparse.Namespace, plan: InstallationPlan) -> bool:
    """Print the OMC steps and ask for each confirmation on a terminal; True when all done."""
    from installer_app.domain.servers import omc_domain  # noqa: PLC0415
    from installer_app.pbx import checklist  # noqa: PLC0415

    steps = checklist(
        plan.mode, plan.equipment_id, plan.activation_code, omc_domain(plan.rainbow_server)
    )
    interactive = sys.stdin is not None and sys.stdin.isatty()
    out = sys.stderr if args.json else sys.stdout
    for number, step in enumerate(steps, start=1):
        print(f"{number}. {step.title}", file=out)
        print(f"   {step.detail}", file=out)
        for value in step.values():
            reveal = getattr(args, "reveal", False) or not value.secret
            shown = value.value if reveal else SECRET_MASK
            hidden = "" if reveal else "  (add --reveal to show it)"
            print(f"   {value.label}: {shown}{hidden}", file=out)
        if interactive:
            answer = input("   Done? [y/N] ").strip().lower()
            if answer not in {"y", "yes", "o", "oui", "j", "ja", "s", "si", "sí"}:
                print("Stopped: the PBX is not recorded as configured.", file=out)
                return False
    if not interactive:
        print(
            "Confirm each step on a terminal to record the PBX as configured.",
            file=sys.stderr,
        )
    return interactive


def pbx_access(args: argparse.Namespace) -> PbxAccess:
    """How ``--pbx`` reaches the PBX: the sandbox PBX the plan stands for, or OMC by hand."""
    from installer_app.services.pbx_config import PbxAccess, sandbox_pbx_opener  # noqa: PLC0415

    if args.pbx == "manual":

        async def by_hand(plan: InstallationPlan) -> bool:
            return _manual_checklist(args, plan)

        return PbxAccess(confirm_by_hand=by_hand)
    return PbxAccess(open_driver=sandbox_pbx_opener(args.pbx.removeprefix(SANDBOX_PREFIX)))


def cmd_push(args: argparse.Namespace) -> int:
    """Configure the PBX side of a (declared) plan and record it."""
    from installer_app.services.pbx_config import configure_pbx  # noqa: PLC0415
    from installer_app.services.plan_files_service import plan_saver  # noqa: PLC0415

    opened = open_or_report(args.file, args)
    if isinstance(opened, int):
        return opened
    plan, secret = opened
    try:
        configured = asyncio.run(
            configure_pbx(plan, pbx_access(args), say=lambda text: _say(args, text))
        )
        plan_saver(args.file, passphrase=secret)(configured.plan)
    except Exception as error:
        return report(error)
    settings, updated = configured.settings, configured.plan
    result = {
        "pbx_configured": updated.progress.pbx_configured,
        "connection": settings.connection.value if settings else None,
        "rainbow_enabled": settings.rainbow_enabled if settings else None,
    }
    if args.json:
        print(json.dumps(result))
    elif settings is not None:
        connection = settings.connection.shown
        print(f"PBX: Rainbow enabled {settings.rainbow_enabled}, connection {connection}.")
    return exit_codes.OK if updated.progress.pbx_configured else exit_codes.INVALID_INPUT


def cmd_apply(args: argparse.Namespace) -> int:
    """Declare, configure and wait until Running and Connected (exit 5 with the diagnosis)."""
    return batch.run_one_or_several(args, several=_apply_several, one=_apply)


async def apply_file(
    client: Any,
    args: argparse.Namespace,
    *,
    path: Path,
    plan: InstallationPlan,
    secret: str | None,
    say: Say,
) -> Applied:
    """The services' ``apply`` on one file: every change recorded in ``path`` as it happens."""
    from installer_app.services.apply import apply_plan  # noqa: PLC0415
    from installer_app.services.plan_files_service import plan_saver  # noqa: PLC0415

    return await apply_plan(
        client,
        plan,
        pbx=pbx_access(args),
        save=plan_saver(path, passphrase=secret),
        timeout=args.wait,
        create_site_name=args.create_site,
        reuse_existing=reuse_policy(args, plan, say),
        say=say,
    )


async def _apply(args: argparse.Namespace, plan: InstallationPlan, secret: str | None) -> int:
    async with signed_in(args) as client:
        applied = await apply_file(
            client, args, path=args.file, plan=plan, secret=secret, say=lambda t: _say(args, t)
        )
    if not applied.done:
        diagnosis = applied.snapshot.diagnosis
        print(f"error: not connected after {args.wait:.0f} s.", file=sys.stderr)
        print(f"cause: {diagnosis.cause}", file=sys.stderr)
        print(f"next: {diagnosis.next_action}", file=sys.stderr)
        if args.json:
            print(json.dumps(_summary(applied)))
        return exit_codes.UNREACHABLE
    if args.json:
        print(json.dumps(_summary(applied)))
    else:
        print(
            f"Done: Rainbow {applied.rainbow}, PBX {applied.pbx or 'connected (confirmed in OMC)'}."
        )
    return exit_codes.OK


def _apply_several(args: argparse.Namespace) -> int:
    if args.pbx == "manual":
        print(
            "error: --pbx manual asks for confirmations on a terminal, one PBX at a time: run "
            "'apply FILE --pbx manual' for each file.",
            file=sys.stderr,
        )
        return exit_codes.INVALID_INPUT

    async def work(
        client: Any, path: Path, plan: InstallationPlan, secret: str | None, say: Say
    ) -> batch.FileOutcome:
        applied = await apply_file(client, args, path=path, plan=plan, secret=secret, say=say)
        return _outcome(args, path, applied)

    return batch.run_several(args, work)


def _outcome(args: argparse.Namespace, path: Path, applied: Applied) -> batch.FileOutcome:
    details = _summary(applied)
    status = f"{applied.rainbow or '-'}/{(applied.pbx or '-').capitalize()}"
    if applied.done:
        return batch.FileOutcome(path, exit_codes.OK, status, "", details["system_id"], details)
    diagnosis = applied.snapshot.diagnosis
    return batch.FileOutcome(
        path,
        exit_codes.UNREACHABLE,
        status,
        f"not connected after {args.wait:.0f} s: {diagnosis.cause} Next: {diagnosis.next_action}",
        details["system_id"],
        details,
    )


def _summary(applied: Applied) -> dict[str, Any]:
    plan = applied.plan
    return {
        "system_id": plan.progress.system_id,
        "equipment_id": plan.equipment_id,
        "activation_code": plan.activation_code,
        "rainbow_status": plan.progress.rainbow_status,
        "pbx_status": plan.progress.pbx_status,
        "diagnosis": applied.snapshot.diagnosis.code,
        "done": applied.snapshot.done,
    }

"""``installer-app push`` and ``installer-app apply``: the PBX side from the command line.

``apply`` also takes several files or a folder (see :mod:`installer_app.cli.batch_commands`): one
sign-in, then at most ``--jobs`` installations at a time, each on its own sandbox PBX.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
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
from installer_app.cli.rainbow_commands import (
    add_connection_arguments,
    run_on_one_file,
    signed_in,
)
from installer_app.domain.plan import DeliveryMode, InstallationPlan
from installer_app.storage.plan_files import PlanFileError, save_plan

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
    apply.add_argument("files", type=Path, nargs="+", metavar="FILE")
    add_connection_arguments(apply, timeout_flag="--request-timeout")
    apply.add_argument("--pbx", required=True, type=_pbx_argument, metavar="sandbox:URL|manual")
    apply.add_argument(
        "--timeout",
        dest="wait",
        type=seconds,
        default=300.0,
        help="seconds to wait for Running and Connected (then exit 5 with the diagnosis)",
    )
    apply.add_argument("--site-id", default=None)
    apply.add_argument("--create-site", metavar="NAME", default=None)
    add_jobs_argument(apply)
    add_passphrase_argument(apply)
    apply.set_defaults(handler=cmd_apply)


def _say(args: argparse.Namespace, text: str) -> None:
    if not getattr(args, "json", False):
        print(text, file=sys.stderr, flush=True)


async def _sandbox_driver(pbx: str, plan: InstallationPlan) -> Any:
    """The sandbox PBX the plan stands for: a PBX URL as given, or picked from the fleet."""
    from installer_app.pbx import (  # noqa: PLC0415
        PbxInvalidValue,
        SandboxPbxDriver,
        list_sandbox_pbxs,
        pick_sandbox_pbx,
    )

    url = pbx.removeprefix(SANDBOX_PREFIX).rstrip("/")
    if "/pbxs/" in url:
        return SandboxPbxDriver(url)
    chosen = pick_sandbox_pbx(
        await list_sandbox_pbxs(url), mode=plan.mode, equipment_id=plan.equipment_id
    )
    if chosen is None:
        raise PbxInvalidValue(
            "pbx", "No sandbox PBX matches this plan (stock: its references; BTCO: a free PBX)."
        )
    return SandboxPbxDriver(chosen.url)


def _manual_checklist(args: argparse.Namespace, plan: InstallationPlan) -> bool:
    """Print the OMC steps and ask for each confirmation on a terminal; True when all done."""
    from installer_app.pbx import checklist  # noqa: PLC0415

    steps = checklist(plan.mode, plan.equipment_id, plan.activation_code)
    interactive = sys.stdin is not None and sys.stdin.isatty()
    out = sys.stderr if args.json else sys.stdout
    for number, step in enumerate(steps, start=1):
        print(f"{number}. {step.title}", file=out)
        print(f"   {step.detail}", file=out)
        if step.value:
            shown = step.shown_value(reveal=getattr(args, "reveal", False))
            hidden = "  (add --reveal to show it)" if shown != step.value else ""
            print(f"   {step.value_label}: {shown}{hidden}", file=out)
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


async def _push(
    args: argparse.Namespace, plan: InstallationPlan, say: Say | None = None
) -> tuple[InstallationPlan, Any]:
    from installer_app.services.pbx_config import mark_configured, push_settings  # noqa: PLC0415

    say = say or (lambda text: _say(args, text))
    if args.pbx == "manual":
        done = _manual_checklist(args, plan)
        return (mark_configured(plan) if done else plan), None
    driver = await _sandbox_driver(args.pbx, plan)
    async with driver:
        if plan.mode is DeliveryMode.STOCK:
            say("Stock mode: nothing to configure on the PBX; reading its settings…")
            settings = await driver.read_settings()
        else:
            say("Applying Cloud > Rainbow settings on the PBX…")
            settings = await push_settings(driver, plan)
    return mark_configured(plan), settings


def _load(path: Path, args: argparse.Namespace) -> tuple[InstallationPlan, str | None] | int:
    """The plan and its passphrase, or the exit code after printing why it cannot be opened."""
    try:
        return open_plan(path, args)
    except (PlanFileError, PassphraseUnavailable) as error:
        return report_open_failure(error)


def cmd_push(args: argparse.Namespace) -> int:
    """Configure the PBX side of a (declared) plan and record it."""
    opened = _load(args.file, args)
    if isinstance(opened, int):
        return opened
    plan, secret = opened
    try:
        updated, settings = asyncio.run(_push(args, plan))
    except Exception as error:
        return report(error)
    save_plan(args.file, updated, passphrase=secret)
    result = {
        "pbx_configured": updated.progress.pbx_configured,
        "connection": settings.connection.value if settings else None,
        "rainbow_enabled": settings.rainbow_enabled if settings else None,
    }
    if args.json:
        print(json.dumps(result))
    elif settings is not None:
        print(f"PBX: Rainbow enabled {settings.rainbow_enabled}, connection {settings.connection}.")
    return exit_codes.OK if updated.progress.pbx_configured else exit_codes.INVALID_INPUT


def cmd_apply(args: argparse.Namespace) -> int:
    """Declare, configure and wait until Running and Connected (exit 5 with the diagnosis)."""
    from installer_app.cli import batch_commands  # noqa: PLC0415

    if batch_commands.is_several(args.files):
        return _apply_several(args)
    return run_on_one_file(args, _apply)


@dataclass(frozen=True)
class Applied:
    """How one ``apply`` ended: connected (``done``) or still waiting at the deadline."""

    plan: InstallationPlan
    snapshot: Any
    done: bool

    @property
    def rainbow(self) -> str | None:
        """Rainbow's admin status at the end."""
        return self.snapshot.rainbow.admin_status if self.snapshot.rainbow else None

    @property
    def pbx(self) -> str | None:
        """The PBX's connection at the end (None with the manual checklist)."""
        return self.snapshot.pbx.connection if self.snapshot.pbx else None


async def apply_file(
    client: Any,
    args: argparse.Namespace,
    *,
    path: Path,
    plan: InstallationPlan,
    secret: str | None,
    say: Say,
) -> Applied:
    """Declare, configure and watch one plan until connected or ``args.wait`` seconds passed.

    Every change is recorded in ``path`` as it happens, protected with ``secret`` when given.
    """
    from installer_app.services.monitor import (  # noqa: PLC0415
        installation_snapshot,
        record_snapshot,
    )
    from installer_app.services.plan_declaration import (  # noqa: PLC0415
        declare_plan,
        reuse_when_equipment_id_matches,
    )

    def save(updated: InstallationPlan) -> None:
        save_plan(path, updated, passphrase=secret)

    say("Declaring on Rainbow…")
    declared = await declare_plan(
        client,
        plan,
        reuse_existing=reuse_when_equipment_id_matches(plan),
        create_site_name=args.create_site,
    )
    plan = declared.plan
    save(plan)
    say(f"Declared: system {plan.progress.system_id}, equipment id {plan.equipment_id}.")
    if plan.progress.pbx_configured:
        say("The PBX side is already configured (run 'push' to apply it again).")
    else:
        plan, _settings = await _push(args, plan, say)
        save(plan)
    driver = None if args.pbx == "manual" else await _sandbox_driver(args.pbx, plan)
    deadline = time.monotonic() + args.wait
    delay = 0.5
    last = ""
    try:
        while True:
            snapshot = await installation_snapshot(client, driver, plan)
            plan = record_snapshot(plan, snapshot)
            applied = Applied(plan, snapshot, done=True)
            line = f"Rainbow {applied.rainbow or '-'}, PBX {applied.pbx or '-'}: "
            line += snapshot.diagnosis.cause
            if line != last:
                say(line)
                last = line
                save(plan)
            if snapshot.done or (driver is None and applied.rainbow == "Running"):
                break
            if time.monotonic() > deadline:
                save(plan)
                return Applied(plan, snapshot, done=False)
            await asyncio.sleep(delay)
            delay = min(delay * 1.5, 10.0)
    finally:
        if driver is not None:
            await driver.aclose()
    save(plan)
    return applied


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
            print(json.dumps(_summary(applied.plan, applied.snapshot)))
        return exit_codes.UNREACHABLE
    if args.json:
        print(json.dumps(_summary(applied.plan, applied.snapshot)))
    else:
        print(
            f"Done: Rainbow {applied.rainbow}, PBX {applied.pbx or 'connected (confirmed in OMC)'}."
        )
    return exit_codes.OK


def _apply_several(args: argparse.Namespace) -> int:
    from installer_app.cli import batch_commands as batch  # noqa: PLC0415

    if args.pbx == "manual":
        print(
            "error: --pbx manual asks for confirmations on a terminal, one PBX at a time: run "
            "'apply FILE --pbx manual' for each file.",
            file=sys.stderr,
        )
        return exit_codes.INVALID_INPUT
    try:
        paths = batch.expand_paths(args.files)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return exit_codes.INVALID_INPUT

    async def run() -> list[batch.FileOutcome]:
        async with signed_in(args) as client:

            async def job(path: Path, say: Say) -> batch.FileOutcome:
                plan, secret = open_plan(path, args)
                if args.site_id:
                    plan = plan.model_copy(update={"site_id": args.site_id})
                applied = await apply_file(
                    client, args, path=path, plan=plan, secret=secret, say=say
                )
                details = _summary(applied.plan, applied.snapshot)
                status = f"{applied.rainbow or '-'}/{(applied.pbx or '-').capitalize()}"
                if applied.done:
                    return batch.FileOutcome(
                        path, exit_codes.OK, status, "", details["system_id"], details
                    )
                diagnosis = applied.snapshot.diagnosis
                return batch.FileOutcome(
                    path,
                    exit_codes.UNREACHABLE,
                    status,
                    f"not connected after {args.wait:.0f} s: {diagnosis.cause} "
                    f"Next: {diagnosis.next_action}",
                    details["system_id"],
                    details,
                )

            return await batch.run_files(paths, job, jobs=args.jobs, quiet=args.json)

    try:
        outcomes = asyncio.run(run())
    except Exception as error:  # the sign-in failed (or no password): no file was touched
        return report(error)
    return batch.print_summary(outcomes, as_json=args.json)


def _summary(plan: InstallationPlan, snapshot: Any) -> dict[str, Any]:
    return {
        "system_id": plan.progress.system_id,
        "equipment_id": plan.equipment_id,
        "activation_code": plan.activation_code,
        "rainbow_status": plan.progress.rainbow_status,
        "pbx_status": plan.progress.pbx_status,
        "diagnosis": snapshot.diagnosis.code,
        "done": snapshot.done,
    }

"""``installer-app plan new|validate|show|schema|protect|unprotect``: installation files.

Opening them (and their passphrase) is :mod:`installer_app.cli.plan_opening`, shared by every
command that opens one.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from installer_app.cli import exit_codes
from installer_app.cli.plan_opening import (
    PassphraseUnavailable,
    add_passphrase_argument,
    open_plan,
    passphrase,
    report_open_failure,
    report_problems,
)
from installer_app.domain import batch, dialing, references
from installer_app.domain.numbering import NumberingRule
from installer_app.domain.plan import DeliveryMode, InstallationPlan, PbxModel
from installer_app.domain.plan_problems import PlanInvalid, PlanProblem, parse_plan, plan_schema
from installer_app.domain.rule_syntax import rewrite_digit_class
from installer_app.storage.plan_files import PlanFileError, save_plan

RULE_SEPARATOR = "=>"


def add_parser(subparsers: Any) -> None:
    """Register ``plan`` and its sub-commands."""
    plan = subparsers.add_parser("plan", help="create, check and show installation files")
    actions = plan.add_subparsers(dest="plan_command", required=True, metavar="ACTION")

    _add_new_parser(actions)

    validate = actions.add_parser("validate", help="check an installation file")
    validate.add_argument("file", type=Path)
    add_passphrase_argument(validate)
    validate.set_defaults(handler=cmd_validate)

    show = actions.add_parser("show", help="summarise an installation file")
    show.add_argument("file", type=Path)
    show.add_argument("--json", action="store_true", help="print the plan as JSON")
    add_passphrase_argument(show)
    show.set_defaults(handler=cmd_show)

    protect = actions.add_parser(
        "protect",
        help="protect the file's credentials with a passphrase",
        description="Encrypt the equipment id, activation code and stock references of an "
        "installation file with a passphrase (at least 8 characters), e.g. before carrying it "
        "to the site. Every command then needs the passphrase to open the file.",
    )
    protect.add_argument("file", type=Path)
    add_passphrase_argument(protect)
    protect.set_defaults(handler=cmd_protect)

    unprotect = actions.add_parser("unprotect", help="remove the passphrase protection")
    unprotect.add_argument("file", type=Path)
    add_passphrase_argument(unprotect)
    unprotect.set_defaults(handler=cmd_unprotect)

    schema = actions.add_parser("schema", help="print the JSON Schema of installation files")
    schema.set_defaults(handler=cmd_schema)


def _add_new_parser(actions: Any) -> None:
    """Register ``plan new``."""
    new = actions.add_parser("new", help="write a new installation file")
    new.add_argument("out", type=Path, metavar="OUT", help="installation file to write")
    new.add_argument("--model", required=True, choices=[m.value for m in PbxModel])
    new.add_argument("--mode", required=True, choices=[m.value for m in DeliveryMode])
    new.add_argument("--server-name", required=True, help="the PBX's name on Rainbow")
    new.add_argument("--company-id", required=True, help="Rainbow id of the customer company")
    new.add_argument("--company-name", default="")
    new.add_argument("--site-id", default=None)
    new.add_argument("--rainbow-server", default=None, help="default https://openrainbow.com")
    new.add_argument(
        "--fleet-ref",
        default=None,
        help="stock mode, e.g. ALE12, or the whole reference ALE12-1234.5678.90 (split)",
    )
    new.add_argument("--installation-ref", default=None, help="stock mode, e.g. 1234.5678.90")
    new.add_argument(
        "--reference-override",
        action="store_true",
        help="accept references that do not have the documented shape",
    )
    new.add_argument("--country", required=True, help="ISO alpha-2 code, e.g. FR")
    new.add_argument("--national-prefix", default=None, help="default: from the country")
    new.add_argument("--international-prefix", default=None, help="default: from the country")
    new.add_argument("--outbound-prefix", default=None, help="used when set")
    new.add_argument("--installation-number", default=None)
    new.add_argument(
        "--rule",
        action="append",
        default=[],
        metavar="'REGEX=>REPLACEMENT'",
        help="a numbering rule; repeat for several, first match wins",
    )
    new.add_argument(
        "--webrtc-gateway",
        action="store_true",
        help="record that the WebRTC gateway is wanted (no API activates it: the report lists "
        "the step in the Rainbow admin portal, where its licence is accepted)",
    )
    new.add_argument(
        "--accept-licence", action="store_true", help="confirm the WebRTC gateway choice"
    )
    new.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    new.set_defaults(handler=cmd_new)


def parse_rule_argument(text: str) -> NumberingRule:
    """``'REGEX=>REPLACEMENT'`` → a rule, ``\\d`` rewritten to ``[0-9]`` with a warning."""
    if RULE_SEPARATOR not in text:
        raise ValueError(
            f"--rule {text!r}: write the rule as 'REGEX=>REPLACEMENT', e.g. '^0800=>' to block."
        )
    pattern, replacement = text.split(RULE_SEPARATOR, 1)
    rewritten = rewrite_digit_class(pattern)
    if rewritten != pattern:
        print(
            f"warning: --rule {pattern!r}: Rainbow does not support \\d; written as {rewritten!r}.",
            file=sys.stderr,
        )
    return NumberingRule(rewritten, replacement, "")


def _rules_from_arguments(texts: list[str]) -> tuple[list[dict[str, str]], list[PlanProblem]]:
    """The ``--rule`` arguments as the plan's rules, and why some cannot be read."""
    problems: list[PlanProblem] = []
    rules: list[dict[str, str]] = []
    for text in texts:
        try:
            rule = parse_rule_argument(text)
        except ValueError as error:
            problems.append(PlanProblem("numbering_rules", str(error)))
            continue
        rules.append(
            {
                "regexp_match": rule.regexp_match,
                "regexp_replace": rule.regexp_replace,
                "description": rule.description,
            }
        )
    return rules, problems


def build_plan(args: argparse.Namespace) -> InstallationPlan:
    """The plan the ``plan new`` arguments describe; raises PlanInvalid with every problem."""
    rules, problems = _rules_from_arguments(args.rule)
    dialing_data = batch.dialing_data(
        args.country or "",
        national_prefix=args.national_prefix,
        international_prefix=args.international_prefix,
        outbound_prefix=args.outbound_prefix,
        installation_number=args.installation_number,
    )
    if args.webrtc_gateway and not args.accept_licence:
        problems.append(
            PlanProblem(
                "webrtc_gateway",
                "WebRTC gateway: add --accept-licence to confirm the choice (the licence itself "
                "is accepted in the Rainbow admin portal), or leave the gateway out (it can be "
                "activated later).",
            )
        )
    fleet_ref, installation_ref = references.split_if_whole(
        args.fleet_ref or "", args.installation_ref or ""
    )
    data: dict[str, Any] = {
        "schema_version": 1,
        "pbx_model": args.model,
        "mode": args.mode,
        "company": {"id": args.company_id, "name": args.company_name},
        "site_id": args.site_id,
        "server_name": args.server_name,
        "fleet_ref": fleet_ref or None,
        "installation_ref": installation_ref or None,
        "reference_override": args.reference_override,
        "dialing": dialing_data,
        "numbering_rules": rules,
        "webrtc_gateway": {
            "enabled": bool(args.webrtc_gateway and args.accept_licence),
            "licence_accepted": bool(args.webrtc_gateway and args.accept_licence),
            "accepted_at": (
                datetime.now(UTC).isoformat()
                if args.webrtc_gateway and args.accept_licence
                else None
            ),
        },
    }
    if args.rainbow_server:
        data["rainbow_server"] = args.rainbow_server
    try:
        plan = parse_plan(data)
    except PlanInvalid as error:
        raise PlanInvalid(problems + error.problems) from None
    if problems:
        raise PlanInvalid(problems)
    return plan


def cmd_new(args: argparse.Namespace) -> int:
    """Write a new installation file."""
    if args.out.exists() and not args.force:
        return report_problems(
            [PlanProblem("", f"{args.out} already exists; choose another name or add --force.")]
        )
    try:
        plan = build_plan(args)
    except PlanInvalid as error:
        return report_problems(error.problems)
    try:
        save_plan(args.out, plan)
    except PlanFileError as error:
        return report_problems(error.problems)
    print(f"Wrote {args.out} ({plan.pbx_model.label}, {plan.mode.label} mode).")
    return exit_codes.OK


def cmd_validate(args: argparse.Namespace) -> int:
    """Check an installation file: exit 0 when valid, 2 with one message per problem."""
    try:
        plan, _secret = open_plan(args.file, args)
    except (PlanFileError, PassphraseUnavailable) as error:
        return report_open_failure(error)
    print(f"{args.file}: valid ({plan.pbx_model.label}, {plan.mode.label} mode).")
    return exit_codes.OK


def summary_lines(plan: InstallationPlan) -> list[str]:
    """The plan in a few lines a technician reads at a glance (no secrets: code masked)."""
    d = plan.dialing
    lines = [
        f"PBX:              {plan.server_name} ({plan.pbx_model.label}, {plan.mode.label} mode)",
        f"Rainbow server:   {plan.rainbow_server}",
        f"Customer company: {plan.company.name or '(name not set)'} [{plan.company.id}]",
        f"Site:             {plan.site_id or '(chosen at declaration)'}",
    ]
    if plan.mode is DeliveryMode.STOCK:
        lines.append(
            f"References:       fleet {plan.fleet_ref}, installation {plan.installation_ref}"
        )
    lines.append(
        f"Equipment id:     {plan.equipment_id or '(generated by Rainbow at declaration)'}"
    )
    lines.append(
        "Activation code:  "
        + ("set (hidden)" if plan.activation_code else "(generated by Rainbow at declaration)")
    )
    outbound = d.outbound_prefix if d.use_outbound_prefix else "not used"
    lines += [
        f"Country:          {dialing.country_name(d.country)} ({d.country})",
        f"Prefixes:         national {d.national_prefix or '-'}, international "
        f"{d.international_prefix or '-'}, outbound {outbound}",
        f"Installation no.: {d.installation_number or '-'}"
        + (
            " (not sent: enter it in the portal's Dialing information)"
            if d.installation_number
            else ""
        ),
        "WebRTC gateway:   "
        + (
            "wanted: activate it in the Rainbow admin portal"
            if plan.webrtc_gateway.enabled
            else "not wanted"
        ),
        f"Numbering rules:  {len(plan.numbering_rules) or 'none'}",
    ]
    for index, rule in enumerate(plan.numbering_rules, start=1):
        replacement = rule.regexp_replace if rule.regexp_replace else "(blocked)"
        lines.append(f"  {index}. {rule.regexp_match} → {replacement}  {rule.description}".rstrip())
    progress = plan.progress
    lines.append(
        "Progress:         "
        + ", ".join(
            [
                f"declared ({progress.system_id})" if progress.system_id else "not declared",
                "PBX configured" if progress.pbx_configured else "PBX not configured",
                "verified" if progress.verified else "not verified",
            ]
        )
    )
    return lines


def cmd_show(args: argparse.Namespace) -> int:
    """Summarise an installation file, or print it as JSON."""
    try:
        plan, _secret = open_plan(args.file, args)
    except (PlanFileError, PassphraseUnavailable) as error:
        return report_open_failure(error)
    if args.json:
        print(json.dumps(plan.model_dump(mode="json"), indent=2, ensure_ascii=False))
    else:
        print("\n".join(summary_lines(plan)))
    return exit_codes.OK


def cmd_protect(args: argparse.Namespace) -> int:
    """Seal the file's credentials with a new passphrase (refused when already protected)."""
    try:
        plan, secret = open_plan(args.file, args)
        if secret is not None:
            return report_problems(
                [PlanProblem("protected", f"{args.file} is already protected; unprotect it first "
                             "to change the passphrase.")]
            )  # fmt: skip
        secret = passphrase(args, purpose=f"protecting {args.file}", new=True)
        save_plan(args.file, plan, passphrase=secret)
    except (PlanFileError, PassphraseUnavailable) as error:
        return report_open_failure(error)
    print(f"Protected {args.file}: its credentials open only with the passphrase.")
    return exit_codes.OK


def cmd_unprotect(args: argparse.Namespace) -> int:
    """Write the file's credentials back in clear text."""
    try:
        plan, secret = open_plan(args.file, args)
        if secret is None:
            print(f"{args.file} is not protected; nothing to do.")
            return exit_codes.OK
        save_plan(args.file, plan)
    except (PlanFileError, PassphraseUnavailable) as error:
        return report_open_failure(error)
    print(f"{args.file} is no longer protected: its credentials are in clear text.")
    return exit_codes.OK


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of installation files."""
    del args
    print(json.dumps(plan_schema(), indent=2))
    return exit_codes.OK

"""``installer-app diagnostics``: the zip support asks for, from the command line.

The work is in :mod:`installer_app.services.diagnostics` and
:mod:`installer_app.services.network_check`; this module only reads what the wizard would pass
(its settings, its log folder) and prints each step of the network check as it is done.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from installer_app.cli import exit_codes
from installer_app.cli.arguments import seconds, tcp_port


def add_parser(subparsers: Any) -> None:
    """Register ``diagnostics`` (defaults filled in by the handler: parsing stays light)."""
    diagnostics = subparsers.add_parser(
        "diagnostics",
        help="write a diagnostics zip for support (network check, redacted logs, settings)",
        description="Check the network from this computer (DNS, TCP, TLS handshake, proxy in "
        "use, each step timed) and write one zip with the program's version, platform, the "
        "check, the redacted logs, the settings without secrets and, with --plan, the "
        "installation file without its credentials. Exit 0 when every step passed, 5 when one "
        "failed (the zip is written either way), 2 when the zip cannot be written.",
    )
    diagnostics.add_argument("--out", type=Path, required=True, metavar="FILE.zip")
    diagnostics.add_argument("--host", help="server to check (default: openrainbow.com)")
    diagnostics.add_argument("--port", type=tcp_port, help="its TCP port (default: 443)")
    diagnostics.add_argument(
        "--no-tls", action="store_true", help="plain TCP only (a sandbox on this computer)"
    )
    diagnostics.add_argument("--ca-bundle", type=Path, default=None, help="extra trusted CAs (PEM)")
    diagnostics.add_argument("--timeout", type=seconds, help="seconds allowed for each step")
    diagnostics.add_argument(
        "--no-network", action="store_true", help="leave the network check out"
    )
    diagnostics.add_argument("--plan", type=Path, default=None, help="an installation file")
    diagnostics.add_argument(
        "--log-folder", type=Path, default=None, help="where the logs are (default: the wizard's)"
    )
    diagnostics.set_defaults(handler=cmd_diagnostics)


def _wizard_places() -> tuple[Path | None, dict[str, object], str]:
    """The wizard's log folder, its settings and the Qt version; empty when Qt is missing."""
    try:
        from PySide6 import __version__ as qt_version  # noqa: PLC0415
        from PySide6.QtCore import QCoreApplication, QSettings  # noqa: PLC0415

        from installer_app.ui.app import APPLICATION, ORGANIZATION  # noqa: PLC0415
        from installer_app.ui.support.paths import log_folder  # noqa: PLC0415
    except ImportError:
        return None, {}, ""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    settings = QSettings(ORGANIZATION, APPLICATION)
    values = {key: settings.value(key) for key in settings.allKeys()}
    return log_folder(), values, qt_version


def cmd_diagnostics(args: argparse.Namespace) -> int:
    """Run the network check (unless told not to) and write the zip."""
    from installer_app.services import diagnostics  # noqa: PLC0415
    from installer_app.services.network_check import (  # noqa: PLC0415
        DEFAULT_HOST,
        DEFAULT_PORT,
        DEFAULT_TIMEOUT,
        CheckStep,
        NetworkTarget,
        StepStatus,
        check_network,
    )

    default_logs, settings, qt_version = _wizard_places()
    steps: list[CheckStep] | None = None
    if not args.no_network:
        target = NetworkTarget(
            host=args.host or DEFAULT_HOST,
            port=args.port or DEFAULT_PORT,
            tls=not args.no_tls,
            ca_bundle=args.ca_bundle,
            timeout=args.timeout or DEFAULT_TIMEOUT,
        )
        print(f"Checking the network to {target.host} port {target.port}…", file=sys.stderr)
        steps = asyncio.run(
            check_network(target, on_step=lambda step: print(step.line(), file=sys.stderr))
        )
    summary = diagnostics.system_summary({"qt": qt_version} if qt_version else None)
    try:
        written = diagnostics.write_bundle(
            args.out,
            summary=summary,
            network=steps,
            settings=settings,
            plan=diagnostics.plan_from_file(args.plan) if args.plan else None,
            log_folder=args.log_folder or default_logs,
        )
    except diagnostics.DiagnosticsError as error:
        print(f"error: {error.message}", file=sys.stderr)
        print(f"hint: {error.hint}", file=sys.stderr)
        return exit_codes.INVALID_INPUT
    print(f"Diagnostics written to {written}.")
    if steps is not None and any(step.status is StepStatus.FAILED for step in steps):
        print("error: a network step failed (see above and network.txt).", file=sys.stderr)
        return exit_codes.UNREACHABLE
    return exit_codes.OK

"""``installer-app sandbox``: the Rainbow and OXO Connect emulators, headless, until stopped."""

from __future__ import annotations

import argparse
import dataclasses
import signal
import sys
import threading
from typing import TYPE_CHECKING, Any

from installer_app.cli import exit_codes
from installer_app.cli.arguments import listening_port, seconds

if TYPE_CHECKING:
    from installer_app.sandbox.seed import SandboxSeed


def _application(text: str) -> tuple[str, str]:
    """``ID:SECRET`` of ``--app``, both parts non-empty."""
    app_id, colon, secret = text.partition(":")
    if not colon or not app_id.strip() or not secret:
        raise argparse.ArgumentTypeError(
            f"expected ID:SECRET (an application id, a colon, its secret), got {text!r}"
        )
    return app_id.strip(), secret


def _seed(applications: list[tuple[str, str]]) -> SandboxSeed:
    """The standard sandbox, accepting the extra applications too."""
    from installer_app.sandbox.seed import SandboxSeed, SeedApplication  # noqa: PLC0415

    seed = SandboxSeed.default()
    extra: list[SeedApplication] = [
        SeedApplication(app_id, f"Application {app_id}", secret)
        for app_id, secret in applications
        if app_id not in {a.id for a in seed.applications}
    ]
    return dataclasses.replace(seed, applications=seed.applications + tuple(extra))


def add_parser(subparsers: Any) -> None:
    """Register ``sandbox``."""
    sandbox = subparsers.add_parser(
        "sandbox",
        help="run the Rainbow and OXO Connect emulators on loopback",
        description="Run the sandbox headless: prints one JSON line (rainbow_url, pbx_url, the "
        "public demo login, password, app_id, app_secret, company_id and the PBX fleet) and "
        "serves until SIGINT or SIGTERM. The demo credentials are valid only against the sandbox.",
    )
    sandbox.add_argument("--host", default="127.0.0.1", help="address to listen on (loopback)")
    sandbox.add_argument(
        "--port", type=listening_port, default=0, help="Rainbow emulator port, 0 for any"
    )
    sandbox.add_argument(
        "--pbx-port", type=listening_port, default=0, help="OXO emulator port, 0 for any"
    )
    sandbox.add_argument(
        "--app",
        action="append",
        type=_application,
        default=[],
        metavar="ID:SECRET",
        help="also accept this Rainbow application (repeatable), e.g. the public application "
        "id of a client that cannot be given the demo one",
    )
    sandbox.add_argument(
        "--token-lifetime",
        type=seconds,
        default=3600.0,
        metavar="SECONDS",
        help="how long a Rainbow token stays valid (default 3600); short values let a client's "
        "token expiry be tried",
    )
    sandbox.set_defaults(handler=cmd_sandbox)


def cmd_sandbox(args: argparse.Namespace) -> int:
    """Start both emulators, print their JSON line, serve until a signal arrives."""
    from installer_app.sandbox.embedded import EmbeddedSandbox  # noqa: PLC0415

    if args.host not in {"127.0.0.1", "localhost", "::1"}:
        print(
            "error: the sandbox serves on loopback only (--host 127.0.0.1, localhost or ::1).",
            file=sys.stderr,
        )
        return exit_codes.INVALID_INPUT
    stop = threading.Event()
    previous = {
        sig: signal.signal(sig, lambda _signum, _frame: stop.set())
        for sig in (signal.SIGINT, signal.SIGTERM)
    }
    sandbox = EmbeddedSandbox(
        seed=_seed(args.app),
        host=args.host,
        rainbow_port=args.port,
        pbx_port=args.pbx_port,
        token_lifetime=args.token_lifetime,
    )
    try:
        try:
            info = sandbox.start()
        except OSError as error:
            print(f"error: the sandbox cannot listen: {error.strerror or error}.", file=sys.stderr)
            return exit_codes.INVALID_INPUT
        print(info.to_json_line(), flush=True)
        while not stop.wait(0.5):
            pass
    finally:
        sandbox.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return exit_codes.OK

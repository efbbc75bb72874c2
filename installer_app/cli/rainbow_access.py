"""What every Rainbow command shares: its options, the secrets, the signed-in client, and the
single-file path that maps any failure to a message and an exit code."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import os
import sys
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any

from installer_app.cli.arguments import seconds
from installer_app.cli.failures import report
from installer_app.cli.plan_opening import open_or_report
from installer_app.domain.plan import InstallationPlan
from installer_app.services.failures import FailureKind, Field, UseCaseError

if TYPE_CHECKING:
    from installer_app.rainbow import RainbowClient


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


def add_site_arguments(parser: argparse.ArgumentParser) -> None:
    """``--site-id`` (the company's site, when it has several) and ``--create-site`` (when none)."""
    parser.add_argument("--site-id", default=None, help="the company's site, when it has several")
    parser.add_argument(
        "--create-site",
        metavar="NAME",
        default=None,
        help="create a site with this name when the company has none",
    )


class CredentialsMissing(UseCaseError):
    """No password could be found and there is no terminal to ask on."""

    kind = FailureKind.AUTH_REFUSED
    field = Field.PASSWORD

    def __init__(self) -> None:
        super().__init__(
            "No Rainbow password: set INSTALLER_APP_PASSWORD, save it in the system keyring "
            "from the wizard, or run the command on a terminal to be asked."
        )


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
async def signed_in(args: argparse.Namespace) -> AsyncIterator[RainbowClient]:
    """A client signed in as a business-partner admin with the command's options; signs out
    on leaving (the same sign-in and check as the wizard's)."""
    from installer_app.services.sign_in import signed_in_client  # noqa: PLC0415

    password, secret = _secrets(args.rainbow_url, args.login, args.app_id)
    async with signed_in_client(
        args.rainbow_url,
        args.login,
        password,
        app_id=args.app_id,
        app_secret=secret,
        timeout=args.request_timeout,
        ca_bundle=args.ca_bundle,
    ) as client:
        yield client


PlanWork = Callable[[argparse.Namespace, InstallationPlan, str | None], Coroutine[Any, Any, int]]


def run_on_one_file(args: argparse.Namespace, work: PlanWork) -> int:
    """Open ``args.files[0]`` (asking its passphrase), run ``work`` on it, map failures to exit
    codes: the single-file path shared by ``declare``, ``status`` and ``apply``."""
    args.file = args.files[0]
    opened = open_or_report(args.file, args)
    if isinstance(opened, int):
        return opened
    plan, secret = opened
    if getattr(args, "site_id", None):
        plan = plan.model_copy(update={"site_id": args.site_id})
    try:
        return asyncio.run(work(args, plan, secret))
    except Exception as error:  # every failure becomes a message and an exit code
        return report(error)

"""Signing in to Rainbow as the business-partner admin who manages the customer companies.

Both fronts sign in through :func:`sign_in_checked`: the wizard's session service and the command
line's :func:`signed_in_client`. An account that is not a business-partner admin is refused here,
once, right after Rainbow accepted its password: it could list no customer company and declare
no PBX, and every later step would fail with a less helpful message.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from installer_app.rainbow import Session
from installer_app.services.failures import FailureKind, Field, UseCaseError
from installer_app.storage.logs import register_secret

if TYPE_CHECKING:  # the client imports httpx: loaded at the first sign-in, not at start-up
    from installer_app.rainbow import RainbowClient


class NotBusinessPartnerAdmin(UseCaseError):
    """Rainbow accepted the account, but it is not a business-partner admin."""

    kind = FailureKind.AUTH_REFUSED
    field = Field.LOGIN

    def __init__(self, login: str) -> None:
        super().__init__(
            f"Login: {login} is not a business-partner admin on Rainbow, so it cannot manage "
            "customer companies.",
            "Sign in with the business partner's admin account.",
        )
        self.login = login


class SigningClient(Protocol):
    """The client call signing in needs."""

    async def sign_in(
        self,
        login: str,
        password: str,
        app_id: str | None = None,
        app_secret: str | None = None,
    ) -> Session: ...


def require_bp_admin(session: Session, login: str) -> Session:
    """``session`` when it is a business-partner admin's.

    Raises:
        NotBusinessPartnerAdmin: any other account.
    """
    if not session.is_bp_admin:
        raise NotBusinessPartnerAdmin(session.login_email or login)
    return session


async def sign_in_checked(
    client: SigningClient,
    login: str,
    password: str,
    app_id: str | None = None,
    app_secret: str | None = None,
) -> Session:
    """Sign ``client`` in and check the account may manage customer companies.

    The secrets are registered with the log redaction first. The caller closes the client when
    this raises.

    Raises:
        RainbowError: Rainbow refused the sign-in or could not be reached.
        NotBusinessPartnerAdmin: signed in, but not as a business-partner admin.
    """
    register_secret(password)
    register_secret(app_secret)
    session = await client.sign_in(login, password, app_id or None, app_secret or None)
    return require_bp_admin(session, login)


@contextlib.asynccontextmanager
async def signed_in_client(
    server: str,
    login: str,
    password: str,
    *,
    app_id: str | None = None,
    app_secret: str | None = None,
    timeout: float = 20.0,
    ca_bundle: Path | None = None,
) -> AsyncIterator[RainbowClient]:
    """A client of ``server`` signed in as a business-partner admin; closed on leaving."""
    from installer_app.rainbow import RainbowClient  # noqa: PLC0415

    async with RainbowClient(server, timeout=timeout, ca_bundle=ca_bundle) as client:
        await sign_in_checked(client, login, password, app_id, app_secret)
        yield client

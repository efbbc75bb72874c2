"""Keeps the Rainbow session alive: sign-in, lazy renewal at half-life, signing in again.

Only one renewal or new sign-in runs at a time (a lock); calls that waited for it use its token.
The credentials stay in memory for the session only, to sign in again after "jwt expired".
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable

from installer_app.rainbow._auth import Credentials, Token, expiry_datetime, session_from_login
from installer_app.rainbow._http import RetryingHttp, checked_json
from installer_app.rainbow._models import Session, require_object
from installer_app.rainbow.errors import (
    AuthenticationError,
    NotSignedInError,
    RainbowError,
    UnexpectedResponseError,
)

logger = logging.getLogger(__name__)

AUTH_PATH = "/api/rainbow/authentication/v1.0"

#: After a failed renewal, the current token is kept and renewal tried again this much later.
RENEW_RETRY_SECONDS = 30.0


class SessionKeeper:
    """Owns the token, the :class:`Session` and the credentials of one signed-in admin."""

    def __init__(self, http: RetryingHttp, clock: Callable[[], float]) -> None:
        self._http = http
        self._clock = clock
        self._credentials: Credentials | None = None
        self._token: Token | None = None
        self.session: Session | None = None
        self._lock = asyncio.Lock()

    async def sign_in(self, credentials: Credentials) -> Session:
        """Sign in and keep the credentials for signing in again later."""
        session = await self._login(credentials)
        self._credentials = credentials
        return session

    async def _login(self, credentials: Credentials) -> Session:
        response = await self._http.send(
            "GET", f"{AUTH_PATH}/login", route="/login", headers=credentials.headers()
        )
        body = checked_json(response, "sign-in", self._clock())
        token = self._receive(body)
        self.session = session_from_login(body, token)
        logger.info("Signed in to Rainbow")
        return self.session

    def _receive(self, body: object) -> Token:
        value = require_object(body, "token").get("token")
        if not isinstance(value, str) or not value:
            raise UnexpectedResponseError("Rainbow's sign-in answer has no token.")
        self._token = Token.received(value, self._clock())
        if self.session is not None:
            self.session = dataclasses.replace(
                self.session, expires_at=expiry_datetime(self._token)
            )
        return self._token

    async def token(self) -> Token:
        """The token to use now, renewed first when past its half-life.

        Raises:
            NotSignedInError: no session.
        """
        if self._token is None:
            raise NotSignedInError()
        if self._token.needs_renewal(self._clock()):
            async with self._lock:
                if self._token.needs_renewal(self._clock()):
                    await self._renew(self._token)
        return self._token

    async def _renew(self, token: Token) -> None:
        try:
            response = await self._http.send(
                "GET", f"{AUTH_PATH}/renew", route="/renew", headers=token.bearer()
            )
            self._receive(checked_json(response, "token renewal", self._clock()))
            logger.info("Rainbow session renewed")
        except AuthenticationError:
            await self._login_again()
        except RainbowError as exc:
            now = self._clock()
            if token.expired(now):
                raise
            logger.warning("Renewing the Rainbow session failed (%s); retrying later", exc)
            self._token = dataclasses.replace(token, renew_at=now + RENEW_RETRY_SECONDS)

    async def sign_in_again(self, stale: Token) -> Token:
        """A fresh token after ``stale`` was refused as expired (one sign-in for all callers)."""
        async with self._lock:
            if self._token is None or self._token is stale:
                await self._login_again()
        if self._token is None:
            raise NotSignedInError()
        return self._token

    async def _login_again(self) -> None:
        if self._credentials is None:
            raise NotSignedInError()
        logger.info("Rainbow session expired: signing in again")
        await self._login(self._credentials)

    async def sign_out(self) -> None:
        """End the session on the server (best effort: never raises a RainbowError) and forget."""
        token, self._token = self._token, None
        self._credentials = None
        self.session = None
        if token is None:
            return
        try:
            await self._http.send(
                "GET", f"{AUTH_PATH}/logout", route="/logout", headers=token.bearer(), retry=False
            )
        except RainbowError as exc:
            logger.info("Signing out of Rainbow failed (%s); the token will expire", exc)

"""Sign-in sessions: the JWTs the emulator issued, and which of them still open the door.

A token is accepted when its signature is ours, it was issued by this emulator, its ``exp`` is
still ahead, and :meth:`Sessions.expire_all` was not called since it was issued. Logging out
does not revoke a token: [I] the official clients (the Node SDK, ``rbw``) log out with expired
tokens and reuse a token after logging out, which only works if Rainbow's logout is idempotent
and the JWT simply expires (docs/rainbow-api.md, "Authentication").

Tokens carry the payload Rainbow documents (``countRenewed``, ``maxTokenRenew``, ``user``,
``app``, ``iat``, ``exp``) plus a ``jti`` so two tokens issued in the same second stay distinct.
"""

from __future__ import annotations

import math
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from installer_app.sandbox import api_errors
from installer_app.sandbox.api_errors import RainbowApiError
from installer_app.sandbox.jwt_tokens import InvalidTokenError, decode_hs256, encode_hs256
from installer_app.sandbox.seed import SeedApplication, SeedUser

#: How many times one sign-in may be renewed (Rainbow's documented example value).
DEFAULT_MAX_TOKEN_RENEW = 5


@dataclass
class Session:
    """What the emulator remembers about one issued token."""

    user: SeedUser
    application: SeedApplication | None
    count_renewed: int
    expires_at: int
    force_expired: bool = False


class Sessions:
    """Issues, renews and checks tokens.

    Args:
        lifetime: seconds a token is valid; rounded up to whole seconds (JWT ``exp`` is
            whole seconds), at least one.
        clock: wall-clock seconds, injectable so tests move time instead of sleeping.
        max_renew: renewals allowed before the user must sign in again.
    """

    def __init__(
        self,
        lifetime: float,
        clock: Callable[[], float],
        max_renew: int = DEFAULT_MAX_TOKEN_RENEW,
    ) -> None:
        if lifetime <= 0:
            raise ValueError("token lifetime must be positive")
        self._lifetime = max(1, math.ceil(lifetime))
        self._clock = clock
        self._max_renew = max_renew
        self._key = secrets.token_bytes(32)
        self._sessions: dict[str, Session] = {}

    def issue(
        self,
        user: SeedUser,
        application: SeedApplication | None,
        count_renewed: int = 0,
    ) -> str:
        """A new token for ``user`` (and the application it signed in with)."""
        issued_at = math.floor(self._clock())
        expires_at = issued_at + self._lifetime
        payload: dict[str, object] = {
            "countRenewed": count_renewed,
            "maxTokenRenew": self._max_renew,
            "user": {"id": user.id, "loginEmail": user.login_email},
            "iat": issued_at,
            "exp": expires_at,
            "jti": secrets.token_hex(8),
        }
        if application is not None:
            payload["app"] = {"id": application.id, "name": application.name}
        token = encode_hs256(payload, self._key)
        self._sessions[token] = Session(user, application, count_renewed, expires_at)
        return token

    def check(self, authorization: str | None) -> Session:
        """The session behind an ``Authorization: Bearer`` header.

        Raises:
            RainbowApiError: 401 "Invalid token" (missing, malformed, foreign) or
                401 "jwt expired".
        """
        token = self._bearer(authorization)
        session = self._sessions.get(token)
        try:
            decode_hs256(token, self._key)
        except InvalidTokenError:
            session = None
        if session is None:
            raise api_errors.unauthorized("Invalid token", api_errors.INVALID_TOKEN)
        if session.force_expired or self._clock() >= session.expires_at:
            raise api_errors.unauthorized("jwt expired", api_errors.JWT_EXPIRED)
        return session

    def renew(self, authorization: str | None) -> str:
        """A fresh token for a valid one; the old token stays valid until its own ``exp``.

        Raises:
            RainbowApiError: as :meth:`check`, or 401 when the renew limit is reached.
        """
        session = self.check(authorization)
        if session.count_renewed >= self._max_renew:
            raise api_errors.unauthorized(
                "Maximum number of token renewals reached: sign in again",
                api_errors.RENEW_LIMIT_REACHED,
            )
        return self.issue(session.user, session.application, session.count_renewed + 1)

    def expire_all(self) -> None:
        """Every token issued so far now answers 401 "jwt expired"."""
        for session in self._sessions.values():
            session.force_expired = True

    @staticmethod
    def _bearer(authorization: str | None) -> str:
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise RainbowApiError(401, "Invalid token", api_errors.INVALID_TOKEN)
        return token.strip()

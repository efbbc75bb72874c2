"""Rainbow sign-in headers, the token and when to renew it.

The login call authenticates with HTTP Basic and, for a Rainbow application, the
``x-rainbow-app-auth`` header (docs/rainbow-api.md, verified in the official SDK). The JWT's
payload is only decoded, never verified: the client needs its ``iat``/``exp`` to renew at
half-life, nothing more. Nothing here ever logs or formats a secret: reprs are redacted.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

from installer_app.rainbow._models import JsonObject, Session, require_object, require_str

APP_AUTH_HEADER = "x-rainbow-app-auth"


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def basic_authorization(login: str, password: str) -> str:
    """``Authorization`` value of the login call: ``Basic base64(login:password)``."""
    return "Basic " + _b64(f"{login}:{password}")


def app_authorization(app_id: str, app_secret: str, password: str) -> str:
    """``x-rainbow-app-auth`` value: ``Basic base64(appId:sha256hex(appSecret + password))``."""
    digest = hashlib.sha256((app_secret + password).encode("utf-8")).hexdigest()
    return "Basic " + _b64(f"{app_id}:{digest}")


@dataclass(frozen=True)
class Credentials:
    """What signing in again needs; held in memory for the session only, never shown."""

    login: str
    password: str = field(repr=False)
    app_id: str | None = None
    app_secret: str | None = field(default=None, repr=False)

    def headers(self) -> dict[str, str]:
        """The login call's authentication headers."""
        headers = {"Authorization": basic_authorization(self.login, self.password)}
        if self.app_id and self.app_secret:
            headers[APP_AUTH_HEADER] = app_authorization(
                self.app_id, self.app_secret, self.password
            )
        return headers


def jwt_claims(token: str) -> JsonObject:
    """The payload of a JWT, unverified; empty when the token cannot be decoded."""
    parts = token.split(".")
    if len(parts) != 3:
        return {}
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload.encode("ascii")))
    except (ValueError, binascii.Error, UnicodeError):
        return {}
    return claims if isinstance(claims, dict) else {}


def _seconds(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


@dataclass(frozen=True)
class Token:
    """A bearer token and when to renew it, on the local clock.

    The lifetime is ``exp - iat`` (both read from the server, so clock skew does not matter), or
    ``exp - now`` when ``iat`` is absent; renewal is due at half of it after the token arrived.

    Attributes:
        renew_at: local time after which the next call renews first (None: never proactively).
        expires_at: local time the token expires (None: unknown).
    """

    value: str = field(repr=False)
    renew_at: float | None
    expires_at: float | None

    @classmethod
    def received(cls, value: str, now: float) -> Token:
        """The token just received at local time ``now``."""
        claims = jwt_claims(value)
        exp = _seconds(claims.get("exp"))
        if exp is None:
            return cls(value, renew_at=None, expires_at=None)
        iat = _seconds(claims.get("iat"))
        lifetime = max(0.0, exp - (iat if iat is not None else now))
        return cls(value, renew_at=now + lifetime / 2, expires_at=now + lifetime)

    def needs_renewal(self, now: float) -> bool:
        """Whether the half-life has passed."""
        return self.renew_at is not None and now >= self.renew_at

    def expired(self, now: float) -> bool:
        """Whether the token has certainly expired."""
        return self.expires_at is not None and now >= self.expires_at

    def bearer(self) -> dict[str, str]:
        """The ``Authorization`` header of authenticated calls."""
        return {"Authorization": f"Bearer {self.value}"}


def session_from_login(body: object, token: Token) -> Session:
    """The :class:`Session` from the login answer ``{token, loggedInUser, loggedInApplication}``."""
    answer = require_object(body, "sign-in")
    user = require_object(answer.get("loggedInUser"), "signed-in user")
    application = answer.get("loggedInApplication")
    roles = user.get("roles")
    app_id = application.get("id") if isinstance(application, dict) else None
    return Session(
        user_id=require_str(user, "id", "signed-in user"),
        company_id=require_str(user, "companyId", "signed-in user"),
        login_email=str(user.get("loginEmail") or ""),
        roles=tuple(r for r in roles if isinstance(r, str)) if isinstance(roles, list) else (),
        admin_type=user.get("adminType") if isinstance(user.get("adminType"), str) else None,
        expires_at=expiry_datetime(token),
        application_id=app_id if isinstance(app_id, str) and app_id else None,
    )


def expiry_datetime(token: Token) -> datetime | None:
    """The token's expiry as an aware UTC datetime, from its ``exp`` claim."""
    exp = _seconds(jwt_claims(token.value).get("exp"))
    return datetime.fromtimestamp(exp, tz=UTC) if exp is not None else None

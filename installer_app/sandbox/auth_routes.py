"""Rainbow's authentication API, emulated: login, renew, logout, and the URLs the SDK reads.

Login checks ``Authorization: Basic base64(login:password)`` first (401 401500 "Invalid
credentials"), then, only when the header is present, ``x-rainbow-app-auth: Basic
base64(appId:sha256hex(appSecret + password))`` with a lowercase digest (401 401501 "Invalid
application credentials").
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac

from aiohttp import web

from installer_app.sandbox import api_errors
from installer_app.sandbox.route_support import AUTH, context
from installer_app.sandbox.seed import SeedApplication

routes = web.RouteTableDef()


def _basic_credentials(header: str | None) -> tuple[str, str] | None:
    """``(user, secret)`` from a ``Basic`` header, or ``None`` when malformed."""
    scheme, _, encoded = (header or "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, colon, secret = decoded.partition(":")
    return (user, secret) if colon and user else None


def app_auth_digest(app_secret: str, password: str) -> str:
    """The hex digest Rainbow expects in ``x-rainbow-app-auth``."""
    return hashlib.sha256((app_secret + password).encode("utf-8")).hexdigest()


def _refused_application() -> api_errors.RainbowApiError:
    return api_errors.unauthorized(
        "Invalid application credentials", api_errors.INVALID_APPLICATION
    )


@routes.get(f"{AUTH}/login")
async def login(request: web.Request) -> web.Response:
    """Sign in; answer a JWT, the user and the application."""
    ctx = context(request)
    credentials = _basic_credentials(request.headers.get("Authorization"))
    user = ctx.store.authenticate(*credentials) if credentials else None
    if credentials is None or user is None:
        raise api_errors.unauthorized("Invalid credentials", api_errors.INVALID_CREDENTIALS)
    application: SeedApplication | None = None
    app_header = request.headers.get("x-rainbow-app-auth")
    if app_header is not None:
        app_credentials = _basic_credentials(app_header)
        if app_credentials is None:
            raise _refused_application()
        app_id, digest = app_credentials
        application = ctx.store.applications.get(app_id)
        expected = app_auth_digest(application.secret, credentials[1]) if application else ""
        if application is None or not hmac.compare_digest(digest.encode(), expected.encode()):
            raise _refused_application()
    company = ctx.store.companies.get(user.company_id)
    logged_in_user = {
        "id": user.id,
        "companyId": user.company_id,
        "companyName": company.name if company else None,
        "loginEmail": user.login_email,
        "roles": list(user.roles),
        "adminType": user.admin_type,
        "firstName": user.first_name,
        "lastName": user.last_name,
    }
    return web.json_response(
        {
            "token": ctx.sessions.issue(user, application),
            "loggedInUser": logged_in_user,
            "loggedInApplication": (
                {"id": application.id, "name": application.name} if application else {}
            ),
        }
    )


@routes.get(f"{AUTH}/urls")
async def authentication_urls(request: web.Request) -> web.Response:
    """Where to sign in and out: Rainbow's own login, no single sign-on.

    [I] The Node SDK asks this before signing in and keeps only the paths of ``loginUrl`` and
    ``logoutUrl`` of the entry of type ``RAINBOW``; no other field is emulated.
    """
    base = f"{request.scheme}://{request.host}{AUTH}"
    entry = {"type": "RAINBOW", "loginUrl": f"{base}/login", "logoutUrl": f"{base}/logout"}
    return web.json_response({"data": [entry]})


@routes.get(f"{AUTH}/renew")
async def renew(request: web.Request) -> web.Response:
    """A new token for a valid one."""
    token = context(request).sessions.renew(request.headers.get("Authorization"))
    return web.json_response({"token": token})


@routes.get(f"{AUTH}/logout")
async def logout(request: web.Request) -> web.Response:
    """End the session: always 200, and the token stays valid until its ``exp``.

    [I] Idempotent and not revoking, an inference drawn from the official clients: the Node
    SDK logs out with an expired token when it stops (and loops while the logout is refused),
    and ``rbw`` logs out at the end of every command, then reuses the saved token on the next
    one. Both only work against a logout that accepts any token and revokes nothing.
    """
    del request
    return web.json_response({"status": "logged out"})

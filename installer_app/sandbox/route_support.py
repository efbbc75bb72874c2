"""What every emulator route shares: the state it reaches, the caller's identity, bodies, errors.

Routes find the store and sessions under :data:`CONTEXT`; admin routes start with
:func:`require_bp_admin`. :func:`error_middleware` turns every refusal, including aiohttp's own
404/405 for unknown routes and any bug (500), into Rainbow's error body, so a client never sees
an answer Rainbow would not give.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass

from aiohttp import web

from installer_app.sandbox import api_errors, serving
from installer_app.sandbox.api_errors import RainbowApiError, bad_request, forbidden
from installer_app.sandbox.listing import PageQuery, parse_page_query
from installer_app.sandbox.rainbow_store import RainbowStore
from installer_app.sandbox.seed import SeedUser
from installer_app.sandbox.sessions import Sessions

AUTH = "/api/rainbow/authentication/v1.0"
ADMIN = "/api/rainbow/admin/v1.0"
ENDUSER = "/api/rainbow/enduser/v1.0"


@dataclass
class EmulatorContext:
    """The state routes work on."""

    store: RainbowStore
    sessions: Sessions
    #: Refuse what a lenient Rainbow would most likely ignore (an unparsable ``sortOrder``).
    strict_queries: bool = False


CONTEXT = web.AppKey("rainbow_emulator_context", EmulatorContext)


def context(request: web.Request) -> EmulatorContext:
    """The emulator state behind this request."""
    return request.app[CONTEXT]


def page_query(
    request: web.Request, sort_fields: Collection[str], default_sort: str = "name"
) -> PageQuery:
    """The request's paging parameters, strict or lenient as the emulator was started."""
    return parse_page_query(
        request.query,
        sort_fields=sort_fields,
        default_sort=default_sort,
        strict=context(request).strict_queries,
    )


def require_user(request: web.Request) -> SeedUser:
    """The signed-in user making this request.

    Raises:
        RainbowApiError: 401 for a missing, invalid or expired token.
    """
    return context(request).sessions.check(request.headers.get("Authorization")).user


def require_bp_admin(request: web.Request) -> SeedUser:
    """The signed-in bp_admin making this request.

    Raises:
        RainbowApiError: 401 for a missing, invalid or expired token; 403 for a user who is
            not a business-partner admin.
    """
    user = require_user(request)
    if "bp_admin" not in user.roles:
        raise forbidden("Only a business partner admin can use this API")
    return user


async def json_object(request: web.Request) -> dict[str, object]:
    """The request body, which must be a JSON object.

    Raises:
        RainbowApiError: 400 when the body is not a JSON object.
    """
    raw = await request.read()
    try:
        body = json.loads(raw or b"null")
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise bad_request("body", "the request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise bad_request("body", "the request body must be a JSON object")
    return body


def data(payload: object, status: int = 200) -> web.Response:
    """Rainbow's single-object envelope ``{"data": ...}``."""
    return web.json_response({"data": payload}, status=status)


def query_format(request: web.Request, default: str) -> str:
    """The ``format`` query parameter (small, medium, full)."""
    fmt = request.query.get("format", default)
    if fmt not in ("small", "medium", "full"):
        raise bad_request("format", "format must be small, medium or full")
    return fmt


#: Every refusal in Rainbow's error shape.
error_middleware = serving.error_middleware(
    "Rainbow emulator",
    RainbowApiError,
    api_errors.error_body,
    "Internal error in the Rainbow emulator",
)

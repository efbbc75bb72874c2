"""The asynchronous Rainbow REST client: sign-in, customer companies, sites and systems.

Paths, headers and field names: docs/rainbow-api.md. Every call has a timeout; GET, PUT and
DELETE are repeated on transient failures (see :class:`RetryPolicy`); POST never is. The token
is renewed lazily at half its lifetime, and a "jwt expired" answer signs in again once with the
credentials kept in memory for the session (never logged) and repeats the call once.
"""

from __future__ import annotations

import asyncio
import random as _random
import time
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any, Literal, TypeVar
from urllib.parse import quote

import httpx

from installer_app.domain.addresses import is_loopback, plain_http_allowed
from installer_app.domain.bases import AsyncClosing
from installer_app.rainbow._auth import Credentials
from installer_app.rainbow._http import Params, RetryingHttp, checked_json, session_expired
from installer_app.rainbow._models import (
    Company,
    JsonObject,
    Page,
    Session,
    Site,
    System,
    SystemRequest,
    SystemStateReport,
    company_from_api,
    country_code,
    require_object,
    site_body,
    site_from_api,
    state_from_api,
    system_from_api,
)
from installer_app.rainbow._retry import RetryPolicy
from installer_app.rainbow._session import SessionKeeper
from installer_app.rainbow._tls import tls_context
from installer_app.rainbow.errors import (
    InvalidServerAddress,
    NotFoundError,
    UnexpectedResponseError,
)

T = TypeVar("T")

ADMIN_PATH = "/api/rainbow/admin/v1.0"

#: [I] ``format`` asked for lists: the short formats may leave out bpId, siteId or status.
LIST_FORMAT = "full"
#: Page size used when the client reads a whole list (sites of a company).
_ALL_PAGE = 100


def _checked_base_url(base_url: str) -> str:
    """The server address without a trailing slash; https, or http only on this computer."""
    try:
        url = httpx.URL(base_url.strip().rstrip("/"))
    except httpx.InvalidURL:
        url = httpx.URL("invalid:")
    if plain_http_allowed(url.scheme, url.host):
        return str(url)
    raise InvalidServerAddress(
        f"The Rainbow server address '{base_url}' is not usable.",
        "Use an https:// address, e.g. https://openrainbow.com or https://sandbox.openrainbow.com.",
    )


def _segment(value: str) -> str:
    return quote(value, safe="")


def _data(body: object, what: str) -> Any:
    """The ``data`` of an answer's envelope: the one place the envelope is unwrapped."""
    envelope = require_object(body, what)
    if "data" not in envelope:
        raise UnexpectedResponseError(f"Rainbow's answer about a {what} has no 'data'.")
    return envelope["data"]


def _page(body: object, parse: Callable[[JsonObject], T], what: str, limit: int) -> Page[T]:
    items = _data(body, what)
    if not isinstance(items, list):
        raise UnexpectedResponseError(f"Rainbow's list of {what} entries is not a list.")
    envelope = require_object(body, what)

    def meta(key: str, default: int) -> int:
        value = envelope.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else default

    parsed = tuple(parse(require_object(item, what)) for item in items)
    offset = meta("offset", 0)
    return Page(parsed, meta("total", offset + len(parsed)), meta("limit", limit), offset)


class RainbowClient(AsyncClosing):
    """Talks to one Rainbow server for one signed-in admin.

    Use as ``async with RainbowClient(url) as client:``; leaving signs out (best effort).

    Args:
        base_url: e.g. ``https://openrainbow.com``; plain http only for loopback (sandbox).
        transport: an httpx transport (tests pass ``httpx.MockTransport``); system and
            environment proxies apply only with the default transport.
        timeout: seconds allowed for each request (connect, read, write, pool).
        retry: when to repeat idempotent calls; defaults to :class:`RetryPolicy()`.
        ca_bundle: a PEM file of extra trusted CAs (TLS-inspecting proxy), added to certifi's.
        clock: POSIX time source (token half-life, Retry-After dates).
        sleep: awaitable sleep for backoff waits.
        random: source of jitter in [0, 1).
    """

    def __init__(
        self,
        base_url: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: float = 20.0,
        retry: RetryPolicy | None = None,
        ca_bundle: str | Path | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        random: Callable[[], float] = _random.random,
    ) -> None:
        self.base_url = _checked_base_url(base_url)
        http = httpx.AsyncClient(
            base_url=self.base_url,
            transport=transport,
            timeout=httpx.Timeout(timeout),
            verify=tls_context(ca_bundle) if transport is None else True,
            # System and environment proxies apply, except to this computer (the sandbox):
            # a company proxy cannot reach a laptop's loopback.
            trust_env=not is_loopback(httpx.URL(self.base_url).host),
            headers={"Accept": "application/json"},
        )
        self._http = RetryingHttp(
            http, retry or RetryPolicy(), clock=clock, sleep=sleep, random=random
        )
        self._clock = clock
        self._keeper = SessionKeeper(self._http, clock)

    @property
    def session(self) -> Session | None:
        """The signed-in admin, or None."""
        return self._keeper.session

    async def sign_in(
        self,
        login: str,
        password: str,
        app_id: str | None = None,
        app_secret: str | None = None,
    ) -> Session:
        """Sign in; the credentials stay in memory to sign in again when the token expires.

        Raises:
            AuthenticationError: wrong login or password.
            ApplicationAuthError: the application id or secret was refused.
        """
        return await self._keeper.sign_in(
            Credentials(login, password, app_id or None, app_secret or None)
        )

    async def sign_out(self) -> None:
        """End the session on the server (best effort) and forget token and credentials."""
        await self._keeper.sign_out()

    async def aclose(self) -> None:
        """Sign out (best effort), then close the connections."""
        try:
            await self._keeper.sign_out()
        finally:
            await self._http.aclose()

    async def _call(
        self,
        method: str,
        route: str,
        *args: str,
        what: str,
        params: Params | None = None,
        json: Any = None,
    ) -> Any:
        """Call an admin route (``/systems/{}``) with the token; sign in again once if expired."""
        path = ADMIN_PATH + route.format(*(_segment(a) for a in args))
        token = await self._keeper.token()
        for last in (False, True):
            response = await self._http.send(
                method, path, route=route, headers=token.bearer(), params=params, json=json
            )
            if last or not session_expired(response):
                break
            token = await self._keeper.sign_in_again(token)
        return checked_json(response, what, self._clock())

    # -- companies and sites -------------------------------------------------------------

    async def list_customer_companies(
        self, bp_id: str, name: str | None = None, limit: int = 20, offset: int = 0
    ) -> Page[Company]:
        """One page of the business partner's customer companies, by name.

        Args:
            bp_id: the signed-in business partner's company id (``session.company_id``).
            name: case-insensitive part of the name, or None for all.
        """
        params: dict[str, str | int | bool] = {
            "format": LIST_FORMAT,
            "bpId": bp_id,
            "limit": limit,
            "offset": offset,
            "sortField": "name",
        }
        if name:
            params["name"] = name
        body = await self._call("GET", "/companies", what="company", params=params)
        return _page(body, company_from_api, "company", limit)

    async def get_company(self, company_id: str) -> Company:
        """One company (403 when it is not a customer of the business partner)."""
        body = await self._call("GET", "/companies/{}", company_id, what="company")
        return company_from_api(require_object(_data(body, "company"), "company"))

    async def list_sites(self, company_id: str) -> list[Site]:
        """Every site of a company (all pages)."""
        sites: list[Site] = []
        while True:
            params: Params = {"companyId": company_id, "limit": _ALL_PAGE, "offset": len(sites)}
            body = await self._call("GET", "/sites", what="site", params=params)
            page = _page(body, lambda o: site_from_api(o, company_id), "site", _ALL_PAGE)
            sites.extend(page.items)
            if not page.items or len(sites) >= page.total:
                return sites

    async def create_site(self, company_id: str, name: str) -> Site:
        """Create an active site in a company (POST: sent once)."""
        body = await self._call("POST", "/sites", what="site", json=site_body(company_id, name))
        return site_from_api(require_object(_data(body, "site"), "site"), company_id)

    # -- systems -------------------------------------------------------------------------

    async def find_system_by_pbx_id(self, pbx_id: str) -> System | None:
        """The system with this equipment id (with its connection history), or None.

        None means Rainbow answered 404; a system another business partner owns may be
        answered 403 or 404 (see services.declaration for how a later 409 is read).

        Raises:
            PermissionDeniedError: Rainbow refuses it to this account (see
                ``services.declaration``: another business partner's, or not a customer's).
        """
        params: Params = {"connectionHistory": "true"}
        try:
            body = await self._call(
                "GET", "/systems/pbxid/{}", pbx_id, what="system", params=params
            )
        except NotFoundError:
            return None
        return system_from_api(require_object(_data(body, "system"), "system"))

    async def list_systems(
        self,
        name: str | None = None,
        site_id: str | None = None,
        company_id: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> Page[System]:
        """One page of the business partner's systems, optionally filtered."""
        params: dict[str, str | int | bool] = {
            "format": LIST_FORMAT,
            "limit": limit,
            "offset": offset,
        }
        filters = {"name": name, "siteId": site_id, "companyId": company_id}
        params.update({key: value for key, value in filters.items() if value})
        body = await self._call("GET", "/systems", what="system", params=params)
        return _page(body, system_from_api, "system", limit)

    async def create_system(self, request: SystemRequest) -> System:
        """Declare a PBX (POST: sent once; see services.declaration for the safe way)."""
        body = await self._call("POST", "/systems", what="system", json=request.to_body())
        return system_from_api(require_object(_data(body, "system"), "system"))

    async def update_system(self, system_id: str, fields: Mapping[str, Any]) -> System:
        """Change fields of a system; ``fields`` uses the API's names (``pbxNationalPrefix``)."""
        body = await self._call("PUT", "/systems/{}", system_id, what="system", json=dict(fields))
        return system_from_api(require_object(_data(body, "system"), "system"))

    async def delete_system(self, system_id: str) -> None:
        """Delete a system (Rainbow also deletes its phone numbers)."""
        await self._call("DELETE", "/systems/{}", system_id, what="system")

    async def get_system(self, system_id: str, connection_history: bool = False) -> System:
        """One system; ``connection_history`` adds its connection events."""
        params: Params = {"connectionHistory": "true"} if connection_history else {}
        body = await self._call("GET", "/systems/{}", system_id, what="system", params=params)
        return system_from_api(require_object(_data(body, "system"), "system"))

    async def get_system_state(
        self, system_id: str, format: Literal["small", "medium", "full"] = "medium"
    ) -> SystemStateReport:
        """The connection state of a system's channels, as Rainbow reports it."""
        body = await self._call(
            "GET", "/systems/{}/state", system_id, what="system state", params={"format": format}
        )
        return state_from_api(require_object(_data(body, "system state"), "system state"))

    async def list_system_countries(self) -> list[str]:
        """The alpha-3 country codes Rainbow accepts for systems."""
        body = await self._call("GET", "/systems/countries", what="country")
        data = _data(body, "country")
        if not isinstance(data, list):
            raise UnexpectedResponseError("Rainbow's list of countries is not a list.")
        codes = (country_code(item) for item in data)
        return [code for code in codes if code]

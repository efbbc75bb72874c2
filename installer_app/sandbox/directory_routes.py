"""Rainbow's company and site calls, emulated, scoped to the caller's business partner.

``GET /companies`` requires ``bpId`` equal to the bp_admin's own company (403 otherwise, as
docs/rainbow-api.md says), filters ``name`` case-insensitively anywhere in the name, and pages.
"""

from __future__ import annotations

from aiohttp import web

from installer_app.sandbox.api_errors import forbidden
from installer_app.sandbox.directory import CompanyRecord, SiteRecord
from installer_app.sandbox.listing import envelope, name_matches, page
from installer_app.sandbox.route_support import (
    ADMIN,
    context,
    data,
    json_object,
    page_query,
    query_format,
    require_bp_admin,
)

routes = web.RouteTableDef()

_COMPANY_SORT = {"name", "country", "id"}
_SITE_SORT = {"name", "id"}


def _company_key(company: CompanyRecord, sort_field: str) -> str:
    return {"name": company.name, "country": company.country, "id": company.id}[sort_field]


def _site_key(site: SiteRecord, sort_field: str) -> str:
    return site.name if sort_field == "name" else site.id


@routes.get(f"{ADMIN}/companies")
async def list_companies(request: web.Request) -> web.Response:
    """End-customer companies of the caller's business partner."""
    user = require_bp_admin(request)
    if request.query.get("bpId") != user.company_id:
        raise forbidden("bpId must be your own business partner company id")
    fmt = query_format(request, "small")
    query = page_query(request, _COMPANY_SORT)
    wanted = request.query.get("name")
    found = [
        c for c in context(request).store.customers(user.company_id) if name_matches(c.name, wanted)
    ]
    chunk, total = page(found, query, _company_key)
    return web.json_response(envelope([c.to_json(fmt) for c in chunk], query, total))


@routes.get(f"{ADMIN}/companies/{{companyId}}")
async def get_company(request: web.Request) -> web.Response:
    """One company: the partner itself or one of its customers."""
    user = require_bp_admin(request)
    company = context(request).store.company(user.company_id, request.match_info["companyId"])
    return data(company.to_json(query_format(request, "full")))


async def _list_sites(request: web.Request, company_id: str | None) -> web.Response:
    user = require_bp_admin(request)
    query_format(request, "small")
    query = page_query(request, _SITE_SORT)
    sites = context(request).store.sites_of(user.company_id, company_id)
    chunk, total = page(sites, query, _site_key)
    return web.json_response(envelope([s.to_json() for s in chunk], query, total))


@routes.get(f"{ADMIN}/sites")
async def list_sites(request: web.Request) -> web.Response:
    """Sites of one customer (``companyId``) or of all the partner's customers."""
    return await _list_sites(request, request.query.get("companyId"))


@routes.get(f"{ADMIN}/companies/{{companyId}}/sites")
async def list_company_sites(request: web.Request) -> web.Response:
    """Sites of one customer."""
    return await _list_sites(request, request.match_info["companyId"])


@routes.post(f"{ADMIN}/sites")
async def create_site(request: web.Request) -> web.Response:
    """A new site for one of the partner's customers."""
    user = require_bp_admin(request)
    store = context(request).store
    site = store.create_site(user.company_id, await json_object(request), store.now())
    return data(site.to_json(), status=201)

"""Rainbow's system (PBX) calls, emulated: declare, read, find, list, update, delete, state.

Static paths (``/systems/countries``, ``/systems/pbxid/{pbxId}``) are registered before
``/systems/{systemId}`` so they are not taken for a system id.
"""

from __future__ import annotations

from aiohttp import web

from installer_app.sandbox.api_errors import bad_request, forbidden
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
from installer_app.sandbox.system_record import DEFAULT_LIST_FORMAT, SystemRecord
from installer_app.sandbox.system_rules import ALLOWED_COUNTRIES

routes = web.RouteTableDef()

_SYSTEM_SORT = {"name", "pbxId", "status", "type", "id"}


def _system_key(system: SystemRecord, sort_field: str) -> str:
    values = {"name": system.name, "pbxId": system.pbx_id, "status": system.status,
              "type": system.type, "id": system.id}  # fmt: skip
    return values[sort_field]


def _wants_history(request: web.Request) -> bool:
    return request.query.get("connectionHistory", "false").lower() == "true"


@routes.get(f"{ADMIN}/systems/countries")
async def countries(request: web.Request) -> web.Response:
    """ISO 3166-1 alpha-3 codes a system may have."""
    require_bp_admin(request)
    return data(list(ALLOWED_COUNTRIES))


@routes.get(f"{ADMIN}/systems/pbxid/{{pbxId}}")
async def get_by_pbx_id(request: web.Request) -> web.Response:
    """The system with this equipment id (404 none, 403 another partner's).

    ``?connectionHistory=true`` adds its connection events, as for ``/systems/{id}``.
    """
    user = require_bp_admin(request)
    system = context(request).store.system_by_pbx_id(user.company_id, request.match_info["pbxId"])
    return data(system.to_json(connection_history=_wants_history(request)))


@routes.get(f"{ADMIN}/systems")
async def list_systems(request: web.Request) -> web.Response:
    """The partner's systems, filtered by name, siteId, companyId, type, status; paged."""
    user = require_bp_admin(request)
    store, params = context(request).store, request.query
    if "bpId" in params and params["bpId"] != user.company_id:
        raise forbidden("bpId must be your own business partner company id")
    fmt = query_format(request, DEFAULT_LIST_FORMAT)
    query = page_query(request, _SYSTEM_SORT)
    company_id, site_id = params.get("companyId"), params.get("siteId")
    if company_id is not None:
        store.customer(user.company_id, company_id)
    if site_id is not None:
        store.site(user.company_id, site_id)
    found = [
        s
        for s in store.list_systems(
            user.company_id,
            site_id=site_id,
            company_id=company_id,
            system_type=params.get("type"),
            status=params.get("status"),
        )
        if name_matches(s.name, params.get("name"))
    ]
    chunk, total = page(found, query, _system_key)
    return web.json_response(envelope([s.to_json(fmt) for s in chunk], query, total))


@routes.post(f"{ADMIN}/systems")
async def create_system(request: web.Request) -> web.Response:
    """Declare a PBX: 201 with the new system."""
    user = require_bp_admin(request)
    body = await json_object(request)
    system = context(request).store.create_system(user.company_id, body)
    return data(system.to_json(), status=201)


@routes.get(f"{ADMIN}/systems/{{systemId}}")
async def get_system(request: web.Request) -> web.Response:
    """One system; ``?connectionHistory=true`` adds its connection events."""
    user = require_bp_admin(request)
    system = context(request).store.system(user.company_id, request.match_info["systemId"])
    return data(system.to_json(connection_history=_wants_history(request)))


@routes.put(f"{ADMIN}/systems/{{systemId}}")
async def update_system(request: web.Request) -> web.Response:
    """Change a system's updatable fields."""
    user = require_bp_admin(request)
    body = await json_object(request)
    system = context(request).store.update_system(
        user.company_id, request.match_info["systemId"], body
    )
    return data(system.to_json())


@routes.delete(f"{ADMIN}/systems/{{systemId}}")
async def delete_system(request: web.Request) -> web.Response:
    """Delete a system."""
    user = require_bp_admin(request)
    system_id = request.match_info["systemId"]
    context(request).store.delete_system(user.company_id, system_id)
    return web.json_response({"status": f"System {system_id} successfully deleted", "data": []})


@routes.get(f"{ADMIN}/systems/{{systemId}}/state")
async def system_state(request: web.Request) -> web.Response:
    """Connection state in format small (default), medium or full."""
    user = require_bp_admin(request)
    store = context(request).store
    system = store.system(user.company_id, request.match_info["systemId"])
    return data(system.state_json(request.query.get("format", "small"), store.now()))


@routes.post(f"{ADMIN}/systems/{{systemId}}/reset-password")
async def reset_password(request: web.Request) -> web.Response:
    """Reset the agent's access: a new public activation code, status back to created."""
    user = require_bp_admin(request)
    store = context(request).store
    system = store.system(user.company_id, request.match_info["systemId"])
    store.reset_connection(system.id)
    return data(system.to_json())


@routes.post(f"{ADMIN}/sites/{{siteId}}/systems")
async def link_system(request: web.Request) -> web.Response:
    """Link a system to a site (``{"systemId": ...}``)."""
    user = require_bp_admin(request)
    system_id = (await json_object(request)).get("systemId")
    if not isinstance(system_id, str) or not system_id:
        raise bad_request("systemId", "systemId is required")
    system = context(request).store.link_site(
        user.company_id, request.match_info["siteId"], system_id
    )
    return data(system.to_json())


@routes.delete(f"{ADMIN}/sites/{{siteId}}/systems/{{systemId}}")
async def unlink_system(request: web.Request) -> web.Response:
    """Unlink a system from a site."""
    user = require_bp_admin(request)
    system = context(request).store.unlink_site(
        user.company_id, request.match_info["siteId"], request.match_info["systemId"]
    )
    return data(system.to_json())

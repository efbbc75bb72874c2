"""The few ``enduser`` calls the official Node SDK makes at sign-in, emulated.

The installer itself never calls these. The SDK (and so ``rbw``) reads them when it signs in
or reuses a saved token (docs/official-clients.md): the user's own record, the user's company
and the API settings. [I] Each answers with the fields the SDK reads from it, in the same
envelope as the admin API; their other fields are not emulated.
"""

from __future__ import annotations

from aiohttp import web

from installer_app.sandbox.api_errors import not_found
from installer_app.sandbox.route_support import ENDUSER, context, data, require_user

routes = web.RouteTableDef()

#: [I] Minutes before the SDK asks for the API settings again (it reads ``ttl``).
API_SETTINGS_TTL_MINUTES = 60


@routes.get(f"{ENDUSER}/users/{{userId}}")
async def get_user(request: web.Request) -> web.Response:
    """The signed-in user, or a user of the same company; 404 for anyone else."""
    me = require_user(request)
    store = context(request).store
    wanted = request.match_info["userId"]
    user = next((u for u in store.users.values() if u.id == wanted), None)
    if wanted == "me":
        user = me
    if user is None or user.company_id != me.company_id:
        raise not_found(f"User {wanted} not found")
    company = store.companies.get(user.company_id)
    return data(
        {
            "id": user.id,
            "loginEmail": user.login_email,
            "firstName": user.first_name,
            "lastName": user.last_name,
            "displayName": f"{user.first_name} {user.last_name}",
            "companyId": user.company_id,
            "companyName": company.name if company else None,
            "roles": list(user.roles),
            "adminType": user.admin_type,
            "isActive": True,
        }
    )


@routes.get(f"{ENDUSER}/companies/{{companyId}}")
async def get_company(request: web.Request) -> web.Response:
    """The user's company, or one of its customers when the user is a bp_admin."""
    user = require_user(request)
    company_id = request.match_info["companyId"]
    store = context(request).store
    if company_id != user.company_id and "bp_admin" not in user.roles:
        raise not_found(f"Company {company_id} not found")
    return data(store.company(user.company_id, company_id).to_json("full"))


@routes.get(f"{ENDUSER}/settings/apis")
async def api_settings(request: web.Request) -> web.Response:
    """No extra headers to send, and when to ask again."""
    require_user(request)
    return data({"additionalHeaders": [], "ttl": API_SETTINGS_TTL_MINUTES})

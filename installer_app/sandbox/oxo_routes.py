"""The OXO emulator's management endpoint: the sandbox's own protocol, not OMC's.

Each PBX is addressed by its CPU serial number (``/work/notes/pbx_contract.md`` is the
contract the sandbox PBX driver follows):

- ``GET  /pbxs`` → ``{"pbxs": [{serial, model, mode, fleet_ref, installation_ref, url}]}``
- ``GET  /pbxs/{serial}/cloud/rainbow`` → the Cloud > Rainbow page
- ``PUT  /pbxs/{serial}/cloud/rainbow`` → 200 the page; 400 ``{field, message}``; 409 when the
  activation code is read-only
- ``GET  /pbxs/{serial}/status`` → ``{connection, last_error}``
- ``POST /pbxs/{serial}/faults/drop-link`` → 204, the agent's link drops (it reconnects)

Every error, including an unknown serial (404, field ``serial``), an unknown route and a bug,
answers ``{"field", "message"}``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import web

from installer_app.sandbox import serving
from installer_app.sandbox.oxo_pbx import OxoPbx, SettingsError

routes = web.RouteTableDef()


@dataclass
class OxoContext:
    """What the routes work on: the PBXs by serial, and the endpoint's base URL."""

    pbxs: dict[str, OxoPbx]
    base_url: Callable[[], str]


OXO_CONTEXT = web.AppKey("oxo_emulator_context", OxoContext)


def _pbx(request: web.Request) -> OxoPbx:
    serial = request.match_info["serial"]
    pbx = request.app[OXO_CONTEXT].pbxs.get(serial)
    if pbx is None:
        raise SettingsError(404, "serial", f"No PBX with CPU serial number {serial} here.")
    return pbx


@routes.get("/pbxs")
async def list_pbxs(request: web.Request) -> web.Response:
    """The emulated PBXs, in the fleet's order."""
    ctx = request.app[OXO_CONTEXT]
    base = ctx.base_url()
    return web.json_response({"pbxs": [pbx.entry(base) for pbx in ctx.pbxs.values()]})


@routes.get("/pbxs/{serial}/cloud/rainbow")
async def get_settings(request: web.Request) -> web.Response:
    """One PBX's Cloud > Rainbow page."""
    return web.json_response(_pbx(request).settings())


@routes.put("/pbxs/{serial}/cloud/rainbow")
async def put_settings(request: web.Request) -> web.Response:
    """Change some of the page's fields, as Apply then Yes in OMC."""
    pbx = _pbx(request)
    try:
        body = json.loads(await request.read() or b"null")
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise SettingsError(400, "body", "The request body is not valid JSON.") from None
    if not isinstance(body, dict):
        raise SettingsError(400, "body", "The request body must be a JSON object.")
    return web.json_response(pbx.apply(body))


@routes.get("/pbxs/{serial}/status")
async def get_status(request: web.Request) -> web.Response:
    """The state of one PBX's link to Rainbow."""
    return web.json_response(_pbx(request).status())


@routes.post("/pbxs/{serial}/faults/drop-link")
async def drop_link(request: web.Request) -> web.Response:
    """Cut the PBX's link as a network failure would; it reconnects with backoff."""
    _pbx(request).drop_link()
    return web.Response(status=204)


#: Every refusal as ``{"field", "message"}``.
error_middleware = serving.error_middleware(
    "OXO emulator",
    SettingsError,
    lambda status, message: {"field": "path", "message": message},
    "Internal error in the OXO emulator.",
)

"""The Rainbow emulator's PBX gateway: the WebSocket a PBX's Cloud Connect agent keeps open.

The real agent opens a WebSocket (WSS, TCP 443) to Rainbow's PBX Cloud Gateway; its protocol is
not public. The sandbox's gateway listens on :data:`GATEWAY_PATH` and speaks its own small
protocol of JSON text frames, modelled on the documented status machine:

1. agent → gateway ``{"type": "hello", "pbxId": ..., "activationCode": ...}`` (first frame,
   within :data:`HANDSHAKE_TIMEOUT` seconds);
2. refused: gateway → agent ``{"type": "refused", "reason": ...}`` (:data:`UNKNOWN_PBX_ID`,
   :data:`WRONG_CODE` or :data:`MALFORMED`), then the socket closes with
   :data:`CLOSE_REFUSED`; the system stays as it was (Pending);
3. first activation (the public code was presented): gateway → agent
   ``{"type": "activate", "privateCode": ...}``, the system is ``activating``; the agent stores
   the private code and answers ``{"type": "confirm", "privateCode": ...}``; the system is
   ``activated``;
4. gateway → agent ``{"type": "connected", "systemId": ..., "status": "activated"}``; the link
   stays open, ``/state`` says connected, until either side closes it or it drops.

When the link ends, however abruptly, the store hears ``agent_disconnect``: Rainbow shows the
system Activated (disconnected). A reset connection or a deletion on the admin side closes the
agent's link with :data:`CLOSE_REVOKED`; a second link for the same pbxId replaces the first
(:data:`CLOSE_REPLACED`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from typing import Final

from aiohttp import WSCloseCode, WSMessage, WSMsgType, web

from installer_app.sandbox.route_support import context
from installer_app.sandbox.system_record import ACTIVATING

#: The sandbox's own path for the PBX gateway (the real one is not documented).
GATEWAY_PATH: Final = "/pbx-gateway/v1/connect"
#: Seconds the gateway waits for the agent's hello, then for its confirmation.
HANDSHAKE_TIMEOUT: Final = 10.0

#: Refusal reasons, as the store words them.
UNKNOWN_PBX_ID: Final = "unknown pbxId"
WRONG_CODE: Final = "wrong activation code"
MALFORMED: Final = "malformed hello"
NOT_CONFIRMED: Final = "activation not confirmed"

#: Close codes (4000-4999 are free for applications).
CLOSE_REVOKED: Final = 4001
CLOSE_REPLACED: Final = 4002
CLOSE_REFUSED: Final = 4003

_log = logging.getLogger(__name__)

routes = web.RouteTableDef()


def gateway_url(rainbow_url: str) -> str:
    """The gateway's WebSocket URL for a Rainbow emulator at ``rainbow_url`` (http → ws)."""
    base = rainbow_url.rstrip("/")
    if base.startswith("https://"):
        base = "wss://" + base.removeprefix("https://")
    elif base.startswith("http://"):
        base = "ws://" + base.removeprefix("http://")
    return base + GATEWAY_PATH


class PbxGateway:
    """The agents' links, by pbxId, so the admin side can cut one and shutdown can close all.

    Args:
        handshake_timeout: seconds to wait for the hello and for the confirmation.
    """

    def __init__(self, handshake_timeout: float = HANDSHAKE_TIMEOUT) -> None:
        self.handshake_timeout = handshake_timeout
        self._links: dict[str, web.WebSocketResponse] = {}
        self._closing: set[asyncio.Task[None]] = set()

    def connected_pbx_ids(self) -> list[str]:
        """The pbxIds whose agent holds an accepted link now."""
        return list(self._links)

    def revoke(self, pbx_id: str) -> None:
        """Close the agent's link for ``pbx_id`` (reset connection, deletion); no-op if none."""
        link = self._links.get(pbx_id)
        if link is not None:
            self._close_soon(link, CLOSE_REVOKED, "access revoked on Rainbow")

    async def close_all(self) -> None:
        """Close every link (server shutdown): the agents see the server going away."""
        links = list(self._links.values())
        for link in links:
            await _quiet_close(link, WSCloseCode.GOING_AWAY, "server shutdown")
        if self._closing:
            await asyncio.gather(*self._closing, return_exceptions=True)

    async def serve(self, ws: web.WebSocketResponse, request: web.Request) -> None:
        """Run one agent's link from its hello to its end."""
        store = context(request).store
        hello = await _receive_object(ws, self.handshake_timeout)
        pbx_id, code = (hello or {}).get("pbxId"), (hello or {}).get("activationCode")
        if (
            hello is None
            or hello.get("type") != "hello"
            or not isinstance(pbx_id, str)
            or not isinstance(code, str)
        ):
            await _refuse(ws, MALFORMED)
            return
        result = store.agent_connect(pbx_id, code, confirm=False)
        if not result.accepted:
            _log.debug("PBX gateway refused an agent: %s", result.reason)
            await _refuse(ws, result.reason)
            return
        previous = self._links.get(pbx_id)
        self._links[pbx_id] = ws
        if previous is not None:
            self._close_soon(previous, CLOSE_REPLACED, "replaced by a newer link")
        try:
            if result.status == ACTIVATING:
                await _send(ws, {"type": "activate", "privateCode": result.private_code})
                answer = await _receive_object(ws, self.handshake_timeout)
                private = (answer or {}).get("privateCode")
                confirmed = (
                    answer is not None
                    and answer.get("type") == "confirm"
                    and isinstance(private, str)
                    and store.agent_confirm(pbx_id, private).accepted
                )
                if not confirmed:
                    await _refuse(ws, NOT_CONFIRMED)
                    return
            await _send(ws, {"type": "connected", "systemId": result.system_id,
                             "status": "activated"})  # fmt: skip
            async for _message in ws:  # the agent has nothing to say; keep the link open
                pass
        finally:
            if self._links.get(pbx_id) is ws:
                del self._links[pbx_id]
                store.agent_disconnect(pbx_id)

    def _close_soon(self, link: web.WebSocketResponse, code: int, reason: str) -> None:
        task = asyncio.get_running_loop().create_task(_quiet_close(link, code, reason))
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)


GATEWAY = web.AppKey("pbx_gateway", PbxGateway)


async def _quiet_close(ws: web.WebSocketResponse, code: int, reason: str) -> None:
    """Close a link that may already be closing or gone, without raising."""
    with contextlib.suppress(ConnectionError, RuntimeError, asyncio.TimeoutError):
        await ws.close(code=code, message=reason.encode())


async def _send(ws: web.WebSocketResponse, message: dict[str, object]) -> None:
    """Send a frame; a link that is gone ends the conversation quietly (ConnectionError)."""
    await ws.send_str(json.dumps(message))


async def _refuse(ws: web.WebSocketResponse, reason: str) -> None:
    with contextlib.suppress(ConnectionError):
        await _send(ws, {"type": "refused", "reason": reason})
    await _quiet_close(ws, CLOSE_REFUSED, "refused")


async def _receive_object(ws: web.WebSocketResponse, timeout: float) -> dict[str, object] | None:
    """The next text frame as a JSON object; ``None`` for anything else, a close or a timeout."""
    try:
        message = await ws.receive(timeout)
    except (TimeoutError, RuntimeError, ConnectionError):
        return None
    return json_object_frame(message)


def json_object_frame(message: WSMessage) -> dict[str, object] | None:
    """A text frame's JSON object (the gateway's and the PBX's frames); None for anything else."""
    if message.type is not WSMsgType.TEXT:
        return None
    try:
        value = json.loads(message.data)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None


@routes.get(GATEWAY_PATH)
async def connect(request: web.Request) -> web.StreamResponse:
    """Upgrade to a WebSocket and serve one PBX agent."""
    ws = web.WebSocketResponse(autoping=True)
    await ws.prepare(request)
    try:
        await request.app[GATEWAY].serve(ws, request)
    except ConnectionError:
        _log.debug("PBX agent link lost")
    finally:
        await _quiet_close(ws, WSCloseCode.OK, "")
    return ws


def setup_gateway(app: web.Application, gateway: PbxGateway) -> None:
    """Add the gateway's route to ``app`` and close every link when the server shuts down."""
    app[GATEWAY] = gateway
    app.add_routes(routes)

    async def close_links(_app: web.Application) -> None:
        await gateway.close_all()

    app.on_shutdown.append(close_links)

"""The emulated OXO Connect's Cloud Connect agent: the WebSocket it keeps open to Rainbow.

One :class:`CloudConnectAgent` runs while "Rainbow enabled" is ticked. It dials the Rainbow
emulator's PBX gateway (:mod:`installer_app.sandbox.gateway_routes` describes the frames),
presents the PABX-ID and the private code once it has one (else the activation code), and
reports every change of the link to its :class:`AgentSink` (the PBX).

Retry policy, as a field agent behaves:
  * gateway unreachable, link dropped, unknown PABX-ID (not declared yet: stock PBXs wait for
    the technician this way): retry with exponential backoff (:class:`Backoff`);
  * activation code refused: stop, until the settings change;
  * private code refused (the connection was reset on Rainbow): forget it and try the
    activation code once more; if that is refused too, stop.

In the sandbox, "Domain name" is only displayed: the agent always dials the gateway URL the
emulator was built with. A domain outside :attr:`Uplink.reachable_domains` is treated as
unreachable, as a typo in OMC would be.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import json
import socket
from dataclasses import dataclass, field
from typing import Final, Protocol

import aiohttp

from installer_app.sandbox.gateway_routes import UNKNOWN_PBX_ID, WRONG_CODE, json_object_frame

DISABLED: Final = "disabled"
CONNECTING: Final = "connecting"
CONNECTED: Final = "connected"
DISCONNECTED: Final = "disconnected"
REFUSED: Final = "refused"

# What "last error" says; none of them repeats a code.
CODE_REFUSED: Final = 'Activation code refused by Rainbow: check the "Activation code".'
CODE_RESET: Final = (
    "Activation code refused by Rainbow: the connection was reset on Rainbow; "
    'enter the new "Activation code".'
)
UNKNOWN_PABX_ID: Final = (
    'Unknown PABX-ID: no PBX with this "Rainbow PABX-ID" is declared on Rainbow; retrying.'
)
NO_CODE: Final = 'No "Activation code" entered.'
GATEWAY_UNREACHABLE: Final = "Cannot reach Rainbow's PBX gateway; retrying."
LINK_DROPPED: Final = "The link to Rainbow dropped; reconnecting."
UNEXPECTED_ANSWER: Final = "Rainbow's PBX gateway gave an unexpected answer; retrying."

#: Seconds to wait for the gateway's close reply when the agent ends a link.
_CLOSE_TIMEOUT: Final = 2.0
_MAX_FRAME: Final = 64 * 1024


def unreachable_domain(domain: str) -> str:
    """The last error for a "Domain name" that does not lead to Rainbow."""
    return f'Cannot reach Rainbow at "{domain}": check the "Domain name"; retrying.'


@dataclass(frozen=True)
class Backoff:
    """Delays between attempts: ``base``, then doubling, never above ``cap`` (seconds).

    Raises:
        ValueError: ``base`` not positive, or ``cap`` below ``base``.
    """

    base: float = 0.25
    cap: float = 2.0

    def __post_init__(self) -> None:
        if self.base <= 0 or self.cap < self.base:
            raise ValueError("backoff needs 0 < base <= cap")

    def delay(self, attempt: int) -> float:
        """Seconds to wait before attempt ``attempt + 1`` (``attempt`` counts from 0)."""
        return min(self.cap, self.base * (1 << min(attempt, 32)))


@dataclass(frozen=True)
class Uplink:
    """Where and how every agent of one OXO emulator dials.

    Attributes:
        session: the HTTP client the WebSockets are opened with.
        gateway_url: the Rainbow emulator's PBX gateway (``ws://.../pbx-gateway/v1/connect``).
        backoff: delays between attempts.
        handshake_timeout: seconds to wait for each answer of the gateway.
        reachable_domains: "Domain name" values that lead to the gateway (lower case).
    """

    session: aiohttp.ClientSession
    gateway_url: str
    backoff: Backoff
    handshake_timeout: float
    reachable_domains: frozenset[str]


@dataclass(frozen=True)
class AgentCredentials:
    """What the agent presents: the settings of the page, and the private code if activated."""

    pabx_id: str = field(repr=False)
    activation_code: str = field(repr=False)
    domain_name: str
    private_code: str | None = field(default=None, repr=False)


class AgentSink(Protocol):
    """What the agent tells its PBX."""

    def dialing(self) -> None:
        """The agent opens a connection to the gateway (one attempt)."""

    def link_state(self, connection: str, last_error: str | None) -> None:
        """The link's state changed (``last_error`` None when all is well)."""

    def activated(self, private_code: str) -> None:
        """Rainbow accepted the activation: keep this private code."""

    def activation_lost(self) -> None:
        """Rainbow no longer knows the private code (connection reset): forget it."""


class _Outcome(enum.Enum):
    RETRY = "retry"
    RETRY_NOW = "retry now"
    LOST = "lost"
    STOP = "stop"


class CloudConnectAgent:
    """Keeps one PBX's link to Rainbow up, as long as its task runs (cancel it to stop)."""

    def __init__(self, uplink: Uplink, credentials: AgentCredentials, sink: AgentSink) -> None:
        self._uplink = uplink
        self._credentials = credentials
        self._private_code = credentials.private_code
        self._sink = sink
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._link_up = False
        self._lost_activation = False

    async def run(self) -> None:
        """Connect, and reconnect with backoff, until refused for good or cancelled."""
        attempt = 0
        while True:
            outcome = await self._attempt()
            if outcome is _Outcome.STOP:
                return
            if outcome is _Outcome.RETRY_NOW:
                continue
            if outcome is _Outcome.LOST:
                attempt = 0
            await asyncio.sleep(self._uplink.backoff.delay(attempt))
            attempt += 1

    def drop(self) -> bool:
        """Cut the link as a network failure would (no closing handshake); False if none."""
        ws = self._ws
        sock = ws.get_extra_info("socket") if ws is not None and not ws.closed else None
        if sock is None:
            return False
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        return True

    async def _attempt(self) -> _Outcome:
        credentials, uplink, sink = self._credentials, self._uplink, self._sink
        if credentials.domain_name.lower() not in uplink.reachable_domains:
            sink.link_state(DISCONNECTED, unreachable_domain(credentials.domain_name))
            return _Outcome.RETRY
        code = self._private_code or credentials.activation_code
        if not code:
            sink.link_state(DISCONNECTED, NO_CODE)
            return _Outcome.STOP
        self._link_up = False
        sink.dialing()
        try:
            async with uplink.session.ws_connect(
                uplink.gateway_url,
                timeout=aiohttp.ClientWSTimeout(ws_close=_CLOSE_TIMEOUT),
                max_msg_size=_MAX_FRAME,
            ) as ws:
                self._ws = ws
                try:
                    return await self._converse(ws, code)
                finally:
                    self._ws = None
        except (aiohttp.ClientError, OSError, TimeoutError):
            if self._link_up:
                sink.link_state(DISCONNECTED, LINK_DROPPED)
                return _Outcome.LOST
            sink.link_state(DISCONNECTED, GATEWAY_UNREACHABLE)
            return _Outcome.RETRY

    async def _converse(self, ws: aiohttp.ClientWebSocketResponse, code: str) -> _Outcome:
        used_private = code == self._private_code
        hello = {"type": "hello", "pbxId": self._credentials.pabx_id, "activationCode": code}
        await ws.send_str(json.dumps(hello))
        answer = await self._receive(ws)
        if answer is not None and answer.get("type") == "activate":
            private = answer.get("privateCode")
            if not isinstance(private, str) or not private:
                self._sink.link_state(DISCONNECTED, UNEXPECTED_ANSWER)
                return _Outcome.RETRY
            await ws.send_str(json.dumps({"type": "confirm", "privateCode": private}))
            answer = await self._receive(ws)
            if answer is not None and answer.get("type") == "connected":
                self._private_code = private
                self._lost_activation = False
                self._sink.activated(private)
        kind = answer.get("type") if answer is not None else None
        if kind == "refused" and answer is not None:
            return self._refused(str(answer.get("reason")), used_private)
        if kind != "connected":
            self._sink.link_state(DISCONNECTED, UNEXPECTED_ANSWER)
            return _Outcome.RETRY
        self._link_up = True
        self._sink.link_state(CONNECTED, None)
        async for _message in ws:  # nothing to answer: the link only has to stay up
            pass
        self._sink.link_state(DISCONNECTED, LINK_DROPPED)
        return _Outcome.LOST

    def _refused(self, reason: str, used_private: bool) -> _Outcome:
        if reason == UNKNOWN_PBX_ID:
            self._sink.link_state(REFUSED, UNKNOWN_PABX_ID)
            return _Outcome.RETRY
        if reason != WRONG_CODE:
            self._sink.link_state(DISCONNECTED, UNEXPECTED_ANSWER)
            return _Outcome.RETRY
        if used_private:
            self._private_code = None
            self._lost_activation = True
            self._sink.activation_lost()
            if self._credentials.activation_code:
                return _Outcome.RETRY_NOW
        self._sink.link_state(REFUSED, CODE_RESET if self._lost_activation else CODE_REFUSED)
        return _Outcome.STOP

    async def _receive(self, ws: aiohttp.ClientWebSocketResponse) -> dict[str, object] | None:
        """The gateway's next frame as a JSON object; None on close, timeout or nonsense."""
        try:
            message = await ws.receive(self._uplink.handshake_timeout)
        except TimeoutError:
            return None
        return json_object_frame(message)

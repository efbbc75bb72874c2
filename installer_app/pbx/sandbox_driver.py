"""The PBX driver for the sandbox's OXO Connect emulator, over its own management endpoint.

The emulator exposes each PBX's Cloud > Rainbow page as JSON under ``{base}/pbxs/{serial}``
(the sandbox's protocol, not OMC's). `SandboxPbxDriver` drives one of them; `list_sandbox_pbxs`
reads the fleet, and :mod:`installer_app.pbx.sandbox_fleet` picks the PBX an installation stands
for. Logs carry the method, the
route template, the status and the duration: never a body (it may hold an activation code).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import ssl
import time
from dataclasses import dataclass
from typing import Any, Final

import httpx

from installer_app.domain import references
from installer_app.domain.addresses import plain_http_allowed
from installer_app.domain.bases import AsyncClosing
from installer_app.domain.pbx_side import (
    DesiredSettings,
    PbxConnection,
    PbxSettings,
    parse_connection,
)
from installer_app.domain.plan import DeliveryMode, PbxModel
from installer_app.pbx.driver import (
    PbxInvalidValue,
    PbxRefused,
    PbxUnexpectedAnswer,
    PbxUnreachable,
    field_label,
)

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT: Final = 10.0
_SETTINGS: Final = "cloud/rainbow"
_STATUS: Final = "status"
_MAX_TEXT: Final = 200

_READ_ONLY: Final = (
    '"Activation code" is read-only on this PBX after a successful activation: it is already '
    "connected with its code."
)
_READ_ONLY_HINT: Final = "To use another code, reset the connection on Rainbow first."
_NO_SUCH_PBX: Final = "The sandbox has no PBX with this CPU serial number."
_NO_SUCH_PBX_HINT: Final = "Pick one of the PBXs the sandbox lists."
_UNREACHABLE_HINT: Final = "Check that the sandbox is running and that its PBX address is right."
_MAY_HAVE_APPLIED: Final = (
    " The settings may or may not have been applied: read them again before applying."
)
_BAD_ANSWER_HINT: Final = "Check that the address is the sandbox's PBX endpoint."


@dataclass(frozen=True)
class SandboxPbx:
    """One PBX of the sandbox's fleet, with its current Cloud > Rainbow settings.

    Attributes:
        serial: its CPU serial number.
        model, mode: what it is and how it was delivered.
        fleet_ref, installation_ref: its stock references (None for a BTCO PBX).
        url: the address of this PBX, to build a `SandboxPbxDriver`.
        settings: its settings when the list was read.
    """

    serial: str
    model: PbxModel
    mode: DeliveryMode
    fleet_ref: str | None
    installation_ref: str | None
    url: str
    settings: PbxSettings

    @property
    def reference(self) -> str | None:
        """The joined ``fleet-installation`` reference, or None unless both are known."""
        if not self.fleet_ref or not self.installation_ref:
            return None
        return f"{self.fleet_ref}{references.SEPARATOR}{self.installation_ref}"


def _redact(text: str, secret: str | None) -> str:
    """The PBX's own words, cut short and without the activation code if it repeats it."""
    if secret:
        text = text.replace(secret, "****")
    return text[:_MAX_TEXT]


def _json_object(response: httpx.Response, what: str) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError as exc:
        raise PbxUnexpectedAnswer(
            f"The sandbox PBX's answer about {what} is not JSON.", _BAD_ANSWER_HINT
        ) from exc
    if not isinstance(data, dict):
        raise PbxUnexpectedAnswer(
            f"The sandbox PBX's answer about {what} is not a JSON object.", _BAD_ANSWER_HINT
        )
    return data


def _error_for(response: httpx.Response, secret: str | None) -> Exception:
    """The driver error for a non-2xx answer of the emulator."""
    status = response.status_code
    try:
        body = response.json()
    except ValueError:
        body = None
    raw = body if isinstance(body, dict) else {}
    field = raw.get("field") if isinstance(raw.get("field"), str) else None
    text = raw.get("message") if isinstance(raw.get("message"), str) else ""
    if status == 404:
        return PbxInvalidValue("serial", _NO_SUCH_PBX, _NO_SUCH_PBX_HINT)
    if status == 409:
        return PbxInvalidValue("activation_code", _READ_ONLY, _READ_ONLY_HINT)
    if status == 400:
        name = field or "settings"
        label = field_label(name) if field else "settings"
        message = f"The PBX refused the {label}"
        message += f": {_redact(text, secret)}" if text else "."
        return PbxInvalidValue(name, message, f"Correct the {label} and apply again.")
    return PbxRefused(
        f"The sandbox PBX refused the request (HTTP {status}).",
        "Try again; if it persists, restart the sandbox.",
        status=status,
    )


def _settings_from(data: dict[str, Any]) -> PbxSettings:
    """Read the emulator's settings object; a missing or mistyped field is named."""

    def typed(name: str, kind: type, default: object = None) -> Any:
        value = data.get(name, default)
        if not isinstance(value, kind):
            raise PbxUnexpectedAnswer(
                f"The sandbox PBX's settings lack a readable {field_label(name)}.",
                _BAD_ANSWER_HINT,
            )
        return value

    last_error = data.get("last_error")
    return PbxSettings(
        rainbow_enabled=typed("rainbow_enabled", bool),
        pabx_id=typed("pabx_id", str),
        activation_code_set=typed("activation_code_set", bool),
        domain_name=typed("domain_name", str),
        connection=parse_connection(typed("connection", str)),
        last_error=last_error if isinstance(last_error, str) else None,
        activation_code_read_only=typed("activation_code_read_only", bool, False),
    )


class _Http:
    """Requests to the emulator, with errors mapped to the driver's and nothing secret logged."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def send(
        self, method: str, url: str, *, route: str, json: Any = None, secret: str | None = None
    ) -> httpx.Response:
        started = time.perf_counter()
        try:
            response = await self.client.request(method, url, json=json)
        except httpx.TimeoutException as exc:
            tail = _MAY_HAVE_APPLIED if method == "PUT" else ""
            raise PbxUnreachable(
                "The sandbox PBX did not answer in time." + tail, _UNREACHABLE_HINT
            ) from exc
        except httpx.TransportError as exc:
            tail = _MAY_HAVE_APPLIED if method == "PUT" else ""
            raise PbxUnreachable(
                "The sandbox PBX could not be reached." + tail, _UNREACHABLE_HINT
            ) from exc
        logger.debug(
            "%s %s -> %s in %.0f ms",
            method,
            route,
            response.status_code,
            (time.perf_counter() - started) * 1000,
        )
        if not response.is_success:
            raise _error_for(response, secret)
        return response


def checked_pbx_url(url: str) -> str:
    """``url`` when it may carry the PBX's settings: https, or http to this computer only (the
    Rainbow client's rule). Raises PbxInvalidValue otherwise."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        parsed = httpx.URL("invalid:")
    if plain_http_allowed(parsed.scheme, parsed.host):
        return url
    raise PbxInvalidValue(
        "pbx",
        f"The PBX address '{url}' is not usable: the PBX settings hold the activation code, "
        "and plain http is allowed only to this computer (the sandbox).",
        "Use an https:// address, or the sandbox's pbx_url (http://127.0.0.1:PORT).",
    )


@functools.cache
def client_tls_context() -> ssl.SSLContext:
    """httpx's default verifying context, made once: making one reads certifi's authorities
    (20-40 ms of CPU on the event loop, for every client, when each made its own)."""
    return httpx.create_ssl_context()


def _client(base_url: str, transport: httpx.AsyncBaseTransport | None, timeout: float) -> _Http:
    # trust_env=False: the emulator is on loopback, a proxy from the environment would break it.
    return _Http(
        httpx.AsyncClient(
            base_url=checked_pbx_url(base_url).rstrip("/") + "/",
            transport=transport,
            timeout=timeout,
            trust_env=False,
            verify=client_tls_context(),
            headers={"Accept": "application/json"},
        )
    )


class SandboxPbxDriver(AsyncClosing):
    """Drives one emulated PBX, addressed as ``{base}/pbxs/{serial}``, as OMC would.

    Owns an ``httpx.AsyncClient``: close it with `aclose` (or use ``async with``). Every request
    has ``timeout`` seconds.
    """

    def __init__(
        self,
        pbx_url: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self._url = pbx_url.rstrip("/")
        self._http = _client(self._url, transport, timeout)

    @property
    def url(self) -> str:
        """The PBX's address."""
        return self._url

    async def read_settings(self) -> PbxSettings:
        """GET ``cloud/rainbow``: the Cloud > Rainbow page and the link's state."""
        response = await self._http.send("GET", _SETTINGS, route="/pbxs/{}/cloud/rainbow")
        return _settings_from(_json_object(response, "its settings"))

    async def apply(self, desired: DesiredSettings) -> PbxSettings:
        """PUT every field of ``desired`` (OMC's Apply and Yes); the settings the PBX now holds.

        Raises:
            PbxInvalidValue: a value was refused (its field), the activation code is read-only
                after a successful activation (field ``activation_code``), or no such PBX
                (field ``serial``).
            PbxUnreachable: no answer; the change may or may not have been applied.
        """
        body = {
            "rainbow_enabled": desired.rainbow_enabled,
            "pabx_id": desired.pabx_id,
            "activation_code": desired.activation_code,
            "domain_name": desired.domain_name,
        }
        response = await self._http.send(
            "PUT",
            _SETTINGS,
            route="/pbxs/{}/cloud/rainbow",
            json=body,
            secret=desired.activation_code,
        )
        return _settings_from(_json_object(response, "its settings"))

    async def read_status(self) -> PbxConnection:
        """GET ``status``: the link's state (UNKNOWN for a state this version does not know)."""
        response = await self._http.send("GET", _STATUS, route="/pbxs/{}/status")
        connection = _json_object(response, "its status").get("connection")
        if not isinstance(connection, str):
            raise PbxUnexpectedAnswer(
                "The sandbox PBX's status lacks a readable connection.", _BAD_ANSWER_HINT
            )
        return parse_connection(connection)

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self._http.client.aclose()


def _optional_text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _entry(item: object, base_url: str) -> dict[str, Any]:
    """The fields of one entry of ``GET /pbxs`` (all but its settings); the PBX's address
    defaults to ``{base}/pbxs/{serial}``."""
    if not isinstance(item, dict) or not isinstance(item.get("serial"), str):
        raise PbxUnexpectedAnswer("The sandbox's PBX list holds an unreadable entry.")
    try:
        model = PbxModel(str(item.get("model")))
        mode = DeliveryMode(str(item.get("mode")))
    except ValueError as exc:
        raise PbxUnexpectedAnswer("The sandbox's PBX list holds an unknown model or mode.") from exc
    serial: str = item["serial"]
    return {
        "serial": serial,
        "model": model,
        "mode": mode,
        "fleet_ref": _optional_text(item.get("fleet_ref")),
        "installation_ref": _optional_text(item.get("installation_ref")),
        "url": checked_pbx_url(
            _optional_text(item.get("url")) or f"{base_url.rstrip('/')}/pbxs/{serial}"
        ),
    }


async def list_sandbox_pbxs(
    base_url: str,
    transport: httpx.AsyncBaseTransport | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
) -> list[SandboxPbx]:
    """The sandbox's PBXs, in its order, each with its current settings.

    Args:
        base_url: the sandbox's ``pbx_url`` (the address printed in its JSON line).
        transport: an httpx transport for tests.

    Raises:
        PbxUnreachable, PbxUnexpectedAnswer, PbxRefused: as the driver's reads do.
    """
    http = _client(base_url, transport, timeout)
    async with http.client:
        response = await http.send("GET", "pbxs", route="/pbxs")
        items = _json_object(response, "its PBXs").get("pbxs")
        if not isinstance(items, list):
            raise PbxUnexpectedAnswer("The sandbox's PBX list is not readable.", _BAD_ANSWER_HINT)
        entries = [_entry(item, base_url) for item in items]

        async def settings(url: str) -> PbxSettings:
            answer = await http.send("GET", f"{url}/{_SETTINGS}", route="/pbxs/{}/cloud/rainbow")
            return _settings_from(_json_object(answer, "its settings"))

        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(settings(entry["url"])) for entry in entries]
    return [
        SandboxPbx(**entry, settings=task.result())
        for entry, task in zip(entries, tasks, strict=True)
    ]

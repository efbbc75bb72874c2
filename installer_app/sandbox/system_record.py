"""One declared PBX ("system") as the emulator holds it: fields, status machine, connection state.

Status follows Rainbow's documented machine: ``created`` (the PBX agent still uses the public
activation code) → ``activating`` (Rainbow proposed a private code) → ``activated`` (accepted).
``jid_pbxagent_password`` shows the public code until activation, then only a hash of the
private code (``sha256:<hex>``; docs/rainbow-api.md). Every status change stamps
``statusUpdatedDate``; every agent connection or disconnection adds a ``connectionHistory``
event. The ``/state`` channels are ``conf``, ``csta``, ``http`` and ``xmpp``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Final

from installer_app.sandbox.api_errors import bad_request
from installer_app.sandbox.system_rules import DEFAULT_SERVER_PING_TIMEOUT, SystemInput

CREATED: Final = "created"
ACTIVATING: Final = "activating"
ACTIVATED: Final = "activated"

#: [I] Value strings of ``/state`` and of ``connectionHistory`` event types.
CONNECTED: Final = "connected"
DISCONNECTED: Final = "disconnected"

CHANNELS: Final = ("conf", "csta", "http", "xmpp")
STATE_FORMATS: Final = {"small": (), "medium": ("conf", "csta", "http"), "full": CHANNELS}
LIST_FORMATS: Final = ("small", "medium", "full")
#: [I] Format of ``GET /systems`` items when the query has none (Rainbow lists default to small).
DEFAULT_LIST_FORMAT: Final = "small"


def iso_timestamp(seconds: float) -> str:
    """Rainbow's date format: ISO 8601, UTC, milliseconds, ``Z``."""
    moment = datetime.fromtimestamp(seconds, UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def hash_private_code(private_code: str) -> str:
    """What ``jid_pbxagent_password`` shows once activated."""
    return "sha256:" + hashlib.sha256(private_code.encode("utf-8")).hexdigest()


#: The fields :meth:`SystemRecord.apply` copies as they are (the lists are copied apart).
_PLAIN_FIELDS = (
    "name",
    "type",
    "country",
    "national_prefix",
    "international_prefix",
    "use_main_bundle_prefix",
    "version",
    "server_ping_timeout",
    "is_oxo_managed",
    "is_shared",
    "is_centrex",
)


@dataclass
class SystemRecord:
    """A declared PBX. Mutated only through the store, on the emulator's loop."""

    id: str
    name: str
    pbx_id: str
    site_ids: list[str]
    type: str
    bp_id: str
    activation_code: str = field(repr=False)
    jid_pbxagent: str
    creation_date: float
    country: str | None = None
    status: str = CREATED
    status_updated: float = 0.0
    national_prefix: str | None = None
    international_prefix: str | None = None
    main_bundle_prefix: list[str] = field(default_factory=list)
    use_main_bundle_prefix: bool = False
    numbering_translator: list[dict[str, str]] = field(default_factory=list)
    version: str | None = None
    server_ping_timeout: int = DEFAULT_SERVER_PING_TIMEOUT
    is_oxo_managed: bool = False
    search_result_order: list[str] = field(default_factory=list)
    is_shared: bool = False
    is_centrex: bool = False
    private_code_hash: str | None = field(default=None, repr=False)
    proposed_private_code: str | None = field(default=None, repr=False)
    agent_connected: bool = False
    channels: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(CHANNELS, False))
    connection_history: list[dict[str, str]] = field(default_factory=list)

    @property
    def jid_pbxagent_password(self) -> str:
        """The public code while created/activating, a hash of the private code afterwards."""
        if self.status == ACTIVATED and self.private_code_hash is not None:
            return self.private_code_hash
        return self.activation_code

    def set_status(self, status: str, now: float) -> None:
        """Move the status machine and stamp ``statusUpdatedDate``."""
        if status != self.status:
            self.status = status
            self.status_updated = now

    def set_agent_connected(self, connected: bool, now: float) -> None:
        """The PBX agent's link went up or down: all channels follow, history records it."""
        if connected == self.agent_connected:
            return
        self.agent_connected = connected
        self.channels = dict.fromkeys(CHANNELS, connected)
        event = CONNECTED if connected else DISCONNECTED
        self.connection_history.append({"eventType": event, "eventDate": iso_timestamp(now)})

    def set_channel(self, channel: str, connected: bool) -> None:
        """One monitored channel up or down (a Degraded system has one down)."""
        if channel not in CHANNELS:
            raise ValueError(f"unknown channel {channel!r}; expected one of {CHANNELS}")
        self.channels[channel] = connected

    def apply(self, changes: SystemInput) -> None:
        """Copy the fields a checked body carries (sites are linked by the store)."""
        for name in _PLAIN_FIELDS:
            if (value := getattr(changes, name)) is not None:
                setattr(self, name, value)
        if changes.main_bundle_prefix is not None:
            self.main_bundle_prefix = list(changes.main_bundle_prefix)
        if changes.numbering_translator is not None:
            self.numbering_translator = [dict(rule) for rule in changes.numbering_translator]
        if changes.search_result_order is not None:
            self.search_result_order = list(changes.search_result_order)

    def to_json(self, fmt: str = "full", *, connection_history: bool = False) -> dict[str, object]:
        """The ``data`` object Rainbow returns, in list format ``small``/``medium``/``full``."""
        if fmt == "small":
            return {"id": self.id, "pbxId": self.pbx_id, "version": self.version}
        if fmt == "medium":
            return {"id": self.id, "name": self.name, "pbxId": self.pbx_id,
                    "version": self.version, "status": self.status}  # fmt: skip
        data: dict[str, object] = {
            "id": self.id,
            "name": self.name,
            "pbxId": self.pbx_id,
            "siteId": list(self.site_ids),
            "type": self.type,
            "country": self.country,
            "status": self.status,
            "statusUpdatedDate": iso_timestamp(self.status_updated),
            "creationDate": iso_timestamp(self.creation_date),
            "jid_pbxagent": self.jid_pbxagent,
            "jid_pbxagent_password": self.jid_pbxagent_password,
            "pbxNationalPrefix": self.national_prefix,
            "pbxInternationalPrefix": self.international_prefix,
            "pbxMainBundlePrefix": list(self.main_bundle_prefix),
            "usePbxMainBundlePrefix": self.use_main_bundle_prefix,
            "pbxNumberingTranslator": [dict(rule) for rule in self.numbering_translator],
            "hasMediaPillar": False,
            "bpId": self.bp_id,
            "version": self.version,
            "serverPingTimeout": self.server_ping_timeout,
            "isOxoManaged": self.is_oxo_managed,
            "searchResultOrder": list(self.search_result_order),
            "isShared": self.is_shared,
            "isCentrex": self.is_centrex,
        }
        if connection_history:
            data["connectionHistory"] = [dict(event) for event in self.connection_history]
        return data

    def state_json(self, fmt: str, now: float) -> dict[str, object]:
        """The ``/state`` answer: connection (small); conf, csta, http (medium); +xmpp (full).

        Raises:
            RainbowApiError: 400 for an unknown format.
        """
        if fmt not in STATE_FORMATS:
            raise bad_request("format", "format must be small, medium or full")
        # The SDK documents ``timestamp`` as Unix time; [I] the unit is not stated: milliseconds,
        # as JavaScript clocks count. The program's client reads seconds, milliseconds or ISO.
        state: dict[str, object] = {"timestamp": int(now * 1000)}
        if fmt == "small":
            state["connection"] = CONNECTED if self.agent_connected else DISCONNECTED
        for channel in STATE_FORMATS[fmt]:
            state[channel] = CONNECTED if self.channels[channel] else DISCONNECTED
        return state

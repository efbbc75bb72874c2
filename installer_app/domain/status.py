"""The status Rainbow's admin portal shows for a PBX, derived from what the API returns.

The portal shows Pending, Running, Degraded or Activated; the API gives only the system's
``status`` (``created`` → ``activating`` → ``activated``) and its ``/state`` (connection and, in
the medium and full formats, one value per channel). [I] The portal status derives from both;
the derivation is `derive_admin_status`, the reading of ``/state`` values is `channel_state`,
and the channels that count are `MONITORED_CHANNELS`: change them there and nowhere else.

A value this version does not know (a new ``status``, a ``/state`` string not listed below) is
never read as a known one: the status is UNKNOWN, and `unknown_values` gives what Rainbow sent,
so that it can be shown as sent ("Rainbow says: …").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class AdminStatus(StrEnum):
    """The four statuses of a PBX in Rainbow's admin portal."""

    PENDING = "Pending"
    RUNNING = "Running"
    DEGRADED = "Degraded"
    ACTIVATED = "Activated"
    UNKNOWN = "Unknown"
    """Rainbow sent a ``status`` this version does not know: show it as sent."""


class ChannelState(StrEnum):
    """The state of the PBX's connection, or of one of its channels, as `channel_state` reads it."""

    CONNECTED = "connected"
    DISCONNECTED = "disconnected"
    UNKNOWN = "unknown"


#: [I] The ``/state`` value strings are not documented: these are read as up or down,
#: case-insensitively; anything else is UNKNOWN.
_CONNECTED_VALUES = frozenset({"connected", "up", "ok"})
_DISCONNECTED_VALUES = frozenset({"disconnected", "down", "ko"})

#: The channels of the medium (conf, csta, http) and full (+ xmpp) ``/state`` formats.
MONITORED_CHANNELS = ("conf", "csta", "http", "xmpp")

#: [I] The ``connectionHistory`` event types are not documented: an event whose type begins
#: with "connect" (case-insensitive) is read as a connection; "disconnect..." is not one.
_CONNECTION_EVENT_PREFIX = "connect"

#: Values of the system's ``status`` field.
_NOT_YET_ACTIVATED = frozenset({"created", "activating"})
_ACTIVATED = "activated"
KNOWN_STATUSES = frozenset({*_NOT_YET_ACTIVATED, _ACTIVATED})


def is_known_state_value(raw: object) -> bool:
    """Whether `channel_state` understands ``raw`` (absent, None, a boolean or a listed word)."""
    if raw is None or isinstance(raw, bool):
        return True
    if isinstance(raw, str):
        text = raw.strip().casefold()
        return text in _CONNECTED_VALUES or text in _DISCONNECTED_VALUES
    return False


def channel_state(raw: object) -> ChannelState:
    """Read one ``/state`` value: True or connected/up/ok, False or disconnected/down/ko.

    Never raises; any other value (including numbers and None) is UNKNOWN.
    """
    if raw is True:
        return ChannelState.CONNECTED
    if raw is False:
        return ChannelState.DISCONNECTED
    if isinstance(raw, str):
        text = raw.strip().casefold()
        if text in _CONNECTED_VALUES:
            return ChannelState.CONNECTED
        if text in _DISCONNECTED_VALUES:
            return ChannelState.DISCONNECTED
    return ChannelState.UNKNOWN


@dataclass(frozen=True)
class SystemState:
    """A PBX's ``/state``: its overall connection, and its channels when the format has them.

    `channels` holds only the `MONITORED_CHANNELS` present in the answer (empty for the small
    format).
    """

    connection: ChannelState
    channels: Mapping[str, ChannelState] = field(default_factory=dict)
    unknown: Mapping[str, str] = field(default_factory=dict, compare=False)
    """The values read as UNKNOWN because this version does not know them, as Rainbow sent
    them (``{"csta": "established"}``)."""

    @property
    def channels_down(self) -> list[str]:
        """The monitored channels reported down, in the order of `channels`."""
        return [name for name, state in self.channels.items() if state is ChannelState.DISCONNECTED]


def _connection_from_channels(channels: Mapping[str, ChannelState]) -> ChannelState:
    """[I] Connected when at least one channel is up; disconnected when none is up and one is
    down; unknown otherwise. A PBX with one channel down is thus connected but degraded."""
    states = set(channels.values())
    if ChannelState.CONNECTED in states:
        return ChannelState.CONNECTED
    if ChannelState.DISCONNECTED in states:
        return ChannelState.DISCONNECTED
    return ChannelState.UNKNOWN


def parse_state(data: Mapping[str, object]) -> SystemState:
    """Read the ``data`` object of ``GET /systems/{id}/state`` in any format; never raises.

    Small format ``{timestamp, connection}``: the connection as given. Medium
    ``{timestamp, conf, csta, http}`` and full (+ ``xmpp``): the channels, and a connection
    derived from them (see `_connection_from_channels`) unless a readable ``connection`` is
    also present. Other keys are ignored.
    """
    channels = {name: channel_state(data[name]) for name in MONITORED_CHANNELS if name in data}
    connection = channel_state(data.get("connection"))
    if connection is ChannelState.UNKNOWN:
        connection = _connection_from_channels(channels)
    unknown = {
        name: str(data[name])
        for name in ("connection", *MONITORED_CHANNELS)
        if name in data and not is_known_state_value(data[name])
    }
    return SystemState(connection, channels, unknown)


def unknown_values(status: object, state: SystemState | None) -> dict[str, str]:
    """What Rainbow sent that this version does not know, by field, as it was sent."""
    found: dict[str, str] = {}
    text = status.strip().casefold() if isinstance(status, str) else ""
    if text not in KNOWN_STATUSES:
        found["status"] = status if isinstance(status, str) and status.strip() else "(none)"
    if state is not None:
        found.update(state.unknown)
    return found


def ever_connected(event_types: Iterable[str]) -> bool:
    """Whether a system's ``connectionHistory`` (its event types) holds a connection.

    The reading of the event types is `_CONNECTION_EVENT_PREFIX` [I]; change it there only.
    """
    return any(
        event.strip().casefold().startswith(_CONNECTION_EVENT_PREFIX) for event in event_types
    )


def derive_admin_status(
    status: str, state: SystemState | None, *, ever_connected: bool = False
) -> AdminStatus:
    """The status the admin portal shows, from the system's ``status`` and its ``/state``.

    Args:
        status: the system's ``status`` field; case and surrounding spaces are ignored.
            A value this version does not know gives UNKNOWN, never a known status.
        state: the parsed ``/state``, or None when it could not be read.
        ever_connected: whether the PBX has connected before (from ``connectionHistory``); a
            PBX connected now counts as having connected.

    - created/activating, never connected → Pending; having connected → Activated (being
      restored).
    - activated: connected with no monitored channel down → Running; connected with a channel
      down → Degraded; disconnected or unknown → Activated. [I] A channel whose value is not
      understood does not count as down.
    """
    value = status.strip().casefold() if isinstance(status, str) else ""
    connected = state is not None and state.connection is ChannelState.CONNECTED
    if value == _ACTIVATED:
        if not connected or state is None:
            return AdminStatus.ACTIVATED
        return AdminStatus.DEGRADED if state.channels_down else AdminStatus.RUNNING
    if value not in _NOT_YET_ACTIVATED:
        return AdminStatus.UNKNOWN
    if ever_connected or connected:
        return AdminStatus.ACTIVATED
    return AdminStatus.PENDING


_DESCRIPTIONS: Mapping[AdminStatus, str] = {
    AdminStatus.PENDING: "The PBX is declared on Rainbow but has never connected to it.",
    AdminStatus.RUNNING: "The PBX is connected to Rainbow and every monitored channel is up.",
    AdminStatus.DEGRADED: "The PBX is connected to Rainbow but a monitored channel is down.",
    AdminStatus.ACTIVATED: (
        "The PBX is activated but not connected to Rainbow now, or its connection is being "
        "restored."
    ),
    AdminStatus.UNKNOWN: (
        "Rainbow reports a status this version of the program does not know; it is shown as "
        "Rainbow sent it."
    ),
}


def describe(status: AdminStatus) -> str:
    """One sentence saying what `status` means, as the Rainbow help centre defines it."""
    return _DESCRIPTIONS[status]

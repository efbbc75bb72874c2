"""The admin-portal status of a PBX, derived from the system's status and its /state."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from installer_app.domain.status import (
    MONITORED_CHANNELS,
    AdminStatus,
    ChannelState,
    SystemState,
    channel_state,
    derive_admin_status,
    describe,
    ever_connected,
    parse_state,
    unknown_values,
)

UP, DOWN, UNKNOWN = ChannelState.CONNECTED, ChannelState.DISCONNECTED, ChannelState.UNKNOWN
P, RU, DE, AC = (
    AdminStatus.PENDING,
    AdminStatus.RUNNING,
    AdminStatus.DEGRADED,
    AdminStatus.ACTIVATED,
)
UN = AdminStatus.UNKNOWN


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("connected", UP),
        ("Connected", UP),
        (" UP ", UP),
        ("ok", UP),
        ("OK", UP),
        (True, UP),
        ("disconnected", DOWN),
        ("DOWN", DOWN),
        ("ko", DOWN),
        ("Ko", DOWN),
        (False, DOWN),
        ("connecting", UNKNOWN),
        ("", UNKNOWN),
        (None, UNKNOWN),
        (1, UNKNOWN),
        (0, UNKNOWN),
        ({"state": "connected"}, UNKNOWN),
    ],
)
def test_channel_state(raw: object, expected: ChannelState) -> None:
    assert channel_state(raw) is expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # small format
        ({"timestamp": "2024-05-01T10:00:00Z", "connection": "connected"}, SystemState(UP, {})),
        ({"timestamp": 1, "connection": "disconnected"}, SystemState(DOWN, {})),
        ({"timestamp": 1, "connection": "weird"}, SystemState(UNKNOWN, {})),
        ({}, SystemState(UNKNOWN, {})),
        # medium format
        (
            {"timestamp": 1, "conf": "up", "csta": "up", "http": "up"},
            SystemState(UP, {"conf": UP, "csta": UP, "http": UP}),
        ),
        (
            {"timestamp": 1, "conf": "up", "csta": "down", "http": "up"},
            SystemState(UP, {"conf": UP, "csta": DOWN, "http": UP}),
        ),
        (
            {"timestamp": 1, "conf": "down", "csta": "down", "http": "down"},
            SystemState(DOWN, {"conf": DOWN, "csta": DOWN, "http": DOWN}),
        ),
        (
            {"conf": "down", "csta": "?", "http": "?"},
            SystemState(DOWN, {"conf": DOWN, "csta": UNKNOWN, "http": UNKNOWN}),
        ),
        (
            {"conf": "?", "csta": "?", "http": "?"},
            SystemState(UNKNOWN, {"conf": UNKNOWN, "csta": UNKNOWN, "http": UNKNOWN}),
        ),
        # full format
        (
            {"timestamp": 1, "conf": True, "csta": True, "http": True, "xmpp": False},
            SystemState(UP, {"conf": UP, "csta": UP, "http": UP, "xmpp": DOWN}),
        ),
        # an explicit readable connection wins over the channels; an unreadable one does not
        (
            {"connection": "disconnected", "conf": "up"},
            SystemState(DOWN, {"conf": UP}),
        ),
        ({"connection": "?", "conf": "up"}, SystemState(UP, {"conf": UP})),
        # unknown keys are ignored
        ({"connection": "ok", "sip": "down"}, SystemState(UP, {})),
    ],
)
def test_parse_state(data: dict[str, object], expected: SystemState) -> None:
    assert parse_state(data) == expected


SMALL_UP = parse_state({"timestamp": 1, "connection": "connected"})
SMALL_DOWN = parse_state({"timestamp": 1, "connection": "disconnected"})
SMALL_UNKNOWN = parse_state({"timestamp": 1, "connection": "?"})
MEDIUM_UP = parse_state({"conf": "up", "csta": "up", "http": "up"})
MEDIUM_ONE_DOWN = parse_state({"conf": "up", "csta": "down", "http": "up"})
MEDIUM_ALL_DOWN = parse_state({"conf": "down", "csta": "down", "http": "down"})
MEDIUM_ONE_UNREADABLE = parse_state({"conf": "up", "csta": "?", "http": "up"})
FULL_UP = parse_state({"conf": "up", "csta": "up", "http": "up", "xmpp": "up"})
FULL_XMPP_DOWN = parse_state({"conf": "up", "csta": "up", "http": "up", "xmpp": "down"})

STATES: dict[str, SystemState | None] = {
    "none": None,
    "small up": SMALL_UP,
    "small down": SMALL_DOWN,
    "small unknown": SMALL_UNKNOWN,
    "medium up": MEDIUM_UP,
    "medium one down": MEDIUM_ONE_DOWN,
    "medium all down": MEDIUM_ALL_DOWN,
    "medium one unreadable": MEDIUM_ONE_UNREADABLE,
    "full up": FULL_UP,
    "full xmpp down": FULL_XMPP_DOWN,
}

# For each state: the status shown for (created/activating never connected, ... ever connected,
# activated never connected, activated ever connected, unknown status never, unknown status ever).
EXPECTED: dict[str, tuple[AdminStatus, ...]] = {
    "none": (P, AC, AC, AC, UN, UN),
    "small up": (AC, AC, RU, RU, UN, UN),
    "small down": (P, AC, AC, AC, UN, UN),
    "small unknown": (P, AC, AC, AC, UN, UN),
    "medium up": (AC, AC, RU, RU, UN, UN),
    "medium one down": (AC, AC, DE, DE, UN, UN),
    "medium all down": (P, AC, AC, AC, UN, UN),
    "medium one unreadable": (AC, AC, RU, RU, UN, UN),
    "full up": (AC, AC, RU, RU, UN, UN),
    "full xmpp down": (AC, AC, DE, DE, UN, UN),
}

STATUS_GROUPS = {
    0: ["created", "activating", "CREATED", " activating "],
    2: ["activated", "Activated", "ACTIVATED "],
    4: ["terminated", "", "deleted", "running"],
}

TABLE = [
    pytest.param(status, state_name, ever, EXPECTED[state_name][column + ever])
    for state_name in STATES
    for column, statuses in STATUS_GROUPS.items()
    for status in statuses
    for ever in (0, 1)
]


def test_the_table_covers_every_combination() -> None:
    assert set(EXPECTED) == set(STATES)
    assert len(TABLE) == len(STATES) * 11 * 2


@pytest.mark.parametrize(("status", "state_name", "ever", "expected"), TABLE)
def test_derive_admin_status(
    status: str, state_name: str, ever: int, expected: AdminStatus
) -> None:
    assert derive_admin_status(status, STATES[state_name], ever_connected=bool(ever)) is expected


def test_channels_down_are_named() -> None:
    assert FULL_XMPP_DOWN.channels_down == ["xmpp"]
    assert MEDIUM_ALL_DOWN.channels_down == ["conf", "csta", "http"]
    assert SMALL_UP.channels_down == []


def test_a_non_text_status_is_unknown_never_a_known_word() -> None:
    assert derive_admin_status(None, SMALL_UP) is UN  # type: ignore[arg-type]


@pytest.mark.parametrize("status", ["terminated", "suspended", "running", "Activé"])
def test_an_unknown_status_is_kept_as_sent(status: str) -> None:
    state = parse_state({"connection": "connected"})
    assert derive_admin_status(status, state) is UN
    assert unknown_values(status, state) == {"status": status}
    assert unknown_values("", state) == {"status": "(none)"}


def test_unknown_state_values_are_kept_as_sent() -> None:
    state = parse_state({"connection": "established", "conf": "up", "csta": 3, "http": None})
    assert state.unknown == {"connection": "established", "csta": "3"}
    assert unknown_values("activated", state) == {"connection": "established", "csta": "3"}
    assert unknown_values("activated", parse_state({"conf": True, "xmpp": "KO"})) == {}


def test_describe_follows_the_help_centre() -> None:
    assert describe(AdminStatus.PENDING) == (
        "The PBX is declared on Rainbow but has never connected to it."
    )
    assert "every monitored channel is up" in describe(AdminStatus.RUNNING)
    assert "a monitored channel is down" in describe(AdminStatus.DEGRADED)
    assert "being restored" in describe(AdminStatus.ACTIVATED)
    assert len({describe(status) for status in AdminStatus}) == len(AdminStatus)


def test_admin_status_values_are_the_portal_words() -> None:
    assert [str(s) for s in AdminStatus] == [
        "Pending",
        "Running",
        "Degraded",
        "Activated",
        "Unknown",
    ]


_keys = st.one_of(st.sampled_from(["timestamp", "connection", *MONITORED_CHANNELS]), st.text())
_values = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["connected", "UP", "ok", "disconnected", "Down", "KO"]),
    st.booleans(),
    st.none(),
    st.integers(),
)


@given(st.dictionaries(_keys, _values), st.text(max_size=12), st.booleans())
def test_never_raises_on_any_dict(data: dict[str, object], status: str, ever: bool) -> None:
    state = parse_state(data)
    assert set(state.channels) <= set(MONITORED_CHANNELS)
    result = derive_admin_status(status, state, ever_connected=ever)
    assert result in AdminStatus
    if result in (RU, DE):
        assert status.strip().casefold() == "activated"
        assert state.connection is UP
    if result is DE:
        assert state.channels_down
    assert describe(result)


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        ((), False),
        (("disconnected",), False),
        (("connected", "disconnected"), True),
        ((" Connection ",), True),
    ],
)
def test_ever_connected_reads_connection_history(events: tuple[str, ...], expected: bool) -> None:
    assert ever_connected(events) is expected

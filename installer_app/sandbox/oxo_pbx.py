"""One emulated OXO Connect: its Cloud > Rainbow page as OMC shows it, and its agent's link.

The page holds "Rainbow enabled", "Rainbow PABX-ID" (the CPU serial number by default),
"Activation code" (never shown back: only whether one is set), "Domain name"
(``openrainbow.com``), the connection and the last error. :meth:`OxoPbx.apply` is OMC's Apply
then Yes: every value is checked first (400 naming the field), the activation code is read-only
once an activation succeeded (409, as in OMC), and the agent restarts only when something
changed, so a refused code is not tried again until the settings change.

The PBX runs its :class:`~installer_app.sandbox.oxo_agent.CloudConnectAgent` only while it is
attached to an :class:`~installer_app.sandbox.oxo_agent.Uplink` (its emulator is running) and
Rainbow is enabled.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import deque
from collections.abc import Callable, Mapping
from typing import Final

from installer_app.sandbox.fleet import PbxSpec
from installer_app.sandbox.oxo_agent import (
    CONNECTING,
    DISABLED,
    DISCONNECTED,
    AgentCredentials,
    CloudConnectAgent,
    Uplink,
)

READ_ONLY_CODE: Final = "The activation code is read-only after a successful activation."
SETTINGS_FIELDS: Final = ("rainbow_enabled", "pabx_id", "activation_code", "domain_name")

#: [I] OMC's character rules are not published; these shapes accept CPU serial numbers,
#: stock references (``ALE12-1234.5678.90``) and Rainbow's generated ids.
_PABX_ID: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_CODE: Final = re.compile(r"[!-~]{0,64}")
_LABEL: Final = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_DOMAIN: Final = re.compile(rf"(?=.{{1,253}}$){_LABEL}(?:\.{_LABEL})*")
_HISTORY: Final = 100

_log = logging.getLogger(__name__)


class SettingsError(Exception):
    """A refused change of the Cloud > Rainbow page: ``status`` 400 or 409, naming ``field``."""

    def __init__(self, status: int, field: str, message: str) -> None:
        super().__init__(message)
        self.status, self.field, self.message = status, field, message

    def body(self) -> dict[str, str]:
        """The management endpoint's error body."""
        return {"field": self.field, "message": self.message}


def _is_bool(value: object) -> bool:
    return type(value) is bool


def _matches(pattern: re.Pattern[str]) -> Callable[[object], bool]:
    def check(value: object) -> bool:
        return isinstance(value, str) and pattern.fullmatch(value) is not None

    return check


_CHECKS: Final[tuple[tuple[str, Callable[[object], bool], str], ...]] = (
    ("rainbow_enabled", _is_bool, '"Rainbow enabled" must be true or false.'),
    ("pabx_id", _matches(_PABX_ID),
     '"Rainbow PABX-ID" must be 1 to 64 letters, digits, dots, dashes or underscores, '
     "starting with a letter or a digit."),
    ("activation_code", _matches(_CODE),
     '"Activation code" must be at most 64 printable characters, without spaces.'),
    ("domain_name", _matches(_DOMAIN),
     '"Domain name" must be a host name such as openrainbow.com.'),
)  # fmt: skip


def check_changes(body: Mapping[str, object]) -> dict[str, object]:
    """The fields of a PUT body, each checked; the first problem is a 400 naming it.

    Raises:
        SettingsError: an unknown field or a value OMC would not accept.
    """
    for name in body:
        if name not in SETTINGS_FIELDS:
            expected = ", ".join(SETTINGS_FIELDS)
            raise SettingsError(400, name, f"Unknown setting; expected one of {expected}.")
    for name, valid, message in _CHECKS:
        if name in body and not valid(body[name]):
            raise SettingsError(400, name, message)
    return dict(body)


class OxoPbx:
    """One PBX's state, mutated only on its emulator's event loop.

    Attributes:
        connection: ``disabled``, ``connecting``, ``connected``, ``disconnected`` or ``refused``.
        last_error: the PBX's words about the last failure (never a code), or None.
        connection_history: every change of ``connection``, oldest first (the last 100).
        attempts: how many times the agent dialed the gateway (tests count retries with it).
    """

    def __init__(self, spec: PbxSpec) -> None:
        self.spec = spec
        self.rainbow_enabled = spec.rainbow_enabled
        self.pabx_id = spec.pabx_id or spec.serial
        self.domain_name = spec.domain_name
        self._activation_code = spec.activation_code
        self._private_code = spec.private_code
        self.connection = DISCONNECTED if spec.rainbow_enabled else DISABLED
        self.last_error: str | None = None
        self.connection_history: deque[str] = deque([self.connection], maxlen=_HISTORY)
        self.attempts = 0
        self._uplink: Uplink | None = None
        self._agent: CloudConnectAgent | None = None
        self._generation = 0
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def serial(self) -> str:
        """CPU serial number."""
        return self.spec.serial

    @property
    def activation_code_read_only(self) -> bool:
        """True once an activation succeeded, until Rainbow forgets it (connection reset)."""
        return self._private_code is not None

    def entry(self, base_url: str) -> dict[str, object]:
        """This PBX in ``GET /pbxs``."""
        spec = self.spec
        return {"serial": spec.serial, "model": spec.model, "mode": spec.mode,
                "fleet_ref": spec.fleet_ref, "installation_ref": spec.installation_ref,
                "url": f"{base_url.rstrip('/')}/pbxs/{spec.serial}"}  # fmt: skip

    def settings(self) -> dict[str, object]:
        """The Cloud > Rainbow page, without the activation code itself."""
        return {
            "rainbow_enabled": self.rainbow_enabled,
            "pabx_id": self.pabx_id,
            "activation_code_set": bool(self._activation_code),
            "activation_code_read_only": self.activation_code_read_only,
            "domain_name": self.domain_name,
            "connection": self.connection,
            "last_error": self.last_error,
        }

    def status(self) -> dict[str, object]:
        """The link's state."""
        return {"connection": self.connection, "last_error": self.last_error}

    def apply(self, body: Mapping[str, object]) -> dict[str, object]:
        """OMC's Apply and Yes: check everything, then change and restart the link if needed.

        A new PABX-ID drops the activation (it belonged to the old one), so it may come with a
        new code even while the code is read-only.

        Raises:
            SettingsError: 400 for a bad value, 409 for a new code while it is read-only.
        """
        changes = check_changes(body)
        code = changes.get("activation_code", self._activation_code)
        same_pbx_id = changes.get("pabx_id", self.pabx_id) == self.pabx_id
        if code != self._activation_code and self.activation_code_read_only and same_pbx_id:
            raise SettingsError(409, "activation_code", READ_ONLY_CODE)
        before = (self.rainbow_enabled, self.pabx_id, self._activation_code, self.domain_name)
        after = (
            bool(changes.get("rainbow_enabled", self.rainbow_enabled)),
            str(changes.get("pabx_id", self.pabx_id)),
            str(code),
            str(changes.get("domain_name", self.domain_name)),
        )
        if after != before:
            if after[1] != self.pabx_id:
                self._private_code = None
            self.rainbow_enabled, self.pabx_id, self._activation_code, self.domain_name = after
            self._restart()
        return self.settings()

    def attach(self, uplink: Uplink) -> None:
        """Start the agent (if Rainbow is enabled) dialing through ``uplink``."""
        self._uplink = uplink
        self._restart()

    async def detach(self) -> None:
        """Stop the agent and close its link; the page keeps its values."""
        self._uplink = None
        self._generation += 1
        self._agent = None
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks)
        self._set_connection(DISCONNECTED if self.rainbow_enabled else DISABLED, None)

    def drop_link(self) -> bool:
        """Cut the agent's link as a network failure would; False when there is none."""
        return self._agent is not None and self._agent.drop()

    # -- the agent's reports (AgentSink), for the current agent only ---------------------------

    def _set_connection(self, connection: str, last_error: str | None) -> None:
        if connection != self.connection:
            self.connection_history.append(connection)
        self.connection, self.last_error = connection, last_error

    def _restart(self) -> None:
        self._generation += 1
        self._agent = None
        previous = list(self._tasks)
        for task in previous:
            task.cancel()
        if not self.rainbow_enabled:
            self._set_connection(DISABLED, None)
            return
        if self._uplink is None:
            return
        self._set_connection(CONNECTING, None)
        credentials = AgentCredentials(
            self.pabx_id, self._activation_code, self.domain_name, self._private_code
        )
        agent = CloudConnectAgent(self._uplink, credentials, _Sink(self, self._generation))
        self._agent = agent
        task = asyncio.get_running_loop().create_task(self._run(agent, previous))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, agent: CloudConnectAgent, previous: list[asyncio.Task[None]]) -> None:
        if previous:  # the old link closes before the new one opens
            await asyncio.wait(previous)
        try:
            await agent.run()
        except Exception:
            _log.exception("The agent of emulated PBX %s failed", self.serial)
            if self._agent is agent:
                self._set_connection(DISCONNECTED, "Internal error of the emulated agent.")


class _Sink:
    """Passes one agent's reports to its PBX while that agent is the current one."""

    def __init__(self, pbx: OxoPbx, generation: int) -> None:
        self._pbx, self._generation = pbx, generation

    def _current(self) -> bool:
        return self._pbx._generation == self._generation

    def dialing(self) -> None:
        if self._current():
            self._pbx.attempts += 1

    def link_state(self, connection: str, last_error: str | None) -> None:
        if self._current():
            self._pbx._set_connection(connection, last_error)

    def activated(self, private_code: str) -> None:
        if self._current():
            self._pbx._private_code = private_code

    def activation_lost(self) -> None:
        if self._current():
            self._pbx._private_code = None

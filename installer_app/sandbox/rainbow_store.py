"""The Rainbow emulator's state: directory, declared systems, and the PBX agent's hooks.

Routes call the ``*_system`` methods with the caller's business-partner id; they enforce
Rainbow's rules and raise :class:`~installer_app.sandbox.api_errors.RainbowApiError`. Tests
inspect :attr:`RainbowStore.systems` or :meth:`RainbowStore.list_systems` directly.

The PBX gateway (:mod:`installer_app.sandbox.gateway_routes`) drives a system's life through
these hooks as the PBX agent's WebSocket comes and goes: :meth:`RainbowStore.agent_connect`,
:meth:`RainbowStore.agent_confirm`, :meth:`RainbowStore.agent_disconnect` and
:meth:`RainbowStore.set_channel`. When the admin side revokes an agent's access (reset
connection, deletion), every callable in :attr:`RainbowStore.agent_revoked` is called with the
pbxId so the gateway can close that agent's link.
"""

from __future__ import annotations

import random
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from installer_app.sandbox import api_errors
from installer_app.sandbox.api_errors import bad_request, forbidden, not_found
from installer_app.sandbox.directory import Directory
from installer_app.sandbox.seed import SandboxSeed, SeedSystem
from installer_app.sandbox.system_record import (
    ACTIVATED,
    ACTIVATING,
    CREATED,
    SystemRecord,
    hash_private_code,
)
from installer_app.sandbox.system_rules import (
    SystemInput,
    generate_activation_code,
    generate_pbx_id,
    validate_create,
    validate_update,
)


def seeded_private_code(system_id: str) -> str:
    """The private code of a system seeded as activated, so an emulated PBX can reconnect it."""
    return f"seeded-{system_id}"


@dataclass(frozen=True)
class AgentConnectResult:
    """What Rainbow answered a PBX agent presenting ``pbxId`` and a code.

    Attributes:
        accepted: the agent is connected.
        reason: why it was refused ("" when accepted).
        system_id: the system concerned, when the pbxId is known.
        status: the system's status after the attempt.
        private_code: the private code Rainbow handed over on activation; the agent must
            present it on later connections (the public code no longer works).
    """

    accepted: bool
    reason: str = ""
    system_id: str | None = None
    status: str | None = None
    private_code: str | None = field(default=None, repr=False)


class RainbowStore(Directory):
    """Everything the emulator knows, mutated only on the emulator's event loop.

    Args:
        seed: the starting data.
        clock: wall-clock seconds (injectable for tests).
        rng: source of generated codes and ids (seed it for reproducible demos).
    """

    def __init__(
        self,
        seed: SandboxSeed,
        *,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
    ) -> None:
        self._clock = clock
        self._rng = rng or random.Random()
        super().__init__(seed, clock(), self.new_id)
        self.jid_domain = seed.jid_domain
        self.systems: dict[str, SystemRecord] = {}
        #: Called with a pbxId whose agent lost its access (reset connection, deletion).
        self.agent_revoked: list[Callable[[str], None]] = []
        for seeded in seed.systems:
            self._add_seeded(seeded)

    def new_id(self) -> str:
        """A fresh Rainbow-like id: eight hex digits of time, sixteen random."""
        return f"{int(self._clock()) & 0xFFFFFFFF:08x}{self._rng.getrandbits(64):016x}"

    def now(self) -> float:
        """The store's clock."""
        return self._clock()

    # -- systems as the REST API sees them ---------------------------------------------------

    def list_systems(
        self,
        bp_id: str | None = None,
        *,
        site_id: str | None = None,
        company_id: str | None = None,
        system_type: str | None = None,
        status: str | None = None,
    ) -> list[SystemRecord]:
        """Systems, optionally only one partner's and filtered; with no argument, all of them."""
        found = []
        for system in self.systems.values():
            if bp_id is not None and system.bp_id != bp_id:
                continue
            if site_id is not None and site_id not in system.site_ids:
                continue
            if company_id is not None and not any(
                self.sites[s].company_id == company_id for s in system.site_ids
            ):
                continue
            if system_type is not None and system.type != system_type:
                continue
            if status is not None and system.status != status:
                continue
            found.append(system)
        return found

    def system(self, bp_id: str, system_id: str) -> SystemRecord:
        """One of the partner's systems. Raises 404 when unknown, 403 when another's."""
        system = self.systems.get(system_id)
        if system is None:
            raise not_found(f"System {system_id} not found")
        if system.bp_id != bp_id:
            raise forbidden(f"System {system_id} belongs to another business partner")
        return system

    def system_by_pbx_id(self, bp_id: str, pbx_id: str) -> SystemRecord:
        """``GET /systems/pbxid/{pbxId}``. Raises 404 when none, 403 when another's.

        The 403 names neither the system nor its owner: another partner's system id is not
        the caller's to know.
        """
        system = self._find_pbx(pbx_id)
        if system is None:
            raise not_found(f"No system with pbxId {pbx_id}")
        if system.bp_id != bp_id:
            raise forbidden("This pbxId is not one of your business partner's systems")
        return system

    def create_system(self, bp_id: str, body: Mapping[str, object]) -> SystemRecord:
        """``POST /systems``: check, then declare a PBX in status ``created``.

        Raises:
            RainbowApiError: 400 (a field), 403 (a site not of the partner's customers),
                409 409001 (pbxId already declared).
        """
        checked = validate_create(body, bp_id)
        site_ids = self._checked_sites(bp_id, checked, checked.site_ids or [])
        if checked.pbx_id is not None and self._find_pbx(checked.pbx_id) is not None:
            raise api_errors.conflict("pbxId already exists", api_errors.PBX_ID_EXISTS)
        system_type = checked.type or "oxo"
        pbx_id = checked.pbx_id or self._free_pbx_id(system_type)
        now = self._clock()
        system = SystemRecord(
            id=self.new_id(),
            name=checked.name or "",
            pbx_id=pbx_id,
            site_ids=site_ids,
            type=system_type,
            bp_id=bp_id,
            activation_code=checked.activation_code or generate_activation_code(self._rng),
            jid_pbxagent=f"pbxagent_{self._rng.getrandbits(128):032x}@{self.jid_domain}",
            creation_date=now,
            status_updated=now,
        )
        self._check_oxo_managed(system.id, checked.is_oxo_managed or False, system_type, site_ids)
        system.apply(checked)
        self.systems[system.id] = system
        return system

    def update_system(self, bp_id: str, system_id: str, body: Mapping[str, object]) -> SystemRecord:
        """``PUT /systems/{id}``: change the updatable fields.

        Raises:
            RainbowApiError: 400 (a field, or a field fixed at creation), 403, 404.
        """
        system = self.system(bp_id, system_id)
        checked = validate_update(body, bp_id)
        site_ids = system.site_ids
        if checked.site_ids is not None:
            site_ids = self._checked_sites(bp_id, checked, checked.site_ids)
        system_type = checked.type or system.type
        self._check_oxo_managed(system.id, system.is_oxo_managed, system_type, site_ids)
        system.apply(checked)
        system.site_ids = list(site_ids)
        return system

    def delete_system(self, bp_id: str, system_id: str) -> None:
        """``DELETE /systems/{id}``."""
        system = self.system(bp_id, system_id)
        del self.systems[system_id]
        self._revoke_agent(system.pbx_id)

    def link_site(self, bp_id: str, site_id: str, system_id: str) -> SystemRecord:
        """``POST /sites/{siteId}/systems``; linking an already linked site changes nothing."""
        site = self.site(bp_id, site_id)
        system = self.system(bp_id, system_id)
        if site.id not in system.site_ids:
            companies = {self.sites[s].company_id for s in system.site_ids} | {site.company_id}
            if len(companies) > 1 and not system.is_shared:
                raise bad_request("siteId", "only a shared system can serve several companies")
            system.site_ids.append(site.id)
        return system

    def unlink_site(self, bp_id: str, site_id: str, system_id: str) -> SystemRecord:
        """``DELETE /sites/{siteId}/systems/{systemId}``. Raises 404 when not linked."""
        self.site(bp_id, site_id)
        system = self.system(bp_id, system_id)
        if site_id not in system.site_ids:
            raise not_found(f"System {system_id} is not linked to site {site_id}")
        system.site_ids.remove(site_id)
        return system

    def reset_connection(self, system_id: str) -> str:
        """The admin portal's "Reset connection": new public code, back to ``created``."""
        system = self.systems[system_id]
        system.activation_code = generate_activation_code(self._rng)
        system.private_code_hash = system.proposed_private_code = None
        system.set_agent_connected(False, self._clock())
        system.set_status(CREATED, self._clock())
        self._revoke_agent(system.pbx_id)
        return system.activation_code

    # -- the PBX agent's side ------------------------------------------------------------------

    def agent_connect(
        self, pbx_id: str, activation_code: str, *, confirm: bool = True
    ) -> AgentConnectResult:
        """A PBX agent connects with its equipment id and a code.

        Before activation the code must be the public activation code: Rainbow then proposes
        a private code (``activating``) and, with ``confirm`` (the agent accepts at once),
        the system is ``activated``. After activation only the private code is accepted.
        A refused attempt changes nothing: the system stays Pending, as in the field.
        """
        system = self._find_pbx(pbx_id)
        if system is None:
            return AgentConnectResult(False, "unknown pbxId")
        now = self._clock()
        if system.status == ACTIVATED:
            if system.private_code_hash != hash_private_code(activation_code):
                return AgentConnectResult(False, "wrong activation code", system.id, ACTIVATED)
            system.set_agent_connected(True, now)
            return AgentConnectResult(True, "", system.id, ACTIVATED, activation_code)
        if activation_code != system.activation_code:
            return AgentConnectResult(False, "wrong activation code", system.id, system.status)
        private_code = secrets.token_hex(16)
        system.proposed_private_code = private_code
        system.set_status(ACTIVATING, now)
        system.set_agent_connected(True, now)
        if confirm:
            return self.agent_confirm(pbx_id, private_code)
        return AgentConnectResult(True, "", system.id, ACTIVATING, private_code)

    def agent_confirm(self, pbx_id: str, private_code: str) -> AgentConnectResult:
        """The agent accepts the proposed private code: ``activating`` → ``activated``."""
        system = self._find_pbx(pbx_id)
        if system is None:
            return AgentConnectResult(False, "unknown pbxId")
        if system.status != ACTIVATING or system.proposed_private_code != private_code:
            return AgentConnectResult(False, "no such code proposed", system.id, system.status)
        system.private_code_hash = hash_private_code(private_code)
        system.proposed_private_code = None
        system.set_status(ACTIVATED, self._clock())
        return AgentConnectResult(True, "", system.id, ACTIVATED, private_code)

    def agent_disconnect(self, pbx_id: str) -> None:
        """The agent's link dropped; a no-op for an unknown or already disconnected pbxId."""
        system = self._find_pbx(pbx_id)
        if system is not None:
            system.set_agent_connected(False, self._clock())

    def set_channel(self, system_id: str, channel: str, connected: bool) -> None:
        """One monitored channel (conf, csta, http, xmpp) up or down.

        Raises:
            KeyError: unknown system id. ValueError: unknown channel.
        """
        self.systems[system_id].set_channel(channel, connected)

    # -- internals ---------------------------------------------------------------------------

    def _revoke_agent(self, pbx_id: str) -> None:
        for callback in list(self.agent_revoked):
            callback(pbx_id)

    def _find_pbx(self, pbx_id: str) -> SystemRecord | None:
        return next((s for s in self.systems.values() if s.pbx_id == pbx_id), None)

    def _free_pbx_id(self, system_type: str) -> str:
        while True:
            candidate = generate_pbx_id(system_type, self._rng)
            if self._find_pbx(candidate) is None:
                return candidate

    def _checked_sites(self, bp_id: str, checked: SystemInput, site_ids: list[str]) -> list[str]:
        sites = [self.site_in_body(bp_id, site_id) for site_id in dict.fromkeys(site_ids)]
        if len({s.company_id for s in sites}) > 1 and not checked.is_shared:
            raise bad_request("siteId", "only a shared system can serve several companies")
        return [s.id for s in sites]

    def _check_oxo_managed(
        self, system_id: str, is_oxo_managed: bool, system_type: str, site_ids: list[str]
    ) -> None:
        if not is_oxo_managed:
            return
        if system_type != "oxo":
            raise bad_request("isOxoManaged", "isOxoManaged is only allowed for type oxo")
        companies = {self.sites[s].company_id for s in site_ids}
        for other in self.systems.values():
            if (
                other.id != system_id
                and other.is_oxo_managed
                and companies & {self.sites[s].company_id for s in other.site_ids}
            ):
                raise bad_request("isOxoManaged", "this company already has an OXO-managed system")

    def _add_seeded(self, seeded: SeedSystem) -> None:
        now = self._clock()
        system = SystemRecord(
            id=seeded.id,
            name=seeded.name,
            pbx_id=seeded.pbx_id,
            site_ids=[seeded.site_id],
            type=seeded.type,
            bp_id=seeded.bp_id,
            activation_code=seeded.activation_code,
            jid_pbxagent=f"pbxagent_{seeded.id}@{self.jid_domain}",
            creation_date=now,
            country=seeded.country,
            status_updated=now,
            national_prefix=seeded.national_prefix,
            international_prefix=seeded.international_prefix,
        )
        if seeded.status == ACTIVATED:
            system.private_code_hash = hash_private_code(seeded_private_code(seeded.id))
        system.set_status(seeded.status, now)
        self.systems[system.id] = system

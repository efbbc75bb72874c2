"""Declare a PBX on Rainbow without ever creating two systems for it.

Steps (reported through ``on_step`` so the GUI can show them):

1. ``duplicate_check``: look the PBX up: by equipment id in stock mode (``lookup="pbx_id"``),
   by name and site in BTCO mode (``lookup="name_site"``, the equipment id being generated).
   Found in the same company: offered for reuse through ``reuse_existing``; declined:
   :class:`AlreadyDeclaredError`. Found in another company, or refused with a 403 (see
   `_refused_to_account`): :class:`DeclarationConflict`.
2. ``create``: one POST. The client never repeats a POST; here, when its outcome is unknown
   (timeout after sending, dropped connection, 5xx), the PBX is looked up again and a system
   found then is the one just created: it is adopted. None found: the original error is raised.
   The POST is *not* sent again even then, because a slow server may still be creating it and,
   in BTCO mode, nothing unique would stop a second system. Running the whole use case again
   later is safe: it starts with the duplicate check. A 409 on create (someone declared the
   same equipment id meanwhile) is resolved the same way: adopted if in the same company.
3. ``verify``: read the system back (or, after a failure, the lookup above), also when an
   existing system is reused or adopted: the read-back carries the activation code while the
   status is created or activating.

The three steps run under :func:`~installer_app.services.pbx_locks.pbx_identity_lock`: two
declarations of the same PBX (same server, company, site and name; in stock mode, same equipment
id) never overlap, in this process or in another one on this computer, so the second one finds
what the first declared. ``before_create`` runs just before the create call, under the lock: the
plan layer records its intent there, so an interrupted run is adopted by the next one.

In stock mode the company's site may still be unknown (``site``): it is then looked up at the
same time as the equipment id, one round trip for both, under the equipment id's lock; the
name's lock follows once the site is known.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Literal, Protocol

from installer_app.rainbow import (
    ConflictError,
    Page,
    PermissionDeniedError,
    RainbowError,
    RainbowUnreachable,
    ServerError,
    Site,
    System,
    SystemRequest,
)
from installer_app.services.concurrency import both
from installer_app.services.failures import FailureKind, UseCaseError
from installer_app.services.pbx_locks import identity_keys, pbx_identity_lock

logger = logging.getLogger(__name__)

Lookup = Literal["pbx_id", "name_site"]
DeclarationStep = Literal["duplicate_check", "create", "verify"]


class SystemLookups(Protocol):
    """The read-only calls that find a PBX's system on Rainbow (declaring and preflight)."""

    async def find_system_by_pbx_id(self, pbx_id: str) -> System | None: ...

    async def list_systems(
        self,
        name: str | None = None,
        site_id: str | None = None,
        company_id: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> Page[System]: ...

    async def list_sites(self, company_id: str) -> list[Site]: ...


class DeclarationClient(SystemLookups, Protocol):
    """The calls of :class:`installer_app.rainbow.RainbowClient` this use case needs."""

    async def create_system(self, request: SystemRequest) -> System: ...

    async def get_system(self, system_id: str, connection_history: bool = False) -> System: ...


@dataclass(frozen=True)
class DeclarationOutcome:
    """What the declaration ended with.

    Attributes:
        system: the PBX's system on Rainbow.
        created: this run created it (also true when adopted after an uncertain failure).
        adopted_after_failure: the create call failed or conflicted and the system found
            afterwards was taken as the result.
        reused: an existing declaration of this company was reused; nothing was created.
        resumed: the declaration reused is the one an interrupted run of this plan sent (its
            intent was recorded): it was adopted without asking.
    """

    system: System
    created: bool
    adopted_after_failure: bool = False
    reused: bool = False
    resumed: bool = False


class DeclarationError(UseCaseError):
    """Base of the declaration's refusals; ``message`` and ``hint`` are shown as they are."""

    kind = FailureKind.CONFLICT


class AlreadyDeclaredError(DeclarationError):
    """The PBX is already declared for this company and reusing it was declined."""

    def __init__(self, system: System) -> None:
        super().__init__(
            f"This PBX is already declared on Rainbow for this company as '{system.name}'.",
            "If it is this PBX's declaration, take it over ('declare --adopt' on the command "
            "line, 'Take over…' in the wizard); otherwise delete it in the Rainbow admin portal "
            "(Customer companies > the company > Communication > Comm. Servers) before "
            "declaring again, or choose another server name.",
        )
        self.system = system


class DeclarationConflict(DeclarationError):
    """The PBX is declared elsewhere (another company), or Rainbow refuses it to this account."""

    def __init__(self, message: str, hint: str, system: System | None = None) -> None:
        super().__init__(message, hint)
        self.system = system


class DeclarationOutcomeUnknown(DeclarationError):
    """The create call's result is unknown and Rainbow could not be asked; ``original`` is why."""

    kind = FailureKind.UNREACHABLE

    def __init__(self, original: RainbowError) -> None:
        super().__init__(
            "The declaration was sent, but whether Rainbow recorded it is unknown: Rainbow "
            "could not be reached to check.",
            "When the network is back, run the declaration again: it looks for an existing "
            "declaration first and never creates a second one.",
        )
        self.original = original


_CHECK_EQUIPMENT_ID = (
    "Check the equipment id (the fleet and installation references that identify this PBX in "
    "your fleet list). If it is right, "
)


def _refused_to_account() -> DeclarationConflict:
    """A 403 on looking the equipment id up.

    [I] Rainbow documents only that a bp_admin gets 403 outside its own customers; which of the
    two causes below applies is not told by the answer, so both are given.
    """
    return DeclarationConflict(
        "Rainbow refuses this PBX to your account.",
        _CHECK_EQUIPMENT_ID + "either another business partner has declared this PBX (ask them, "
        "or ALE support, to release it), or the company is not one of your customers on "
        "Rainbow (sign in with the business-partner admin account that manages it).",
    )


def _hidden_elsewhere() -> DeclarationConflict:
    return DeclarationConflict(
        "This equipment id is already declared on Rainbow, where your account cannot see it.",
        _CHECK_EQUIPMENT_ID + "it was declared by another business partner (or by an account "
        "with other rights): ask them, or ALE support, to release it.",
    )


def _other_company(system: System) -> DeclarationConflict:
    return DeclarationConflict(
        "This PBX is already declared on Rainbow for another customer company.",
        _CHECK_EQUIPMENT_ID + "this PBX was declared for another company: check the chosen "
        "company, or delete the old declaration in the Rainbow admin portal (Customer "
        "companies > that company > Communication > Comm. Servers) first.",
        system,
    )


class _Declaration:
    def __init__(
        self,
        client: DeclarationClient,
        request: SystemRequest,
        company_id: str,
        lookup: Lookup,
        on_step: Callable[[DeclarationStep], None] | None,
    ) -> None:
        if lookup == "pbx_id" and not request.pbx_id:
            raise ValueError("lookup='pbx_id' needs the request's equipment id (pbx_id)")
        self.client = client
        self.request = request
        self.company_id = company_id
        self.lookup = lookup
        self._on_step = on_step
        self._company_sites: frozenset[str] | None = None

    def step(self, name: DeclarationStep) -> None:
        logger.info("Declaration step: %s", name)
        if self._on_step is not None:
            self._on_step(name)

    async def find(self, by: Lookup) -> System | None:
        """The existing system of this PBX, or None; a 403 is `_refused_to_account`."""
        if by == "pbx_id":
            assert self.request.pbx_id
            try:
                return await self.client.find_system_by_pbx_id(self.request.pbx_id)
            except PermissionDeniedError as exc:
                raise _refused_to_account() from exc
        page = await self.client.list_systems(name=self.request.name, site_id=self.request.site_id)
        wanted = self.request.name.casefold()
        matches = [
            s
            for s in page.items
            if s.name.casefold() == wanted and self.request.site_id in s.site_ids
        ]
        if len(matches) > 1:
            raise DeclarationConflict(
                "Several PBXs with this name are already declared on this site.",
                "Delete the extra ones in the Rainbow admin portal (Customer companies > the "
                "company > Communication > Comm. Servers), or choose another name.",
            )
        return matches[0] if matches else None

    async def in_company(self, system: System) -> bool:
        if self._company_sites is None:
            sites = await self.client.list_sites(self.company_id)
            self._company_sites = frozenset(site.id for site in sites)
        return not self._company_sites.isdisjoint(system.site_ids)

    async def create(self) -> System | DeclarationOutcome:
        """The created system; or, when the create call failed but the system exists, the
        outcome adopting it (the POST is never sent twice)."""
        try:
            return await self.client.create_system(self.request)
        except ConflictError as exc:
            by: Lookup = "pbx_id" if self.request.pbx_id else self.lookup
            found = await self.find_after_failure(by, exc)
            if found is None:
                # Rainbow may answer another partner's pbxId with 404 rather than 403: the 409
                # then says it is declared where this account cannot see it.
                raise _hidden_elsewhere() from exc
            logger.info("Declared meanwhile: adopting %s", found.id)
            found = await self.read_back(found)
            return DeclarationOutcome(found, created=False, adopted_after_failure=True)
        except (ServerError, RainbowUnreachable) as exc:
            if isinstance(exc, RainbowUnreachable) and not exc.may_have_reached_server:
                raise  # the request never left: nothing can have been created
            found = await self.find_after_failure(self.lookup, exc)
            if found is None:
                raise
            logger.info("Create call failed (%s) but the system exists: adopting %s", exc, found.id)
            found = await self.read_back(found)
            return DeclarationOutcome(found, created=True, adopted_after_failure=True)

    async def read_back(self, system: System) -> System:
        """``system`` as Rainbow has it now (with the activation code while it can be read); a
        failure of this courtesy read keeps ``system`` as it is."""
        try:
            return await self.client.get_system(system.id)
        except RainbowError as exc:
            logger.warning("Reading back system %s failed (%s)", system.id, exc)
            return system

    async def find_after_failure(self, by: Lookup, original: RainbowError) -> System | None:
        self.step("verify")
        try:
            found = await self.find(by)
            if found is not None and not await self.in_company(found):
                raise _other_company(found) from original
        except RainbowError as exc:
            raise DeclarationOutcomeUnknown(original) from exc
        return found


async def declare_system(
    client: DeclarationClient,
    request: SystemRequest,
    *,
    company_id: str,
    lookup: Lookup,
    reuse_existing: Callable[[System], Awaitable[bool]] | None = None,
    on_step: Callable[[DeclarationStep], None] | None = None,
    server: str = "",
    before_create: Callable[[], None] | None = None,
    on_wait: Callable[[], None] | None = None,
    site: Callable[[], Awaitable[str]] | None = None,
) -> DeclarationOutcome:
    """Declare the PBX of ``request`` for ``company_id``, or reuse or adopt its system.

    Args:
        client: a signed-in :class:`~installer_app.rainbow.RainbowClient` (or a fake).
        request: what to declare; ``pbx_id`` is required with ``lookup="pbx_id"``.
        company_id: the customer company the PBX must belong to.
        lookup: ``"pbx_id"`` (stock mode) or ``"name_site"`` (BTCO mode).
        reuse_existing: asked whether to reuse a declaration found in this company; None
            declines.
        on_step: told ``"duplicate_check"``, ``"create"``, ``"verify"`` as they start.
        server: the Rainbow server's address, part of the PBX's identity for the locks.
        before_create: called when nothing was found, just before the create call; what it
            raises stops the declaration before anything is sent.
        on_wait: called when another declaration of the same PBX holds its lock.
        site: with ``lookup="pbx_id"`` only: finds the site (``request.site_id`` is then
            replaced by its answer). It runs at the same time as the lookup by equipment id,
            which does not need the site; its failure is raised before the lookup's.

    Raises:
        AlreadyDeclaredError: declared in this company and reuse declined.
        DeclarationConflict: declared in another company, or refused to this account (403).
        DeclarationOutcomeUnknown: the create call's result could not be checked.
        DeclarationBusy: another declaration of this PBX on this computer did not end in time.
        RainbowError: any other failure of Rainbow (nothing was created).
    """
    run = _Declaration(client, request, company_id, lookup, on_step)
    if site is None:
        keys = identity_keys(server, company_id, request.site_id, request.name, request.pbx_id)
        async with pbx_identity_lock(keys, on_wait=on_wait):
            run.step("duplicate_check")
            existing = await run.find(lookup)
            return await _declare_checked(run, existing, reuse_existing, before_create)
    if lookup != "pbx_id" or not request.pbx_id:
        raise ValueError("a site found during the lookup needs the equipment id's lookup")
    # The equipment id's key first (the site is not known yet), the name's once it is: the
    # order every declaration takes them in (pbx_locks.lock_order).
    async with pbx_identity_lock(
        [key for key in identity_keys(server, company_id, "", "", request.pbx_id)
         if key.startswith("pbx|")], on_wait=on_wait,
    ):  # fmt: skip
        run.step("duplicate_check")
        site_id, existing = await both(site(), run.find(lookup))
        run.request = replace(request, site_id=site_id)
        keys = identity_keys(server, company_id, site_id, request.name, None)
        async with pbx_identity_lock(keys, on_wait=on_wait):
            return await _declare_checked(run, existing, reuse_existing, before_create)


async def _declare_checked(
    run: _Declaration,
    existing: System | None,
    reuse_existing: Callable[[System], Awaitable[bool]] | None,
    before_create: Callable[[], None] | None,
) -> DeclarationOutcome:
    """The declaration once the duplicate check found ``existing`` (or nothing), under the
    locks: reuse or refuse what was found, else create, adopt or read back."""
    if existing is not None:
        if not await run.in_company(existing):
            raise _other_company(existing)
        if reuse_existing is not None and await reuse_existing(existing):
            logger.info("Reusing the existing declaration %s", existing.id)
            run.step("verify")
            reused = await run.read_back(existing)
            return DeclarationOutcome(reused, created=False, reused=True)
        raise AlreadyDeclaredError(existing)

    if before_create is not None:
        before_create()
    run.step("create")
    created = await run.create()
    if isinstance(created, DeclarationOutcome):
        return created
    run.step("verify")
    return DeclarationOutcome(await run.read_back(created), created=True)

"""The wizard's Rainbow session: sign-in with remembered credentials, company search, declaration.

One object per wizard, living on the GUI's event loop. It owns the Rainbow client and the
credential store so that the widgets never build a request nor touch the keyring themselves.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from installer_app.rainbow import NotSignedInError
from installer_app.storage.credentials import (
    CredentialStore,
    CredentialStoreError,
    StoredCredentials,
)

if TYPE_CHECKING:
    # The client imports httpx, the plan model pydantic: both load after the first page is
    # painted (the wizard preloads them), so this module, on the start-up path, leaves them out.
    from installer_app.domain.plan import InstallationPlan
    from installer_app.rainbow import Company, Page, RainbowClient, Session, Site, System
    from installer_app.services.declaration import DeclarationStep
    from installer_app.services.monitor import RainbowSnapshot
    from installer_app.services.plan_declaration import PlanDeclaration

logger = logging.getLogger(__name__)

ClientFactory = Callable[[str], "RainbowClient"]

#: The entry read to find out whether the keyring can be used; nothing is ever stored there.
_PROBE_SERVER = "https://keyring-check.invalid"
_PROBE_LOGIN = "keyring-check"


@dataclass(frozen=True)
class SignInResult:
    """The signed-in admin, and a warning when remembering the password failed."""

    session: Session
    remember_warning: str | None = None


class RainbowSessionService:
    """Signs in to one Rainbow server and runs the wizard's Rainbow calls.

    Args:
        credentials: where passwords and application secrets are remembered.
        client_factory: builds a client for a server URL (tests inject latency or transports).
        timeout: seconds for each request.
        ca_bundle: extra trusted CAs (a TLS-inspecting proxy).
    """

    def __init__(
        self,
        credentials: CredentialStore,
        *,
        client_factory: ClientFactory | None = None,
        timeout: float = 20.0,
        ca_bundle: Path | None = None,
    ) -> None:
        self._credentials = credentials
        self._timeout = timeout
        self._ca_bundle = ca_bundle
        self._factory = client_factory or self._default_client
        self._client: RainbowClient | None = None
        self._server: str | None = None
        self._session_only = False

    def _default_client(self, server: str) -> RainbowClient:
        from installer_app.rainbow import RainbowClient  # noqa: PLC0415

        return RainbowClient(server, timeout=self._timeout, ca_bundle=self._ca_bundle)

    # -- trust and where secrets are remembered -------------------------------------------

    @property
    def ca_bundle(self) -> Path | None:
        """The extra trusted CAs (PEM) used from the next sign-in on, or None."""
        return self._ca_bundle

    def set_ca_bundle(self, path: Path | None) -> None:
        """Trust the CAs in ``path`` (a TLS-inspecting proxy) from the next sign-in on.

        The file is loaded now, so a wrong one is refused here rather than at the next sign-in.
        It applies to the clients this service builds itself (not to an injected factory's).

        Raises:
            CaBundleError: the file is missing or holds no readable certificate (the previous
                bundle stays in use).
        """
        if path is not None:
            from installer_app.rainbow import tls_context  # noqa: PLC0415

            tls_context(path)
        self._ca_bundle = path

    @property
    def session_only(self) -> bool:
        """Whether secrets are remembered in memory for this session instead of the keyring."""
        return self._session_only

    def use_session_only_store(self) -> None:
        """Remember secrets in memory until the program ends, never in the system keyring.

        For computers whose keyring is missing or locked, once the technician chose "Remember
        for this session only". Nothing is ever written to a file; there is no way back to the
        keyring in the same session.
        """
        if not self._session_only:
            # Imported here: it loads the keyring package, which start-up does without.
            from installer_app.storage.session_keyring import SessionKeyring  # noqa: PLC0415

            self._credentials = CredentialStore(SessionKeyring(), environ={})
            self._session_only = True

    async def keyring_problem(self) -> CredentialStoreError | None:
        """Why secrets cannot be remembered on this computer, or None when they can.

        Reads one entry that is never written (in a worker thread): a missing backend or a
        locked keyring answers with ``CredentialStoreUnavailable``.
        """
        try:
            await self._credentials.aload(_PROBE_SERVER, _PROBE_LOGIN)
        except CredentialStoreError as error:
            logger.info("Keyring unavailable: %s", error.message)
            return error
        return None

    async def remember_for_session(
        self, server: str, login: str, password: str, app_secret: str | None = None
    ) -> None:
        """Switch to the session-only store and remember these secrets there."""
        self.use_session_only_store()
        await self._credentials.asave(server, login, password=password, app_secret=app_secret or "")

    @property
    def session(self) -> Session | None:
        """The signed-in admin, or None."""
        return self._client.session if self._client else None

    @property
    def server(self) -> str | None:
        """The server signed in to, or None."""
        return self._server if self.session else None

    def client(self) -> RainbowClient:
        """The signed-in client.

        Raises:
            NotSignedInError: before a successful :meth:`sign_in`.
        """
        if self._client is None or self._client.session is None:
            raise NotSignedInError()
        return self._client

    async def saved_credentials(self, server: str, login: str) -> StoredCredentials | None:
        """What the keyring remembers for this server and login; None when unavailable."""
        try:
            return await self._credentials.aload(server, login)
        except CredentialStoreError as error:
            logger.info("Keyring unavailable: %s", error.message)
            return None

    async def sign_in(
        self,
        server: str,
        login: str,
        password: str,
        *,
        app_id: str | None = None,
        app_secret: str | None = None,
        remember: bool = False,
    ) -> SignInResult:
        """Sign in (closing any previous session), then remember or forget the secrets.

        Raises:
            RainbowError: the sign-in failed; nothing is remembered then.
            NotBusinessPartnerAdmin: the account cannot manage customer companies (signed out
                again, nothing remembered).
        """
        await self.close()
        # In a worker thread: the first client imports httpx, and every client reads the CA
        # bundle (30 to 90 ms in all) that the GUI loop must not wait for.
        client = await asyncio.to_thread(self._factory, server)
        from installer_app.services.sign_in import sign_in_checked  # noqa: PLC0415

        try:
            session = await sign_in_checked(client, login, password, app_id, app_secret)
        except BaseException:
            await client.aclose()
            raise
        self._client, self._server = client, server
        warning = None
        try:
            if remember:
                await self._credentials.asave(
                    server, login, password=password, app_secret=app_secret or ""
                )
            else:
                await self._credentials.aforget(server, login)
        except CredentialStoreError as error:
            if remember:
                warning = f"{error.message} {error.hint}".strip()
            else:  # nothing can have been saved where the keyring cannot be used
                logger.info("Keyring unavailable, nothing to forget: %s", error.message)
        return SignInResult(session, warning)

    async def search_companies(self, name: str, offset: int = 0, limit: int = 20) -> Page[Company]:
        """Customer companies of the signed-in business partner whose name contains ``name``."""
        client = self.client()
        session = client.session
        assert session is not None
        return await client.list_customer_companies(
            session.company_id, name=name.strip() or None, limit=limit, offset=offset
        )

    async def sites(self, company_id: str) -> list[Site]:
        """The company's sites."""
        return await self.client().list_sites(company_id)

    async def declare(
        self,
        plan: InstallationPlan,
        *,
        reuse_existing: Callable[[System], Awaitable[bool]] | None = None,
        create_site_name: str | None = None,
        on_step: Callable[[DeclarationStep], None] | None = None,
        record_intent: Callable[[InstallationPlan], None] | None = None,
    ) -> PlanDeclaration:
        """Declare ``plan``'s PBX (never twice) and return the plan with the result recorded.

        ``record_intent`` writes the plan with its unfinished declaration before the create call
        (see :func:`declare_plan`).
        """
        from installer_app.services.plan_declaration import declare_plan  # noqa: PLC0415

        return await declare_plan(
            self.client(),
            plan,
            reuse_existing=reuse_existing,
            create_site_name=create_site_name,
            on_step=on_step,
            record_intent=record_intent,
        )

    async def snapshot(self, plan: InstallationPlan) -> RainbowSnapshot:
        """Rainbow's current view of the plan's PBX."""
        from installer_app.services.monitor import rainbow_snapshot  # noqa: PLC0415

        return await rainbow_snapshot(self.client(), plan)

    async def close(self) -> None:
        """Sign out and forget the client (best effort)."""
        client, self._client, self._server = self._client, None, None
        if client is not None:
            await client.aclose()

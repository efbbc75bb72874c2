"""The application's composition root: the one place real collaborators are wired together.

The GUI and the command line receive an :class:`AppServices`; tests build one with fakes or with
the sandbox on loopback. Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from installer_app.domain.plan_choices import PRODUCTION_SERVER
from installer_app.domain.servers import SandboxAccount
from installer_app.services.rainbow_session import ClientFactory, RainbowSessionService
from installer_app.storage.credentials import CredentialStore

if TYPE_CHECKING:  # the plan model (pydantic) loads after the first page is painted
    from installer_app.domain.plan import InstallationPlan
    from installer_app.pbx import GuidedOmcDriver, PbxDriver
    from installer_app.services.pbx_config import DriverOpener


@dataclass
class AppServices:
    """Everything the wizard needs beyond Qt.

    Attributes:
        rainbow: the Rainbow session (sign-in, search, declaration, status).
        credentials: the keyring store.
        sandbox: the embedded sandbox's account when running on it, else None.
        default_server: the Rainbow server the start page proposes.
        open_pbx_driver: opens the driver of a plan's PBX when the program can reach it (the
            embedded sandbox: ``pbx_config.sandbox_pbx_opener``); None when the PBX is only
            configured by hand in OMC.
    """

    rainbow: RainbowSessionService
    credentials: CredentialStore
    sandbox: SandboxAccount | None = None
    default_server: str = PRODUCTION_SERVER
    open_pbx_driver: DriverOpener | None = None

    def guided_driver(self, plan: InstallationPlan) -> GuidedOmcDriver:
        """The guided OMC checklist for ``plan``."""
        from installer_app.pbx import GuidedOmcDriver  # noqa: PLC0415

        return GuidedOmcDriver.for_plan(plan)

    async def pbx_driver(self, plan: InstallationPlan) -> PbxDriver:
        """The driver that configures ``plan``'s PBX (the caller closes it)."""
        if self.open_pbx_driver is not None:
            return await self.open_pbx_driver(plan)
        return self.guided_driver(plan)

    @property
    def pushes_to_pbx(self) -> bool:
        """Whether the PBX can be configured by the program (sandbox) or only guided (OMC)."""
        return self.open_pbx_driver is not None


def build_services(
    *,
    sandbox: SandboxAccount | None = None,
    credentials: CredentialStore | None = None,
    client_factory: ClientFactory | None = None,
    open_pbx_driver: DriverOpener | None = None,
) -> AppServices:
    """Wire the real collaborators (or the ones given)."""
    store = credentials or CredentialStore()
    return AppServices(
        rainbow=RainbowSessionService(store, client_factory=client_factory),
        credentials=store,
        sandbox=sandbox,
        default_server=sandbox.rainbow_url if sandbox else PRODUCTION_SERVER,
        open_pbx_driver=open_pbx_driver,
    )

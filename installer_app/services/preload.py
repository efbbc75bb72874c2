"""Loading ahead of need: what the use cases import or build lazily, done on a worker thread.

Start-up leaves out the plan model (pydantic), the phone-number metadata, the HTTP and TLS stack
and the keyring backends, so that the first page shows quickly. Once that page is painted the
program calls :func:`preload` on a worker thread, so that all of it is ready before the
technician reaches the page that needs it, and the GUI thread does not import it itself at the
first sign-in. Importing on another thread is safe in CPython (each module has its own import
lock; a thread that needs a module being imported waits for it). Each step stands alone: one
that fails is logged and its module then loads where it is used, as without preloading.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterable

logger = logging.getLogger(__name__)

#: What the wizard's pages, features and first Rainbow calls import lazily.
MODULES: tuple[str, ...] = (
    "installer_app.domain.plan",
    "installer_app.domain.dialing",
    "installer_app.domain.batch",
    "installer_app.storage.plan_files",
    "installer_app.storage.drafts",
    "installer_app.storage.session_keyring",
    "installer_app.pbx",
    "installer_app.services.monitor",
    "installer_app.services.plan_declaration",
    "installer_app.services.batch",
    "installer_app.services.fleet",
    "installer_app.services.report",
    "installer_app.services.diagnostics",
    "installer_app.services.network_check",
    "installer_app.services.pbx_config",
    "installer_app.services.plan_files_service",
    # The HTTP stack: httpx, then what it imports only when its first client is made or its
    # first request is sent.
    "installer_app.rainbow._client",
    "httpcore",
    "httpcore._backends.anyio",
    "anyio._backends._asyncio",
    "h11",
)


def _tls() -> None:
    from installer_app.rainbow import tls_context  # noqa: PLC0415

    tls_context()  # certifi's authorities, read once and shared


def _pbx_tls() -> None:
    from installer_app.pbx.sandbox_driver import client_tls_context  # noqa: PLC0415

    client_tls_context()  # the PBX drivers' shared context, made off the GUI thread


def _keyring() -> None:
    from installer_app.storage.credentials import system_keyring  # noqa: PLC0415

    system_keyring()  # imports keyring and finds this computer's backend (D-Bus...)


#: What is built on first use and kept: made now, off the GUI thread.
WARM_UPS: tuple[Callable[[], object], ...] = (_tls, _pbx_tls, _keyring)


def preload(
    modules: Iterable[str] = MODULES, warm_ups: Iterable[Callable[[], object]] = WARM_UPS
) -> list[str]:
    """Import ``modules`` and run ``warm_ups``; the names of those that failed."""
    failed = []
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # it then loads where it is used, and fails there with its reason
            logger.debug("Preloading %s failed", name, exc_info=True)
            failed.append(name)
    for warm_up in warm_ups:
        try:
            warm_up()
        except Exception:
            logger.debug("Preparing %s failed", warm_up.__name__, exc_info=True)
            failed.append(warm_up.__name__)
    return failed

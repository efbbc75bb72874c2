"""Rainbow passwords and application secrets, kept in the operating system's keyring only.

Entries live under the fixed service name :data:`SERVICE_NAME` (``installer-app:rainbow``), one
entry per secret, the entry's user name being ``<server URL>|<login>|password`` or
``...|app_secret`` (server URL lower-cased without a trailing slash, login lower-cased). This
lets a technician inspect or delete them with the OS's own tool (Windows Credential Manager,
macOS Keychain Access, GNOME Seahorse).

For automation, :data:`PASSWORD_ENV` and :data:`SECRET_ENV` override what the keyring holds.

There is deliberately no plaintext fallback: when no secure keyring is available (no backend,
keyring locked, a plaintext ``keyrings.alt`` backend) the store raises
:class:`CredentialStoreUnavailable` and the caller asks for the password each time.

keyring calls block (some backends talk over D-Bus or prompt to unlock): the GUI uses the
``a*`` coroutines, which run them in a worker thread. The ``keyring`` package itself is imported
at the first use, not when the wizard starts.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import keyring.errors
    from keyring.backend import KeyringBackend

logger = logging.getLogger(__name__)

SERVICE_NAME = "installer-app:rainbow"
PASSWORD_ENV = "INSTALLER_APP_PASSWORD"
SECRET_ENV = "INSTALLER_APP_SECRET"

_PASSWORD = "password"
_APP_SECRET = "app_secret"
#: Backend modules that store secrets in plain or weakly protected files: never used.
_REFUSED_BACKEND_MODULES = ("keyrings.alt",)


class CredentialStoreError(Exception):
    """A credential could not be read, saved or forgotten; ``message`` and ``hint`` say why."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class CredentialStoreUnavailable(CredentialStoreError):
    """No secure keyring can be used on this computer (none installed, or it is locked)."""


class CredentialSource(StrEnum):
    """Where the returned secrets came from."""

    NONE = "none"
    KEYRING = "keyring"
    ENVIRONMENT = "environment"
    MIXED = "mixed"


@dataclass(frozen=True)
class StoredCredentials:
    """The secrets known for a (server, login); None for each one not stored."""

    password: str | None = field(repr=False)
    app_secret: str | None = field(repr=False)
    source: CredentialSource


def _entry(server: str, login: str, kind: str) -> str:
    return f"{server.strip().rstrip('/').lower()}|{login.strip().lower()}|{kind}"


def _backend_is_usable(backend: KeyringBackend) -> bool:
    if type(backend).__module__.startswith(_REFUSED_BACKEND_MODULES):
        return False
    try:
        priority = float(backend.priority)
    except Exception:  # a backend's priority raises when it is not viable
        return False
    return priority > 0


#: keyring's backends for each platform. keyring finds backends through its entry points, which
#: a frozen program may lack ("No recommended backend was available"); a backend also registers
#: itself when its module is imported, so importing these before the first keyring call lets
#: keyring's own choice (by priority) see them. The packaging spec bundles the same modules.
_BACKEND_MODULES = ("keyring.backends.chainer", "keyring.backends.fail")
_PLATFORM_BACKEND_MODULES = {
    "win32": ("keyring.backends.Windows",),
    "darwin": ("keyring.backends.macOS",),
    "linux": (
        "keyring.backends.SecretService",
        "keyring.backends.libsecret",
        "keyring.backends.kwallet",
    ),
}


def system_keyring() -> KeyringBackend:
    """This computer's keyring backend, as keyring chooses it (its backends imported first).

    Imports the keyring package and its backends (D-Bus, Secret Service...) at the first call:
    start-up does without them, and the first call is made off the GUI thread.
    """
    import keyring  # noqa: PLC0415

    for name in _PLATFORM_BACKEND_MODULES.get(sys.platform, ()) + _BACKEND_MODULES:
        # A backend that cannot load here is simply not offered; keyring says why when asked.
        with contextlib.suppress(Exception):
            importlib.import_module(name)
    return keyring.get_keyring()


_UNAVAILABLE_HINT = (
    "Type the password at each sign-in, or install/unlock the system keyring (Windows "
    "Credential Manager, macOS Keychain, GNOME Keyring or KWallet)."
)


class CredentialStore:
    """Reads and writes Rainbow secrets per (server URL, login).

    Args:
        backend: the keyring backend to use; None uses keyring's choice for this computer.
            Tests pass an in-memory backend.
        environ: environment variables consulted for :data:`PASSWORD_ENV` and
            :data:`SECRET_ENV`.
    """

    def __init__(
        self,
        backend: KeyringBackend | None = None,
        *,
        environ: Mapping[str, str] = os.environ,
    ) -> None:
        self._backend = backend
        self._environ = environ

    def _keyring(self) -> KeyringBackend:
        backend = self._backend if self._backend is not None else system_keyring()
        if not _backend_is_usable(backend):
            raise CredentialStoreUnavailable(
                "No secure keyring is available on this computer to remember the password.",
                _UNAVAILABLE_HINT,
            )
        return backend

    def _read(self, entry: str) -> str | None:
        import keyring.errors  # noqa: PLC0415

        try:
            value = self._keyring().get_password(SERVICE_NAME, entry)
        except keyring.errors.KeyringError as exc:
            raise _unavailable(exc) from exc
        return value if isinstance(value, str) else None

    def load(self, server: str, login: str) -> StoredCredentials:
        """The password and application secret for this server and login.

        Environment variables win over the keyring. When the password comes from the
        environment, an unusable keyring is tolerated (the secret is then None).

        Raises:
            CredentialStoreUnavailable: the keyring is needed and cannot be used.
        """
        env_password = self._environ.get(PASSWORD_ENV) or None
        env_secret = self._environ.get(SECRET_ENV) or None
        sources: set[CredentialSource] = set()
        password, secret = env_password, env_secret
        if env_password is not None or env_secret is not None:
            sources.add(CredentialSource.ENVIRONMENT)
        try:
            if password is None:
                password = self._read(_entry(server, login, _PASSWORD))
            if secret is None:
                secret = self._read(_entry(server, login, _APP_SECRET))
        except CredentialStoreUnavailable:
            if env_password is None:
                raise
            logger.info("Keyring unavailable; using the password from %s", PASSWORD_ENV)
        if (password is not None and env_password is None) or (
            secret is not None and env_secret is None
        ):
            sources.add(CredentialSource.KEYRING)
        if len(sources) > 1:
            source = CredentialSource.MIXED
        else:
            source = next(iter(sources), CredentialSource.NONE)
        return StoredCredentials(password, secret, source)

    def save(
        self,
        server: str,
        login: str,
        password: str | None = None,
        app_secret: str | None = None,
    ) -> None:
        """Remember secrets; None leaves an entry as it is, an empty string deletes it.

        Raises:
            CredentialStoreUnavailable: no secure keyring can be used.
            CredentialStoreError: the keyring refused to store the secret.
        """
        import keyring.errors  # noqa: PLC0415

        for kind, value in ((_PASSWORD, password), (_APP_SECRET, app_secret)):
            if value is None:
                continue
            entry = _entry(server, login, kind)
            if value == "":
                self._delete(entry)
                continue
            try:
                self._keyring().set_password(SERVICE_NAME, entry, value)
            except keyring.errors.PasswordSetError as exc:
                raise CredentialStoreError(
                    "The keyring refused to store the Rainbow password.", _UNAVAILABLE_HINT
                ) from exc
            except keyring.errors.KeyringError as exc:
                raise _unavailable(exc) from exc

    def forget(self, server: str, login: str) -> None:
        """Delete both secrets of this server and login (absent ones are ignored)."""
        for kind in (_PASSWORD, _APP_SECRET):
            self._delete(_entry(server, login, kind))

    def _delete(self, entry: str) -> None:
        import keyring.errors  # noqa: PLC0415

        try:
            self._keyring().delete_password(SERVICE_NAME, entry)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing stored: already forgotten
        except keyring.errors.KeyringError as exc:
            raise _unavailable(exc) from exc

    async def aload(self, server: str, login: str) -> StoredCredentials:
        """:meth:`load` in a worker thread, for the GUI."""
        return await asyncio.to_thread(self.load, server, login)

    async def asave(
        self,
        server: str,
        login: str,
        password: str | None = None,
        app_secret: str | None = None,
    ) -> None:
        """:meth:`save` in a worker thread, for the GUI."""
        await asyncio.to_thread(self.save, server, login, password, app_secret)

    async def aforget(self, server: str, login: str) -> None:
        """:meth:`forget` in a worker thread, for the GUI."""
        await asyncio.to_thread(self.forget, server, login)


def _unavailable(exc: keyring.errors.KeyringError) -> CredentialStoreUnavailable:
    import keyring.errors  # noqa: PLC0415

    if isinstance(exc, keyring.errors.KeyringLocked):
        return CredentialStoreUnavailable(
            "The system keyring is locked, so the saved Rainbow password cannot be used.",
            "Unlock the keyring (log in to the desktop session) and try again, or type the "
            "password.",
        )
    return CredentialStoreUnavailable(
        "No secure keyring is available on this computer to remember the password.",
        _UNAVAILABLE_HINT,
    )

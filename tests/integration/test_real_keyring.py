"""The credential store against a real Secret Service (gnome-keyring over D-Bus).

These tests run only when ``INSTALLER_APP_REAL_KEYRING=1``: ``make test-keyring`` sets it inside
a throw-away D-Bus session whose freshly created login keyring is unlocked, so no one's real
keyring is touched. Under plain ``make test`` they are skipped. The backend is chosen
explicitly (``SecretService.Keyring``), never keyring's guess for the machine.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from keyring.backend import KeyringBackend

from installer_app.storage.credentials import (
    PASSWORD_ENV,
    SERVICE_NAME,
    CredentialSource,
    CredentialStore,
)

REAL_KEYRING_ENV = "INSTALLER_APP_REAL_KEYRING"

pytestmark = [
    pytest.mark.real_keyring,
    pytest.mark.skipif(
        os.environ.get(REAL_KEYRING_ENV) != "1",
        reason=f"needs an unlocked Secret Service: run `make test-keyring` ({REAL_KEYRING_ENV}=1)",
    ),
    # jeepney and secretstorage may warn about their own deprecated internals; pytest turns
    # warnings into errors, and such warnings say nothing about the credential store.
    pytest.mark.filterwarnings("ignore::DeprecationWarning:jeepney.*"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning:secretstorage.*"),
]

SERVER = "https://Openrainbow.example/"
#: How the store names this server in its entries (lower case, no trailing slash).
SERVER_KEY = "https://openrainbow.example"


def _secret_service() -> KeyringBackend:
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    assert backend.priority > 0, "the Secret Service is not reachable on this D-Bus session"
    return backend


@pytest.fixture
def backend() -> KeyringBackend:
    """A Secret Service backend on the session bus."""
    return _secret_service()


@pytest.fixture
def login(backend: KeyringBackend) -> Iterator[str]:
    """A login no earlier run used; its entries are removed (and checked gone) afterwards."""
    name = f"tech-{uuid.uuid4().hex[:12]}@example.com"
    yield name
    store = CredentialStore(backend, environ={})
    store.forget(SERVER, name)
    for kind in ("password", "app_secret"):
        assert backend.get_password(SERVICE_NAME, f"{SERVER_KEY}|{name}|{kind}") is None


def test_save_load_forget_round_trip(backend: KeyringBackend, login: str) -> None:
    store = CredentialStore(backend, environ={})
    assert store.load(SERVER, login).source is CredentialSource.NONE

    store.save(SERVER, login, password="pw-1", app_secret="secret-1")
    loaded = store.load(SERVER, login)
    assert (loaded.password, loaded.app_secret) == ("pw-1", "secret-1")
    assert loaded.source is CredentialSource.KEYRING

    store.save(SERVER, login, password="pw-2")  # the secret is left as it is
    loaded = store.load(SERVER, login)
    assert (loaded.password, loaded.app_secret) == ("pw-2", "secret-1")

    store.forget(SERVER, login)
    loaded = store.load(SERVER, login)
    assert (loaded.password, loaded.app_secret, loaded.source) == (
        None,
        None,
        CredentialSource.NONE,
    )


def test_entries_are_per_server_and_login(backend: KeyringBackend, login: str) -> None:
    store = CredentialStore(backend, environ={})
    other_login = f"other-{login}"
    try:
        store.save(SERVER, login, password="mine")
        store.save(SERVER, other_login, password="theirs")
        assert store.load(SERVER, login).password == "mine"
        assert store.load(SERVER, other_login).password == "theirs"
        assert store.load("https://other.example", login).password is None
    finally:
        store.forget(SERVER, other_login)


def test_entries_are_visible_under_the_fixed_service_name(
    backend: KeyringBackend, login: str
) -> None:
    store = CredentialStore(backend, environ={})
    store.save(SERVER, login.upper(), password="pw", app_secret="sec")

    get = backend.get_password
    assert get(SERVICE_NAME, f"{SERVER_KEY}|{login}|password") == "pw"
    assert get(SERVICE_NAME, f"{SERVER_KEY}|{login}|app_secret") == "sec"
    assert get("another-service", f"{SERVER_KEY}|{login}|password") is None


def test_environment_override_still_wins(backend: KeyringBackend, login: str) -> None:
    CredentialStore(backend, environ={}).save(SERVER, login, password="kept", app_secret="s")

    store = CredentialStore(backend, environ={PASSWORD_ENV: "from-env"})
    loaded = store.load(SERVER, login)
    assert (loaded.password, loaded.app_secret) == ("from-env", "s")
    assert loaded.source is CredentialSource.MIXED


def test_a_second_store_reads_what_the_first_saved(login: str) -> None:
    CredentialStore(_secret_service(), environ={}).save(
        SERVER, login, password="shared", app_secret="shared-secret"
    )

    fresh = CredentialStore(_secret_service(), environ={})
    loaded = fresh.load(SERVER, login)
    assert (loaded.password, loaded.app_secret) == ("shared", "shared-secret")
    assert loaded.source is CredentialSource.KEYRING

"""CredentialStore over an in-memory keyring backend: never the real OS keyring."""

from __future__ import annotations

import threading
from typing import Any

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from installer_app.storage.credentials import (
    PASSWORD_ENV,
    SECRET_ENV,
    SERVICE_NAME,
    CredentialSource,
    CredentialStore,
    CredentialStoreError,
    CredentialStoreUnavailable,
    StoredCredentials,
)

SERVER = "https://openrainbow.com"
LOGIN = "admin@bp.example"


class MemoryKeyring(KeyringBackend):
    """A keyring kept in a dict; records the threads it was called from."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.threads: set[int] = set()

    def get_password(self, service: str, username: str) -> str | None:
        self.threads.add(threading.get_ident())
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.threads.add(threading.get_ident())
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.threads.add(threading.get_ident())
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.entries[(service, username)]


class FailingKeyring(MemoryKeyring):
    def __init__(self, error: keyring.errors.KeyringError) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


def test_round_trip_under_fixed_service_name() -> None:
    backend = MemoryKeyring()
    store = CredentialStore(backend, environ={})
    store.save(SERVER, LOGIN, password="pw-1", app_secret="secret-1")
    assert backend.entries == {
        ("installer-app:rainbow", f"{SERVER}|{LOGIN}|password"): "pw-1",
        ("installer-app:rainbow", f"{SERVER}|{LOGIN}|app_secret"): "secret-1",
    }
    assert SERVICE_NAME == "installer-app:rainbow"
    loaded = store.load(SERVER, LOGIN)
    assert loaded == StoredCredentials("pw-1", "secret-1", CredentialSource.KEYRING)


def test_entries_are_per_server_and_login_with_normalised_keys() -> None:
    backend = MemoryKeyring()
    store = CredentialStore(backend, environ={})
    store.save(SERVER, LOGIN, password="prod")
    store.save("https://sandbox.openrainbow.com", LOGIN, password="sandbox")
    store.save(SERVER, "other@bp.example", password="other")
    assert store.load("HTTPS://OpenRainbow.com/", "Admin@BP.example").password == "prod"
    assert store.load("https://sandbox.openrainbow.com", LOGIN).password == "sandbox"
    assert store.load(SERVER, "other@bp.example").password == "other"
    assert store.load(SERVER, "nobody@bp.example") == StoredCredentials(
        None, None, CredentialSource.NONE
    )


def test_none_keeps_and_empty_string_deletes() -> None:
    backend = MemoryKeyring()
    store = CredentialStore(backend, environ={})
    store.save(SERVER, LOGIN, password="pw", app_secret="secret")
    store.save(SERVER, LOGIN, password="pw-2")
    assert store.load(SERVER, LOGIN).app_secret == "secret"
    store.save(SERVER, LOGIN, app_secret="")
    loaded = store.load(SERVER, LOGIN)
    assert (loaded.password, loaded.app_secret) == ("pw-2", None)


def test_forget_removes_both_and_tolerates_absent_entries() -> None:
    backend = MemoryKeyring()
    store = CredentialStore(backend, environ={})
    store.save(SERVER, LOGIN, password="pw")  # no secret stored
    store.forget(SERVER, LOGIN)
    assert backend.entries == {}
    store.forget(SERVER, LOGIN)


def test_environment_overrides_keyring() -> None:
    backend = MemoryKeyring()
    CredentialStore(backend, environ={}).save(SERVER, LOGIN, password="kr", app_secret="kr-s")
    env = {PASSWORD_ENV: "env-pw", SECRET_ENV: "env-secret"}
    loaded = CredentialStore(backend, environ=env).load(SERVER, LOGIN)
    assert loaded == StoredCredentials("env-pw", "env-secret", CredentialSource.ENVIRONMENT)


def test_environment_password_with_keyring_secret_is_mixed() -> None:
    backend = MemoryKeyring()
    CredentialStore(backend, environ={}).save(SERVER, LOGIN, app_secret="kr-s")
    loaded = CredentialStore(backend, environ={PASSWORD_ENV: "env-pw"}).load(SERVER, LOGIN)
    assert loaded == StoredCredentials("env-pw", "kr-s", CredentialSource.MIXED)


def test_environment_alone_needs_no_keyring() -> None:
    env = {PASSWORD_ENV: "env-pw", SECRET_ENV: "env-secret"}
    loaded = CredentialStore(fail.Keyring(), environ=env).load(SERVER, LOGIN)
    assert (loaded.password, loaded.app_secret) == ("env-pw", "env-secret")


def test_environment_password_tolerates_missing_keyring_for_secret() -> None:
    loaded = CredentialStore(fail.Keyring(), environ={PASSWORD_ENV: "env-pw"}).load(SERVER, LOGIN)
    assert loaded == StoredCredentials("env-pw", None, CredentialSource.ENVIRONMENT)


def test_empty_environment_variable_is_ignored() -> None:
    backend = MemoryKeyring()
    CredentialStore(backend, environ={}).save(SERVER, LOGIN, password="kr")
    loaded = CredentialStore(backend, environ={PASSWORD_ENV: ""}).load(SERVER, LOGIN)
    assert (loaded.password, loaded.source) == ("kr", CredentialSource.KEYRING)


class AltPlaintext(MemoryKeyring):
    pass


AltPlaintext.__module__ = "keyrings.alt.file"


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), AltPlaintext()],
    ids=["fail", "null", "keyrings.alt"],
)
def test_no_secure_backend_is_unavailable_never_plaintext(backend: KeyringBackend) -> None:
    store = CredentialStore(backend, environ={})
    for operation in (
        lambda: store.load(SERVER, LOGIN),
        lambda: store.save(SERVER, LOGIN, password="pw"),
        lambda: store.forget(SERVER, LOGIN),
    ):
        with pytest.raises(CredentialStoreUnavailable) as caught:
            operation()
        assert "keyring" in caught.value.message
        assert caught.value.hint
    if isinstance(backend, MemoryKeyring):
        assert backend.entries == {}


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (keyring.errors.KeyringLocked("locked"), "locked"),
        (keyring.errors.InitError("no dbus"), "No secure keyring"),
        (keyring.errors.NoKeyringError("No recommended backend"), "No secure keyring"),
    ],
)
def test_locked_or_broken_keyring_is_unavailable(
    error: keyring.errors.KeyringError, words: str
) -> None:
    store = CredentialStore(FailingKeyring(error), environ={})
    with pytest.raises(CredentialStoreUnavailable) as caught:
        store.load(SERVER, LOGIN)
    assert words in caught.value.message
    assert caught.value.__cause__ is error
    with pytest.raises(CredentialStoreUnavailable):
        store.save(SERVER, LOGIN, password="pw")
    with pytest.raises(CredentialStoreUnavailable):
        store.forget(SERVER, LOGIN)


def test_refused_write_is_a_store_error_without_the_secret() -> None:
    store = CredentialStore(FailingKeyring(keyring.errors.PasswordSetError("no")), environ={})
    with pytest.raises(CredentialStoreError) as caught:
        store.save(SERVER, LOGIN, password="the-password")
    assert not isinstance(caught.value, CredentialStoreUnavailable)
    assert "the-password" not in f"{caught.value} {caught.value.hint}"


def test_default_backend_comes_from_keyring_lazily(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def fake_get_keyring() -> Any:
        calls.append(1)
        return fail.Keyring()

    monkeypatch.setattr(keyring, "get_keyring", fake_get_keyring)
    store = CredentialStore(environ={})
    assert calls == []
    with pytest.raises(CredentialStoreUnavailable):
        store.load(SERVER, LOGIN)
    assert calls


def test_stored_credentials_repr_hides_secrets() -> None:
    text = repr(StoredCredentials("pw-value", "secret-value", CredentialSource.KEYRING))
    assert "pw-value" not in text
    assert "secret-value" not in text
    assert "keyring" in text


@pytest.mark.asyncio
async def test_async_wrappers_run_keyring_in_a_worker_thread() -> None:
    backend = MemoryKeyring()
    store = CredentialStore(backend, environ={})
    await store.asave(SERVER, LOGIN, password="pw", app_secret="s")
    loaded = await store.aload(SERVER, LOGIN)
    assert (loaded.password, loaded.app_secret) == ("pw", "s")
    await store.aforget(SERVER, LOGIN)
    assert backend.entries == {}
    assert backend.threads
    assert threading.get_ident() not in backend.threads


@pytest.mark.asyncio
async def test_async_load_raises_unavailable() -> None:
    with pytest.raises(CredentialStoreUnavailable):
        await CredentialStore(fail.Keyring(), environ={}).aload(SERVER, LOGIN)

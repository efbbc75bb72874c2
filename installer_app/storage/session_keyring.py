"""A keyring that lives in memory for this session only.

Used when the technician chooses not to (or cannot) use the system keyring, by the self-test and
the screenshot renderer (which must never touch the user's real keyring), and by tests. Nothing
is written anywhere; everything is gone when the program ends.
"""

from __future__ import annotations

import keyring.errors
from keyring.backend import KeyringBackend


class SessionKeyring(KeyringBackend):
    """Secrets kept in a dict for the life of the process."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self._entries:
            raise keyring.errors.PasswordDeleteError("not found")
        del self._entries[(service, username)]

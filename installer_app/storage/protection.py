"""Passphrase protection of the credentials an installation file carries from office to site.

A protected file keeps everything readable except the values that let someone connect the PBX to
Rainbow: the equipment id and the activation code, **and** the stock-mode fleet and installation
references, because in stock mode the joined references *are* the equipment id and the activation
code (hiding one without the other would hide nothing). On disk those four fields are ``null``
and a ``"protected"`` object holds them encrypted::

    "protected": {"kdf": "scrypt", "n": 32768, "r": 8, "p": 1,
                  "salt": "<base64>", "nonce": "<base64>", "ciphertext": "<base64>"}

The key comes from the passphrase through scrypt (memory-hard, so guessing passphrases costs
memory as well as time; a random salt per save), and the four values are sealed with AES-256-GCM
(a random nonce per save). The file's identity (:data:`BOUND_FIELDS`: schema version, PBX model,
delivery mode, customer company, server name, Rainbow server) is authenticated with them as
associated data: a ``protected`` object copied from another file, or a file whose identity was
edited by hand, does not open, exactly like a wrong passphrase (AES-GCM cannot tell the two apart).

This module transforms decoded JSON objects and never touches files; :mod:`plan_files` reads and
writes. Nothing here logs or repeats a passphrase or a protected value.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import unicodedata
from typing import Any, Final

# ``cryptography`` is imported where a file is sealed or opened, not when the wizard starts.

PROTECTED_KEY: Final = "protected"
#: The values a protected file hides; in stock mode the references are the credentials.
PROTECTED_FIELDS: Final = ("fleet_ref", "installation_ref", "equipment_id", "activation_code")
#: What ties the sealed values to their file (associated data, authenticated, not encrypted).
BOUND_FIELDS: Final = (
    "schema_version",
    "pbx_model",
    "mode",
    "company.id",
    "server_name",
    "rainbow_server",
)

KDF_NAME: Final = "scrypt"
SCRYPT_N: Final = 2**15
SCRYPT_R: Final = 8
SCRYPT_P: Final = 1
SALT_BYTES: Final = 16
NONCE_BYTES: Final = 12
KEY_BYTES: Final = 32
#: The most memory a file may ask scrypt to use (128 * n * r bytes), so a crafted file cannot
#: exhaust the computer's memory; the parameters written today need 32 MiB.
MAX_SCRYPT_MEMORY: Final = 256 * 1024 * 1024
MAX_SCRYPT_P: Final = 4
MIN_PASSPHRASE_LENGTH: Final = 8

_CONTEXT: Final = "installer-app installation file protection 1"


class ProtectionError(ValueError):
    """The protected part of a file cannot be opened or made.

    Attributes:
        field: dotted path in the file the problem concerns (``protected.salt``, ...).
        message: a sentence the technician can act on; never contains a secret.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


class PassphraseMismatch(ProtectionError):
    """Wrong passphrase, or the sealed values do not belong to this file."""


class ProtectionDamaged(ProtectionError):
    """The ``protected`` object is not what this program writes (edited, truncated)."""


def is_protected(data: object) -> bool:
    """Whether decoded file content carries a ``protected`` object (of any shape)."""
    return isinstance(data, dict) and PROTECTED_KEY in data


def new_passphrase_problem(passphrase: str) -> str | None:
    """Why ``passphrase`` is too weak to protect a file with, or None when it will do."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return (
            f"The passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters; "
            "a few words are easier to remember and harder to guess."
        )
    return None


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # NFC: the same passphrase typed on two systems may arrive composed or decomposed.
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # noqa: PLC0415

    try:
        secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    except UnicodeEncodeError:  # bytes that were not UTF-8, decoded with surrogateescape
        raise ProtectionError(
            "passphrase",
            "The passphrase holds bytes that are not text in UTF-8 (as set in the environment "
            "or typed on a terminal with another encoding); set it again in plain text.",
        ) from None
    return Scrypt(salt=salt, length=KEY_BYTES, n=n, r=r, p=p).derive(secret)


def _bound_data(data: dict[str, Any]) -> bytes:
    """The associated data: the bound fields as found, in a canonical JSON form."""
    bound: dict[str, Any] = {"context": _CONTEXT}
    for path in BOUND_FIELDS:
        value: Any = data
        for part in path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        bound[path] = value
    return json.dumps(bound, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def protect(data: dict[str, Any], passphrase: str) -> dict[str, Any]:
    """A copy of ``data`` (a plan as JSON) with :data:`PROTECTED_FIELDS` sealed.

    Raises:
        ProtectionError: the passphrase is empty.
    """
    if not passphrase:
        raise ProtectionError(
            PROTECTED_KEY, "The passphrase is empty: give one to protect the file."
        )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

    secrets = {name: data.get(name) for name in PROTECTED_FIELDS}
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    key = _key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    sealed = AESGCM(key).encrypt(
        nonce, json.dumps(secrets, separators=(",", ":")).encode("utf-8"), _bound_data(data)
    )
    result = {**data, **dict.fromkeys(PROTECTED_FIELDS)}
    result[PROTECTED_KEY] = {
        "kdf": KDF_NAME,
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": _b64(salt),
        "nonce": _b64(nonce),
        "ciphertext": _b64(sealed),
    }
    return result


def _damaged(field: str, what: str) -> ProtectionDamaged:
    return ProtectionDamaged(
        f"{PROTECTED_KEY}.{field}" if field else PROTECTED_KEY,
        f"The protected part of the file is damaged ({what}); use an intact copy of the file.",
    )


def _integer(block: dict[str, Any], name: str) -> int:
    value = block.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise _damaged(name, f"'{name}' is not a positive whole number")
    return value


def _bytes(block: dict[str, Any], name: str, size: int | None) -> bytes:
    value = block.get(name)
    if not isinstance(value, str):
        raise _damaged(name, f"'{name}' is missing")
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise _damaged(name, f"'{name}' is not base64") from None
    if size is not None and len(raw) != size:
        raise _damaged(name, f"'{name}' has {len(raw)} bytes instead of {size}")
    return raw


def _parameters(block: dict[str, Any]) -> tuple[int, int, int]:
    if block.get("kdf") != KDF_NAME:
        raise _damaged("kdf", f"key derivation {block.get('kdf')!r} is not {KDF_NAME!r}")
    n, r, p = _integer(block, "n"), _integer(block, "r"), _integer(block, "p")
    if n < 2 or n & (n - 1):
        raise _damaged("n", "'n' is not a power of two")
    if 128 * n * r > MAX_SCRYPT_MEMORY:
        raise _damaged("n", "its key-derivation parameters ask for more memory than allowed")
    if p > MAX_SCRYPT_P:
        raise _damaged("p", f"'p' is over {MAX_SCRYPT_P}")
    return n, r, p


def unprotect(data: dict[str, Any], passphrase: str) -> dict[str, Any]:
    """A copy of ``data`` with the sealed values back in place and no ``protected`` object.

    ``data`` without a ``protected`` object is returned unchanged (as a copy).

    Raises:
        ProtectionDamaged: the ``protected`` object is malformed, or a protected field also
            holds a value in clear text (the program never writes that).
        PassphraseMismatch: wrong passphrase, or the sealed values belong to another file (or
            to this file before its identity was edited).
    """
    if not is_protected(data):
        return dict(data)
    from cryptography.exceptions import InvalidTag  # noqa: PLC0415
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

    block = data[PROTECTED_KEY]
    if not isinstance(block, dict):
        raise _damaged("", "'protected' is not an object")
    n, r, p = _parameters(block)
    salt = _bytes(block, "salt", SALT_BYTES)
    nonce = _bytes(block, "nonce", NONCE_BYTES)
    sealed = _bytes(block, "ciphertext", None)
    for name in PROTECTED_FIELDS:
        if data.get(name) is not None:
            raise ProtectionDamaged(
                name,
                f"{name} is written in clear text in a protected file; remove the value (it is "
                "kept protected) or unprotect the file first.",
            )
    try:
        plain = AESGCM(_key(passphrase, salt, n, r, p)).decrypt(nonce, sealed, _bound_data(data))
    except InvalidTag:
        raise PassphraseMismatch(
            PROTECTED_KEY,
            "The passphrase is wrong, or the protected part does not belong to this file (it was "
            "copied from another file, or the PBX model, mode, company, server name or Rainbow "
            "server was edited outside the program). Nothing was changed.",
        ) from None
    try:
        secrets = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _damaged("ciphertext", "its content is not readable") from None
    if not isinstance(secrets, dict) or set(secrets) != set(PROTECTED_FIELDS):
        raise _damaged("ciphertext", "its content is not the expected fields")
    result = {key: value for key, value in data.items() if key != PROTECTED_KEY}
    result.update(secrets)
    return result

"""JSON Web Tokens signed with HS256, with the standard library only.

The emulator hands out real JWTs (``header.payload.signature``, base64url without padding) so a
client that decodes the payload to read ``iat``/``exp`` behaves exactly as against Rainbow.
Only what the emulator needs is here: sign, and verify its own signature. Expiry and revocation
are decided by :mod:`installer_app.sandbox.sessions`, not here.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any

_HEADER: dict[str, str] = {"alg": "HS256", "typ": "JWT"}


class InvalidTokenError(ValueError):
    """The string is not a JWT signed with our key (malformed, wrong algorithm or signature)."""


def _b64url_encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _b64url_decode(text: str) -> bytes:
    padded = text + "=" * (-len(text) % 4)
    try:
        return base64.urlsafe_b64decode(padded.encode("ascii"))
    except (ValueError, UnicodeEncodeError) as exc:
        raise InvalidTokenError("token segment is not base64url") from exc


def _json_segment(obj: Mapping[str, Any]) -> str:
    return _b64url_encode(json.dumps(obj, separators=(",", ":"), sort_keys=True).encode("utf-8"))


def _sign(signing_input: str, key: bytes) -> str:
    return _b64url_encode(hmac.new(key, signing_input.encode("ascii"), hashlib.sha256).digest())


def encode_hs256(payload: Mapping[str, Any], key: bytes) -> str:
    """Sign ``payload`` with HMAC-SHA256 and return the compact JWT."""
    signing_input = f"{_json_segment(_HEADER)}.{_json_segment(payload)}"
    return f"{signing_input}.{_sign(signing_input, key)}"


def decode_hs256(token: str, key: bytes) -> dict[str, Any]:
    """Verify ``token``'s signature with ``key`` and return its payload.

    Raises:
        InvalidTokenError: not three segments, not JSON, not HS256, or a wrong signature.
    """
    parts = token.split(".")
    if len(parts) != 3:
        raise InvalidTokenError("a JWT has three dot-separated segments")
    header_b64, payload_b64, signature = parts
    try:
        header = json.loads(_b64url_decode(header_b64))
        payload = json.loads(_b64url_decode(payload_b64))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InvalidTokenError("token segment is not JSON") from exc
    if not isinstance(header, dict) or header.get("alg") != "HS256":
        raise InvalidTokenError("only HS256 tokens are accepted")
    if not isinstance(payload, dict):
        raise InvalidTokenError("token payload is not an object")
    expected = _sign(f"{header_b64}.{payload_b64}", key)
    if not hmac.compare_digest(expected, signature):
        raise InvalidTokenError("token signature does not match")
    return payload


def unverified_payload(token: str) -> dict[str, Any]:
    """Read a JWT's payload without checking its signature, as Rainbow clients do.

    Raises:
        InvalidTokenError: the token is malformed.
    """
    parts = token.split(".")
    if len(parts) != 3:
        raise InvalidTokenError("a JWT has three dot-separated segments")
    try:
        payload = json.loads(_b64url_decode(parts[1]))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InvalidTokenError("token payload is not JSON") from exc
    if not isinstance(payload, dict):
        raise InvalidTokenError("token payload is not an object")
    return payload

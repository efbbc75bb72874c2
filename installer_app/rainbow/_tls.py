"""The TLS trust used for Rainbow: certifi's authorities plus, optionally, a company's own CA.

Verification is always on and cannot be switched off. A custom bundle *adds* to certifi's
authorities: it exists for networks whose proxy or antivirus re-signs TLS traffic with a private
CA, and must not stop the real openrainbow.com certificate from being trusted elsewhere.
"""

from __future__ import annotations

import ssl
from functools import cache
from pathlib import Path

import certifi

from installer_app.rainbow.errors import CaBundleError


def tls_context(ca_bundle: str | Path | None = None) -> ssl.SSLContext:
    """A verifying client context trusting certifi's CAs and those in ``ca_bundle`` (PEM).

    Without a bundle, every call returns the same context: reading certifi's authorities takes
    tens of milliseconds, and a context is meant to be shared by connections.

    Raises:
        CaBundleError: the bundle is missing or holds no readable certificate.
    """
    if ca_bundle is None:
        return _certifi_context()
    context = ssl.create_default_context(cafile=certifi.where())
    path = Path(ca_bundle)
    try:
        context.load_verify_locations(cafile=str(path))
    except (OSError, ssl.SSLError) as exc:
        raise CaBundleError(
            f"The CA certificate file {path} could not be loaded.",
            "Choose a PEM file holding the CA certificate of your proxy or antivirus "
            "(text beginning with -----BEGIN CERTIFICATE-----).",
        ) from exc
    return context


@cache
def _certifi_context() -> ssl.SSLContext:
    """The shared context trusting certifi's authorities only."""
    return ssl.create_default_context(cafile=certifi.where())

"""Which servers may be reached over plain HTTP: only this computer's own (loopback).

Rainbow and the PBX are reached over HTTPS; the sandbox's emulators listen on loopback without
TLS. Plain HTTP to any other host would carry a password, a token or an activation code in clear
over the network, so both the Rainbow client and the PBX drivers refuse it with this one rule.
"""

from __future__ import annotations

import ipaddress
from typing import Final

#: Host names that always mean this computer (RFC 6761 reserves "localhost").
LOOPBACK_NAMES: Final = frozenset({"localhost"})


def is_loopback(host: str) -> bool:
    """Whether ``host`` (an IP address or a name, without brackets or port) is this computer."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host.lower() in LOOPBACK_NAMES


def plain_http_allowed(scheme: str, host: str) -> bool:
    """Whether a ``scheme://host`` address may be used: https anywhere, http only on loopback."""
    scheme = scheme.lower()
    return bool(host) and (scheme == "https" or (scheme == "http" and is_loopback(host)))

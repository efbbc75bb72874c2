"""The Rainbow platforms the program offers, and the OMC "Domain name" that goes with each.

The PBX finds Rainbow through OMC's Cloud > Rainbow "Domain name", whose default is
``openrainbow.com`` (production). When the installation is declared on another platform, the
PBX has to be pointed at that platform, and the program tells the technician which domain to
enter. Only production's value is documented; every other value is an inference, and
:func:`omc_domain` says so (``inferred``), so that the wording can say so too.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final
from urllib.parse import urlsplit

from installer_app.domain.plan_choices import PRODUCTION_SERVER, SANDBOX_SERVER

__all__ = [
    "PRODUCTION_DOMAIN",
    "PRODUCTION_SERVER",
    "SANDBOX_SERVER",
    "OmcDomain",
    "Platform",
    "SandboxAccount",
]

PRODUCTION_DOMAIN: Final = "openrainbow.com"
"""OMC's default "Domain name" (the seed document, RAINBOW_API.md)."""


def firewall_advice(host: str, port: int) -> str:
    """What a firewall must let through to reach ``host`` on ``port``, naming them.

    Production (and the developer sandbox, both under openrainbow.com on 443) names the whole
    domain; any other server (the embedded sandbox on loopback, a custom one) its own host and
    port, the ones actually in use.
    """
    name = host.lower().rstrip(".")
    if port == 443 and (name == PRODUCTION_DOMAIN or name.endswith("." + PRODUCTION_DOMAIN)):
        return "a firewall must allow outgoing TCP 443 to openrainbow.com and *.openrainbow.com"
    return f"a firewall must allow outgoing TCP {port} to {host}"


class Platform(StrEnum):
    """The kinds of Rainbow server the server chooser offers."""

    PRODUCTION = "production"
    DEVELOPER_SANDBOX = "developer_sandbox"
    EMBEDDED_SANDBOX = "embedded_sandbox"
    CUSTOM = "custom"


@dataclass(frozen=True)
class OmcDomain:
    """The "Domain name" to enter in OMC, and whether that value is an inference."""

    name: str
    inferred: bool


def _host(server: str) -> str:
    return (urlsplit(server.strip()).hostname or "").lower().rstrip(".")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def platform_of(server: str) -> Platform:
    """Which kind of platform the server address is."""
    host = _host(server)
    if host == PRODUCTION_DOMAIN:
        return Platform.PRODUCTION
    if host == _host(SANDBOX_SERVER):
        return Platform.DEVELOPER_SANDBOX
    if _is_loopback(host):
        return Platform.EMBEDDED_SANDBOX
    return Platform.CUSTOM


def omc_domain(server: str) -> OmcDomain:
    """The OMC "Domain name" for a PBX declared on ``server``.

    - Production: ``openrainbow.com``, OMC's documented default.
    - The embedded sandbox: ``openrainbow.com`` too: its OXO emulator plays a PBX of the field,
      and leaving the default is what the technician will do for real.
    - [I] Rainbow's developer sandbox: ``sandbox.openrainbow.com``. Reason: a PBX declared there
      must reach that platform, whose host name it is; no ALE document gives the value OMC
      expects for it.
    - [I] A custom address: its host name, for the same reason.
    """
    platform = platform_of(server)
    if platform in (Platform.PRODUCTION, Platform.EMBEDDED_SANDBOX):
        return OmcDomain(PRODUCTION_DOMAIN, inferred=False)
    return OmcDomain(_host(server) or PRODUCTION_DOMAIN, inferred=True)


@dataclass(frozen=True)
class SandboxAccount:
    """The embedded sandbox's addresses and public demo account (not secrets: demo values).

    The sandbox describes itself with it (``installer_app.sandbox.embedded.SandboxInfo``) and
    the wizard's services receive it.

    Attributes:
        rainbow_url: the Rainbow emulator's base URL.
        pbx_url: the OXO emulator's management endpoint.
        login, password: the demo business-partner admin.
        app_id, app_secret: the demo Rainbow application.
        company_id: the demo customer (one site, no PBX yet).
        fleet: the PBXs, each ``{serial, model, mode, fleet_ref, installation_ref, url}``.
    """

    rainbow_url: str
    pbx_url: str
    login: str
    password: str = field(repr=False)
    app_id: str
    app_secret: str = field(repr=False)
    company_id: str
    fleet: Sequence[dict[str, Any]] = ()

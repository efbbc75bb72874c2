"""Tell network failures apart: DNS, refused, TLS, proxy, timeout, dropped connection.

httpx reports most of them as one ``httpx.ConnectError`` whose cause chain holds the real reason
(``socket.gaierror``, ``ConnectionRefusedError`` possibly inside an exception group from
happy-eyeballs, ``ssl.SSLError``). The chain is walked first; the message text is the fallback,
since some platforms and proxies only leave words behind.
"""

from __future__ import annotations

import errno
import socket
import ssl
from collections.abc import Iterator

import httpx

from installer_app.domain.servers import firewall_advice
from installer_app.rainbow.errors import (
    ConnectionDropped,
    ConnectionRefused,
    DnsError,
    InvalidServerAddress,
    NetworkTimeout,
    ProxyFailure,
    RainbowError,
    RainbowUnreachable,
    TimeoutPhase,
    TlsError,
)

_REFUSED_ERRNOS = frozenset({errno.ECONNREFUSED, 10061})  # 10061: WSAECONNREFUSED (Windows)
_DNS_WORDS = (
    "name or service not known",
    "nodename nor servname",
    "getaddrinfo failed",
    "no address associated",
    "temporary failure in name resolution",
    "name resolution",
)
_TLS_WORDS = ("ssl", "certificate", "tls", "handshake")

_TIMEOUT_PHASES: tuple[tuple[type[httpx.TimeoutException], TimeoutPhase], ...] = (
    (httpx.ConnectTimeout, "connect"),
    (httpx.ReadTimeout, "read"),
    (httpx.WriteTimeout, "write"),
    (httpx.PoolTimeout, "pool"),
)


def causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception, then everything in its __cause__/__context__ chain and exception groups."""
    pending: list[BaseException] = [exc]
    seen: set[int] = set()
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        if isinstance(current, BaseExceptionGroup):
            pending.extend(current.exceptions)
        for linked in (current.__cause__, current.__context__):
            if linked is not None:
                pending.append(linked)


def _is_dns(chain: list[BaseException], text: str) -> bool:
    return any(isinstance(e, socket.gaierror) for e in chain) or any(w in text for w in _DNS_WORDS)


def _is_refused(chain: list[BaseException], text: str) -> bool:
    return (
        any(isinstance(e, ConnectionRefusedError) for e in chain)
        or any(isinstance(e, OSError) and e.errno in _REFUSED_ERRNOS for e in chain)
        or "refused" in text
    )


def _is_tls(chain: list[BaseException], text: str) -> bool:
    return any(isinstance(e, ssl.SSLError) for e in chain) or any(w in text for w in _TLS_WORDS)


def _connect_error(exc: httpx.ConnectError, host: str, port: int) -> RainbowUnreachable:
    chain = list(causes(exc))
    text = " ".join(str(e) for e in chain).lower()
    if _is_tls(chain, text):
        return TlsError(
            f"The secure connection to {host} failed: its certificate is not trusted.",
            "A proxy or antivirus that inspects TLS may be replacing Rainbow's certificate: add "
            "its CA certificate in Settings (custom CA bundle), or ask the network administrator.",
            may_have_reached_server=False,
        )
    if _is_dns(chain, text):
        return DnsError(
            f"The server name {host} could not be found (DNS).",
            "Check the server address and that this computer is connected to the internet.",
            may_have_reached_server=False,
        )
    firewall = firewall_advice(host, port)
    if _is_refused(chain, text):
        return ConnectionRefused(
            f"The connection to {host} was refused.",
            f"Check the server address and port; {firewall}.",
            may_have_reached_server=False,
        )
    return RainbowUnreachable(
        f"Could not connect to {host}.",
        f"Check that this computer is connected to the internet; {firewall}.",
        may_have_reached_server=False,
    )


def map_transport_error(exc: httpx.TransportError, host: str, port: int = 443) -> RainbowError:
    """The Rainbow error for an httpx transport failure on a request to ``host``:``port``.

    The advice names that host and port, the server actually in use.

    The caller raises it ``from exc`` so the original stays available in logs and debuggers.
    """
    if isinstance(exc, httpx.TimeoutException):
        which: TimeoutPhase = next(
            (phase for kind, phase in _TIMEOUT_PHASES if isinstance(exc, kind)), "read"
        )
        if which == "connect":
            firewall = firewall_advice(host, port)
            return NetworkTimeout(
                f"{host} did not answer the connection in time.",
                f"The network is slow or a firewall drops the traffic; {firewall}. Try again.",
                phase="connect",
            )
        return NetworkTimeout(
            f"{host} did not answer in time.",
            "The network or Rainbow is slow: try again. A change may still have been applied; "
            "the installer checks before repeating it.",
            phase=which,
        )
    if isinstance(exc, httpx.ProxyError):
        return ProxyFailure(
            f"The proxy refused or failed the connection to {host}.",
            "Check the proxy settings of this computer (or HTTPS_PROXY), and that the proxy "
            f"allows {host}.",
            may_have_reached_server=False,
        )
    if isinstance(exc, httpx.ConnectError):
        return _connect_error(exc, host, port)
    if isinstance(exc, httpx.UnsupportedProtocol):
        return InvalidServerAddress(
            f"The server address for {host} is not usable.",
            "Use an address beginning with https://, e.g. https://openrainbow.com.",
        )
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return ConnectionDropped(
            f"The connection to {host} broke before the answer arrived.",
            "Check the network and try again; the installer checks whether a change was "
            "applied before repeating it.",
            may_have_reached_server=True,
        )
    return RainbowUnreachable(
        f"The exchange with {host} failed ({type(exc).__name__}).",
        "Check the network and try again.",
        may_have_reached_server=True,
    )

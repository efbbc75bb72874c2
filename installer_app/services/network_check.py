"""Can this laptop reach Rainbow? DNS, TCP, TLS handshake and the proxy in use, each step timed.

What support asks first when a sign-in fails on a customer site. Every step says what it found
and how long it took, so "the name does not resolve", "port 443 is blocked" and "a proxy
re-signs TLS" are told apart without a network engineer. The checks go straight to the server
(no proxy); the proxy step reports which proxy the program would use, so a failing direct check
on a network that only allows the proxy reads as such.

The target is injectable (host, port, CA bundle): tests point it at a TLS server on loopback and
never at openrainbow.com.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from installer_app.domain.addresses import is_loopback
from installer_app.domain.servers import firewall_advice

DEFAULT_HOST = "openrainbow.com"
DEFAULT_PORT = 443
DEFAULT_TIMEOUT = 5.0


class StepStatus(StrEnum):
    """How a step ended."""

    OK = "ok"
    FAILED = "failed"
    SKIPPED = "skipped"
    INFO = "info"


@dataclass(frozen=True)
class NetworkTarget:
    """Where to check: a host and port, over TLS or not, with extra trusted CAs.

    Attributes:
        host: the server name (resolved by the DNS step).
        port: the TCP port.
        tls: whether to do the TLS handshake step.
        ca_bundle: extra trusted CAs (PEM), as in Settings.
        timeout: seconds allowed for each step.
    """

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    tls: bool = True
    ca_bundle: Path | None = None
    timeout: float = DEFAULT_TIMEOUT

    @classmethod
    def from_url(
        cls, url: str, *, ca_bundle: Path | None = None, timeout: float = DEFAULT_TIMEOUT
    ) -> NetworkTarget:
        """The target of a server address (``https://openrainbow.com``, a sandbox's URL)."""
        parts = urlsplit(url.strip())
        tls = parts.scheme != "http"
        try:
            port = parts.port
        except ValueError:
            port = None
        return cls(
            host=parts.hostname or DEFAULT_HOST,
            port=port or (DEFAULT_PORT if tls else 80),
            tls=tls,
            ca_bundle=ca_bundle,
            timeout=timeout,
        )


@dataclass(frozen=True)
class CheckStep:
    """One step of the check: what was tried, what came of it, how long it took."""

    name: str
    title: str
    status: StepStatus
    detail: str
    seconds: float
    hint: str = ""

    def to_json(self) -> dict[str, object]:
        """The step as plain data (for the diagnostics file)."""
        return {
            "name": self.name,
            "title": self.title,
            "status": self.status.value,
            "detail": self.detail,
            "hint": self.hint,
            "seconds": round(self.seconds, 4),
        }

    def line(self) -> str:
        """One line for a terminal or a text file."""
        text = f"[{self.status.value}] {self.title}: {self.detail} ({self.seconds * 1000:.0f} ms)"
        return f"{text}\n    {self.hint}" if self.hint else text


def _without_credentials(url: str) -> str:
    """A proxy address without ``user:password@`` (it would leak into the diagnostics)."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def proxy_in_use(target: NetworkTarget, environ: Mapping[str, str] | None = None) -> CheckStep:
    """The proxy this computer configures for ``target`` (environment, or the system's).

    Args:
        environ: read only these variables (tests); None reads the environment and, on Windows
            and macOS, the system's proxy settings.
    """
    import urllib.request  # noqa: PLC0415 (slow to import; only this step needs it)

    started = time.perf_counter()
    if environ is None:
        proxies, origin = urllib.request.getproxies(), "environment or system settings"
    else:
        proxies = {
            name[: -len("_proxy")].lower(): value
            for name, value in environ.items()
            if name.lower().endswith("_proxy") and value and name.lower() != "no_proxy"
        }
        origin = "environment"
    scheme = "https" if target.tls else "http"
    proxy = proxies.get(scheme) or proxies.get("all")
    if not proxy:
        detail = "No proxy configured: the program connects directly."
    else:
        no_proxy = (environ or {}).get("NO_PROXY") or (environ or {}).get("no_proxy") or ""
        bypassed = _exempted(target.host, no_proxy) or (
            environ is None and bool(urllib.request.proxy_bypass(target.host))
        )
        if is_loopback(target.host):
            where = "not used for this computer's own addresses (the sandbox)"
        elif bypassed:
            where = "not used for this server (exempted)"
        else:
            where = "used for this server"
        detail = f"{scheme.upper()} proxy {_without_credentials(proxy)} ({origin}), {where}."
    return CheckStep("proxy", "Proxy in use", StepStatus.INFO, detail, _since(started))


def _exempted(host: str, no_proxy: str) -> bool:
    """Whether ``NO_PROXY`` (comma-separated names, ``.domain`` or ``*``) exempts ``host``."""
    host = host.lower()
    for entry in (part.strip().lower().lstrip(".") for part in no_proxy.split(",")):
        if entry == "*" or (entry and (host == entry or host.endswith("." + entry))):
            return True
    return False


def _since(started: float) -> float:
    return time.perf_counter() - started


async def _dns(target: NetworkTarget) -> tuple[CheckStep, list[str]]:
    started = time.perf_counter()
    title = f"DNS of {target.host}"
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(target.timeout):
            infos = await loop.getaddrinfo(target.host, target.port, type=socket.SOCK_STREAM)
    except (OSError, TimeoutError) as error:
        step = CheckStep(
            "dns", title, StepStatus.FAILED, f"The name could not be resolved ({_reason(error)}).",
            _since(started),
            "Check the network connection and the DNS server of this computer (or the guest "
            "Wi-Fi's login page).",
        )  # fmt: skip
        return step, []
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    detail = "Resolves to " + ", ".join(addresses) + "."
    return CheckStep("dns", title, StepStatus.OK, detail, _since(started)), addresses


async def _connect(
    addresses: list[str], target: NetworkTarget, context: ssl.SSLContext | None
) -> tuple[str, asyncio.StreamWriter]:
    """The first address that accepts the connection (and the handshake, with ``context``)."""
    last: BaseException = OSError("no address to try")
    for address in addresses:
        try:
            async with asyncio.timeout(target.timeout):
                _reader, writer = await asyncio.open_connection(
                    address,
                    target.port,
                    ssl=context,
                    server_hostname=target.host if context is not None else None,
                )
        except (OSError, TimeoutError) as error:
            last = error
            continue
        return address, writer
    raise last


async def _close(writer: asyncio.StreamWriter) -> None:
    writer.close()
    try:
        async with asyncio.timeout(1.0):
            await writer.wait_closed()
    except (OSError, TimeoutError):
        pass


def _reason(error: OSError | TimeoutError) -> str:
    return "no answer in time" if isinstance(error, TimeoutError) else str(error)


def _network_failure(
    name: str, title: str, detail: str, started: float, *, target: NetworkTarget
) -> CheckStep:
    """A step the network ended: ``detail`` says what failed and why."""
    return CheckStep(
        name, title, StepStatus.FAILED, detail, _since(started),
        f"Check the network; {firewall_advice(target.host, target.port)}.",
    )  # fmt: skip


async def _tcp(addresses: list[str], target: NetworkTarget) -> CheckStep:
    started = time.perf_counter()
    title = f"TCP port {target.port}"
    try:
        address, writer = await _connect(addresses, target, None)
    except (OSError, TimeoutError) as error:
        detail = f"No connection to port {target.port} ({_reason(error)})."
        return _network_failure("tcp", title, detail, started, target=target)
    await _close(writer)
    detail = f"Connected to {address} port {target.port}."
    return CheckStep("tcp", title, StepStatus.OK, detail, _since(started))


def _certificate_names(certificate: Mapping[str, Any] | None) -> str:
    """``certificate for NAME, issued by ISSUER`` of a peer certificate, as far as it says."""
    certificate = certificate or {}

    def field(part: str, key: str) -> str:
        for rdn in certificate.get(part, ()):
            for name, value in rdn:
                if name == key:
                    return str(value)
        return ""

    alternatives = [str(value) for _kind, value in certificate.get("subjectAltName", ())]
    subject = field("subject", "commonName") or ", ".join(alternatives[:3]) or "?"
    issuer = field("issuer", "organizationName") or field("issuer", "commonName") or "?"
    return f"certificate for {subject}, issued by {issuer}"


async def _tls(addresses: list[str], target: NetworkTarget) -> CheckStep:
    from installer_app.rainbow import CaBundleError, tls_context  # noqa: PLC0415

    started = time.perf_counter()
    title = "TLS handshake"
    try:
        context = tls_context(target.ca_bundle)
        _address, writer = await _connect(addresses, target, context)
    except CaBundleError as error:
        return CheckStep(
            "tls", title, StepStatus.FAILED, error.message, _since(started), error.hint
        )
    except ssl.SSLCertVerificationError as error:
        return CheckStep(
            "tls", title, StepStatus.FAILED,
            f"The server's certificate is not trusted ({error.verify_message}).",
            _since(started),
            "A proxy or antivirus that inspects TLS may be replacing Rainbow's certificate: "
            "add its CA certificate in Settings (custom CA bundle).",
        )  # fmt: skip
    except (OSError, TimeoutError) as error:
        detail = f"The handshake failed ({_reason(error)})."
        return _network_failure("tls", title, detail, started, target=target)
    secure = writer.get_extra_info("ssl_object")
    version = secure.version() if isinstance(secure, ssl.SSLObject) else "TLS"
    peer = writer.get_extra_info("peercert")
    await _close(writer)
    detail = f"{version}, {_certificate_names(peer)}; trusted."
    return CheckStep("tls", title, StepStatus.OK, detail, _since(started))


def _skipped(name: str, title: str, why: str) -> CheckStep:
    return CheckStep(name, title, StepStatus.SKIPPED, why, 0.0)


async def check_network(
    target: NetworkTarget | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    on_step: Callable[[CheckStep], None] | None = None,
) -> list[CheckStep]:
    """Run the DNS, TCP, TLS and proxy steps against ``target`` (openrainbow.com:443 if None).

    Never raises for a network failure: each failure is a step with its reason and a hint.

    Args:
        environ: proxy variables to read instead of the environment and system settings.
        on_step: told each step as soon as it is done (a dialog shows them one by one).
    """
    target = target or NetworkTarget()
    steps: list[CheckStep] = []

    def done(step: CheckStep) -> None:
        steps.append(step)
        if on_step is not None:
            on_step(step)

    dns, addresses = await _dns(target)
    done(dns)
    if addresses:
        tcp = await _tcp(addresses, target)
    else:
        tcp = _skipped("tcp", f"TCP port {target.port}", "Not tried: the name did not resolve.")
    done(tcp)
    if not target.tls:
        done(
            _skipped("tls", "TLS handshake", "Not used: plain HTTP (the sandbox on this computer).")
        )
    elif tcp.status is StepStatus.OK:
        done(await _tls(addresses, target))
    else:
        done(_skipped("tls", "TLS handshake", "Not tried: no TCP connection."))
    done(proxy_in_use(target, environ))
    return steps

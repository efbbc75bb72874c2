"""TLS trust and proxies, as on a customer's network: the real client, the emulator over HTTPS with
a private CA (trustme), and a small forward proxy on loopback taken from the environment.

The field case is a company network whose proxy tunnels HTTPS (CONNECT) and, sometimes, whose
proxy or antivirus re-signs TLS with its own CA: the client must then say so and accept the CA
as an extra bundle. The proxy here resolves names itself (``sandbox.test`` → 127.0.0.1), as a
real proxy resolves openrainbow.com for a laptop that has no DNS of its own.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import pytest_asyncio
import trustme

from installer_app.rainbow import (
    CaBundleError,
    ProxyFailure,
    RainbowClient,
    RainbowUnreachable,
    TlsError,
)
from installer_app.sandbox.rainbow_emulator import RainbowEmulator
from installer_app.sandbox.seed import SandboxSeed
from installer_app.services.plan_declaration import declare_plan
from tests.integration.conftest import PROXY_VARIABLES, ClientFactory
from tests.integration.test_declaration_faults import closed_port_url, make_plan, new_systems

SEED = SandboxSeed.default()
ADMIN_USER = SEED.bp_admin
PARTNER = SEED.partner_id
LOGIN = "/api/rainbow/authentication/v1.0/login"
FIELD_NAME = "sandbox.test"  # resolved by the proxy only, like a name behind a company proxy


# -- a forward proxy on loopback -------------------------------------------------------------


@dataclass
class ForwardProxy:
    """An HTTP/1.1 forward proxy: absolute-form requests for http://, CONNECT tunnels for https.

    Each forwarded request is answered on a connection of its own (``Connection: close``).

    Attributes:
        hosts: names the proxy resolves itself; others are used as they are.
        refuse_connect: answer every CONNECT with this status instead of tunnelling.
        forwarded: ``(method, absolute URL)`` of each plain-http request forwarded.
        tunnels: ``host:port`` of each CONNECT tunnel opened.
    """

    hosts: Mapping[str, str] = field(default_factory=dict)
    refuse_connect: int | None = None
    forwarded: list[tuple[str, str]] = field(default_factory=list)
    tunnels: list[str] = field(default_factory=list)
    url: str = ""
    _server: asyncio.Server | None = None
    _writers: set[asyncio.StreamWriter] = field(default_factory=set)

    async def start(self) -> str:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            for writer in list(self._writers):
                writer.close()
            await self._server.wait_closed()

    def _resolve(self, host: str) -> str:
        return self.hosts.get(host, host)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            request_line, *header_lines = head.decode("latin-1").split("\r\n")
            method, target, _version = request_line.split(" ")
            headers = [line for line in header_lines if line]
            if method == "CONNECT":
                await self._tunnel(target, reader, writer)
            else:
                await self._forward(method, target, headers, reader, writer)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            self._writers.discard(writer)
            writer.close()

    async def _tunnel(
        self, target: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        self.tunnels.append(target)
        if self.refuse_connect is not None:
            writer.write(f"HTTP/1.1 {self.refuse_connect} Refused\r\n\r\n".encode())
            await writer.drain()
            return
        host, _, port = target.rpartition(":")
        upstream_reader, upstream_writer = await asyncio.open_connection(
            self._resolve(host), int(port)
        )
        writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        await writer.drain()
        await asyncio.gather(_pipe(reader, upstream_writer), _pipe(upstream_reader, writer))

    async def _forward(
        self,
        method: str,
        target: str,
        headers: list[str],
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> None:
        url = urlsplit(target)
        if url.scheme != "http" or not url.hostname:
            writer.write(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n")
            return
        self.forwarded.append((method, target))
        length = 0
        kept: list[str] = []
        for line in headers:
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
            if name.strip().lower() not in {"connection", "proxy-connection", "keep-alive"}:
                kept.append(line)
        body = await reader.readexactly(length)
        path = url.path + (f"?{url.query}" if url.query else "")
        upstream_reader, upstream_writer = await asyncio.open_connection(
            self._resolve(url.hostname), url.port or 80
        )
        request = "\r\n".join([f"{method} {path} HTTP/1.1", *kept, "Connection: close", "", ""])
        upstream_writer.write(request.encode("latin-1") + body)
        await upstream_writer.drain()
        writer.write(await upstream_reader.read())  # until the server closes
        await writer.drain()
        upstream_writer.close()


async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
    try:
        while data := await source.read(65536):
            sink.write(data)
            await sink.drain()
    except ConnectionError:
        pass
    finally:
        sink.close()


@pytest_asyncio.fixture
async def forward_proxy() -> AsyncIterator[ForwardProxy]:
    proxy = ForwardProxy(hosts={FIELD_NAME: "127.0.0.1"})
    await proxy.start()
    try:
        yield proxy
    finally:
        await proxy.stop()


def use_proxy(monkeypatch: pytest.MonkeyPatch, proxy_url: str, no_proxy: str = "") -> None:
    """The environment of a laptop on a company network: every request through the proxy."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name in ("HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.setenv(name, proxy_url)
        monkeypatch.setenv(name.lower(), proxy_url)
    monkeypatch.setenv("NO_PROXY", no_proxy)
    monkeypatch.setenv("no_proxy", no_proxy)


# -- the emulator over HTTPS with a private CA -----------------------------------------------


@dataclass(frozen=True)
class HttpsSandbox:
    emulator: RainbowEmulator
    ca_pem: Path
    port: int


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def ca_pem(authority: trustme.CA, tmp_path: Path) -> Path:
    path = tmp_path / "company-ca.pem"
    authority.cert_pem.write_to_path(str(path))
    return path


@pytest_asyncio.fixture
async def https_sandbox(authority: trustme.CA, ca_pem: Path) -> AsyncIterator[HttpsSandbox]:
    """The emulator on 127.0.0.1 over HTTPS, its certificate naming 127.0.0.1, localhost and
    sandbox.test, signed by a CA nobody trusts by default."""
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1", "localhost", FIELD_NAME).configure_cert(server_context)
    emulator = RainbowEmulator()
    url = await emulator.start(ssl_context=server_context)
    try:
        yield HttpsSandbox(emulator, ca_pem, int(url.rsplit(":", 1)[1]))
    finally:
        await emulator.stop()


async def sign_in(client: RainbowClient) -> None:
    await client.sign_in(ADMIN_USER.login_email, ADMIN_USER.password)


@pytest.mark.asyncio
@pytest.mark.usefixtures("direct_network")
@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
async def test_untrusted_certificate_is_a_tls_error_with_the_proxy_hint(
    https_sandbox: HttpsSandbox, make_client: ClientFactory, host: str
) -> None:
    client = make_client(f"https://{host}:{https_sandbox.port}")
    with pytest.raises(TlsError) as caught:
        await sign_in(client)
    assert not caught.value.may_have_reached_server
    assert "not trusted" in caught.value.message
    assert "proxy or antivirus" in caught.value.hint
    assert "CA" in caught.value.hint
    assert client.session is None
    assert https_sandbox.emulator.requests == []


@pytest.mark.asyncio
@pytest.mark.usefixtures("direct_network")
async def test_company_ca_bundle_makes_the_certificate_trusted(
    https_sandbox: HttpsSandbox, make_client: ClientFactory
) -> None:
    client = make_client(f"https://127.0.0.1:{https_sandbox.port}", ca_bundle=https_sandbox.ca_pem)
    await sign_in(client)
    page = await client.list_customer_companies(PARTNER)
    assert page.total == 7
    assert [r.status for r in https_sandbox.emulator.requests] == [200, 200]


@pytest.mark.asyncio
@pytest.mark.usefixtures("direct_network")
async def test_certificate_for_another_name_is_a_tls_error(
    authority: trustme.CA, ca_pem: Path, make_client: ClientFactory
) -> None:
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("rainbow.elsewhere.example").configure_cert(server_context)
    emulator = RainbowEmulator()
    url = await emulator.start(ssl_context=server_context)
    try:
        client = make_client(url, ca_bundle=ca_pem)
        with pytest.raises(TlsError):
            await sign_in(client)
        assert emulator.requests == []
    finally:
        await emulator.stop()


def test_unreadable_ca_bundle_is_refused_before_any_request(tmp_path: Path) -> None:
    not_pem = tmp_path / "ca.pem"
    not_pem.write_text("this is not a certificate\n", encoding="utf-8")
    for bundle in (tmp_path / "missing.pem", not_pem):
        with pytest.raises(CaBundleError) as caught:
            RainbowClient("https://127.0.0.1:1", ca_bundle=bundle)
        assert str(bundle) in caught.value.message
        assert "BEGIN CERTIFICATE" in caught.value.hint


# -- proxies from the environment ------------------------------------------------------------


@pytest.mark.asyncio
async def test_loopback_never_goes_through_the_proxy_from_the_environment(
    rainbow_emulator: RainbowEmulator,
    forward_proxy: ForwardProxy,
    make_client: ClientFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The embedded sandbox works on a laptop whose environment names a company proxy."""
    use_proxy(monkeypatch, forward_proxy.url)
    client = make_client(rainbow_emulator.url)
    await sign_in(client)
    assert (await client.list_customer_companies(PARTNER, name="müller")).total == 1
    assert forward_proxy.forwarded == [] and forward_proxy.tunnels == []
    assert len(rainbow_emulator.requests) == 2


@pytest.mark.asyncio
async def test_no_proxy_sends_straight_to_the_server(
    rainbow_emulator: RainbowEmulator,
    forward_proxy: ForwardProxy,
    make_client: ClientFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_proxy(monkeypatch, forward_proxy.url, no_proxy="127.0.0.1")
    client = make_client(rainbow_emulator.url)
    await sign_in(client)
    assert forward_proxy.forwarded == [] and forward_proxy.tunnels == []
    assert [r.status for r in rainbow_emulator.requests] == [200]


@pytest.mark.asyncio
async def test_https_through_a_connect_tunnel_declares_a_plan(
    https_sandbox: HttpsSandbox,
    forward_proxy: ForwardProxy,
    make_client: ClientFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The field case: a name only the proxy resolves, TLS end to end through CONNECT."""
    use_proxy(monkeypatch, forward_proxy.url)
    client = make_client(
        f"https://{FIELD_NAME}:{https_sandbox.port}", ca_bundle=https_sandbox.ca_pem
    )
    await sign_in(client)
    result = await declare_plan(client, make_plan())
    assert result.outcome.created
    assert [s.id for s in new_systems(https_sandbox.emulator)] == [result.outcome.system.id]
    assert forward_proxy.tunnels  # one per connection the client opened
    assert set(forward_proxy.tunnels) == {f"{FIELD_NAME}:{https_sandbox.port}"}
    assert forward_proxy.forwarded == []
    assert [r.path.rsplit("/", 1)[-1] for r in https_sandbox.emulator.requests][:2] == [
        "login",
        "sites",
    ]


@pytest.mark.asyncio
async def test_tls_error_through_the_tunnel_keeps_the_proxy_hint(
    https_sandbox: HttpsSandbox,
    forward_proxy: ForwardProxy,
    make_client: ClientFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_proxy(monkeypatch, forward_proxy.url)
    client = make_client(f"https://{FIELD_NAME}:{https_sandbox.port}")
    with pytest.raises(TlsError) as caught:
        await sign_in(client)
    assert "proxy or antivirus" in caught.value.hint
    assert forward_proxy.tunnels == [f"{FIELD_NAME}:{https_sandbox.port}"]
    assert https_sandbox.emulator.requests == []


@pytest.mark.asyncio
async def test_proxy_refusing_the_tunnel_is_a_proxy_failure(
    https_sandbox: HttpsSandbox,
    forward_proxy: ForwardProxy,
    make_client: ClientFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    forward_proxy.refuse_connect = 403
    use_proxy(monkeypatch, forward_proxy.url)
    client = make_client(
        f"https://{FIELD_NAME}:{https_sandbox.port}", ca_bundle=https_sandbox.ca_pem
    )
    with pytest.raises(ProxyFailure) as caught:
        await sign_in(client)
    assert not caught.value.may_have_reached_server
    assert "proxy" in caught.value.message and "HTTPS_PROXY" in caught.value.hint
    assert https_sandbox.emulator.requests == []


@pytest.mark.asyncio
async def test_proxy_not_listening_is_unreachable_and_nothing_sent(
    https_sandbox: HttpsSandbox, make_client: ClientFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_proxy(monkeypatch, closed_port_url())
    client = make_client(
        f"https://{FIELD_NAME}:{https_sandbox.port}", ca_bundle=https_sandbox.ca_pem
    )
    with pytest.raises(RainbowUnreachable) as caught:
        await sign_in(client)
    assert not caught.value.may_have_reached_server
    assert https_sandbox.emulator.requests == []

"""Every HTTP error and network failure becomes the right RainbowError, with a usable message."""

from __future__ import annotations

import socket
import ssl
from collections.abc import Callable
from typing import Any

import httpcore
import httpx
import pytest

from installer_app.rainbow import (
    ApplicationAuthError,
    AuthenticationError,
    ConflictError,
    ConnectionDropped,
    ConnectionRefused,
    DnsError,
    InvalidServerAddress,
    NetworkTimeout,
    NotFoundError,
    PermissionDeniedError,
    ProxyFailure,
    RainbowApiError,
    RainbowClient,
    RainbowUnreachable,
    RateLimitedError,
    RetryPolicy,
    ServerError,
    SessionExpiredError,
    TlsError,
    ValidationError,
    error_codes,
)
from installer_app.rainbow._network_errors import map_transport_error
from installer_app.rainbow.errors import api_error_from_response

PASSWORD = "Secret-Pa55"


def body(status: int, details: Any, code: int | None) -> dict[str, Any]:
    return {
        "errorCode": status,
        "errorMsg": "Unauthorized" if status == 401 else "Error",
        "errorDetails": details,
        "errorDetailsCode": code,
    }


# -- HTTP error bodies ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "details", "code", "kind", "words"),
    [
        (401, "Invalid credentials", 401500, AuthenticationError, "login or password"),
        (401, "Invalid application credentials", 401501, ApplicationAuthError, "application id"),
        (401, "jwt expired", 401000, SessionExpiredError, "expired"),
        (401, "Invalid token", 401001, AuthenticationError, "no longer valid"),
        (403, "Forbidden", 403000, PermissionDeniedError, "not one of your customers"),
        (404, "Not found", 404000, NotFoundError, "does not know"),
        (409, "pbxId already exists", 409001, ConflictError, "equipment id is already declared"),
        (429, "Too many requests", 429000, RateLimitedError, "too many requests"),
        (500, "boom", 500000, ServerError, "internal problem"),
        (503, "maintenance", None, ServerError, "internal problem"),
        (418, "teapot", 418000, RainbowApiError, "unexpected error"),
    ],
)
def test_status_and_code_choose_the_class_and_message(
    status: int, details: str, code: int | None, kind: type[RainbowApiError], words: str
) -> None:
    err = api_error_from_response(status, body(status, details, code))
    assert type(err) is kind
    assert words in err.message
    assert err.hint
    assert (err.status, err.error_code, err.error_details, err.error_details_code) == (
        status,
        status,
        details,
        code,
    )
    assert err.error_msg == ("Unauthorized" if status == 401 else "Error")


def test_application_error_is_an_authentication_error() -> None:
    assert issubclass(ApplicationAuthError, AuthenticationError)
    assert issubclass(SessionExpiredError, AuthenticationError)


def test_session_expired_recognised_by_text_without_code() -> None:
    err = api_error_from_response(401, {"errorCode": 401, "errorDetails": "JWT expired"})
    assert isinstance(err, SessionExpiredError)


def test_error_body_that_is_not_json_keeps_status_only() -> None:
    err = api_error_from_response(502, None)
    assert isinstance(err, ServerError)
    assert (err.error_code, err.error_msg, err.error_details, err.error_details_code) == (
        None,
        None,
        None,
        None,
    )


def test_rate_limited_keeps_retry_after() -> None:
    err = api_error_from_response(429, body(429, "slow down", 429000), retry_after=12.0)
    assert isinstance(err, RateLimitedError)
    assert err.retry_after == 12.0


@pytest.mark.parametrize(
    ("details", "field", "words"),
    [
        ({"param": "country", "msg": "must be an ISO 3166 alpha-3 code"}, "country", "country"),
        ([{"param": "pbxNationalPrefix", "msg": "too long"}], "pbxNationalPrefix", "national"),
        ("Invalid value for pbxMainBundlePrefix", "pbxMainBundlePrefix", "outbound prefix"),
        ({"field": "regexpMatch", "message": "bad"}, "regexpMatch", "numbering rule pattern"),
    ],
)
def test_validation_error_names_the_field(details: Any, field: str, words: str) -> None:
    err = api_error_from_response(400, body(400, details, 400000))
    assert isinstance(err, ValidationError)
    assert err.field == field
    assert words in err.message
    assert words in err.hint


def test_validation_error_without_field_keeps_rainbow_text() -> None:
    err = api_error_from_response(400, body(400, "Something odd", 400000))
    assert isinstance(err, ValidationError)
    assert err.field is None
    assert "Something odd" in err.message


def test_validation_error_never_echoes_a_sensitive_value() -> None:
    details = {"param": "activationCode", "msg": "ALE12-1234.5678.90 is not valid"}
    err = api_error_from_response(400, body(400, details, 400000))
    assert isinstance(err, ValidationError)
    assert "activation code" in err.message
    assert "ALE12" not in err.message
    assert "ALE12" not in str(err)


def test_error_codes_fallbacks() -> None:
    assert (
        error_codes.meaning_for(999, None).message == "Rainbow answered with an unexpected error."
    )
    assert "internal" in error_codes.meaning_for(599, 599123).message
    assert error_codes.is_session_expired(401, 401000, None)
    assert not error_codes.is_session_expired(403, 401000, "jwt expired")
    assert not error_codes.is_session_expired(401, 401500, "Invalid credentials")


# -- through the client --------------------------------------------------------------------


def client_answering(handler: Callable[[httpx.Request], httpx.Response]) -> RainbowClient:
    return RainbowClient(
        "https://rainbow.test",
        transport=httpx.MockTransport(handler),
        retry=RetryPolicy(max_attempts=1),
    )


@pytest.mark.asyncio
async def test_wrong_password_message_has_no_secret() -> None:
    client = client_answering(
        lambda r: httpx.Response(401, json=body(401, "Invalid credentials", 401500))
    )
    async with client:
        with pytest.raises(AuthenticationError) as caught:
            await client.sign_in("admin@bp.example", PASSWORD)
    err = caught.value
    assert not isinstance(err, ApplicationAuthError)
    text = f"{err} {err.message} {err.hint} {err.args!r}"
    assert PASSWORD not in text
    assert "login or password" in err.message
    assert client.session is None


@pytest.mark.asyncio
async def test_refused_application_raises_application_auth_error() -> None:
    client = client_answering(
        lambda r: httpx.Response(401, json=body(401, "Invalid application credentials", 401501))
    )
    async with client:
        with pytest.raises(ApplicationAuthError) as caught:
            await client.sign_in("admin@bp.example", PASSWORD, app_id="a", app_secret="b")
    assert "application id or application secret" in caught.value.message


@pytest.mark.asyncio
async def test_proxy_error_page_maps_by_status() -> None:
    client = client_answering(lambda r: httpx.Response(502, text="<html>Bad gateway</html>"))
    async with client:
        with pytest.raises(ServerError) as caught:
            await client.sign_in("admin@bp.example", PASSWORD)
    assert caught.value.status == 502


# -- network failures ----------------------------------------------------------------------


def realistic(outer: type[httpx.TransportError], cause: BaseException) -> httpx.TransportError:
    """An httpx error as httpx raises it: httpx <- httpcore <- OS error, chained with `from`."""
    core_kind = getattr(httpcore, outer.__name__)
    try:
        try:
            try:
                raise cause
            except BaseException as os_error:
                raise core_kind(os_error) from os_error
        except Exception as core_error:
            raise outer(str(core_error)) from core_error
    except httpx.TransportError as exc:
        return exc
    raise AssertionError("unreachable")


def refused_after_happy_eyeballs() -> OSError:
    refused = ConnectionRefusedError(111, "Connect call failed ('192.0.2.1', 443)")
    try:
        raise OSError("All connection attempts failed") from ExceptionGroup(
            "multiple connection attempts failed", [refused, TimeoutError()]
        )
    except OSError as exc:
        return exc


NETWORK_CASES: list[tuple[str, httpx.TransportError, type[RainbowUnreachable], str]] = [
    (
        "dns",
        realistic(httpx.ConnectError, socket.gaierror(-2, "Name or service not known")),
        DnsError,
        "DNS",
    ),
    (
        "dns-windows-text",
        httpx.ConnectError("[Errno 11001] getaddrinfo failed"),
        DnsError,
        "DNS",
    ),
    (
        "refused",
        realistic(httpx.ConnectError, ConnectionRefusedError(111, "Connect call failed")),
        ConnectionRefused,
        "refused",
    ),
    (
        "refused-group",
        realistic(httpx.ConnectError, refused_after_happy_eyeballs()),
        ConnectionRefused,
        "refused",
    ),
    (
        "refused-windows",
        realistic(httpx.ConnectError, OSError(10061, "No connection could be made")),
        ConnectionRefused,
        "refused",
    ),
    (
        "tls",
        realistic(
            httpx.ConnectError,
            ssl.SSLCertVerificationError(
                1,
                "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: "
                "unable to get local issuer certificate (_ssl.c:1006)",
            ),
        ),
        TlsError,
        "certificate",
    ),
    (
        "unreachable",
        realistic(httpx.ConnectError, OSError(101, "Network is unreachable")),
        RainbowUnreachable,
        "Could not connect",
    ),
    ("connect-timeout", realistic(httpx.ConnectTimeout, TimeoutError()), NetworkTimeout, "time"),
    ("read-timeout", realistic(httpx.ReadTimeout, TimeoutError()), NetworkTimeout, "time"),
    ("proxy", httpx.ProxyError("407 Proxy Authentication Required"), ProxyFailure, "proxy"),
    (
        "dropped",
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        ConnectionDropped,
        "broke",
    ),
    ("read-error", realistic(httpx.ReadError, ConnectionResetError(104)), ConnectionDropped, ""),
]


@pytest.mark.parametrize(
    ("name", "exc", "kind", "words"), NETWORK_CASES, ids=[c[0] for c in NETWORK_CASES]
)
def test_transport_errors_are_told_apart(
    name: str, exc: httpx.TransportError, kind: type[RainbowUnreachable], words: str
) -> None:
    err = map_transport_error(exc, "openrainbow.com")
    assert type(err) is kind
    assert words in err.message
    assert err.hint


def test_tls_hint_points_at_inspecting_proxy_and_ca_setting() -> None:
    exc = realistic(httpx.ConnectError, ssl.SSLError(1, "[SSL] record layer failure"))
    err = map_transport_error(exc, "openrainbow.com")
    assert isinstance(err, TlsError)
    assert "proxy or antivirus" in err.hint
    assert "CA certificate" in err.hint


@pytest.mark.parametrize(
    ("exc", "reached"),
    [
        (realistic(httpx.ConnectTimeout, TimeoutError()), False),
        (httpx.PoolTimeout("pool"), False),
        (realistic(httpx.ReadTimeout, TimeoutError()), True),
        (httpx.WriteTimeout("write"), True),
        (httpx.RemoteProtocolError("closed"), True),
        (realistic(httpx.ConnectError, socket.gaierror(-2, "x")), False),
    ],
)
def test_may_have_reached_server(exc: httpx.TransportError, reached: bool) -> None:
    err = map_transport_error(exc, "openrainbow.com")
    assert isinstance(err, RainbowUnreachable)
    assert err.may_have_reached_server is reached


def test_unsupported_protocol_is_an_invalid_address() -> None:
    err = map_transport_error(httpx.UnsupportedProtocol("no"), "x")
    assert isinstance(err, InvalidServerAddress)


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("name", "exc", "kind", "words"), NETWORK_CASES, ids=[c[0] for c in NETWORK_CASES]
)
async def test_client_raises_mapped_error_from_httpx_error(
    name: str, exc: httpx.TransportError, kind: type[RainbowUnreachable], words: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    async with client_answering(handler) as client:
        with pytest.raises(kind) as caught:
            await client.sign_in("admin@bp.example", PASSWORD)
    assert caught.value.__cause__ is exc
    assert "rainbow.test" in caught.value.message
    assert PASSWORD not in caught.value.message


@pytest.mark.parametrize(
    ("host", "port", "named", "not_named"),
    [
        ("127.0.0.1", 18080, "TCP 18080 to 127.0.0.1", "openrainbow.com"),
        ("rainbow.example.net", 8443, "TCP 8443 to rainbow.example.net", "openrainbow.com"),
        ("openrainbow.com", 443, "TCP 443 to openrainbow.com and *.openrainbow.com", "18080"),
        ("sandbox.openrainbow.com", 443, "*.openrainbow.com", "18080"),
    ],
)
def test_network_advice_names_the_server_in_use(
    host: str, port: int, named: str, not_named: str
) -> None:
    refused = httpx.ConnectError("[Errno 111] Connection refused")
    timeout = httpx.ConnectTimeout("timed out")
    for error in (
        map_transport_error(refused, host, port),
        map_transport_error(timeout, host, port),
    ):
        assert named in error.hint
        assert not_named not in error.hint

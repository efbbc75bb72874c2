"""Asynchronous client of the Rainbow REST API (sign-in, customer companies, sites, systems).

The public surface is re-exported here; the implementation lives in private modules.
``errors`` holds the exception hierarchy and ``error_codes`` the meaning of Rainbow's codes.
"""

from __future__ import annotations

from installer_app.rainbow._client import ADMIN_PATH, RainbowClient
from installer_app.rainbow._models import (
    Company,
    ConnectionEvent,
    NumberingRule,
    Page,
    Session,
    Site,
    System,
    SystemRequest,
    SystemStateReport,
)
from installer_app.rainbow._retry import RetryPolicy
from installer_app.rainbow._session import AUTH_PATH
from installer_app.rainbow._tls import tls_context
from installer_app.rainbow.errors import (
    ApplicationAuthError,
    AuthenticationError,
    CaBundleError,
    ConflictError,
    ConnectionDropped,
    ConnectionRefused,
    DnsError,
    InvalidServerAddress,
    NetworkTimeout,
    NotFoundError,
    NotSignedInError,
    PermissionDeniedError,
    ProxyFailure,
    RainbowApiError,
    RainbowError,
    RainbowUnreachable,
    RateLimitedError,
    ServerError,
    SessionExpiredError,
    TlsError,
    UnexpectedResponseError,
    ValidationError,
)

__all__ = [
    "ADMIN_PATH",
    "AUTH_PATH",
    "ApplicationAuthError",
    "AuthenticationError",
    "CaBundleError",
    "Company",
    "ConflictError",
    "ConnectionDropped",
    "ConnectionEvent",
    "ConnectionRefused",
    "DnsError",
    "InvalidServerAddress",
    "NetworkTimeout",
    "NotFoundError",
    "NotSignedInError",
    "NumberingRule",
    "Page",
    "PermissionDeniedError",
    "ProxyFailure",
    "RainbowApiError",
    "RainbowClient",
    "RainbowError",
    "RainbowUnreachable",
    "RateLimitedError",
    "RetryPolicy",
    "ServerError",
    "Session",
    "SessionExpiredError",
    "Site",
    "System",
    "SystemRequest",
    "SystemStateReport",
    "TlsError",
    "UnexpectedResponseError",
    "ValidationError",
    "tls_context",
]

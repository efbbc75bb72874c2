"""Asynchronous client of the Rainbow REST API (sign-in, customer companies, sites, systems).

The public surface is re-exported here; the implementation lives in private modules. The client
and its transport helpers (which import httpx) load on first use, keeping the wizard's start fast.
``errors`` holds the exception hierarchy and ``error_codes`` the meaning of Rainbow's codes.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from installer_app.rainbow._client import ADMIN_PATH, RainbowClient
    from installer_app.rainbow._models import (
        ACTIVATION_CODE_STATUSES,
        Company,
        ConnectionEvent,
        NumberingRule,
        Page,
        Session,
        Site,
        System,
        SystemRequest,
        SystemStateReport,
        site_body,
    )
    from installer_app.rainbow._retry import RetryPolicy
    from installer_app.rainbow._session import AUTH_PATH
    from installer_app.rainbow._tls import tls_context

#: Names loaded on first use: the client's modules import httpx, and the models make some twenty
#: dataclasses; importing the errors (as the wizard's start-up does) stays cheap.
_LAZY = {
    "ACTIVATION_CODE_STATUSES": "_models",
    "site_body": "_models",
    "Company": "_models",
    "ConnectionEvent": "_models",
    "NumberingRule": "_models",
    "Page": "_models",
    "Session": "_models",
    "Site": "_models",
    "System": "_models",
    "SystemRequest": "_models",
    "SystemStateReport": "_models",
    "ADMIN_PATH": "_client",
    "RainbowClient": "_client",
    "RetryPolicy": "_retry",
    "AUTH_PATH": "_session",
    "tls_context": "_tls",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "ACTIVATION_CODE_STATUSES",
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
    "site_body",
    "tls_context",
]

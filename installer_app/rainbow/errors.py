"""The Rainbow layer's exceptions: every failure of a Rainbow call is one of these.

Each carries ``message`` (a sentence a technician can act on) and ``hint`` (what to do next), so
the GUI and the command line show them as they are. Two families:

- :class:`RainbowApiError`: Rainbow answered with an error; the four fields of its error body are
  kept (``error_code``, ``error_msg``, ``error_details``, ``error_details_code``).
- :class:`RainbowUnreachable`: no usable answer came back (DNS, refused, TLS, timeout, dropped).

Messages never contain a password, token, secret or activation code.
"""

from __future__ import annotations

from typing import Any, Literal

from installer_app.domain.bases import ExplainedError
from installer_app.rainbow import error_codes

TimeoutPhase = Literal["connect", "read", "write", "pool"]


class RainbowError(ExplainedError):
    """Base of every error raised by the Rainbow client."""


class NotSignedInError(RainbowError):
    """A call needing a session was made before :meth:`RainbowClient.sign_in`."""

    def __init__(self) -> None:
        super().__init__("Not signed in to Rainbow.", "Sign in to Rainbow first.")


class InvalidServerAddress(RainbowError):
    """The Rainbow server address cannot be used (not https, or malformed)."""


class CaBundleError(RainbowError):
    """The custom CA certificate file could not be loaded."""


class UnexpectedResponseError(RainbowError):
    """Rainbow's answer could not be read (not JSON, or a required field is missing)."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(
            message,
            hint
            or "A proxy or a guest Wi-Fi login page may be answering instead of Rainbow: open "
            "a web browser to check, and check the server address.",
        )


class RainbowApiError(RainbowError):
    """Rainbow answered with an HTTP error; the error body's four fields are kept as they are.

    Attributes:
        status: the HTTP status.
        error_code, error_msg, error_details, error_details_code: the body fields (``None``
            when absent, e.g. an HTML page from a proxy).
    """

    def __init__(
        self,
        status: int,
        error_code: int | None = None,
        error_msg: str | None = None,
        error_details: Any = None,
        error_details_code: int | None = None,
        *,
        message: str | None = None,
        hint: str | None = None,
    ) -> None:
        meaning = error_codes.meaning_for(status, error_details_code)
        super().__init__(
            meaning.message if message is None else message,
            meaning.hint if hint is None else hint,
        )
        self.status = status
        self.error_code = error_code
        self.error_msg = error_msg
        self.error_details = error_details
        self.error_details_code = error_details_code


class AuthenticationError(RainbowApiError):
    """401: the login or password was refused (or the session could not be restored)."""


class ApplicationAuthError(AuthenticationError):
    """401 on sign-in because of the application id or secret.

    Told by errorDetailsCode 401501 or by the words of the answer (error_codes).
    """


class SessionExpiredError(AuthenticationError):
    """401 "jwt expired" that signing in again did not cure."""


class PermissionDeniedError(RainbowApiError):
    """403: typically the company, site or PBX is not one of this business partner's customers."""


class NotFoundError(RainbowApiError):
    """404: no such company, site or system."""


class ConflictError(RainbowApiError):
    """409: e.g. the equipment id (pbxId) is already declared."""


class ValidationError(RainbowApiError):
    """400: Rainbow refused a value; ``field`` names the API field when Rainbow said which."""

    def __init__(self, *args: Any, field: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.field = field


class RateLimitedError(RainbowApiError):
    """429 after the retries; ``retry_after`` is the server's advice in seconds, if any."""

    def __init__(self, *args: Any, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.retry_after = retry_after


class ServerError(RainbowApiError):
    """5xx: Rainbow failed; for a POST the change may or may not have been applied."""


class RainbowUnreachable(RainbowError):
    """No usable answer from the server.

    Attributes:
        may_have_reached_server: False when the request certainly never left (DNS, refused,
            TLS, connect timeout); True when it may have been processed (read timeout, dropped
            connection): a non-idempotent call must be checked before being repeated.
    """

    def __init__(self, message: str, hint: str = "", *, may_have_reached_server: bool) -> None:
        super().__init__(message, hint)
        self.may_have_reached_server = may_have_reached_server


class DnsError(RainbowUnreachable):
    """The server name could not be resolved."""


class ConnectionRefused(RainbowUnreachable):
    """The server (or something on the way) refused the TCP connection."""


class TlsError(RainbowUnreachable):
    """The TLS handshake failed, most often because the server certificate is not trusted."""


class ProxyFailure(RainbowUnreachable):
    """The configured proxy refused or failed the connection."""


class ConnectionDropped(RainbowUnreachable):
    """The connection broke after the request was sent."""


class NetworkTimeout(RainbowUnreachable):
    """No answer within the timeout; ``phase`` says whether connecting or waiting for it."""

    def __init__(
        self,
        message: str,
        hint: str = "",
        *,
        phase: TimeoutPhase,
    ) -> None:
        super().__init__(message, hint, may_have_reached_server=phase in ("read", "write"))
        self.phase = phase


def _int_or_none(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def _validation_field(details: object) -> tuple[str | None, str | None]:
    """(API field, Rainbow's explanation) from errorDetails in any of its observed shapes."""
    if isinstance(details, list) and details:
        return _validation_field(details[0])
    if isinstance(details, dict):
        field = next(
            (details[k] for k in ("param", "field", "path") if isinstance(details.get(k), str)),
            None,
        )
        text = next(
            (details[k] for k in ("msg", "message", "error") if isinstance(details.get(k), str)),
            None,
        )
        return field, text
    if isinstance(details, str):
        return error_codes.field_in_text(details), details
    return None, None


def _validation_error(status: int, fields: dict[str, Any]) -> ValidationError:
    field, text = _validation_field(fields["error_details"])
    if field is None:
        message = "Rainbow refused a value of the request"
        message += f": {text[:200]}." if text else "."
        return ValidationError(status, **fields, message=message, hint="Correct it and retry.")
    label = error_codes.FIELD_LABELS.get(field, field)
    message = f"Rainbow refused the {label}"
    if text and field not in error_codes.SENSITIVE_FIELDS:
        message += f": {text[:200]}"
    return ValidationError(
        status, **fields, field=field, message=message + ".", hint=f"Correct the {label}."
    )


def api_error_from_response(
    status: int, body: object, *, retry_after: float | None = None
) -> RainbowApiError:
    """The exception for an HTTP error answer, chosen by status and errorDetailsCode.

    Args:
        status: the HTTP status (>= 400).
        body: the decoded JSON body, or anything else (kept out of the message when not JSON).
        retry_after: seconds advised by a Retry-After header, for :class:`RateLimitedError`.
    """
    raw = body if isinstance(body, dict) else {}
    error_msg = raw.get("errorMsg")
    fields: dict[str, Any] = {
        "error_code": _int_or_none(raw.get("errorCode")),
        "error_msg": error_msg if isinstance(error_msg, str) else None,
        "error_details": raw.get("errorDetails"),
        "error_details_code": _int_or_none(raw.get("errorDetailsCode")),
    }
    code = fields["error_details_code"]
    if status == 401:
        if error_codes.is_application_refusal(
            status, code, fields["error_details"], fields["error_msg"]
        ):
            meaning = error_codes.DETAILS_CODE_MEANINGS[error_codes.INVALID_APPLICATION_CREDENTIALS]
            return ApplicationAuthError(
                status, **fields, message=meaning.message, hint=meaning.hint
            )
        if error_codes.is_session_expired(status, code, fields["error_details"]):
            return SessionExpiredError(status, **fields)
        return AuthenticationError(status, **fields)
    if status == 400:
        return _validation_error(status, fields)
    by_status: dict[int, type[RainbowApiError]] = {
        403: PermissionDeniedError,
        404: NotFoundError,
        409: ConflictError,
    }
    if status in by_status:
        return by_status[status](status, **fields)
    if status == 429:
        return RateLimitedError(status, **fields, retry_after=retry_after)
    if 500 <= status < 600:
        return ServerError(status, **fields)
    return RainbowApiError(status, **fields)

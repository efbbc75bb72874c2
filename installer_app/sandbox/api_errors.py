"""Rainbow's error answers, as the emulator sends them.

Every refusal the emulator makes, whether from validation, scoping, authentication or an
injected fault, goes out in the one shape Rainbow uses (docs/rainbow-api.md, "Every call"):
``{"errorCode", "errorMsg", "errorDetails", "errorDetailsCode"}``. Code below a route raises
:class:`RainbowApiError`; one middleware renders it. The ``errorDetailsCode`` values the wire
contract fixes live here, named, so a change is made in one place.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Final

# errorDetailsCode values shared with rainbow/error_codes.py (docs/rainbow-api.md).
BAD_REQUEST: Final = 400000
JWT_EXPIRED: Final = 401000
INVALID_TOKEN: Final = 401001
#: [I] The renew limit (``maxTokenRenew`` in the JWT) is documented; its error code is not.
RENEW_LIMIT_REACHED: Final = 401002
INVALID_CREDENTIALS: Final = 401500
INVALID_APPLICATION: Final = 401501
FORBIDDEN: Final = 403000
NOT_FOUND: Final = 404000
PBX_ID_EXISTS: Final = 409001
RATE_LIMITED: Final = 429000

ErrorDetails = str | dict[str, object]


def error_body(
    status: int, details: ErrorDetails, details_code: int | None = None
) -> dict[str, object]:
    """Build Rainbow's error body for ``status``.

    Args:
        status: the HTTP status, repeated as ``errorCode``.
        details: a sentence, or an object such as ``{"param": "country", "msg": "..."}``.
        details_code: six digits beginning with the status; ``status * 1000`` when omitted.
    """
    try:
        message = HTTPStatus(status).phrase
    except ValueError:
        message = "Error"
    return {
        "errorCode": status,
        "errorMsg": message,
        "errorDetails": details,
        "errorDetailsCode": details_code if details_code is not None else status * 1000,
    }


class RainbowApiError(Exception):
    """A refusal to send back as a Rainbow error body.

    Attributes:
        status: HTTP status of the answer.
        details: ``errorDetails``: a sentence or an object naming the field concerned.
        details_code: ``errorDetailsCode``.
    """

    def __init__(self, status: int, details: ErrorDetails, details_code: int | None = None):
        super().__init__(details if isinstance(details, str) else str(details))
        self.status = status
        self.details = details
        self.details_code = details_code if details_code is not None else status * 1000

    def body(self) -> dict[str, object]:
        """The JSON body of the answer."""
        return error_body(self.status, self.details, self.details_code)


def bad_request(param: str, msg: str) -> RainbowApiError:
    """A 400 naming the offending field (``param``) and what is wrong with it."""
    return RainbowApiError(400, {"param": param, "msg": msg}, BAD_REQUEST)


def unauthorized(details: str, details_code: int) -> RainbowApiError:
    """A 401 with one of the contract's authentication codes."""
    return RainbowApiError(401, details, details_code)


def forbidden(details: str) -> RainbowApiError:
    """A 403: the object exists but belongs to another business partner, or the role is wrong."""
    return RainbowApiError(403, details, FORBIDDEN)


def not_found(details: str) -> RainbowApiError:
    """A 404: no such object."""
    return RainbowApiError(404, details, NOT_FOUND)


def conflict(details: str, details_code: int) -> RainbowApiError:
    """A 409, e.g. a ``pbxId`` that is already declared."""
    return RainbowApiError(409, details, details_code)

"""What Rainbow's error codes mean, in words a technician can act on: the one table to change.

Rainbow answers errors with ``{"errorCode": <http status>, "errorMsg": ..., "errorDetails": ...,
"errorDetailsCode": <6 digits beginning with the status>}`` (docs/rainbow-api.md, verified). The
individual six-digit codes are not published: the values below are inferred [I] and shared with
the Rainbow emulator (docs/rainbow-api.md). Everything that depends on a specific code reads it
from here, so a correction against a live server is a one-line change.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

# [I] errorDetailsCode values (shared with installer_app/sandbox).
JWT_EXPIRED = 401000
INVALID_TOKEN = 401001
INVALID_CREDENTIALS = 401500
INVALID_APPLICATION_CREDENTIALS = 401501
VALIDATION_FAILED = 400000
NOT_A_CUSTOMER = 403000
NOT_FOUND = 404000
PBX_ID_ALREADY_EXISTS = 409001
RATE_LIMITED = 429000

#: errorDetails text of an expired token (verified in the SDK); matched case-insensitively.
JWT_EXPIRED_DETAILS = "jwt expired"

#: Codes on an authenticated call that mean "sign in again and repeat the call once".
REAUTHENTICATE_DETAILS_CODES: frozenset[int] = frozenset({JWT_EXPIRED})


@dataclass(frozen=True)
class ErrorMeaning:
    """A sentence saying what went wrong and a hint saying what to do about it."""

    message: str
    hint: str = ""


_SIGN_IN_AGAIN = ErrorMeaning(
    "The Rainbow session has expired.", "Sign in to Rainbow again and repeat the step."
)

DETAILS_CODE_MEANINGS: Mapping[int, ErrorMeaning] = {
    JWT_EXPIRED: _SIGN_IN_AGAIN,
    INVALID_TOKEN: ErrorMeaning(
        "The Rainbow session is no longer valid.", "Sign in to Rainbow again."
    ),
    INVALID_CREDENTIALS: ErrorMeaning(
        "Rainbow refused the login or password.",
        "Check the login (the e-mail address of the Rainbow admin account) and the password; "
        "they are those of the Rainbow admin portal.",
    ),
    INVALID_APPLICATION_CREDENTIALS: ErrorMeaning(
        "Rainbow refused the application id or application secret.",
        "Check both values in the sign-in settings (developers.openrainbow.com > My "
        "applications), or leave both empty if you do not use a Rainbow application.",
    ),
    NOT_A_CUSTOMER: ErrorMeaning(
        "This company is not one of your customers on Rainbow.",
        "Sign in with the business-partner admin account that manages this customer company.",
    ),
    PBX_ID_ALREADY_EXISTS: ErrorMeaning(
        "This equipment id is already declared on Rainbow.",
        "Check the equipment id (fleet and installation references); if this PBX was "
        "declared before, reuse that declaration instead of creating another one.",
    ),
    RATE_LIMITED: ErrorMeaning(
        "Rainbow is receiving too many requests from this account.",
        "Wait a minute, then repeat the step.",
    ),
}

STATUS_MEANINGS: Mapping[int, ErrorMeaning] = {
    400: ErrorMeaning("Rainbow refused a value of the request.", "Correct it and try again."),
    401: ErrorMeaning(
        "Rainbow refused the sign-in.", "Check the login and password, then sign in again."
    ),
    403: ErrorMeaning(
        "Your Rainbow account may not do this.",
        "Sign in with the business-partner admin account that manages this customer company.",
    ),
    404: ErrorMeaning(
        "Rainbow does not know this object.",
        "It may have been deleted in the Rainbow admin portal (Customer companies, or "
        "Communication > Comm. Servers): refresh the list.",
    ),
    408: ErrorMeaning(
        "Rainbow did not receive the request in time.", "Check the network and try again."
    ),
    409: ErrorMeaning(
        "This already exists on Rainbow.", "Refresh the list and reuse the existing entry."
    ),
    413: ErrorMeaning("The request is too large for Rainbow.", "Reduce the number of rules."),
    429: DETAILS_CODE_MEANINGS[RATE_LIMITED],
}

_SERVER_MEANING = ErrorMeaning(
    "Rainbow had an internal problem and did not complete the request.",
    "Wait a few minutes and try again; check status.openrainbow.com if it persists.",
)
_OTHER_MEANING = ErrorMeaning(
    "Rainbow answered with an unexpected error.", "Try again; if it persists, save the log."
)

#: API field names and the words a technician sees for them on screen.
FIELD_LABELS: Mapping[str, str] = {
    "name": "PBX name",
    "siteId": "site",
    "companyId": "company",
    "type": "PBX type",
    "country": "country",
    "pbxId": "equipment id",
    "activationCode": "activation code",
    "pbxNationalPrefix": "national prefix",
    "pbxInternationalPrefix": "international prefix",
    "pbxMainBundlePrefix": "outbound prefix",
    "usePbxMainBundlePrefix": "use of the outbound prefix",
    "pbxNumberingTranslator": "numbering rules",
    "regexpMatch": "numbering rule pattern",
    "regexpReplace": "numbering rule replacement",
    "description": "numbering rule description",
}

#: Fields whose values must never be echoed into a message (an equipment id doubles as the
#: activation code in stock mode).
SENSITIVE_FIELDS: frozenset[str] = frozenset({"activationCode", "pbxId", "password"})

_FIELD_IN_TEXT = re.compile(r"\b(" + "|".join(sorted(FIELD_LABELS, key=len, reverse=True)) + r")\b")


def meaning_for(status: int, details_code: int | None) -> ErrorMeaning:
    """The most specific meaning known for a status and an optional errorDetailsCode."""
    if details_code is not None and details_code in DETAILS_CODE_MEANINGS:
        return DETAILS_CODE_MEANINGS[details_code]
    if status in STATUS_MEANINGS:
        return STATUS_MEANINGS[status]
    return _SERVER_MEANING if 500 <= status < 600 else _OTHER_MEANING


def is_session_expired(status: int, details_code: int | None, details: object) -> bool:
    """Whether an error on an authenticated call means the token expired (sign in again once)."""
    if status != 401:
        return False
    if details_code in REAUTHENTICATE_DETAILS_CODES:
        return True
    return isinstance(details, str) and details.strip().lower() == JWT_EXPIRED_DETAILS


#: [I] An application refusal whose errorDetailsCode is not 401501 is told by its words: the
#: official clients show Rainbow's text, which names the application; the code is not published.
_APPLICATION_WORDS = re.compile(r"\bapp(lication)?s?\b|\bappid\b|\bapp[ _-]?secret\b", re.I)


def is_application_refusal(status: int, details_code: int | None, *texts: object) -> bool:
    """Whether a 401 on sign-in refuses the application (id or secret), not the user."""
    if status != 401:
        return False
    if details_code == INVALID_APPLICATION_CREDENTIALS:
        return True
    return any(isinstance(t, str) and _APPLICATION_WORDS.search(t) for t in texts)


def field_in_text(text: str) -> str | None:
    """The first API field name mentioned in a free-text errorDetails, if any."""
    found = _FIELD_IN_TEXT.search(text)
    return found.group(1) if found else None

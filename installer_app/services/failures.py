"""One description of a failure, decided once below the fronts.

Every exception a use case can raise becomes a :class:`Failure` here, in :func:`describe`: its
kind (what went wrong, for a script), its message and hint (what a technician reads, and what to
do next) and the field it concerns, when there is one. The command line maps the kind to an exit
code (``cli/exit_codes.py``); the wizard maps the field to the widget that shows the message.
Neither front classifies an error itself.

The exceptions of ``services/`` derive from :class:`UseCaseError`, which carries its kind and
field; the layers below (Rainbow client, PBX drivers, storage) keep their own hierarchies and are
described by type here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from installer_app.domain.bases import ExplainedError
from installer_app.pbx.driver import PbxError, PbxInvalidValue
from installer_app.rainbow import errors as rb
from installer_app.storage.credentials import CredentialStoreError
from installer_app.storage.plan_files import PassphraseRejected, PlanFileError, PlanFileProtected


class FailureKind(StrEnum):
    """What went wrong, in the few words a script or a front needs to decide what to do."""

    INVALID_INPUT = "invalid_input"
    """A value given by the user (file, argument, field) cannot be used: correct it."""
    AUTH_REFUSED = "auth_refused"
    """Sign-in, permission, passphrase or stored secret refused or missing."""
    CONFLICT = "conflict"
    """The PBX is already declared (elsewhere, or reuse declined)."""
    UNREACHABLE = "unreachable"
    """Rainbow or the PBX cannot be reached or failed; trying again later may work."""
    LOCAL_FILE = "local_file"
    """A file on this computer cannot be written (permission, full disk)."""
    UNEXPECTED = "unexpected"
    """A failure the program does not know: a defect; the details are in the log."""


class Field(StrEnum):
    """Fields a failure may name besides the plan's own (``site_id``) and the API's ones."""

    SERVER = "server"
    LOGIN = "login"
    PASSWORD = "password"
    APPLICATION = "application"
    COMPANY = "company"
    SITE = "site"
    FILE = "file"
    PASSPHRASE = "passphrase"


@dataclass(frozen=True)
class Failure:
    """A failure as both fronts show it.

    Attributes:
        kind: what went wrong (the command line's exit code follows from it).
        message: a sentence a technician can act on (never a secret).
        hint: what to do next; may be empty.
        field: what the failure concerns (a :class:`Field`, a plan field such as ``site_id``,
            a PBX setting such as ``activation_code``, or a Rainbow API field), or None.
    """

    kind: FailureKind
    message: str
    hint: str = ""
    field: str | None = None

    @property
    def text(self) -> str:
        """Message and hint in one line."""
        return f"{self.message} {self.hint}".strip()


class UseCaseError(ExplainedError):
    """Base of the exceptions the use cases raise: a message, a hint, a kind and a field.

    Subclasses set ``kind`` (and ``field`` when it is always the same) as class attributes.
    """

    kind: FailureKind = FailureKind.INVALID_INPUT
    field: str | None = None

    def __init__(self, message: str, hint: str = "", *, field: str | None = None) -> None:
        super().__init__(message, hint)
        if field is not None:
            self.field = field


class LocalFileError(UseCaseError):
    """The installation file (or another file of this computer) cannot be written."""

    kind = FailureKind.LOCAL_FILE
    field = Field.FILE


_RainbowTypes = type[rb.RainbowError] | tuple[type[rb.RainbowError], ...]
_RAINBOW_KINDS: tuple[tuple[_RainbowTypes, FailureKind], ...] = (
    (rb.ConflictError, FailureKind.CONFLICT),
    ((rb.AuthenticationError, rb.PermissionDeniedError), FailureKind.AUTH_REFUSED),
    ((rb.ValidationError, rb.InvalidServerAddress, rb.CaBundleError), FailureKind.INVALID_INPUT),
)


def _rainbow_field(error: rb.RainbowError) -> str | None:
    """Application errors first: they are 401s too."""
    if isinstance(error, rb.ApplicationAuthError):
        return Field.APPLICATION
    if isinstance(error, rb.AuthenticationError):
        return Field.PASSWORD
    if isinstance(
        error,
        rb.RainbowUnreachable
        | rb.InvalidServerAddress
        | rb.CaBundleError
        | rb.UnexpectedResponseError,
    ):
        return Field.SERVER
    if isinstance(error, rb.ValidationError):
        return error.field
    return None


def _describe_rainbow(error: rb.RainbowError) -> Failure:
    kind = next(
        (kind for types, kind in _RAINBOW_KINDS if isinstance(error, types)),
        FailureKind.UNREACHABLE,
    )
    return Failure(kind, error.message, error.hint, _rainbow_field(error))


def _describe_pbx(error: PbxError) -> Failure:
    if isinstance(error, PbxInvalidValue):
        return Failure(FailureKind.INVALID_INPUT, error.message, error.hint, error.field)
    # Unreachable, refused or unreadable: the PBX side failed; trying again later may work.
    return Failure(FailureKind.UNREACHABLE, error.message, error.hint)


def _describe_plan_file(error: PlanFileError) -> Failure:
    message = " ".join(problem.message for problem in error.problems) or str(error)
    if isinstance(error, PassphraseRejected | PlanFileProtected):
        return Failure(FailureKind.AUTH_REFUSED, message, field=Field.PASSPHRASE)
    field = next((p.field for p in error.problems if p.field), None)
    return Failure(FailureKind.INVALID_INPUT, message, field=field or Field.FILE)


def describe(error: BaseException) -> Failure:
    """The one description of ``error`` both fronts show."""
    if isinstance(error, UseCaseError):
        return Failure(error.kind, error.message, error.hint, error.field)
    if isinstance(error, rb.RainbowError):
        return _describe_rainbow(error)
    if isinstance(error, PbxError):
        return _describe_pbx(error)
    if isinstance(error, CredentialStoreError):
        return Failure(FailureKind.AUTH_REFUSED, error.message, error.hint, Field.PASSWORD)
    if isinstance(error, PlanFileError):
        return _describe_plan_file(error)
    return Failure(FailureKind.UNEXPECTED, str(error) or type(error).__name__)

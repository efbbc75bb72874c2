"""How the command line reports a failure: one message, one hint, one exit code.

Every exception a use case can raise is mapped here, once, so ``declare``, ``status``, ``push`` and
``apply`` agree on what a failure means for a script.
"""

from __future__ import annotations

import sys
from typing import TextIO

from installer_app.cli import exit_codes


def exit_code_for(error: BaseException) -> int:
    """The documented exit code for ``error``."""
    from installer_app.cli.rainbow_commands import CredentialsMissing  # noqa: PLC0415
    from installer_app.pbx.driver import PbxError, PbxInvalidValue, PbxUnreachable  # noqa: PLC0415
    from installer_app.rainbow import errors as rb  # noqa: PLC0415
    from installer_app.services import declaration as dec  # noqa: PLC0415
    from installer_app.services import plan_declaration as pd  # noqa: PLC0415
    from installer_app.storage.credentials import CredentialStoreError  # noqa: PLC0415

    mapping: list[tuple[type[BaseException] | tuple[type[BaseException], ...], int]] = [
        ((pd.SiteChoiceNeeded, pd.NoSiteError, pd.UnknownCompanyError), exit_codes.INVALID_INPUT),
        (
            (dec.AlreadyDeclaredError, dec.DeclarationConflict, rb.ConflictError),
            exit_codes.CONFLICT,
        ),
        (dec.DeclarationOutcomeUnknown, exit_codes.UNREACHABLE),
        ((rb.AuthenticationError, rb.PermissionDeniedError), exit_codes.AUTH_REFUSED),
        ((rb.ValidationError, rb.InvalidServerAddress, rb.CaBundleError), exit_codes.INVALID_INPUT),
        ((rb.RainbowUnreachable, rb.ServerError, rb.RateLimitedError), exit_codes.UNREACHABLE),
        (rb.UnexpectedResponseError, exit_codes.UNREACHABLE),
        ((CredentialStoreError, CredentialsMissing), exit_codes.AUTH_REFUSED),
        (PbxInvalidValue, exit_codes.INVALID_INPUT),
        (PbxUnreachable, exit_codes.UNREACHABLE),
        (PbxError, exit_codes.UNREACHABLE),
        (rb.RainbowError, exit_codes.UNREACHABLE),
        (dec.DeclarationError, exit_codes.CONFLICT),
    ]
    for kinds, code in mapping:
        if isinstance(error, kinds):
            return code
    return exit_codes.UNREACHABLE


def report(error: BaseException, *, stream: TextIO | None = None) -> int:
    """Print ``error``'s message and hint on stderr; return its exit code."""
    stream = stream or sys.stderr
    message = getattr(error, "message", None) or str(error) or type(error).__name__
    print(f"error: {message}", file=stream)
    hint = getattr(error, "hint", "")
    if hint:
        print(f"hint: {hint}", file=stream)
    return exit_code_for(error)

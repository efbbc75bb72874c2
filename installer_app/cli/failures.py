"""How the command line reports a failure: one message, one hint, one exit code.

What a failure is, is decided once in :func:`installer_app.services.failures.describe`; this module
only prints it and maps its kind to the exit code (:func:`installer_app.cli.exit_codes.for_kind`),
so ``declare``, ``status``, ``push`` and ``apply`` agree with each other and with the wizard.
"""

from __future__ import annotations

import sys
from typing import TextIO

from installer_app.cli import exit_codes
from installer_app.services.failures import Failure, describe


def print_failure(failure: Failure, *, stream: TextIO | None = None) -> int:
    """Print ``failure``'s message and hint on stderr; return its exit code."""
    stream = stream or sys.stderr
    print(f"error: {failure.message}", file=stream)
    if failure.hint:
        print(f"hint: {failure.hint}", file=stream)
    return exit_codes.for_kind(failure.kind)


def report(error: BaseException, *, stream: TextIO | None = None) -> int:
    """Print ``error``'s description on stderr; return its exit code.

    A declaration that could not be recorded also prints what Rainbow generated: it exists
    nowhere else on this computer.
    """
    code = print_failure(describe(error), stream=stream)
    print_unrecorded_credentials(error, stream=stream)
    return code


def print_unrecorded_credentials(
    error: BaseException, *, label: str = "", stream: TextIO | None = None
) -> None:
    """When ``error`` is a declaration the file could not record, print its credentials."""
    from installer_app.services.plan_declaration import DeclarationNotRecorded  # noqa: PLC0415

    if not isinstance(error, DeclarationNotRecorded):
        return
    stream = stream or sys.stderr
    declared = error.declaration.plan
    prefix = f"{label}: " if label else ""
    print(f"{prefix}NOT RECORDED IN THE FILE, copy these now:", file=stream)
    print(f"{prefix}  System id:              {error.declaration.outcome.system.id}", file=stream)
    print(f"{prefix}  Equipment id (PABX-ID): {declared.equipment_id or '-'}", file=stream)
    print(f"{prefix}  Activation code:        {declared.activation_code or '-'}", file=stream)

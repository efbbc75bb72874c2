"""``--adopt``: take over a declaration found on Rainbow that the user knows is this PBX's.

Without it, ``declare``/``apply`` reuse only a system this file recorded (or, in stock mode, one
with its equipment id), adopt the one an interrupted run of this file created (its intent is in
the file), and refuse any other with exit 4. ``--adopt`` takes such a system over after a
confirmation: a question on a terminal, or ``--yes`` for scripts. The system's equipment id and
activation code are read back into the file (the code only while the PBX has not activated).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from installer_app.cli import exit_codes

if TYPE_CHECKING:
    from installer_app.domain.plan import InstallationPlan
    from installer_app.rainbow import System

_YES = frozenset({"y", "yes", "o", "oui", "j", "ja", "s", "si", "sí"})


def add_adopt_arguments(parser: argparse.ArgumentParser) -> None:
    """``--adopt`` and ``--yes``."""
    parser.add_argument(
        "--adopt",
        action="store_true",
        help="take over a declaration of this PBX found on Rainbow for this company (one you "
        "know is yours): asks for confirmation, or --yes",
    )
    parser.add_argument(
        "--yes", action="store_true", help="with --adopt: confirm without asking (scripts)"
    )


def adopt_refusal(args: argparse.Namespace, *, several: bool) -> int | None:
    """The exit code when ``--adopt``/``--yes`` cannot be honoured (message printed), else None.

    Checked before anything is sent: ``--adopt`` needs a terminal to ask on or ``--yes``, and
    several files (answered one by one, at the same time) need ``--yes``.
    """
    if not getattr(args, "adopt", False):
        if getattr(args, "yes", False):
            print(
                "error: --yes confirms --adopt: add --adopt, or leave --yes out.", file=sys.stderr
            )
            return exit_codes.INVALID_INPUT
        return None
    if args.yes:
        return None
    if several:
        print(
            "error: --adopt with several files needs --yes (the questions would mix): add "
            "--yes, or adopt one file at a time.",
            file=sys.stderr,
        )
        return exit_codes.INVALID_INPUT
    if sys.stdin is None or not sys.stdin.isatty():
        print(
            "error: --adopt asks for confirmation on a terminal: run it on one, or add --yes "
            "to confirm that the declaration found is this PBX's.",
            file=sys.stderr,
        )
        return exit_codes.INVALID_INPUT
    return None


def reuse_policy(
    args: argparse.Namespace, plan: InstallationPlan, say: Callable[[str], None]
) -> Callable[[System], Awaitable[bool]]:
    """Whether to reuse a system found for this PBX: the file's own (always), or with
    ``--adopt`` any other in this company, once confirmed."""
    from installer_app.services.plan_declaration import (  # noqa: PLC0415
        reuse_when_equipment_id_matches,
    )

    own = reuse_when_equipment_id_matches(plan)

    async def decide(system: System) -> bool:
        if await own(system):
            return True
        if not getattr(args, "adopt", False):
            return False
        described = f"'{system.name}' (system {system.id}, status {system.status or '-'})"
        if args.yes:
            say(f"Taking over the declaration {described} (--adopt --yes).")
            return True
        print(f"Rainbow already has a declaration for this PBX: {described}.", file=sys.stderr)
        answer = input("Take it over for this installation file? [y/N] ").strip().lower()
        return answer in _YES

    return decide

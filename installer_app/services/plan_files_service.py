"""Saving installation files for both fronts (sync, small files; no secrets)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError

from installer_app.domain.flow import WizardState
from installer_app.domain.plan import InstallationPlan
from installer_app.domain.plan_problems import PlanProblem, problems_from_validation_error
from installer_app.services.failures import LocalFileError
from installer_app.storage.plan_files import FILE_SUFFIX, PlanFileError, save_plan
from installer_app.storage.protection import new_passphrase_problem

#: Records a plan as the installation goes (see :func:`plan_saver`).
Save = Callable[[InstallationPlan], None]


def plan_saver(path: Path, *, passphrase: str | None = None) -> Save:
    """Writes a plan to ``path`` (protected by ``passphrase`` when given).

    The returned function raises :class:`LocalFileError` when the file cannot be written: the
    work already done (a declaration) is not lost on Rainbow, and the failure says so.
    """

    def save(plan: InstallationPlan) -> None:
        try:
            save_plan(path, plan, passphrase=passphrase)
        except PlanFileError as error:
            message = " ".join(problem.message for problem in error.problems) or str(error)
            raise LocalFileError(
                message,
                "Free some space or choose a folder you may write to, then run again: what "
                "was done on Rainbow is found again and reused.",
            ) from error

    return save


def plan_or_problems(state: WizardState) -> tuple[InstallationPlan | None, list[PlanProblem]]:
    """The plan the wizard's state makes, or every reason it does not make one yet."""
    try:
        return state.to_plan(), []
    except ValidationError as error:
        return None, problems_from_validation_error(error)


def suggested_file_name(state: WizardState) -> str:
    """A file name from the server name, safe on every file system."""
    base = "".join(c if c.isalnum() or c in "-_ " else "_" for c in state.server_name).strip()
    return (base.replace(" ", "_") or "installation") + FILE_SUFFIX


def save_state(
    state: WizardState, path: Path, *, passphrase: str | None = None
) -> list[PlanProblem]:
    """Write the state's plan to ``path`` (protected by ``passphrase`` when given); the problems
    when it cannot (nothing written then)."""
    plan, problems = plan_or_problems(state)
    if plan is None:
        return problems
    if passphrase:
        weakness = new_passphrase_problem(passphrase)
        if weakness:
            return [PlanProblem("passphrase", weakness)]
    try:
        save_plan(path, plan, passphrase=passphrase or None)
    except PlanFileError as error:
        return error.problems
    return []

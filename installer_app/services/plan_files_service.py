"""Saving and opening installation files for the wizard (sync, small files; no secrets)."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from installer_app.domain.flow import WizardState
from installer_app.domain.plan import InstallationPlan
from installer_app.domain.plan_problems import PlanProblem, problems_from_validation_error
from installer_app.storage.plan_files import FILE_SUFFIX, PlanFileError, save_plan
from installer_app.storage.protection import new_passphrase_problem


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

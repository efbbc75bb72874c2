"""Installation files: versioned JSON, validated on load, written atomically.

A file never holds a Rainbow password or application secret (the plan has no field for them
and refuses unknown ones). Writing goes through a temporary file in the same folder followed by a
rename, so a crash or a full disk never leaves a half-written file in place of a good one.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from installer_app.domain.plan import InstallationPlan
from installer_app.domain.plan_problems import PlanInvalid, PlanProblem, parse_plan

FILE_SUFFIX = ".oxoplan.json"


class PlanFileError(Exception):
    """An installation file could not be read or written; ``problems`` says why, field by field."""

    def __init__(self, path: Path, problems: list[PlanProblem]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(str(p) for p in problems))


def _read_error(path: Path, message: str) -> PlanFileError:
    return PlanFileError(path, [PlanProblem("", message)])


def read_json(path: Path) -> Any:
    """Decode a JSON file, turning every way it can fail into a :class:`PlanFileError`."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise _read_error(path, f"The file {path} does not exist.") from None
    except IsADirectoryError:
        raise _read_error(path, f"{path} is a folder, not an installation file.") from None
    except PermissionError:
        raise _read_error(path, f"The file {path} cannot be read: permission denied.") from None
    except OSError as error:
        raise _read_error(path, f"The file {path} cannot be read: {error.strerror}.") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _read_error(
            path, f"{path} is not a text file in UTF-8: is it really an installation file?"
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise _read_error(
            path,
            f"{path} is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}.",
        ) from None


def load_plan(path: Path) -> InstallationPlan:
    """Read and validate an installation file.

    Raises:
        PlanFileError: unreadable, not JSON, unknown schema version, or invalid fields (one problem
            per field, with its dotted path).
    """
    data = read_json(path)
    try:
        return parse_plan(data)
    except PlanInvalid as error:
        raise PlanFileError(path, error.problems) from None


def plan_to_json(plan: InstallationPlan) -> str:
    """The file content for ``plan``: stable key order, readable indentation."""
    data = plan.model_dump(mode="json", exclude_none=False)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename (atomic on one volume)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path()
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def save_plan(path: Path, plan: InstallationPlan) -> None:
    """Write ``plan`` to ``path`` atomically.

    Raises:
        PlanFileError: the folder cannot be written (permission, disk full, ...).
    """
    try:
        atomic_write_text(Path(path), plan_to_json(plan))
    except OSError as error:
        reason = error.strerror or str(error)
        raise _read_error(Path(path), f"The file {path} cannot be written: {reason}.") from None

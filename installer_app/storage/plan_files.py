"""Installation files: versioned JSON, validated on load, written atomically.

A file never holds a Rainbow password or application secret (the plan has no field for them
and refuses unknown ones). Writing goes through a temporary file in the same folder followed by a
rename, so a crash or a full disk never leaves a half-written file in place of a good one.

A file may be protected by a passphrase (:mod:`protection`): the credentials are then sealed in a
``"protected"`` object that is handled here, before validation, so the plan model never sees it
and keeps refusing unknown fields. Loading a protected file needs the passphrase: without it
:class:`PlanFileProtected` is raised (a plan without its credentials is never handed out, so it
cannot be saved back over the file and lose them); with a wrong one, :class:`PassphraseRejected`.
A load never writes, so a failed one leaves the file exactly as it was. Saving a plan loaded from
a protected file without the passphrase writes it unprotected: callers pass the passphrase back.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from installer_app.domain.plan import SCHEMA_VERSION, InstallationPlan
from installer_app.domain.plan_problems import PlanInvalid, PlanProblem, parse_plan
from installer_app.storage.bounded_read import (
    MAX_PLAN_BYTES,
    FileTooLarge,
    describe_size,
    read_capped,
)
from installer_app.storage.protection import (
    PassphraseMismatch,
    ProtectionError,
    is_protected,
    protect,
    unprotect,
)

FILE_SUFFIX = ".oxoplan.json"


class PlanFileError(Exception):
    """An installation file could not be read or written; ``problems`` says why, field by field."""

    def __init__(self, path: Path, problems: list[PlanProblem]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(str(p) for p in problems))


class PlanFileProtected(PlanFileError):
    """The file is protected by a passphrase and none was given; ask for it and load again."""


class PassphraseRejected(PlanFileError):
    """The passphrase does not open the file's protected part (nothing was changed)."""


def _read_error(path: Path, message: str) -> PlanFileError:
    return PlanFileError(path, [PlanProblem("", message)])


def read_json(path: Path) -> Any:
    """Decode a JSON file, turning every way it can fail into a :class:`PlanFileError`."""
    try:
        raw = read_capped(path, MAX_PLAN_BYTES)
    except FileTooLarge:
        raise _read_error(
            path,
            f"{path} is larger than {describe_size(MAX_PLAN_BYTES)}: it is not an installation "
            "file (they are a few kilobytes); check the file name.",
        ) from None
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
    except RecursionError:
        raise _read_error(
            path,
            f"{path} nests its values too deeply to be an installation file; check the file "
            "name, or restore the file from a copy.",
        ) from None
    except ValueError:  # an integer of thousands of digits (over sys.get_int_max_str_digits())
        raise _read_error(
            path,
            f"{path} holds a number of thousands of digits; an installation file has no such "
            "number: check the file name, or restore the file from a copy.",
        ) from None


def is_protected_file(path: Path) -> bool:
    """Whether the installation file at ``path`` is protected by a passphrase.

    Raises:
        PlanFileError: unreadable or not JSON.
    """
    return is_protected(read_json(path))


def load_plan(path: Path, *, passphrase: str | None = None) -> InstallationPlan:
    """Read and validate an installation file, opening its protected part with ``passphrase``.

    The passphrase is ignored when the file is not protected.

    Raises:
        PlanFileProtected: the file is protected and ``passphrase`` is None.
        PassphraseRejected: wrong passphrase, or a protected part copied from another file.
        PlanFileError: unreadable, not JSON, a damaged protected part, unknown schema version, or
            invalid fields (one problem per field, with its dotted path).
    """
    data = read_json(path)
    # A file from another version of the program is reported as such by parse_plan, even if
    # protected: its protected part may not be this version's.
    if is_protected(data) and data.get("schema_version") == SCHEMA_VERSION:
        if passphrase is None:
            raise PlanFileProtected(
                path,
                [
                    PlanProblem(
                        "protected",
                        f"{path} is protected by a passphrase: its equipment id and activation "
                        "code (and stock references) open only with it.",
                    )
                ],
            )
        try:
            data = unprotect(data, passphrase)
        except PassphraseMismatch as error:
            raise PassphraseRejected(path, [PlanProblem(error.field, error.message)]) from None
        except ProtectionError as error:
            raise PlanFileError(path, [PlanProblem(error.field, error.message)]) from None
    try:
        return parse_plan(data)
    except PlanInvalid as error:
        raise PlanFileError(path, error.problems) from None


def plan_to_json(plan: InstallationPlan, *, passphrase: str | None = None) -> str:
    """The file content for ``plan``: stable key order, readable indentation.

    With ``passphrase``, the credentials are sealed (see :mod:`protection`; about 0.1 s of key
    derivation, memory-hard on purpose).

    Raises:
        ProtectionError: ``passphrase`` is an empty string.
    """
    data = plan.model_dump(mode="json", exclude_none=False)
    if passphrase is not None:
        data = protect(data, passphrase)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _temporary_prefix(path: Path) -> str:
    return f".{path.name}."


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename (atomic on one volume).

    On any failure (full disk, permission, Ctrl+C) the temporary file is removed; a process
    killed outright leaves it behind, hidden (``.NAME.XXXX.tmp``), for
    :func:`remove_stale_temporaries` to clear.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path()
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=_temporary_prefix(path), suffix=".tmp", dir=folder)
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


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Remove the temporary files :func:`atomic_write_text` left beside ``path`` when its
    process was killed mid-write; returns those removed.

    Call it only when no other process is writing ``path`` (a batch about to write it anew):
    a write in progress would lose its temporary file and fail.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path()
    prefix = _temporary_prefix(path)
    removed: list[Path] = []
    try:
        candidates = list(folder.glob(f"{glob.escape(prefix)}*.tmp"))
    except OSError:
        return removed
    for candidate in candidates:
        with contextlib.suppress(OSError):
            candidate.unlink()
            removed.append(candidate)
    return removed


def save_plan(path: Path, plan: InstallationPlan, *, passphrase: str | None = None) -> None:
    """Write ``plan`` to ``path`` atomically, protected by ``passphrase`` when given.

    Raises:
        PlanFileError: the folder cannot be written (permission, disk full, ...), or
            ``passphrase`` is an empty string (nothing is written then).
    """
    try:
        text = plan_to_json(plan, passphrase=passphrase)
    except ProtectionError as error:
        raise PlanFileError(Path(path), [PlanProblem(error.field, error.message)]) from None
    try:
        atomic_write_text(Path(path), text)
    except OSError as error:
        reason = error.strerror or str(error)
        raise _read_error(Path(path), f"The file {path} cannot be written: {reason}.") from None

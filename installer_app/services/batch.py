"""Preparing a batch: a CSV of PBXs in, one installation file per valid row out.

All or nothing by default: when any row is wrong, nothing is written, so a batch is never half
prepared and the corrected CSV can simply be run again. ``keep_valid`` writes the good rows
anyway. A file already in the output folder is never overwritten unless asked (it may hold the
progress of a PBX already declared).

Files are named after the server name (``Martin_OXO.oxoplan.json``), safe on every file system
and unique in the batch. They are written unprotected: they hold no BTCO credentials yet, and a
stock file's references can be protected afterwards with ``installer-app plan protect``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from installer_app.domain.batch import Batch, parse_batch
from installer_app.domain.batch_input import (
    BatchInvalid,
    BatchProblem,
    RuleSet,
    decode_csv,
    parse_rules,
)
from installer_app.domain.plan import DeliveryMode, InstallationPlan
from installer_app.storage.bounded_read import (
    MAX_CSV_BYTES,
    MAX_RULES_BYTES,
    FileTooLarge,
    describe_size,
    read_capped,
)
from installer_app.storage.plan_files import (
    FILE_SUFFIX,
    atomic_write_text,
    plan_to_json,
    remove_stale_temporaries,
)


class BatchError(Exception):
    """The batch cannot be prepared at all (unreadable CSV or rules, bad header, bad rules).

    Attributes:
        problems: every reason, each naming the file, row or column concerned.
        written: files written before a write failed (empty otherwise).
    """

    def __init__(self, problems: list[BatchProblem], written: tuple[Path, ...] = ()) -> None:
        self.problems = problems
        self.written = written
        super().__init__("; ".join(str(p) for p in problems))


@dataclass(frozen=True)
class PreparedBatch:
    """The outcome of :func:`prepare_batch`.

    Attributes:
        written: (row, file) of every installation file written, in row order.
        problems: every problem of every row; the batch failed when not empty.
        warnings: things worth knowing that did not stop anything (rewritten rules).
        encoding: how the CSV was read ("UTF-8", "UTF-16" or "Windows-1252").
        row_count: PBX rows read (blank rows not counted).
        existing: how many of the problems are files already in the output folder that differ
            from their row (the CSV itself may be fine). A file identical to its row (left by
            an interrupted run) is no problem: it counts as written.
    """

    written: tuple[tuple[int, Path], ...]
    problems: tuple[BatchProblem, ...]
    warnings: tuple[str, ...]
    encoding: str
    row_count: int
    existing: int = 0

    @property
    def ok(self) -> bool:
        """Whether every row became a file."""
        return not self.problems


def _read(path: Path, what: str, cap: int) -> bytes:
    try:
        return read_capped(path, cap)
    except FileTooLarge:
        message = (
            f"The {what} {path} is larger than {describe_size(cap)}; check the file name, or "
            "split it into several files."
        )
    except FileNotFoundError:
        message = f"The {what} {path} does not exist."
    except IsADirectoryError:
        message = f"{path} is a folder, not a {what}."
    except OSError as error:
        message = f"The {what} {path} cannot be read: {error.strerror or error}."
    raise BatchError([BatchProblem(None, None, message)])


def read_rules(path: Path) -> RuleSet:
    """The numbering rules of a rules file (UTF-8 JSON).

    Raises:
        BatchError: unreadable, not JSON, or rules Rainbow would refuse.
    """
    try:
        text = _read(path, "rules file", MAX_RULES_BYTES).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BatchError(
            [BatchProblem(None, None, f"The rules file {path} is not text in UTF-8.")]
        ) from None
    try:
        return parse_rules(text, source=str(path))
    except BatchInvalid as error:
        raise BatchError(error.problems) from None


def read_batch(csv_path: Path, rules: RuleSet | None = None) -> tuple[Batch, str]:
    """The plans of a CSV file, and the encoding it was read with.

    Raises:
        BatchError: unreadable, not text, no header, missing or unknown columns.
    """
    data = _read(csv_path, "CSV file", MAX_CSV_BYTES)
    try:
        text, encoding = decode_csv(data)
        return parse_batch(text, rules), encoding
    except BatchInvalid as error:
        raise BatchError(error.problems) from None


def _existing(batch: Batch, out_dir: Path) -> tuple[list[BatchProblem], set[int]]:
    """Rows whose file is already in ``out_dir``: a problem when the file differs from what the
    row gives (it may hold a declared PBX's progress), else the row is already done (a run that
    was interrupted wrote it) and is left out quietly."""
    problems = []
    done: set[int] = set()
    for row in batch.rows:
        target = out_dir / f"{row.file_stem}{FILE_SUFFIX}"
        if not target.exists():
            continue
        try:
            same = target.read_bytes() == plan_to_json(row.plan).encode("utf-8")
        except OSError:
            same = False
        if same:
            done.add(row.row)
            continue
        problems.append(
            BatchProblem(
                row.row,
                "server_name",
                f"{target} already exists and differs from this row (it may hold a declared "
                "PBX's progress); remove it or choose another output folder (on the command "
                "line, --force overwrites it).",
            )
        )
    return problems, done


def prepare_batch(
    csv_path: Path,
    out_dir: Path,
    *,
    rules_path: Path | None = None,
    keep_valid: bool = False,
    overwrite: bool = False,
) -> PreparedBatch:
    """Write one installation file per row of ``csv_path`` into ``out_dir``.

    Nothing is written when any row has a problem, unless ``keep_valid``; the problems are in the
    result either way (the caller decides the exit code).

    Raises:
        BatchError: the CSV or the rules file cannot be used at all, or a file cannot be written
            (``written`` then lists the files written before).
    """
    rules = read_rules(rules_path) if rules_path is not None else None
    batch, encoding = read_batch(csv_path, rules)
    problems = list(batch.problems)
    done: set[int] = set()
    existing: list[BatchProblem] = []
    if not overwrite:
        existing, done = _existing(batch, out_dir)
        problems = sorted(problems + existing, key=lambda p: p.row or 0)
    written: list[tuple[int, Path]] = []
    if keep_valid or not problems:
        bad = {p.row for p in problems}
        for row in batch.rows:
            if row.row in bad:
                continue
            target = out_dir / f"{row.file_stem}{FILE_SUFFIX}"
            remove_stale_temporaries(target)  # left by a run that was killed mid-write
            if row.row in done:
                written.append((row.row, target))
                continue
            try:
                atomic_write_text(target, plan_to_json(row.plan))
            except OSError as error:
                message = f"{target} cannot be written: {error.strerror or error}."
                raise BatchError(
                    [BatchProblem(row.row, None, message)], tuple(p for _, p in written)
                ) from None
            written.append((row.row, target))
    return PreparedBatch(
        written=tuple(written),
        problems=tuple(problems),
        existing=len(existing),
        warnings=rules.warnings if rules else (),
        encoding=encoding,
        row_count=batch.row_count,
    )


# -- running a batch: two files must never describe the same PBX -------------------------------


def same_pbx(a: InstallationPlan, b: InstallationPlan) -> bool:
    """Whether two plans describe the same PBX: same company and server name on the same site
    (a plan without a site may end on any of the company's), or the same stock equipment id."""
    if (
        a.mode is DeliveryMode.STOCK
        and b.mode is DeliveryMode.STOCK
        and a.equipment_id
        and b.equipment_id
        and a.equipment_id.casefold() == b.equipment_id.casefold()
    ):
        return True
    return (
        a.company.id == b.company.id
        and a.server_name.casefold() == b.server_name.casefold()
        and (a.site_id is None or b.site_id is None or a.site_id == b.site_id)
    )


def _has_progress(plan: InstallationPlan) -> bool:
    return bool(plan.progress.system_id or plan.progress.pending_declaration)


def repeated_pbxs(plans: Sequence[tuple[Path, InstallationPlan]]) -> list[tuple[Path, Path]]:
    """The files of a batch that repeat another's PBX: ``(repeating, kept)`` pairs.

    Declaring both at once would race for one PBX; one of them must go. The file kept is the
    one holding this PBX's progress (a recorded system, or an unfinished declaration), else the
    first in the batch's order. Checked before anything is sent.
    """
    ordered = sorted(plans, key=lambda item: not _has_progress(item[1]))  # stable
    kept: list[tuple[Path, InstallationPlan]] = []
    repeating: list[tuple[Path, Path]] = []
    for path, plan in ordered:
        twin = next((k for k, other in kept if same_pbx(plan, other)), None)
        if twin is None:
            kept.append((path, plan))
        else:
            repeating.append((path, twin))
    order = {path: index for index, (path, _) in enumerate(plans)}
    return sorted(repeating, key=lambda pair: order[pair[0]])

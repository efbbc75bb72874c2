"""Many installations at a glance: read installation files, refresh their Rainbow status, export.

The fleet view lists what each installation file records (equipment id, company, server name,
both statuses, last change). When signed in, :func:`refresh_entries` asks Rainbow for the status
of every file on the signed-in server, at most ``limit`` at a time, retrying with backoff when
Rainbow is busy or unreachable; files are never written (that stays the dashboard's job).

"Last change" is the latest event of the file's timeline (else its declaration); when Rainbow
shows a status other than the one the file recorded, the change happened since then and the
refresh time is shown instead, as the moment it was seen.
"""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from installer_app.domain.plan import InstallationPlan
from installer_app.domain.plan_problems import PlanProblem
from installer_app.rainbow import RainbowError, RainbowUnreachable, RateLimitedError, ServerError
from installer_app.services.monitor import RainbowSnapshot
from installer_app.services.report import pbx_status_label
from installer_app.storage.plan_files import (
    PlanFileError,
    PlanFileProtected,
    atomic_write_text,
    load_plan,
    read_json,
)

NOT_DECLARED = "Not declared"
#: Files read per step off the GUI thread: each step's rows can be shown as soon as it is read.
READ_BATCH = 25
#: Concurrent Rainbow requests of one refresh.
DEFAULT_LIMIT = 4
#: Errors worth another try after a pause; any other RainbowError is reported at once.
RETRYABLE = (RateLimitedError, ServerError, RainbowUnreachable)

StatusReader = Callable[[InstallationPlan], Awaitable[RainbowSnapshot]]


@dataclass(frozen=True)
class FleetEntry:
    """One installation file as the fleet view shows it.

    ``problem`` says why the file could not be read (the other fields are then what could be
    read); ``error`` why its Rainbow status could not be refreshed. ``refreshed`` is True once
    Rainbow answered for it.
    """

    path: Path
    equipment_id: str = ""
    company: str = ""
    server_name: str = ""
    rainbow_server: str = ""
    rainbow_status: str = ""
    pbx_status: str = ""
    last_change: datetime | None = None
    problem: str = ""
    error: str = ""
    refreshed: bool = False
    plan: InstallationPlan | None = field(default=None, repr=False, compare=False)


def _last_change(plan: InstallationPlan) -> datetime | None:
    moments = [event.at for event in plan.progress.timeline]
    if plan.progress.declared_at is not None:
        moments.append(plan.progress.declared_at)
    return max(moments, default=None)


def entry_from_plan(path: Path, plan: InstallationPlan) -> FleetEntry:
    """What the file records."""
    progress = plan.progress
    return FleetEntry(
        path=path,
        equipment_id=plan.equipment_id or "",
        company=plan.company.name or plan.company.id,
        server_name=plan.server_name,
        rainbow_server=plan.rainbow_server,
        rainbow_status=progress.rainbow_status or ("" if plan.is_declared else NOT_DECLARED),
        pbx_status=pbx_status_label(progress.pbx_status) or "",
        last_change=_last_change(plan),
        plan=plan,
    )


def read_entry(path: Path) -> FleetEntry:
    """The entry of one file; never raises (an unreadable file is an entry with a problem)."""
    try:
        return entry_from_plan(path, load_plan(path))
    except PlanFileProtected:
        data: Any = read_json(path)  # readable: it just said it was protected
        company = data.get("company") if isinstance(data.get("company"), dict) else {}
        return FleetEntry(
            path=path,
            company=str(company.get("name") or company.get("id") or ""),
            server_name=str(data.get("server_name") or ""),
            problem="Protected by a passphrase: open it in the wizard to see its credentials.",
        )
    except PlanFileError as error:
        return FleetEntry(path=path, problem=_first(error.problems, path))


def _first(problems: list[PlanProblem], path: Path) -> str:
    """The first problem, naming the file by its name (the row already says where it is)."""
    text = str(problems[0]) if problems else "The file cannot be read."
    return text.replace(str(path), path.name)


def fleet_paths(folder: Path | None, recent: Iterable[Path] = ()) -> list[Path]:
    """The ``*.json`` files of ``folder`` (sorted), then the recent files not already listed."""
    paths: list[Path] = []
    if folder is not None and folder.is_dir():
        paths.extend(sorted(p for p in folder.glob("*.json") if p.is_file()))
    seen = {p.resolve() for p in paths}
    for path in recent:
        if path.is_file() and path.resolve() not in seen:
            seen.add(path.resolve())
            paths.append(path)
    return paths


def read_entries(paths: Sequence[Path]) -> list[FleetEntry]:
    """The entries of ``paths``, in order."""
    return [read_entry(path) for path in paths]


async def read_entries_progressively(
    paths: Sequence[Path],
    on_batch: Callable[[list[FleetEntry]], None],
    *,
    batch: int = READ_BATCH,
) -> list[FleetEntry]:
    """The entries of ``paths``, in order, read on a worker thread ``batch`` files at a time.

    ``on_batch`` receives each batch's entries (on the caller's loop) as soon as they are read,
    so the first rows of a long list show at once; the caller's loop stays free while files
    are read and parsed. Cancelling stops after the batch being read.
    """
    if batch < 1:
        raise ValueError("batch must be at least 1")
    entries: list[FleetEntry] = []
    for start in range(0, len(paths), batch):
        read = await asyncio.to_thread(read_entries, paths[start : start + batch])
        entries.extend(read)
        on_batch(read)
    return entries


def refreshable(entry: FleetEntry, server: str | None) -> bool:
    """Whether Rainbow can be asked about ``entry``: signed in to its server, something to find."""
    plan = entry.plan
    if plan is None or server is None:
        return False
    if plan.rainbow_server.rstrip("/") != server.rstrip("/"):
        return False
    return bool(plan.progress.system_id or plan.equipment_id)


def with_snapshot(entry: FleetEntry, snapshot: RainbowSnapshot, seen_at: datetime) -> FleetEntry:
    """``entry`` updated with what Rainbow says now."""
    if snapshot.system_id is None:
        status = NOT_DECLARED
    else:
        status = snapshot.admin_status.value if snapshot.admin_status else entry.rainbow_status
    # A file that never recorded a status has nothing it changed from.
    changed = bool(entry.rainbow_status) and status not in (entry.rainbow_status, NOT_DECLARED)
    return replace(
        entry,
        rainbow_status=status,
        last_change=seen_at if changed else entry.last_change,
        refreshed=True,
        error="",
    )


async def refresh_entries(
    entries: Sequence[FleetEntry],
    reader: StatusReader,
    *,
    server: str | None,
    limit: int = DEFAULT_LIMIT,
    attempts: int = 3,
    first_delay: float = 1.0,
    on_entry: Callable[[int, FleetEntry], None] | None = None,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> list[FleetEntry]:
    """Ask Rainbow for every refreshable entry, at most ``limit`` requests at a time.

    A busy or unreachable Rainbow is tried again ``attempts`` times in all, waiting
    ``first_delay`` seconds and then twice as long each time (or what a 429 asks for); the
    pause keeps its slot, so the whole refresh slows down. ``on_entry(index, entry)`` is called
    as each answer arrives. Returns the entries, updated, in the same order.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)
    results = list(entries)

    async def refresh(index: int, entry: FleetEntry) -> None:
        assert entry.plan is not None
        async with semaphore:
            delay = first_delay
            for attempt in range(1, attempts + 1):
                try:
                    snapshot = await reader(entry.plan)
                except RETRYABLE as error:
                    if attempt == attempts:
                        results[index] = replace(entry, error=_message(error))
                        break
                    advised = getattr(error, "retry_after", None)
                    await sleep(advised if advised else delay)
                    delay *= 2
                except RainbowError as error:
                    results[index] = replace(entry, error=_message(error))
                    break
                else:
                    results[index] = with_snapshot(entry, snapshot, now())
                    break
        if on_entry is not None:
            on_entry(index, results[index])

    await asyncio.gather(*(refresh(i, e) for i, e in enumerate(entries) if refreshable(e, server)))
    return results


def _message(error: RainbowError) -> str:
    return f"{error.message} {error.hint}".strip() if error.hint else error.message


CSV_COLUMNS = (
    "Equipment id",
    "Company",
    "Server name",
    "Rainbow status",
    "PBX status",
    "Last change",
    "File",
    "Problem",
)


#: What makes a spreadsheet read a cell as a formula (OWASP, "CSV Injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell: str) -> str:
    """``cell`` as a spreadsheet shows it but never runs it: a leading ``'`` before ``=``, ``+``,
    ``-``, ``@``, tab or carriage return (OWASP's rule).

    Names come from prepared CSVs and installation files, so ``=HYPERLINK(...)`` or
    ``=cmd|' /C calc'!A0`` would otherwise run when support opens the export. No column of the
    export holds a number, so no negative number is quoted by mistake.
    """
    return f"'{cell}" if cell.startswith(_FORMULA_STARTS) else cell


def csv_text(entries: Iterable[FleetEntry]) -> str:
    """The entries as CSV, with a header row (dates in ISO 8601, UTC); every cell
    :func:`spreadsheet_safe`."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for e in entries:
        when = e.last_change.astimezone(UTC).isoformat(timespec="seconds") if e.last_change else ""
        cells = [e.equipment_id, e.company, e.server_name, e.rainbow_status, e.pbx_status, when,
                 str(e.path), e.problem or e.error]  # fmt: skip
        writer.writerow([spreadsheet_safe(cell or "") for cell in cells])
    return out.getvalue()


def export_csv(path: Path, entries: Iterable[FleetEntry]) -> None:
    """Write the entries to ``path`` as UTF-8 CSV with a byte-order mark (Excel reads it right).

    Raises:
        OSError: the file cannot be written.
    """
    atomic_write_text(path, "\ufeff" + csv_text(entries))

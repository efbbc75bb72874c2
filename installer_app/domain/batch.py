"""Batches: a spreadsheet of PBXs (CSV text) turned into installation plans, all problems at once.

One row is one PBX. The header row names the columns, in any order, in any case, with spaces or
dashes for underscores (``Company ID`` is ``company_id``): :data:`REQUIRED_COLUMNS` must all be
there (a cell may be empty where the plan allows it, e.g. references in BTCO mode),
:data:`OPTIONAL_COLUMNS` may be. Unknown columns are refused, so a misspelt optional column
(``outbound_prefx``) is not silently ignored. Optional ``reference_override`` (yes/no) keeps stock
references that do not have the documented shape, as ``plan new --reference-override`` does.

What spreadsheets really write is accepted (see :mod:`installer_app.domain.batch_input`): UTF-8
with or without a byte-order mark, UTF-16 with one ("Unicode text"), else Windows-1252 (Excel's
"CSV" on Western European Windows); comma, semicolon (French, German locales) or tab
separators; quoted cells holding separators, quotes or line breaks; Windows line ends; blank rows
anywhere (skipped).

Rows are numbered as the spreadsheet shows them: the header row is row 1, and a cell with a line
break does not start a new row. Every problem says ``row N, column C: message``; a bad row never
becomes a plan, and duplicate server names or equipment ids name every row involved (all of them
are refused, since which one is right cannot be told). Messages never repeat a reference, since
in stock mode it is also the activation code.

Pure: text in, plans and problems out. Reading and writing files is ``services.batch``.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from installer_app.domain import dialing
from installer_app.domain.batch_input import BatchInvalid, BatchProblem, RuleSet, sniff_separator
from installer_app.domain.plan import SCHEMA_VERSION, InstallationPlan
from installer_app.domain.plan_problems import PlanInvalid, parse_plan

REQUIRED_COLUMNS: Final = (
    "company_id",
    "company_name",
    "server_name",
    "model",
    "mode",
    "fleet_ref",
    "installation_ref",
    "country",
)
OPTIONAL_COLUMNS: Final = (
    "national_prefix",
    "international_prefix",
    "outbound_prefix",
    "installation_number",
    "reference_override",
)
COLUMNS: Final = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
#: Candidate separators, in order of preference when the header row is ambiguous.
#: Tried when the bytes are not UTF-8: what Excel writes as "CSV" on Western European Windows.
MAX_FILE_STEM: Final = 80

#: Plan fields (dotted paths of :class:`PlanProblem`) and the column a technician fixes.
_FIELD_COLUMNS: Final = {
    "company": "company_id",
    "company.id": "company_id",
    "company.name": "company_name",
    "server_name": "server_name",
    "pbx_model": "model",
    "mode": "mode",
    "fleet_ref": "fleet_ref",
    "installation_ref": "installation_ref",
    "dialing": "outbound_prefix",
    "dialing.country": "country",
    "dialing.national_prefix": "national_prefix",
    "dialing.international_prefix": "international_prefix",
    "dialing.outbound_prefix": "outbound_prefix",
    "dialing.installation_number": "installation_number",
    "reference_override": "reference_override",
}
_COLUMN_ORDER: Final = {name: index for index, name in enumerate(COLUMNS)}
_WINDOWS_RESERVED: Final = frozenset(
    ["CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
     *(f"LPT{i}" for i in range(1, 10))]
)  # fmt: skip
_UNSAFE_IN_FILE_NAME: Final = re.compile(r"[^\w.\-]+")
_REPEATED_UNDERSCORE: Final = re.compile(r"_{2,}")
_HEADER_SPACING: Final = re.compile(r"[\s\-]+")

_country_defaults = lru_cache(maxsize=None)(dialing.country_defaults)


@dataclass(frozen=True)
class BatchRow:
    """A valid row: its plan, and a file name stem unique in the batch (any letter case)."""

    row: int
    plan: InstallationPlan
    file_stem: str


@dataclass(frozen=True)
class Batch:
    """What a CSV text makes: the valid rows, and every problem of the others."""

    rows: tuple[BatchRow, ...]
    problems: tuple[BatchProblem, ...]
    separator: str
    row_count: int

    @property
    def is_valid(self) -> bool:
        """Whether every row made a plan (nothing to report)."""
        return not self.problems


def safe_file_stem(name: str) -> str:
    """A file name stem for ``name`` that every file system accepts (no suffix)."""
    stem = _UNSAFE_IN_FILE_NAME.sub("_", unicodedata.normalize("NFC", name).strip())
    stem = _REPEATED_UNDERSCORE.sub("_", stem).strip("._-")[:MAX_FILE_STEM].rstrip("._-")
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED:
        stem += "_"
    return stem or "installation"


def dialing_data(
    country: str,
    *,
    national_prefix: str | None = None,
    international_prefix: str | None = None,
    outbound_prefix: str | None = None,
    installation_number: str | None = None,
) -> dict[str, Any]:
    """The ``dialing`` part of a plan: prefixes from the country unless given, still unchecked.

    A given outbound prefix is also used ("Use the outbound prefix" ticked). An unknown or empty
    country gets no defaults; validating the plan then says what is wrong with it.
    """
    code = country.strip().upper()
    data: dict[str, Any] = {"country": code} if code else {}
    if dialing.is_known_country(code):
        defaults = _country_defaults(code)
        data["national_prefix"] = defaults.national_prefix
        data["international_prefix"] = defaults.international_prefix
    given = {
        "national_prefix": national_prefix,
        "international_prefix": international_prefix,
        "outbound_prefix": outbound_prefix,
    }
    data.update({key: value.strip() for key, value in given.items() if value is not None})
    if outbound_prefix:
        data["use_outbound_prefix"] = True
    if installation_number is not None:
        data["installation_number"] = installation_number
    return data


def _column_key(cell: str) -> str:
    return _HEADER_SPACING.sub("_", unicodedata.normalize("NFKC", cell).strip().lower())


def _header(cells: list[str], separator: str) -> dict[str, int]:
    """Column name → position; raises BatchInvalid naming every missing or unknown column."""
    positions: dict[str, int] = {}
    unknown: list[str] = []
    twice: list[str] = []
    for position, cell in enumerate(cells):
        key = _column_key(cell)
        if not key:
            continue
        if key not in COLUMNS:
            unknown.append(cell.strip())
        elif key in positions:
            twice.append(key)
        else:
            positions[key] = position
    problems: list[BatchProblem] = []
    missing = [name for name in REQUIRED_COLUMNS if name not in positions]
    found = ", ".join(cell.strip() for cell in cells if cell.strip()) or "nothing"
    sep = {"\t": "tab"}.get(separator, separator)
    if missing:
        problems.append(
            BatchProblem(
                None,
                None,
                f"The CSV file lacks the required column(s) {', '.join(missing)} (its header row, "
                f"read with '{sep}' as separator, has: {found}). Required columns: "
                f"{', '.join(REQUIRED_COLUMNS)}; optional: {', '.join(OPTIONAL_COLUMNS)}.",
            )
        )
    if unknown:
        problems.append(
            BatchProblem(
                None,
                None,
                f"The header row has column(s) this program does not know: {', '.join(unknown)}; "
                "check the spelling or remove them. Known columns: " + ", ".join(COLUMNS) + ".",
            )
        )
    problems.extend(
        BatchProblem(None, None, f"The column {name} appears twice in the header row; keep one.")
        for name in dict.fromkeys(twice)
    )
    if problems:
        raise BatchInvalid(problems)
    return positions


def _records(text: str, separator: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        return list(reader)
    except csv.Error as error:
        raise BatchInvalid(
            [
                BatchProblem(
                    None,
                    None,
                    f"The CSV file cannot be read near line {reader.line_num}: {error}; check "
                    "its quotes.",
                )
            ]
        ) from None


def _choice(value: str) -> str:
    """``OXO Connect Evolution`` → ``oxo-connect-evolution``; ``BTCO`` → ``btco``."""
    return _HEADER_SPACING.sub("-", value.strip().lower()).replace("_", "-")


def _row_data(cells: dict[str, str], rules: list[dict[str, str]]) -> dict[str, Any]:
    def optional(name: str) -> str | None:
        return cells.get(name) or None

    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "company": {"name": cells["company_name"]},
        "server_name": cells["server_name"],
        "fleet_ref": optional("fleet_ref"),
        "installation_ref": optional("installation_ref"),
        "dialing": dialing_data(
            cells["country"],
            national_prefix=optional("national_prefix"),
            international_prefix=optional("international_prefix"),
            outbound_prefix=optional("outbound_prefix"),
            installation_number=optional("installation_number"),
        ),
        "numbering_rules": rules,
    }
    # An empty required cell is left out, so the message says "required but missing".
    if cells["company_id"]:
        data["company"]["id"] = cells["company_id"]
    if cells["model"]:
        data["pbx_model"] = _choice(cells["model"])
    if cells["mode"]:
        data["mode"] = _choice(cells["mode"])
    if cells.get("reference_override"):  # yes/no, true/false, 1/0: the plan model reads them
        data["reference_override"] = cells["reference_override"]
    return data


def _stray_values(record: list[str], header_size: int, named: set[int]) -> bool:
    return any(
        cell.strip()
        for position, cell in enumerate(record)
        if position >= header_size or position not in named
    )


def _duplicates(
    keys: dict[str, list[int]], column: str, message: Callable[[str], str]
) -> Iterable[BatchProblem]:
    """Each row whose key another row has, ``message`` given the other rows' numbers."""
    for rows in keys.values():
        for row in rows if len(rows) > 1 else ():
            others = ", ".join(str(other) for other in rows if other != row)
            yield BatchProblem(row, column, message(others))


def _problem_order(problem: BatchProblem) -> tuple[int, int]:
    """File problems first, then by row, then in column order (row-wide ones first)."""
    column = -1 if problem.column is None else _COLUMN_ORDER.get(problem.column, len(COLUMNS))
    return (problem.row or 0, column)


def _stray_problem(row: int, values: int, columns: int, separator: str) -> BatchProblem:
    return BatchProblem(
        row,
        None,
        f"{values} values where the header row names {columns} columns; a value containing the "
        f"separator '{separator}' must be in double quotes.",
    )


def _named_rows(plans: dict[int, InstallationPlan], *, bad: set[int | None]) -> list[BatchRow]:
    """The good rows, each with a file name stem unique in the batch (case-insensitively)."""
    stems: set[str] = set()
    rows: list[BatchRow] = []
    for row, plan in plans.items():
        if row in bad:
            continue
        base = stem = safe_file_stem(plan.server_name)
        suffix = 2
        while stem.casefold() in stems:
            stem, suffix = f"{base}-{suffix}", suffix + 1
        stems.add(stem.casefold())
        rows.append(BatchRow(row, plan, stem))
    return rows


def _repeats(names: dict[str, list[int]], plans: dict[int, InstallationPlan]) -> list[BatchProblem]:
    """The rows repeating another's server name (``names``: name → rows) or equipment id."""
    equipment: dict[str, list[int]] = {}
    for row, plan in plans.items():
        if plan.equipment_id:
            equipment.setdefault(plan.equipment_id, []).append(row)
    return [
        *_duplicates(
            names,
            "server_name",
            lambda others: f"Same server name as on row {others}; each PBX is prepared once.",
        ),
        *_duplicates(
            equipment,
            "installation_ref",
            lambda others: (
                f"Same fleet and installation references (same PBX) as on row {others}; each "
                "PBX is prepared once."
            ),
        ),
    ]


def parse_batch(text: str, rules: RuleSet | None = None) -> Batch:
    """Plans from CSV text, ``rules`` (already checked) added to every one.

    Raises:
        BatchInvalid: the text has no header row, lacks a required column, has unknown ones, or
            cannot be split into cells. Problems of single rows are in :attr:`Batch.problems`.
    """
    text = text.removeprefix("\ufeff")
    separator = sniff_separator(text)
    records = _records(text, separator)
    start = next((i for i, record in enumerate(records) if any(c.strip() for c in record)), None)
    if start is None:
        raise BatchInvalid([BatchProblem(None, None, "The CSV file is empty: no header row.")])
    header = records[start]
    positions = _header(header, separator)
    named = set(positions.values())
    shared_rules = [
        {"regexp_match": r.regexp_match, "regexp_replace": r.regexp_replace,
         "description": r.description} for r in (rules.rules if rules else ())]  # fmt: skip
    problems: list[BatchProblem] = []
    plans: dict[int, InstallationPlan] = {}
    names: dict[str, list[int]] = {}
    row_count = 0
    for row, record in enumerate(records[start + 1 :], start=start + 2):
        if not any(cell.strip() for cell in record):
            continue
        row_count += 1
        if _stray_values(record, len(header), named):
            problems.append(_stray_problem(row, len(record), len(named), separator))
            continue
        cells = {
            name: record[position].strip() if position < len(record) else ""
            for name, position in positions.items()
        }
        if cells["server_name"]:
            names.setdefault(cells["server_name"].casefold(), []).append(row)
        try:
            plans[row] = parse_plan(_row_data(cells, shared_rules))
        except PlanInvalid as error:
            problems.extend(
                BatchProblem(row, _FIELD_COLUMNS.get(p.field), p.message) for p in error.problems
            )
    if row_count == 0:
        raise BatchInvalid(
            [BatchProblem(None, None, "The CSV file has a header row but no PBX rows.")]
        )
    problems += _repeats(names, plans)
    problems.sort(key=_problem_order)
    rows = _named_rows(plans, bad={p.row for p in problems})
    return Batch(tuple(rows), tuple(problems), separator, row_count)

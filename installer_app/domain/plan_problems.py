"""Turning whatever is wrong with a plan into messages a technician can act on.

Pydantic reports problems with a location and a terse English message; this module turns each into a
:class:`PlanProblem` whose message names the field in words ("Country", "Fleet reference") and says
what to do, and whose ``field`` is the dotted path in the installation file.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from installer_app.domain.plan import FIELD_LABELS, SCHEMA_VERSION, InstallationPlan

_log = logging.getLogger(__name__)

_OWN_MESSAGES = {"plan_rules"}
#: The plan's own checks whose message follows the field's name ("Country contains ...").
_OWN_WORDING = {"control_characters"}
_SELF_NAMING_TYPES = {
    "digits_only",
    "unknown_country",
    "outbound_missing",
    "server_name_empty",
    "server_url",
    "licence_not_accepted",
    "btco_evolution",
    "reference_missing",
    "reference_shape",
}


@dataclass(frozen=True)
class PlanProblem:
    """One thing wrong with a plan: where (dotted path) and what to do about it."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class PlanInvalid(ValueError):
    """The data does not make a valid installation plan; ``problems`` lists every reason."""

    def __init__(self, problems: Iterable[PlanProblem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


def _path(loc: Iterable[int | str]) -> str:
    return ".".join(str(part) for part in loc)


def _label(path: str) -> str:
    if path in FIELD_LABELS:
        return FIELD_LABELS[path]
    parts = path.split(".")
    if parts[0] == "numbering_rules" and len(parts) > 1 and parts[1].isdigit():
        rest = " ".join(parts[2:]).replace("_", " ")
        return f"Numbering rule {int(parts[1]) + 1}" + (f", {rest}" if rest else "")
    return FIELD_LABELS.get(parts[0], path.replace("_", " ").replace(".", " > "))


#: What pydantic's error types say, in the program's words (after the field's name).
_TYPE_WORDING: dict[str, str] = {
    "string_type": "must be text, in double quotes.",
    "string_too_short": "must not be empty.",
    "bool_type": "must be true or false, without quotes.",
    "bool_parsing": "must be true or false, without quotes.",
    "int_type": "must be a whole number.",
    "int_parsing": "must be a whole number.",
    "int_from_float": "must be a whole number.",
    "float_type": "must be a number.",
    "float_parsing": "must be a number.",
    "model_type": "must be a JSON object, in braces { }.",
    "model_attributes_type": "must be a JSON object, in braces { }.",
    "dict_type": "must be a JSON object, in braces { }.",
    "list_type": "must be a JSON list, in brackets [ ].",
    "datetime_type": "must be a date and time such as 2026-01-31T09:30:00Z.",
    "datetime_parsing": "must be a date and time such as 2026-01-31T09:30:00Z.",
    "datetime_from_date_parsing": "must be a date and time such as 2026-01-31T09:30:00Z.",
    "json_invalid": "must be valid JSON.",
}
#: Any other mistake of type: said without pydantic's words, which go to the log.
_WRONG_KIND = (
    "has a value of the wrong kind; compare it with a file the program wrote, or enter it again "
    "in the wizard."
)


def _describe(error: Mapping[str, Any]) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return "is required but missing."
    if kind == "extra_forbidden":
        return "is not a field of an installation file; remove it."
    if kind in {"enum", "literal_error"}:
        expected = str(ctx.get("expected", "")).replace(" or ", ", ")  # pydantic's English "or"
        return f"has the value {error.get('input')!r}; expected one of: {expected}."
    if kind == "string_too_long":
        return f"is longer than {ctx.get('max_length')} characters; shorten it."
    if kind in _TYPE_WORDING:
        return _TYPE_WORDING[kind]
    if kind in _OWN_WORDING:
        message = str(error["msg"])
        return message[:1].lower() + message[1:] + ("" if message.endswith(".") else ".")
    _log.info("Installation file, %s: %s (%s)", _path(error["loc"]), error["msg"], kind)
    return _WRONG_KIND


def problems_from_validation_error(error: ValidationError) -> list[PlanProblem]:
    """One :class:`PlanProblem` per pydantic error, cross-field rules expanded one by one."""
    problems: list[PlanProblem] = []
    for item in error.errors(include_url=False):
        path = _path(item["loc"])
        kind = item["type"]
        ctx = item.get("ctx") or {}
        if kind in _OWN_MESSAGES:
            for field, message in ctx.get("problems", []):
                problems.append(PlanProblem(_join(path, field), message))
        elif kind in _SELF_NAMING_TYPES:
            problems.append(PlanProblem(path, str(item["msg"])))
        else:
            problems.append(PlanProblem(path, f"{_label(path)} {_describe(item)}"))
    return problems


def _join(prefix: str, field: str) -> str:
    if not field:
        return prefix
    return f"{prefix}.{field}" if prefix else field


def parse_plan(data: object) -> InstallationPlan:
    """Validate already-decoded JSON data into a plan.

    Raises:
        PlanInvalid: with every problem found, the schema version checked first so a file from a
            newer version of the program is not reported as a list of unrelated errors.
    """
    if not isinstance(data, dict):
        raise PlanInvalid([PlanProblem("", "An installation file must contain a JSON object.")])
    version = data.get("schema_version")
    if version is None:
        raise PlanInvalid(
            [
                PlanProblem(
                    "schema_version",
                    "schema_version is missing: this is not an "
                    "installation file, or it was damaged.",
                )
            ]
        )
    if version != SCHEMA_VERSION:
        raise PlanInvalid(
            [
                PlanProblem(
                    "schema_version",
                    f"schema_version {json.dumps(version)} is not supported by this version of "
                    f"the program (it reads version {SCHEMA_VERSION}); update the program.",
                )
            ]
        )
    try:
        return InstallationPlan.model_validate(data)
    except ValidationError as error:
        raise PlanInvalid(problems_from_validation_error(error)) from None


def plan_schema() -> dict[str, Any]:
    """The JSON Schema of installation files."""
    schema = InstallationPlan.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Installation file"
    return schema

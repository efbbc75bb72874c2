"""Drafts: the wizard's state saved after every page, so a closed or crashed wizard resumes.

A draft is one JSON file, written atomically (a temporary file, then a rename), holding what the
technician has entered so far (possibly incomplete: it is not an installation file), the step on
screen and when it was saved. It never holds a Rainbow password, application secret or token: the
wizard state has no field for them, and ``signed_in`` is always written false so a resumed
wizard signs in again.

It does hold the equipment id and activation code when the state has them (a BTCO code is
recorded after declaration and is needed to configure the PBX), exactly like an installation
file; the file is created readable by its owner only.

A draft that cannot be read (damaged, from another version, half-copied) is ignored with a log
line, never raised: losing a draft must not stop the wizard from starting.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from installer_app.domain.flow import Step, WizardState
from installer_app.domain.numbering import NumberingRule
from installer_app.domain.plan import DeliveryMode, PbxModel, Progress
from installer_app.storage.plan_files import atomic_write_text

logger = logging.getLogger(__name__)

DRAFT_VERSION = 1
DRAFT_FILE_NAME = "last-draft.json"


class DraftError(Exception):
    """A draft could not be written or read; ``message`` says why (never a secret)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Draft:
    """A saved wizard state, the step it was on, when it was saved, and the file it belongs to."""

    state: WizardState
    step: Step
    saved_at: datetime
    plan_path: Path | None = None

    @property
    def server_name(self) -> str:
        """The PBX's server name, or "" when not typed yet."""
        return self.state.server_name


def draft_data(
    state: WizardState, step: Step, saved_at: datetime, plan_path: Path | None = None
) -> dict[str, Any]:
    """The draft's JSON content: the plan's fields plus the wizard-only ones (no secrets)."""
    plan = state.plan_data()
    plan["pbx_model"] = state.pbx_model.value
    plan["mode"] = state.mode.value
    accepted = state.licence_accepted_at
    plan["webrtc_gateway"]["accepted_at"] = accepted.isoformat() if accepted else None
    plan["progress"] = state.progress.model_dump(mode="json")
    return {
        "draft_version": DRAFT_VERSION,
        "saved_at": saved_at.isoformat(),
        "step": step.value,
        "plan_path": str(plan_path) if plan_path is not None else None,
        "wizard": {
            "offline": state.offline,
            "signed_in": False,
            "create_site_name": state.create_site_name,
            "site_name": state.site_name,
            "company_country": state.company_country,
            "site_country": state.site_country,
            "country_source": state.country_source,
        },
        "plan": plan,
    }


def _get(mapping: Mapping[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    value = mapping.get(key)
    if not isinstance(value, kind):
        raise DraftError(f"the field {key!r} is missing or has the wrong type")
    return value


def _text(mapping: Mapping[str, Any], key: str) -> str:
    value = mapping.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise DraftError(f"the field {key!r} is not text")
    return value


def _stamp(value: object, key: str) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise DraftError(f"the field {key!r} is not a date and time") from None


def draft_from_data(data: object) -> Draft:
    """Read a draft's JSON content.

    Raises:
        DraftError: not a draft of this version, or a field is missing or of the wrong type.
    """
    if not isinstance(data, dict):
        raise DraftError("the file does not hold a draft")
    if data.get("draft_version") != DRAFT_VERSION:
        raise DraftError(f"draft version {data.get('draft_version')!r} is not {DRAFT_VERSION}")
    plan = _get(data, "plan", dict)
    wizard = _get(data, "wizard", dict)
    company = _get(plan, "company", dict)
    gateway = _get(plan, "webrtc_gateway", dict)
    dialing = _get(plan, "dialing", dict)
    try:
        rules = [
            NumberingRule(_text(r, "regexp_match"), _text(r, "regexp_replace"),
                          _text(r, "description"))
            for r in _get(plan, "numbering_rules", list)
        ]  # fmt: skip
        state = WizardState(
            pbx_model=PbxModel(plan.get("pbx_model")),
            mode=DeliveryMode(plan.get("mode")),
            offline=bool(wizard.get("offline")),
            signed_in=False,
            rainbow_server=_text(plan, "rainbow_server"),
            company_id=_text(company, "id"),
            company_name=_text(company, "name"),
            site_id=_text(plan, "site_id"),
            create_site_name=_text(wizard, "create_site_name"),
            site_name=_text(wizard, "site_name"),
            company_country=_text(wizard, "company_country"),
            site_country=_text(wizard, "site_country"),
            country_source=_text(wizard, "country_source"),
            server_name=_text(plan, "server_name"),
            webrtc_enabled=bool(gateway.get("enabled")),
            licence_accepted_at=_stamp(gateway.get("accepted_at"), "accepted_at"),
            fleet_ref=_text(plan, "fleet_ref"),
            installation_ref=_text(plan, "installation_ref"),
            reference_override=bool(plan.get("reference_override")),
            country=_text(dialing, "country"),
            national_prefix=_text(dialing, "national_prefix"),
            international_prefix=_text(dialing, "international_prefix"),
            outbound_prefix=_text(dialing, "outbound_prefix"),
            use_outbound_prefix=bool(dialing.get("use_outbound_prefix")),
            installation_number=_text(dialing, "installation_number"),
            rules=rules,
            progress=Progress.model_validate(_get(plan, "progress", dict)),
            equipment_id=_text(plan, "equipment_id"),
            activation_code=_text(plan, "activation_code"),
        )
        step = Step(_get(data, "step", str))
    except (ValueError, AttributeError, ValidationError) as error:
        # pydantic's ValidationError is a ValueError; its text may quote values: keep it out.
        raise DraftError(f"a field is not valid ({type(error).__name__})") from None
    saved_at = _stamp(data.get("saved_at"), "saved_at") or datetime.fromtimestamp(0, UTC)
    plan_path = data.get("plan_path")
    return Draft(state, step, saved_at, Path(plan_path) if isinstance(plan_path, str) else None)


class DraftStore:
    """The draft file at ``path`` (the application's data folder; a temporary one in tests)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def save(
        self,
        state: WizardState,
        step: Step,
        *,
        plan_path: Path | None = None,
        now: datetime | None = None,
    ) -> None:
        """Write the draft atomically.

        Raises:
            DraftError: the folder cannot be written (permission, disk full, ...).
        """
        self.write(draft_data(state, step, now or datetime.now(UTC), plan_path))

    def write(self, data: Mapping[str, Any]) -> None:
        """Write ``data`` (made by :func:`draft_data`) atomically; any thread may call it.

        Raises:
            DraftError: the folder cannot be written (permission, disk full, ...).
        """
        try:
            atomic_write_text(self.path, json.dumps(data, indent=1, ensure_ascii=False) + "\n")
        except OSError as error:
            raise DraftError(
                f"The draft {self.path} cannot be written: {error.strerror or error}."
            ) from None

    def load(self) -> Draft | None:
        """The saved draft; None when there is none or it cannot be read (logged)."""
        try:
            text = self.path.read_text("utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as error:
            logger.warning("Ignoring the draft %s: it cannot be read (%s).", self.path, error)
            return None
        try:
            return draft_from_data(json.loads(text))
        except json.JSONDecodeError as error:
            reason = f"not valid JSON at line {error.lineno}"
        except DraftError as error:
            reason = error.message
        logger.warning("Ignoring the draft %s: %s.", self.path, reason)
        return None

    def clear(self) -> None:
        """Remove the draft (the wizard was finished); nothing happens when there is none."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            logger.warning("The draft %s cannot be removed: %s", self.path, error.strerror)

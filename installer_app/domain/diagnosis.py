"""What is wrong, in plain words, when Rainbow and the PBX do not both say the job is done.

`diagnose` reads both sides (Rainbow's admin status and equipment id, the PBX's Cloud > Rainbow
settings when they can be read) and returns one `Diagnosis`: a stable code the dashboard and the
command line switch on, a cause and a next action for the technician, and a severity. It never
raises and never repeats an equipment id or activation code (in stock mode they are the same
value).

The words are in :mod:`installer_app.domain.diagnosis_texts`, marked for translation: a renderer
translates ``cause`` and ``next_action`` as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from installer_app.domain.diagnosis_texts import TEXTS, TRANSLATION_CONTEXT
from installer_app.domain.pbx_side import PbxConnection, PbxSettings
from installer_app.domain.plan import DeliveryMode
from installer_app.domain.status import AdminStatus

__all__ = ["TRANSLATION_CONTEXT", "Diagnosis", "DiagnosisCode", "diagnose"]

Severity = Literal["ok", "info", "warning", "error"]


class DiagnosisCode(StrEnum):
    """Stable identifiers of the diagnoses; a code equals its string value ("done", ...)."""

    DONE = "done"
    RAINBOW_NOT_DECLARED = "rainbow_not_declared"
    ID_MISMATCH = "id_mismatch"
    CODE_REFUSED = "code_refused"
    PBX_DISABLED = "pbx_disabled"
    CODE_MISSING = "code_missing"
    PBX_NOT_CONFIGURED = "pbx_not_configured"
    PBX_NOT_CONNECTED = "pbx_not_connected"
    WAITING = "waiting"
    DEGRADED = "degraded"
    RECONNECTING = "reconnecting"
    SIDES_DISAGREE = "sides_disagree"
    UNKNOWN_VALUE = "unknown_value"


@dataclass(frozen=True)
class Diagnosis:
    """One reading of both sides.

    Attributes:
        code: a `DiagnosisCode` value (stable: stored in reports, switched on by renderers).
        done: True only when there is nothing left to do.
        cause: what is going on, in plain words.
        next_action: what the technician does next.
        severity: "ok" (done), "info" (wait or follow the steps), "warning" (something to
            check), "error" (something to correct).
    """

    code: str
    done: bool
    cause: str
    next_action: str
    severity: Severity


def _result(code: DiagnosisCode, key: str, severity: Severity) -> Diagnosis:
    cause, next_action = TEXTS[key]
    return Diagnosis(code.value, code is DiagnosisCode.DONE, cause, next_action, severity)


def _known(value: str | None) -> str | None:
    """An equipment id worth comparing: None for missing or blank."""
    text = value.strip() if isinstance(value, str) else ""
    return text or None


def _id_mismatch(
    mode: DeliveryMode | None,
    rainbow_id: str | None,
    pbx_id: str | None,
    expected_id: str | None,
) -> str | None:
    """The text key for the sides whose equipment id differs from the reference, or None.

    Stock: the reference is the joined references (``expected``), Rainbow's when they are not
    known. BTCO (and an unknown mode): Rainbow's pbxId, the installation's when it is unknown.
    Only known ids are compared.
    """
    if mode is DeliveryMode.STOCK:
        keys = ("id_stock_both", "id_stock_rainbow", "id_stock_pbx")
        return _sides_off(expected_id or rainbow_id, rainbow_id, pbx_id, keys)
    keys = ("id_btco_both", "id_btco_file", "id_btco_pbx")
    return _sides_off(rainbow_id or expected_id, expected_id, pbx_id, keys)


def _sides_off(
    reference: str | None,
    other_id: str | None,
    pbx_id: str | None,
    keys: tuple[str, str, str],
) -> str | None:
    """Which known ids differ from ``reference``: the key for both, for the other side (Rainbow
    in stock mode, the installation file in BTCO), for the PBX, or None."""
    other_off = other_id is not None and other_id != reference
    pbx_off = pbx_id is not None and pbx_id != reference
    if other_off and pbx_off:
        return keys[0]
    if other_off:
        return keys[1]
    return keys[2] if pbx_off else None


def _link_up(rainbow_status: AdminStatus, pbx: PbxSettings | None) -> Diagnosis:
    """Rainbow sees the PBX connected (Running or Degraded)."""
    if pbx is not None and pbx.connection not in (PbxConnection.CONNECTED, PbxConnection.UNKNOWN):
        return _result(DiagnosisCode.SIDES_DISAGREE, "disagree", "info")
    if rainbow_status is AdminStatus.DEGRADED:
        return _result(DiagnosisCode.DEGRADED, "degraded", "warning")
    return _result(DiagnosisCode.DONE, "done", "ok")


def _from_pbx(
    rainbow_status: AdminStatus, pbx: PbxSettings, mode: DeliveryMode | None, configured: bool
) -> Diagnosis | None:
    """Rainbow is Pending or Activated and the PBX could be read: what the PBX says, if telling."""
    stock = mode is DeliveryMode.STOCK
    activated = rainbow_status is AdminStatus.ACTIVATED
    connection = pbx.connection
    if connection is PbxConnection.REFUSED:
        return _result(DiagnosisCode.CODE_REFUSED, "refused_stock" if stock else "refused", "error")
    if not pbx.rainbow_enabled or connection is PbxConnection.DISABLED:
        return _result(
            DiagnosisCode.PBX_DISABLED,
            "disabled_stock" if stock else "disabled",
            "error" if configured or activated else "warning",
        )
    if connection is PbxConnection.CONNECTED:
        return _result(DiagnosisCode.WAITING, "rainbow_behind", "info")
    if connection is PbxConnection.CONNECTING:
        if activated:
            return _result(DiagnosisCode.RECONNECTING, "reconnecting", "info")
        return _result(DiagnosisCode.WAITING, "connecting", "info")
    if not pbx.activation_code_set:
        return _result(DiagnosisCode.CODE_MISSING, "code_missing", "error")
    if connection is PbxConnection.DISCONNECTED:
        if activated:
            return _result(DiagnosisCode.RECONNECTING, "link_lost", "warning")
        return _result(DiagnosisCode.PBX_NOT_CONNECTED, "cannot_get_out", "warning")
    return None


def diagnose(
    *,
    rainbow_status: AdminStatus | None,
    rainbow_pbx_id: str | None,
    pbx: PbxSettings | None,
    expected_pbx_id: str | None,
    pbx_configured: bool = False,
    mode: DeliveryMode | None = None,
    unknown: Mapping[str, str] | None = None,
) -> Diagnosis:
    """One diagnosis of both sides; never raises.

    Args:
        rainbow_status: the admin-portal status, or None when the PBX is not declared on
            Rainbow or its status could not be read.
        rainbow_pbx_id: the equipment id (pbxId) Rainbow holds, if known.
        pbx: the PBX's settings, or None when they cannot be read (OMC driven by hand); a
            connection of UNKNOWN counts as not read.
        expected_pbx_id: the installation's equipment id (stock: the joined references).
        pbx_configured: whether the PBX side was done (checklist confirmed, or settings
            pushed); matters when the PBX cannot be read.
        mode: the delivery mode; decides which equipment id is the reference (stock: the
            joined references; BTCO and None: Rainbow's) and the wording of some actions.
        unknown: values Rainbow sent that this version does not know (``status``, ``/state``
            values), by field; the renderer shows them as sent.

    The checks, first match wins: not declared; an equipment id that differs between the sides;
    a status or value this version does not know (unless Rainbow shows Running all the same);
    Rainbow Running/Degraded (done, degraded, or readings out of step); what the PBX says
    (code refused, Rainbow disabled, connected or connecting, no code, disconnected); then
    Rainbow alone (Activated: link lost; Pending: not configured or not connected).
    """
    if not isinstance(rainbow_status, AdminStatus):
        return _result(DiagnosisCode.RAINBOW_NOT_DECLARED, "not_declared", "warning")
    readable = pbx is not None and pbx.connection is not PbxConnection.UNKNOWN
    pbx_id = _known(pbx.pabx_id) if pbx is not None and pbx.rainbow_enabled else None
    mismatch = _id_mismatch(mode, _known(rainbow_pbx_id), pbx_id, _known(expected_pbx_id))
    if mismatch is not None:
        return _result(DiagnosisCode.ID_MISMATCH, mismatch, "error")
    if rainbow_status is AdminStatus.UNKNOWN or (
        unknown and rainbow_status is not AdminStatus.RUNNING
    ):
        return _result(DiagnosisCode.UNKNOWN_VALUE, "unknown_value", "warning")
    if rainbow_status in (AdminStatus.RUNNING, AdminStatus.DEGRADED):
        return _link_up(rainbow_status, pbx)
    if readable and pbx is not None:
        found = _from_pbx(rainbow_status, pbx, mode, pbx_configured)
        if found is not None:
            return found
    if rainbow_status is AdminStatus.ACTIVATED:
        return _result(DiagnosisCode.RECONNECTING, "activated_alone", "warning")
    if pbx_configured:
        return _result(DiagnosisCode.PBX_NOT_CONNECTED, "not_connected", "warning")
    key = "not_configured_stock" if mode is DeliveryMode.STOCK else "not_configured"
    return _result(DiagnosisCode.PBX_NOT_CONFIGURED, key, "info")

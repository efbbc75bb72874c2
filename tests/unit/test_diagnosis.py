"""The diagnosis over both sides: every case, and no input that makes it raise or leak an id."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from installer_app.domain import diagnosis as diagnosis_module
from installer_app.domain import diagnosis_texts
from installer_app.domain.diagnosis import Diagnosis, DiagnosisCode, diagnose
from installer_app.domain.pbx_side import PbxConnection, PbxSettings
from installer_app.domain.plan import DeliveryMode
from installer_app.domain.status import AdminStatus

PENDING, RUNNING, DEGRADED, ACTIVATED = (
    AdminStatus.PENDING,
    AdminStatus.RUNNING,
    AdminStatus.DEGRADED,
    AdminStatus.ACTIVATED,
)
C = PbxConnection
STOCK, BTCO = DeliveryMode.STOCK, DeliveryMode.BTCO
ID = "ID-1"
OTHER = "ID-2"


def pbx(
    connection: PbxConnection = C.DISCONNECTED,
    *,
    enabled: bool = True,
    pabx_id: str = ID,
    code_set: bool = True,
) -> PbxSettings:
    return PbxSettings(
        rainbow_enabled=enabled,
        pabx_id=pabx_id,
        activation_code_set=code_set,
        connection=connection,
    )


def run(**overrides: Any) -> Diagnosis:
    kwargs: dict[str, Any] = {
        "rainbow_status": PENDING,
        "rainbow_pbx_id": ID,
        "pbx": None,
        "expected_pbx_id": ID,
    }
    kwargs.update(overrides)
    return diagnose(**kwargs)


# (case id, inputs, code, severity, words the cause or the next action must contain)
CASES: list[tuple[str, dict[str, Any], DiagnosisCode, str, str]] = [
    ("running+connected", {"rainbow_status": RUNNING, "pbx": pbx(C.CONNECTED)}, DiagnosisCode.DONE,
     "ok", "Running"),
    ("running, pbx unreadable", {"rainbow_status": RUNNING}, DiagnosisCode.DONE, "ok",
     "Nothing left to do"),
    ("running, pbx state unknown", {"rainbow_status": RUNNING, "pbx": pbx(C.UNKNOWN)},
     DiagnosisCode.DONE, "ok", "Running"),
    ("running, pbx says disconnected", {"rainbow_status": RUNNING, "pbx": pbx(C.DISCONNECTED)},
     DiagnosisCode.SIDES_DISAGREE, "info", "not taken at the same moment"),
    ("not declared", {"rainbow_status": None, "rainbow_pbx_id": None, "pbx": pbx(C.REFUSED)},
     DiagnosisCode.RAINBOW_NOT_DECLARED, "warning", "Declare the PBX on Rainbow"),
    ("pending, manual, configured", {"pbx_configured": True}, DiagnosisCode.PBX_NOT_CONNECTED,
     "warning",
     "Rainbow is not enabled on the PBX, or it cannot get out on TCP 443 (firewall or web proxy)"),
    ("pending, manual state unknown, configured", {"pbx": pbx(C.UNKNOWN), "pbx_configured": True},
     DiagnosisCode.PBX_NOT_CONNECTED, "warning", "Hardware and Limits > LAN/IP Configuration"),
    ("pending, pbx disconnected", {"pbx": pbx(C.DISCONNECTED)}, DiagnosisCode.PBX_NOT_CONNECTED,
     "warning", "*.openrainbow.com and openrainbow.io"),
    ("pending, manual, not configured", {}, DiagnosisCode.PBX_NOT_CONFIGURED, "info",
     "Follow the OMC checklist"),
    ("pending, manual, not configured, stock", {"mode": STOCK}, DiagnosisCode.PBX_NOT_CONFIGURED,
     "info", "Nothing is configured on a stock PBX"),
    ("refused", {"pbx": pbx(C.REFUSED), "mode": BTCO}, DiagnosisCode.CODE_REFUSED, "error",
     "the PBX stays disconnected until then"),
    ("refused, stock", {"pbx": pbx(C.REFUSED), "mode": STOCK}, DiagnosisCode.CODE_REFUSED,
     "error", "joined fleet and installation references"),
    ("refused while activated", {"rainbow_status": ACTIVATED, "pbx": pbx(C.REFUSED)},
     DiagnosisCode.CODE_REFUSED, "error", '"Reset connection" in the Rainbow admin portal'),
    ("btco: pbx id differs", {"pbx": pbx(pabx_id=OTHER), "mode": BTCO},
     DiagnosisCode.ID_MISMATCH, "error", "Fix the PBX"),
    ("btco: file differs", {"expected_pbx_id": OTHER, "mode": BTCO}, DiagnosisCode.ID_MISMATCH,
     "error", "Rainbow's equipment id is the reference"),
    ("btco: both differ", {"expected_pbx_id": OTHER, "pbx": pbx(pabx_id="ID-3"), "mode": BTCO},
     DiagnosisCode.ID_MISMATCH, "error", "Fetch the credentials from Rainbow again"),
    ("btco: pbx matches file, rainbow differs", {"rainbow_pbx_id": OTHER, "pbx": pbx()},
     DiagnosisCode.ID_MISMATCH, "error", "Neither the installation nor the PBX"),
    ("btco: rainbow id unknown, pbx differs from file",
     {"rainbow_pbx_id": None, "pbx": pbx(pabx_id=OTHER)}, DiagnosisCode.ID_MISMATCH, "error",
     "Fix the PBX"),
    ("stock: rainbow differs", {"rainbow_pbx_id": OTHER, "mode": STOCK},
     DiagnosisCode.ID_MISMATCH, "error", "Fix Rainbow"),
    ("stock: pbx differs", {"pbx": pbx(pabx_id=OTHER), "mode": STOCK},
     DiagnosisCode.ID_MISMATCH, "error", "identify this PBX in your fleet list"),
    ("stock: both differ", {"rainbow_pbx_id": OTHER, "pbx": pbx(pabx_id=OTHER), "mode": STOCK},
     DiagnosisCode.ID_MISMATCH, "error", "fix both sides"),
    ("stock: references unknown, pbx differs from rainbow",
     {"expected_pbx_id": None, "pbx": pbx(pabx_id=OTHER), "mode": STOCK},
     DiagnosisCode.ID_MISMATCH, "error", "correct \"Rainbow PABX-ID\""),
    ("mismatch wins over running", {"rainbow_status": RUNNING, "rainbow_pbx_id": OTHER,
     "mode": STOCK}, DiagnosisCode.ID_MISMATCH, "error", "Fix Rainbow"),
    ("btco: disabled pbx still shows its serial",
     {"pbx": pbx(C.DISABLED, enabled=False, pabx_id="F1A2B3C4D5"), "mode": BTCO},
     DiagnosisCode.PBX_DISABLED, "warning", 'tick "Rainbow enabled"'),
    ("disabled after configuring", {"pbx": pbx(C.DISABLED, enabled=False),
     "pbx_configured": True}, DiagnosisCode.PBX_DISABLED, "error", "Rainbow is not enabled"),
    ("disabled, stock", {"pbx": pbx(C.DISCONNECTED, enabled=False), "mode": STOCK},
     DiagnosisCode.PBX_DISABLED, "warning", "enabled by default"),
    ("no activation code", {"pbx": pbx(C.DISCONNECTED, code_set=False)},
     DiagnosisCode.CODE_MISSING, "error", "No activation code"),
    ("degraded", {"rainbow_status": DEGRADED, "pbx": pbx(C.CONNECTED)}, DiagnosisCode.DEGRADED,
     "warning", "channels is down"),
    ("degraded, manual", {"rainbow_status": DEGRADED}, DiagnosisCode.DEGRADED, "warning",
     "wait a few minutes"),
    ("activated, pbx disconnected", {"rainbow_status": ACTIVATED, "pbx": pbx(C.DISCONNECTED)},
     DiagnosisCode.RECONNECTING, "warning", "link between the PBX and Rainbow was lost"),
    ("activated, pbx connecting", {"rainbow_status": ACTIVATED, "pbx": pbx(C.CONNECTING)},
     DiagnosisCode.RECONNECTING, "info", "reconnecting"),
    ("activated, manual", {"rainbow_status": ACTIVATED, "pbx_configured": True},
     DiagnosisCode.RECONNECTING, "warning", "check the site's internet access"),
    ("pending, pbx connecting", {"pbx": pbx(C.CONNECTING)}, DiagnosisCode.WAITING, "info",
     "Wait"),
    ("pending, pbx connected", {"pbx": pbx(C.CONNECTED)}, DiagnosisCode.WAITING, "info",
     "Rainbow does not show it yet"),
    ("activated, pbx connected", {"rainbow_status": ACTIVATED, "pbx": pbx(C.CONNECTED)},
     DiagnosisCode.WAITING, "info", "next status reading"),
    ("unknown status", {"rainbow_status": AdminStatus.UNKNOWN, "pbx": pbx(C.CONNECTED)},
     DiagnosisCode.UNKNOWN_VALUE, "warning", "does not know"),
    ("unknown /state value", {"rainbow_status": ACTIVATED, "unknown": {"connection": "est"}},
     DiagnosisCode.UNKNOWN_VALUE, "warning", "shown as Rainbow sent it"),
    ("running despite an unknown channel", {"rainbow_status": RUNNING,
     "unknown": {"csta": "half"}}, DiagnosisCode.DONE, "ok", "Running"),
    ("ids equal once trimmed", {"rainbow_pbx_id": f" {ID} ", "pbx": pbx(C.CONNECTED),
     "rainbow_status": RUNNING}, DiagnosisCode.DONE, "ok", "Running"),
    ("blank ids are not compared", {"rainbow_pbx_id": "  ", "expected_pbx_id": "",
     "pbx": pbx(C.CONNECTED, pabx_id=" "), "rainbow_status": RUNNING}, DiagnosisCode.DONE, "ok",
     "Running"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("inputs", "code", "severity", "words"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_cases(inputs: dict[str, Any], code: DiagnosisCode, severity: str, words: str) -> None:
    result = run(**inputs)
    assert (result.code, result.severity) == (code.value, severity)
    assert result.done is (code is DiagnosisCode.DONE)
    assert words.casefold() in f"{result.cause} {result.next_action}".casefold()


def test_every_text_is_reachable() -> None:
    produced = {(r.cause, r.next_action) for r in (run(**case[1]) for case in CASES)}
    assert produced == set(diagnosis_texts.TEXTS.values())


def test_code_is_a_plain_stable_string() -> None:
    result = run(rainbow_status=RUNNING, pbx=pbx(C.CONNECTED))
    assert result.code == "done"
    assert type(result.code) is str


def test_pending_without_connection_names_what_to_check() -> None:
    result = run(pbx_configured=True)
    assert result.cause == (
        "Rainbow is not enabled on the PBX, or it cannot get out on TCP 443 (firewall or web "
        "proxy)."
    )
    for thing in ('"Rainbow enabled"', "TCP 443", "openrainbow.io", "Web proxy"):
        assert thing in result.next_action


_ids = st.one_of(st.none(), st.just(""), st.from_regex(r"ZQX[0-9A-Z.\-]{3,12}", fullmatch=True))
_settings = st.builds(
    PbxSettings,
    rainbow_enabled=st.booleans(),
    pabx_id=st.one_of(st.just(""), st.from_regex(r"ZQX[0-9A-Z.\-]{3,12}", fullmatch=True)),
    activation_code_set=st.booleans(),
    domain_name=st.sampled_from(["openrainbow.com", "example.org", ""]),
    connection=st.sampled_from(PbxConnection),
    last_error=st.one_of(st.none(), st.text(max_size=20)),
    activation_code_read_only=st.booleans(),
)


@given(
    st.fixed_dictionaries(
        {
            "rainbow_status": st.one_of(st.none(), st.sampled_from(AdminStatus)),
            "rainbow_pbx_id": _ids,
            "pbx": st.one_of(st.none(), _settings),
            "expected_pbx_id": _ids,
            "pbx_configured": st.booleans(),
            "mode": st.one_of(st.none(), st.sampled_from(DeliveryMode)),
        }
    )
)
def test_never_raises_and_never_repeats_an_id(inputs: dict[str, Any]) -> None:
    result = diagnose(**inputs)
    assert result.code in {code.value for code in DiagnosisCode}
    assert result.done is (result.code == "done") is (result.severity == "ok")
    assert result.severity in {"ok", "info", "warning", "error"}
    assert result.cause
    assert result.next_action
    assert "ZQX" not in f"{result.cause} {result.next_action}"
    if inputs["rainbow_status"] is None:
        assert result.code == "rainbow_not_declared"
    if result.done:
        assert inputs["rainbow_status"] is AdminStatus.RUNNING


def test_every_text_is_marked_with_a_literal_context() -> None:
    """lupdate only collects calls whose context and text are string literals."""
    tree = ast.parse(Path(diagnosis_texts.__file__).read_text(encoding="utf-8"))
    marked = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP":
            context, text = node.args
            assert isinstance(context, ast.Constant)
            assert context.value == diagnosis_module.TRANSLATION_CONTEXT
            assert isinstance(text, ast.Constant)
            marked.add(text.value)
    for cause, next_action in diagnosis_texts.TEXTS.values():
        assert {cause, next_action} <= marked


@pytest.mark.parametrize(
    "inputs",
    [
        {"rainbow_status": RUNNING, "pbx": pbx(C.CONNECTED)},
        {"pbx": pbx(C.CONNECTED)},
    ],
    ids=["done", "pbx connected, rainbow behind"],
)
def test_connected_pbx_explains_the_greyed_out_activation_code(inputs: dict[str, Any]) -> None:
    # A technician who sees a grey field in OMC must not think something went wrong.
    result = run(**inputs)
    assert '"Activation code"' in result.next_action
    assert "greyed" in result.next_action
    assert "login password" in result.next_action


def test_references_identify_the_pbx_in_the_fleet_list_not_on_a_label() -> None:
    # The procedure only says the references identify the PBX in the partner's fleet list.
    for cause, action in diagnosis_texts.TEXTS.values():
        assert "label" not in f"{cause} {action}"
    for mismatch in ({"rainbow_pbx_id": OTHER}, {"pbx": pbx(pabx_id=OTHER)}):
        assert "fleet list" in run(mode=STOCK, **mismatch).next_action

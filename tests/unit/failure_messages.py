"""Every failure message the wizard can show, produced for the catalogue's sweep.

Two sources, so that a new message cannot slip past:

- :func:`constructed_messages` reads the code of ``services/``, ``rainbow/``, ``pbx/`` and
  ``storage/``: every argument given to an exception of theirs (an ``ExplainedError``), to an
  ``ErrorMeaning``, a ``Failure`` or a preflight finding, written there as a literal or an
  f-string, is rendered with a sample value in each ``{...}``.
- :func:`produced_messages` raises the errors whose words are computed (network failures,
  Rainbow's and the sandbox PBX's refusals, unreadable answers) with sample values, on loopback
  and on the production server's name.

Both give message and hint apart, as ``describe()`` returns them.
"""

from __future__ import annotations

import ast
import copy
import importlib
import inspect
import socket
import ssl
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ("services", "rainbow", "pbx", "storage")
#: What an f-string's ``{...}`` becomes: one word, as a value (a host, a name, a number) is.
SAMPLE = "sample"
#: Functions that build a shown text without an exception of the layers: which arguments are
#: shown (the preflight's findings, the network check's steps, the installation file's
#: problems, the file protection's and the locks' errors, whose exceptions are plain
#: ``ValueError`` and ``Exception``).
_BUILDERS: dict[str, tuple[int, ...]] = {
    "_ok": (1,),
    "Check": (2,),
    "_conflict": (0,),
    "_read_error": (1,),
    "PlanProblem": (1,),
    "ProtectionError": (1,),
    "PassphraseMismatch": (1,),
    "ProtectionDamaged": (1,),
    "LockUnavailable": (0, 1),
    "DiagnosticsError": (0, 1),
    "ReportPdfError": (0,),
    "CheckStep": (1, 3, 5),
    "_skipped": (1, 2),
    "_network_failure": (1, 2),
    "BatchProblem": (2,),
}


#: Modules of the GUI whose errors are written in English for the command line too.
SHARED_WITH_THE_COMMAND_LINE = ("ui/support/report_pdf.py",)
#: Modules of the domain whose problems the batch dialog lists.
BATCH_DOMAIN = ("domain/batch.py", "domain/batch_input.py")


def _modules() -> Iterator[tuple[ModuleType, ast.Module]]:
    package = ROOT / "installer_app"
    paths = [p for layer in LAYERS for p in sorted((package / layer).rglob("*.py"))]
    extras = (*SHARED_WITH_THE_COMMAND_LINE, *BATCH_DOMAIN)
    for path in [*paths, *(package / extra for extra in extras)]:
        name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        yield importlib.import_module(name), ast.parse(path.read_text(encoding="utf-8"))


def _shown_kinds() -> tuple[type, ...]:
    from installer_app.domain.bases import ExplainedError
    from installer_app.rainbow.error_codes import ErrorMeaning
    from installer_app.services.failures import Failure

    return ExplainedError, ErrorMeaning, Failure


def _render(node: ast.AST, module: ModuleType) -> list[str] | None:
    """The texts ``node`` can evaluate to, or None when it is not written out here."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        pieces = [v.value if isinstance(v, ast.Constant) else SAMPLE for v in node.values]
        return ["".join(str(p) for p in pieces)]
    if isinstance(node, ast.Name) and isinstance(getattr(module, node.id, None), str):
        return [getattr(module, node.id)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _render(node.left, module), _render(node.right, module)
        if left is None or right is None:
            return None
        return [a + b for a in left for b in right]
    if isinstance(node, ast.IfExp):
        body, orelse = _render(node.body, module), _render(node.orelse, module)
        return None if body is None or orelse is None else body + orelse
    return None


def _callee(node: ast.Call, module: ModuleType) -> Any:
    func = node.func
    if isinstance(func, ast.Name):
        return getattr(module, func.id, None)
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return getattr(getattr(module, func.value.id, None), func.attr, None)
    return None


def _shown_arguments(node: ast.Call, module: ModuleType, owner: Any) -> list[ast.AST]:
    """The arguments of ``node`` that a technician reads, when it builds a shown text.

    ``owner`` is the class whose body holds ``node`` (for ``super().__init__(...)``).
    """
    func = node.func
    callee = _callee(node, module)
    name = func.id if isinstance(func, ast.Name) else ""
    keywords = [k.value for k in node.keywords if k.arg in {"message", "hint"}]
    if name in _BUILDERS:
        return [node.args[i] for i in _BUILDERS[name] if i < len(node.args)] + keywords
    is_super = (
        isinstance(func, ast.Attribute)
        and func.attr == "__init__"
        and isinstance(func.value, ast.Call)
        and isinstance(func.value.func, ast.Name)
        and func.value.func.id == "super"
    )
    if is_super and owner is not None:
        callee = next(iter(owner.__mro__[1:2]), None)
    if not inspect.isclass(callee) or not issubclass(callee, _shown_kinds()):
        return []
    from installer_app.pbx.driver import PbxInvalidValue
    from installer_app.services.failures import Failure

    if issubclass(callee, Failure | PbxInvalidValue):  # (kind or field, message, hint, ...)
        return [*node.args[1:3], *keywords]
    return [*node.args[:2], *keywords]


def constructed_messages() -> set[str]:
    """Every message and hint written out where a shown error or finding is built."""
    messages: set[str] = set()
    for module, tree in _modules():
        for owner, node in _calls(tree, module):
            for argument in _shown_arguments(node, module, owner):
                messages.update(_render(argument, module) or ())
    return {m for m in messages if any(c.isalpha() for c in m.replace(SAMPLE, ""))}


def _calls(tree: ast.AST, module: ModuleType, owner: Any = None) -> Iterator[tuple[Any, ast.Call]]:
    """Every call in ``tree`` with the class (of ``module``) whose body holds it."""
    for child in ast.iter_child_nodes(tree):
        inner = owner
        if isinstance(child, ast.ClassDef):
            inner = getattr(module, child.name, None)
        if isinstance(child, ast.Call):
            yield owner, child
        yield from _calls(child, module, inner)


# -- computed messages ---------------------------------------------------------------------------

_HOSTS = (("openrainbow.com", 443), ("127.0.0.1", 18080))


def _transport_errors() -> Iterator[httpx.TransportError]:
    request = httpx.Request("GET", "https://openrainbow.com/x")
    yield httpx.ConnectTimeout("t", request=request)
    yield httpx.ReadTimeout("t", request=request)
    yield httpx.ProxyError("p", request=request)
    yield httpx.UnsupportedProtocol("u", request=request)
    yield httpx.RemoteProtocolError("r", request=request)
    yield httpx.LocalProtocolError("l", request=request)
    for cause in (ssl.SSLError("bad"), socket.gaierror("x"), ConnectionRefusedError(), OSError()):
        error = httpx.ConnectError("c", request=request)
        error.__cause__ = cause
        yield error


def _rainbow_errors() -> Iterator[Any]:
    from installer_app.rainbow import error_codes as codes
    from installer_app.rainbow._network_errors import map_transport_error
    from installer_app.rainbow.errors import NotSignedInError, api_error_from_response

    for transport_error in _transport_errors():
        for host, port in _HOSTS:
            yield map_transport_error(transport_error, host, port)
    bodies: list[object] = [None, "<html>", {}, {"errorDetails": "app secret"}]
    bodies += [{"errorDetailsCode": code} for code in (*codes.DETAILS_CODE_MEANINGS, 1)]
    bodies += [{"errorDetails": "jwt expired"}, {"errorDetails": "name is too long"}]
    bodies += [{"errorDetails": {"param": field, "msg": "bad"}} for field in codes.FIELD_LABELS]
    bodies += [{"errorDetails": [{"field": "pbxId", "msg": "taken"}]}, {"errorDetails": 3}]
    statuses = (*codes.STATUS_MEANINGS, 418, 500, 502, 503)
    for status in statuses:
        for body in bodies:
            yield api_error_from_response(status, body, retry_after=30)
    yield NotSignedInError()


def _pbx_response(status: int, body: object) -> httpx.Response:
    return httpx.Response(status, json=body, request=httpx.Request("PUT", "http://127.0.0.1/x"))


def _pbx_errors() -> Iterator[Any]:
    from installer_app.pbx import sandbox_driver as driver
    from installer_app.pbx.driver import FIELD_LABELS, PbxError

    bodies: list[object] = [None, {}, {"message": "too long"}]
    bodies += [{"field": field, "message": "bad"} for field in FIELD_LABELS]
    bodies += [{"field": field} for field in FIELD_LABELS]
    for status in (400, 404, 409, 500, 503):
        for body in bodies:
            yield driver._error_for(_pbx_response(status, body), secret="1234")
    for data in ({}, {"rainbow_enabled": True}, {"rainbow_enabled": True, "pabx_id": "x"}):
        try:
            driver._settings_from(data)
        except PbxError as error:
            yield error
    for answer in (httpx.Response(200, text="<html>"), httpx.Response(200, json=[1])):
        try:
            driver._json_object(answer, "its settings")
        except PbxError as error:
            yield error


def _broken_plans() -> Iterator[object]:
    """Installation files with each kind of mistake the plan's validation names in its own
    words (a value of the wrong type, which only a hand edit makes, keeps pydantic's)."""
    from tests.unit.test_plan import stock_data

    yield from ([], {}, stock_data(schema_version=9), stock_data(colour="red"))
    yield {"schema_version": 1}
    yield stock_data(pbx_model="oxo-9", mode="rental", rainbow_server="ftp://x", server_name=" ")
    yield stock_data(fleet_ref="", installation_ref="12")
    yield stock_data(mode="btco", pbx_model="oxo-connect-evolution")
    yield stock_data(webrtc_gateway={"enabled": True})
    dialing = {"country": "XX", "national_prefix": "0a", "international_prefix": "00"}
    yield stock_data(dialing={**dialing, "use_outbound_prefix": True})
    yield stock_data(company={"id": "5e0f1a2b3c4d5e6f7a8b9c0d", "name": "x\u0007"})
    yield stock_data(numbering_rules=[{"regexp_match": "(", "regexp_replace": "$2"}, {"a": 1}])
    yield from wrong_typed_plans()


#: A value of each JSON kind, for the fields of another kind (only a hand edit writes them).
_WRONG_VALUES: tuple[object, ...] = (None, 3, 3.5, "x", True, [], {}, "", "9" * 300)


def wrong_typed_plans() -> Iterator[dict[str, Any]]:
    """Installation files with a value of the wrong JSON kind in each field, nested ones too:
    every error type of pydantic that the plan's models can produce."""
    from tests.unit.test_plan import stock_data

    progress = {
        "declared_at": "2026-01-31T09:30:00Z",
        "timeline": [{"at": "2026-01-31T09:30:00Z", "side": "pbx", "status": "x"}],
        "pending_declaration": {"started_at": "2026-01-31T09:30:00Z", "rainbow_server": "x",
                                "company_id": "x", "site_id": "x", "server_name": "x",
                                "mode": "stock"},
    }  # fmt: skip
    full = stock_data(
        reference_override=False,
        webrtc_gateway={"enabled": False, "licence_accepted": False, "accepted_at": None},
        numbering_rules=[{"regexp_match": "^0", "regexp_replace": "0", "description": ""}],
        progress=progress,
    )

    def places(data: object, path: tuple[object, ...]) -> Iterator[tuple[object, ...]]:
        if not isinstance(data, dict | list):
            return
        for key, value in data.items() if isinstance(data, dict) else enumerate(data):
            yield (*path, key)
            yield from places(value, (*path, key))

    for path in list(places(full, ())):
        for wrong in _WRONG_VALUES:
            data = copy.deepcopy(full)
            target: Any = data
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = wrong
            yield data


def _plan_problems() -> Iterator[str]:
    from installer_app.domain.plan_problems import PlanInvalid, parse_plan

    for data in _broken_plans():
        try:
            parse_plan(data)
        except PlanInvalid as error:
            yield from (problem.message for problem in error.problems)


def _network_steps() -> Iterator[str]:
    """The network check's steps against a closed port on this computer, and its proxy step."""
    import asyncio

    from installer_app.services.network_check import NetworkTarget, check_network, proxy_in_use

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    steps = []
    for tls in (False, True):
        target = NetworkTarget("127.0.0.1", port, tls=tls, timeout=5)
        steps += asyncio.run(check_network(target, environ={}))
    for host in ("127.0.0.1", "openrainbow.com", "example.com"):
        target = NetworkTarget(host)
        environ = {"HTTPS_PROXY": "http://proxy.example:3128", "NO_PROXY": "example.com"}
        steps += [proxy_in_use(target, environ), proxy_in_use(target, {})]
    for step in steps:
        yield from (text for text in (step.title, step.detail, step.hint) if text)


def produced_messages() -> set[str]:
    """The messages and hints of the errors whose words are computed."""
    messages: set[str] = set(_plan_problems()) | set(_network_steps())
    for error in (*_rainbow_errors(), *_pbx_errors()):
        messages.update(t for t in (error.message, error.hint) if t)
    return messages


def failure_messages() -> set[str]:
    """Every failure message and hint the wizard can show, computed and written out."""
    return constructed_messages() | produced_messages()

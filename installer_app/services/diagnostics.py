"""The diagnostics file a technician sends to support: one zip, with nothing secret in it.

It holds the program's version and the platform, the network check from this laptop
(:mod:`network_check`), the logs (redacted again, on top of the redaction at write time), the
settings without any secret-looking entry, and the last installation file (or the wizard's
unsaved state) with its credentials removed: the activation code, and with it the equipment id
and stock references (in stock mode they *are* the activation code), and a passphrase-protected
part. Nothing here imports Qt: the wizard and ``installer-app diagnostics`` pass the settings
they read.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import re
import sys
import tempfile
import zipfile
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from installer_app import __version__
from installer_app.domain.flow import WizardState
from installer_app.rainbow.exchange_log import SESSION_LOG, ExchangeLog
from installer_app.services.network_check import CheckStep
from installer_app.storage.logs import EXCHANGE_LOG_FILE_NAME, LOG_FILE_NAME, redact
from installer_app.storage.plan_files import PlanFileError, read_json
from installer_app.storage.protection import PROTECTED_FIELDS, PROTECTED_KEY

REMOVED = "[removed]"
#: Settings whose key names one of these are left out of the file entirely.
_SECRET_KEY = re.compile(r"(?i)(password|passwd|secret|token|passphrase|activation|credential)")
#: The most of each log file copied (the newest part), so a huge log cannot make a huge zip.
MAX_LOG_BYTES = 2_000_000


class DiagnosticsError(Exception):
    """The diagnostics file could not be written; ``message`` and ``hint`` say why."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def system_summary(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """Program version and platform (and what the caller adds, e.g. the Qt version)."""
    return {
        "program_version": __version__,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "machine": platform.machine(),
        **dict(extra or {}),
    }


def _setting_text(value: object) -> str:
    if isinstance(value, bytes | bytearray):
        return f"<{len(value)} bytes>"
    if isinstance(value, list | tuple):
        return ", ".join(_setting_text(item) for item in value)
    return redact(str(value))


def sanitized_settings(values: Mapping[str, object]) -> dict[str, str]:
    """The settings as text, without entries whose name suggests a secret, values redacted."""
    return {
        key: _setting_text(value)
        for key, value in sorted(values.items())
        if not _SECRET_KEY.search(key)
    }


def sanitized_plan(data: object) -> object:
    """A plan (decoded JSON) with its credentials and protected part removed."""
    if not isinstance(data, dict):
        return data
    cleaned = {key: value for key, value in data.items() if key != PROTECTED_KEY}
    for name in PROTECTED_FIELDS:
        if cleaned.get(name) not in (None, ""):
            cleaned[name] = REMOVED
    return cleaned


def plan_from_file(path: Path) -> object:
    """The installation file at ``path``, credentials removed; a note when it cannot be read."""
    try:
        return sanitized_plan(read_json(path))
    except PlanFileError as error:
        return {"unreadable": "; ".join(problem.message for problem in error.problems)}


def plan_from_state(state: WizardState) -> object:
    """The wizard's unsaved state as a plan, credentials removed (valid or not yet)."""
    data = state.plan_data()
    data["progress"] = state.progress.model_dump(mode="json")
    data["schema_version"] = "unsaved wizard state"
    return sanitized_plan(json.loads(json.dumps(data, default=str)))


def redacted_logs(folder: Path) -> list[tuple[str, str]]:
    """(file name, redacted text) of every log file in ``folder``, newest part of each."""
    if not folder.is_dir():
        return []
    found: list[tuple[str, str]] = []
    paths = [*folder.glob(LOG_FILE_NAME + "*"), *folder.glob(EXCHANGE_LOG_FILE_NAME + "*")]
    for path in sorted(paths):
        try:
            with path.open("rb") as stream:
                size = stream.seek(0, os.SEEK_END)
                stream.seek(max(0, size - MAX_LOG_BYTES))
                raw = stream.read()
        except OSError as error:
            found.append((path.name, f"(not readable: {error.strerror or error})\n"))
            continue
        found.append((path.name, redact(raw.decode("utf-8", errors="replace"))))
    return found


_README = """Diagnostics of the OXO Connect - Rainbow installer.

summary.json   program version, platform, when this file was made
network.txt    the network check from this computer (DNS, TCP, TLS, proxy), each step timed
settings.json  the program's settings, without any secret
plan.json      the last installation file (or the wizard's unsaved state), credentials removed
logs/          the program's log files, secrets masked; rainbow-exchanges.log* holds the
               last requests to Rainbow and its answers, one JSON object a line
exchanges.json the requests to Rainbow and its answers of the running program (the wizard)

Passwords, application secrets, tokens and activation codes are never included.
"""


def write_bundle(
    out: Path,
    *,
    summary: Mapping[str, str],
    network: Sequence[CheckStep] | None = None,
    settings: Mapping[str, object] | None = None,
    plan: object = None,
    log_folder: Path | None = None,
    exchanges: ExchangeLog | None = SESSION_LOG,
) -> Path:
    """Write the diagnostics zip to ``out`` atomically and return its path.

    Args:
        summary: :func:`system_summary`.
        network: the network check's steps; None when it was not run.
        settings: the program's settings as read by the caller (sanitised here).
        plan: a plan from :func:`plan_from_file` or :func:`plan_from_state`, or None.
        log_folder: where the program's logs are.
        exchanges: the support log of the exchange with Rainbow kept in memory (the running
            program's by default); left out when empty.

    Raises:
        DiagnosticsError: the file cannot be written.
    """
    created = datetime.now(UTC).isoformat(timespec="seconds")
    entries: dict[str, str] = {
        "README.txt": _README,
        "summary.json": _json({**summary, "created": created}),
        "network.txt": (
            "\n".join(step.line() for step in network) + "\n"
            if network is not None
            else "The network check was not run.\n"
        ),
        "settings.json": _json(sanitized_settings(settings or {})),
        "plan.json": _json(plan if plan is not None else {"none": "no installation file"}),
    }
    if network is not None:
        entries["network.json"] = _json([step.to_json() for step in network])
    kept = exchanges.entries() if exchanges is not None else []
    if kept:
        entries["exchanges.json"] = redact(_json([exchange.to_json() for exchange in kept]))
    for name, text in redacted_logs(log_folder) if log_folder else []:
        entries[f"logs/{name}"] = text
    _write_zip(Path(out), entries)
    return Path(out)


def _json(data: object) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"


def _write_zip(out: Path, entries: Mapping[str, str]) -> None:
    folder = out.parent if str(out.parent) else Path()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise _cannot_write(out, error) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for name, text in entries.items():
                    archive.writestr(name, text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, out)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise _cannot_write(out, error) from None


def _cannot_write(out: Path, error: OSError) -> DiagnosticsError:
    return DiagnosticsError(
        f"The diagnostics file {out} cannot be written: {error.strerror or error}.",
        "Choose another folder (e.g. the Desktop or Documents).",
    )


def read_bundle(path: Path) -> dict[str, Any]:
    """Every entry of a diagnostics zip as text (for tests and for support's own tools)."""
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}

"""The support log of the exchange with Rainbow: the last requests and answers of the session.

When the real server answers something the program did not expect, support needs what was
really said, not the program's reading of it. Every exchange the HTTP layer makes is recorded
here once (:func:`record`): method, path, status, duration, the request id when the server sends
one, and both bodies with every secret masked (:func:`mask_body`). The last
:data:`MAX_EXCHANGES` stay in memory (:data:`SESSION_LOG`), and each is also written as one JSON
line to the logger :data:`LOGGER_NAME`, which ``storage.logs.configure_logging`` sends to a
rotating file of its own in the log folder.

Masking is by key (passwords, tokens, secrets, activation codes, ``jid_pbxagent_password``, and
``pbxId``: in stock mode the equipment id *is* the activation code), then by value: a masked
value is masked wherever else it appears, as does the equipment id a ``/systems/pbxid/{}`` path
looked up (an error message may repeat it). The secrets the program registered with the
log redaction (the password typed, the application secret) are masked wherever they appear.
"""

from __future__ import annotations

import collections
import json
import logging
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final
from urllib.parse import unquote

from installer_app.storage.logs import EXCHANGE_LOGGER, MASK, redact

LOGGER_NAME: Final = EXCHANGE_LOGGER
MAX_EXCHANGES: Final = 200
#: The most of one body kept (characters of its JSON text); a longer one is cut and marked.
MAX_BODY_CHARS: Final = 20_000
#: Keys whose values are always masked, whatever their case.
SECRET_KEY: Final = re.compile(
    r"(?i)(password|passwd|secret|token|activation_?code|authorization|credential|passphrase|"
    r"pbx_?id)"
)
#: Masked values at least this long are also masked inside longer texts (an error message
#: naming the equipment id); shorter ones only where they are the whole value.
_MIN_INNER_LENGTH: Final = 6
#: [I] Rainbow's answers are not documented to carry a request id; these are the usual names
#: of one. The first present is recorded.
REQUEST_ID_HEADERS: Final = ("x-request-id", "x-correlation-id", "request-id", "x-amzn-requestid")

_logger = logging.getLogger(LOGGER_NAME)
_logger.propagate = False  # its own file; never repeated in the program's log


def _masked_values(value: Any, found: set[str]) -> Any:
    """``value`` with the secret keys' values masked; those values are added to ``found``."""
    if isinstance(value, Mapping):
        masked: dict[str, Any] = {}
        for key, item in value.items():
            if SECRET_KEY.search(str(key)) and item not in (None, ""):
                if isinstance(item, str):
                    found.add(item)
                masked[str(key)] = MASK
            else:
                masked[str(key)] = _masked_values(item, found)
        return masked
    if isinstance(value, list | tuple):
        return [_masked_values(item, found) for item in value]
    return value


def _masked_text(text: str, found: set[str]) -> str:
    if text in found:
        return MASK
    for value in sorted(found, key=len, reverse=True):
        if len(value) >= _MIN_INNER_LENGTH:
            text = text.replace(value, MASK)
    return redact(text)


def _masked_equal(value: Any, found: set[str]) -> Any:
    if isinstance(value, Mapping):
        return {key: _masked_equal(item, found) for key, item in value.items()}
    if isinstance(value, list):
        return [_masked_equal(item, found) for item in value]
    if isinstance(value, str):
        return _masked_text(value, found)
    return value


def mask_body(body: Any, hidden: Iterable[str] = ()) -> Any:
    """A JSON value with every secret masked (see the module's description); never raises.

    Args:
        body: the decoded JSON (or text) of a request or an answer.
        hidden: further values to mask wherever they appear.
    """
    found: set[str] = {value for value in hidden if value}
    return _masked_equal(_masked_values(body, found), found)


def masked_json(body: Any) -> str:
    """The masked body as the JSON text the log, the dry run and the preview show."""
    return json.dumps(mask_body(body), ensure_ascii=False, sort_keys=False, indent=2)


@dataclass(frozen=True)
class Exchange:
    """One request to Rainbow and its answer (or why there was none), secrets masked."""

    at: datetime
    method: str
    path: str
    status: int | None
    duration_ms: float
    request_id: str | None = None
    request_body: Any = None
    response_body: Any = None
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The exchange as one JSON object (the on-disk line and the diagnostics entry)."""
        return {
            "at": self.at.isoformat(timespec="milliseconds"),
            "method": self.method,
            "path": self.path,
            "status": self.status,
            "duration_ms": round(self.duration_ms, 1),
            "request_id": self.request_id,
            "request_body": self.request_body,
            "response_body": self.response_body,
            "error": self.error,
        }


class ExchangeLog:
    """The last ``size`` exchanges, oldest first; safe to use from several threads."""

    def __init__(self, size: int = MAX_EXCHANGES) -> None:
        self._entries: collections.deque[Exchange] = collections.deque(maxlen=size)
        self._lock = threading.Lock()

    def add(self, exchange: Exchange) -> None:
        """Keep ``exchange`` (dropping the oldest beyond the size) and write it to the file."""
        with self._lock:
            self._entries.append(exchange)
        _logger.info("%s", json.dumps(exchange.to_json(), ensure_ascii=False))

    def entries(self) -> list[Exchange]:
        """The exchanges kept, oldest first."""
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        """Forget every exchange kept in memory (tests)."""
        with self._lock:
            self._entries.clear()


#: The exchanges of this run of the program.
SESSION_LOG: Final = ExchangeLog()


def _decoded(content: bytes) -> Any:
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return content.decode("utf-8", errors="replace")


def _capped(body: Any) -> Any:
    text = json.dumps(body, ensure_ascii=False) if not isinstance(body, str) else body
    if len(text) <= MAX_BODY_CHARS:
        return body
    return text[:MAX_BODY_CHARS] + f"… [{len(text) - MAX_BODY_CHARS} more characters cut]"


def _holds_equipment_id(route: str) -> bool:
    return "pbxid" in route.lower()


def loggable_path(path: str, route: str) -> str:
    """The path to record: the route template where the path holds an equipment id (in stock
    mode the activation code), else the path with registered secrets masked."""
    return route if _holds_equipment_id(route) else redact(path)


def hidden_in_path(path: str, route: str) -> tuple[str, ...]:
    """The equipment id a ``/systems/pbxid/{}`` path holds, to mask in the bodies too."""
    return (unquote(path.rsplit("/", 1)[-1]),) if _holds_equipment_id(route) else ()


def record(
    method: str,
    path: str,
    *,
    status: int | None,
    duration_ms: float,
    request_body: Any = None,
    response_content: bytes = b"",
    headers: Mapping[str, str] | None = None,
    error: str | None = None,
    hidden: Iterable[str] = (),
    log: ExchangeLog | None = None,
) -> Exchange:
    """Record one exchange in ``log`` (the session's by default), secrets masked; ``hidden``
    values (the equipment id of the path) are masked in both bodies too."""
    hidden = tuple(hidden)
    request_id = next(
        (headers[name] for name in REQUEST_ID_HEADERS if headers and name in headers), None
    )
    exchange = Exchange(
        at=datetime.now(UTC),
        method=method,
        path=path,
        status=status,
        duration_ms=duration_ms,
        request_id=request_id,
        request_body=(
            _capped(mask_body(request_body, hidden)) if request_body is not None else None
        ),
        response_body=_capped(mask_body(_decoded(response_content), hidden)),
        error=error,
    )
    (log or SESSION_LOG).add(exchange)
    return exchange

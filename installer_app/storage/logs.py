"""The program's log: rotating files, with secrets removed by a filter at the logging layer.

Redaction happens here, once, for every record of every module: call sites never have to remember
it. Two nets: the exact secrets the program knows about (the password typed, the application
secret, tokens, activation codes — registered with :func:`register_secret` as they appear), and
patterns that look like secrets whatever their origin (Basic/Bearer credentials, JWTs,
``password=…``-style pairs).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Final

MASK: Final = "[redacted]"
LOG_FILE_NAME: Final = "installer-app.log"
#: The support log of the exchange with Rainbow (``rainbow.exchange_log``): its logger, and the
#: rotating file of its own it goes to, next to the program's log.
EXCHANGE_LOGGER: Final = "installer_app.rainbow.exchanges"
EXCHANGE_LOG_FILE_NAME: Final = "rainbow-exchanges.log"
_EXCHANGE_MAX_BYTES: Final = 2_000_000
_EXCHANGE_BACKUPS: Final = 2
_MAX_BYTES: Final = 1_000_000
_BACKUPS: Final = 5
#: Secrets shorter than this are not masked by value (a 4-digit code would mask timestamps);
#: the activation code is kept out of messages at the source instead.
_MIN_SECRET_LENGTH: Final = 6

_PATTERNS: Final = (
    re.compile(r"(?i)\b(Basic|Bearer)\s+[A-Za-z0-9._~+/=-]{8,}"),
    re.compile(r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*"),
    re.compile(
        r"(?i)\b(password|passwd|secret|app_secret|appsecret|token|activation_?code|"
        r"jid_pbxagent_password|x-rainbow-app-auth|authorization)"
        r"(\"?\s*[:=]\s*\"?)([^\s\",;&}]+)"
    ),
)

_lock = threading.Lock()
_secrets: set[str] = set()


def register_secret(value: str | None) -> None:
    """Mask ``value`` wherever it appears in a log record from now on."""
    if value and len(value) >= _MIN_SECRET_LENGTH:
        with _lock:
            _secrets.add(value)


def forget_secrets() -> None:
    """Drop every registered secret (tests; signing out)."""
    with _lock:
        _secrets.clear()


def redact(text: str) -> str:
    """``text`` with every known secret and every secret-looking value masked."""
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        text = text.replace(secret, MASK)
    text = _PATTERNS[0].sub(lambda m: f"{m.group(1)} {MASK}", text)
    text = _PATTERNS[1].sub(MASK, text)
    return _PATTERNS[2].sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (arguments merged) and exception text, redacted."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def configure_logging(folder: Path, *, level: int = logging.INFO) -> Path:
    """Log to a rotating file in ``folder`` through the redacting filter; returns its path."""
    import logging.handlers  # noqa: PLC0415  (socket and pickle: 8 ms, see log_later)

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.setLevel(level)
    for existing in list(root.handlers):
        if isinstance(existing, logging.handlers.RotatingFileHandler):
            root.removeHandler(existing)
            existing.close()
    root.addHandler(handler)
    _log_exchanges_to(folder / EXCHANGE_LOG_FILE_NAME)
    return path


def _log_exchanges_to(path: Path) -> None:
    """The exchange log's lines (already masked) to their own rotating file, redacted again."""
    import logging.handlers  # noqa: PLC0415

    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=_EXCHANGE_MAX_BYTES, backupCount=_EXCHANGE_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(message)s"))
    handler.addFilter(RedactingFilter())
    exchanges = logging.getLogger(EXCHANGE_LOGGER)
    exchanges.propagate = False
    exchanges.setLevel(logging.INFO)
    for existing in list(exchanges.handlers):
        exchanges.removeHandler(existing)
        existing.close()
    exchanges.addHandler(handler)


class _EarlyRecords(logging.Handler):
    """Keeps the records logged before the log file is opened; an error opens it at once."""

    def __init__(self, open_file: Callable[[], Path]) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []
        self._open_file = open_file

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        if record.levelno >= logging.ERROR:
            self._open_file()


def log_later(folder: Path, *, level: int = logging.INFO) -> Callable[[], Path]:
    """Log as :func:`configure_logging` does, the file being opened by the function returned.

    The wizard opens its log file after the first paint: the rotating handler's module imports
    ``socket`` and ``pickle`` (about 8 ms), which the first page does without. Until then the
    records wait in memory; the function (safe to call from any thread, and more than once)
    opens the file and writes them there in order, and an error record opens it at once.
    """
    root = logging.getLogger()
    root.setLevel(level)
    lock = threading.Lock()
    opened: list[Path] = []

    def open_file() -> Path:
        with lock:
            if not opened:
                root.removeHandler(early)
                opened.append(configure_logging(folder, level=level))
                for record in early.records:
                    logging.getLogger(record.name).handle(record)
                early.records.clear()
        return opened[0]

    early = _EarlyRecords(open_file)
    root.addHandler(early)
    return open_file

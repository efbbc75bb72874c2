"""Log redaction at the logging layer: nothing secret reaches the file."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from installer_app.storage.logs import (
    MASK,
    configure_logging,
    forget_secrets,
    redact,
    register_secret,
)

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"


@pytest.fixture(autouse=True)
def _clean() -> Iterator[None]:
    forget_secrets()
    yield
    forget_secrets()


@pytest.mark.parametrize(
    "text",
    [
        "Authorization: Basic YWRtaW46aHVudGVyMg==",
        "Authorization: Bearer " + JWT,
        "token=" + JWT,
        '{"password": "hunter2-long"}',
        "x-rainbow-app-auth: Basic abcdefghijkl",
        "app_secret=0123456789abcdef",
        "activationCode=ALE12-1234.5678.90",
    ],
)
def test_patterns_are_masked(text: str) -> None:
    redacted = redact(text)
    assert MASK in redacted
    for secret in ("YWRtaW46aHVudGVyMg", JWT, "hunter2-long", "0123456789abcdef", "abcdefghijkl"):
        assert secret not in redacted
    assert "1234.5678.90" not in redacted


def test_registered_secret_masked_anywhere() -> None:
    register_secret("S3cret-Passw0rd")
    assert redact("login failed for S3cret-Passw0rd!") == f"login failed for {MASK}!"
    register_secret("1234")  # too short to mask by value: kept out at the source instead
    assert redact("at 12:34:56 1234") == "at 12:34:56 1234"


def test_file_handler_redacts_messages_arguments_and_tracebacks(tmp_path: Path) -> None:
    path = configure_logging(tmp_path)
    register_secret("Sandbox-2026!")
    logger = logging.getLogger("installer_app.test")
    logger.info("signing in with %s", "Sandbox-2026!")
    try:
        raise ValueError("password=Sandbox-2026! rejected")
    except ValueError:
        logger.exception("failed")
    for handler in logging.getLogger().handlers:
        if getattr(handler, "baseFilename", None) == str(path):
            handler.flush()
    text = path.read_text("utf-8")
    assert "Sandbox-2026!" not in text
    assert text.count(MASK) >= 2
    assert "ValueError" in text
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            root.removeHandler(handler)
            handler.close()

"""Log redaction at the logging layer: nothing secret reaches the file."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from installer_app.storage.logs import (
    LOG_FILE_NAME,
    MASK,
    configure_logging,
    forget_secrets,
    log_later,
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


def _flush_root() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


@pytest.fixture
def root_handlers() -> Iterator[None]:
    """The root logger's handlers as they were: the tests below add their own."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


@pytest.mark.usefixtures("root_handlers")
def test_records_before_the_file_opens_reach_it_in_order_and_redacted(tmp_path: Path) -> None:
    open_log = log_later(tmp_path)
    register_secret("Sandbox-2026!")
    logger = logging.getLogger("installer_app.test.early")
    logger.info("first, with %s", "Sandbox-2026!")
    logger.warning("second")
    assert not (tmp_path / LOG_FILE_NAME).exists()  # the records wait in memory
    path = open_log()
    logger.info("third, after")
    assert open_log() == path  # opened once
    _flush_root()
    lines = [line for line in path.read_text("utf-8").splitlines() if "installer_app.test" in line]
    assert [line.rsplit(": ", 1)[1] for line in lines] == [f"first, with {MASK}", "second",
                                                           "third, after"]  # fmt: skip


@pytest.mark.usefixtures("root_handlers")
def test_an_error_before_the_file_opens_opens_it_at_once(tmp_path: Path) -> None:
    log_later(tmp_path)
    logging.getLogger("installer_app.test.early").info("before")
    assert not (tmp_path / LOG_FILE_NAME).exists()
    logging.getLogger("installer_app.test.early").error("broken")
    _flush_root()
    text = (tmp_path / LOG_FILE_NAME).read_text("utf-8")
    assert text.index("before") < text.index("broken")

"""The unhandled-exception hook: an error escaping a Qt slot (or an event-loop callback) shows the
"Unexpected problem" dialog, the wizard keeps running, and the log has the error, not the secrets
its message carried."""

from __future__ import annotations

import asyncio
import logging
import logging.handlers
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from installer_app.storage.logs import configure_logging, forget_secrets, register_secret
from installer_app.ui.dialogs.errors import install_exception_hook
from tests.gui.conftest import wait_until

PASSWORD = "Hunter2-but-longer"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZWNoIn0.dGhpcy1pcy1hLXNpZ25hdHVyZQ"
APP_SECRET = "s3cr3t-of-the-application"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The program's redacting log, in a temporary folder; the root logger restored after."""
    root = logging.getLogger()
    level = root.level
    path = configure_logging(tmp_path / "logs")
    register_secret(PASSWORD)
    try:
        yield path
    finally:
        forget_secrets()
        for handler in list(root.handlers):
            if isinstance(handler, logging.handlers.RotatingFileHandler):
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)


@pytest.fixture
def restored_excepthook() -> Iterator[None]:
    previous = sys.excepthook
    try:
        yield
    finally:
        sys.excepthook = previous


def visible_error_boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and w.windowTitle() == "Unexpected problem"
    ]


@pytest.mark.asyncio
@pytest.mark.usefixtures("restored_excepthook")
async def test_error_in_a_slot_shows_the_dialog_and_logs_no_secret(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, log_file: Path
) -> None:
    wizard = make_wizard(services)
    loop = asyncio.get_running_loop()
    previous_handler = loop.get_exception_handler()
    install_exception_hook(lambda: wizard)
    try:
        await _break_and_recover(wizard, log_file)
    finally:
        loop.set_exception_handler(previous_handler)


async def _break_and_recover(wizard, log_file: Path) -> None:  # type: ignore[no-untyped-def]

    def broken_slot() -> None:
        raise RuntimeError(
            f"sign-in broke: password={PASSWORD} Authorization: Bearer {TOKEN} "
            f"app_secret={APP_SECRET}"
        )

    button = QPushButton("Break", wizard)
    button.clicked.connect(broken_slot)
    button.click()  # the slot raises inside Qt's signal delivery
    await wait_until(lambda: visible_error_boxes())
    [box] = visible_error_boxes()
    assert "Your input is kept" in box.text()
    assert box.parent() is wizard
    for secret in (PASSWORD, TOKEN, APP_SECRET):  # nothing secret on screen either
        assert secret not in box.informativeText()
        assert secret not in box.detailedText()
    box.close()
    await wait_until(lambda: not visible_error_boxes())
    assert wizard.isVisible()

    # An error in an event-loop callback takes the same way.
    asyncio.get_running_loop().call_soon(broken_slot)
    await wait_until(lambda: visible_error_boxes())
    for box in visible_error_boxes():
        box.done(0)

    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text("utf-8")
    assert text.count("Unexpected error") == 2
    assert "RuntimeError: sign-in broke" in text
    assert "broken_slot" in text  # the traceback is there for support
    for secret in (PASSWORD, TOKEN, APP_SECRET):
        assert secret not in text

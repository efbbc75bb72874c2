"""What happens when something unexpected goes wrong: a plain dialog, a redacted log line.

Nothing is lost: the dialog says what happened in words, the details go to the log (through the
redacting handler), and the wizard keeps running with the technician's input intact.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from installer_app.storage.logs import redact

logger = logging.getLogger(__name__)


def show_unexpected_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the technician, in words, that something went wrong and that their work is kept."""
    # Imported when a failure is shown: the hook is installed before the first paint.
    import traceback  # noqa: PLC0415

    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    # Not box.tr(): lupdate would file the texts under "box", Qt looks under "QMessageBox".
    box.setWindowTitle(QCoreApplication.translate("UnexpectedError", "Unexpected problem"))
    box.setText(
        QCoreApplication.translate(
            "UnexpectedError",
            "Something went wrong that the program did not expect. Your input is kept; "
            "you can go on or save the installation file.",
        )
    )
    # Imported here: the failures module reaches the plan model, loaded after the first paint.
    from installer_app.services.failures import describe  # noqa: PLC0415
    from installer_app.ui.support.domain_text import translate_domain  # noqa: PLC0415

    message = translate_domain(describe(error).message)
    # The same redaction as the log: a secret inside an exception never reaches the screen.
    box.setInformativeText(redact(message))
    box.setDetailedText(redact("".join(traceback.format_exception(error))))
    box.setModal(True)
    box.open()


def install_exception_hook(parent: Callable[[], QWidget | None]) -> None:
    """Route unhandled exceptions (Qt callbacks and asyncio tasks) to a dialog and the log."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        logger.error("Unexpected error", exc_info=(kind, error, tb))
        show_unexpected_error(parent(), error)

    def loop_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, BaseException) and not isinstance(error, asyncio.CancelledError):
            hook(type(error), error, error.__traceback__)
        else:
            logger.error("Event loop: %s", context.get("message"))

    sys.excepthook = hook
    with contextlib.suppress(RuntimeError):
        asyncio.get_event_loop().set_exception_handler(loop_handler)

"""The Summary's "Check before declaring" and "Show the request": what Rainbow would say to the
declaration, and what it would be sent, before anything is sent.

The check is :func:`installer_app.services.preflight.run_preflight` (GET requests only) with the
signed-in client; the request is ``services.request_preview.declaration_requests``, built by the
same functions as the real call, secrets masked.
"""

from __future__ import annotations

import asyncio
import html
import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from installer_app.domain.plan import InstallationPlan
from installer_app.services.failures import describe
from installer_app.services.rainbow_session import RainbowSessionService
from installer_app.ui.support.domain_text import translate_domain, translate_parts
from installer_app.ui.tasks import TaskRunner
from installer_app.ui.widgets.collapsible import CollapsibleSection

if TYPE_CHECKING:
    from installer_app.services.preflight import Check, PreflightReport

logger = logging.getLogger(__name__)

_MARKS = {"ok": "✔", "problem": "✘", "skipped": "–"}


def _finding(check: Check) -> str:
    """A check's finding in the interface language (a problem's message and hint apart)."""
    if check.failure is not None:
        return translate_parts(check.failure.message, check.failure.hint)
    return translate_domain(check.text)


class PreflightPanel(QWidget):
    """A check button with its findings, and a disclosure showing the request to be sent.

    Args:
        rainbow: the application's Rainbow session (signed in or not).
    """

    def __init__(self, rainbow: RainbowSessionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rainbow = rainbow
        self._plan: InstallationPlan | None = None
        self._create_site_name: str | None = None
        self.runner = TaskRunner(self)
        self.runner.busyChanged.connect(self._busy_changed)
        self._init_check()
        self._init_request()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._check_row)
        layout.addWidget(self.result)
        layout.addWidget(self.request_section)

    def _init_check(self) -> None:
        self.check_button = QPushButton(self.tr("Chec&k before declaring"))
        self.check_button.setAccessibleName(self.tr("Check before declaring"))
        self.check_button.setToolTip(
            self.tr(
                "Ask Rainbow, without changing anything, whether the declaration would go through."
            )
        )
        self.check_button.clicked.connect(self.start_check)
        self.check_note = QLabel()
        self.check_note.setWordWrap(True)
        self.result = QLabel()
        self.result.setObjectName("preflightResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(self.result.textFormat().RichText)
        self.result.setVisible(False)
        self._check_row = QHBoxLayout()
        self._check_row.addWidget(self.check_button)
        self._check_row.addWidget(self.check_note, 1)

    def _init_request(self) -> None:
        self.request_section = CollapsibleSection(self.tr("Show the &request"))
        self.request_text = QPlainTextEdit()
        self.request_text.setObjectName("requestPreview")
        self.request_text.setReadOnly(True)
        self.request_text.setAccessibleName(self.tr("The request the declaration would send"))
        self.request_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.request_text.setMinimumHeight(160)
        layout = QVBoxLayout(self.request_section.content)
        layout.setContentsMargins(16, 0, 0, 0)
        note = QLabel(self.tr("What the declaration would send to Rainbow, secrets masked:"))
        note.setWordWrap(True)
        note.setBuddy(self.request_text)
        layout.addWidget(note)
        layout.addWidget(self.request_text)

    def tab_stops(self) -> list[QWidget]:
        """The panel's controls in screen order (for the tab order of the page around it)."""
        return [self.check_button, self.request_section.toggle_button, self.request_text]

    # -- state ---------------------------------------------------------------------------

    def show_plan(self, plan: InstallationPlan | None, *, create_site_name: str | None) -> None:
        """Show the request for ``plan`` (None: not complete yet) and whether it can be checked."""
        self._plan = plan
        self._create_site_name = create_site_name or None
        signed_in = self._rainbow.session is not None
        self.check_button.setEnabled(plan is not None and signed_in and not self.runner.busy)
        if plan is None:
            self.check_note.setText(self.tr("Complete the installation to check it."))
        elif not signed_in:
            self.check_note.setText(self.tr("Sign in to Rainbow to check."))
        else:
            self.check_note.clear()
        self.request_text.setPlainText(self._request_text(plan) if plan is not None else "")

    def _request_text(self, plan: InstallationPlan) -> str:
        from installer_app.services.request_preview import declaration_requests  # noqa: PLC0415

        requests = declaration_requests(
            plan, plan.site_id, create_site_name=None if plan.site_id else self._create_site_name
        )
        return "\n\n".join(request.text() for request in requests)

    # -- the check -----------------------------------------------------------------------

    def start_check(self) -> None:
        """Run the read-only check in the background."""
        if self._plan is not None:
            self.runner.start(self._check(self._plan))

    def _busy_changed(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy and self._plan is not None)
        if busy:
            self.check_note.setText(self.tr("Asking Rainbow (nothing is changed)…"))

    async def _check(self, plan: InstallationPlan) -> None:
        from installer_app.services.preflight import run_preflight  # noqa: PLC0415

        try:
            report = await run_preflight(
                self._rainbow.client(), plan, create_site_name=self._create_site_name
            )
        except asyncio.CancelledError:
            self.check_note.setText(self.tr("Check cancelled."))
            raise
        except Exception as error:  # every failure is shown in words, never a traceback
            failure = describe(error)
            logger.warning("Check before declaring failed: %s", failure.message)
            self.check_note.setText(translate_parts(failure.message, failure.hint))
            return
        self.show_report(report)

    def show_report(self, report: PreflightReport) -> None:
        """Show each check's finding and the exact request (or that nothing would be sent)."""
        names = {
            "account": self.tr("Account"),
            "company": self.tr("Customer company"),
            "site": self.tr("Site"),
            "pbx": self.tr("PBX on Rainbow"),
            "country": self.tr("Country"),
            "rules": self.tr("Numbering rules"),
        }
        rows = "".join(
            f"<tr><td>{_MARKS[check.outcome]}</td><td><b>{html.escape(names[check.name])}</b>"
            f"</td><td>{html.escape(_finding(check))}</td></tr>"
            for check in report.checks
        )
        self.result.setText(f"<table cellspacing='3'>{rows}</table>")
        self.result.setVisible(True)
        if report.passed:
            self.check_note.setText(self.tr("The declaration would go through."))
        else:
            self.check_note.setText(
                self.tr("The declaration would not go through: see the problems below.")
            )
        if report.requests:
            self.request_text.setPlainText("\n\n".join(r.text() for r in report.requests))
        elif report.passed:
            self.request_text.setPlainText(
                self.tr("The PBX is already declared for this company: nothing would be sent.")
            )

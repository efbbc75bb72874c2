"""The handover report as a PDF, written with Qt's own PDF writer (QtGui only, no print support).

The content comes from :class:`~installer_app.services.report.HandoverReport`; this module only
lays it out as rich text and paginates it onto A4. It needs a QGuiApplication (fonts): the
command line creates an offscreen one (:func:`ensure_gui_application`).
"""

from __future__ import annotations

import contextlib
import html
import os
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from installer_app import __version__
from installer_app.domain.portal import TRANSLATION_CONTEXT as PORTAL_CONTEXT
from installer_app.services.report import HandoverReport

_DASH = "–"


class ReportPdfError(Exception):
    """The PDF could not be written; ``message`` names the file and the reason."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        self.hint = ""


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new offscreen one (command line, no display needed)."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    return QGuiApplication(["installer-app", "-platform", "offscreen"])


def _stamp(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value is not None else _DASH


def _rows(pairs: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td class='label' width='34%'>{html.escape(label)}</td><td>{value}</td></tr>"
        for label, value in pairs
    )
    return f"<table class='fields' cellspacing='0' cellpadding='2' width='100%'>{cells}</table>"


def _text(value: str | None) -> str:
    return html.escape(value) if value else _DASH


_STYLE = (
    "<style>"
    "h1 { font-size: 18pt; } h2 { font-size: 12pt; margin-top: 14px; }"
    "td.label { font-weight: bold; padding-right: 12px; } .muted { color: #555; }"
    ".code { font-family: 'DejaVu Sans Mono', monospace; }"
    "table.grid { border-collapse: collapse; font-size: 9pt; }"
    "table.grid th { background: #e8e8e8; text-align: left; font-size: 8pt; }"
    "table.grid td, table.grid th { border: 1px solid #999; }"
    "</style>"
)


class ReportLayout(QObject):
    """Lays the report out as rich text, in the interface's language."""

    def title(self, report: HandoverReport) -> str:
        """The PDF's title."""
        return self.tr("Handover report – %1").replace("%1", report.server_name)

    def _rules(self, report: HandoverReport) -> str:
        if not report.rules:
            return (
                "<p>"
                + html.escape(self.tr("No numbering rules: Rainbow's own analysis applies."))
                + "</p>"
            )
        columns = (
            ("#", 3),
            (self.tr("Pattern"), 19),
            (self.tr("Replacement"), 18),
            (self.tr("Description"), 20),
            (self.tr("Example"), 18),
            (self.tr("The PBX receives"), 22),
        )
        head = "".join(
            f"<th width='{width}%'>{html.escape(title)}</th>" for title, width in columns
        )
        rows = []
        for rule in report.rules:
            example, result = html.escape(self.tr("no example")), _DASH
            if rule.example is not None:
                example = f"<span class='code'>{html.escape(rule.example)}</span>"
                result = (
                    html.escape(self.tr("blocked"))
                    if rule.blocked
                    else f"<span class='code'>{html.escape(rule.sent_to_pbx or '')}</span>"
                )
                if rule.applied_rule not in (None, rule.position):
                    result += " " + html.escape(self.tr("(rule %1 applies first)")).replace(
                        "%1", str(rule.applied_rule)
                    )
            replacement = (
                f"<span class='code'>{html.escape(rule.replacement)}</span>"
                if rule.replacement
                else html.escape(self.tr("(blocks)"))
            )
            rows.append(
                f"<tr><td>{rule.position}</td><td class='code'>{html.escape(rule.pattern)}</td>"
                f"<td>{replacement}</td><td>{_text(rule.description)}</td>"
                f"<td nowrap>{example}</td><td>{result}</td></tr>"
            )
        return (
            "<table class='grid' cellspacing='0' cellpadding='4' width='100%'>"
            f"<tr>{head}</tr>{''.join(rows)}</table>"
        )

    def _timeline(self, report: HandoverReport) -> str:
        if not report.timeline:
            return "<p>" + html.escape(self.tr("No status change recorded yet.")) + "</p>"
        sides = {"Rainbow": self.tr("Rainbow"), "PBX": self.tr("PBX")}
        rows = "".join(
            f"<tr><td>{_stamp(e.at)}</td><td>{html.escape(sides.get(e.side, e.side))}</td>"
            f"<td>{html.escape(e.status)}</td></tr>"
            for e in report.timeline
        )
        titles = (self.tr("When"), self.tr("Side"), self.tr("Status"))
        head = "".join(f"<th>{html.escape(title)}</th>" for title in titles)
        return f"<table class='grid' cellspacing='0' cellpadding='4'><tr>{head}</tr>{rows}</table>"

    def _portal(self, report: HandoverReport) -> str:
        """What is left to do in the Rainbow admin portal, in the portal's words."""
        if not report.portal_steps:
            return "<p>" + html.escape(self.tr("Nothing.")) + "</p>"
        items = "".join(
            "<li>"
            + html.escape(
                step.render(lambda text: QCoreApplication.translate(PORTAL_CONTEXT, text))
            )
            + "</li>"
            for step in report.portal_steps
        )
        return f"<ul>{items}</ul>"

    def _gateway(self, report: HandoverReport) -> str:
        return html.escape(
            self.tr("chosen: to activate in the Rainbow admin portal (see below)")
            if report.webrtc_gateway
            else self.tr("not chosen")
        )

    def _installation_number(self, number: str) -> str:
        if not number:
            return _DASH
        note = self.tr("not sent to Rainbow: enter it in the portal's Dialing information")
        return f"{html.escape(number)} <span class='muted'>({html.escape(note)})</span>"

    def _heading(self, report: HandoverReport, company: str) -> str:
        """The title, what the report is about, its date and technician."""
        about = (
            html.escape(self.tr("%1 on Rainbow, for %2."))
            .replace("%1", html.escape(report.server_name))
            .replace("%2", company)
        )
        when_who = _rows(
            [
                (self.tr("Date"), _stamp(report.generated_at)),
                (self.tr("Technician"), _text(report.technician)),
            ]
        )
        title = html.escape(self.tr("Handover report"))
        return f"<h1>{title}</h1><p>{about}</p>{when_who}"

    def render(self, report: HandoverReport) -> str:
        """The report as the rich text Qt lays out (also usable for a preview)."""
        d = report.dialing
        yes, no = self.tr("yes"), self.tr("no")
        if report.activation_code is None:
            code = html.escape(self.tr("not known yet (generated by Rainbow at declaration)"))
        elif report.code_revealed:
            code = html.escape(report.activation_code)
        else:
            code = html.escape(report.activation_code) + " " + html.escape(self.tr("(hidden)"))
        outbound = d.outbound_prefix if d.use_outbound_prefix else self.tr("not used")
        company = html.escape(report.company_name or self.tr("(name not recorded)"))
        company_id = html.escape(report.company_id)
        equipment = _text(report.equipment_id)
        country = f"{html.escape(report.country_name)} ({html.escape(d.country)})"
        verified = html.escape(yes if report.verified else no)
        sections = [
            (self.tr("Customer company"), _rows([
                (self.tr("Company"), f"{company} <span class='muted'>({company_id})</span>"),
                (self.tr("Site"), _text(report.site_id)),
            ])),
            (self.tr("PBX"), _rows([
                (self.tr("Server name"), _text(report.server_name)),
                (self.tr("Model"), html.escape(report.pbx_model)),
                (self.tr("Delivery mode"), html.escape(report.mode)),
                (self.tr("WebRTC gateway"), self._gateway(report)),
                (self.tr("Rainbow server"), html.escape(report.rainbow_server)),
                (self.tr("Equipment id"), f"<span class='code'>{equipment}</span>"),
                (self.tr("Activation code"), f"<span class='code'>{code}</span>"),
            ])),
            (self.tr("Dialing"), _rows([
                (self.tr("Country"), country),
                (self.tr("National prefix"), _text(d.national_prefix)),
                (self.tr("International prefix"), _text(d.international_prefix)),
                (self.tr("Outbound prefix"), _text(outbound)),
                (self.tr("Installation number"), self._installation_number(d.installation_number)),
            ])),
            (self.tr("Numbering rules"), self._rules(report)),
            (self.tr("To do in the Rainbow admin portal"), self._portal(report)),
            (self.tr("Status"), _rows([
                (self.tr("Rainbow"), f"<b>{_text(report.rainbow_status)}</b>"),
                (self.tr("PBX (OMC)"), f"<b>{_text(report.pbx_status)}</b>"),
                (self.tr("Rainbow system"), _text(report.system_id)),
                (self.tr("Declared"), _stamp(report.declared_at)),
                (self.tr("PBX configured"), html.escape(yes if report.pbx_configured else no)),
                (self.tr("Verified (Running and Connected)"), verified),
            ])),
            (self.tr("Timeline"), self._timeline(report)),
        ]  # fmt: skip
        parts = [_STYLE, self._heading(report, company)]
        for title, content in sections:
            parts.append(f"<h2>{html.escape(title)}</h2>{content}")
        return "".join(parts)


def report_html(report: HandoverReport) -> str:
    """The report as the rich text Qt lays out (also usable for a preview)."""
    return ReportLayout().render(report)


def write_report_pdf(report: HandoverReport, path: Path) -> None:
    """Write ``report`` to ``path`` as an A4 PDF, atomically (a temporary file, then a rename).

    Needs a QGuiApplication (see :func:`ensure_gui_application`).

    Raises:
        ReportPdfError: the folder cannot be written, or Qt produced no PDF.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        os.close(handle)
    except OSError as error:
        raise ReportPdfError(
            f"The report {path} cannot be written: {error.strerror or error}."
        ) from None
    try:
        writer = QPdfWriter(temporary)
        layout = ReportLayout()
        writer.setTitle(layout.title(report))
        writer.setCreator(f"OXO Connect Rainbow installer {__version__}")
        writer.setResolution(300)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(15, 15, 15, 15),
                QPageLayout.Unit.Millimeter,
            )
        )
        document = QTextDocument()
        font = document.defaultFont()
        font.setPointSizeF(10)
        document.setDefaultFont(font)
        document.setHtml(layout.render(report))
        document.print_(writer)
        del writer  # closes the file
        if os.path.getsize(temporary) == 0:
            raise ReportPdfError(f"The report {path} could not be written: the PDF is empty.")
        os.replace(temporary, path)
    except OSError as error:
        raise ReportPdfError(
            f"The report {path} cannot be written: {error.strerror or error}."
        ) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)

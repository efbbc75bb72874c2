"""``installer-app report FILE --out report.pdf``: the handover report of an installation file.

The PDF is written with Qt's own PDF writer on an offscreen QGuiApplication, so the command runs
without a display (over SSH, in CI). ``--json`` prints the report's content instead of, or as well
as, writing the PDF; stdout then holds nothing but the JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from installer_app.cli import exit_codes
from installer_app.cli.plan_opening import add_passphrase_argument, open_or_report
from installer_app.services.report import build_report


def add_parser(subparsers: Any) -> None:
    """Register ``report``."""
    report = subparsers.add_parser(
        "report",
        help="write the handover report of an installation file (PDF)",
        description="Write the handover report of an installation file: customer company, PBX, "
        "equipment id, dialing, numbering rules with a worked example each, both statuses and "
        "their timeline. The activation code is masked unless --reveal-code is given (in stock "
        "mode the equipment id is the activation code).",
    )
    report.add_argument("file", type=Path, metavar="FILE", help="installation file")
    report.add_argument("--out", type=Path, metavar="PDF", help="the PDF file to write")
    report.add_argument(
        "--json", action="store_true", help="print the report's content as JSON on stdout"
    )
    report.add_argument("--technician", default="", metavar="NAME", help="who did the job")
    report.add_argument(
        "--reveal-code", action="store_true", help="print the activation code in clear"
    )
    add_passphrase_argument(report)
    report.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    """Write the PDF (``--out``) and/or print the JSON (``--json``)."""
    if args.out is None and not args.json:
        print("error: report: give --out FILE.pdf, --json, or both.", file=sys.stderr)
        return exit_codes.INVALID_INPUT
    if args.out is not None and args.out.suffix.lower() != ".pdf":
        print(
            f"error: --out {args.out}: the report is a PDF; name the file with .pdf at the end.",
            file=sys.stderr,
        )
        return exit_codes.INVALID_INPUT
    opened = open_or_report(args.file, args)
    if isinstance(opened, int):
        return opened
    plan, _secret = opened
    report = build_report(plan, technician=args.technician, reveal_code=args.reveal_code)
    if args.out is not None:
        from installer_app.ui.support.report_pdf import (  # noqa: PLC0415 (Qt only when needed)
            ReportPdfError,
            ensure_gui_application,
            write_report_pdf,
        )

        _app = ensure_gui_application()  # kept alive while the PDF is written
        try:
            write_report_pdf(report, args.out)
        except ReportPdfError as error:
            print(f"error: {error.message}", file=sys.stderr)
            return exit_codes.INVALID_INPUT
        if not args.json:
            print(f"Wrote {args.out} (handover report of {plan.server_name}).")
    if args.json:
        print(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
    return exit_codes.OK

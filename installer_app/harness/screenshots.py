"""Render every wizard page with sandbox data into PNG files: ``make screenshots``.

``python -m installer_app.harness.screenshots OUT_DIR [--mode btco|stock]`` walks the embedded
sandbox through a whole installation offscreen and saves one picture per page, named after its
step, so the README's pictures always show the program as it is.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

from installer_app.domain.flow import ORDER, Step
from installer_app.domain.plan import DeliveryMode


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns 0 when every page was rendered."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--mode", choices=[m.value for m in DeliveryMode], default="btco")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out.mkdir(parents=True, exist_ok=True)
    _shoot_every_page(args.out, DeliveryMode(args.mode))
    for leftover in (".screenshots.ini", ".screenshots.draft.json"):
        (args.out / leftover).unlink(missing_ok=True)
    print(f"Saved {len(ORDER)} pages to {args.out}")
    return 0


def _shoot_every_page(out: Path, mode: DeliveryMode) -> None:
    """Walk the embedded sandbox through the wizard offscreen, saving each page into ``out``."""

    import qasync  # noqa: PLC0415
    from PySide6.QtCore import QSettings  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from installer_app.harness.walkthrough import Walkthrough  # noqa: PLC0415
    from installer_app.sandbox.embedded import EmbeddedSandbox  # noqa: PLC0415
    from installer_app.services.app_services import build_services  # noqa: PLC0415
    from installer_app.storage.credentials import CredentialStore  # noqa: PLC0415
    from installer_app.storage.session_keyring import SessionKeyring  # noqa: PLC0415
    from installer_app.ui.app import (  # noqa: PLC0415
        account_from,
        configure_application,
        sandbox_driver_factory,
    )
    from installer_app.ui.wizard import InstallerWizard  # noqa: PLC0415

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    settings = QSettings(str(out / ".screenshots.ini"), QSettings.Format.IniFormat)

    async def shoot(step: Step, wizard: InstallerWizard) -> None:
        if step is Step.SUMMARY:
            await _check_and_show_request(wizard)
        await asyncio.sleep(0.3)  # let layouts settle and late answers paint
        number = ORDER.index(step) + 1
        wizard.grab().save(str(out / f"{number:02d}-{step.value}.png"))

    with EmbeddedSandbox() as sandbox:
        account = account_from(sandbox.info)
        services = build_services(
            sandbox=account,
            credentials=CredentialStore(SessionKeyring(), environ={}),
            open_pbx_driver=sandbox_driver_factory(account),
        )
        wizard = InstallerWizard(services, settings=settings)
        wizard.resize(900, 680)
        wizard.show()
        pbx = next(p for p in account.fleet if p["mode"] == mode.value)

        async def walk() -> None:
            try:
                await Walkthrough(wizard, mode=mode, pbx=pbx, on_page=shoot).run()
            finally:
                await wizard.shutdown()
                await services.rainbow.close()

        with loop:
            loop.run_until_complete(walk())


async def _check_and_show_request(wizard: object) -> None:
    """On the Summary: run "Check before declaring" and open "Show the request"."""
    from installer_app.harness.walkthrough import wait_for  # noqa: PLC0415

    panel = wizard.page_for(Step.SUMMARY).preflight  # type: ignore[attr-defined]
    panel.start_check()
    await wait_for(lambda: panel.result.isVisible() and not panel.runner.busy, "the check", 30)
    panel.request_section.set_expanded(True)


if __name__ == "__main__":
    raise SystemExit(main())

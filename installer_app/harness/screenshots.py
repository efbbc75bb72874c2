"""Render every wizard page with sandbox data into PNG files: ``make screenshots``.

``python -m installer_app.harness.screenshots OUT_DIR [--mode btco|stock]`` walks the embedded
sandbox through a whole installation offscreen and saves one picture per page, named after its
step, so the README's pictures always show the program as it is (a BTCO walk adds the page only
stock mode has, the credentials, filled in as in stock mode). It then does the same at 200 %
scaling (``OUT_DIR/scale200``) and in a high-contrast palette (``OUT_DIR/contrast``), each in a
process of its own (Qt reads ``QT_SCALE_FACTOR`` at start), and fails when a label that does not
wrap is too small for its text on any page in any of the three.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from installer_app.domain.flow import ORDER, Step
from installer_app.domain.plan import DeliveryMode

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from installer_app.harness.walkthrough import PageHook
    from installer_app.ui.wizard import InstallerWizard


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns 0 when every page was rendered."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--mode", choices=[m.value for m in DeliveryMode], default="btco")
    parser.add_argument("--look", choices=_LOOKS, help="one look only (default: all three)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    look = args.look or "normal"
    args.out.mkdir(parents=True, exist_ok=True)
    clipped = _shoot_every_page(args.out, DeliveryMode(args.mode), contrast=look == "contrast")
    for leftover in (".screenshots.ini", ".screenshots.draft.json"):
        (args.out / leftover).unlink(missing_ok=True)
    print(f"Saved {len(ORDER)} pages to {args.out}")
    for line in clipped:
        print(f"clipped ({look}): {line}", file=sys.stderr)
    failed = bool(clipped)
    if args.look is None:
        for other in ("scale200", "contrast"):
            failed |= _shoot_in_own_process(args.out / other, args.mode, other) != 0
    return 1 if failed else 0


#: How the pages are rendered: as they are, at 200 % scaling, in a high-contrast palette.
_LOOKS = ("normal", "scale200", "contrast")


def _shoot_in_own_process(out: Path, mode: str, look: str) -> int:
    """Render one look in a new process (the scale factor is read when Qt starts)."""
    env = dict(os.environ)
    if look == "scale200":
        env["QT_SCALE_FACTOR"] = "2"
    command = [
        sys.executable,
        "-m",
        __spec__.name if __spec__ else "installer_app.harness.screenshots",
    ]
    command += [str(out), "--mode", mode, "--look", look]
    return subprocess.run(command, env=env, check=False).returncode


def _shoot_every_page(out: Path, mode: DeliveryMode, *, contrast: bool) -> list[str]:
    """Walk the embedded sandbox through the wizard offscreen, saving each page into ``out``.

    Returns the clipped labels found, one line each, named after their page.
    """

    import qasync  # noqa: PLC0415
    from PySide6.QtCore import QSettings  # noqa: PLC0415

    from installer_app.harness.display_checks import clipped_labels  # noqa: PLC0415
    from installer_app.harness.walkthrough import Walkthrough  # noqa: PLC0415
    from installer_app.sandbox.embedded import EmbeddedSandbox  # noqa: PLC0415
    from installer_app.services.app_services import build_services  # noqa: PLC0415
    from installer_app.storage.credentials import CredentialStore  # noqa: PLC0415
    from installer_app.storage.session_keyring import SessionKeyring  # noqa: PLC0415
    from installer_app.ui.app import account_from, sandbox_driver_factory  # noqa: PLC0415
    from installer_app.ui.wizard import InstallerWizard  # noqa: PLC0415

    app = _application(contrast=contrast)
    clipped: list[str] = []
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    settings = QSettings(str(out / ".screenshots.ini"), QSettings.Format.IniFormat)

    async def shoot(step: Step, wizard: InstallerWizard) -> None:
        if step is Step.SUMMARY:
            await _check_and_show_request(wizard)
        await asyncio.sleep(0.3)  # let layouts settle and late answers paint
        number = ORDER.index(step) + 1
        clipped.extend(f"{step.value}: {line}" for line in clipped_labels(wizard))
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
                if mode is not DeliveryMode.STOCK:
                    await _shoot_stock_only_pages(
                        InstallerWizard(services, settings=settings), account.fleet, shoot
                    )
            finally:
                await wizard.shutdown()
                await services.rainbow.close()

        with loop:
            loop.run_until_complete(walk())
    return clipped


async def _shoot_stock_only_pages(
    wizard: InstallerWizard, fleet: Sequence[dict[str, Any]], shoot: PageHook
) -> None:
    """The credentials page, which BTCO skips, as a stock walk fills it in (README's picture)."""
    from PySide6.QtTest import QTest  # noqa: PLC0415

    from installer_app.ui.wizard import page_id  # noqa: PLC0415

    stock = next(p for p in fleet if p["mode"] == DeliveryMode.STOCK.value)
    wizard.state.mode = DeliveryMode.STOCK
    wizard.state.server_name = f"Boulangerie OXO {stock['serial']}"
    wizard.resize(900, 680)
    wizard.setStartId(page_id(Step.PBX))  # one page before, so that Back shows as on the walk
    wizard.restart()
    wizard.show()
    wizard.next()
    page: Any = wizard.page_for(Step.CREDENTIALS)
    for edit, value in (
        (page.fleet_edit, stock["fleet_ref"]),
        (page.installation_edit, stock["installation_ref"]),
    ):
        edit.setFocus()
        QTest.keyClicks(edit, str(value))
    try:
        result = shoot(Step.CREDENTIALS, wizard)
        if result is not None:
            await result
    finally:
        wizard.hide()
        await wizard.shutdown()


def _application(*, contrast: bool) -> QApplication:
    """The application, its names and icon set, in the high-contrast palette if asked."""
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from installer_app.harness.display_checks import high_contrast_palette  # noqa: PLC0415
    from installer_app.ui.app import configure_application  # noqa: PLC0415

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    if contrast:
        QApplication.setPalette(high_contrast_palette())
    return app  # type: ignore[return-value]


async def _check_and_show_request(wizard: object) -> None:
    """On the Summary: run "Check before declaring" and open "Show the request"."""
    from installer_app.harness.walkthrough import wait_for  # noqa: PLC0415

    panel = wizard.page_for(Step.SUMMARY).preflight  # type: ignore[attr-defined]
    panel.start_check()
    await wait_for(lambda: panel.result.isVisible() and not panel.runner.busy, "the check", 30)
    panel.request_section.set_expanded(True)


if __name__ == "__main__":
    raise SystemExit(main())

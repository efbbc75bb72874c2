"""The Diagnostics dialog: the network check of the server in use (a TLS server on loopback here,
never openrainbow.com), step by step, and the zip for support without secrets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from installer_app.services import diagnostics
from installer_app.services.app_services import AppServices
from installer_app.storage.logs import LOG_FILE_NAME, forget_secrets, register_secret
from installer_app.storage.plan_files import save_plan
from installer_app.ui.dialogs.diagnostics_dialog import DiagnosticsDialog
from installer_app.ui.wizard import InstallerWizard
from tests.gui.conftest import wait_until
from tests.integration import test_diagnostics as diagnostics_fixtures
from tests.integration.test_declaration_faults import EQUIPMENT_ID, make_plan

SECRET = "app-secret-never-shown-1234"

# The loopback TLS server and its CA, shared with the service's tests.
authority = diagnostics_fixtures.authority
ca_pem = diagnostics_fixtures.ca_pem
tls_port = diagnostics_fixtures.tls_port


def open_dialog(wizard: InstallerWizard) -> DiagnosticsDialog:
    [action] = [a for a in wizard.tools_menu.actions() if a.text() == "&Diagnostics…"]
    action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, DiagnosticsDialog)]
    return next(d for d in dialogs if d.isVisible())


def rows(dialog: DiagnosticsDialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


@pytest.mark.asyncio
async def test_network_check_of_the_server_in_use_step_by_step(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services: AppServices, tls_port: int, ca_pem: Path
) -> None:
    wizard = make_wizard(services)
    wizard.state.rainbow_server = f"https://localhost:{tls_port}"
    dialog = open_dialog(wizard)
    assert f"localhost, port {tls_port}" in dialog.target_label.text()
    assert dialog.table.rowCount() == 0  # nothing runs until asked
    dialog.check_button.click()
    assert dialog.busy.running
    await wait_until(lambda: not dialog.busy_checking)
    found = rows(dialog)
    assert [title for title, _ in found] == [
        "DNS of localhost", f"TCP port {tls_port}", "TLS handshake", "Proxy in use",
    ]  # fmt: skip
    assert found[2][1].startswith("Failed: The server's certificate is not trusted")
    assert "Settings (custom CA bundle)" in dialog.message.text()
    assert all(dialog.table.item(r, 2).text().endswith(" ms") for r in range(4))

    services.rainbow.set_ca_bundle(ca_pem)  # as the Settings dialog does
    dialog.check_button.click()
    await wait_until(lambda: not dialog.busy_checking)
    assert [result.split(":")[0] for _, result in rows(dialog)] == ["OK", "OK", "OK", "Info"]
    assert dialog.message.text() == "Every step passed."
    dialog.close()


@pytest.mark.asyncio
async def test_saved_zip_has_the_check_and_nothing_secret(  # type: ignore[no-untyped-def]
    qtbot, *, make_wizard, services: AppServices, tls_port: int, ca_pem: Path, tmp_path: Path
) -> None:
    register_secret(SECRET)
    try:
        logs = tmp_path / "logs"
        logs.mkdir()
        (logs / LOG_FILE_NAME).write_text(f"INFO app secret {SECRET}\n", encoding="utf-8")
        wizard = make_wizard(services)
        wizard.state.rainbow_server = f"https://localhost:{tls_port}"
        wizard.settings.setValue("rainbow/app_secret_hint", SECRET)
        wizard.plan_path = tmp_path / "plan.json"
        save_plan(wizard.plan_path, make_plan())
        services.rainbow.set_ca_bundle(ca_pem)
        dialog = DiagnosticsDialog(wizard, log_folder=logs, environ={})
        qtbot.addWidget(dialog)
        dialog.run_check()
        await wait_until(lambda: not dialog.busy_checking)
        out = tmp_path / "support" / "diagnostics.zip"
        assert dialog.save_to(out)
        assert str(out) in dialog.message.text()
        entries = diagnostics.read_bundle(out)
        assert [s["status"] for s in json.loads(entries["network.json"])] == [
            "ok", "ok", "ok", "info",
        ]  # fmt: skip
        assert json.loads(entries["summary.json"])["qt"]
        everything = "\n".join(entries.values())
        assert SECRET not in everything
        assert EQUIPMENT_ID not in everything
        assert "rainbow/app_secret_hint" not in json.loads(entries["settings.json"])

        wizard.plan_path = None  # nothing saved yet: the wizard's state stands for the plan
        wizard.state.server_name = "Unsaved OXO"
        wizard.state.fleet_ref, wizard.state.installation_ref = "ALE12", "1234.5678.90"
        assert dialog.save_to(out)
        plan = json.loads(diagnostics.read_bundle(out)["plan.json"])
        assert plan["server_name"] == "Unsaved OXO"
        assert plan["installation_ref"] == diagnostics.REMOVED

        assert not dialog.save_to(tmp_path / "plan.json" / "x.zip")  # a file, not a folder
        assert "cannot be written" in dialog.message.text()
    finally:
        forget_secrets()

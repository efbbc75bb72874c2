"""The Summary's "Check before declaring" and "Show the request" against the Rainbow emulator:
the check changes nothing and lists what it found; the request shown is the one sent."""

from __future__ import annotations

import json
from typing import Any

import pytest

from installer_app.domain.flow import Step
from installer_app.rainbow.exchange_log import masked_json
from tests.gui.conftest import wait_until
from tests.gui.test_summary_declaration import open_at, ready_state, signed_in

SYSTEMS = "POST /api/rainbow/admin/v1.0/systems\n"


@pytest.mark.asyncio
async def test_check_before_declaring_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_services, sandbox_account, rainbow_sandbox
) -> None:
    await signed_in(sandbox_services, sandbox_account)
    wizard = make_wizard(sandbox_services)
    wizard.state.__dict__.update(ready_state(sandbox_account.rainbow_url).__dict__)
    open_at(wizard, Step.SUMMARY)
    panel: Any = wizard.page_for(Step.SUMMARY).preflight
    preview = panel.request_text.toPlainText()
    assert preview.startswith(SYSTEMS)
    assert "ALE12-1234.5678.90" not in preview, "the stock activation code is masked"

    emulator = rainbow_sandbox.emulator
    systems_before, seen = len(emulator.store.systems), len(emulator.requests)
    assert panel.check_button.isEnabled()
    panel.check_button.click()
    await wait_until(lambda: panel.result.isVisible() and not panel.runner.busy)
    assert {r.method for r in emulator.requests[seen:]} == {"GET"}
    assert len(emulator.store.systems) == systems_before
    assert panel.check_note.text() == "The declaration would go through."
    assert panel.result.text().count("✔") == 6
    assert "The equipment id is free" in panel.result.text()
    exact = panel.request_text.toPlainText()
    assert '"siteId": "' in exact and "<id of" not in exact, "the check knows the site"

    received: list[Any] = []
    original = emulator.store.create_system

    def spy(bp_id: str, body: Any) -> Any:
        received.append(json.loads(json.dumps(body)))
        return original(bp_id, body)

    emulator.store.create_system = spy
    wizard.next()
    declaration: Any = wizard.page_for(Step.DECLARATION)
    await wait_until(lambda: wizard.state.progress.system_id and not declaration.runner.busy)
    assert exact == SYSTEMS + masked_json(received[0])


def test_offline_the_request_is_shown_and_the_check_waits_for_sign_in(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services
) -> None:
    wizard = make_wizard(services)
    wizard.state.__dict__.update(ready_state("https://openrainbow.com", signed_in=False).__dict__)
    open_at(wizard, Step.SUMMARY)
    panel: Any = wizard.page_for(Step.SUMMARY).preflight
    assert not panel.check_button.isEnabled()
    assert panel.check_note.text() == "Sign in to Rainbow to check."
    panel.request_section.set_expanded(True)
    assert panel.request_text.isVisible()
    assert '"siteId": "<id of the site chosen at declaration>"' in panel.request_text.toPlainText()

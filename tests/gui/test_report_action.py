"""The handover report from the wizard: the More menu entry and the dashboard's button."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from installer_app.domain.flow import Step
from installer_app.domain.plan import DeliveryMode
from installer_app.ui.dialogs.report_action import TECHNICIAN_KEY, ReportAction, ReportOptions
from installer_app.ui.wizard import page_id
from tests.gui.test_summary_declaration import MARTIN, ready_state
from tests.integration.test_report_pdf import pdf_text


def prepared(wizard, tmp_path: Path, *, reveal: bool = False) -> tuple[ReportAction, list[str]]:  # type: ignore[no-untyped-def]
    action = wizard.findChild(ReportAction)
    told: list[str] = []
    action.ask_options = lambda technician: ReportOptions(technician or "Lucas Bernard", reveal)
    action.ask_path = lambda suggested: tmp_path / "handover"
    action.inform = told.append
    return action, told


def open_at(wizard, step: Step) -> None:  # type: ignore[no-untyped-def]
    wizard.setStartId(page_id(step))
    wizard.restart()


def test_menu_entry_writes_the_pdf(qtbot, make_wizard, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    state = ready_state("https://openrainbow.com", mode=DeliveryMode.BTCO)
    state.equipment_id, state.activation_code = "OXO-4F2A91C7", "4821"
    wizard.state.__dict__.update(state.__dict__)
    open_at(wizard, Step.SUMMARY)
    action, told = prepared(wizard, tmp_path)
    texts = [a.text().replace("&", "") for a in wizard.tools_menu.actions()]
    assert "Handover report…" in texts
    action.action.trigger()
    written = tmp_path / "handover.pdf"
    assert written.exists()
    assert str(written) in told[-1]
    text = pdf_text(written)
    for expected in (MARTIN.name, "Martin OXO", "OXO-4F2A91C7", "Lucas Bernard", "****"):
        assert expected in text
    assert "4821" not in text
    assert wizard.settings.value(TECHNICIAN_KEY) == "Lucas Bernard"

    action.ask_options = lambda technician: ReportOptions(technician + " Jr", True)
    assert action.export() == written
    revealed = pdf_text(written)
    assert "4821" in revealed and "Lucas Bernard Jr" in revealed


def test_incomplete_plan_says_what_is_missing(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, tmp_path: Path
) -> None:
    wizard = make_wizard(services)
    action, told = prepared(wizard, tmp_path)
    assert action.export() is None
    assert "complete installation" in told[0]
    assert "Server name" in told[0] or "Customer company" in told[0]
    assert not list(tmp_path.glob("*.pdf"))


def test_cancelled_dialogs_write_nothing(qtbot, make_wizard, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    wizard.state.__dict__.update(ready_state("https://openrainbow.com").__dict__)
    action, told = prepared(wizard, tmp_path)
    action.ask_options = lambda technician: None
    assert action.export() is None
    action, told = prepared(wizard, tmp_path)
    action.ask_path = lambda suggested: None
    assert action.export() is None
    assert not told
    assert not list(tmp_path.glob("*.pdf"))


@pytest.mark.asyncio
async def test_dashboard_button(qtbot, make_wizard, services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    state = ready_state("https://openrainbow.com")
    state.progress.system_id = "sys-1"
    state.progress.pbx_configured = True
    wizard.state.__dict__.update(state.__dict__)
    open_at(wizard, Step.DASHBOARD)
    try:
        dashboard = wizard.page_for(Step.DASHBOARD)
        button = dashboard.findChild(QPushButton, "handoverReportButton")
        assert button is not None and button.isVisibleTo(wizard)
        wizard.grab().save(str(tmp_path / "dashboard.png"))
        _action, told = prepared(wizard, tmp_path)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert (tmp_path / "handover.pdf").exists()
        assert told
    finally:
        await wizard.shutdown()

"""The wizard's frame, the start page and the PBX/mode page."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from installer_app.domain.flow import Step
from installer_app.domain.plan import DeliveryMode, PbxModel
from installer_app.domain.plan_problems import parse_plan
from installer_app.storage.plan_files import save_plan
from tests.unit.test_plan import stock_data


def test_start_page_shows_server_and_goes_on(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    assert wizard.current_step() is Step.START
    page = wizard.page_for(Step.START)
    assert "https://openrainbow.com" in page.in_use.text()
    qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.current_step() is Step.PBX_MODE


def test_the_omc_domain_follows_the_server_chosen(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = wizard.page_for(Step.START)
    assert 'OMC "Domain name" for this server: openrainbow.com.' in page.in_use.text()
    page.server_combo.setCurrentIndex(page.server_combo.findData("https://sandbox.openrainbow.com"))
    text = page.in_use.text()
    assert "https://sandbox.openrainbow.com" in text
    assert 'OMC "Domain name" for this server: sandbox.openrainbow.com (inferred' in text


def test_custom_server_must_be_an_address(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = wizard.page_for(Step.START)
    page.server_combo.setCurrentIndex(page.server_combo.findData("custom"))
    qtbot.keyClicks(page.custom_edit, "rainbow.example.com")
    assert not page.isComplete()
    assert "https://" in page.reason_text()
    page.custom_edit.setText("https://rainbow.example.com/")
    assert page.isComplete()
    assert wizard.state.rainbow_server == "https://rainbow.example.com"


def test_btco_disabled_for_evolution(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    wizard.next()
    page = wizard.page_for(Step.PBX_MODE)
    page.btco_button.setChecked(True)
    assert wizard.state.mode is DeliveryMode.BTCO
    page.evolution_button.setChecked(True)
    assert wizard.state.pbx_model is PbxModel.OXO_CONNECT_EVOLUTION
    assert wizard.state.mode is DeliveryMode.STOCK
    assert not page.btco_button.isEnabled()
    assert page.btco_reason.isVisibleTo(page)
    assert "Evolution" in page.btco_reason.text()


def test_offline_skips_sign_in(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    wizard.page_for(Step.START).offline_box.setChecked(True)
    wizard.next()
    wizard.next()
    assert wizard.current_step() is Step.COMPANY


def test_open_file_resumes_and_bad_file_keeps_state(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    wizard = make_wizard(services)
    page = wizard.page_for(Step.START)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema_version": 1, "mode": "stock"}), "utf-8")
    assert not page.open_plan_file(bad)
    assert "pbx_model" in warnings[0]
    assert wizard.current_step() is Step.START

    good = tmp_path / "good.json"
    save_plan(good, parse_plan(stock_data()))
    page.offline_box.setChecked(True)
    assert page.open_plan_file(good)
    assert wizard.state.server_name == "Martin OXO"
    assert wizard.state.fleet_ref == "ALE12"
    assert wizard.plan_path == good


def test_window_size_is_remembered(qtbot, make_wizard, services, settings) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    wizard.resize(760, 580)
    wizard.close()
    again = make_wizard(services)
    assert (again.width(), again.height()) == (760, 580)


def test_btco_is_spelled_out_where_it_first_appears(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    wizard.next()
    page = wizard.page_for(Step.PBX_MODE)
    assert page.btco_button.text().replace("&", "") == "BTCO (Build To Customer Order)"

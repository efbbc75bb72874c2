"""The pseudo-language over what the wizard shows offline and when something fails.

``test_pseudo_localisation.py`` walks every page the way it goes when all is well; here the
offline preparation is walked too (after a bad installation file was refused), and a BTCO walk
meets, against the embedded sandbox, each failure a technician meets: no keyring, the sign-in
refused, Rainbow unreachable during the search, the declaration refused as a conflict, the PBX
unreachable when pushing, the diagnostics' network check failing. On each, every visible text
(labels, buttons, placeholders, tooltips, accessible descriptions, inline messages, dialogs) must
have gone through the pseudo-language, apart from the named data.
"""

from __future__ import annotations

import json
import socket
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from installer_app.domain.flow import Step
from installer_app.domain.plan import Company, DeliveryMode, Dialing, InstallationPlan
from installer_app.harness.walkthrough import Walkthrough, wait_for
from installer_app.sandbox.embedded import EmbeddedSandbox
from installer_app.services.app_services import AppServices
from installer_app.services.pbx_config import sandbox_pbx_opener
from installer_app.ui import i18n
from installer_app.ui.dialogs.diagnostics_dialog import DiagnosticsDialog
from installer_app.ui.wizard import InstallerWizard
from tests.conftest import MemoryKeyring, services_on_sandbox
from tests.gui.test_pseudo_localisation import sandbox_data, untranslated_texts

pytestmark = [pytest.mark.slow, pytest.mark.asyncio]

#: What each failure leaves on screen is waited for this long (the sandbox is on loopback).
TIMEOUT = 30.0


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application in the pseudo-language, back to English afterwards."""
    i18n.install_pseudo_translator(qapp)
    yield qapp
    i18n.remove_translators(qapp)


@pytest_asyncio.fixture
async def no_keyring_services(embedded: EmbeddedSandbox) -> AsyncIterator[AppServices]:
    """The sandbox's services on a computer without a usable keyring."""
    async with services_on_sandbox(embedded.info, fail.Keyring()) as built:
        yield built


@pytest_asyncio.fixture
async def offline_services(
    embedded: EmbeddedSandbox, memory_keyring: MemoryKeyring
) -> AsyncIterator[AppServices]:
    async with services_on_sandbox(embedded.info, memory_keyring) as built:
        yield built


class Shown:
    """The untranslated texts found on each state the walk stopped at, by name."""

    def __init__(self, wizard: InstallerWizard, data: set[str]) -> None:
        self.wizard = wizard
        self.data = data
        self.found: dict[str, list[str]] = {}

    def check(self, state: str, *data: str) -> None:
        QApplication.processEvents()
        self.found[state] = untranslated_texts(self.wizard, self.data | set(data))

    def problems(self) -> list[str]:
        return [f"{state}: {text}" for state, texts in self.found.items() for text in texts]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_offline_preparation_is_all_in_the_pseudo_language(  # type: ignore[no-untyped-def]
    qtbot,
    app: QApplication,
    make_wizard: Callable[..., InstallerWizard],
    offline_services: AppServices,
    tmp_path: Path,
) -> None:
    wizard = make_wizard(offline_services)
    shown = Shown(wizard, sandbox_data("Martin OXO"))
    start: Any = wizard.page_for(Step.START)
    bad = tmp_path / "bad.oxoplan.json"
    # Hand-edited: an unknown field, a wrong choice, values of the wrong kind, one missing.
    wrong = {"schema_version": 1, "mode": "rental", "colour": "red", "company": {"id": 5},
             "reference_override": "perhaps", "numbering_rules": {},
             "dialing": {"country": "FR", "use_outbound_prefix": []}}  # fmt: skip
    bad.write_text(json.dumps(wrong), "utf-8")

    def read_and_close_the_box() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        # The file's own field names, as the file writes them, precede each problem.
        fields = (*InstallationPlan.model_fields, *Company.model_fields, *Dialing.model_fields)
        shown.check("bad installation file", *fields, "colour")
        box.reject()

    QTimer.singleShot(0, read_and_close_the_box)
    assert not start.open_plan_file(bad)
    start.offline_box.setChecked(True)
    typed = {
        Step.COMPANY: lambda page: (
            qtbot.keyClicks(page.company_id_edit, "65f1c0de0000000000000011"),
            qtbot.keyClicks(page.company_name_edit, "Boulangerie Martin SARL"),
        ),
        Step.PBX: lambda page: qtbot.keyClicks(page.name_edit, "Martin OXO"),
        Step.CREDENTIALS: lambda page: (
            qtbot.keyClicks(page.fleet_edit, "ALE12"),
            qtbot.keyClicks(page.installation_edit, "1234.5678.90"),
        ),
    }
    visited = []
    while (step := wizard.current_step()) is not None and step not in visited:
        visited.append(step)
        shown.check(f"{step.value}, empty")
        if step in typed:
            typed[step](wizard.page_for(step))
            shown.check(f"{step.value}, filled in")
        wizard.next()
    assert Step.SIGN_IN not in visited and {Step.COMPANY, Step.SUMMARY} <= set(visited)
    assert "bad installation file" in shown.found
    assert not shown.problems(), "\n".join(shown.problems())


async def test_every_failure_shown_is_in_the_pseudo_language(  # type: ignore[no-untyped-def]
    qtbot,
    app: QApplication,
    make_wizard: Callable[..., InstallerWizard],
    no_keyring_services: AppServices,
    embedded: EmbeddedSandbox,
) -> None:
    wizard = make_wizard(no_keyring_services)
    pbx: dict[str, Any] = next(p for p in embedded.info.fleet if p["mode"] == "btco")
    shown = Shown(wizard, sandbox_data(f"Boulangerie OXO {pbx['serial']}"))
    walk = Walkthrough(wizard, mode=DeliveryMode.BTCO, pbx=pbx, timeout=TIMEOUT)
    rainbow = embedded.rainbow

    await walk._next(Step.START)
    await walk._choose_mode()
    form: Any = wizard.page_for(Step.SIGN_IN).form
    await wait_for(form.keyring_message.isVisible, "the keyring message", TIMEOUT)
    shown.check("no keyring")

    form.password_edit.setText("not the password")
    QTest.mouseClick(form.sign_in_button, Qt.MouseButton.LeftButton)
    await wait_for(
        lambda: form.password_message.isVisible() or form.general_message.isVisible(),
        "the refusal",
        TIMEOUT,
    )
    shown.check("sign-in refused")
    form.password_edit.setText(embedded.info.password)

    QTest.mouseClick(form.sign_in_button, Qt.MouseButton.LeftButton)
    await wait_for(lambda: wizard.state.signed_in, "the sign-in", TIMEOUT)
    await walk._next(Step.SIGN_IN)

    embedded.call(lambda: rainbow.faults.add("GET", r"/companies", drop=True, times=None))
    company: Any = wizard.page_for(Step.COMPANY)
    qtbot.keyClicks(company.search_edit, "Boulangeri")
    await wait_for(company.results_message.isVisible, "Rainbow unreachable", TIMEOUT)
    shown.check("Rainbow unreachable")
    embedded.call(rainbow.faults.clear)
    qtbot.keyClicks(company.search_edit, "e")
    await wait_for(
        lambda: company.listed_query == "Boulangerie" and company.listed(), "search", TIMEOUT
    )
    company.choose_company(company.listed()[0])
    await walk._next(Step.COMPANY)

    embedded.call(lambda: rainbow.faults.add("POST", r"/systems$", status=409))
    await walk._describe_the_pbx()
    declaration: Any = wizard.page_for(Step.DECLARATION)
    await wait_for(
        lambda: declaration.retry_button.isEnabled() and not declaration.runner.busy,
        "the conflict",
        TIMEOUT,
    )
    shown.check("declaration conflict")
    QTest.mouseClick(declaration.retry_button, Qt.MouseButton.LeftButton)
    await wait_for(lambda: wizard.state.progress.system_id, "the declaration", TIMEOUT)
    await walk._next(Step.DECLARATION)

    config: Any = wizard.page_for(Step.PBX_CONFIG)
    working = no_keyring_services.open_pbx_driver
    no_keyring_services.open_pbx_driver = sandbox_pbx_opener(f"http://127.0.0.1:{_closed_port()}")
    QTest.mouseClick(config.push_button, Qt.MouseButton.LeftButton)
    await wait_for(lambda: not config.runner.busy and config.push_status.text(), "push", TIMEOUT)
    shown.check("PBX unreachable")
    no_keyring_services.open_pbx_driver = working

    server = wizard.state.rainbow_server
    wizard.state.rainbow_server = f"http://127.0.0.1:{_closed_port()}"
    dialog = DiagnosticsDialog(wizard, environ={})
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.run_check()
    await wait_for(lambda: not dialog.busy_checking, "the network check", TIMEOUT)
    assert dialog.message.isVisible()
    shown.check("network check failed")
    dialog.done(0)
    wizard.state.rainbow_server = server
    try:
        assert set(shown.found) == {
            "no keyring",
            "sign-in refused",
            "Rainbow unreachable",
            "declaration conflict",
            "PBX unreachable",
            "network check failed",
        }
        assert not shown.problems(), "\n".join(shown.problems())
    finally:
        await wizard.shutdown()

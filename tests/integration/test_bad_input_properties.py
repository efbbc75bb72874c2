"""Bad input, generated: every case ends in a validation message or in success, never a traceback.

Installation files (arbitrary bytes, arbitrary JSON, a valid plan with one field replaced by
anything, a protected part made of anything), references, prefixes and numbering rules through
the domain; then text pasted from the clipboard into the wizard's own fields (stock references,
dialing prefixes, numbering table cells, company search) with a spy on ``sys.excepthook`` that
must see nothing. The last test prints the tally: ``inputs tried: N``.
"""

from __future__ import annotations

import json
import logging
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import hypothesis
import pytest
import qasync
from hypothesis import HealthCheck, given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from installer_app.domain import dialing, numbering, references
from installer_app.domain.flow import Step
from installer_app.domain.numbering import NumberingRule
from installer_app.domain.plan import DeliveryMode
from installer_app.services.app_services import build_services
from installer_app.storage.credentials import CredentialStore
from installer_app.storage.plan_files import PlanFileError, load_plan
from installer_app.ui.widgets.inline_message import MessageKind
from installer_app.ui.widgets.rules_table import DESCRIPTION, PATTERN, REPLACEMENT
from installer_app.ui.wizard import InstallerWizard, page_id
from tests.gui import conftest as gui_fixtures
from tests.gui.conftest import wait_until
from tests.integration.test_declaration_faults import plan_data

pytestmark = pytest.mark.slow

# The GUI tests' fixtures (and loop hygiene), used here too.
_collect_qt_garbage_on_gui_thread = gui_fixtures._collect_qt_garbage_on_gui_thread
make_wizard = gui_fixtures.make_wizard
rainbow_sandbox = gui_fixtures.rainbow_sandbox
sandbox_account = gui_fixtures.sandbox_account
services = gui_fixtures.services
settings = gui_fixtures.settings

#: How many inputs each property tried (printed by the last test).
TRIED: Counter[str] = Counter()

DOMAIN = hypothesis.settings(max_examples=300, deadline=None)
GUI = hypothesis.settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# -- strategies --------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=6) | st.dictionaries(st.text(max_size=20), children, max_size=6)
    ),
    max_leaves=25,
)
#: What technicians paste: anything, and near-misses of the real shapes (look-alike dashes,
#: spaces, invisible characters, lower case, label text around the value).
noise = st.sampled_from(["", " ", "\t", "\u200b", "\u00a0", "\n", "–", "—", "-", ".", "\ufeff"])
reference_like = st.builds(
    lambda pre, fleet, sep, inst, post: f"{pre}{fleet}{sep}{inst}{post}",
    st.sampled_from(["", "Ref: ", "  ", "PBX "]),
    st.from_regex(r"[A-Za-z]{0,4}[0-9]{0,3}", fullmatch=True),
    noise,
    st.from_regex(r"[0-9]{0,5}[. ]?[0-9]{0,5}[. ]?[0-9]{0,3}", fullmatch=True),
    noise,
)
pasted = st.one_of(
    st.text(max_size=80),
    st.text(alphabet=st.characters(codec="ascii"), max_size=40),
    reference_like,
    st.from_regex(r"[+0-9 ()./-]{0,25}", fullmatch=True),
    st.text(min_size=200, max_size=400),
)


def field_names_in(message: str) -> bool:
    """A validation message names a field (the page's own words)."""
    return bool(message.strip())


# -- installation files ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


def load_outcome(path: Path, raw: bytes, passphrase: str | None = None) -> str:
    """``"plan"`` or ``"refused"``: anything but PlanFileError escapes and fails the test."""
    path.write_bytes(raw)
    try:
        load_plan(path, passphrase=passphrase)
    except PlanFileError as error:
        assert error.problems, "a refusal says why"
        assert all(problem.message.strip() for problem in error.problems)
        return "refused"
    return "plan"


def test_arbitrary_bytes_are_refused_with_a_message(scratch: Path) -> None:
    @DOMAIN
    @given(st.binary(max_size=300))
    def check(raw: bytes) -> None:
        TRIED["file bytes"] += 1
        assert load_outcome(scratch / "bytes.json", raw) == "refused"

    check()


def test_arbitrary_json_is_refused_with_a_message(scratch: Path) -> None:
    @DOMAIN
    @given(json_values)
    def check(value: object) -> None:
        TRIED["file json"] += 1
        raw = json.dumps(value).encode()
        assert load_outcome(scratch / "any.json", raw) == "refused"

    check()


PLAN_FIELDS = (
    "schema_version", "pbx_model", "mode", "company", "server_name", "dialing",
    "numbering_rules", "fleet_ref", "installation_ref", "site_id", "rainbow_server",
    "webrtc_gateway", "progress", "equipment_id", "activation_code", "reference_override",
)  # fmt: skip


def test_a_valid_plan_with_any_field_replaced_loads_or_is_refused(scratch: Path) -> None:
    @DOMAIN
    @given(
        st.sampled_from(PLAN_FIELDS),
        json_values,
        st.sampled_from(["stock", "btco"]),
        st.sampled_from(["replace", "nest"]),
    )
    def check(name: str, value: object, mode: Any, how: str) -> None:
        TRIED["plan field"] += 1
        data = plan_data(mode)
        current = data.get(name)
        if how == "nest" and isinstance(current, dict) and current:
            key = sorted(current)[0]
            data[name] = {**current, key: value}
        else:
            data[name] = value
        load_outcome(scratch / "field.json", json.dumps(data).encode())

    check()


def test_a_protected_part_made_of_anything_is_refused(scratch: Path) -> None:
    @DOMAIN
    @given(json_values, st.none() | st.text(max_size=20))
    def check(block: object, passphrase: str | None) -> None:
        TRIED["protected part"] += 1
        data = {**plan_data(), "protected": block}
        raw = json.dumps(data).encode()
        assert load_outcome(scratch / "protected.json", raw, passphrase) == "refused"

    check()


# -- references, prefixes, numbering rules -----------------------------------------------------


def test_references_end_in_a_reference_or_a_message() -> None:
    @DOMAIN
    @given(pasted, pasted, st.booleans())
    def check(first: str, second: str, override: bool) -> None:
        TRIED["references"] += 1
        for text in (first, second):
            assert references.normalize(references.normalize(text)) == references.normalize(text)
            for check_shape in (references.check_fleet, references.check_installation):
                problem = check_shape(text)
                assert problem is None or field_names_in(problem)
            references.normalize_fleet(text)
            references.normalize_installation(text)
            references.split_pasted(text)
        for attempt in (
            lambda: references.parse_reference(first, override=override),
            lambda: references.join(first, second),
            lambda: references.stock_credentials(first, second),
        ):
            try:
                attempt()
            except references.ReferenceError as error:
                assert error.message.strip() and error.field

    check()


def test_prefixes_and_numbers_end_in_a_preview_or_a_message() -> None:
    @DOMAIN
    @given(pasted, pasted, pasted, st.sampled_from(["FR", "DE", "IT", "US", "", "XX", "fr "]))
    def check(prefix: str, outbound: str, number: str, country: str) -> None:
        TRIED["prefixes"] += 1
        problem = dialing.check_prefix("National prefix", prefix)
        assert problem is None or problem.startswith("National prefix")
        result = dialing.preview(
            number,
            country=country,
            national_prefix=prefix,
            international_prefix="00",
            outbound_prefix=outbound,
            use_outbound_prefix=bool(outbound),
        )
        if result.kind == "invalid":
            assert result.message.strip()

    check()


rule_texts = st.one_of(
    st.text(max_size=70),
    st.from_regex(r"\^?[0-9\\d\[\]{}(),.*+?$|]{0,20}", fullmatch=True),
)


def test_numbering_rules_end_in_problems_or_a_simulation() -> None:
    @DOMAIN
    @given(
        st.lists(st.builds(NumberingRule, rule_texts, rule_texts, st.text(max_size=30)),
                 max_size=4),
        st.from_regex(r"[+0-9 .-]{0,18}", fullmatch=True),
    )  # fmt: skip
    def check(rules: list[NumberingRule], number: str) -> None:
        TRIED["numbering rules"] += 1
        for problem in numbering.validate_rules(rules):
            assert problem.message.strip()
        simulation = numbering.simulate(number, rules, outbound_prefix="0")
        assert simulation.explanation.strip()

    check()


# -- the wizard, pasted into ---------------------------------------------------------------------


class ExceptHookSpy:
    """Replaces ``sys.excepthook`` for the test and records what reaches it."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        self.seen.append(f"{kind.__name__}: {error}")


@pytest.fixture
def excepthook_spy(caplog: pytest.LogCaptureFixture) -> Iterator[ExceptHookSpy]:
    """Whatever escapes a Qt slot (sys.excepthook) or a background task (its error log)."""
    spy = ExceptHookSpy()
    previous = sys.excepthook
    sys.excepthook = spy
    caplog.set_level(logging.ERROR, logger="installer_app")
    try:
        yield spy
    finally:
        sys.excepthook = previous
    spy.seen.extend(r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR)
    assert spy.seen == [], "the wizard let an exception escape"


def paste(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Replace the field's text by ``text`` pasted with Ctrl+V, as from another program."""
    QGuiApplication.clipboard().setText(text)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def open_step(wizard: InstallerWizard, step: Step) -> Any:
    wizard.setStartId(page_id(step))
    wizard.restart()
    return wizard.page_for(step)


def assert_message_or_success(wizard: InstallerWizard, page: Any) -> None:
    """Next is enabled, or the page says why at the bottom; the wizard is still standing."""
    assert wizard.isVisible()
    if page.isComplete():
        assert page.reason_text() == ""
    else:
        assert page.reason_text().strip()


def test_pasting_into_the_stock_references(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, excepthook_spy: ExceptHookSpy
) -> None:
    wizard = make_wizard(services)
    wizard.state.mode = DeliveryMode.STOCK
    page = open_step(wizard, Step.CREDENTIALS)

    @GUI
    @given(pasted, st.sampled_from(["fleet", "installation"]))
    def check(text: str, which: str) -> None:
        TRIED["pasted references"] += 1
        page.fleet_edit.clear()
        page.installation_edit.clear()
        edit = page.fleet_edit if which == "fleet" else page.installation_edit
        paste(qtbot, edit, text)
        edit.editingFinished.emit()  # leaving the field tidies it
        assert_message_or_success(wizard, page)
        for field, message, shape in (
            (page.fleet_edit, page.fleet_message, references.check_fleet),
            (page.installation_edit, page.installation_message, references.check_installation),
        ):
            if field.text().strip() and shape(field.text()):
                assert message.kind in (MessageKind.ERROR, MessageKind.WARNING)
                assert message.text().strip()
        if page.isComplete():
            assert page.equipment_field.value()

    check()


def test_pasting_into_the_dialing_prefixes(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, excepthook_spy: ExceptHookSpy
) -> None:
    wizard = make_wizard(services)
    page = open_step(wizard, Step.DIALING)
    page.country_combo.set_country("FR")
    edits = {
        "national": (page.national_edit, page.national_message, "National prefix"),
        "international": (page.international_edit, page.international_message,
                          "International prefix"),
        "outbound": (page.outbound_edit, page.outbound_message, "Outbound prefix"),
    }  # fmt: skip

    @GUI
    @given(pasted, st.sampled_from(sorted(edits)), st.booleans())
    def check(text: str, which: str, use_outbound: bool) -> None:
        TRIED["pasted prefixes"] += 1
        page.use_outbound_box.setChecked(use_outbound)
        edit, message, name = edits[which]
        paste(qtbot, edit, text)
        assert_message_or_success(wizard, page)
        value = edit.text().strip()
        if value and not dialing.is_digits(value):
            assert message.kind is MessageKind.ERROR
            assert message.text().startswith(name)
        edit.setText({"national": "0", "international": "00", "outbound": "0"}[which])

    check()


def edit_cell_by_pasting(qtbot, page: Any, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    item = page.table.item(row, column)
    page.table.setCurrentCell(row, column)
    page.table.editItem(item)
    [editor] = [e for e in page.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    paste(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)


def test_pasting_into_the_numbering_table(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, excepthook_spy: ExceptHookSpy
) -> None:
    wizard = make_wizard(services)
    state = wizard.state
    state.country, state.national_prefix, state.international_prefix = "FR", "0", "00"
    state.rules = [NumberingRule("^([0-9]{1,5})$", "$1", "internal")]
    page = open_step(wizard, Step.NUMBERING)

    @GUI
    @given(pasted | rule_texts, st.sampled_from([PATTERN, REPLACEMENT, DESCRIPTION]), pasted)
    def check(text: str, column: int, number: str) -> None:
        TRIED["pasted rules"] += 1
        page.table.set_rules([NumberingRule("^([0-9]{1,5})$", "$1", "internal")])
        page.changed()
        edit_cell_by_pasting(qtbot, page, 0, column, text)
        assert_message_or_success(wizard, page)
        problems = numbering.validate_rules(wizard.state.rules)
        if any(not p.warning for p in problems):
            assert page.problem_list.count() >= 1
        paste(qtbot, page.tester.number_edit, number)
        assert wizard.isVisible()

    check()


def test_pasting_into_the_company_search(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, sandbox_account, memory_keyring, excepthook_spy: ExceptHookSpy
) -> None:
    """The search needs the running loop: generated first, then pasted on a qasync loop."""
    from tests.gui.test_company_page import open_company_page

    collected: list[str] = []

    @hypothesis.settings(max_examples=40, deadline=None)
    @given(pasted)
    def collect(text: str) -> None:
        collected.append(text)

    collect()
    services = build_services(
        sandbox=sandbox_account, credentials=CredentialStore(memory_keyring, environ={})
    )

    async def paste_each() -> None:
        wizard = make_wizard(services)
        page = await open_company_page(wizard)
        try:
            for text in collected:
                TRIED["pasted searches"] += 1
                paste(qtbot, page.search_edit, text)
                page.search_now()
                await wait_until(lambda: not page._search_runner.busy, 20)
                query = page.search_edit.text().strip()
                answered = page.listed_query == query
                assert answered or page.results_message.kind is MessageKind.ERROR, repr(text)
                if answered and not page.listed():
                    assert page.results_message.text().strip()
                assert_message_or_success(wizard, page)
        finally:
            await wizard.shutdown()
            await services.rainbow.close()

    loop = qasync.QEventLoop(QApplication.instance())
    try:
        loop.run_until_complete(paste_each())
    finally:
        loop.close()


def test_inputs_tried_tally() -> None:
    """The figure line of the sweep (all of it when the whole module runs)."""
    total = sum(TRIED.values())
    details = ", ".join(f"{name} {count}" for name, count in sorted(TRIED.items()))
    print(f"inputs tried: {total} ({details})")
    assert total > 0

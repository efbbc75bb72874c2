"""The numbering rules page: the table editor, ready-made rules, problems and the tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QInputDialog,
    QLineEdit,
    QWizard,
)

from installer_app.domain.flow import Step
from installer_app.domain.numbering import MAX_RULES, NumberingRule
from installer_app.ui.pages.numbering import NumberingPage
from installer_app.ui.widgets.rule_tester import MAX_TEST_LENGTH
from installer_app.ui.widgets.rules_table import DESCRIPTION, PATTERN, REPLACEMENT
from installer_app.ui.wizard import InstallerWizard, page_id

INTERNAL = NumberingRule("^([0-9]{1,5})$", "$1", "Internal numbers of 1–5 digits")
LILLE = NumberingRule("^0321([0-9]+)$", "000321$1", "Lille area via the local trunk")
BLOCK_0800 = NumberingRule("^0800", "", "Block 0800")


def open_page(wizard: InstallerWizard, rules: list[NumberingRule] | None = None) -> NumberingPage:
    """Show the numbering page first, with French dialing prefixes and outbound prefix 0."""
    state = wizard.state
    state.country, state.national_prefix, state.international_prefix = "FR", "0", "00"
    state.outbound_prefix, state.use_outbound_prefix = "0", True
    state.rules = list(rules or [])
    wizard.setStartId(page_id(Step.NUMBERING))
    wizard.restart()
    page = wizard.page_for(Step.NUMBERING)
    assert isinstance(page, NumberingPage)
    return page


def next_enabled(wizard: InstallerWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def edit_cell(qtbot, page: NumberingPage, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type into a cell through its editor, as a technician does, and commit with Enter."""
    item = page.table.item(row, column)
    assert item is not None
    editing = page.table.state() == QAbstractItemView.State.EditingState
    if not (editing and page.table.currentItem() is item):
        page.table.setCurrentCell(row, column)
        page.table.editItem(item)
    # Closed editors linger until deleted later: the open one is the visible one.
    editors = [e for e in page.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes its editor through a queued call.
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)


def messages(page: NumberingPage) -> list[str]:
    return [page.problem_list.item(i).text() for i in range(page.problem_list.count())]


def test_no_rules_is_fine_and_the_tester_explains_the_default(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    assert next_enabled(wizard)
    assert not page.problem_list.isVisibleTo(page)
    qtbot.keyClicks(page.tester.number_edit, "01 23 45 67 89")
    assert page.tester.result_label.text() == "No rule matched: default analysis → 00123456789"
    assert "There are no rules" in page.tester.explanation_label.text()
    assert "outbound prefix 0" in page.tester.explanation_label.text()


def test_ready_made_internal_numbers(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    click(qtbot, page.internal_button)
    assert wizard.state.rules == [
        NumberingRule("^([0-9]{1,5})$", "$1", "Internal numbers of 1–5 digits")
    ]
    assert page.table.item(0, PATTERN).text() == "^([0-9]{1,5})$"
    assert next_enabled(wizard)
    qtbot.keyClicks(page.tester.number_edit, "1234")
    assert page.tester.result_label.text() == "Rule 1 matched → 1234"


def test_block_a_prefix_through_its_dialog(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard, [INTERNAL])
    click(qtbot, page.block_button)
    dialog = page.prefix_dialog
    assert isinstance(dialog, QInputDialog)
    assert QApplication.activeModalWidget() is dialog
    field = dialog.findChild(QLineEdit)
    qtbot.keyClicks(field, "0800")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert page.prefix_dialog is None
    assert wizard.state.rules[1] == NumberingRule("^0800", "", "Block numbers starting with 0800")
    assert page.table.currentRow() == 1
    qtbot.keyClicks(page.tester.number_edit, "0800 123 456")
    assert page.tester.result_label.text() == "Rule 2 matched → blocked: the call is not placed."
    assert "blocked" in page.tester.explanation_label.text()


def test_block_a_prefix_cancelled_adds_nothing(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    click(qtbot, page.block_button)
    assert page.prefix_dialog is not None
    qtbot.keyClick(page.prefix_dialog, Qt.Key.Key_Escape)
    assert page.prefix_dialog is None
    assert wizard.state.rules == []


@pytest.mark.parametrize("prefix", ["08OO", "", "0800-", "^0800"])
def test_block_a_prefix_refuses_what_is_not_a_prefix(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, prefix: str
) -> None:
    wizard = make_wizard(services)
    page = open_page(wizard)
    assert not page.block_prefix(prefix)
    assert wizard.state.rules == []
    assert page.block_message.text().startswith("Block a prefix")


def test_block_an_international_prefix_escapes_the_plus(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard)
    assert page.block_prefix("+33 899")
    assert wizard.state.rules[0].regexp_match == r"^\+33899"
    assert next_enabled(wizard)


def test_bad_regex_marks_the_cell_and_blocks_next(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard, [INTERNAL])
    click(qtbot, page.add_button)
    assert page.table.rowCount() == 2
    assert not next_enabled(wizard)  # an empty pattern is an error
    assert page.reason_text().startswith("Rule 2, pattern: empty")

    edit_cell(qtbot, page, 1, PATTERN, "^(0[1-9]")
    edit_cell(qtbot, page, 1, REPLACEMENT, "$1")
    assert wizard.state.rules[1] == NumberingRule("^(0[1-9]", "$1")
    tooltip, marked = page.table.cell_marks(1, PATTERN)
    assert marked
    assert "not a valid regular expression" in tooltip
    assert page.table.cell_marks(0, PATTERN) == ("", False)
    assert any(
        m.startswith("Rule 2, pattern: not a valid regular expression") for m in messages(page)
    )
    assert not next_enabled(wizard)
    assert page.reason_text().startswith("Rule 2, pattern")

    qtbot.keyClicks(page.tester.number_edit, "0612345678")
    assert "Rule 2 was skipped: it has an error." in page.tester.explanation_label.text()

    edit_cell(qtbot, page, 1, PATTERN, "^(0[1-9])")
    assert page.table.cell_marks(1, PATTERN) == ("", False)
    assert next_enabled(wizard)


def test_clicking_a_problem_goes_to_its_cell(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard, [INTERNAL, LILLE, NumberingRule("^0321", "$2")])
    assert messages(page) == [
        "Rule 3, replacement: $2 refers to group 2 but the pattern has no group in "
        "parentheses; add parentheses to the pattern or change the number."
    ]
    item = page.problem_list.item(0)
    rect = page.problem_list.visualItemRect(item)
    qtbot.mouseClick(page.problem_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (page.table.currentRow(), page.table.currentColumn()) == (2, REPLACEMENT)


def test_replacement_group_beyond_the_pattern_is_marked(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard, [NumberingRule("^0321", "$2")])
    tooltip, marked = page.table.cell_marks(0, REPLACEMENT)
    assert marked
    assert "$2 refers to group 2" in tooltip
    assert not next_enabled(wizard)


def test_description_with_a_line_break_is_an_error_on_its_cell(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services
) -> None:
    wizard = make_wizard(services)
    page = open_page(wizard, [NumberingRule("^0321", "00", "two\nlines")])
    tooltip, marked = page.table.cell_marks(0, DESCRIPTION)
    assert marked
    assert "line breaks" in tooltip and "\\x0a" in tooltip
    assert not next_enabled(wizard)  # the installation file would refuse it


def test_description_with_an_unusual_space_is_a_warning_on_its_cell(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services
) -> None:
    wizard = make_wizard(services)
    page = open_page(wizard, [NumberingRule("^0321", "00", "two\u2028lines")])
    _tooltip, marked = page.table.cell_marks(0, DESCRIPTION)
    assert marked
    assert next_enabled(wizard)  # a warning does not block


def test_digit_class_warning_and_its_one_click_fix(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard, [NumberingRule(r"^(\d{1,5})$", "$1"), LILLE])
    assert next_enabled(wizard)  # a warning only
    assert page.digit_fix_button.isVisibleTo(page)
    tooltip, marked = page.table.cell_marks(0, PATTERN)
    assert marked
    assert r"does not support \d" in tooltip
    click(qtbot, page.digit_fix_button)
    assert wizard.state.rules[0].regexp_match == "^([0-9]{1,5})$"
    assert wizard.state.rules[1] == LILLE
    assert not page.digit_fix_button.isVisibleTo(page)
    assert page.table.cell_marks(0, PATTERN) == ("", False)
    assert messages(page) == []


def test_remove_and_move(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard, [INTERNAL, LILLE, BLOCK_0800])
    page.table.selectRow(2)
    assert page.up_button.isEnabled()
    assert not page.down_button.isEnabled()
    click(qtbot, page.up_button)
    assert wizard.state.rules == [INTERNAL, BLOCK_0800, LILLE]
    assert page.table.currentRow() == 1
    click(qtbot, page.up_button)
    assert wizard.state.rules == [BLOCK_0800, INTERNAL, LILLE]
    assert not page.up_button.isEnabled()
    click(qtbot, page.down_button)
    assert wizard.state.rules == [INTERNAL, BLOCK_0800, LILLE]
    click(qtbot, page.remove_button)
    assert wizard.state.rules == [INTERNAL, LILLE]
    assert page.table.currentRow() == 1


def test_order_decides_which_rule_the_tester_reports(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    catch_all = NumberingRule("^0", "00", "Public numbers with the outbound prefix")
    page = open_page(wizard, [INTERNAL, LILLE, catch_all])
    qtbot.keyClicks(page.tester.number_edit, "03 21 45 67 89")
    assert page.tester.result_label.text() == "Rule 2 matched → 000321456789"
    page.table.selectRow(2)
    click(qtbot, page.up_button)
    assert page.tester.result_label.text() == "Rule 2 matched → 00321456789"
    assert "adds no outbound prefix after a rule" not in page.tester.explanation_label.text()


def test_tester_is_limited_to_32_characters(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard, [INTERNAL])
    qtbot.keyClicks(page.tester.number_edit, "1" * 40)
    assert MAX_TEST_LENGTH == 32
    assert len(page.tester.number_edit.text()) == 32
    assert page.tester.result_label.text().startswith("No rule matched")


def test_at_most_100_rules(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    rules = [NumberingRule(f"^{1000 + i}$", "0") for i in range(MAX_RULES)]
    page = open_page(wizard, rules)
    assert next_enabled(wizard)
    for button in (page.add_button, page.internal_button, page.block_button):
        assert not button.isEnabled()
        assert "at most 100" in button.toolTip()
    assert "at most 100" in page.limit_label.text()
    assert not page.block_prefix("0800")
    assert len(wizard.state.rules) == MAX_RULES
    assert "at most 100" in page.block_message.text()

    page.table.selectRow(0)
    click(qtbot, page.remove_button)
    assert len(wizard.state.rules) == MAX_RULES - 1
    assert page.add_button.isEnabled()
    assert page.limit_label.text() == ""


def test_101_rules_block_next(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    rules = [NumberingRule(f"^{1000 + i}$", "0") for i in range(MAX_RULES + 1)]
    page = open_page(wizard, rules)
    assert not next_enabled(wizard)
    assert page.reason_text().startswith("101 numbering rules: Rainbow accepts at most 100")
    assert messages(page)[0].startswith("101 numbering rules")
    assert not page.add_button.isEnabled()


def test_next_goes_to_the_summary(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    page = open_page(wizard, [INTERNAL])
    click(qtbot, page.internal_button)  # a duplicate pattern: a warning, not a blocker
    assert any("same as rule 1" in m for m in messages(page))
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.current_step() is Step.SUMMARY
    wizard.back()
    assert page.table.rowCount() == 2


def test_the_advice_on_the_whole_match_leads_somewhere(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    """\\0 used to be answered "write $0", and $0 then "not supported: write $1"."""
    wizard = make_wizard(services)
    page = open_page(wizard, [INTERNAL])
    click(qtbot, page.add_button)
    edit_cell(qtbot, page, 1, PATTERN, "^(0[1-9].*)$")
    edit_cell(qtbot, page, 1, REPLACEMENT, "\\0")
    advice = [m for m in messages(page) if m.startswith("Rule 2, replacement")]
    assert advice == ["Rule 2, replacement: write $1 instead of \\0 to use a group."]
    edit_cell(qtbot, page, 1, REPLACEMENT, "$1")  # as advised
    assert not [m for m in messages(page) if m.startswith("Rule 2")]
    assert next_enabled(wizard)

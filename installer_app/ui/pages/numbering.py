"""Numbering rules: an editor with ready-made rules, per-cell problems, and a live tester.

Rainbow applies the first rule whose pattern matches a dialled number and sends the result to
the PBX; when none matches it analyses the number itself. The tester runs exactly that
(:class:`~installer_app.ui.widgets.rule_tester.RuleTester`) with the Dialing page's prefixes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
)

from installer_app.domain import numbering, rule_syntax
from installer_app.domain.flow import WizardState
from installer_app.domain.numbering import MAX_RULES, NumberingRule, RuleProblem
from installer_app.ui.pages.base import StepPage
from installer_app.ui.support.domain_text import translate_domain
from installer_app.ui.widgets.inline_message import InlineMessage
from installer_app.ui.widgets.rule_tester import Prefixes, RuleTester
from installer_app.ui.widgets.rules_table import COLUMN_OF_FIELD, RulesTable

INTERNAL_PATTERN = "^([0-9]{1,5})$"
INTERNAL_REPLACEMENT = "$1"
_BLOCKABLE = frozenset("0123456789*#+")


def blocking_pattern(prefix: str) -> str:
    """The pattern that matches numbers starting with ``prefix`` (``+`` and ``*`` escaped)."""
    return "^" + prefix.replace("+", r"\+").replace("*", r"\*")


class NumberingPage(StepPage):
    """Rules table with Add / Remove / Move, ready-made rules, problems, and a tester.

    Attributes:
        prefix_dialog: the "Block a prefix" dialog while it is open, else None.
    """

    def _init_ui(self) -> None:
        self.setTitle(self.tr("Numbering rules"))
        self.setSubTitle(
            self.tr(
                "Rainbow applies the first rule whose pattern matches the dialled number and "
                "sends the result to the PBX. An empty replacement blocks the number."
            )
        )
        self.prefix_dialog: QInputDialog | None = None
        self._init_editor()
        self._init_problems()
        self.tester = RuleTester()
        self._body.addWidget(self.tester)

    def _init_editor(self) -> None:
        row = QHBoxLayout()
        self.table = RulesTable()
        self.table.setAccessibleName(self.tr("Numbering rules"))
        self.table.rulesChanged.connect(self.changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        table_label = QLabel(self.tr("&Rules, in the order Rainbow tries them:"))
        table_label.setBuddy(self.table)
        left = QVBoxLayout()
        left.addWidget(table_label)
        left.addWidget(self.table, 1)
        row.addLayout(left, 1)
        buttons = QVBoxLayout()
        self.add_button = self._button(self.tr("&Add rule"), self._add_empty, buttons)
        self.remove_button = self._button(self.tr("R&emove"), self.table.remove_current, buttons)
        self.up_button = self._button(
            self.tr("Move &up"), lambda: self.table.move_current(-1), buttons
        )
        self.down_button = self._button(
            self.tr("Move &down"), lambda: self.table.move_current(1), buttons
        )
        buttons.addSpacing(12)
        buttons.addWidget(QLabel(self.tr("Ready-made:")))
        self.internal_button = self._button(
            self.tr("&Internal numbers"), self._add_internal, buttons
        )
        self._internal_tip = (
            self.tr("Internal numbers of 1–5 digits: %1 → %2")
            .replace("%1", INTERNAL_PATTERN)
            .replace("%2", INTERNAL_REPLACEMENT)
        )
        self.block_button = self._button(self.tr("Block a &prefix…"), self._ask_prefix, buttons)
        buttons.addStretch(1)
        row.addLayout(buttons)
        self._body.addLayout(row, 1)
        self.limit_label = InlineMessage(self.tr("Rule limit"))
        self.block_message = InlineMessage(self.tr("Block a prefix problem"))
        self._body.addWidget(self.limit_label)
        self._body.addWidget(self.block_message)

    def _button(self, text: str, slot: Callable[[], object], layout: QVBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").replace("…", ""))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def _init_problems(self) -> None:
        self.problem_list = QListWidget()
        self.problem_list.setObjectName("ruleProblems")
        self.problem_list.setAccessibleName(self.tr("Problems in the rules"))
        self.problem_list.setMaximumHeight(self.fontMetrics().height() * 5)
        self.problem_list.setWordWrap(True)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.problem_list.itemClicked.connect(self._go_to_problem)
        self.digit_fix_button = QPushButton(self.tr(r"Use [0-9] instead of \d in every pattern"))
        self.digit_fix_button.setAccessibleName(self.tr(r"Use [0-9] instead of \d"))
        self.digit_fix_button.setAutoDefault(False)
        self.digit_fix_button.clicked.connect(self.fix_digit_class)
        self._body.addWidget(self.problem_list)
        fix_row = QHBoxLayout()
        fix_row.addWidget(self.digit_fix_button)
        fix_row.addStretch(1)
        self._body.addLayout(fix_row)

    # -- state -----------------------------------------------------------------------------

    def load_state(self, state: WizardState) -> None:
        self.table.set_rules(state.rules)
        self._show_feedback(state)

    def store_state(self, state: WizardState) -> None:
        state.rules = self.table.rules()
        self._show_feedback(state)

    # -- editing ---------------------------------------------------------------------------

    def _add_empty(self) -> None:
        if self.table.rowCount() >= MAX_RULES:
            return
        row = self.table.add_rule(NumberingRule("", ""))
        self.table.setCurrentCell(row, COLUMN_OF_FIELD["regexpMatch"])
        item = self.table.item(row, COLUMN_OF_FIELD["regexpMatch"])
        if item is not None:
            self.table.editItem(item)

    def _add_internal(self) -> None:
        if self.table.rowCount() < MAX_RULES:
            self.table.add_rule(
                NumberingRule(
                    INTERNAL_PATTERN,
                    INTERNAL_REPLACEMENT,
                    self.tr("Internal numbers of 1–5 digits"),
                )
            )

    def _ask_prefix(self) -> None:
        """Ask which prefix to block (window-modal, does not block the event loop)."""
        if self.prefix_dialog is not None or self.table.rowCount() >= MAX_RULES:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Block a prefix"))
        dialog.setLabelText(
            self.tr("Calls to numbers starting with this prefix will be blocked (e.g. 0800):")
        )
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.textValueSelected.connect(self.block_prefix)
        dialog.finished.connect(self._prefix_dialog_closed)
        self.prefix_dialog = dialog
        dialog.open()

    def _prefix_dialog_closed(self) -> None:
        dialog, self.prefix_dialog = self.prefix_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def block_prefix(self, prefix: str) -> bool:
        """Add a rule blocking ``prefix``; False (with a message) when it is not dialable."""
        if self.table.rowCount() >= MAX_RULES:
            self.block_message.show_error(self._limit_text())
            return False
        compact = "".join(prefix.split())
        if not compact or not set(compact) <= _BLOCKABLE:
            self.block_message.show_error(
                self.tr(
                    "Block a prefix: “%1” is not a prefix; type digits (and * # +), e.g. 0800."
                ).replace("%1", prefix.strip())
            )
            return False
        self.block_message.clear_message()
        self.table.add_rule(
            NumberingRule(
                blocking_pattern(compact),
                numbering.BLOCKING_REPLACEMENT,
                self.tr("Block numbers starting with %1").replace("%1", compact),
            )
        )
        return True

    def fix_digit_class(self) -> None:
        """Write every ``\\d`` of every pattern as ``[0-9]``, which Rainbow accepts."""
        self.table.set_rules([rule.with_digit_class_rewritten() for rule in self.table.rules()])
        self.changed()

    # -- feedback --------------------------------------------------------------------------

    def _show_feedback(self, state: WizardState) -> None:
        problems = numbering.validate_rules(state.rules)
        self.table.mark(problems)
        self._list_problems(problems)
        self.digit_fix_button.setVisible(
            any(
                rule_syntax.rewrite_digit_class(r.regexp_match) != r.regexp_match
                for r in state.rules
            )
        )
        self._update_buttons()
        self.tester.set_context(
            state.rules,
            Prefixes(
                national=state.national_prefix,
                international=state.international_prefix,
                outbound=state.outbound_prefix,
                use_outbound=state.use_outbound_prefix,
            ),
        )

    def _list_problems(self, problems: list[RuleProblem]) -> None:
        self.problem_list.clear()
        style = self.style()
        for problem in problems:
            icon = style.standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning
                if problem.warning
                else QStyle.StandardPixmap.SP_MessageBoxCritical
            )
            item = QListWidgetItem(icon, translate_domain(problem.message))
            item.setData(Qt.ItemDataRole.UserRole, (problem.index, problem.field))
            self.problem_list.addItem(item)
        self.problem_list.setVisible(bool(problems))

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        index, field = item.data(Qt.ItemDataRole.UserRole)
        column = COLUMN_OF_FIELD.get(field)
        if index is not None and column is not None and index < self.table.rowCount():
            self.table.setCurrentCell(index, column)
            self.table.setFocus()

    def _update_buttons(self) -> None:
        count = self.table.rowCount()
        row = self.table.currentRow()
        full = count >= MAX_RULES
        why_full = self._limit_text()
        for button, tip in (
            (self.add_button, ""),
            (self.internal_button, self._internal_tip),
            (self.block_button, ""),
        ):
            button.setEnabled(not full)
            button.setToolTip(why_full if full else tip)
        self.limit_label.show_warning(why_full if full else "")
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _limit_text(self) -> str:
        return self.tr(
            "Rainbow accepts at most %1 numbering rules: remove one to add another."
        ).replace("%1", str(MAX_RULES))

"""A live tester for numbering rules: type a number, see which rule matches and what the PBX gets.

It runs :func:`~installer_app.domain.numbering.simulate`, exactly what Rainbow does: the first
matching rule and only it, else Rainbow's own analysis with the installation's prefixes. A badly
written pattern can take long on a long input, so the number is limited to
:data:`MAX_TEST_LENGTH` characters (patterns are limited by the rules' validation).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from installer_app.domain import numbering
from installer_app.domain.numbering import NumberingRule
from installer_app.ui.support.domain_text import translate_domain

#: Longest number the tester accepts.
MAX_TEST_LENGTH = 32


@dataclass(frozen=True)
class Prefixes:
    """The dialing prefixes Rainbow's own analysis uses when no rule matches."""

    national: str = "0"
    international: str = "00"
    outbound: str = ""
    use_outbound: bool = False


class RuleTester(QGroupBox):
    """A number field and what happens to that number, updated as the number or rules change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Tester"), parent)
        self._rules: list[NumberingRule] = []
        self._prefixes = Prefixes()
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.number_edit = QLineEdit()
        self.number_edit.setMaxLength(MAX_TEST_LENGTH)
        self.number_edit.setAccessibleName(self.tr("Number to test"))
        self.number_edit.setPlaceholderText(
            self.tr("A number as a Rainbow user dials it (up to %1 characters)").replace(
                "%1", str(MAX_TEST_LENGTH)
            )
        )
        self.number_edit.textChanged.connect(self.refresh)
        label = QLabel(self.tr("&Test a number:"))
        label.setBuddy(self.number_edit)
        row.addWidget(label)
        row.addWidget(self.number_edit, 1)
        self.result_label = QLabel()
        self.result_label.setObjectName("testResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.result_label.font()
        font.setBold(True)
        self.result_label.setFont(font)
        self.explanation_label = QLabel()
        self.explanation_label.setObjectName("testExplanation")
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.explanation_label)
        self.refresh()

    def set_context(self, rules: Sequence[NumberingRule], prefixes: Prefixes) -> None:
        """Test against ``rules`` and ``prefixes`` from now on, and show the new result."""
        self._rules = list(rules)
        self._prefixes = prefixes
        self.refresh()

    def refresh(self) -> None:
        """Run the number through the rules again."""
        number = self.number_edit.text()
        if not number.strip():
            self.result_label.setText(self.tr("Type a number to see what the PBX receives."))
            self.explanation_label.clear()
            return
        result = numbering.simulate(
            number,
            self._rules,
            national_prefix=self._prefixes.national,
            international_prefix=self._prefixes.international,
            outbound_prefix=self._prefixes.outbound,
            use_outbound_prefix=self._prefixes.use_outbound,
        )
        if result.blocked and result.matched_index is not None:
            headline = self.tr("Rule %1 matched → blocked: the call is not placed.").replace(
                "%1", str(result.matched_index + 1)
            )
        elif result.matched_index is not None:
            headline = (
                self.tr("Rule %1 matched → %2")
                .replace("%1", str(result.matched_index + 1))
                .replace("%2", result.sent_to_pbx or "")
            )
        else:
            headline = self.tr("No rule matched: default analysis → %1").replace(
                "%1", result.sent_to_pbx or ""
            )
        self.result_label.setText(headline)
        self.explanation_label.setText(translate_domain(result.explanation))

"""An editable table of numbering rules (pattern, replacement, description) that shows problems.

Problems from :func:`~installer_app.domain.numbering.validate_rules` are marked on the cell they
concern: a tinted background (translucent, so it reads in light and dark mode), an icon saying
error or warning, and the messages as the cell's tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from installer_app.domain.numbering import NumberingRule, RuleProblem
from installer_app.ui.support.domain_text import translate_domain

PATTERN, REPLACEMENT, DESCRIPTION = range(3)
#: Which column shows which Rainbow field.
COLUMN_OF_FIELD = {"regexpMatch": PATTERN, "regexpReplace": REPLACEMENT, "description": DESCRIPTION}

_ERROR_TINT = QColor(220, 50, 47, 70)
_WARNING_TINT = QColor(230, 170, 0, 70)


class RulesTable(QTableWidget):
    """The rules, one per row, in the order Rainbow tries them.

    Signals:
        rulesChanged(): a cell was edited or rows were added, removed or moved.
    """

    rulesChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels(
            [self.tr("Pattern"), self.tr("Replacement"), self.tr("Description")]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(PATTERN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(REPLACEMENT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        # Never narrower than the column's title, which is longer in some languages.
        header.resizeSection(PATTERN, max(220, header.sectionSizeHint(PATTERN)))
        header.resizeSection(REPLACEMENT, max(130, header.sectionSizeHint(REPLACEMENT)))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self._mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.itemChanged.connect(self._item_changed)

    # -- content ---------------------------------------------------------------------------

    def rules(self) -> list[NumberingRule]:
        """The rules as shown, top to bottom."""
        return [
            NumberingRule(
                self._text(row, PATTERN), self._text(row, REPLACEMENT), self._text(row, DESCRIPTION)
            )
            for row in range(self.rowCount())
        ]

    def set_rules(self, rules: Sequence[NumberingRule]) -> None:
        """Show ``rules``, replacing the rows (emits nothing)."""
        self.blockSignals(True)
        try:
            self.setRowCount(0)
            for rule in rules:
                self._append(rule)
        finally:
            self.blockSignals(False)

    def add_rule(self, rule: NumberingRule) -> int:
        """Append ``rule``, select it and return its row."""
        self.blockSignals(True)
        try:
            row = self._append(rule)
        finally:
            self.blockSignals(False)
        self.selectRow(row)
        self.rulesChanged.emit()
        return row

    def remove_current(self) -> None:
        """Remove the selected rule, keeping a neighbour selected."""
        row = self.currentRow()
        if row < 0:
            return
        self.removeRow(row)
        if self.rowCount():
            self.selectRow(min(row, self.rowCount() - 1))
        self.rulesChanged.emit()

    def move_current(self, offset: int) -> None:
        """Move the selected rule up (-1) or down (+1), keeping it selected."""
        row = self.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.rowCount():
            return
        rules = self.rules()
        rules[row], rules[target] = rules[target], rules[row]
        column = max(self.currentColumn(), 0)
        self.set_rules(rules)
        self.setCurrentCell(target, column)
        self.selectRow(target)
        self.rulesChanged.emit()

    def _append(self, rule: NumberingRule) -> int:
        row = self.rowCount()
        self.insertRow(row)
        for column, text in enumerate((rule.regexp_match, rule.regexp_replace, rule.description)):
            item = QTableWidgetItem(text)
            if column != DESCRIPTION:
                item.setFont(self._mono)
            self.setItem(row, column, item)
        return row

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        self.rulesChanged.emit()

    # -- problems --------------------------------------------------------------------------

    def mark(self, problems: Sequence[RuleProblem]) -> None:
        """Mark the cells ``problems`` concern and clear the marks of the others."""
        by_cell: dict[tuple[int, int], list[RuleProblem]] = {}
        for problem in problems:
            column = COLUMN_OF_FIELD.get(problem.field)
            if problem.index is not None and column is not None:
                by_cell.setdefault((problem.index, column), []).append(problem)
        style = self.style()
        error_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.blockSignals(True)
        try:
            for row in range(self.rowCount()):
                for column in range(self.columnCount()):
                    item = self.item(row, column)
                    if item is None:
                        continue
                    found = by_cell.get((row, column), [])
                    error = any(not p.warning for p in found)
                    if not found:
                        item.setData(Qt.ItemDataRole.BackgroundRole, None)
                        item.setData(Qt.ItemDataRole.DecorationRole, None)
                        item.setToolTip("")
                        continue
                    item.setBackground(QBrush(_ERROR_TINT if error else _WARNING_TINT))
                    item.setIcon(error_icon if error else warning_icon)
                    item.setToolTip("\n".join(translate_domain(p.message) for p in found))
        finally:
            self.blockSignals(False)
        self.viewport().update()

    def cell_marks(self, row: int, column: int) -> tuple[str, bool]:
        """The tooltip of a cell and whether it is marked (tests read it)."""
        item = self.item(row, column)
        if item is None:
            return "", False
        return item.toolTip(), item.data(Qt.ItemDataRole.DecorationRole) is not None

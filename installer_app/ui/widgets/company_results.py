"""One page of customer companies (name, country) with Previous/Next page and "x–y of total".

Arrows move in the list; Enter or a click chooses the company under the cursor. The widget
only shows what it is given and says what the technician asked for (a company, another page):
searching is the page's job.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from installer_app.domain import countries
from installer_app.rainbow import Company, Page


def country_label(code: str | None) -> str:
    """The English name of a Rainbow (alpha-3) country code, or the code when unknown."""
    country = countries.by_alpha3(code or "")
    return country.name if country else (code or "")


class CompanyResults(QWidget):
    """A table of companies and the paging buttons under it.

    Signals:
        companyChosen(object): the technician chose this :class:`Company` (Enter or click).
        pageRequested(int): the technician asked for the page starting at this offset.
    """

    companyChosen = Signal(object)
    pageRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._companies: list[Company] = []
        self._offset = self._limit = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._init_table(layout)
        self._init_paging(layout)

    def _init_table(self, layout: QVBoxLayout) -> None:
        self.table = table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Country")])
        table.setAccessibleName(self.tr("Customer companies found"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # Enter emits activated (and then reaches the wizard's Next, which the page keeps
        # disabled while the chosen company's sites are read).
        table.activated.connect(self._on_row_chosen)
        table.clicked.connect(self._on_row_chosen)
        self.label = QLabel(self.tr("Compan&ies:"))
        self.label.setBuddy(table)
        layout.addWidget(self.label)
        layout.addWidget(table, 1)

    def _init_paging(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ Pre&vious page"))
        self.previous_button.setAccessibleName(self.tr("Previous page of companies"))
        self.next_page_button = QPushButton(self.tr("Next pa&ge ▶"))
        self.next_page_button.setAccessibleName(self.tr("Next page of companies"))
        self.page_label = QLabel()
        self.page_label.setObjectName("pageRange")
        for button, step in ((self.previous_button, -1), (self.next_page_button, 1)):
            button.setAutoDefault(False)
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, step=step: self._turn(step))
        row.addWidget(self.previous_button)
        row.addWidget(self.page_label)
        row.addWidget(self.next_page_button)
        row.addStretch(1)
        layout.addLayout(row)

    def companies(self) -> list[Company]:
        """The companies listed, in order."""
        return list(self._companies)

    def show_page(self, page: Page[Company], chosen_id: str = "") -> None:
        """List ``page``; the company ``chosen_id`` is highlighted when listed."""
        self._companies, self._offset = list(page.items), page.offset
        self._limit = page.limit or len(page.items)
        table = self.table
        table.clearSelection()
        table.setRowCount(len(self._companies))
        for row, company in enumerate(self._companies):
            name = QTableWidgetItem(company.name)
            name.setToolTip(self.tr("Rainbow id: %1").replace("%1", company.id))
            table.setItem(row, 0, name)
            table.setItem(row, 1, QTableWidgetItem(country_label(company.country)))
        self.highlight(chosen_id)
        self.page_label.setText(
            self.tr("%1–%2 of %3")
            .replace("%1", str(page.offset + 1))
            .replace("%2", str(page.offset + len(page.items)))
            .replace("%3", str(page.total))
            if page.items
            else ""
        )
        self.previous_button.setEnabled(page.offset > 0)
        self.next_page_button.setEnabled(page.has_more)

    def clear(self) -> None:
        """List nothing."""
        self.show_page(Page((), 0, 0, 0))

    def highlight(self, company_id: str) -> None:
        """Select the row of ``company_id`` if it is listed."""
        for row, company in enumerate(self._companies):
            if company.id == company_id:
                self.table.selectRow(row)
                return

    def focus_first_row(self) -> bool:
        """Move the keyboard into the list (from the search field); False when it is empty."""
        if not self._companies:
            return False
        self.table.setFocus()
        self.table.setCurrentCell(0, 0)
        return True

    def _turn(self, step: int) -> None:
        self.pageRequested.emit(max(0, self._offset + step * self._limit))

    def _on_row_chosen(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self._companies):
            self.companyChosen.emit(self._companies[index.row()])

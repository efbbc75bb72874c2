"""Customer company and its site: type-ahead search on Rainbow, or typed in when offline.

Online, the search runs on the server (``services.rainbow.search_companies``) 300 ms after the
last keystroke, one page at a time; a newer search cancels the older one and every answer is
checked against a serial number, so a slow old answer never replaces a newer list. Choosing a
company reads its sites (one is taken, several are offered, none offers to create one).
Offline, the technician types the company's id and name.
"""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from installer_app.domain.flow import WizardState
from installer_app.rainbow import Company, Page, RainbowError
from installer_app.ui.pages.base import StepPage
from installer_app.ui.tasks import TaskRunner
from installer_app.ui.widgets.busy_indicator import BusyIndicator
from installer_app.ui.widgets.company_results import CompanyResults, country_label
from installer_app.ui.widgets.inline_message import InlineMessage, with_message
from installer_app.ui.widgets.site_chooser import SiteChooser, SiteState

#: Milliseconds of quiet typing before the search is sent.
SEARCH_DELAY_MS = 300
#: Companies per page of results.
PAGE_SIZE = 20
#: [I] Rainbow ids look like 24 lowercase hexadecimal digits; only used to warn, never to block.
RAINBOW_ID_SHAPE = re.compile(r"[0-9a-f]{24}")

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CompanyPage(StepPage):
    """Search and choose the customer company and its site; typed in when offline."""

    def _init_ui(self) -> None:
        self.setTitle(self.tr("Customer company"))
        self.setSubTitle(
            self.tr("The customer company on Rainbow, and the site the PBX will belong to.")
        )
        self._search_runner = TaskRunner(self)
        self._sites_runner = TaskRunner(self)
        self._search_serial = self._sites_serial = 0
        self._query: str | None = None  # the text of the results shown (None: no search yet)
        self._listed_for: tuple[str | None, str] | None = None  # (server, partner) listed
        self._company_id = self._company_name = ""
        self._company_country: str | None = None  # None: not read on this visit
        self._sites_for = ""  # the company whose sites are shown or being read
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.stack = QStackedWidget()
        self.online_pane, self.offline_pane = QWidget(), QWidget()
        online = QVBoxLayout(self.online_pane)
        online.setContentsMargins(0, 0, 0, 0)
        self._init_search(online)
        self._init_results(online)
        self._init_selection(online)
        self._init_offline()
        self.stack.addWidget(self.online_pane)
        self.stack.addWidget(self.offline_pane)
        self._body.addWidget(self.stack)
        self._search_runner.busyChanged.connect(self._on_search_busy)
        self._sites_runner.busyChanged.connect(lambda _busy: self._refresh())

    def _init_search(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Part of the company name, e.g. bou"))
        self.search_edit.setAccessibleName(self.tr("Search customer companies by name"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.search_edit.installEventFilter(self)
        label = QLabel(self.tr("&Search:"))
        label.setBuddy(self.search_edit)
        row.addWidget(label)
        row.addWidget(self.search_edit, 1)
        layout.addLayout(row)
        self.search_busy = BusyIndicator(self.tr("St&op"))
        self.search_busy.cancelRequested.connect(self.cancel_search)
        self.results_message = InlineMessage(self.tr("Company search problem"))
        layout.addWidget(self.search_busy)
        layout.addWidget(self.results_message)

    def _init_results(self, layout: QVBoxLayout) -> None:
        self.results = CompanyResults()
        self.results.companyChosen.connect(self.choose_company)
        self.results.pageRequested.connect(self.turn_page)
        self.results_table = self.results.table
        self.previous_button = self.results.previous_button
        self.next_page_button = self.results.next_page_button
        self.page_label = self.results.page_label
        layout.addWidget(self.results, 1)

    def _init_selection(self, layout: QVBoxLayout) -> None:
        box = QGroupBox(self.tr("Chosen company"))
        inner = QVBoxLayout(box)
        self.selected_label = QLabel()
        self.selected_label.setObjectName("chosenCompany")
        self.selected_label.setWordWrap(True)
        self.selected_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.site_chooser = SiteChooser()
        self.site_chooser.changed.connect(self.changed)
        self.site_chooser.retryRequested.connect(lambda: self._load_sites(""))
        inner.addWidget(self.selected_label)
        inner.addWidget(self.site_chooser)
        layout.addWidget(box)

    def _init_offline(self) -> None:
        box = QGroupBox(self.tr("Customer company (offline: typed in)"))
        form = QFormLayout(box)
        note = QLabel(
            self.tr(
                "Offline there is no search: copy the company's id and name from the Rainbow "
                "admin portal (Customer companies). The site is chosen when the PBX is declared."
            )
        )
        note.setWordWrap(True)
        self.company_id_edit = QLineEdit()
        self.company_id_edit.setAccessibleName(self.tr("Company id"))
        self.company_id_message = InlineMessage(self.tr("Company id problem"))
        self.company_name_edit = QLineEdit()
        self.company_name_edit.setAccessibleName(self.tr("Company name"))
        id_label = QLabel(self.tr("Company &id:"))
        id_label.setBuddy(self.company_id_edit)
        name_label = QLabel(self.tr("Company n&ame:"))
        name_label.setBuddy(self.company_name_edit)
        form.addRow(note)
        form.addRow(id_label, with_message(self.company_id_edit, self.company_id_message))
        form.addRow(name_label, self.company_name_edit)
        for edit in (self.company_id_edit, self.company_name_edit):
            edit.textChanged.connect(self.changed)
        outer = QVBoxLayout(self.offline_pane)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        outer.addStretch(1)

    # -- state ---------------------------------------------------------------------------

    def load_state(self, state: WizardState) -> None:
        if state.offline:
            self.stack.setCurrentWidget(self.offline_pane)
            self.company_id_edit.setText(state.company_id)
            self.company_name_edit.setText(state.company_name)
            self._check_id_shape()
            return
        self.stack.setCurrentWidget(self.online_pane)
        self._company_id, self._company_name = state.company_id, state.company_name
        self._company_country = None
        self._show_chosen(None)
        rainbow = self.installer.services.rainbow
        if rainbow.session is None:
            self.results_message.show_error(
                self.tr("Not signed in to Rainbow."), self.tr("Go back and sign in first.")
            )
            return
        listed_for = (rainbow.server, rainbow.session.company_id)
        if listed_for != self._listed_for:  # first visit, or signed in as another partner
            self._listed_for, self._query = listed_for, None
            self.results.clear()
        if self._query is None:
            self.search_now()
        if state.company_id and self._sites_for != state.company_id:
            self._load_sites(state.site_id)
        self.search_edit.setFocus()

    def store_state(self, state: WizardState) -> None:
        if state.offline:
            state.company_id = self.company_id_edit.text().strip()
            state.company_name = self.company_name_edit.text().strip()
            self._check_id_shape()
            return
        state.company_id, state.company_name = self._company_id, self._company_name
        if self._company_country is not None:  # None: resumed, the country is not read again
            state.company_country = self._company_country
        site = self.site_chooser.site()
        state.site_id = site.id if site is not None else ""
        state.site_name = site.name if site is not None else ""
        state.site_country = (site.country or "") if site is not None else ""
        state.create_site_name = self.create_site_name()

    def extra_blockers(self) -> list[str]:
        if self.state.offline or not self._company_id:
            return []
        problem = self.site_chooser.problem()
        return [problem] if problem else []

    def create_site_name(self) -> str:
        """The site to create at declaration (the company has none), or "" for none."""
        return "" if self.state.offline else self.site_chooser.create_site_name()

    def listed(self) -> list[Company]:
        """The companies listed now, in order."""
        return self.results.companies()

    @property
    def listed_query(self) -> str | None:
        """The search text of the companies listed now (None before the first answer)."""
        return self._query

    # -- searching -------------------------------------------------------------------------

    def search_now(self, offset: int = 0) -> None:
        """Search the text typed now (without waiting for the typing pause)."""
        self._timer.stop()
        self._search_serial += 1
        query = self.search_edit.text().strip()
        self._search_runner.start(self._search(self._search_serial, query, offset))

    def cancel_search(self) -> None:
        """Stop the running search; the list shown stays."""
        self._timer.stop()
        self._search_serial += 1
        self._search_runner.cancel()

    def turn_page(self, offset: int) -> None:
        """Show the page of the listed search's results that starts at ``offset``."""
        if self._query is None:
            return
        self.search_edit.blockSignals(True)  # page through what is listed, not a new text
        self.search_edit.setText(self._query)
        self.search_edit.blockSignals(False)
        self.search_now(offset)

    async def _search(self, serial: int, query: str, offset: int) -> None:
        try:
            page = await self.installer.services.rainbow.search_companies(query, offset, PAGE_SIZE)
        except RainbowError as error:
            if serial == self._search_serial and shiboken6.isValid(self):
                # The list shown answered another question: gone, not passed off as current.
                self._query = None
                self.results.clear()
                self.results_message.show_error(error.message, error.hint)
            return
        if serial == self._search_serial and shiboken6.isValid(self):
            self._show_results(query, page)

    def _show_results(self, query: str, page: Page[Company]) -> None:
        self._query = query
        self.results.show_page(page, self._company_id)
        if page.items:
            self.results_message.clear_message()
        elif query:
            self.results_message.show_info(
                self.tr("No customer company matches “%1”.").replace("%1", query),
                self.tr("Type fewer letters, or check the spelling."),
            )
        else:
            self.results_message.show_info(
                self.tr("Your business partner has no customer company on Rainbow yet.")
            )

    def _on_search_busy(self, busy: bool) -> None:
        if busy:
            self.search_busy.start(self.tr("Searching customer companies…"))
            self.results_message.clear_message()
        else:
            self.search_busy.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _ENTER_KEYS:
                self.search_now()  # Enter searches at once; it must not press Next
                return True
            if event.key() == Qt.Key.Key_Down:
                return self.results.focus_first_row()
        return super().eventFilter(watched, event)

    # -- choosing --------------------------------------------------------------------------

    def choose_company(self, company: Company) -> None:
        """Make ``company`` the customer and read its sites."""
        same = company.id == self._company_id and self._sites_for == company.id
        if same and self.site_chooser.state is not SiteState.ERROR:
            return
        self._company_id, self._company_name = company.id, company.name
        self._company_country = company.country or ""
        self.results.highlight(company.id)
        self._show_chosen(company)
        self._load_sites("")
        self.changed()

    def _show_chosen(self, company: Company | None) -> None:
        if not self._company_id:
            self.selected_label.setText(self.tr("No company chosen yet: search, then choose."))
            self.site_chooser.clear()
            return
        country = country_label(company.country) if company else ""
        self.selected_label.setText(
            self.tr("%1 — %2 (Rainbow id %3)")
            .replace("%1", self._company_name or self.tr("(no name)"))
            .replace("%2", country)
            .replace("%3", self._company_id)
            if country
            else self.tr("%1 (Rainbow id %2)")
            .replace("%1", self._company_name or self.tr("(no name)"))
            .replace("%2", self._company_id)
        )

    def _load_sites(self, preferred_id: str) -> None:
        self._sites_for = self._company_id
        self._sites_serial += 1
        self.site_chooser.set_loading(self._company_name)
        self._sites_runner.start(
            self._read_sites(self._sites_serial, self._company_id, self._company_name, preferred_id)
        )

    async def _read_sites(self, serial: int, company_id: str, name: str, preferred: str) -> None:
        try:
            sites = await self.installer.services.rainbow.sites(company_id)
        except RainbowError as error:
            if serial == self._sites_serial and shiboken6.isValid(self):
                self.site_chooser.show_error(name, error.message, error.hint)
            return
        if serial == self._sites_serial and shiboken6.isValid(self):
            self.site_chooser.set_sites(name, sites, preferred)

    # -- offline ---------------------------------------------------------------------------

    def _check_id_shape(self) -> None:
        typed = self.company_id_edit.text().strip()
        if typed and not RAINBOW_ID_SHAPE.fullmatch(typed):
            self.company_id_message.show_warning(
                self.tr(
                    "Company id: Rainbow ids are 24 characters 0–9 and a–f; check that the "
                    "whole id was copied."
                )
            )
        else:
            self.company_id_message.clear_message()

    def _refresh(self) -> None:
        if shiboken6.isValid(self):
            self._update_reason()
            self.completeChanged.emit()

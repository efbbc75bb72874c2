"""The site of the customer company the PBX will belong to (Rainbow attaches PBXs to sites).

One site is chosen automatically and shown; several are offered in a list with nothing
preselected (a wrong site is worse than a question); none offers to create one, which happens
only at declaration time and only when the technician ticks the box.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from installer_app.rainbow import Site
from installer_app.services.sites import SiteCount, count_sites
from installer_app.ui.widgets.inline_message import InlineMessage


class SiteState(StrEnum):
    """What the chooser shows."""

    EMPTY = "empty"
    LOADING = "loading"
    ONE = "one"
    SEVERAL = "several"
    NONE = "none"
    ERROR = "error"


class SiteChooser(QWidget):
    """Shows or asks for the company's site.

    Signals:
        changed(): the chosen site, or the wish to create one, changed.
        retryRequested(): the technician asked to read the sites again after an error.
    """

    changed = Signal()
    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = SiteState.EMPTY
        self._company = ""
        self._sites: list[Site] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status_label = QLabel()
        self.status_label.setObjectName("siteStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self._init_combo(layout)
        self._init_create(layout)
        self.message = InlineMessage(self.tr("Site problem"))
        self.retry_button = QPushButton(self.tr("Tr&y again"))
        self.retry_button.setAccessibleName(self.tr("Read the sites again"))
        self.retry_button.clicked.connect(self.retryRequested)
        layout.addWidget(self.message)
        layout.addWidget(self.retry_button)
        self._show(SiteState.EMPTY, "")

    def _init_combo(self, layout: QVBoxLayout) -> None:
        self.combo_row = QWidget()
        row = QHBoxLayout(self.combo_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.site_combo = QComboBox()
        self.site_combo.setAccessibleName(self.tr("Site of the PBX"))
        self.site_combo.setMinimumContentsLength(24)
        label = QLabel(self.tr("Si&te:"))
        label.setBuddy(self.site_combo)
        row.addWidget(label)
        row.addWidget(self.site_combo, 1)
        self.site_combo.currentIndexChanged.connect(self.changed)
        layout.addWidget(self.combo_row)

    def _init_create(self, layout: QVBoxLayout) -> None:
        self.create_row = QWidget()
        row = QHBoxLayout(self.create_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.create_box = QCheckBox(self.tr("Cre&ate a site named:"))
        self.create_box.setAccessibleName(self.tr("Create a site"))
        self.create_name_edit = QLineEdit()
        self.create_name_edit.setAccessibleName(self.tr("Name of the site to create"))
        self.create_name_edit.setEnabled(False)
        row.addWidget(self.create_box)
        row.addWidget(self.create_name_edit, 1)
        self.create_box.toggled.connect(self.create_name_edit.setEnabled)
        self.create_box.toggled.connect(self.changed)
        self.create_name_edit.textChanged.connect(self.changed)
        layout.addWidget(self.create_row)

    @property
    def state(self) -> SiteState:
        """What is shown now."""
        return self._state

    def clear(self) -> None:
        """No company chosen: show nothing."""
        self._show(SiteState.EMPTY, "")

    def set_loading(self, company_name: str) -> None:
        """The company's sites are being read."""
        self._company, self._sites = company_name, []
        self._show(
            SiteState.LOADING, self.tr("Reading the sites of %1…").replace("%1", company_name)
        )

    def set_sites(self, company_name: str, sites: Sequence[Site], preferred_id: str = "") -> None:
        """Show the company's sites; ``preferred_id`` is reselected when still among them."""
        self._company, self._sites = company_name, list(sites)
        count = count_sites(sites)  # the services' rule: one is taken, several asked, none created
        if count is SiteCount.ONE:
            self._show(
                SiteState.ONE,
                self.tr("Site: %1 (the company's only site, chosen automatically).").replace(
                    "%1", sites[0].name
                ),
            )
        elif count is SiteCount.SEVERAL:
            self.site_combo.blockSignals(True)
            self.site_combo.clear()
            self.site_combo.addItem(self.tr("Choose the site…"), "")
            for site in sites:
                self.site_combo.addItem(site.name, site.id)
            index = self.site_combo.findData(preferred_id) if preferred_id else 0
            self.site_combo.setCurrentIndex(max(index, 0))
            self.site_combo.blockSignals(False)
            self._show(
                SiteState.SEVERAL,
                self.tr("%1 has %2 sites: choose the one the PBX belongs to.")
                .replace("%1", company_name)
                .replace("%2", str(len(sites))),
            )
        else:
            self.create_box.setChecked(False)
            self.create_name_edit.setText(company_name)
            self._show(
                SiteState.NONE,
                self.tr(
                    "%1 has no site on Rainbow yet, and a PBX must belong to a site. The site "
                    "is created when the PBX is declared."
                ).replace("%1", company_name),
            )

    def show_error(self, company_name: str, message: str, hint: str = "") -> None:
        """The sites could not be read: say why, offer to try again."""
        self._company = company_name
        self._show(
            SiteState.ERROR,
            self.tr("The sites of %1 could not be read.").replace("%1", company_name),
        )
        self.message.show_error(message, hint)
        self.retry_button.setVisible(True)

    def site_id(self) -> str:
        """The chosen site's id, or "" when none is chosen (yet)."""
        site = self.site()
        return site.id if site is not None else ""

    def site(self) -> Site | None:
        """The chosen site, or None when none is chosen (yet)."""
        if self._state is SiteState.ONE:
            return self._sites[0]
        if self._state is SiteState.SEVERAL:
            chosen = str(self.site_combo.currentData() or "")
            return next((s for s in self._sites if s.id == chosen), None)
        return None

    def create_site_name(self) -> str:
        """The name of the site to create at declaration, or "" when none is wished."""
        if self._state is SiteState.NONE and self.create_box.isChecked():
            return self.create_name_edit.text().strip()
        return ""

    def problem(self) -> str | None:
        """Why the site is not settled yet, in words; None when it is."""
        if self._state is SiteState.LOADING:
            return self.tr("Wait: the sites of %1 are being read.").replace("%1", self._company)
        if self._state is SiteState.ERROR:
            return self.tr("The sites of %1 could not be read: press Try again.").replace(
                "%1", self._company
            )
        if self._state is SiteState.SEVERAL and not self.site_id():
            return self.tr("Site: choose the site of %1 the PBX belongs to.").replace(
                "%1", self._company
            )
        if self._state is SiteState.NONE:
            if not self.create_box.isChecked():
                return self.tr(
                    "Site: %1 has no site; tick 'Create a site named' or create one in the "
                    "Rainbow admin portal (Customer companies > %1)."
                ).replace("%1", self._company)
            if not self.create_site_name():
                return self.tr("Site: type the name of the site to create.")
        return None

    def _show(self, state: SiteState, text: str) -> None:
        self._state = state
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
        self.combo_row.setVisible(state is SiteState.SEVERAL)
        self.create_row.setVisible(state is SiteState.NONE)
        self.message.clear_message()
        self.retry_button.setVisible(False)
        self.changed.emit()

"""Dialing: country, prefixes, installation number, and a live preview of the canonical form.

Choosing a country fills the national and international prefixes from the phone-number
metadata (:func:`~installer_app.domain.dialing.country_defaults`); the technician may then edit
them. The preview uses the prefixes on screen, so it shows what the plan will do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from installer_app.domain import dialing
from installer_app.domain.flow import WizardState
from installer_app.domain.portal import INSTALLATION_NUMBER_NOTE
from installer_app.domain.portal import TRANSLATION_CONTEXT as PORTAL_CONTEXT
from installer_app.ui.pages.base import StepPage
from installer_app.ui.support.domain_text import translate_domain
from installer_app.ui.widgets.country_combo import CountryCombo
from installer_app.ui.widgets.form_rows import field_with_message
from installer_app.ui.widgets.inline_message import InlineMessage

_PREFIX_WIDTH = 110


class DialingPage(StepPage):
    """Country (searchable), prefixes (digits only), installation number, preview."""

    def _init_ui(self) -> None:
        self.setTitle(self.tr("Dialing"))
        self.setSubTitle(
            self.tr(
                "How Rainbow turns the numbers users dial into canonical (E.164) numbers: the "
                'portal\'s "Dialing information".'
            )
        )
        self._prefixes_for = ""
        self._source = ""
        self._init_fields()
        self._init_preview()
        self._body.addStretch(1)

    def _row(
        self,
        form: QFormLayout,
        label_text: str,
        field: QWidget,
        message: InlineMessage | None = None,
        layout: QLayout | None = None,
    ) -> None:
        """Add a labelled row; ``layout`` (holding ``field``) is shown instead when given."""
        label = QLabel(label_text)
        label.setBuddy(field)
        shown: QWidget | QLayout = layout if layout is not None else field
        form.addRow(label, field_with_message(shown, message) if message else shown)

    def _prefix_edit(self, name: str) -> tuple[QLineEdit, InlineMessage]:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setMaximumWidth(_PREFIX_WIDTH)
        edit.textChanged.connect(self.changed)
        return edit, InlineMessage(self.tr("%1 problem").replace("%1", name))

    def _init_fields(self) -> None:
        box = QGroupBox(self.tr("Country and prefixes"))
        form = QFormLayout(box)
        self.country_combo = CountryCombo()
        self.country_combo.setAccessibleName(self.tr("Country"))
        country_line = self.country_combo.lineEdit()
        if country_line is not None:
            country_line.setPlaceholderText(self.tr("Type part of the name"))
        self.country_combo.countryChanged.connect(self._country_changed)
        self.country_combo.editTextChanged.connect(self.changed)
        self.country_message = InlineMessage(self.tr("Country problem"))
        self.country_origin = QLabel()
        self.country_origin.setObjectName("countryOrigin")
        self.country_origin.setWordWrap(True)
        self.country_origin.setAccessibleName(self.tr("Where the country comes from"))
        country_column = QVBoxLayout()
        country_column.setSpacing(2)
        country_column.addWidget(self.country_combo)
        country_column.addWidget(self.country_origin)
        self._row(
            form, self.tr("&Country:"), self.country_combo, self.country_message, country_column
        )

        self.national_edit, self.national_message = self._prefix_edit(self.tr("National prefix"))
        self._row(form, self.tr("N&ational prefix:"), self.national_edit, self.national_message)
        self.international_edit, self.international_message = self._prefix_edit(
            self.tr("International prefix")
        )
        self._row(
            form,
            self.tr("In&ternational prefix:"),
            self.international_edit,
            self.international_message,
        )

        self._init_outbound(form)

        self.installation_edit = QLineEdit()
        self.installation_edit.setAccessibleName(self.tr("Installation number"))
        self.installation_edit.setPlaceholderText(self.tr("The customer's main number"))
        self.installation_edit.textChanged.connect(self.changed)
        self.installation_message = InlineMessage(self.tr("Installation number problem"))
        self._row(
            form,
            self.tr("&Installation number:"),
            self.installation_edit,
            self.installation_message,
        )
        self._add_installation_note(form)
        self._body.addWidget(box)

    def _init_outbound(self, form: QFormLayout) -> None:
        """The outbound prefix and whether it is used."""
        self.outbound_edit, self.outbound_message = self._prefix_edit(self.tr("Outbound prefix"))
        self.use_outbound_box = QCheckBox(self.tr("&Use the outbound prefix"))
        self.use_outbound_box.setAccessibleName(self.tr("Use the outbound prefix"))
        self.use_outbound_box.setToolTip(
            self.tr("The digits the PBX needs before an external number, often 0.")
        )
        self.use_outbound_box.toggled.connect(self.changed)
        outbound_row = QHBoxLayout()
        outbound_row.addWidget(self.outbound_edit)
        outbound_row.addWidget(self.use_outbound_box)
        outbound_row.addStretch(1)
        self._row(
            form,
            self.tr("&Outbound prefix:"),
            self.outbound_edit,
            self.outbound_message,
            layout=outbound_row,
        )

    def _add_installation_note(self, form: QFormLayout) -> None:
        """No public API field is known for the installation number: say where it goes instead
        of collecting it silently."""
        self.installation_note = QLabel(
            QCoreApplication.translate(PORTAL_CONTEXT, INSTALLATION_NUMBER_NOTE)
        )
        self.installation_note.setObjectName("installationNumberNote")
        self.installation_note.setWordWrap(True)
        form.addRow("", self.installation_note)

    def _init_preview(self) -> None:
        box = QGroupBox(self.tr("Preview"))
        form = QFormLayout(box)
        self.preview_edit = QLineEdit()
        self.preview_edit.setAccessibleName(self.tr("Number as a Rainbow user dials it"))
        self.preview_edit.setPlaceholderText(self.tr("Type a number to see its canonical form"))
        self.preview_edit.textChanged.connect(self._update_preview)
        self._row(form, self.tr("Number as a Rainbow user &dials it:"), self.preview_edit)
        self.canonical_label = QLabel()
        self.canonical_label.setObjectName("canonical")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setWeight(QFont.Weight.Bold)
        self.canonical_label.setFont(font)
        self.canonical_label.setAccessibleName(self.tr("Canonical form"))
        self.kind_label = QLabel()
        self.kind_label.setObjectName("previewKind")
        self.kind_label.setAccessibleName(self.tr("Kind of number"))
        result = QHBoxLayout()
        result.setSpacing(12)
        result.addWidget(self.canonical_label)
        result.addWidget(self.kind_label, 1)
        self.preview_message = QLabel()
        self.preview_message.setObjectName("previewMessage")
        self.preview_message.setWordWrap(True)
        result_label = QLabel(self.tr("Canonical form:"))
        form.addRow(result_label, field_with_message(result, self.preview_message))
        self._body.addWidget(box)

    # -- state -----------------------------------------------------------------------------

    def load_state(self, state: WizardState) -> None:
        self._default_from_customer(state)
        self._source = state.country_source
        self._prefixes_for = state.country
        self.country_combo.set_country(state.country)
        self.national_edit.setText(state.national_prefix)
        self.international_edit.setText(state.international_prefix)
        self.outbound_edit.setText(state.outbound_prefix)
        self.use_outbound_box.setChecked(state.use_outbound_prefix)
        self.installation_edit.setText(state.installation_number)
        self._show_feedback()

    def _default_from_customer(self, state: WizardState) -> None:
        """Take the country (and its prefixes) from the customer unless one was chosen.

        A country the technician chose, or one read from a file or a draft (no source), is
        kept; a default follows the company when the technician goes back and changes it.
        """
        if state.country_source == "chosen":
            return
        if not state.country_source and dialing.is_known_country(state.country):
            return
        locale = QLocale.territoryToCode(self.country_combo.locale_used.territory())
        code, source = dialing.default_country(state.company_country, state.site_country, locale)
        state.country_source = source
        if code != state.country:
            defaults = dialing.country_defaults(code)
            state.country = defaults.alpha2
            state.national_prefix = defaults.national_prefix
            state.international_prefix = defaults.international_prefix

    def store_state(self, state: WizardState) -> None:
        state.country = self.country_combo.country()
        state.country_source = self._source
        state.national_prefix = self.national_edit.text().strip()
        state.international_prefix = self.international_edit.text().strip()
        state.outbound_prefix = self.outbound_edit.text().strip()
        state.use_outbound_prefix = self.use_outbound_box.isChecked()
        state.installation_number = self.installation_edit.text().strip()
        self._show_feedback()

    def extra_blockers(self) -> list[str]:
        problem = self.installation_problem()
        return [problem] if problem else []

    def installation_problem(self) -> str:
        """Why the installation number is not acceptable, "" when it is (empty is fine)."""
        compact = self.installation_edit.text().replace(" ", "")
        digits = compact.removeprefix("+")
        if not compact or dialing.is_digits(digits):
            return ""
        return self.tr(
            "Installation number must contain digits only (0-9), optionally after a leading +."
        )

    def _country_changed(self, code: str) -> None:
        """Fill the prefixes from the metadata when the technician picks another country."""
        if self._loading or not code or code == self._prefixes_for:
            return
        self._source = "chosen"
        self._prefixes_for = code
        defaults = dialing.country_defaults(code)
        self.national_edit.setText(defaults.national_prefix)
        self.international_edit.setText(defaults.international_prefix)

    # -- feedback --------------------------------------------------------------------------

    def _show_origin(self) -> None:
        origins = {
            "company": self.tr("From the customer company's country on Rainbow."),
            "site": self.tr("From the site's country on Rainbow."),
            "locale": self.tr(
                "From this computer's region: Rainbow gives no country for the customer."
            ),
            "fallback": self.tr("A default: neither Rainbow nor this computer names a country."),
        }
        text = origins.get(self._source, "") if self.country_combo.country() else ""
        self.country_origin.setText(text)
        self.country_origin.setVisible(bool(text))
        self.country_combo.setAccessibleDescription(text)

    def _show_feedback(self) -> None:
        self._show_origin()
        text = self.country_combo.currentText().strip()
        if self.country_combo.country():
            self.country_message.clear_message()
        elif text:
            self.country_message.show_error(
                self.tr(
                    "Country: “%1” is not in the list; type part of the name and choose it."
                ).replace("%1", text)
            )
        else:
            self.country_message.show_error(self.tr("Country: choose the installation's country."))
        for edit, message, name in (
            (self.national_edit, self.national_message, self.tr("National prefix")),
            (self.international_edit, self.international_message, self.tr("International prefix")),
            (self.outbound_edit, self.outbound_message, self.tr("Outbound prefix")),
        ):
            value = edit.text().strip()
            if value and not dialing.is_digits(value):
                message.show_error(
                    self.tr("%1 must contain digits only (0-9).").replace("%1", name)
                )
            else:
                message.clear_message()
        needs_outbound = self.use_outbound_box.isChecked() and not self.outbound_edit.text().strip()
        if needs_outbound:
            self.outbound_message.show_error(
                self.tr("Outbound prefix: type it, or untick “Use the outbound prefix”.")
            )
        self.installation_message.show_error(self.installation_problem())
        self._update_preview()

    def _update_preview(self) -> None:
        dialed = self.preview_edit.text()
        if not dialed.strip():
            self.canonical_label.setText("—")
            self.kind_label.clear()
            self.preview_message.setText(
                self.tr("Type a number as a Rainbow user would dial it, e.g. a national number.")
            )
            return
        result = dialing.preview(
            dialed,
            country=self.country_combo.country(),
            national_prefix=self.national_edit.text().strip(),
            international_prefix=self.international_edit.text().strip(),
            outbound_prefix=self.outbound_edit.text().strip(),
            use_outbound_prefix=self.use_outbound_box.isChecked(),
        )
        kinds = {
            "international": self.tr("International number"),
            "national": self.tr("National number"),
            "internal": self.tr("Internal number"),
            "invalid": self.tr("Not a valid number"),
        }
        self.canonical_label.setText(result.canonical or "—")
        self.kind_label.setText(kinds[result.kind])
        self.preview_message.setText(translate_domain(result.message))

    def preview_text(self) -> str:
        """Canonical form, kind and message as shown (tests read it)."""
        return " ".join(
            (self.canonical_label.text(), self.kind_label.text(), self.preview_message.text())
        )

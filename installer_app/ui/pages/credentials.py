"""Credentials (stock mode): the references, checked as typed and split when pasted whole.

In stock mode the equipment id and the activation code Rainbow stores are both the fleet and
installation references joined by a dash (``ALE12-1234.5678.90``). Technicians copy that joined
value from labels, e-mails and spreadsheets, so a whole reference pasted into either field is
split into both (:func:`~installer_app.domain.references.split_pasted`). BTCO has no such page
(:data:`~installer_app.domain.flow.STOCK_ONLY`): Rainbow generates both values at declaration,
and the Declaration page shows them.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from installer_app.domain import references
from installer_app.domain.flow import WizardState
from installer_app.domain.plan import DeliveryMode
from installer_app.ui.pages.base import StepPage
from installer_app.ui.widgets.copy_field import CopyField
from installer_app.ui.widgets.form_rows import field_with_message
from installer_app.ui.widgets.inline_message import InlineMessage


def inserted_text(before: str, after: str) -> str:
    """What an edit inserted into a line: ``after`` minus the prefix and suffix it shares.

    A key press inserts one character; a paste or a drop inserts several at once, which is how
    a pasted whole reference is told apart from one being typed.
    """
    start = 0
    limit = min(len(before), len(after))
    while start < limit and before[start] == after[start]:
        start += 1
    end = 0
    while end < limit - start and before[-1 - end] == after[-1 - end]:
        end += 1
    return after[start : len(after) - end]


class CredentialsPage(StepPage):
    """The stock PBX's fleet and installation references, and what Rainbow will store."""

    def _init_ui(self) -> None:
        self.setTitle(self.tr("PBX credentials"))
        self.setSubTitle(self.tr("The fleet and installation references of the stock PBX."))
        self.stock_panel = QWidget()
        self._init_stock()
        self._body.addWidget(self.stock_panel)
        self._body.addStretch(1)
        self._previous: dict[QLineEdit, str] = {}
        self._touched: set[QLineEdit] = set()

    def _init_stock(self) -> None:
        layout = QVBoxLayout(self.stock_panel)
        layout.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("References of the stock PBX"))
        form = QFormLayout(box)
        intro = QLabel(
            self.tr(
                "Type the references from the PBX's fleet list. A whole reference such as "
                "%1, pasted into either field, is split into both."
            ).replace("%1", references.REFERENCE_EXAMPLE)
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.fleet_edit, self.fleet_message = self._reference_row(
            form, self.tr("F&leet reference:"), self.tr("Fleet reference"), references.FLEET_EXAMPLE
        )
        self.installation_edit, self.installation_message = self._reference_row(
            form,
            self.tr("&Installation reference:"),
            self.tr("Installation reference"),
            references.INSTALLATION_EXAMPLE,
        )
        self.override_box = QCheckBox(
            self.tr("Acce&pt references that do not match the usual shape")
        )
        self.override_box.setAccessibleName(
            self.tr("Accept references that do not match the usual shape")
        )
        self.override_box.setToolTip(
            self.tr(
                "Only when the reference on the PBX's paperwork really differs from the usual "
                "shape; Rainbow must then know the PBX by exactly this reference."
            )
        )
        self.override_box.toggled.connect(self.changed)
        # Across both columns: in longer languages it does not fit beside the labels.
        form.addRow(self.override_box)
        layout.addWidget(box)
        layout.addWidget(self._init_derived())
        layout.addStretch(1)

    def _reference_row(
        self, form: QFormLayout, label_text: str, name: str, example: str
    ) -> tuple[QLineEdit, InlineMessage]:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(self.tr("e.g. %1").replace("%1", example))
        edit.textEdited.connect(lambda text, source=edit: self._edited(source, text))
        edit.textChanged.connect(self.changed)
        edit.editingFinished.connect(lambda source=edit: self._tidy(source))
        label = QLabel(label_text)
        label.setBuddy(edit)
        message = InlineMessage(self.tr("%1 problem").replace("%1", name))
        form.addRow(label, field_with_message(edit, message))
        return edit, message

    def _init_derived(self) -> QGroupBox:
        box = QGroupBox(self.tr("What Rainbow will store"))
        layout = QVBoxLayout(box)
        self.equipment_field = CopyField(self.tr("Equipment id:"), large=False)
        self.code_field = CopyField(self.tr("Activation code:"), secret=True, large=False)
        width = max(self.equipment_field.label.sizeHint().width(), 120)
        for field in (self.equipment_field, self.code_field):
            field.label.setMinimumWidth(width)
            field.value_edit.setPlaceholderText(self.tr("Shown once both references are valid"))
            layout.addWidget(field)
        note = QLabel(
            self.tr(
                "In stock mode both are the two references joined by a dash. Nothing needs "
                "entering on the PBX: it connects with them by itself."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        return box

    # -- state -----------------------------------------------------------------------------

    @property
    def is_stock(self) -> bool:
        """True when the page shows the stock references."""
        return self.state.mode is DeliveryMode.STOCK

    def load_state(self, state: WizardState) -> None:
        self.fleet_edit.setText(state.fleet_ref)
        self.installation_edit.setText(state.installation_ref)
        self.override_box.setChecked(state.reference_override)
        self._previous = {
            self.fleet_edit: state.fleet_ref,
            self.installation_edit: state.installation_ref,
        }
        self._show_feedback()

    def store_state(self, state: WizardState) -> None:
        if state.mode is not DeliveryMode.STOCK:
            return
        state.fleet_ref = references.normalize_fleet(self.fleet_edit.text())
        state.installation_ref = references.normalize_installation(self.installation_edit.text())
        state.reference_override = self.override_box.isChecked()
        self._show_feedback()

    def extra_blockers(self) -> list[str]:
        if not self.is_stock or not self.override_box.isChecked():
            return []
        try:
            references.join(self.fleet_edit.text(), self.installation_edit.text())
        except references.ReferenceError as error:
            return [error.message]
        return []

    # -- typing and pasting ----------------------------------------------------------------

    def _edited(self, source: QLineEdit, text: str) -> None:
        """Split a whole reference pasted (or finished typing) into either field."""
        self._touched.add(source)
        chunk = inserted_text(self._previous.get(source, ""), text)
        self._previous[source] = text
        pasted = len(chunk) > 1
        reference = references.split_pasted(chunk) if pasted else None
        if reference is None:
            reference = references.split_pasted(text)
            if reference is not None and not pasted and not self._both_valid(reference):
                reference = None  # still being typed: wait for a complete reference
        if reference is None:
            return
        self._touched.update({self.fleet_edit, self.installation_edit})
        for edit, value in (
            (self.fleet_edit, reference.fleet),
            (self.installation_edit, reference.installation),
        ):
            self._previous[edit] = value
            edit.setText(value)
        self.installation_edit.setFocus()
        self.installation_edit.end(False)

    @staticmethod
    def _both_valid(reference: references.Reference) -> bool:
        return (
            references.check_fleet(reference.fleet) is None
            and references.check_installation(reference.installation) is None
        )

    def _tidy(self, source: QLineEdit) -> None:
        """Show the normalised form once the technician leaves a field (``ale12`` → ``ALE12``)."""
        normalise = (
            references.normalize_fleet
            if source is self.fleet_edit
            else references.normalize_installation
        )
        tidy = normalise(source.text())
        if tidy != source.text():
            self._previous[source] = tidy
            source.setText(tidy)

    # -- feedback --------------------------------------------------------------------------

    def _show_feedback(self) -> None:
        override = self.override_box.isChecked()
        shape_problem = False
        for edit, message, check in (
            (self.fleet_edit, self.fleet_message, references.check_fleet),
            (self.installation_edit, self.installation_message, references.check_installation),
        ):
            text = edit.text()
            problem = check(text) if (text.strip() or edit in self._touched) else None
            if problem and text.strip():
                shape_problem = True
            if override and text.strip():
                message.show_warning(problem or "")
            else:
                message.show_error(problem or "")
        self.override_box.setVisible(shape_problem or override)
        self._show_derived(override=override, shape_problem=shape_problem)

    def _show_derived(self, *, override: bool, shape_problem: bool) -> None:
        value = ""
        if not shape_problem or override:
            try:
                value, _ = references.stock_credentials(
                    self.fleet_edit.text(), self.installation_edit.text()
                )
            except references.ReferenceError:
                value = ""
        self.equipment_field.set_value(value)
        self.code_field.set_value(value)

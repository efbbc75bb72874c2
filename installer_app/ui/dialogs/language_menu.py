"""The "Language…" entry of the More menu: the interface language, from the next start on.

The choice is saved in the wizard's QSettings under :data:`~installer_app.ui.i18n.LANGUAGE_KEY`
(``""`` follows the system) and read by :func:`~installer_app.ui.i18n.install_translators` when
the program starts: widgets take their texts when they are built, so the open wizard keeps its
language and the dialog says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from installer_app.ui.dialogs.opening import open_dialog
from installer_app.ui.i18n import LANGUAGE_KEY, LANGUAGES, saved_language, system_language

if TYPE_CHECKING:
    from installer_app.ui.wizard_surface import WizardSurface

CONTEXT = "LanguageDialog"
"""Translation context of the dialog and of its menu entry."""


class LanguageDialog(QDialog):
    """A list of the languages, each in its own name, and "System default".

    Args:
        settings: where the choice is saved (the wizard's).
    """

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageDialog")
        self.setWindowTitle(self.tr("Language"))
        self._settings = settings
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Interface language"))
        names = dict(LANGUAGES)
        system = self.tr("System default (%1)").replace("%1", names[system_language()])
        self.combo.addItem(system, "")
        for code, name in LANGUAGES:
            self.combo.addItem(name, code)
        index = self.combo.findData(saved_language(settings))
        self.combo.setCurrentIndex(max(index, 0))
        label = QLabel(self.tr("&Interface language:"))
        label.setBuddy(self.combo)
        form.addRow(label, self.combo)
        layout.addLayout(form)
        note = QLabel(self.tr("The new language is used the next time the program starts."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> str:
        """The code selected (``""``: the system's language)."""
        return str(self.combo.currentData() or "")

    def accept(self) -> None:
        """Save the choice, then close."""
        self._settings.setValue(LANGUAGE_KEY, self.chosen())
        self._settings.sync()
        super().accept()


def open_language_dialog(wizard: WizardSurface) -> LanguageDialog:
    """Show the dialog over ``wizard`` (window-modal, without blocking the loop); returns it."""
    return open_dialog(LanguageDialog(wizard.settings, wizard.window()))


def install(wizard: WizardSurface) -> QAction:
    """Add "Language…" to the wizard's More menu."""
    text = QCoreApplication.translate(CONTEXT, "&Language…")
    action = wizard.add_tool_action(text, lambda: open_language_dialog(wizard))
    action.setObjectName("languageAction")
    return action

"""The "Settings…" entry of the More menu: clipboard clearing, a custom CA bundle, the language.

Every value lives in the wizard's QSettings (never a secret there): whether copied activation
codes are cleared from the clipboard after 60 s (read by every copy field at each copy), the path
of a PEM file of extra trusted CAs for networks whose proxy or antivirus re-signs TLS (loaded
before it is accepted, then handed to the Rainbow session for the next sign-in), and the
language, a slot the translations fill in later.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from installer_app.rainbow.errors import CaBundleError
from installer_app.ui import i18n
from installer_app.ui.dialogs.opening import open_dialog
from installer_app.ui.widgets.copy_field import CLEAR_COPIED_CODES_KEY
from installer_app.ui.widgets.inline_message import InlineMessage

if TYPE_CHECKING:
    from installer_app.ui.wizard_surface import WizardSurface

logger = logging.getLogger(__name__)

#: QSettings key: path of the custom CA bundle (PEM); absent when none.
CA_BUNDLE_KEY = "network/ca_bundle"
#: QSettings key of the interface language (shared with the "Language…" entry); next start.
LANGUAGE_KEY = i18n.LANGUAGE_KEY


def saved_ca_bundle(wizard: WizardSurface) -> Path | None:
    """The CA bundle path the settings hold, or None."""
    value = str(wizard.settings.value(CA_BUNDLE_KEY, "") or "").strip()
    return Path(value) if value else None


def apply_saved_settings(wizard: WizardSurface) -> None:
    """Hand the saved CA bundle to the Rainbow session (a file gone since is reported, skipped)."""
    path = saved_ca_bundle(wizard)
    if path is None:
        return
    try:
        wizard.services.rainbow.set_ca_bundle(path)
    except CaBundleError as error:
        logger.warning("Custom CA bundle not used: %s", error.message)


class SettingsDialog(QDialog):
    """The technician's preferences; OK checks the CA bundle before saving anything."""

    def __init__(self, wizard: WizardSurface, parent: QWidget | None = None) -> None:
        super().__init__(parent or wizard.window())
        self.setObjectName("settingsDialog")
        self.wizard = wizard
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self._init_clipboard(layout)
        self._init_network(layout)
        self._init_language(layout)
        self._init_buttons(layout)
        self._load()
        self.adjustSize()  # word-wrapped explanations get their full height

    def _init_clipboard(self, layout: QVBoxLayout) -> None:
        box = QGroupBox(self.tr("Clipboard"))
        inner = QVBoxLayout(box)
        self.clear_codes_box = QCheckBox(
            self.tr("C&lear copied activation codes from the clipboard after 60 s")
        )
        self.clear_codes_box.setAccessibleName(
            self.tr("Clear copied activation codes from the clipboard after 60 seconds")
        )
        self.clear_codes_box.setToolTip(
            self.tr("Only when the clipboard still holds the code: anything copied since stays.")
        )
        inner.addWidget(self.clear_codes_box)
        layout.addWidget(box)

    def _init_network(self, layout: QVBoxLayout) -> None:
        box = QGroupBox(self.tr("Network"))
        inner = QVBoxLayout(box)
        explanation = QLabel(
            self.tr(
                "Only on networks whose proxy or antivirus inspects TLS: the PEM file of its CA "
                "certificate (ask the network administrator). It is trusted in addition to the "
                "usual authorities, from the next sign-in."
            )
        )
        explanation.setWordWrap(True)
        self.ca_edit = QLineEdit()
        self.ca_edit.setObjectName("caBundleEdit")
        self.ca_edit.setAccessibleName(self.tr("Custom CA bundle file"))
        self.ca_edit.setPlaceholderText(self.tr("None: the usual authorities only"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose the CA bundle file"))
        self.browse_button.clicked.connect(self._browse)
        self.ca_message = InlineMessage(self.tr("CA bundle problem"))
        self.ca_edit.textEdited.connect(lambda _text: self.ca_message.clear_message())
        label = QLabel(self.tr("Custom &CA bundle (PEM):"))
        label.setBuddy(self.ca_edit)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.ca_edit, 1)
        row.addWidget(self.browse_button)
        inner.addWidget(explanation)
        inner.addLayout(row)
        inner.addWidget(self.ca_message)
        layout.addWidget(box)

    def _init_language(self, layout: QVBoxLayout) -> None:
        box = QGroupBox(self.tr("Language"))
        form = QFormLayout(box)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        names = dict(i18n.LANGUAGES)
        system = names.get(i18n.system_language(), i18n.SOURCE_LANGUAGE)
        self.language_combo.addItem(self.tr("System default (%1)").replace("%1", system), "")
        for code, name in i18n.LANGUAGES:  # each in its own language: not translated
            self.language_combo.addItem(name, code)
        label = QLabel(self.tr("L&anguage:"))
        label.setBuddy(self.language_combo)
        note = QLabel(self.tr("Applies the next time the program starts."))
        note.setWordWrap(True)
        form.addRow(label, self.language_combo)
        form.addRow("", note)
        layout.addWidget(box)

    def _init_buttons(self, layout: QVBoxLayout) -> None:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _load(self) -> None:
        settings = self.wizard.settings
        self.clear_codes_box.setChecked(
            bool(settings.value(CLEAR_COPIED_CODES_KEY, True, type=bool))
        )
        path = saved_ca_bundle(self.wizard)
        self.ca_edit.setText(str(path) if path else "")
        index = self.language_combo.findData(i18n.saved_language(settings))
        self.language_combo.setCurrentIndex(max(index, 0))

    def _browse(self) -> None:
        start = self.ca_edit.text().strip() or str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("CA certificate of the proxy"),
            start,
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if chosen:
            self.ca_edit.setText(chosen)
            self.ca_message.clear_message()

    def accept(self) -> None:
        """Check the CA bundle, then save everything and close; stay open on a problem."""
        text = self.ca_edit.text().strip()
        path = Path(text).expanduser() if text else None
        try:
            self.wizard.services.rainbow.set_ca_bundle(path)
        except CaBundleError as error:
            self.ca_message.show_error(error.message, error.hint)
            self.adjustSize()
            self.ca_edit.setFocus()
            return
        settings = self.wizard.settings
        settings.setValue(CLEAR_COPIED_CODES_KEY, self.clear_codes_box.isChecked())
        if path is None:
            settings.remove(CA_BUNDLE_KEY)
        else:
            settings.setValue(CA_BUNDLE_KEY, str(path))
        settings.setValue(LANGUAGE_KEY, self.language_combo.currentData() or "")
        settings.sync()
        super().accept()


def open_settings(wizard: WizardSurface) -> SettingsDialog:
    """Show the Settings dialog (window-modal, without blocking the loop) and return it."""
    return open_dialog(SettingsDialog(wizard))


def install(wizard: WizardSurface) -> None:
    """Apply the saved settings and add "Settings…" to the More menu."""
    apply_saved_settings(wizard)
    text = QCoreApplication.translate("SettingsDialog", "S&ettings…")
    wizard.add_tool_action(text, lambda: open_settings(wizard))

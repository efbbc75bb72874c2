"""A value to copy into another program (OMC, the Rainbow portal): large, monospaced, one click.

Secret values (activation codes) are cleared from the clipboard after a delay if they are still
there, so they do not linger for the next paste.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

CLIPBOARD_CLEAR_MS = 60_000
#: Setting (in the wizard's settings, see the Settings dialog): clear copied secrets; on by default.
CLEAR_COPIED_CODES_KEY = "security/clear_copied_codes"


def clearing_enabled(widget: QWidget) -> bool:
    """Whether copied secrets are cleared, as set in the settings of ``widget``'s window.

    Read at each copy, so a change in the Settings dialog applies to every field at once. A
    window without settings keeps the safe default (cleared).
    """
    settings = getattr(widget.window(), "settings", None)
    if not isinstance(settings, QSettings):
        return True
    return bool(settings.value(CLEAR_COPIED_CODES_KEY, True, type=bool))


class CopyField(QWidget):
    """A read-only value with a Copy button.

    Args:
        label: what the value is ("Equipment id (PABX-ID)").
        secret: clear the clipboard after :data:`CLIPBOARD_CLEAR_MS` if it still holds the value
            (unless turned off in Settings: :func:`clearing_enabled`).
        large: show the value in a larger monospaced font.
    """

    def __init__(
        self,
        label: str,
        *,
        secret: bool = False,
        large: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._secret = secret
        self.clear_after_ms = CLIPBOARD_CLEAR_MS if secret else 0
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(label)
        self.value_edit = QLineEdit()
        self.value_edit.setReadOnly(True)
        self.value_edit.setAccessibleName(label.replace("&", ""))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        if large:
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setWeight(QFont.Weight.DemiBold)
        self.value_edit.setFont(font)
        self.label.setBuddy(self.value_edit)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy %1").replace("%1", label.replace("&", "")))
        self.copy_button.clicked.connect(self.copy)
        layout.addWidget(self.label)
        layout.addWidget(self.value_edit, 1)
        layout.addWidget(self.copy_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._clear_clipboard)
        self._copied = ""

    def set_value(self, value: str) -> None:
        """Show ``value`` (empty disables Copy)."""
        self.value_edit.setText(value)
        self.copy_button.setEnabled(bool(value))

    def value(self) -> str:
        """The value shown."""
        return self.value_edit.text()

    def copy(self) -> None:
        """Put the value on the clipboard (and schedule its removal when secret)."""
        value = self.value()
        if not value:
            return
        QGuiApplication.clipboard().setText(value)
        self._copied = value
        if self._secret and self.clear_after_ms > 0 and clearing_enabled(self):
            self._timer.start(self.clear_after_ms)

    def _clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = ""

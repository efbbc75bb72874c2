"""A message shown right under the field it concerns: an error, a warning or a plain note.

Errors from the services carry ``message`` (what went wrong) and ``hint`` (what to do); both are
shown as plain text (never interpreted as HTML: the words may come from a server), on two lines,
so the technician reads them next to the field to correct instead of in a dialog.

A screen reader hears the message too: its text becomes the accessible description of the field
it concerns (read when the field has the focus) and of the message itself, and an error or a
warning is sent as an alert when it appears.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QPalette
from PySide6.QtWidgets import QLabel, QLayout, QVBoxLayout, QWidget

from installer_app.ui.support.domain_text import translate_domain


class MessageKind(StrEnum):
    """How a message is shown."""

    NONE = "none"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


#: Colours per kind for a light and for a dark palette (readable on both backgrounds).
_COLOURS: dict[MessageKind, tuple[str, str]] = {
    MessageKind.ERROR: ("#b3261e", "#f2b8b5"),
    MessageKind.WARNING: ("#8a5300", "#ffcc80"),
}


def _is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


class InlineMessage(QLabel):
    """A word-wrapped, selectable label, hidden while there is nothing to say.

    Args:
        accessible_name: what screen readers announce ("Password problem").
    """

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = MessageKind.NONE
        self._field: QWidget | None = None
        self._said = ""  # what this message added to the field's description
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(accessible_name)
        self.setVisible(False)

    @property
    def kind(self) -> MessageKind:
        """What is shown now (``NONE`` when hidden)."""
        return self._kind

    def field(self) -> QWidget | None:
        """The field this message concerns, if it was placed under one."""
        return self._field

    def describe(self, field: QWidget) -> None:
        """Make the message part of ``field``'s accessible description while it is shown."""
        self._field = field

    def show_error(self, message: str, hint: str = "") -> None:
        """Show an error: what went wrong, then what to do."""
        self._show(MessageKind.ERROR, message, hint)

    def show_warning(self, message: str, hint: str = "") -> None:
        """Show a warning: something to know that does not stop the technician."""
        self._show(MessageKind.WARNING, message, hint)

    def show_info(self, message: str, hint: str = "") -> None:
        """Show a neutral note."""
        self._show(MessageKind.INFO, message, hint)

    def clear_message(self) -> None:
        """Hide the message."""
        self._kind = MessageKind.NONE
        self.setText("")
        self._announce("")
        self.setVisible(False)

    def _show(self, kind: MessageKind, message: str, hint: str) -> None:
        # A message of the domain (English) is shown in the interface language.
        parts = (translate_domain(part.strip()) for part in (message, hint))
        text = "\n".join(part for part in parts if part)
        if not text:
            self.clear_message()
            return
        self._kind = kind
        colours = _COLOURS.get(kind)
        self.setStyleSheet(
            f"color: {colours[1] if _is_dark(self) else colours[0]};" if colours else ""
        )
        self.setText(text)
        self.setVisible(True)
        self._announce(text)
        if kind is not MessageKind.INFO and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def _announce(self, text: str) -> None:
        """Put ``text`` in the accessible descriptions (the field's own words kept after it)."""
        self.setAccessibleDescription(text)
        if self._field is None:
            return
        own = self._field.accessibleDescription()
        if self._said and own.startswith(self._said):
            own = own[len(self._said) :].lstrip("\n")
        self._said = text
        self._field.setAccessibleDescription("\n".join(part for part in (text, own) if part))


def with_message(field: QWidget, message: InlineMessage) -> QWidget:
    """``field`` with its message right under it, as one cell of a form layout.

    A separate form row for the message would make the layout reserve odd space around a
    word-wrapped label; one cell keeps the message tight under its field.
    """
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(message)
    message.describe(field)
    return cell


def first_input(layout: QLayout) -> QWidget | None:
    """The first widget of ``layout`` (or of its sub-layouts) that takes the focus."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return widget
        inner = item.layout()
        found = first_input(inner) if inner is not None else None
        if found is not None:
            return found
    return None

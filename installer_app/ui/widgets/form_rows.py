"""Form rows whose message sits right under the input, without the gaps QFormLayout leaves.

A word-wrapped label given its own QFormLayout row gets a height computed for a narrow width,
which leaves large blank bands around it. Stacking the input and its message in one widget, as
the row's field, keeps them together and the height right.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from installer_app.ui.widgets.inline_message import InlineMessage, first_input

_SPACING = 2


def field_with_message(field: QWidget | QLayout, message: QWidget) -> QWidget:
    """One widget holding ``field`` (a widget or a layout) and, under it, ``message``.

    An :class:`InlineMessage` is tied to the field (the first input of a layout) so a screen
    reader reads it as the field's description.
    """
    container = QWidget()
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(_SPACING)
    if isinstance(field, QLayout):
        layout.addLayout(field)
    else:
        layout.addWidget(field)
    layout.addWidget(message)
    if isinstance(message, InlineMessage):
        target = first_input(field) if isinstance(field, QLayout) else field
        if target is not None:
            message.describe(target)
    return container

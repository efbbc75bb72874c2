"""Input frames and check squares that a high-contrast user can see under the Fusion style.

Fusion draws the frame of a line edit, a combo box, a spin box, a button or a list, the square
of a check box and the circle of a radio button in an "outline" colour it derives from the
palette's window colour, made darker; only when the platform reports that the user asked for
more contrast does it take the text colour instead. On a high-contrast palette without that
report (a palette the program sets, a desktop theme Qt does not read as high contrast) the
window is black, so the outline is black on black, and no palette role changes it: the palette
alone does not suffice. While such a palette is in effect, the application's Fusion style is
therefore wrapped in :class:`VisibleFrames`, which draws those outlines again in the palette's
text colour.

A palette counts as high contrast when its window is pure black or pure white and its text
contrasts with it by at least 7:1 (WCAG's enhanced level): what the contrast themes of Windows
and the screenshots' high-contrast palette give, and what ordinary light and dark palettes
(a grey window) do not; or when the platform reports the preference. Start-up loads only the
palette's arithmetic (:mod:`installer_app.ui.support.contrast_palette`) and follows the changes
(:mod:`installer_app.ui.support.contrast_follow`).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QProxyStyle,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

from installer_app.ui.support.contrast_palette import (
    contrast_ratio,
    palette_is_high_contrast,
    relative_luminance,
)

__all__ = [
    "NON_TEXT_CONTRAST",
    "VisibleFrames",
    "contrast_ratio",
    "is_high_contrast",
    "relative_luminance",
    "show_frames_when_needed",
]

_PE = QStyle.PrimitiveElement
_CC = QStyle.ComplexControl
_STATE = QStyle.StateFlag

#: The contrast WCAG asks of a control's boundary against what surrounds it (non-text contrast).
NON_TEXT_CONTRAST = 3.0


def is_high_contrast(palette: QPalette) -> bool:
    """Whether ``palette`` (or the platform) asks for high contrast; see the module's text."""
    hints = QGuiApplication.styleHints()
    if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return True
    return palette_is_high_contrast(palette)


class VisibleFrames(QProxyStyle):
    """Fusion, with the outline of every input, button and check square in the text colour.

    The frames keep Fusion's shapes (the same rectangles, rounded as Fusion rounds them); a
    focused control and the default button keep Fusion's highlight, which already stands out.
    What is framed is told by the widget, never by the option's own fields: Fusion hands its
    helpers options of one type labelled as another (a combo box's button), which cannot be read
    safely from Python.
    """

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        focus = bool(option.state & _STATE.State_HasFocus)
        if element in (_PE.PE_IndicatorCheckBox, _PE.PE_IndicatorRadioButton):
            keyboard = bool(option.state & _STATE.State_KeyboardFocusChange)
            if not (focus and keyboard):
                _outline(painter, option, round_shape=element == _PE.PE_IndicatorRadioButton)
        elif _plainly_framed(element, widget, focus=focus):
            _outline(painter, option, rounded=True)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        kind = _FRAMED_CONTROLS.get(control)
        if (
            kind is not None
            and isinstance(widget, kind)
            and widget.hasFrame()
            and not option.state & _STATE.State_HasFocus
        ):
            _outline(painter, option, rounded=True)


#: The complex controls with a frame of their own, and the widgets that draw them.
_FRAMED_CONTROLS: dict[QStyle.ComplexControl, type[QComboBox] | type[QAbstractSpinBox]] = {
    _CC.CC_ComboBox: QComboBox,
    _CC.CC_SpinBox: QAbstractSpinBox,
}


def _plainly_framed(
    element: QStyle.PrimitiveElement, widget: QWidget | None, *, focus: bool
) -> bool:
    """Whether ``element`` is a frame to redraw: a line edit's, a button's or a list's (unless
    highlighted)."""
    if element == _PE.PE_FrameLineEdit:
        return isinstance(widget, QLineEdit) and not focus
    if element == _PE.PE_PanelButtonCommand:
        return isinstance(widget, QPushButton) and not widget.isDefault()
    if element == _PE.PE_Frame:  # a list, a table, a text box: a scroll area one picks in
        return isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QScrollArea)
    return False


def _outline(
    painter: QPainter, option: QStyleOption, *, rounded: bool = False, round_shape: bool = False
) -> None:
    """Draw the one-pixel boundary of ``option.rect`` in the text colour of its state."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Text), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
    if round_shape:
        painter.drawEllipse(rect)
    elif rounded:
        painter.drawRoundedRect(rect, 2.0, 2.0)
    else:
        painter.drawRect(rect)
    painter.restore()


def show_frames_when_needed(app: QApplication) -> None:
    """Wrap or unwrap ``app``'s Fusion style to suit its palette (see the module's text)."""
    style = app.style()
    wanted = is_high_contrast(app.palette())
    if isinstance(style, VisibleFrames):
        if not wanted:
            app.setStyle(style.baseStyle().name())
    elif wanted and style.name().casefold() == "fusion":
        app.setStyle(VisibleFrames(style.name()))

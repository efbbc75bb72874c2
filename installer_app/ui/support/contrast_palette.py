"""Whether a palette is high contrast: the colour arithmetic of
:mod:`installer_app.ui.support.contrast`, light enough for start-up
(:mod:`installer_app.ui.support.contrast_follow` uses it there).

Start-up needs only to know whether the palette in effect is high contrast; the style that
draws the frames (``contrast``) and the platform's own preference are loaded when they are
needed. Reading the preference creates PySide6's whole ``Qt`` namespace of enumerations
(20-30 ms) and the style's module its ``QStyle`` ones (10 ms): with an ordinary palette both
wait until after the first paint (:mod:`installer_app.ui.warm_up` checks again then). That
costs nothing visible: when the platform itself reports the preference, Fusion already draws
its outlines in the text colour.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

#: The text contrast (WCAG's enhanced level) a black or white window needs to count as high.
HIGH_CONTRAST_TEXT = 7.0


def relative_luminance(colour: QColor) -> float:
    """WCAG's relative luminance of ``colour`` (0 for black, 1 for white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(one: QColor, other: QColor) -> float:
    """WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black and white)."""
    light, dark = sorted((relative_luminance(one), relative_luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def palette_is_high_contrast(palette: QPalette) -> bool:
    """A pure black or white window whose text contrasts with it by at least 7:1."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    extreme = window.rgb() & 0xFFFFFF in (0x000000, 0xFFFFFF)
    return extreme and contrast_ratio(window, text) >= HIGH_CONTRAST_TEXT

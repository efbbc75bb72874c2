"""Following the palette from start-up: the style that draws visible frames is loaded only when
a high-contrast palette asks for it (see :mod:`installer_app.ui.support.contrast_palette`)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from installer_app.ui.support.contrast_palette import palette_is_high_contrast

_WATCHED = "contrastFollowed"


def check_contrast(app: QApplication) -> None:
    """Wrap or unwrap the style now, the platform's preference included."""
    from installer_app.ui.support.contrast import show_frames_when_needed  # noqa: PLC0415

    show_frames_when_needed(app)


def follow_contrast(app: QApplication) -> None:
    """Show the frames now if the palette asks for them, and whenever the palette or the
    platform's preference changes; the preference itself is read after the first paint."""
    if app.property(_WATCHED):
        check_contrast(app)
        return
    app.setProperty(_WATCHED, True)
    app.paletteChanged.connect(lambda _palette: check_contrast(app))
    hints = app.styleHints().accessibility()
    hints.contrastPreferenceChanged.connect(lambda _preference: check_contrast(app))
    if palette_is_high_contrast(app.palette()):
        check_contrast(app)

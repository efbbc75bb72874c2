"""Under the Fusion style and a high-contrast palette, every input's frame and every check square
stands out from the window by WCAG's 3:1 for a control's boundary (non-text contrast)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from installer_app.harness.display_checks import high_contrast_palette
from installer_app.ui.app import configure_application
from tests.gui.test_display_checks import contrast

NON_TEXT = 3.0


@pytest.fixture
def program(qapp: QApplication) -> QApplication:
    """The application set up as the program sets it up."""
    configure_application(qapp)
    return qapp


@pytest.fixture
def contrast_palette(program: QApplication) -> Iterator[QPalette]:
    """The high-contrast palette on the whole application (as ``make screenshots`` sets it)."""
    qapp = program
    before = qapp.palette()
    assert qapp.style().name().casefold() == "fusion"
    QApplication.setPalette(high_contrast_palette())
    try:
        yield qapp.palette()
    finally:
        QApplication.setPalette(before)


def strongest(image: QImage, background: QColor, columns: range) -> float:
    """The highest contrast with ``background`` of any pixel in ``columns`` of ``image``."""
    return max(
        contrast(image.pixelColor(x, y), background) for x in columns for y in range(image.height())
    )


def test_input_frames_and_check_squares_stand_out(qtbot, contrast_palette: QPalette) -> None:  # type: ignore[no-untyped-def]
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    combo = QComboBox()
    combo.addItems(["France", "Belgique"])
    listed = QListWidget()
    listed.addItems(["Boulangerie Martin SARL"])
    listed.setFixedHeight(60)
    fields = [QLineEdit(), combo, QSpinBox(), QPushButton("Copy"), listed]
    squares = [QCheckBox("Use the outbound prefix"), QRadioButton("Stock")]
    for widget in fields + squares:
        layout.addWidget(widget)
    root.resize(320, 320)
    window = contrast_palette.color(QPalette.ColorRole.Window)
    faint = []
    for widget in fields:  # the frame's left edge, the whole height (no text there)
        seen = strongest(widget.grab().toImage(), window, range(2))
        if seen < NON_TEXT:
            faint.append(f"{type(widget).__name__} frame: {seen:.2f}:1")
    indicator = root.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    for widget in squares:  # left of the text, only the square (or circle) is drawn
        seen = strongest(widget.grab().toImage(), window, range(indicator))
        if seen < NON_TEXT:
            faint.append(f"{type(widget).__name__} square: {seen:.2f}:1")
    assert not faint, faint


def test_ordinary_palettes_keep_the_plain_style(program: QApplication) -> None:
    """Only a high-contrast palette changes how Fusion draws; back to normal, back to Fusion."""
    from installer_app.ui.support.contrast import VisibleFrames, is_high_contrast

    dark = QPalette(QColor("#1e1e1e"))
    assert not is_high_contrast(QPalette())
    assert not is_high_contrast(dark)
    assert is_high_contrast(high_contrast_palette())
    before = program.palette()
    QApplication.setPalette(high_contrast_palette())
    try:
        assert isinstance(program.style(), VisibleFrames)
    finally:
        QApplication.setPalette(before)
    assert not isinstance(program.style(), VisibleFrames)
    assert program.style().name().casefold() == "fusion"

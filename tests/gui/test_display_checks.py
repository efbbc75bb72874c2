"""The checks ``make screenshots`` runs on every page: clipped labels, the high-contrast palette."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from installer_app.harness.display_checks import clipped_labels, high_contrast_palette


def test_a_label_narrower_than_its_text_is_reported(qtbot) -> None:  # type: ignore[no-untyped-def]
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    cut = QLabel("Installation number of the customer's main site")
    cut.setFixedWidth(40)
    wrapped = QLabel("Installation number of the customer's main site")
    wrapped.setWordWrap(True)
    wrapped.setFixedWidth(40)
    whole = QLabel("Country:")
    for label in (cut, wrapped, whole):
        layout.addWidget(label)
    root.show()
    qtbot.waitExposed(root)
    found = clipped_labels(root)
    assert len(found) == 1
    assert "Installation number" in found[0]


def test_the_high_contrast_palette_is_light_on_dark() -> None:
    palette = high_contrast_palette()
    for background, text in (
        (QPalette.ColorRole.Window, QPalette.ColorRole.WindowText),
        (QPalette.ColorRole.Base, QPalette.ColorRole.Text),
        (QPalette.ColorRole.Button, QPalette.ColorRole.ButtonText),
    ):
        assert palette.color(background).lightness() < 30
        assert palette.color(text).lightness() > 220

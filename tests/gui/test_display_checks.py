"""The checks ``make screenshots`` runs on every page: clipped labels, the high-contrast palette."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from installer_app.domain.pbx_side import PbxConnection
from installer_app.domain.plan import DeliveryMode
from installer_app.harness.display_checks import clipped_labels, high_contrast_palette
from tests.gui.test_dashboard_words import dashboard, snapshot


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


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("severity_raw", ["activated", "activating"])
def test_the_diagnosis_is_readable_in_high_contrast(  # type: ignore[no-untyped-def]
    qtbot, make_wizard, services, severity_raw: str
) -> None:
    """The diagnosis keeps a 4.5:1 contrast (WCAG AA) on the high-contrast palette's black."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    QApplication.setPalette(high_contrast_palette())
    try:
        page = dashboard(make_wizard(services), mode=DeliveryMode.BTCO)
        connection = (
            PbxConnection.CONNECTED if severity_raw == "activated" else PbxConnection.CONNECTING
        )
        page._show(snapshot(severity_raw, pillar=False, connection=connection))
        found = re.search(r"color: (#[0-9a-f]{6})", page.cause.styleSheet())
        assert found, page.cause.styleSheet()
        window = page.palette().color(QPalette.ColorRole.Window)
        assert contrast(QColor(found.group(1)), window) >= 4.5
    finally:
        QApplication.setPalette(before)

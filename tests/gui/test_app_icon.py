"""The application icon: every window gets it, in every generated size."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from installer_app.ui.app import configure_application
from installer_app.ui.support.app_icon import ICON_SIZES, application_icon, icon_file


def test_every_size_is_available(qtbot) -> None:  # type: ignore[no-untyped-def]
    icon = application_icon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} == set(ICON_SIZES)
    assert icon.pixmap(QSize(48, 48)).size() == QSize(48, 48)


def test_configure_application_sets_the_window_icon(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    configure_application(app)
    assert {s.width() for s in app.windowIcon().availableSizes()} == set(ICON_SIZES)
    wizard = make_wizard(services)
    assert not wizard.windowIcon().isNull()
    assert wizard.windowTitle() == "OXO Connect – Rainbow installer"


def test_a_missing_file_gives_a_null_icon_not_an_error(qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from installer_app.ui.support import app_icon

    monkeypatch.setattr(app_icon, "ICON_DIR", tmp_path)
    assert not icon_file(16).exists()
    assert application_icon().isNull()

"""The About dialog: reached from the More menu, it shows versions and every bundled licence."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLabel

from installer_app import __version__
from installer_app.ui.dialogs.about import AboutDialog
from installer_app.ui.support.bundled_libraries import BundledLibrary


def _about_action(wizard) -> QAction:  # type: ignore[no-untyped-def]
    actions = [a for a in wizard.tools_menu.actions() if a.objectName() == "aboutAction"]
    assert len(actions) == 1
    return actions[0]


def test_more_menu_opens_the_about_dialog_with_versions(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    action = _about_action(wizard)
    assert action.text() == "&About…"

    action.trigger()
    dialog = wizard.findChild(AboutDialog, "aboutDialog")
    assert isinstance(dialog, AboutDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == f"About {wizard.windowTitle()}"
    assert f"Version {__version__}" in dialog.name_label.text()
    assert "Rainbow" in dialog.purpose_label.text()
    versions = dialog.versions_label.text()
    assert f"Qt {qVersion()}" in versions
    assert f"PySide6 {PySide6.__version__}" in versions
    assert f"Python {platform.python_version()}" in versions

    # A second click brings the open dialog forward instead of stacking another.
    action.trigger()
    assert len(wizard.findChildren(AboutDialog)) == 1


def test_lists_the_runtime_libraries_and_their_licences(qtbot, make_wizard, services) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard(services)
    _about_action(wizard).trigger()
    dialog = wizard.findChild(AboutDialog, "aboutDialog")
    assert isinstance(dialog, AboutDialog)
    listed = dialog.libraries_view.toPlainText()
    for name in ("PySide6_Essentials", "keyring", "httpx", "aiohttp", "pydantic", "qasync"):
        assert name in listed
    assert "LGPL-3.0-only" in listed  # Qt's licence, which a distributed binary must state
    # Development tools are not part of the program.
    for name in ("pytest", "hypothesis", "mypy", "ruff"):
        assert name not in {lib.name for lib in dialog.libraries}
    view_label = next(
        label for label in dialog.findChildren(QLabel) if label.buddy() is dialog.libraries_view
    )
    assert view_label.text().startswith("&Libraries")
    assert dialog.libraries_view.accessibleName()


def test_copy_details_puts_versions_and_licences_on_the_clipboard(qtbot) -> None:  # type: ignore[no-untyped-def]
    libraries = [
        BundledLibrary("alpha", "1.0", "MIT"),
        BundledLibrary("beta-lib", "2.3.4", "Apache-2.0 OR BSD-3-Clause"),
    ]
    dialog = AboutDialog("Installer", libraries=libraries)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, PySide6.QtCore.Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.details_text()
    lines = copied.splitlines()
    assert lines[0] == f"Installer {__version__}"
    assert "alpha 1.0 — MIT" in lines
    assert "beta-lib 2.3.4 — Apache-2.0 OR BSD-3-Clause" in lines
    assert f"Python {platform.python_version()} — PSF-2.0" in lines


def test_says_so_when_no_library_metadata_is_available(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog("Installer", libraries=[])
    qtbot.addWidget(dialog)
    assert "not available" in dialog.libraries_view.toPlainText()

"""The "About…" entry of the More menu: what this program is, its versions and its licences.

A technician calling support reads the versions from here (or copies them with one click); the
licences of every bundled library are listed, as their licences require for a distributed
binary.
"""

from __future__ import annotations

import html
import platform
import sys
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from installer_app import __version__
from installer_app.ui.dialogs.opening import open_dialog
from installer_app.ui.support.app_icon import application_icon
from installer_app.ui.support.bundled_libraries import BundledLibrary, bundled_libraries

if TYPE_CHECKING:
    from installer_app.ui.wizard_surface import WizardSurface

#: The freezing tool's licence, listed when running from the packaged build.
PYINSTALLER_LICENCE = "GPL-2.0-or-later WITH Bootloader-exception"


def runtime_versions() -> str:
    """One line: Qt, PySide6, Python and the operating system."""
    return (
        f"Qt {qVersion()} · PySide6 {PySide6.__version__} · "
        f"Python {platform.python_version()} · {platform.system()} {platform.release()}"
    )


class AboutDialog(QDialog):
    """Name, version, purpose, runtime versions and the bundled libraries' licences.

    Args:
        title: the program's name as its windows show it.
        libraries: what to list; the installed dependency closure when None.
        parent: the window the dialog belongs to.
    """

    def __init__(
        self,
        title: str,
        libraries: list[BundledLibrary] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.title = title
        self.libraries = bundled_libraries() if libraries is None else libraries
        self.setWindowTitle(self.tr("About %1").replace("%1", title))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        self._init_header(layout)
        self._init_libraries(layout)
        self._init_buttons(layout)

    def _init_header(self, layout: QVBoxLayout) -> None:
        row = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(application_icon().pixmap(64, 64))
        logo.setAccessibleName(self.tr("Program icon"))
        row.addWidget(logo)
        self.name_label = QLabel(
            f"<b>{html.escape(self.title)}</b><br>"
            + html.escape(self.tr("Version %1").replace("%1", __version__))
        )
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.name_label, 1)
        layout.addLayout(row)
        self.purpose_label = QLabel(
            self.tr(
                "Associates an OXO Connect or OXO Connect Evolution PBX with a customer company "
                "on Rainbow, configures both sides and checks them until Rainbow shows the PBX "
                "Running and the PBX shows Connected."
            )
        )
        self.purpose_label.setWordWrap(True)
        layout.addWidget(self.purpose_label)
        self.versions_label = QLabel(runtime_versions())
        self.versions_label.setWordWrap(True)
        layout.addWidget(self.versions_label)

    def _init_libraries(self, layout: QVBoxLayout) -> None:
        label = QLabel(self.tr("&Libraries included and their licences:"))
        self.libraries_view = QTextBrowser()
        self.libraries_view.setAccessibleName(self.tr("Libraries included and their licences"))
        self.libraries_view.setOpenLinks(False)
        self.libraries_view.setHtml(self._libraries_html())
        label.setBuddy(self.libraries_view)
        layout.addWidget(label)
        layout.addWidget(self.libraries_view, 1)

    def _init_buttons(self, layout: QVBoxLayout) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setToolTip(self.tr("Copy the versions and licences, e.g. for support"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _rows(self) -> list[tuple[str, str, str]]:
        rows = [("Python", platform.python_version(), "PSF-2.0")]
        rows += [(lib.name, lib.version, lib.licence) for lib in self.libraries]
        if getattr(sys, "frozen", False):
            rows.append(("PyInstaller bootloader", "", PYINSTALLER_LICENCE))
        return rows

    def _libraries_html(self) -> str:
        if not self.libraries:
            note = self.tr("The list of libraries is not available in this installation.")
            return f"<p>{html.escape(note)}</p>"
        header = "".join(
            f"<th align='left' style='padding-right: 18px'>{html.escape(text)}</th>"
            for text in (self.tr("Library"), self.tr("Version"), self.tr("Licence"))
        )
        body = "".join(
            "<tr>"
            + "".join(f"<td style='padding-right: 18px'>{html.escape(cell)}</td>" for cell in row)
            + "</tr>"
            for row in self._rows()
        )
        return f"<table cellspacing='0' cellpadding='3'><tr>{header}</tr>{body}</table>"

    def details_text(self) -> str:
        """Everything the dialog shows, as plain text (what Copy puts on the clipboard)."""
        lines = [f"{self.title} {__version__}", runtime_versions(), ""]
        lines += [
            " ".join(part for part in (name, version) if part) + f" — {licence}"
            for name, version, licence in self._rows()
        ]
        return "\n".join(lines)

    def copy_details(self) -> None:
        """Put :meth:`details_text` on the clipboard."""
        QGuiApplication.clipboard().setText(self.details_text())


def show_about(wizard: WizardSurface) -> AboutDialog:
    """Open the About dialog over ``wizard`` (one at a time); returns it."""
    # The dialog is window-modal, so the menu cannot be reached while it is open; this only
    # guards programmatic triggers.
    window = wizard.window()
    existing = window.findChild(AboutDialog, "aboutDialog")
    if isinstance(existing, AboutDialog) and existing.isVisible():
        return existing
    return open_dialog(AboutDialog(window.windowTitle(), parent=window))


def install(wizard: WizardSurface) -> None:
    """Add "About…" to the wizard's More menu."""
    text = QCoreApplication.translate("AboutDialog", "&About…")
    action = wizard.add_tool_action(text, lambda: show_about(wizard))
    action.setObjectName("aboutAction")

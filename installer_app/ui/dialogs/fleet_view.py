"""The fleet view: many installation files in one table, filtered, sorted, refreshed, exported.

"Fleet view…" in the More menu opens a window listing the installation files of a folder the
technician chooses, plus the files the wizard opened or saved recently. Each row shows what the
file records; when signed in, the Rainbow statuses are refreshed (a few requests at a time, see
:mod:`installer_app.services.fleet`). A row opens in the wizard, at its dashboard.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from installer_app.domain.flow import Step, WizardState
from installer_app.services import fleet
from installer_app.services.fleet import FleetEntry
from installer_app.ui.dialogs.fleet_table import FleetTable
from installer_app.ui.tasks import TaskRunner
from installer_app.ui.widgets.busy_indicator import BusyIndicator

if TYPE_CHECKING:
    from installer_app.ui.wizard_surface import WizardSurface

FOLDER_KEY = "fleet/folder"
RECENT_KEY = "fleet/recent_files"
MAX_RECENT = 20


def remember_recent(wizard: WizardSurface, path: Path) -> None:
    """Put ``path`` first in the wizard's recent installation files."""
    recent = [str(p) for p in recent_files(wizard)]
    text = str(path)
    wizard.settings.setValue(RECENT_KEY, [text, *[p for p in recent if p != text]][:MAX_RECENT])


def recent_files(wizard: WizardSurface) -> list[Path]:
    """The recent installation files, most recent first."""
    stored = wizard.settings.value(RECENT_KEY, [])
    if isinstance(stored, str):  # QSettings gives a lone value back as a string
        stored = [stored]
    return [Path(p) for p in stored] if isinstance(stored, list) else []


def bring_forward(window: QWidget) -> None:
    """Raise and activate ``window`` (not on the headless platforms, which have no stacking)."""
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return
    window.raise_()
    window.activateWindow()


class FleetWindow(QWidget):
    """The fleet table with its folder, filter, refresh, export and open actions.

    ``ask_folder`` and ``ask_csv_path`` are the file dialogs; tests replace them.
    """

    def __init__(self, wizard: WizardSurface) -> None:
        super().__init__(wizard.window(), Qt.WindowType.Window)
        self.setObjectName("fleetWindow")
        self.setWindowTitle(self.tr("Fleet view – installation files"))
        self.resize(980, 520)
        self._wizard = wizard
        self.entries: list[FleetEntry] = []
        # How many files are being read, while they are.
        self._reading: int | None = None
        stored = wizard.settings.value(FOLDER_KEY, "")
        self.folder: Path | None = Path(stored) if isinstance(stored, str) and stored else None
        self.runner = TaskRunner(self)
        self.runner.busyChanged.connect(self._busy_changed)
        self.ask_folder: Callable[[], Path | None] = self._ask_folder
        self.ask_csv_path: Callable[[], Path | None] = self._ask_csv_path
        self._init_toolbar()
        self._init_table()
        self._init_footer()

    def _init_toolbar(self) -> None:
        self.folder_button = QPushButton(self.tr("Choose &folder…"))
        self.folder_button.setAccessibleName(self.tr("Choose the folder of installation files"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.filter_edit = QLineEdit()
        self.filter_edit.setAccessibleName(self.tr("Filter the installations"))
        self.filter_edit.setPlaceholderText(self.tr("Company, server name, equipment id, status"))
        self.filter_edit.setClearButtonEnabled(True)
        filter_label = QLabel(self.tr("F&ilter:"))
        filter_label.setBuddy(self.filter_edit)
        row = QHBoxLayout()
        row.addWidget(self.folder_button)
        row.addWidget(self.folder_label, 1)
        row.addWidget(filter_label)
        row.addWidget(self.filter_edit, 1)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(row)

    def _init_table(self) -> None:
        self.table = FleetTable()
        self.model = self.table.rows
        self.proxy = self.table.sorted
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._layout.addWidget(self.table, 1)

    def _init_footer(self) -> None:
        self.busy = BusyIndicator(self.tr("C&ancel"))
        self.busy.cancelRequested.connect(self._cancel)
        self.status_label = QLabel()
        self.status_label.setObjectName("fleetStatus")
        self.status_label.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Refresh from Rainbow"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.clicked.connect(self._export_clicked)
        self.open_button = QPushButton(self.tr("&Open in the wizard"))
        self.open_button.setToolTip(self.tr("Load this installation file and show its dashboard"))
        self.open_button.clicked.connect(self.open_selected)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        self._layout.addWidget(self.busy)
        self._layout.addWidget(self.status_label)
        self._layout.addLayout(buttons)

    # -- loading and refreshing -------------------------------------------------------------

    @property
    def signed_in(self) -> bool:
        """Whether Rainbow can be asked for live statuses."""
        return self._wizard.services.rainbow.session is not None

    def reload(self) -> None:
        """Read the folder's files and the recent ones again; refresh them when signed in.

        The files are read off the GUI thread, a batch at a time, and their rows shown as each
        batch is read; Cancel stops reading (the rows read so far stay).
        """
        self.folder_label.setText(
            str(self.folder) if self.folder else self.tr("No folder chosen: recent files only")
        )
        self.runner.cancel()
        self.entries = []
        self.table.clear_rows()
        self.busy.start(self.tr("Reading the installation files…"))
        self.runner.start(self._load(recent_files(self._wizard)))

    async def _load(self, recent: list[Path]) -> None:
        paths = await asyncio.to_thread(fleet.fleet_paths, self.folder, recent)
        self._reading = len(paths)
        try:
            await fleet.read_entries_progressively(
                paths, lambda read: self._add_entries(read, len(paths))
            )
        finally:
            self._reading = None
        self._say_state()
        if self.signed_in:
            await self._refresh()

    def _cancel(self) -> None:
        reading = self._reading
        self.runner.cancel()
        if reading is not None:
            self.status_label.setText(
                self.tr("Reading cancelled: %1 of %2 installation files listed.")
                .replace("%1", str(len(self.entries)))
                .replace("%2", str(reading))
            )

    def _add_entries(self, read: list[FleetEntry], total: int) -> None:
        self.table.add_rows(read, len(self.entries))
        self.entries.extend(read)
        self.busy.show_progress(len(self.entries), total)
        self._update_buttons()

    def refresh(self) -> None:
        """Ask Rainbow for the statuses of every file on the signed-in server."""
        if not self.signed_in:
            self._say_state()
            return
        self.runner.start(self._refresh())

    async def _refresh(self) -> None:
        rainbow = self._wizard.services.rainbow
        self.busy.start(self.tr("Reading the statuses on Rainbow…"))
        self.entries = await fleet.refresh_entries(
            self.entries, rainbow.snapshot, server=rainbow.server, on_entry=self._entry_updated
        )
        self._say_state()

    def _entry_updated(self, index: int, entry: FleetEntry) -> None:
        self.entries[index] = entry
        self.table.update_row(index, entry)

    def _busy_changed(self, busy: bool) -> None:
        if not busy:
            self.busy.stop()
        self._update_buttons()

    # -- the table ---------------------------------------------------------------------------

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._say_state()

    def visible_entries(self) -> list[FleetEntry]:
        """The entries shown, in the table's order (filtered and sorted)."""
        return [self.entries[index] for index in self.table.shown_indexes()]

    def selected_entry(self) -> FleetEntry | None:
        """The entry of the selected row, if any."""
        index = self.table.selected_index()
        return self.entries[index] if index is not None else None

    def _update_buttons(self) -> None:
        self.refresh_button.setEnabled(self.signed_in and not self.runner.busy)
        self.export_button.setEnabled(bool(self.entries))
        self.open_button.setEnabled(self.selected_entry() is not None)

    def _say_state(self) -> None:
        total, shown = len(self.entries), self.proxy.rowCount()
        parts = [self.tr("%1 installation files").replace("%1", str(total))]
        if shown != total:
            parts.append(self.tr("%1 shown").replace("%1", str(shown)))
        if not self.signed_in:
            parts.append(self.tr("not signed in to Rainbow: statuses as the files record them"))
        else:
            refreshed = sum(e.refreshed for e in self.entries)
            failed = sum(bool(e.error) for e in self.entries)
            parts.append(self.tr("%1 read on Rainbow").replace("%1", str(refreshed)))
            if failed:
                parts.append(self.tr("%1 could not be read").replace("%1", str(failed)))
        self.status_label.setText(", ".join(parts) + ".")

    # -- actions -----------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        folder = self.ask_folder()
        if folder is not None:
            self.set_folder(folder)

    def set_folder(self, folder: Path) -> None:
        """List ``folder``'s installation files (remembered for next time)."""
        self.folder = folder
        self._wizard.settings.setValue(FOLDER_KEY, str(folder))
        self.reload()

    def _export_clicked(self) -> None:
        path = self.ask_csv_path()
        if path is not None:
            self.export_csv(path)

    def export_csv(self, path: Path) -> bool:
        """Write the rows shown, in their order, to ``path``; the outcome is on the status line."""
        rows = self.visible_entries()
        try:
            fleet.export_csv(path, rows)
        except OSError as error:
            self.status_label.setText(
                self.tr("The CSV file %1 cannot be written: %2")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error))
            )
            return False
        self.status_label.setText(
            self.tr("Exported %1 rows to %2.")
            .replace("%1", str(len(rows)))
            .replace("%2", str(path))
        )
        return True

    def open_selected(self) -> bool:
        """Load the selected file into the wizard and show its dashboard."""
        entry = self.selected_entry()
        return self.open_entry(entry) if entry is not None else False

    def open_entry(self, entry: FleetEntry) -> bool:
        """Load ``entry``'s file into the wizard (as the start page does) and go to its dashboard.

        An installation not declared yet resumes where it stands instead (going to the dashboard
        would declare it on the way).
        """
        wizard = self._wizard
        start = wizard.page_for(Step.START)
        open_plan_file = getattr(start, "open_plan_file", None)
        if open_plan_file is None:
            return False
        if wizard.current_step() is not Step.START:
            wizard.restart()  # pages on the way show the new installation, not the old one
        if entry.plan is not None:  # the start page shows the file's server, online
            wizard.state.__dict__.update(WizardState.from_plan(entry.plan).__dict__)
            start.initializePage()
        if not open_plan_file(entry.path):
            return False
        remember_recent(wizard, entry.path)
        rainbow = wizard.services.rainbow
        server = rainbow.server
        if server is not None and server.rstrip("/") == wizard.state.rainbow_server.rstrip("/"):
            wizard.state.signed_in = True
            if wizard.state.progress.system_id:
                wizard.jump_to(Step.DASHBOARD)
        bring_forward(wizard.window())
        return True

    def _ask_folder(self) -> Path | None:
        start = str(self.folder or Path.home())
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of installation files"), start
        )
        return Path(name) if name else None

    def _ask_csv_path(self) -> Path | None:
        start = str((self.folder or Path.home()) / "fleet.csv")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the fleet as CSV"), start, self.tr("CSV (*.csv)")
        )
        return Path(name) if name else None

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.runner.cancel()
        super().closeEvent(event)


class FleetView(QObject):
    """The wizard's fleet window (built when first opened) and its recent-files bookkeeping."""

    def __init__(self, wizard: WizardSurface) -> None:
        super().__init__(wizard.window())
        self.setObjectName("fleetView")
        self._wizard = wizard
        self.window: FleetWindow | None = None
        self.action = wizard.add_tool_action(self.tr("&Fleet view…"), self.show)
        wizard.currentIdChanged.connect(lambda _id: self._note_plan_path())
        wizard.stateChanged.connect(self._note_plan_path)

    def _note_plan_path(self) -> None:
        path = self._wizard.plan_path
        if path is not None and recent_files(self._wizard)[:1] != [path]:
            remember_recent(self._wizard, path)

    def show(self) -> FleetWindow:
        """Open (or bring forward) the fleet window, with the files read again."""
        self._note_plan_path()
        if self.window is None:
            self.window = FleetWindow(self._wizard)
        self.window.show()
        bring_forward(self.window)
        self.window.reload()
        return self.window


def install(wizard: WizardSurface) -> None:
    """Add "Fleet view…" to the More menu."""
    FleetView(wizard)

"""The fleet view's table: one row per installation file, sorted, filtered, added in batches.

Rows are added as the files are read (:func:`installer_app.services.fleet.
read_entries_progressively`), so a folder of a thousand files shows its first rows at once.
Column widths follow the rows in view, not every row: measuring a thousand rows on each batch
would freeze the window.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from installer_app.services.fleet import FleetEntry
from installer_app.ui.support.domain_text import translate_domain

# What the proxy sorts on: lower-case text, or the ISO time for "Last change".
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2
NOTE_COLUMN = 7


def note_text(entry: FleetEntry) -> str:
    """Why the file could not be read or refreshed, in the interface language; a problem of
    the installation file keeps its field as the file spells it (``company.id: ...``)."""
    note = entry.problem or entry.error
    field, colon, message = note.partition(": ")
    if colon and field and " " not in field:
        return f"{field}: {translate_domain(message)}"
    return translate_domain(note)


def cells(entry: FleetEntry) -> list[tuple[str, str]]:
    """Each column's text and sort key for ``entry``."""
    when = entry.last_change
    shown = when.astimezone().strftime("%Y-%m-%d %H:%M") if when else ""
    key = when.astimezone(UTC).isoformat() if when else ""
    note = note_text(entry)
    # Rainbow's and OMC's status words are shown as they report them; "Not declared" is ours.
    texts = [entry.equipment_id, entry.company, entry.server_name,
             translate_domain(entry.rainbow_status), entry.pbx_status]  # fmt: skip
    name = entry.path.name
    return [(t, t.casefold()) for t in texts] + [
        (shown, key), (name, name.casefold()), (note, note.casefold())
    ]  # fmt: skip


class FleetTable(QTableView):
    """The table, its rows (``rows``, one per entry, in reading order) and their sorted view.

    Each row stores its entry's index (in the order the entries were added) under
    :data:`ENTRY_ROLE`; the window keeps the entries themselves.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # In the fleet window's context, where these texts were translated first.
        self.columns = [
            QCoreApplication.translate("FleetWindow", "Equipment id"),
            QCoreApplication.translate("FleetWindow", "Company"),
            QCoreApplication.translate("FleetWindow", "Server name"),
            QCoreApplication.translate("FleetWindow", "Rainbow status"),
            QCoreApplication.translate("FleetWindow", "PBX status"),
            QCoreApplication.translate("FleetWindow", "Last change"),
            QCoreApplication.translate("FleetWindow", "File"),
            QCoreApplication.translate("FleetWindow", "Note"),
        ]
        self.rows = QStandardItemModel(0, len(self.columns), self)
        self.rows.setHorizontalHeaderLabels(self.columns)
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(self.rows)
        self.sorted.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.sorted.setFilterKeyColumn(-1)
        self.sorted.setSortRole(SORT_ROLE)
        self.setObjectName("fleetTable")
        self.setAccessibleName(QCoreApplication.translate("FleetWindow", "Installations"))
        self.setModel(self.sorted)
        self.setSortingEnabled(True)
        self.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(0)  # the rows in view (see the module's doc)

    def clear_rows(self) -> None:
        """Remove every row."""
        self.rows.removeRows(0, self.rows.rowCount())

    def add_rows(self, entries: Sequence[FleetEntry], first_index: int) -> None:
        """Add a row per entry; the first is entry number ``first_index``."""
        for index, entry in enumerate(entries, start=first_index):
            row = []
            for text, key in cells(entry):
                item = QStandardItem(text)
                item.setData(key, SORT_ROLE)
                item.setData(index, ENTRY_ROLE)
                item.setToolTip(str(entry.path))
                row.append(item)
            row[NOTE_COLUMN].setToolTip(note_text(entry) or str(entry.path))
            self.rows.appendRow(row)

    def update_row(self, row: int, entry: FleetEntry) -> None:
        """Show ``entry`` (refreshed) in row ``row`` (reading order)."""
        for column, (text, key) in enumerate(cells(entry)):
            item = self.rows.item(row, column)
            item.setText(text)
            item.setData(key, SORT_ROLE)
        self.rows.item(row, NOTE_COLUMN).setToolTip(note_text(entry))

    def entry_index(self, proxy_index: QModelIndex) -> int:
        """The entry number of a row of the sorted view."""
        return int(self.sorted.data(proxy_index, ENTRY_ROLE))

    def shown_indexes(self) -> list[int]:
        """The entry numbers of the rows shown, in the table's order (filtered and sorted)."""
        return [self.entry_index(self.sorted.index(r, 0)) for r in range(self.sorted.rowCount())]

    def selected_index(self) -> int | None:
        """The entry number of the selected row, if any."""
        rows = self.selectionModel().selectedRows()
        return self.entry_index(rows[0]) if rows else None
